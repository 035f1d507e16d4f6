#include "grammar/money.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <span>

#include "grammar/number.h"

namespace chipner::grammar {
namespace {

using text::Token;
using text::TokenKind;
using text::TokenStream;

// Compound amounts ("2 млрд 300 млн") take at most this many extra terms.
constexpr int kMaxCompoundTerms = 3;

// A number with its scale: "1,5 млрд", "двух миллиардов", "tens of billions".
struct Quantity {
  std::size_t begin = 0;
  std::size_t end = 0;             // past the last token read
  std::size_t end_period = 0;      // past a Russian abbreviation's period
  std::optional<double> base;      // before scale; empty when vague or too long
  std::optional<double> alt_base;  // the other reading of "1,700"/"7.576"
  char ambiguous_separator = 0;
  double scale = 1;
  double extra = 0;  // later terms of a compound amount, scaled
  bool has_scale = false;
  bool scale_cyrillic = false;
  bool vague = false;
  bool pence = false;                           // "700p"
  bool adjectival = false;                      // "500-миллионный"
  bool grouped = false;                         // digits had a separator
  std::optional<CurrencyInfo> suffix_currency;  // "200USD"
};

// An optional minus and prefix, then a quantity.
struct Amount {
  std::size_t begin = 0;
  bool negative = false;
  std::optional<CurrencyInfo> prefix;
  Quantity q;
};

// Common video resolutions: "1080p" is not 10.80 pounds.
bool is_resolution(double v) noexcept {
  static constexpr double kResolutions[] = {144, 240,  360,  480,  576,
                                            720, 1080, 1440, 2160, 4320};
  return std::find(std::begin(kResolutions), std::end(kResolutions), v) !=
         std::end(kResolutions);
}

bool compatible(const CurrencyInfo& prefix, const CurrencyInfo& name) noexcept {
  return prefix.code == name.code || (prefix.ambiguous && prefix.family != 0 &&
                                      prefix.family == name.family);
}

// One attempt at a money span from a start token. Holds no state beyond the
// stream and the table; every method reads a bounded window.
class Parser {
 public:
  Parser(const TokenStream& ts, const CurrencyTable& table)
      : ts_(ts), table_(table), n_(ts.size()) {}

  std::optional<MoneyMatch> match_at(std::size_t i) const noexcept;

 private:
  std::string_view key(std::size_t i) const noexcept {
    return i < n_ ? ts_.key(ts_[i]) : std::string_view();
  }
  bool glued(std::size_t i) const noexcept {
    return i < n_ && !ts_[i].space_before;
  }
  bool inside_number(std::size_t i) const noexcept;
  bool is_minus(std::size_t i) const noexcept;
  bool amount(std::size_t k, Amount& a, bool allow_minus) const noexcept;
  bool quantity(std::size_t k, std::size_t skip, Quantity& q) const noexcept;
  static void apply_scale(const Scale& s, Quantity& q) noexcept;
  void compound(Quantity& q) const noexcept;
  std::optional<std::size_t> connector(std::size_t c,
                                       std::size_t span_begin) const noexcept;
  bool yen_context(std::size_t i) const noexcept;
  std::optional<CurrencyHit> currency_adjective(std::size_t i) const noexcept;

