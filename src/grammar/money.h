// grammar/money.h: amounts of money in English, Russian and Chinese text.
//
// OVERVIEW
// MoneyGrammar finds MONEY spans (shared/spec/ENTITIES.md) in a token stream
// and reads their value:
//
//   chipner::grammar::MoneyGrammar money;          // build once
//   std::vector<chipner::grammar::MoneyMatch> found;
//   money.find(tokens, found);                     // any thread, any text
//
//   "valued at US$2.5 billion"        -> "US$2.5 billion"    2.5e9 USD
//   "от 450 до 700 тыс. рублей"       -> "450 до 700 тыс. рублей"
//                                        450000 .. 700000 RUB
//   "сотни миллиардов долларов"       -> the whole span, amount empty, USD
//   "5亿元"                            -> 5e8 CNY
//
// THE GRAMMAR, over tokens (text/tokenizer.h), case-folded:
//
//   money    := amount [connector amount] currency?   // currency required
//                                                     // unless a prefix
//             | amount currency minor-amount          // "3 dollars 50 cents"
//   amount   := ["-"] [prefix] quantity               // "-1 624", "US$3bn"
//             | CODE+digits quantity-rest             // "CNY7.576 billion"
//             | digits "-" scale-adjective currency-adjective
//                                                    // "500-миллионный
//                                                    рублевый"
//   prefix   := sign | code                           // "$", "NT$", "RMB"
//   quantity := digits [suffix | ["-"] scale+]        // "3bn", "1,5 млрд"
//             | words [of] [scale]                    // "двух миллиардов",
//                                                     // "tens of billions"
//             | scale                                 // "миллиард" (1),
//                                                     // "миллиарды" (vague)
//   currency := sign | code | name | minor            // longest form wins
//   connector:= "-" (any dash) | "to" | 至 | 到
//             | "до"  after a preceding "от"
//             | "and" / "и" after a preceding "between" / "между"
//
// digits, words and scale are grammar/number.h; currency forms are
// grammar/currency_table.h. A scale word may be compound ("2 млрд 300 млн")
// when the scales fall.
//
// SPANS cover the number, scale and currency, nothing more: qualifiers and a
// range's leading preposition ("около", "up to", "от", "between") are
// outside; the connector of a range is inside. A Russian abbreviation's
// period is inside when the span goes on after it ("1,61 млрд. долл.
// США") and outside at the end ("¥150 млрд."); a currency abbreviation keeps
// its own period ("400 млн руб.").
//
// VALUES. `amount` has the scale applied; in a range, a scale written only
// after the second number applies to both ("400 — 700 тысяч" is 400000 ..
// 700000). A Russian scale word after "6,355" makes the comma decimal; a
// Russian currency after "10.000" with no scale makes the period group
// thousands. Vague quantities ("сотни", "tens of", "billions of") and
// numbers too long to represent have no amount. Pence ("1,700p") and other
// minor units are divided by 100. The amount is never inf or NaN.
//
// CURRENCY. `currency` is ISO 4217. A sign shared by several currencies is
// read by default and flagged `currency_ambiguous`: "$" is USD unless
// written "US$", "NT$", "HK$", "C$", "A$", "S$" or followed by a specific
// name ("$300 млрд тайваньских долларов"); "¥" is CNY unless "yen", "円",
// "иен" or "JPY" occurs within kYenContextTokens tokens, or Japan is named
// there and China is not (then JPY); bare "dollars"/"долларов" are USD; 元
// is CNY. See docs/money.md.
//
// COMPLEXITY. find() is linear in the number of tokens: each token starts at
// most one attempt, and an attempt reads a bounded number of tokens (digit
// groups, number words, currency forms and the yen context are all capped).
// It is const, allocation-free except for appending to `out`, and never
// throws (if `out` cannot grow, the matches found so far are kept).

#ifndef CHIPNER_GRAMMAR_MONEY_H_
#define CHIPNER_GRAMMAR_MONEY_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/currency_table.h"
#include "text/tokenizer.h"

namespace chipner::grammar {

// Tokens on each side of a "¥" searched for a word that makes it yen.
inline constexpr std::size_t kYenContextTokens = 40;

struct MoneyMatch {
  std::uint32_t begin = 0, end = 0;  // UTF-8 byte offsets of the span
  std::optional<double> amount,
      amount_max;                   // scale applied; amount empty when vague
  std::string_view currency;        // ISO 4217, points to static storage
  bool currency_ambiguous = false;  // "$"/"¥" resolved by default
};

// Keys that may begin an amount (money.cc).
struct StartingWords {
  util::StringIdTable keys;
  util::BitFilter filter;  // the keys' hashes, checked first

  [[nodiscard]] bool contains(std::string_view key,
                              std::uint64_t hash) const noexcept {
    return filter.may_contain(hash) &&
           keys.find(key, hash) != util::StringIdTable::kMissing;
  }
};

class MoneyGrammar {
 public:
  // The currency table is built on first use and shared by every
  // MoneyGrammar of the process (it depends only on ICU's data), so building
  // extractors stays cheap. May throw std::bad_alloc only.
  MoneyGrammar();

  // Appends every money span found in `tokens` (non-overlapping, sorted by
  // begin). const, thread-safe, never throws, linear time in tokens.
  void find(const text::TokenStream& tokens,
            std::vector<MoneyMatch>& out) const;

 private:
  const CurrencyTable* currencies_;
  const StartingWords* starting_words_;
};

}  // namespace chipner::grammar

#endif  // CHIPNER_GRAMMAR_MONEY_H_
