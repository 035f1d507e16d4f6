#include "util/flat_hash.h"

#include <bit>
#include <utility>

namespace chipner::util {

std::uint32_t StringIdTable::intern(std::string_view key) {
  const std::uint32_t existing = find(key);
  if (existing != kMissing) return existing;
  if (2 * (size() + 1) > slots_.size()) grow();
  const auto id = static_cast<std::uint32_t>(size());
  blob_.edit([&](std::vector<char>& blob) {
    blob.insert(blob.end(), key.begin(), key.end());
  });
  offsets_.edit([&](std::vector<std::uint32_t>& offsets) {
    offsets.push_back(static_cast<std::uint32_t>(blob_.size()));
  });
  const std::uint64_t hash = hash_bytes(key);
  std::size_t i = home(hash);
  while (slots_[i].id != kMissing) i = (i + 1) & (slots_.size() - 1);
  slots_.edit([&](std::vector<Slot>& slots) {
    slots[i] = {static_cast<std::uint32_t>(hash >> 32U), id};
  });
  return id;
}

void StringIdTable::grow() {
  std::vector<Slot> grown(slots_.empty() ? 16 : 2 * slots_.size());
  for (const Slot& slot : slots_) {
    if (slot.id == kMissing) continue;
    std::size_t i = hash_bytes(key(slot.id)) & (grown.size() - 1);
    while (grown[i].id != kMissing) i = (i + 1) & (grown.size() - 1);
    grown[i] = slot;
  }
  slots_ = FlatArray<Slot>(std::move(grown));
}

std::optional<StringIdTable> StringIdTable::borrow(const Parts& parts) {
  const std::size_t capacity = parts.slots.size();
  if (parts.offsets.empty() || parts.offsets.front() != 0 ||
      parts.offsets.back() != parts.blob.size()) {
    return std::nullopt;
  }
  const std::size_t size = parts.offsets.size() - 1;
  if (size >= kMissing || (size > 0 && capacity == 0) ||
      (capacity > 0 && !std::has_single_bit(capacity))) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (parts.offsets[i] > parts.offsets[i + 1]) return std::nullopt;
  }
  std::size_t used = 0;
  for (const Slot& slot : parts.slots) {
    if (slot.id == kMissing) continue;
    if (slot.id >= size) return std::nullopt;
    ++used;
  }
  if (used != size || 2 * used > capacity) return std::nullopt;
  StringIdTable table;
  table.slots_ = FlatArray<Slot>::borrow(parts.slots);
  table.offsets_ = FlatArray<std::uint32_t>::borrow(parts.offsets);
  table.blob_ = FlatArray<char>::borrow(parts.blob);
  return table;
}

std::uint32_t U64Map::insert(std::uint64_t key, std::uint32_t value) {
  const std::uint32_t existing = find(key);
  if (existing != kMissing) return existing;
  if (2 * (size_ + 1) > slots_.size()) grow();
  std::size_t i = mix64(key) & (slots_.size() - 1);
  while (slots_[i].value != kMissing) i = (i + 1) & (slots_.size() - 1);
  slots_.edit([&](std::vector<Slot>& slots) { slots[i] = {key, value}; });
  ++size_;
  return value;
}

void U64Map::grow() {
  std::vector<Slot> grown(slots_.empty() ? 16 : 2 * slots_.size());
  for (const Slot& slot : slots_) {
    if (slot.value == kMissing) continue;
    std::size_t i = mix64(slot.key) & (grown.size() - 1);
    while (grown[i].value != kMissing) i = (i + 1) & (grown.size() - 1);
    grown[i] = slot;
  }
  slots_ = FlatArray<Slot>(std::move(grown));
}

std::optional<U64Map> U64Map::borrow(std::span<const Slot> slots,
                                     std::uint32_t value_limit) {
  if (!slots.empty() && !std::has_single_bit(slots.size())) {
    return std::nullopt;
  }
  std::size_t used = 0;
  for (const Slot& slot : slots) {
    if (slot.value == kMissing) continue;
    if (slot.value >= value_limit) return std::nullopt;
    ++used;
  }
  if (2 * used > slots.size()) return std::nullopt;
  U64Map map;
  map.slots_ = FlatArray<Slot>::borrow(slots);
  map.size_ = used;
  return map;
}

}  // namespace chipner::util
