#include "text/tokenizer.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace chipner::text {
namespace {

std::vector<std::string> keys(std::string_view input) {
  Tokenizer tokenizer;
  TokenStream stream;
  tokenizer.tokenize(input, stream);
  std::vector<std::string> out;
  for (const Token& token : stream.tokens())
    out.emplace_back(stream.key(token));
  return out;
}

std::vector<std::string> match_keys(std::string_view input) {
  Tokenizer tokenizer;
  TokenStream stream;
  tokenizer.tokenize(input, stream);
  std::vector<std::string> out;
  for (const Token& token : stream.tokens())
    out.emplace_back(stream.match_key(token));
  return out;
}

using Keys = std::vector<std::string>;

TEST(Tokenizer, SplitsWordsAndSymbols) {
  EXPECT_EQ(keys("Huawei Ascend 910C, N+2"),
            (Keys{"huawei", "ascend", "910c", ",", "n", "+", "2"}));
}

TEST(Tokenizer, FoldsDashesToHyphen) {
  EXPECT_EQ(keys("7\u2011нм 300\u2212400 a\u2014b"),
            (Keys{"7", "-", "нм", "300", "-", "400", "a", "-", "b"}));
}

TEST(Tokenizer, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(keys("ＮＶＩＤＩＡ ЯНДЕКС Ёлка"),
            (Keys{"nvidia", "яндекс", "елка"}));
}

TEST(Tokenizer, HanCharactersAreTokensOfTheirOwn) {
  EXPECT_EQ(keys("据华为称"), (Keys{"据", "华", "为", "称"}));
}

TEST(Tokenizer, StemsCyrillicWordsForMatching) {
  EXPECT_EQ(match_keys("Яндекса"), match_keys("Яндекс"));
  EXPECT_EQ(match_keys("Микроном"), match_keys("Микрон"));
}

// The filter may skip stemming a word only when no registered stem could
// equal the word's stem: every word whose stem is registered, and every
// word that is itself a registered key, keeps the match key it has unfiltered.
TEST(StemFilter, NeverHidesAWordWhoseStemIsRegistered) {
  const std::vector<std::string> stems = {"яндекс", "сбер", "байкал",
                                          "ао",     "и",    "микрон"};
  StemFilter filter;
  for (const std::string& stem : stems) filter.add_stem(stem);
  const std::string text =
      "Яндексом Сбербанк Сбера Байкала Аос Ирина Микроном микроны и Ао "
      "Ростелеком Газпромом компании";
  Tokenizer tokenizer;
  TokenStream filtered;
  TokenStream unfiltered;
  tokenizer.tokenize(text, filtered, &filter);
  Tokenizer other;
  other.tokenize(text, unfiltered);
  ASSERT_EQ(filtered.size(), unfiltered.size());
  int registered = 0;
  for (std::size_t i = 0; i < filtered.size(); ++i) {
    const std::string_view stem = unfiltered.match_key(unfiltered[i]);
    if (std::find(stems.begin(), stems.end(), stem) == stems.end()) continue;
    ++registered;
    EXPECT_EQ(filtered.match_key(filtered[i]), stem) << i;
  }
  EXPECT_GE(registered, 5);
  // Words that begin no registered stem are left unstemmed.
  EXPECT_EQ(filtered.match_key(filtered[filtered.size() - 2]), "газпромом");
}

TEST(Tokenizer, DoesNotStemAcronymsOrShortWords) {
  // Stemmed, "АО" and the conjunction "а" would both be "а".
  EXPECT_EQ(match_keys("АО а МЦСТ"), (Keys{"ао", "а", "мцст"}));
  EXPECT_EQ(match_keys("Сбера"), match_keys("Сбер"));
}

TEST(Tokenizer, LatinizesCyrillicLookalikesNextToDigits) {
  // A Cyrillic Н in a model number matches the Latin spelling.
  EXPECT_EQ(match_keys("\u041d100"), (Keys{"h100"}));
  EXPECT_EQ(keys("\u041d100"), (Keys{"н100"}));
}

TEST(Tokenizer, InvalidBytesSeparateAndKeepOffsets) {
  Tokenizer tokenizer;
  TokenStream stream;
  const std::string input =
      "AMD\xFFIntel\xC0\xAF"
      "TSMC";
  tokenizer.tokenize(input, stream);
  ASSERT_EQ(stream.size(), 3U);
  EXPECT_EQ(stream.surface(stream[0]), "AMD");
  EXPECT_EQ(stream[1].begin, 4U);
  EXPECT_TRUE(stream[1].space_before);
  EXPECT_EQ(stream.surface(stream[2]), "TSMC");
  EXPECT_EQ(stream[2].begin, 11U);
}

TEST(Tokenizer, NulBytesAreSeparators) {
  Tokenizer tokenizer;
  TokenStream stream;
  const std::string input("AMD\0Intel", 9);
  tokenizer.tokenize(input, stream);
  ASSERT_EQ(stream.size(), 2U);
  EXPECT_EQ(stream.surface(stream[1]), "Intel");
}

TEST(Tokenizer, RecordsCaseClassAndShape) {
  Tokenizer tokenizer;
  TokenStream stream;
  tokenizer.tokenize("Arm ARM arm iPhone 910", stream);
  ASSERT_EQ(stream.size(), 5U);
  EXPECT_EQ(stream[0].case_class, CaseClass::kTitle);
  EXPECT_EQ(stream[1].case_class, CaseClass::kUpper);
  EXPECT_EQ(stream[2].case_class, CaseClass::kLower);
  EXPECT_EQ(stream[3].case_class, CaseClass::kMixed);
  EXPECT_EQ(stream[4].case_class, CaseClass::kNone);
  EXPECT_TRUE(stream[4].all_digits);
}

TEST(Tokenizer, SoftHyphenStaysInsideTheWord) {
  EXPECT_EQ(keys("Hua\u00ADwei"), (Keys{"huawei"}));
}

TEST(Tokenizer, EmptyAndSpaceOnlyInputs) {
  EXPECT_TRUE(keys("").empty());
  EXPECT_TRUE(keys(" \t\n\u00A0").empty());
}

}  // namespace
}  // namespace chipner::text
