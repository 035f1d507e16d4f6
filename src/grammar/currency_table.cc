#include "grammar/currency_table.h"

#include <algorithm>
#include <array>
#include <span>

#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include "text/utf8.h"

namespace chipner::grammar {
namespace {

using text::Token;
using text::TokenKind;
using text::TokenStream;

// Current ISO 4217 codes: ICU 72's ucurr_openISOCurrencies(UCURR_COMMON |
// UCURR_NON_DEPRECATED), sorted. MoneyMatch::currency points into this
// array, so it outlives every grammar. Codes starting with X (gold, SDR,
// fund units) are here but get no names: they are not money in news text.
constexpr std::string_view kIsoCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM",
    "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN",
    "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUC",
    "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
    "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
    "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
    "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN",
    "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
    "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK",
    "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD",
    "UYU", "UZS", "VEF", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF",
    "YER", "ZAR", "ZMW",
};

// Codes written as codes in news text. Others are English words, a chip
// company, a language or an engineering term far more often ("ALL", "TOP",
// "AMD", "PHP", "CAD" as in computer-aided design, "SAR" radar).
constexpr std::string_view kWrittenCodes[] = {
    "USD", "EUR", "GBP", "JPY", "CNY", "TWD", "HKD", "KRW", "RUB", "INR", "CHF",
    "AUD", "SGD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "ILS", "AED", "BRL",
    "MXN", "ZAR", "UAH", "BYN", "KZT", "MYR", "THB", "VND", "IDR",
};

// ICU names are gathered for these first, so that when two currencies share
// a form the major one keeps it.
constexpr std::string_view kMajorCodes[] = {
    "USD", "EUR", "CNY", "JPY", "GBP", "RUB", "TWD",
    "KRW", "HKD", "INR", "CHF", "CAD", "AUD", "SGD",
};

char family_of(std::string_view code) noexcept {
  static constexpr std::string_view kDollars[] = {"USD", "TWD", "HKD", "CAD",
                                                  "AUD", "SGD", "NZD", "MXN"};
  if (std::find(std::begin(kDollars), std::end(kDollars), code) !=
      std::end(kDollars)) {
    return '$';
  }
  return (code == "CNY" || code == "JPY") ? 'Y' : 0;
}

using F = CurrencyForm;
struct ExtraForm {
  std::string_view phrase;
  std::string_view code;
  CurrencyForm form;
  bool ambiguous;
};

// What CLDR lacks, and the default reading of shared signs. Russian nouns
// whose forms do not reduce to one base are listed in each case
// form, since they are compared by their full key.
constexpr ExtraForm kExtraForms[] = {
    // Signs. "$" and "¥" are shared; their default is documented in
    // docs/money.md.
    {"$", "USD", F::kSymbol, true},
    {"US$", "USD", F::kSymbol, false},
    {"US $", "USD", F::kSymbol, false},
    {"NT$", "TWD", F::kSymbol, false},
    {"HK$", "HKD", F::kSymbol, false},
    {"C$", "CAD", F::kSymbol, false},
    {"CA$", "CAD", F::kSymbol, false},
    {"A$", "AUD", F::kSymbol, false},
    {"AU$", "AUD", F::kSymbol, false},
    {"S$", "SGD", F::kSymbol, false},
    {"SG$", "SGD", F::kSymbol, false},
    {"NZ$", "NZD", F::kSymbol, false},
    {"MX$", "MXN", F::kSymbol, false},
    {"R$", "BRL", F::kSymbol, false},
    {"¥", "CNY", F::kSymbol, true},
    {"CN¥", "CNY", F::kSymbol, false},
    {"RMB¥", "CNY", F::kSymbol, false},
    {"JP¥", "JPY", F::kSymbol, false},
    {"€", "EUR", F::kSymbol, false},
    {"£", "GBP", F::kSymbol, false},
    {"₽", "RUB", F::kSymbol, false},
    {"₩", "KRW", F::kSymbol, false},
    {"₹", "INR", F::kSymbol, false},
    {"₴", "UAH", F::kSymbol, false},
    {"₸", "KZT", F::kSymbol, false},
    {"₺", "TRY", F::kSymbol, false},
    {"₪", "ILS", F::kSymbol, false},
    {"₫", "VND", F::kSymbol, false},
    {"฿", "THB", F::kSymbol, false},
    // Codes that are not ISO codes.
    {"RMB", "CNY", F::kCode, false},
    {"CNH", "CNY", F::kCode, false},
    {"NTD", "TWD", F::kCode, false},
    // English names.
    {"dollar", "USD", F::kName, true},
    {"dollars", "USD", F::kName, true},
    {"U.S. dollar", "USD", F::kName, false},
    {"U.S. dollars", "USD", F::kName, false},
    {"American dollars", "USD", F::kName, false},
    {"NT dollar", "TWD", F::kName, false},
    {"NT dollars", "TWD", F::kName, false},
    {"Taiwan dollars", "TWD", F::kName, false},
    {"Taiwanese dollars", "TWD", F::kName, false},
    {"HK dollars", "HKD", F::kName, false},
    {"yuan", "CNY", F::kName, false},
    {"renminbi", "CNY", F::kName, false},
    {"yuan renminbi", "CNY", F::kName, false},
    {"yen", "JPY", F::kName, false},
    {"won", "KRW", F::kName, false},
    {"Korean won", "KRW", F::kName, false},
    {"pound", "GBP", F::kName, true},
    {"pounds", "GBP", F::kName, true},
    {"sterling", "GBP", F::kName, false},
    {"pounds sterling", "GBP", F::kName, false},
    {"rupees", "INR", F::kName, true},
    {"rubles", "RUB", F::kName, false},
    {"roubles", "RUB", F::kName, false},
    {"francs", "CHF", F::kName, true},
    {"cent", "USD", F::kMinor, true},
    {"cents", "USD", F::kMinor, true},
    {"pence", "GBP", F::kMinor, false},
    {"penny", "GBP", F::kMinor, false},
    {"kopecks", "RUB", F::kMinor, false},
    // Russian names ("доллар" covers every case form: see form_key()).
    {"доллар", "USD", F::kName, true},
    {"долл", "USD", F::kName, true},
    {"долл.", "USD", F::kName, true},
    {"доллар США", "USD", F::kName, false},
    {"долл. США", "USD", F::kName, false},
    {"американский доллар", "USD", F::kName, false},
    {"тайваньский доллар", "TWD", F::kName, false},
    {"гонконгский доллар", "HKD", F::kName, false},
    {"рубль", "RUB", F::kName, false},
    {"руб", "RUB", F::kName, false},
    {"руб.", "RUB", F::kName, false},
    {"юань", "CNY", F::kName, false},
    {"юаня", "CNY", F::kName, false},
    {"юаней", "CNY", F::kName, false},
    {"юани", "CNY", F::kName, false},
    {"юаню", "CNY", F::kName, false},
    {"юанем", "CNY", F::kName, false},
    {"юаням", "CNY", F::kName, false},
    {"юанями", "CNY", F::kName, false},
    {"юанях", "CNY", F::kName, false},
    {"жэньминьби", "CNY", F::kName, false},
    {"иена", "JPY", F::kName, false},
    {"иены", "JPY", F::kName, false},
    {"иен", "JPY", F::kName, false},
    {"иене", "JPY", F::kName, false},
    {"иену", "JPY", F::kName, false},
    {"иенами", "JPY", F::kName, false},
    {"иенах", "JPY", F::kName, false},
    {"йена", "JPY", F::kName, false},
    {"йены", "JPY", F::kName, false},
    {"йен", "JPY", F::kName, false},
    {"йенах", "JPY", F::kName, false},
    {"йенами", "JPY", F::kName, false},
    {"вона", "KRW", F::kName, false},
    {"воны", "KRW", F::kName, false},
    {"вон", "KRW", F::kName, false},
    {"вонах", "KRW", F::kName, false},
    {"вонами", "KRW", F::kName, false},
    {"евро", "EUR", F::kName, false},
    {"фунт", "GBP", F::kName, true},
    {"фунт стерлингов", "GBP", F::kName, false},
    {"франк", "CHF", F::kName, true},
    {"рупия", "INR", F::kName, true},
    {"рупии", "INR", F::kName, true},
    {"рупий", "INR", F::kName, true},
    {"гривна", "UAH", F::kName, false},
    {"гривны", "UAH", F::kName, false},
    {"гривен", "UAH", F::kName, false},
    {"тенге", "KZT", F::kName, false},
    {"цент", "USD", F::kMinor, true},
    {"копейка", "RUB", F::kMinor, false},
    {"копейки", "RUB", F::kMinor, false},
    {"копеек", "RUB", F::kMinor, false},
    {"коп", "RUB", F::kMinor, false},
    {"коп.", "RUB", F::kMinor, false},
    // Chinese and Japanese. 元 alone is read as yuan (Taiwan writes 元 for
    // TWD too, hence ambiguous).
    {"元", "CNY", F::kName, true},
    {"美元", "USD", F::kName, false},
    {"美金", "USD", F::kName, false},
    {"人民币", "CNY", F::kName, false},
    {"日元", "JPY", F::kName, false},
    {"日圆", "JPY", F::kName, false},
    {"円", "JPY", F::kName, false},
    {"韩元", "KRW", F::kName, false},
    {"港元", "HKD", F::kName, false},
    {"港币", "HKD", F::kName, false},
    {"新台币", "TWD", F::kName, false},
    {"台币", "TWD", F::kName, false},
    {"欧元", "EUR", F::kName, false},
    {"英镑", "GBP", F::kName, false},
    {"卢布", "RUB", F::kName, false},
};

constexpr char kJoin = '\x1f';

// Russian inflection endings, longest first within each length. One is
// stripped from a Cyrillic word when at least three letters remain.
constexpr std::string_view kRussianEndings[] = {
    "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иях", "ях", "ах",
    "ов",  "ев",  "ей",  "ой",  "ый",  "ий",  "ая",  "яя",  "ое",  "ее", "ые",
    "ие",  "ых",  "их",  "ым",  "им",  "ом",  "ем",  "ам",  "ям",  "ую", "юю",
    "ью",  "а",   "я",   "о",   "е",   "ы",   "и",   "у",   "ю",   "ь",  "й",
};
constexpr std::size_t kMinRussianBase = 3;  // code points

std::size_t code_points(std::string_view s) noexcept {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

// The key a currency form is compared by: the folded key, and for a
// Cyrillic word the folded key less one inflection ending ("долларов",
// "долларах" -> "доллар"; "иены" -> "иен"; "США" stays). This is the
// grammar's own normalization, applied alike to the table and the text, so
// it does not depend on whether or how the tokenizer stemmed the word.
std::string_view form_key(const TokenStream& ts, const Token& t) noexcept {
  const std::string_view key = ts.key(t);
  if (t.script != text::Script::kCyrillic || t.has_digit) return key;
  for (const std::string_view ending : kRussianEndings) {
    if (key.ends_with(ending) &&
        code_points(key.substr(0, key.size() - ending.size())) >=
            kMinRussianBase) {
      return key.substr(0, key.size() - ending.size());
    }
  }
  return key;
}

// UTF-16 from ICU to UTF-8.
std::string to_utf8(const UChar* s, int32_t length) {
  std::string out;
  if (s == nullptr || length <= 0) return out;
  icu::UnicodeString(false, s, length).toUTF8String(out);
  return out;
}

// True when `s` has a code point that is not a letter: a sign ("$", "₩",
// "NT$"). Letters-only symbols ("Br", "kr", "zł") are too ambiguous to use.
bool has_non_letter(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const text::CodePoint cp = text::decode_utf8(s, pos);
    if (!u_isalpha(static_cast<UChar32>(cp.value))) return true;
    pos += cp.length;
  }
  return false;
}

}  // namespace

