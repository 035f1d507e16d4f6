// dict/entry_table.h: the entries of a built dictionary, as flat records.
//
// dict::Entry is what a parser fills in: a dozen strings and a vector of
// aliases per entry, which is right while loading and checking, and wrong
// for a million entries that extraction only reads (hundreds of bytes and
// several heap blocks each). An EntryTable keeps what extraction needs of
// each entry, the values of to_entity() and the ids and labels rules ask
// about, as one fixed-size EntryRecord per entry whose strings are indexes
// into one pool:
//
//   records   EntryRecord[n]           entry i's fields
//   strings   offsets[m+1] + blob      canonical names, labels, vendors, …
//                                      (each distinct string once)
//   ids       util::StringIdTable      id → dense id; entry_of_id[dense id]
//   labels    pool indexes             the distinct labels, in first use
//
// All of it is util::FlatArrays, so a table is either built here from
// parsed entries, or borrowed in place from a memory-mapped snapshot
// (dict/snapshot_reader.h). entry(i) returns an EntryView of string_views
// into the table: built per call, O(1), no allocation.
//
// Immutable after build(); every const member is thread-safe.

#ifndef CHIPNER_DICT_ENTRY_TABLE_H_
#define CHIPNER_DICT_ENTRY_TABLE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chipner/entity.h"
#include "dict/entry.h"
#include "util/flat_array.h"
#include "util/flat_hash.h"

namespace chipner::dict {

// One entry's fields, as a table stores them (and a snapshot file, byte for
// byte: no implicit padding, no bool, no floating-point member).
struct EntryRecord {
  std::uint32_t id = 0;         // dense id in the id table
  std::uint32_t label = 0;      // index into the table's labels
  std::uint32_t canonical = 0;  // string pool indexes from here on
  std::uint32_t vendor = 0;
  std::uint32_t family = 0;
  std::uint32_t foundry = 0;
  std::uint32_t source = 0;
  std::uint32_t line = 0;
  std::uint64_t nm_bits = 0;  // std::bit_cast of nm when has_nm
  std::uint8_t type = 0;      // EntityType
  std::uint8_t has_nm = 0;    // 0 or 1
  std::uint8_t unused[6] = {};
};

// What extraction reads of one entry: views into the table that made it,
// valid as long as that table (and whatever it borrows from) is.
struct EntryView {
  EntityType type = EntityType::kCustom;
  std::string_view label;
  std::string_view id;
  std::string_view canonical;
  std::string_view vendor;
  std::string_view family;
  std::string_view foundry;
  std::optional<double> nm;
  std::string_view source;  // file of the definition, for --explain
  std::uint32_t line = 0;
};

class EntryTable {
 public:
  static constexpr std::uint32_t kMissing = util::StringIdTable::kMissing;

  // A table of `entries`, in their order (entry i is entries[i]).
  // Precondition: fewer than 2^32 - 1 entries.
  explicit EntryTable(const std::vector<Entry>& entries = {});

  [[nodiscard]] std::size_t size() const noexcept { return records_.size(); }
  [[nodiscard]] EntryView entry(std::uint32_t i) const noexcept;
  [[nodiscard]] EntryView operator[](std::uint32_t i) const noexcept {
    return entry(i);
  }
  [[nodiscard]] EntityType type(std::uint32_t i) const noexcept {
    return static_cast<EntityType>(records_[i].type);
  }
  [[nodiscard]] std::string_view label(std::uint32_t i) const noexcept {
    return string(labels_[records_[i].label]);
  }
  // Index of label(i) among labels(): a small number, for per-label tables.
  [[nodiscard]] std::uint32_t label_index(std::uint32_t i) const noexcept {
    return records_[i].label;
  }
  [[nodiscard]] std::size_t label_count() const noexcept {
    return labels_.size();
  }
  [[nodiscard]] std::string_view label_at(std::uint32_t index) const noexcept {
    return string(labels_[index]);
  }

  // The first entry whose id is `id`, or kMissing. O(1).
  [[nodiscard]] std::uint32_t find_id(std::string_view id) const noexcept;
  // The index of `label` among labels(), or kMissing. O(labels).
  [[nodiscard]] std::uint32_t find_label(std::string_view label) const noexcept;

  // The arrays behind a table, as a snapshot stores them.
  struct Parts {
    std::span<const EntryRecord> records;
    std::span<const std::uint32_t> string_offsets;  // pool size + 1
    std::string_view string_blob;
    util::StringIdTable::Parts ids;
    std::span<const std::uint32_t> entry_of_id;  // by dense id
    std::span<const std::uint32_t> labels;       // pool indexes
  };
  [[nodiscard]] Parts parts() const noexcept;

  // A table that reads `parts` in place (they must outlive it and its
  // copies), or nullopt unless every index entry() and find_id() follow is
  // in range: string offsets that start at 0, never decrease and end at the
  // blob's size; record fields below their tables' sizes, a known type and
  // has_nm 0 or 1; the id table (util::StringIdTable::borrow) with an entry
  // for each dense id. O(size).
  [[nodiscard]] static std::optional<EntryTable> borrow(const Parts& parts);

 private:
  [[nodiscard]] std::string_view string(std::uint32_t i) const noexcept {
    return {string_blob_.data() + string_offsets_[i],
            string_offsets_[i + 1] - string_offsets_[i]};
  }

  util::FlatArray<EntryRecord> records_;
  util::FlatArray<std::uint32_t> string_offsets_;
  util::FlatArray<char> string_blob_;
  util::StringIdTable ids_;
  util::FlatArray<std::uint32_t> entry_of_id_;
  util::FlatArray<std::uint32_t> labels_;
};

// A dictionary entry or a rule, for a candidate: the table and the index of
// the entry in it; no table for a grammar's candidate.
struct EntryRef {
  const EntryTable* table = nullptr;
  std::uint32_t index = 0;

  [[nodiscard]] bool has_value() const noexcept { return table != nullptr; }
  [[nodiscard]] EntryView view() const noexcept { return table->entry(index); }
};

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_ENTRY_TABLE_H_
