#include "grammar/number.h"

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace chipner::grammar {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

void expect_value(std::optional<double> got, double want) {
  if (std::isnan(want)) {
    EXPECT_FALSE(got.has_value()) << got.value_or(0);
    return;
  }
  ASSERT_TRUE(got.has_value());
  EXPECT_NEAR(*got, want, std::abs(want) * 1e-12 + 1e-12);
}

TEST(ParseDecimalTest, Values) {
  struct Case {
    std::string_view text;
    double value;
  };
  static constexpr Case kCases[] = {
      {"7", 7},         {"1.4", 1.4},     {"1,4", 1.4},     {"0,35", 0.35},
      {"007", 7},       {"12.50", 12.5},  {"", kNone},      {"1.", kNone},
      {".5", kNone},    {"1.2.3", kNone}, {"1,2,3", kNone}, {"-1", kNone},
      {"1 000", kNone}, {"7nm", kNone},   {"abc", kNone},   {"1e5", kNone},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    expect_value(parse_decimal(c.text), c.value);
  }
}

TEST(ParseDecimalTest, TooLongHasNoValue) {
  EXPECT_FALSE(parse_decimal(std::string(500, '9')).has_value());
  EXPECT_TRUE(parse_decimal(std::string(30, '9')).has_value());
}

class NumberTest : public ::testing::Test {
 protected:
  const text::TokenStream& tokens(std::string_view text) {
    tokenizer_.tokenize(text, tokens_);
    return tokens_;
  }
  text::Tokenizer tokenizer_;
  text::TokenStream tokens_;
};

TEST_F(NumberTest, DigitGroups) {
  struct Case {
    std::string_view text;
    double value;
    double alt;               // kNone when unambiguous
    std::size_t tokens_read;  // tokens the number spans
    std::string_view suffix;
  };
  static constexpr Case kCases[] = {
      {"42", 42, kNone, 1, ""},
      {"1,234.5 x", 1234.5, kNone, 5, ""},
      {"1 234,5 x", 1234.5, kNone, 4, ""},
      {"1.844.036.360,12", 1844036360.12, kNone, 9, ""},
      {"1,234,567", 1234567, kNone, 5, ""},
      {"500 000 руб", 500000, kNone, 2, ""},
      {"500\u00A0000", 500000, kNone, 2, ""},
      {"500\u2009000", 500000, kNone, 2, ""},
      {"1,5 млрд", 1.5, kNone, 3, ""},
      {"9,54", 9.54, kNone, 3, ""},
      {"1,700", 1700, 1.7, 3, ""},
      {"7.576", 7.576, 7576, 3, ""},
      {"0,125", 0.125, kNone, 3, ""},
      {"1234.567", 1234.567, kNone, 3, ""},
      {"3bn", 3, kNone, 1, "bn"},
      {"1.5B", 1.5, kNone, 3, "b"},
      {"1,700p", 1700, 1.7, 3, "p"},
      {"5,3млн", 5.3, kNone, 3, "млн"},
      {"2024 000", 2024, kNone, 1, ""},  // a 4-digit head does not group
      {"12 34", 12, kNone, 1, ""},       // a space group has three digits
      {"5, 10", 5, kNone, 1, ""},        // a spaced comma is a list
      {"5.", 5, kNone, 1, ""},           // a sentence-final period
      {"5\n000", 5, kNone, 1, ""},       // a line break ends the number
      {"5  000", 5, kNone, 1, ""},       // two spaces end it too
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const auto& ts = tokens(c.text);
    const auto d = parse_digits(ts, 0);
    ASSERT_TRUE(d.has_value());
    expect_value(d->value, c.value);
    expect_value(d->alt_value, c.alt);
    EXPECT_EQ(d->end, c.tokens_read);
    EXPECT_EQ(d->suffix, c.suffix);
  }
}

TEST_F(NumberTest, MalformedDigitRuns) {
  for (const std::string_view text :
       {"1.2.3", "12,34,567", "1,234.567.8", "7nm5", "H100", "abc", "$5"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(parse_digits(tokens(text), 0).has_value());
  }
}

TEST_F(NumberTest, SkipReadsACodeGluedToDigits) {
  const auto& ts = tokens("CNY7.576 billion");
  const auto d = parse_digits(ts, 0, 3);
  ASSERT_TRUE(d.has_value());
  expect_value(d->value, 7.576);
  EXPECT_EQ(d->end, 3U);
}

TEST_F(NumberTest, AbsurdlyLongDigitsHaveNoValue) {
  const std::string text = std::string(400, '9') + ",5";
  const auto d = parse_digits(tokens(text), 0);
  ASSERT_TRUE(d.has_value());
  EXPECT_FALSE(d->value.has_value());
  EXPECT_EQ(d->end, 3U);  // still consumed, so a caller skips it at once
}

TEST(ScaleSuffixTest, Values) {
  bool cyrillic = true;
  expect_value(scale_suffix("bn", &cyrillic), 1e9);
  EXPECT_FALSE(cyrillic);
  expect_value(scale_suffix("млрд", &cyrillic), 1e9);
  EXPECT_TRUE(cyrillic);
  expect_value(scale_suffix("k", nullptr), 1e3);
  expect_value(scale_suffix("m", nullptr), 1e6);
  expect_value(scale_suffix("tn", nullptr), 1e12);
  expect_value(scale_suffix("тыс", nullptr), 1e3);
  expect_value(scale_suffix("nm", nullptr), kNone);
  expect_value(scale_suffix("p", nullptr), kNone);
}

TEST_F(NumberTest, ScaleWords) {
  struct Case {
    std::string_view text;
    double factor;
    double bare;
    bool plural;
    bool cyrillic;
    std::size_t end_period;
  };
  static constexpr Case kCases[] = {
      {"billion", 1e9, 0, false, false, 1},
      {"Billion", 1e9, 0, false, false, 1},
      {"billions", 1e9, 0, true, false, 1},
      {"thousand", 1e3, 0, false, false, 1},
      {"bn", 1e9, 0, false, false, 1},
      {"mln", 1e6, 0, false, false, 1},
      {"тысяча", 1e3, 1, false, true, 1},
      {"тысячу", 1e3, 1, false, true, 1},
      {"тысяч", 1e3, 0, true, true, 1},
      {"тысячи", 1e3, 0, true, true, 1},
      {"миллион", 1e6, 1, false, true, 1},
      {"миллиона", 1e6, 1, false, true, 1},
      {"миллионов", 1e6, 0, true, true, 1},
      {"миллиардами", 1e9, 0, true, true, 1},
      {"триллионах", 1e12, 0, true, true, 1},
      {"миллиардом", 1e9, 1, false, true, 1},
      {"млрд", 1e9, 0, false, true, 1},
      {"млрд.", 1e9, 0, false, true, 2},
      {"тыс.", 1e3, 0, false, true, 2},
      {"трлн", 1e12, 0, false, true, 1},
      {"полмиллиарда", 1e9, 0.5, false, true, 1},
      {"亿", 1e8, 0, false, false, 1},
      {"万亿", 1e12, 0, false, false, 2},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const auto s = parse_scale(tokens(c.text), 0);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->factor, c.factor);
    EXPECT_EQ(s->bare, c.bare);
    EXPECT_EQ(s->plural, c.plural);
    EXPECT_EQ(s->cyrillic, c.cyrillic);
    EXPECT_EQ(s->end_period, c.end_period);
  }
  for (const std::string_view text :
       {"millionaire", "миллионер", "тысячный", "b", "m", "bill", "мил"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(parse_scale(tokens(text), 0).has_value());
  }
}

TEST_F(NumberTest, NumberWords) {
  struct Case {
    std::string_view text;
    double value;  // kNone: vague
    std::size_t end;
  };
  static constexpr Case kCases[] = {
      {"two", 2, 1},
      {"Seven", 7, 1},
      {"fifteen", 15, 1},
      {"twenty-five", 25, 3},
      {"twenty five", 25, 2},
      {"two hundred", 200, 2},
      {"two hundred and fifty", 250, 4},
      {"a hundred", 100, 2},
      {"one and a half", 1.5, 4},
      {"half a", 0.5, 2},
      {"a", 1, 1},
      {"пять", 5, 1},
      {"двух", 2, 1},
      {"пятьсот", 500, 1},
      {"двадцать пять", 25, 2},
      {"сто двадцать три", 123, 3},
      {"двухсот пятидесяти", 250, 2},
      {"девятьюстами", 900, 1},
      {"одиннадцати", 11, 1},
      {"сорока", 40, 1},
      {"полтора", 1.5, 1},
      {"полутора", 1.5, 1},
      {"три", 3, 1},
      {"трёх", 3, 1},
      {"tens", kNone, 1},
      {"hundreds", kNone, 1},
      {"several hundred", kNone, 2},
      {"a few", kNone, 2},
      {"сотни", kNone, 1},
      {"нескольких десятков", kNone, 2},
      {"五", 5, 1},
      {"三千五百", 3500, 4},
      {"十五", 15, 2},
      {"两千", 2000, 2},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const auto w = parse_number_words(tokens(c.text), 0);
    ASSERT_TRUE(w.has_value());
    expect_value(w->value, c.value);
    EXPECT_EQ(w->vague, std::isnan(c.value));
    EXPECT_EQ(w->end, c.end);
  }
  for (const std::string_view text : {"half", "few", "dollars", "and", "сотня",
                                      "пятый", "миллион", "亿", "5"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(parse_number_words(tokens(text), 0).has_value());
  }
}

TEST_F(NumberTest, ArticleAndHalfNeedAScale) {
  auto w = parse_number_words(tokens("a billion"), 0);
  ASSERT_TRUE(w.has_value());
  EXPECT_TRUE(w->needs_scale);
  w = parse_number_words(tokens("two"), 0);
  ASSERT_TRUE(w.has_value());
  EXPECT_FALSE(w->needs_scale);
  w = parse_number_words(tokens("tens of"), 0);
  ASSERT_TRUE(w.has_value());
  EXPECT_TRUE(w->takes_of);
}

}  // namespace
}  // namespace chipner::grammar