std::string_view CurrencyTable::intern(std::string_view iso) noexcept {
  const auto* const it =
      std::lower_bound(std::begin(kIsoCodes), std::end(kIsoCodes), iso);
  return (it != std::end(kIsoCodes) && *it == iso) ? *it : std::string_view();
}

void CurrencyTable::add(std::string_view phrase, const CurrencyInfo& info,
                        bool upper, text::Tokenizer& tokenizer,
                        TokenStream& scratch, std::size_t min_tokens) {
  tokenizer.tokenize(phrase, scratch);
  if (scratch.size() < min_tokens || scratch.size() > kMaxFormTokens) return;
  Entry e;
  e.info = info;
  e.upper = upper;
  for (std::size_t t = 0; t < scratch.size(); ++t) {
    const Token& tok = scratch[t];
    if (t > 0) {
      e.key.push_back(kJoin);
      if (!tok.space_before) e.glued |= 1U << t;
    }
    e.key.append(form_key(scratch, tok));
    e.info.cyrillic = e.info.cyrillic || tok.script == text::Script::kCyrillic;
  }
  entries_.push_back(std::move(e));
}

CurrencyTable::CurrencyTable() {
  text::Tokenizer tokenizer;
  TokenStream scratch;
  for (const ExtraForm& x : kExtraForms) {
    CurrencyInfo info;
    info.code = intern(x.code);
    info.form = x.form;
    info.ambiguous = x.ambiguous;
    info.family = family_of(info.code);
    add(x.phrase, info, x.form == F::kSymbol, tokenizer, scratch);
  }
  for (const std::string_view code : kWrittenCodes) {
    CurrencyInfo info;
    info.code = intern(code);
    info.form = F::kCode;
    info.family = family_of(info.code);
    // Any case: the listed codes are not words ("Rmb" in the FT's style).
    add(code, info, false, tokenizer, scratch);
  }
  // CLDR names and signs, major currencies first.
  std::vector<std::string_view> order(std::begin(kMajorCodes),
                                      std::end(kMajorCodes));
  for (const std::string_view code : kIsoCodes) {
    if (code[0] != 'X' &&
        std::find(order.begin(), order.end(), code) == order.end()) {
      order.push_back(code);
    }
  }
  static constexpr const char* kLocales[] = {"en", "ru", "zh"};
  static constexpr const char* kPluralCounts[] = {"one", "few", "many",
                                                  "other"};
  const auto is_major = [](std::string_view code) {
    return std::find(std::begin(kMajorCodes), std::end(kMajorCodes), code) !=
           std::end(kMajorCodes);
  };
  for (const std::string_view code : order) {
    // A one-word name of a minor currency is more often something else:
    // "леоне" (SLL) is also a given name, "лоти" a word in other languages.
    const std::size_t min_tokens = is_major(code) ? 1 : 2;
    const UChar ucode[4] = {static_cast<UChar>(code[0]),
                            static_cast<UChar>(code[1]),
                            static_cast<UChar>(code[2]), 0};
    CurrencyInfo info;
    info.code = code;
    info.family = family_of(code);
    for (const char* locale : kLocales) {
      UBool choice = false;
      int32_t length = 0;
      UErrorCode status = U_ZERO_ERROR;
      const UChar* s = ucurr_getName(ucode, locale, UCURR_LONG_NAME, &choice,
                                     &length, &status);
      std::string name = U_SUCCESS(status) ? to_utf8(s, length) : std::string();
      info.form = F::kName;
      if (!name.empty() && name != code) {
        add(name, info, false, tokenizer, scratch, min_tokens);
      }
      for (const char* count : kPluralCounts) {
        status = U_ZERO_ERROR;
        s = ucurr_getPluralName(ucode, locale, &choice, count, &length,
                                &status);
        name = U_SUCCESS(status) ? to_utf8(s, length) : std::string();
        if (!name.empty() && name != code) {
          add(name, info, false, tokenizer, scratch, min_tokens);
        }
      }
      status = U_ZERO_ERROR;
      s = ucurr_getName(ucode, locale, UCURR_SYMBOL_NAME, &choice, &length,
                        &status);
      name = U_SUCCESS(status) ? to_utf8(s, length) : std::string();
      if (!name.empty() && name != code && has_non_letter(name)) {
        info.form = F::kSymbol;
        add(name, info, true, tokenizer, scratch);
      }
    }
  }
  // Sort by key; on equal keys the first added (static, then major) wins.
  std::stable_sort(
      entries_.begin(), entries_.end(),
      [](const Entry& a, const Entry& b) { return a.key < b.key; });
  // Merge equal keys: the first keeps its currency; a space allowed by any
  // spelling is allowed ("US$" and "US $").
  std::size_t kept = 0;
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    if (kept > 0 && entries_[kept - 1].key == entries_[k].key) {
      entries_[kept - 1].glued &= entries_[k].glued;
      continue;
    }
    if (kept != k) entries_[kept] = std::move(entries_[k]);
    ++kept;
  }
  entries_.resize(kept);
  for (const Entry& entry : entries_) {
    first_keys_.intern(
        std::string_view(entry.key).substr(0, entry.key.find(kJoin)));
  }
}

