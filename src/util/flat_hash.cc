#include "util/flat_hash.h"

#include <utility>

namespace chipner::util {

std::uint32_t StringIdTable::intern(std::string_view key) {
  const std::uint32_t existing = find(key);
  if (existing != kMissing) return existing;
  if (2 * (size() + 1) > slots_.size()) grow();
  const auto id = static_cast<std::uint32_t>(size());
  blob_.append(key);
  offsets_.push_back(static_cast<std::uint32_t>(blob_.size()));
  const std::uint64_t hash = hash_bytes(key);
  std::size_t i = home(hash);
  while (slots_[i].id != kMissing) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = {static_cast<std::uint32_t>(hash >> 32U), id};
  return id;
}

void StringIdTable::grow() {
  std::vector<Slot> old = std::exchange(
      slots_, std::vector<Slot>(slots_.empty() ? 16 : 2 * slots_.size()));
  for (const Slot& slot : old) {
    if (slot.id == kMissing) continue;
    std::size_t i = home(hash_bytes(key(slot.id)));
    while (slots_[i].id != kMissing) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

std::uint32_t U64Map::insert(std::uint64_t key, std::uint32_t value) {
  const std::uint32_t existing = find(key);
  if (existing != kMissing) return existing;
  if (2 * (size_ + 1) > slots_.size()) grow();
  std::size_t i = mix64(key) & (slots_.size() - 1);
  while (slots_[i].value != kMissing) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = {key, value};
  ++size_;
  return value;
}

void U64Map::grow() {
  std::vector<Slot> old = std::exchange(
      slots_, std::vector<Slot>(slots_.empty() ? 16 : 2 * slots_.size()));
  for (const Slot& slot : old) {
    if (slot.value == kMissing) continue;
    std::size_t i = mix64(slot.key) & (slots_.size() - 1);
    while (slots_[i].value != kMissing) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
}

}  // namespace chipner::util
