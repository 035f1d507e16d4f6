#include "text/stemmer.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace chipner::text {
namespace {

TEST(RussianStemmer, StripsEndings) {
  RussianStemmer stemmer;
  EXPECT_EQ(stemmer.stem("яндексом"), "яндекс");
  EXPECT_EQ(stemmer.stem("компании"), "компан");
}

// The cache must give what Snowball gives, through hits, misses, evictions
// (more words than slots) and words too long to cache.
TEST(RussianStemmer, CachedStemsEqualFreshOnes) {
  const std::string letters[] = {"а", "б", "в", "е", "и", "к", "л", "м",
                                 "н", "о", "р", "с", "т", "у", "ы", "я"};
  std::mt19937 random(17);
  std::vector<std::string> words;
  for (int i = 0; i < 6000; ++i) {
    std::string word;
    const int length = 3 + static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) word += letters[random() % 16];
    words.push_back(word);
  }
  RussianStemmer cached;
  for (int round = 0; round < 3; ++round) {
    for (std::size_t i = 0; i < words.size(); i += 1 + round) {
      RussianStemmer fresh;
      const std::string expected(fresh.stem(words[i]));
      ASSERT_EQ(cached.stem(words[i]), expected) << words[i];
    }
  }
}

}  // namespace
}  // namespace chipner::text
