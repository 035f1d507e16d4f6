#include "text/stemmer.h"

#include <libstemmer.h>

#include <new>

namespace chipner::text {
namespace {
// Longer tokens are not names; stemming them would only cost time.
constexpr std::size_t kMaxStemmedBytes = 96;
}  // namespace

RussianStemmer::RussianStemmer()
    : stemmer_(sb_stemmer_new("russian", "UTF_8")) {
  if (stemmer_ == nullptr) throw std::bad_alloc();
}

RussianStemmer::~RussianStemmer() { sb_stemmer_delete(stemmer_); }

std::string_view RussianStemmer::stem(std::string_view lower_word) {
  if (lower_word.empty() || lower_word.size() > kMaxStemmedBytes)
    return lower_word;
  const sb_symbol* stemmed = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  if (stemmed == nullptr)
    return lower_word;  // out of memory: fall back to the word
  return {reinterpret_cast<const char*>(stemmed),
          static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

}  // namespace chipner::text
