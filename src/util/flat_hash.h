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

#ifndef CHIPNER_UTIL_FLAT_HASH_H_
#define CHIPNER_UTIL_FLAT_HASH_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace chipner::util {

inline std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30U;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27U;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31U;
  return x;
}

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, 8);
    h = mix64(h ^ word);
    p += 8;
    n -= 8;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return mix64(h ^ tail);
}

class StringIdTable {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFF;

  // The id of `key`, adding it with the next id when it is new.
  std::uint32_t intern(std::string_view key);
  // The id of `key`, or kMissing.
  [[nodiscard]] std::uint32_t find(std::string_view key) const noexcept {
    return find(key, hash_bytes(key));
  }
  // The same, with `hash` == hash_bytes(key) already computed.
  [[nodiscard]] std::uint32_t find(std::string_view key,
                                   std::uint64_t hash) const noexcept;

  [[nodiscard]] std::size_t size() const noexcept {
    return offsets_.size() - 1;
  }
  [[nodiscard]] std::string_view key(std::uint32_t id) const noexcept {
    return std::string_view(blob_).substr(offsets_[id],
                                          offsets_[id + 1] - offsets_[id]);
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;  // low bits of the key's hash
    std::uint32_t id = kMissing;
  };
  void grow();
  [[nodiscard]] std::size_t home(std::uint64_t hash) const noexcept {
    return static_cast<std::size_t>(hash) & (slots_.size() - 1);
  }

  std::vector<Slot> slots_;
  std::string blob_;  // keys, back to back
  std::vector<std::uint32_t> offsets_{
      0};  // key i is blob_[offsets_[i], offsets_[i+1])
};

class U64Map {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFF;

  // Inserts key → value unless key is present; returns the stored value.
  std::uint32_t insert(std::uint64_t key, std::uint32_t value);
  [[nodiscard]] std::uint32_t find(std::uint64_t key) const noexcept;
  [[nodiscard]] std::size_t size() const noexcept { return size_; }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = kMissing;  // kMissing marks an empty slot
  };
  void grow();

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace chipner::util

#endif  // CHIPNER_UTIL_FLAT_HASH_H_