std::optional<CurrencyHit> CurrencyTable::match(const TokenStream& ts,
                                                std::size_t i) const noexcept {
  std::array<char, 256> buf{};
  std::size_t len = 0;
  std::optional<CurrencyHit> best;
  for (std::size_t t = 0; t < kMaxFormTokens && i + t < ts.size(); ++t) {
    const std::string_view k = form_key(ts, ts[i + t]);
    if (len + 1 + k.size() > buf.size()) break;
    if (t > 0) buf[len++] = kJoin;
    // Most tokens begin no currency form: one hash lookup settles them.
    if (t == 0 && first_keys_.find(k) == util::StringIdTable::kMissing) {
      return std::nullopt;
    }
    std::copy(k.begin(), k.end(),
              buf.begin() + static_cast<std::ptrdiff_t>(len));
    len += k.size();
    const std::string_view key(buf.data(), len);
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                                     [](const Entry& e, std::string_view x) {
                                       return std::string_view(e.key) < x;
                                     });
    if (it == entries_.end() || !std::string_view(it->key).starts_with(key))
      break;
    if (it->key.size() != len) continue;
    bool ok = true;
    for (std::size_t u = 0; u <= t && ok; ++u) {
      const Token& tok = ts[i + u];
      if (u > 0 && (it->glued & (1U << u)) != 0 && tok.space_before) ok = false;
      if (it->upper && tok.kind == TokenKind::kWord && tok.has_letter &&
          tok.case_class != text::CaseClass::kUpper) {
        ok = false;
      }
    }
    if (ok) best = CurrencyHit{it->info, i + t + 1};
  }
  return best;
}

std::optional<CurrencyInfo> CurrencyTable::code(
    std::string_view folded) const noexcept {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), folded,
                                   [](const Entry& e, std::string_view x) {
                                     return std::string_view(e.key) < x;
                                   });
  if (it == entries_.end() || it->key != folded || it->info.form != F::kCode) {
    return std::nullopt;
  }
  return it->info;
}

}  // namespace chipner::grammar
