// util/flat_hash.h: open-addressing hash tables for the matcher's hot path.
//
// The phrase matcher looks up every text token's key once and follows one
// trie edge per matched token; std::unordered_map spends most of that time
// in node chasing and std::hash. These tables are flat arrays (linear
// probing, power-of-two capacity, load factor at most 1/2), built once and
// then only read, so find() is const and thread-safe.
//
//   StringIdTable  string → dense id (0, 1, 2, … in insertion order)
//   U64Map         uint64 → uint32
//
// Both hash with a few multiply-xorshift rounds over 8-byte words: fast on
// the short keys of natural-language tokens, and stable across builds.
//
// Their arrays are util::FlatArrays: owned when built here, or borrowed from
// a memory-mapped dictionary snapshot (dict/snapshot_reader.h) through
// borrow(), which checks every id and offset a lookup will trust.

#ifndef CHIPNER_UTIL_FLAT_HASH_H_
#define CHIPNER_UTIL_FLAT_HASH_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/flat_array.h"

namespace chipner::util {

inline std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30U;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27U;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31U;
  return x;
}

// The bytes of p[0, n) for n <= 8 as one word, without a call to memcpy:
// overlapping fixed-size loads, which for a given n keep every byte. Keys of
// natural-language tokens are mostly this short.
inline std::uint64_t load_short(const char* p, std::size_t n) noexcept {
  if (n >= 4) {
    std::uint32_t lo = 0;
    std::uint32_t hi = 0;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<std::uint64_t>(hi) << 32U);
  }
  if (n == 0) return 0;
  const auto byte = [p](std::size_t i) {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
  };
  return byte(0) | (byte(n / 2) << 8U) | (byte(n - 1) << 16U);
}

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  while (n > 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, 8);
    h = mix64(h ^ word);
    p += 8;
    n -= 8;
  }
  if (n == 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, 8);
    return mix64(h ^ word);
  }
  return mix64(h ^ load_short(p, n));
}

// a == b for two keys of the same length `n`, inline for short ones.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n > 8) {
    std::uint64_t a0 = 0;
    std::uint64_t b0 = 0;
    std::uint64_t a1 = 0;
    std::uint64_t b1 = 0;
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return load_short(a, n) == load_short(b, n);
}

class StringIdTable {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFF;

  struct Slot {
    std::uint32_t hash = 0;  // low bits of the key's hash
    std::uint32_t id = kMissing;
  };
  // The arrays behind a table, as a snapshot stores them.
  struct Parts {
    std::span<const Slot> slots;             // empty, or a power of two
    std::span<const std::uint32_t> offsets;  // size() + 1 of them
    std::string_view blob;                   // the keys, back to back
  };

  // The id of `key`, adding it with the next id when it is new.
  std::uint32_t intern(std::string_view key);
  // Interns every key of `other`, in its id order.
  void intern_all(const StringIdTable& other) {
    for (std::uint32_t id = 0; id < other.size(); ++id) intern(other.key(id));
  }
  // The id of `key`, or kMissing.
  [[nodiscard]] std::uint32_t find(std::string_view key) const noexcept {
    return find(key, hash_bytes(key));
  }
  // The same, with `hash` == hash_bytes(key) already computed.
  [[nodiscard]] std::uint32_t find(std::string_view key,
                                   std::uint64_t hash) const noexcept {
    if (slots_.empty()) return kMissing;
    const auto tag = static_cast<std::uint32_t>(hash >> 32U);
    for (std::size_t i = home(hash);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.id == kMissing) return kMissing;
      if (slot.hash == tag) {
        const std::uint32_t begin = offsets_[slot.id];
        if (offsets_[slot.id + 1] - begin == key.size() &&
            same_bytes(blob_.data() + begin, key.data(), key.size())) {
          return slot.id;
        }
      }
    }
  }

  [[nodiscard]] std::size_t size() const noexcept {
    return offsets_.size() - 1;
  }
  [[nodiscard]] std::string_view key(std::uint32_t id) const noexcept {
    return {blob_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }

  [[nodiscard]] Parts parts() const noexcept {
    return {slots_.span(), offsets_.span(), {blob_.data(), blob_.size()}};
  }
  // A table that reads `parts` in place (they must outlive it and its
  // copies), or nullopt unless they are a table intern() could have built:
  // a power-of-two capacity at most half full, so that every probe ends at
  // an empty slot; every id below size(); offsets that start at 0, never
  // decrease and end at the blob's size. O(capacity + size).
  [[nodiscard]] static std::optional<StringIdTable> borrow(const Parts& parts);

 private:
  void grow();
  [[nodiscard]] std::size_t home(std::uint64_t hash) const noexcept {
    return static_cast<std::size_t>(hash) & (slots_.size() - 1);
  }

  FlatArray<Slot> slots_;
  FlatArray<char> blob_;  // keys, back to back
  // key i is blob_[offsets_[i], offsets_[i+1]); an empty table borrows
  // kNoKeys until its first intern().
  static constexpr std::uint32_t kNoKeys[1] = {0};
  FlatArray<std::uint32_t> offsets_ = FlatArray<std::uint32_t>::borrow(kNoKeys);
};