  const TokenStream& ts_;
  const CurrencyTable& table_;
  const std::size_t n_;
};

// True when token i continues a number, a name or a formula that started
// before it ("234" in "1,234", "4" in "GPT-4"; "100" in "A 100" does not).
bool Parser::inside_number(std::size_t i) const noexcept {
  if (i == 0 || ts_[i].space_before) return false;
  const Token& prev = ts_[i - 1];
  if (prev.kind == TokenKind::kWord) return true;
  const std::string_view pk = ts_.key(prev);
  // An exponent, index or path: "x^2 $", "a_2", "1/2".
  if (pk == "^" || pk == "_" || pk == "/" || pk == "\\" || pk == "#")
    return true;
  if ((pk == "," || pk == "." || pk == "-") && i >= 2 && !prev.space_before &&
      ts_[i - 2].kind == TokenKind::kWord) {
    return pk != "-" || !starts_with_digit(ts_, i - 2) || ts_[i - 2].has_letter;
  }
  return false;
}

// A leading minus: "-" or U+2212 right before a number or sign, not after a
// number (that is a range).
bool Parser::is_minus(std::size_t i) const noexcept {
  if (key(i) != "-" || !glued(i + 1)) return false;
  const std::string_view s = ts_.surface(ts_[i]);
  if (s != "-" && s != "\u2212") return false;
  return i == 0 || ts_[i].space_before || ts_[i - 1].kind == TokenKind::kSymbol;
}

void Parser::apply_scale(const Scale& s, Quantity& q) noexcept {
  q.scale = s.factor;
  q.has_scale = true;
  q.scale_cyrillic = s.cyrillic;
  q.end = s.end;
  q.end_period = s.end_period;
}

// "2 млрд 300 млн": further terms with falling scales add up.
void Parser::compound(Quantity& q) const noexcept {
  double last_scale = q.scale;
  for (int t = 0; t < kMaxCompoundTerms; ++t) {
    const std::size_t k = q.end;
    if (!starts_with_digit(ts_, k) || !ts_[k].space_before) return;
    const auto d = parse_digits(ts_, k);
    if (!d || !d->suffix.empty() || d->ambiguous_separator != 0) return;
    const auto s = parse_scale(ts_, d->end);
    if (!s || s->factor >= last_scale || s->han) return;
    if (!d->value) {
      q.base.reset();
      q.alt_base.reset();
    }
    q.extra += d->value.value_or(0) * s->factor;
    last_scale = s->factor;
    q.end = s->end;
    q.end_period = s->end_period;
  }
}

bool Parser::quantity(std::size_t k, std::size_t skip,
                      Quantity& q) const noexcept {
  q = Quantity{};
  q.begin = k;
  if (skip > 0 || starts_with_digit(ts_, k)) {
    const auto d = parse_digits(ts_, k, skip);
    if (!d) return false;
    q.base = d->value;
    q.alt_base = d->alt_value;
    q.ambiguous_separator = d->ambiguous_separator;
    q.grouped = d->grouped;
    q.end = q.end_period = d->end;
    if (!d->suffix.empty()) {
      bool cyrillic = false;
      if (const auto f = scale_suffix(d->suffix, &cyrillic)) {
        q.scale = *f;
        q.has_scale = true;
        q.scale_cyrillic = cyrillic;
        if (cyrillic && key(q.end) == "." && glued(q.end))
          q.end_period = q.end + 1;
        return true;
      }
      // Pence are written with a lower-case p ("1,700p"); "4P" is not money.
      if (d->suffix == "p" && ts_.surface(ts_[d->end - 1]).ends_with('p')) {
        q.pence = true;
        return true;
      }
      q.suffix_currency = table_.code(d->suffix);
      return q.suffix_currency.has_value();
    }
    // "$500-million": a hyphen glued on both sides before the scale word.
    std::size_t s = q.end;
    if (key(s) == "-" && glued(s) && glued(s + 1) &&
        !starts_with_digit(ts_, s + 1)) {
      ++s;
    }
    if (const auto scale = parse_scale(ts_, s)) {
      apply_scale(*scale, q);
      compound(q);
    } else if (const auto factor = scale_adjective(key(s));
               factor && s > q.end) {
      // "500-миллионный рублевый": the currency must be an adjective too.
      q.scale = *factor;
      q.has_scale = q.scale_cyrillic = q.adjectival = true;
      q.end = q.end_period = s + 1;
    }
    return true;
  }
  if (const auto w = parse_number_words(ts_, k)) {
    q.vague = w->vague;
    if (!w->vague) q.base = w->value;
    q.end = q.end_period = w->end;
    std::size_t s = w->end;
    if (w->takes_of && key(s) == "of" && parse_scale(ts_, s + 1)) ++s;
    auto scale = parse_scale(ts_, s);
    if (scale && scale->han != w->han) scale.reset();
    if (scale) {
      apply_scale(*scale, q);
      if (!q.vague) compound(q);
    } else if (w->needs_scale) {
      return false;
    }
    return true;
  }
  if (const auto scale = parse_scale(ts_, k)) {
    if (scale->han) return false;
    // "тысячи" is genitive singular after a comparative preposition ("более
    // тысячи долларов" = over a thousand), else plural ("тысячи долларов").
    static constexpr std::string_view kGenitivePrepositions[] = {
        "более", "свыше", "около", "менее", "до", "от", "порядка", "почти"};
    const bool genitive_one =
        key(k) == "тысячи" && k > 0 &&
        std::find(std::begin(kGenitivePrepositions),
                  std::end(kGenitivePrepositions),
                  key(k - 1)) != std::end(kGenitivePrepositions);
    if (scale->bare > 0) {
      q.base = scale->bare;
    } else if (genitive_one) {
      q.base = 1;
    } else if (scale->plural) {
      q.vague = true;
    } else {
      return false;
    }
    apply_scale(*scale, q);
    return true;
  }
  return false;
}

bool Parser::amount(std::size_t k, Amount& a, bool allow_minus) const noexcept {
  a = Amount{};
  a.begin = k;
  if (allow_minus && is_minus(k)) {
    a.negative = true;
    ++k;
  }
  // Signs and codes start with a symbol or a Latin letter and are followed
  // by digits within three tokens ("US $5"): the table is not consulted for
  // other tokens, which keeps the scan fast.
  const bool may_prefix =
      k < n_ &&
      (ts_[k].kind == TokenKind::kSymbol ||
       (ts_[k].kind == TokenKind::kWord &&
        ts_[k].script == text::Script::kLatin)) &&
      (starts_with_digit(ts_, k + 1) || starts_with_digit(ts_, k + 2) ||
       starts_with_digit(ts_, k + 3));
  if (const auto hit =
          may_prefix ? table_.match(ts_, k) : std::optional<CurrencyHit>();
      hit && (hit->info.form == CurrencyForm::kSymbol ||
              hit->info.form == CurrencyForm::kCode)) {
    // A sign or code before the number: the number must be digits.
    if (!starts_with_digit(ts_, hit->end) || !quantity(hit->end, 0, a.q)) {
      return false;
    }
    if (a.q.pence || a.q.suffix_currency) return false;
    a.prefix = hit->info;
    return true;
  }
  // A code glued to its digits: "CNY7.576", "RMB5", "Rmb5bn" (FT style).
  if (k < n_ && ts_[k].kind == TokenKind::kWord && ts_[k].has_digit &&
      (ts_[k].case_class == text::CaseClass::kUpper ||
       ts_[k].case_class == text::CaseClass::kTitle)) {
    const std::string_view kk = key(k);
    if (kk.size() > 3 && kk[3] >= '0' && kk[3] <= '9') {
      if (const auto code = table_.code(kk.substr(0, 3))) {
        if (!quantity(k, 3, a.q) || a.q.pence || a.q.suffix_currency)
          return false;
        a.prefix = code;
        return true;
      }
    }
  }
  if (a.negative && !starts_with_digit(ts_, k)) return false;
  return quantity(k, 0, a.q);
}

// The token after a range connector at `c`, or nullopt.
std::optional<std::size_t> Parser::connector(
    std::size_t c, std::size_t span_begin) const noexcept {
  const std::string_view k = key(c);
  const std::string_view before = span_begin > 0 ? key(span_begin - 1) : "";
  if (k == "-" || k == "to" || k == "至" || k == "到") return c + 1;
  if (k == "до" && before == "от") return c + 1;
  if ((k == "and" && before == "between") || (k == "и" && before == "между")) {
    return c + 1;
  }
  return std::nullopt;
}

// "¥" is yen when "yen", "円", "иен", "JPY" or "日元" is near, or when Japan
// is named near it and China is not ("Rapidus will get ¥590 billion from
// Japan's government").
bool Parser::yen_context(std::size_t i) const noexcept {
  const std::size_t from = i > kYenContextTokens ? i - kYenContextTokens : 0;
  const std::size_t to = std::min(n_, i + kYenContextTokens);
  static constexpr std::string_view kYenWords[] = {
      "yen", "jpy", "円", "иен", "иены", "иена", "йен", "йены", "йена"};
  static constexpr std::string_view kJapanWords[] = {"japan", "japanese",
                                                     "tokyo", "токио"};
  static constexpr std::string_view kChinaWords[] = {
      "china", "chinese", "beijing", "shanghai", "shenzhen",
      "yuan",  "rmb",     "cny",     "renminbi", "元"};
  const auto in = [](std::span<const std::string_view> set,
                     std::string_view k) {
    return std::find(set.begin(), set.end(), k) != set.end();
  };
  bool japan = false;
  bool china = false;
  for (std::size_t j = from; j < to; ++j) {
    const std::string_view k = key(j);
    if (in(kYenWords, k)) return true;
    if (k == "日" && key(j + 1) == "元" && glued(j + 1)) return true;
    japan = japan || in(kJapanWords, k) || k.starts_with("япон") ||
            (k == "日" && key(j + 1) == "本" && glued(j + 1));
    china = china || in(kChinaWords, k) || k.starts_with("китай") ||
            k.starts_with("юан") || k.starts_with("пекин") ||
            (k == "中" && key(j + 1) == "国" && glued(j + 1));
  }
  return japan && !china;
}

// "рублевый", "долларового", "юаневый": the currency of an adjectival
// amount ("500-миллионный рублевый кредит").
std::optional<CurrencyHit> Parser::currency_adjective(
    std::size_t i) const noexcept {
  struct Adjective {
    std::string_view stem;
    std::string_view code;
    bool ambiguous;
  };
  static constexpr Adjective kAdjectives[] = {{"рублев", "RUB", false},
                                              {"долларов", "USD", true},
                                              {"юанев", "CNY", false},
                                              {"юаньск", "CNY", false}};
  static constexpr std::string_view kEndings[] = {"ый",  "ая", "ое",  "ые",
                                                  "ого", "ой", "ых",  "ым",
                                                  "ому", "ую", "ыми", "ом"};
  const std::string_view k = key(i);
  for (const Adjective& a : kAdjectives) {
    if (!k.starts_with(a.stem)) continue;
    const std::string_view ending = k.substr(a.stem.size());
    if (std::find(std::begin(kEndings), std::end(kEndings), ending) ==
        std::end(kEndings)) {
      return std::nullopt;
    }
    CurrencyHit hit;
    hit.info.code = CurrencyTable::intern(a.code);
    hit.info.ambiguous = a.ambiguous;
    hit.info.cyrillic = true;
    hit.end = i + 1;
    return hit;
  }
  return std::nullopt;
}

std::optional<double> value_of(const Quantity& q, const Quantity& scale_from,
                               bool russian_currency) noexcept {
  if (q.vague) return std::nullopt;
  std::optional<double> base = q.base;
  if (q.ambiguous_separator == ',' && scale_from.has_scale &&
      scale_from.scale_cyrillic) {
    base = q.alt_base;  // "6,355 млрд": decimal comma
  }
  if (q.ambiguous_separator == '.' && !scale_from.has_scale &&
      russian_currency) {
    base = q.alt_base;  // "10.000 руб.": grouping period
  }
  if (!base) return std::nullopt;
  const double v = *base * scale_from.scale + q.extra;
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<MoneyMatch> Parser::match_at(std::size_t i) const noexcept {
  if (inside_number(i)) return std::nullopt;
  Amount first;
  if (!amount(i, first, true)) return std::nullopt;

  // A range: amount, connector, amount. Its second half must agree with the
  // first on where the currency is written.
  std::optional<Amount> second;
  if (!first.q.vague && !first.q.pence && !first.q.suffix_currency) {
    if (const auto c = connector(first.q.end, first.begin)) {
      Amount a;
      if (amount(*c, a, false) && !a.q.vague && !a.q.pence &&
          !a.q.suffix_currency) {
        bool ok = false;
        if (first.prefix) {
          ok = a.prefix ? a.prefix->code == first.prefix->code
                        : (key(first.q.end) == "-" || a.q.has_scale);
        } else {
          ok = !a.prefix;
        }
        if (ok) second = a;
      }
    }
  }
  const Amount& last = second ? *second : first;
  const std::optional<CurrencyInfo> prefix = first.prefix;

  // The currency after the number, when there is one.
  std::size_t pos = last.q.end_period;
  if (last.q.vague && key(pos) == "of") ++pos;
  std::optional<CurrencyHit> hit = table_.match(ts_, pos);
  // "10-billion-dollar": a hyphen glued between a scale and a name.
  if (!hit && last.q.has_scale && key(pos) == "-" && glued(pos) &&
      glued(pos + 1)) {
    hit = table_.match(ts_, pos + 1);
    if (hit && hit->info.form != CurrencyForm::kName) hit.reset();
  }
  if (last.q.adjectival) hit = currency_adjective(pos);
  if (hit &&
      (hit->info.form == CurrencyForm::kSymbol ||
       hit->info.form == CurrencyForm::kCode) &&
      (starts_with_digit(ts_, hit->end) || table_.match(ts_, hit->end))) {
    hit.reset();  // "... 2025 $5 billion": the sign starts the next amount
  }

  CurrencyInfo currency;
  std::size_t end = last.q.end;
  double divisor = 1;
  std::optional<double> minor;
  if (prefix) {
    currency = *prefix;
    if (hit && hit->info.form != CurrencyForm::kSymbol &&
        hit->info.form != CurrencyForm::kMinor &&
        compatible(*prefix, hit->info)) {
      if (prefix->ambiguous && !hit->info.ambiguous) currency = hit->info;
      end = hit->end;
    }
  } else if (last.q.suffix_currency) {
    currency = *last.q.suffix_currency;
  } else if (last.q.pence) {
    if (second ||
        (!last.q.grouped && last.q.base && is_resolution(*last.q.base))) {
      return std::nullopt;
    }
    currency.code = CurrencyTable::intern("GBP");
    divisor = 100;
  } else {
    if (!hit) return std::nullopt;
    currency = hit->info;
    end = hit->end;
    if (currency.form == CurrencyForm::kMinor) divisor = 100;
    // "元人民币": a name glued to another name of the same currency.
    if (currency.form == CurrencyForm::kName && glued(end)) {
      const auto more = table_.match(ts_, end);
      if (more && more->info.form == CurrencyForm::kName &&
          more->info.code == currency.code) {
        currency.ambiguous = currency.ambiguous && more->info.ambiguous;
        end = more->end;
      }
    }
    // "3 dollars 50 cents".
    if (currency.form == CurrencyForm::kName && !second && !last.q.vague &&
        starts_with_digit(ts_, end)) {
      const auto d = parse_digits(ts_, end);
      if (d && d->suffix.empty() && d->value) {
        const auto m = table_.match(ts_, d->end);
        if (m && m->info.form == CurrencyForm::kMinor &&
            m->info.code == currency.code) {
          minor = *d->value / 100;
          end = m->end;
        }
      }
    }
  }
  if (currency.code.empty()) return std::nullopt;
  if (currency.ambiguous && currency.family == 'Y' &&
      currency.form == CurrencyForm::kSymbol && yen_context(i)) {
    currency.code = CurrencyTable::intern("JPY");
  }

  const bool russian = currency.cyrillic || currency.code == "RUB";
  const Quantity& scale_from =
      (second && !first.q.has_scale) ? second->q : first.q;
  MoneyMatch m;
  m.begin = ts_[first.begin].begin;
  m.end = ts_[end - 1].end;
  m.currency = currency.code;
  m.currency_ambiguous = currency.ambiguous;
  m.amount = value_of(first.q, scale_from, russian);
  if (m.amount) {
    *m.amount /= divisor;
    if (minor) *m.amount += *minor;
    if (first.negative) *m.amount = -*m.amount;
  }
  if (second) {
    m.amount_max = value_of(second->q, second->q, russian);
    if (m.amount_max) *m.amount_max /= divisor;
    if (!m.amount || !m.amount_max) m.amount.reset(), m.amount_max.reset();
  }
  return m;
}

}  // namespace

namespace {

// Immutable once built; C++ guarantees the one-time initialization is
// thread-safe.
const CurrencyTable& shared_currency_table() {
  static const CurrencyTable table;
  return table;
}

// The keys a token without digits that begins an amount can have: number
// and scale words, the first token of every currency form ("$", "USD 5",
// "доллар"), and the minus sign. A bit filter and one lookup tell most
// words and punctuation of a text that no amount starts there.
const StartingWords& shared_starting_words() {
  static const StartingWords words = [] {
    StartingWords w;
    add_number_word_keys(w.keys);
    w.keys.intern("-");  // "-$5 million"; every dash folds to "-"
    w.keys.intern_all(shared_currency_table().first_keys());
    w.filter = util::BitFilter::of_keys(w.keys);
    return w;
  }();
  return words;
}

}  // namespace

MoneyGrammar::MoneyGrammar()
    : currencies_(&shared_currency_table()),
      starting_words_(&shared_starting_words()) {}

void MoneyGrammar::find(const TokenStream& tokens,
                        std::vector<MoneyMatch>& out) const {
  const Parser parser(tokens, *currencies_);
  for (std::size_t i = 0; i < tokens.size();) {
    // Money starts with digits, a currency sign, a minus, a Han numeral, a
    // number word or a currency code ("USD 5"): any other token is skipped
    // without trying the grammar.
    const text::Token& token = tokens[i];
    if (!token.has_digit && token.kind != TokenKind::kHan &&
        !starting_words_->contains(tokens.key(token), token.key_hash)) {
      ++i;
      continue;
    }
    const std::optional<MoneyMatch> m = parser.match_at(i);
    if (!m) {
      ++i;
      continue;
    }
    try {
      out.push_back(*m);
    } catch (const std::bad_alloc&) {
      return;  // keep what was found; find() never throws
    }
    // Resume at the first token after the span.
    while (i < tokens.size() && tokens[i].begin < m->end) ++i;
  }
}

}  // namespace chipner::grammar
