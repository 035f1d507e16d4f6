// dict/snapshot_reader.h: a compiled dictionary file used in place.
//
// Reading a snapshot (dict/snapshot_format.h) is checking it, not parsing
// it: the Dictionary's tables borrow the file's arrays (EntryTable::borrow,
// PhraseMatcher::borrow), so a million aliases load in the time it takes to
// map the file and run the checks.
//
// WHAT IS CHECKED, in this order, before any table is used:
//   1. the header: the magic; byte order, format version, chipner version
//      and build fingerprint equal to this build's (kStaleSnapshot: compile
//      again); the file size recorded equals the real one (kBadSnapshot:
//      truncated or extended); flags known, reserved bytes zero;
//   2. the checksum of the whole file (kBadSnapshot: damaged);
//   3. the section table: every section present once, its element size the
//      size of the type read from it, 8-byte aligned, inside the file after
//      the table, and a whole number of elements;
//   4. every index a lookup follows (the borrow() functions): hash table
//      capacities and ids, offsets into string blobs, trie edges to nodes
//      that exist, terminals to entries that exist, case patterns inside
//      their array, record fields inside their tables.
// A file that passes can still be wrong (a snapshot forged with a valid
// checksum may give wrong entities), but it cannot make a lookup read
// outside the mapping or loop forever. All checks are linear in the file.

#ifndef CHIPNER_DICT_SNAPSHOT_READER_H_
#define CHIPNER_DICT_SNAPSHOT_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "dict/dictionary.h"

namespace chipner::dict {

struct Snapshot {
  Dictionary dictionary;
  std::uint32_t flags = 0;  // snapshot::Header::flags
};

// The snapshot in `bytes`, whose tables read `bytes` in place; `storage`
// owns them and is kept alive by the Dictionary. `bytes` that are not
// 8-byte aligned are copied first. On failure adds one diagnostic naming
// `name` and returns nullopt. Errors: kBadSnapshot (not a snapshot,
// truncated, damaged), kStaleSnapshot (written by another chipner build).
[[nodiscard]] std::optional<Snapshot> read_snapshot(
    std::span<const char> bytes, std::shared_ptr<const void> storage,
    std::string_view name, std::vector<Diagnostic>& diagnostics);

// Maps the file at `path` (util::MappedFile) and reads it as above.
// Errors: kIoError when it cannot be opened or mapped, and those of
// read_snapshot().
[[nodiscard]] std::optional<Snapshot> load_snapshot_file(
    const std::string& path, std::vector<Diagnostic>& diagnostics);

// True when `prefix`, the first bytes of a file, begins with the magic.
[[nodiscard]] bool has_snapshot_magic(std::string_view prefix) noexcept;

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_SNAPSHOT_READER_H_