class U64Map {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFF;

  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = kMissing;  // kMissing marks an empty slot
    std::uint32_t unused = 0;  // explicit padding: snapshot bytes are defined
  };

  // Inserts key → value unless key is present; returns the stored value.
  std::uint32_t insert(std::uint64_t key, std::uint32_t value);
  [[nodiscard]] std::uint32_t find(std::uint64_t key) const noexcept {
    if (slots_.empty()) return kMissing;
    for (std::size_t i = mix64(key) & (slots_.size() - 1);;
         i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.value == kMissing) return kMissing;
      if (slot.key == key) return slot.value;
    }
  }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }

  // The slot array, as a snapshot stores it.
  [[nodiscard]] std::span<const Slot> slots() const noexcept {
    return slots_.span();
  }
  // A map that reads `slots` in place (they must outlive it and its copies),
  // or nullopt unless they are a map insert() could have built with values
  // below `value_limit`: a power-of-two capacity at most half full, every
  // value below the limit. O(capacity).
  [[nodiscard]] static std::optional<U64Map> borrow(std::span<const Slot> slots,
                                                    std::uint32_t value_limit);

 private:
  void grow();

  FlatArray<Slot> slots_;
  std::size_t size_ = 0;
};

// A set of 64-bit hashes as one bit each (a Bloom filter with one hash
// function): "certainly absent" or "maybe present". Sized at about 16 bits
// per key so that it is a few percent wrong and small enough to stay in
// cache while the exact table behind it does not; most tokens of a text are
// absent from a dictionary and are told so without touching the table.
class BitFilter {
 public:
  explicit BitFilter(std::size_t expected_keys = 0) { reserve(expected_keys); }

  // Resizes for `expected_keys` and forgets every key.
  void reserve(std::size_t expected_keys) {
    shift_ = 64 - 12;  // at least 4096 bits
    while ((std::uint64_t{1} << (64 - shift_)) < 16 * expected_keys &&
           shift_ > 64 - 30) {
      --shift_;
    }
    words_.assign((std::size_t{1} << (64 - shift_)) / 64, 0);
  }
  // A filter sized for and holding the hash of every key of `table`.
  [[nodiscard]] static BitFilter of_keys(const StringIdTable& table) {
    BitFilter filter(table.size());
    for (std::uint32_t id = 0; id < table.size(); ++id)
      filter.add(hash_bytes(table.key(id)));
    return filter;
  }
  void add(std::uint64_t hash) noexcept {
    const std::uint64_t bit = hash >> shift_;
    words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  [[nodiscard]] bool may_contain(std::uint64_t hash) const noexcept {
    const std::uint64_t bit = hash >> shift_;
    return ((words_[bit / 64] >> (bit % 64)) & 1U) != 0;
  }

 private:
  unsigned shift_ = 0;  // a hash's top (64 - shift_) bits pick its bit
  std::vector<std::uint64_t> words_;
};

}  // namespace chipner::util

#endif  // CHIPNER_UTIL_FLAT_HASH_H_
