// grammar/currency_table.h: the ways a currency is written, as token
// sequences, for the money grammar.
//
// OVERVIEW
// A currency is written as a sign ("$", "US$", "NT$", "€", "₽", "元"), an
// ISO 4217 code ("USD", "RMB"), or a name in English, Russian or Chinese
// ("US dollars", "yuan", "долларов США", "долл. США", "тайваньских
// долларов", "руб.", "美元"). Minor units ("cents", "pence", "копеек") are
// entries too, with a divisor.
//
// WHERE THE NAMES COME FROM. At construction the table asks ICU (CLDR 42)
// for the long name, every plural form and the symbol of each current ISO
// 4217 currency in en, ru and zh (ucurr_getName, ucurr_getPluralName), so
// "Japanese yen", "новых тайваньских долларов", "新台币" and "CA$" come from
// CLDR. A static table (kExtraForms in currency_table.cc) adds what CLDR
// lacks: bare nouns ("dollars", "долларов", "юаней", "иен", "won"),
// abbreviations ("руб.", "долл."), the default reading of shared signs ("$"
// USD, "¥" CNY, both marked ambiguous), "RMB", "NT dollars", 元, 美元. The
// static table wins when both define the same form.
//
// MATCHING. Each form is tokenized with the project's Tokenizer and stored as
// the sequence of its token keys; a Cyrillic word is compared by its folded
// key less one inflection ending, keeping at least three letters
// ("долларов" and "долларах" both give "доллар", "иены" gives "иен"). The
// grammar does this itself rather than use the tokenizer's Snowball stem, so
// matching does not depend on whether the tokenizer stemmed a word (see
// text::StemFilter) and short stems cannot collide ("иены" stems to "и").
// match() returns the longest form that
// starts at a token, so "долларов США" beats "долларов" and "белорусских
// рублей" beats "рублей". Inside a sign ("US$") tokens must touch unless a
// spelling with a space is listed too ("US $"), and letters in a sign must
// be upper case ("A$" but not "a$"). One-word CLDR names are kept only for
// major currencies ("euros" yes, "леоне" no).
//
// Immutable after construction; match() is const, noexcept and thread-safe,
// and reads at most kMaxFormTokens tokens.

#ifndef CHIPNER_GRAMMAR_CURRENCY_TABLE_H_
#define CHIPNER_GRAMMAR_CURRENCY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"
#include "util/flat_hash.h"

namespace chipner::grammar {

enum class CurrencyForm : std::uint8_t {
  kSymbol,  // "$", "US$", "€", "元": may stand before or after the number
  kCode,    // "USD", "RMB": before or after
  kName,    // "dollars", "рублей", "美元": after the number only
  kMinor,   // "cents", "pence", "копеек": after, value divided by 100
};

struct CurrencyInfo {
  std::string_view code;  // ISO 4217, static storage
  CurrencyForm form = CurrencyForm::kName;
  // The form alone does not fix the currency; `code` is the default reading
  // ("$" USD, "¥" CNY, "dollars" USD, "pounds" GBP).
  bool ambiguous = false;
  // '$' for the dollar family, 'Y' for yuan/yen: a name of the same family
  // may repeat an ambiguous sign ("$40 billion dollars") and resolve it.
  char family = 0;
  bool cyrillic = false;  // a Russian form: "1,500" reads as 1.5 before it
};

struct CurrencyHit {
  CurrencyInfo info;
  std::size_t end = 0;  // token index past the form
};

// Most tokens in a stored form ("U.S. dollars" is five).
inline constexpr std::size_t kMaxFormTokens = 6;

class CurrencyTable {
 public:
  // Builds the table from ICU and the static forms. Throws std::bad_alloc
  // only; missing ICU data leaves just the static forms.
  CurrencyTable();

  // The longest currency form starting at token `i`, if any.
  [[nodiscard]] std::optional<CurrencyHit> match(
      const text::TokenStream& tokens, std::size_t i) const noexcept;

  // The first token's key of every currency form.
  [[nodiscard]] const util::StringIdTable& first_keys() const noexcept {
    return first_keys_;
  }

  // An ISO code (or "rmb") spelled by a folded key, for a code glued to
  // digits ("CNY7"): "cny" -> CNY. Only codes in the common-code list.
  [[nodiscard]] std::optional<CurrencyInfo> code(
      std::string_view folded) const noexcept;

  // `iso` as a view of static storage, or empty when it is not a current
  // ISO 4217 code known to this build.
  [[nodiscard]] static std::string_view intern(std::string_view iso) noexcept;

  [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }

 private:
  struct Entry {
    std::string key;          // token keys joined by '\x1f'
    std::uint32_t glued = 0;  // bit t: token t touches token t-1
    bool upper = false;       // letters must be upper case (signs, codes)
    CurrencyInfo info;
  };
  void add(std::string_view phrase, const CurrencyInfo& info, bool upper,
           text::Tokenizer& tokenizer, text::TokenStream& scratch,
           std::size_t min_tokens = 1);

  std::vector<Entry> entries_;  // sorted by key, unique keys
  // The first token's key of every entry: a quick "no" for most tokens.
  util::StringIdTable first_keys_;
};

}  // namespace chipner::grammar

#endif  // CHIPNER_GRAMMAR_CURRENCY_TABLE_H_
