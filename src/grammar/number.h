// grammar/number.h: numbers as they are written in English, Russian and
// Chinese news text, read from a token stream.
//
// OVERVIEW
// The tokenizer splits "1,234.5" into `1` `,` `234` `.` `5`; the functions
// here glue such runs back together and give them a value, and they read
// numbers written in words ("two", "полтора", "двух", "пятьсот", "五") and
// scale words ("billion", "млрд.", "миллиардов", "bn", "亿"). They know
// nothing about money: grammar/money.h combines them with currencies.
//
//   parse_decimal("1,4")        -> 1.4   (one separator, either convention)
//   parse_digits(`1,234.5`)     -> 1234.5
//   parse_digits(`500 000`)     -> 500000 (space, NBSP or thin-space groups)
//   parse_digits(`3bn`)         -> 3, suffix "bn"
//   parse_scale(`миллиардов`)   -> 1e9, plural
//   parse_number_words(`двух`)  -> 2
//
// DIGIT GROUPS. A run is: digits, then up to kMaxDigitGroups groups, each a
// glued "," or "." followed by glued digits, or a single space followed by
// exactly three digits. The reading:
//   * mixed separators: the last one is the decimal mark, the others group
//     thousands ("1,234.5", "1.844.036.360,12", "1 234,5");
//   * one separator repeated, or spaces: thousands ("1,234,567", "500 000");
//   * one "," or "." followed by other than three digits: decimal ("1,5");
//   * one "," or "." followed by exactly three digits ("1,700", "7.576") is
//     ambiguous: `value` is the usual English reading ("," groups, "."
//     is decimal) and `alt_value` the other; the caller decides by context
//     (money reads "6,355 млрд" as 6.355 because a Russian scale follows).
// A run that fits none of these ("1.2.3", "12,34,567") is not a number.
//
// VALUES never overflow silently: a run with more than kMaxSignificantChars
// digits, or one whose value is not finite, has no value (std::nullopt) but
// is still consumed, so a caller can skip it in one step.
//
// All functions are noexcept, allocate nothing and look at a bounded number
// of tokens from their start (linear time over a scan).

#ifndef CHIPNER_GRAMMAR_NUMBER_H_
#define CHIPNER_GRAMMAR_NUMBER_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "text/tokenizer.h"
#include "util/flat_hash.h"

namespace chipner::grammar {

// Groups read after the first; longer runs are not numbers.
inline constexpr std::size_t kMaxDigitGroups = 12;
// Digits (integer plus fraction) kept for a value; longer runs get none.
inline constexpr std::size_t kMaxSignificantChars = 40;

// Reads a plain decimal: ASCII digits with at most one "." or "," as the
// decimal mark ("7", "1.4", "1,4", "0,35"). No sign, no grouping, no spaces.
// Returns nullopt for anything else or when the value is not finite.
[[nodiscard]] std::optional<double> parse_decimal(
    std::string_view text) noexcept;

// True when the token's key starts with an ASCII digit (after NFKC, so
// full-width digits count).
[[nodiscard]] bool starts_with_digit(const text::TokenStream& ts,
                                     std::size_t i) noexcept;

struct DigitNumber {
  std::size_t end = 0;              // token index just past the number
  std::optional<double> value;      // default reading; empty when too long
  std::optional<double> alt_value;  // other reading of an ambiguous run
  char ambiguous_separator = 0;     // ',' or '.' when alt_value is set
  bool grouped = false;             // has any separator
  bool has_fraction = false;        // a decimal mark was read
  std::string_view suffix;          // folded letters glued to the last group:
                                    // "bn" in `3bn`, "p" in `700p`
};

// Reads a digit run starting at token `i`, skipping the first `skip` bytes of
// its key (so a caller can read `cny7` as code + number). Returns nullopt when
// token i does not start with a digit there, or the run is malformed.
[[nodiscard]] std::optional<DigitNumber> parse_digits(
    const text::TokenStream& ts, std::size_t i, std::size_t skip = 0) noexcept;

// The factor of a scale suffix glued to digits: "k" 1e3, "m" "mn" "mln" 1e6,
// "b" "bn" "bln" 1e9, "t" "tn" "trn" 1e12, "тыс" "млн" "млрд" "трлн".
// `cyrillic` is set when the suffix is Russian.
[[nodiscard]] std::optional<double> scale_suffix(std::string_view key,
                                                 bool* cyrillic) noexcept;

// The factor of a Russian scale adjective: "миллионный", "миллиардного",
// "тысячная" (as in "500-миллионный рублевый кредит").
[[nodiscard]] std::optional<double> scale_adjective(
    std::string_view key) noexcept;

struct Scale {
  std::size_t end = 0;         // past the word, before a trailing period
  std::size_t end_period = 0;  // past an abbreviation's glued period, or end
  double factor = 1;
  // With no number before it, the word alone means `bare` units of the
  // scale: "миллиард" 1, "полмиллиарда" 0.5; 0 when it cannot stand alone.
  double bare = 0;
  bool plural = false;    // "billions", "миллиарды": vague when alone
  bool cyrillic = false;  // Russian word: decimal comma convention
  bool han = false;       // 万, 亿: only after digits or Han numerals
};

// Reads one scale word (or a chain of Han multipliers, 万亿 = 1e12) at `i`.
[[nodiscard]] std::optional<Scale> parse_scale(const text::TokenStream& ts,
                                               std::size_t i) noexcept;

struct WordNumber {
  std::size_t end = 0;
  std::optional<double> value;  // empty when vague
  bool vague = false;  // "tens", "сотни", "several", "несколько"
  bool takes_of = false;     // English "tens of", "hundreds of"
  bool needs_scale = false;  // "a", "half a": only before a scale word
  bool han = false;          // Chinese numerals: may take 万/亿
};

// Adds the key of every number word and scale word form to `keys`: a word
// token can begin an amount written in words only if its key is one of them.
void add_number_word_keys(util::StringIdTable& keys);

// Reads a number written in words at `i`: English and Russian cardinals
// below one thousand in any case ("twenty-five", "двухсот пятидесяти"),
// "a", "half a", "one and a half", "полтора", Chinese numerals below ten
// thousand (三千), and vague quantities ("tens", "hundreds", "several",
// "a few", "десятки", "сотни", "несколько").
[[nodiscard]] std::optional<WordNumber> parse_number_words(
    const text::TokenStream& ts, std::size_t i) noexcept;

}  // namespace chipner::grammar

#endif  // CHIPNER_GRAMMAR_NUMBER_H_
