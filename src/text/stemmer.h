// text/stemmer.h: Snowball Russian stemming (Debian's libstemmer).
//
// Russian names inflect (Яндекс, Яндекса, Яндексом); comparing the Snowball
// stems of alias and text tokens matches every case form without a
// hand-written suffix list. The Snowball Russian stemmer only removes
// endings, so a stem is always a prefix of its word.
//
// Not thread-safe (libstemmer keeps per-instance buffers): one per Workspace.

#ifndef CHIPNER_TEXT_STEMMER_H_
#define CHIPNER_TEXT_STEMMER_H_

#include <cstdint>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace chipner::text {

class RussianStemmer {
 public:
  RussianStemmer();
  ~RussianStemmer();
  RussianStemmer(const RussianStemmer&) = delete;
  RussianStemmer& operator=(const RussianStemmer&) = delete;
  RussianStemmer(RussianStemmer&&) = delete;
  RussianStemmer& operator=(RussianStemmer&&) = delete;

  // The stem of a lower-case UTF-8 word; valid until the next call. Returns
  // the word itself when stemming is not possible.
  [[nodiscard]] std::string_view stem(std::string_view lower_word);

 private:
  // Recent words and their stems, direct-mapped by hash: news text repeats
  // its words, and a hit costs a compare instead of a Snowball run.
  static constexpr std::size_t kCachedBytes = 40;  // longer words: not cached
  static constexpr std::size_t kCacheSlots = 2048;
  struct CacheSlot {
    std::uint64_t hash = 0;
    std::uint8_t word_length = 0;  // 0: empty
    std::uint8_t stem_length = 0;
    char word[kCachedBytes];
    char stem[kCachedBytes];
  };

  sb_stemmer* stemmer_;
  std::vector<CacheSlot> cache_;
};

}  // namespace chipner::text

#endif  // CHIPNER_TEXT_STEMMER_H_
