#include "text/stemmer.h"

#include <libstemmer.h>

#include <cstring>
#include <new>

#include "util/flat_hash.h"

namespace chipner::text {
namespace {
// Longer tokens are not names; stemming them would only cost time.
constexpr std::size_t kMaxStemmedBytes = 96;
}  // namespace

RussianStemmer::RussianStemmer()
    : stemmer_(sb_stemmer_new("russian", "UTF_8")), cache_(kCacheSlots) {
  if (stemmer_ == nullptr) throw std::bad_alloc();
}

RussianStemmer::~RussianStemmer() { sb_stemmer_delete(stemmer_); }

std::string_view RussianStemmer::stem(std::string_view lower_word) {
  if (lower_word.empty() || lower_word.size() > kMaxStemmedBytes)
    return lower_word;
  CacheSlot* slot = nullptr;
  std::uint64_t hash = 0;
  if (lower_word.size() <= kCachedBytes) {
    hash = util::hash_bytes(lower_word);
    slot = &cache_[hash % kCacheSlots];
    if (slot->hash == hash && slot->word_length == lower_word.size() &&
        util::same_bytes(slot->word, lower_word.data(), lower_word.size())) {
      return {slot->stem, slot->stem_length};
    }
  }
  const sb_symbol* stemmed = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  if (stemmed == nullptr)
    return lower_word;  // out of memory: fall back to the word
  const std::string_view stem(
      reinterpret_cast<const char*>(stemmed),
      static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  // Snowball only takes endings away, so a stem fits where its word did.
  if (slot == nullptr || stem.size() > kCachedBytes) return stem;
  slot->hash = hash;
  slot->word_length = static_cast<std::uint8_t>(lower_word.size());
  slot->stem_length = static_cast<std::uint8_t>(stem.size());
  std::memcpy(slot->word, lower_word.data(), lower_word.size());
  std::memcpy(slot->stem, stem.data(), stem.size());
  return {slot->stem, slot->stem_length};
}

}  // namespace chipner::text
