#include "dict/entry_table.h"

#include <algorithm>
#include <bit>
#include <string>
#include <unordered_map>
#include <utility>

namespace chipner::dict {

static_assert(sizeof(EntryRecord) == 48 &&
                  std::has_unique_object_representations_v<EntryRecord>,
              "EntryRecord is stored byte for byte: no padding");

EntryTable::EntryTable(const std::vector<Entry>& entries) {
  std::vector<std::uint32_t> offsets{0};
  std::vector<char> blob;
  const auto add = [&](std::string_view s) {
    blob.insert(blob.end(), s.begin(), s.end());
    offsets.push_back(static_cast<std::uint32_t>(blob.size()));
    return static_cast<std::uint32_t>(offsets.size() - 2);
  };
  // Labels, vendors, families, foundries and sources repeat across entries
  // and are stored once; canonical names are nearly all distinct and are
  // not looked up. Most of the shared ones are empty or the same as the
  // entry before's, which skips the hash lookup.
  std::unordered_map<std::string, std::uint32_t> shared;
  const std::uint32_t empty = add("");
  struct Last {
    std::string_view value;
    std::uint32_t index = 0;
  };
  const auto add_shared = [&](const std::string& s, Last& last) {
    if (s.empty()) return empty;
    if (last.value.data() != nullptr && s == last.value) return last.index;
    const auto [it, added] =
        shared.try_emplace(s, static_cast<std::uint32_t>(offsets.size() - 1));
    if (added) add(s);
    last = {it->first, it->second};
    return it->second;
  };
  Last last_label;
  Last last_vendor;
  Last last_family;
  Last last_foundry;
  Last last_source;
  std::vector<EntryRecord> records;
  std::vector<std::uint32_t> entry_of_id;
  std::vector<std::uint32_t> labels;
  records.reserve(entries.size());
  for (std::uint32_t e = 0; e < entries.size(); ++e) {
    const Entry& entry = entries[e];
    EntryRecord record;
    record.id = ids_.intern(entry.id);
    if (record.id == entry_of_id.size()) entry_of_id.push_back(e);
    const std::uint32_t label = add_shared(entry.label, last_label);
    const auto known = std::find(labels.begin(), labels.end(), label);
    record.label = static_cast<std::uint32_t>(known - labels.begin());
    if (known == labels.end()) labels.push_back(label);
    record.canonical = add(entry.canonical);
    record.vendor = add_shared(entry.vendor, last_vendor);
    record.family = add_shared(entry.family, last_family);
    record.foundry = add_shared(entry.foundry, last_foundry);
    record.source = add_shared(entry.source, last_source);
    record.line = entry.line;
    record.type = static_cast<std::uint8_t>(entry.type);
    record.has_nm = entry.nm.has_value() ? 1 : 0;
    record.nm_bits = std::bit_cast<std::uint64_t>(entry.nm.value_or(0.0));
    records.push_back(record);
  }
  records_ = util::FlatArray<EntryRecord>(std::move(records));
  string_offsets_ = util::FlatArray<std::uint32_t>(std::move(offsets));
  string_blob_ = util::FlatArray<char>(std::move(blob));
  entry_of_id_ = util::FlatArray<std::uint32_t>(std::move(entry_of_id));
  labels_ = util::FlatArray<std::uint32_t>(std::move(labels));
}

EntryView EntryTable::entry(std::uint32_t i) const noexcept {
  const EntryRecord& record = records_[i];
  EntryView view;
  view.type = static_cast<EntityType>(record.type);
  view.label = string(labels_[record.label]);
  view.id = ids_.key(record.id);
  view.canonical = string(record.canonical);
  view.vendor = string(record.vendor);
  view.family = string(record.family);
  view.foundry = string(record.foundry);
  if (record.has_nm != 0) view.nm = std::bit_cast<double>(record.nm_bits);
  view.source = string(record.source);
  view.line = record.line;
  return view;
}

std::uint32_t EntryTable::find_id(std::string_view id) const noexcept {
  const std::uint32_t dense = ids_.find(id);
  return dense == kMissing ? kMissing : entry_of_id_[dense];
}

std::uint32_t EntryTable::find_label(std::string_view label) const noexcept {
  for (std::uint32_t k = 0; k < labels_.size(); ++k) {
    if (string(labels_[k]) == label) return k;
  }
  return kMissing;
}

EntryTable::Parts EntryTable::parts() const noexcept {
  return {records_.span(),
          string_offsets_.span(),
          {string_blob_.data(), string_blob_.size()},
          ids_.parts(),
          entry_of_id_.span(),
          labels_.span()};
}

std::optional<EntryTable> EntryTable::borrow(const Parts& parts) {
  const std::span<const std::uint32_t> offsets = parts.string_offsets;
  if (offsets.empty() || offsets.front() != 0 ||
      offsets.back() != parts.string_blob.size() ||
      parts.records.size() >= kMissing) {
    return std::nullopt;
  }
  const std::size_t strings = offsets.size() - 1;
  for (std::size_t i = 0; i < strings; ++i) {
    if (offsets[i] > offsets[i + 1]) return std::nullopt;
  }
  auto ids = util::StringIdTable::borrow(parts.ids);
  if (!ids || parts.entry_of_id.size() != ids->size()) return std::nullopt;
  const std::size_t entries = parts.records.size();
  for (const std::uint32_t entry : parts.entry_of_id) {
    if (entry >= entries) return std::nullopt;
  }
  for (const std::uint32_t label : parts.labels) {
    if (label >= strings) return std::nullopt;
  }
  const auto kinds = static_cast<std::uint8_t>(EntityType::kCustom) + 1U;
  for (const EntryRecord& r : parts.records) {
    const bool bad = r.id >= ids->size() || r.label >= parts.labels.size() ||
                     r.canonical >= strings || r.vendor >= strings ||
                     r.family >= strings || r.foundry >= strings ||
                     r.source >= strings || r.type >= kinds || r.has_nm > 1;
    if (bad) return std::nullopt;
  }
  EntryTable table;
  table.records_ = util::FlatArray<EntryRecord>::borrow(parts.records);
  table.string_offsets_ = util::FlatArray<std::uint32_t>::borrow(offsets);
  table.string_blob_ = util::FlatArray<char>::borrow(parts.string_blob);
  table.ids_ = std::move(*ids);
  table.entry_of_id_ =
      util::FlatArray<std::uint32_t>::borrow(parts.entry_of_id);
  table.labels_ = util::FlatArray<std::uint32_t>::borrow(parts.labels);
  return table;
}

}  // namespace chipner::dict
