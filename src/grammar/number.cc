#include "grammar/number.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <span>
#include <string_view>

#include "grammar/number_words.h"
#include "text/utf8.h"
#include "util/flat_hash.h"

namespace chipner::grammar {
namespace {

using text::Token;
using text::TokenKind;
using text::TokenStream;

bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::size_t leading_digits(std::string_view s) noexcept {
  std::size_t n = 0;
  while (n < s.size() && is_ascii_digit(s[n])) ++n;
  return n;
}

// A suffix is letters only: "bn", "p", "млн". Digits after letters ("5g5")
// make the token a model name, not a number.
bool is_letter_suffix(std::string_view s) noexcept {
  return std::ranges::all_of(s, [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return !is_ascii_digit(c) &&
           (u >= 0x80 || ((u | 0x20U) >= 'a' && (u | 0x20U) <= 'z'));
  });
}

// Builds a plain decimal from integer digit groups and a fraction, without
// allocating, and converts it. Leading zeros do not count toward the limit.
class DecimalBuilder {
 public:
  void add_int(std::string_view digits) noexcept {
    for (const char c : digits) {
      if (len_ == 0 && c == '0') continue;
      push(c);
    }
  }
  void add_fraction(std::string_view digits) noexcept {
    if (digits.empty()) return;
    if (len_ == 0) push('0');
    push('.');
    for (const char c : digits) push(c);
  }
  [[nodiscard]] std::optional<double> value() const noexcept {
    if (overflow_) return std::nullopt;
    if (len_ == 0) return 0.0;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(buf_.data(), buf_.data() + len_, v);
    if (ec != std::errc() || ptr != buf_.data() + len_ || !std::isfinite(v)) {
      return std::nullopt;
    }
    return v;
  }

 private:
  void push(char c) noexcept {
    if (len_ >= kMaxSignificantChars + 2) {
      overflow_ = true;
      return;
    }
    buf_[len_++] = c;
  }
  std::array<char, kMaxSignificantChars + 2> buf_{};
  std::size_t len_ = 0;
  bool overflow_ = false;
};

// True when exactly one space-like code point separates tokens j-1 and j:
// "500 000" with a space, NBSP, thin or narrow no-break space. A line break
// or two spaces end the number.
bool single_space_before(const TokenStream& ts, std::size_t j) noexcept {
  const std::string_view text = ts.text();
  const std::size_t from = ts[j - 1].end;
  const std::size_t to = ts[j].begin;
  if (from >= to) return false;
  const text::CodePoint cp = text::decode_utf8(text, from);
  if (!cp.valid || from + cp.length != to) return false;
  switch (cp.value) {
    case U' ':
    case 0x00A0:  // no-break space
    case 0x2007:  // figure space
    case 0x2008:  // punctuation space
    case 0x2009:  // thin space
    case 0x202F:  // narrow no-break space
      return true;
    default:
      return false;
  }
}

}  // namespace

bool starts_with_digit(const TokenStream& ts, std::size_t i) noexcept {
  if (i >= ts.size() || ts[i].kind != TokenKind::kWord) return false;
  const std::string_view key = ts.key(ts[i]);
  return !key.empty() && is_ascii_digit(key[0]);
}

std::optional<double> parse_decimal(std::string_view text) noexcept {
  const std::size_t n = leading_digits(text);
  if (n == 0) return std::nullopt;
  DecimalBuilder b;
  b.add_int(text.substr(0, n));
  if (n < text.size()) {
    if (text[n] != '.' && text[n] != ',') return std::nullopt;
    const std::string_view frac = text.substr(n + 1);
    if (frac.empty() || leading_digits(frac) != frac.size())
      return std::nullopt;
    b.add_fraction(frac);
  }
  return b.value();
}

std::optional<DigitNumber> parse_digits(const TokenStream& ts, std::size_t i,
                                        std::size_t skip) noexcept {
  if (i >= ts.size() || ts[i].kind != TokenKind::kWord) return std::nullopt;
  std::string_view key = ts.key(ts[i]);
  if (skip >= key.size()) return std::nullopt;
  key.remove_prefix(skip);
  const std::size_t n0 = leading_digits(key);
  if (n0 == 0 || !is_letter_suffix(key.substr(n0))) return std::nullopt;

  std::array<std::string_view, kMaxDigitGroups + 1> groups{};
  std::array<char, kMaxDigitGroups> seps{};
  std::size_t count = 1;
  groups[0] = key.substr(0, n0);
  DigitNumber result;
  result.suffix = key.substr(n0);
  std::size_t j = i + 1;
  while (result.suffix.empty() && j < ts.size()) {
    const Token& t = ts[j];
    const std::string_view tk = ts.key(t);
    if (t.kind == TokenKind::kSymbol && !t.space_before &&
        (tk == "," || tk == ".") && j + 1 < ts.size() &&
        !ts[j + 1].space_before && starts_with_digit(ts, j + 1)) {
      const std::string_view next = ts.key(ts[j + 1]);
      const std::size_t nd = leading_digits(next);
      if (!is_letter_suffix(next.substr(nd))) return std::nullopt;
      if (count > kMaxDigitGroups) return std::nullopt;
      seps[count - 1] = tk[0];
      groups[count++] = next.substr(0, nd);
      result.suffix = next.substr(nd);
      j += 2;
      continue;
    }
    // A space group: exactly three digits after a one-to-three digit head,
    // and only before any "," or "." ("1 234,5" but not "1,234 567").
    const bool spaces_so_far =
        std::all_of(seps.begin(), seps.begin() + (count - 1),
                    [](char c) { return c == ' '; });
    if (t.kind == TokenKind::kWord && t.space_before && t.all_digits &&
        tk.size() == 3 && groups[0].size() <= 3 && spaces_so_far &&
        single_space_before(ts, j)) {
      if (count > kMaxDigitGroups) return std::nullopt;
      seps[count - 1] = ' ';
      groups[count++] = tk;
      ++j;
      continue;
    }
    break;
  }
  result.end = j;

  const std::size_t nseps = count - 1;
  result.grouped = nseps > 0;
  // Grouping is valid when the head has 1-3 digits and every later group
  // up to `last` (exclusive) has exactly three.
  const auto grouping_ok = [&](std::size_t last) {
    if (groups[0].size() > 3) return false;
    for (std::size_t g = 1; g < last; ++g) {
      if (groups[g].size() != 3) return false;
    }
    return true;
  };
  DecimalBuilder main;
  if (nseps == 0) {
    main.add_int(groups[0]);
  } else {
    const char last = seps[nseps - 1];
    bool same = true;
    for (std::size_t s = 0; s + 1 < nseps; ++s)
      same = same && seps[s] == seps[0];
    if (same && seps[0] == last) {
      if (last == ' ' || nseps >= 2) {
        if (!grouping_ok(count)) return std::nullopt;
        for (std::size_t g = 0; g < count; ++g) main.add_int(groups[g]);
      } else if (groups[1].size() != 3 || groups[0].size() > 3 ||
                 groups[0] == "0") {
        main.add_int(groups[0]);
        main.add_fraction(groups[1]);
        result.has_fraction = true;
      } else {
        // "1,700" or "7.576": both readings are plausible.
        DecimalBuilder thousands;
        thousands.add_int(groups[0]);
        thousands.add_int(groups[1]);
        DecimalBuilder decimal;
        decimal.add_int(groups[0]);
        decimal.add_fraction(groups[1]);
        result.ambiguous_separator = last;
        result.value = last == ',' ? thousands.value() : decimal.value();
        result.alt_value = last == ',' ? decimal.value() : thousands.value();
        result.has_fraction = last == '.';
        return result;
      }
    } else {
      // Mixed: the last separator is the decimal mark, the others group.
      if (!same || seps[0] == last || last == ' ' || !grouping_ok(count - 1)) {
        return std::nullopt;
      }
      for (std::size_t g = 0; g + 1 < count; ++g) main.add_int(groups[g]);
      main.add_fraction(groups[count - 1]);
      result.has_fraction = true;
    }
  }
  result.value = main.value();
  return result;
}

std::optional<double> scale_suffix(std::string_view key,
                                   bool* cyrillic) noexcept {
  struct Entry {
    std::string_view key;
    double factor;
    bool cyrillic;
  };
  static constexpr Entry kSuffixes[] = {
      {"k", 1e3, false},         {"m", 1e6, false},
      {"mm", 1e6, false},        {"mn", 1e6, false},
      {"mln", 1e6, false},       {"b", 1e9, false},
      {"bn", 1e9, false},        {"bln", 1e9, false},
      {"tn", 1e12, false},       {"trn", 1e12, false},
      {"тыс", 1e3, true},        {"млн", 1e6, true},
      {"млрд", 1e9, true},       {"трлн", 1e12, true},
      {"million", 1e6, false},   {"billion", 1e9, false},
      {"trillion", 1e12, false},
  };
  for (const Entry& e : kSuffixes) {
    if (e.key == key) {
      if (cyrillic != nullptr) *cyrillic = e.cyrillic;
      return e.factor;
    }
  }
  return std::nullopt;
}

namespace {

// Russian scale nouns: stem, factor, and which endings are singular (the
// word alone means one: "миллиард долларов") or plural (vague alone:
// "миллиарды долларов").
struct RussianScale {
  std::string_view stem;
  double factor;
  std::span<const std::string_view> singular;
  std::span<const std::string_view> plural;
};
constexpr std::string_view kMaleSingular[] = {"", "а", "у", "ом", "е"};
constexpr std::string_view kMalePlural[] = {"ы", "ов", "ам", "ами", "ах"};
// "тысячи" is genitive singular and nominative plural; alone it is read as
// the plural "thousands" (vague), the more frequent sense in news text.
constexpr std::string_view kFemSingular[] = {"а", "е", "у", "ей", "ью"};
constexpr std::string_view kFemPlural[] = {"", "и", "ам", "ами", "ах"};
constexpr RussianScale kRussianScales[] = {
    {"тысяч", 1e3, kFemSingular, kFemPlural},
    {"миллион", 1e6, kMaleSingular, kMalePlural},
    {"миллиард", 1e9, kMaleSingular, kMalePlural},
    {"триллион", 1e12, kMaleSingular, kMalePlural},
};

bool contains(std::span<const std::string_view> set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::optional<double> han_multiplier(std::string_view key) noexcept {
  if (key == "十") return 1e1;
  if (key == "百") return 1e2;
  if (key == "千") return 1e3;
  if (key == "万" || key == "萬") return 1e4;
  if (key == "亿" || key == "億") return 1e8;
  return std::nullopt;
}

bool has_adjective_ending(std::string_view ending) noexcept {
  static constexpr std::string_view kEndings[] = {
      "ый", "ий", "ая",  "ое", "ые",  "ого", "ой",
      "ых", "ым", "ому", "ую", "ыми", "ом"};
  return contains(kEndings, ending);
}

// Every written form of a scale word, built once from the lists above:
// parse_scale() is then one hash lookup, which matters because the money
// grammar asks it of every word that might begin an amount.
struct ScaleWord {
  double factor = 1;
  double bare = 0;  // Scale::bare
  bool plural = false;
  bool cyrillic = false;
  bool abbreviation = false;  // takes a glued period: "млн."
};

class ScaleWords {
 public:
  ScaleWords() {
    struct Latin {
      std::string_view key;
      double factor;
    };
    static constexpr Latin kLatin[] = {
        {"thousand", 1e3},  {"million", 1e6}, {"billion", 1e9},
        {"trillion", 1e12}, {"mn", 1e6},      {"mln", 1e6},
        {"bn", 1e9},        {"bln", 1e9},     {"tn", 1e12},
        {"trn", 1e12},
    };
    for (const Latin& w : kLatin) {
      add(w.key, {w.factor, 0, false, false, false});
      // "billions"; not "bns".
      if (w.key.size() > 3)
        add(std::string(w.key) + "s", {w.factor, 0, true, false, false});
    }
    static constexpr std::pair<std::string_view, double> kAbbreviations[] = {
        {"тыс", 1e3}, {"млн", 1e6}, {"млрд", 1e9}, {"трлн", 1e12}};
    for (const auto& [abbreviation, factor] : kAbbreviations)
      add(abbreviation, {factor, 0, false, true, true});
    for (const RussianScale& r : kRussianScales) {
      const std::string stem(r.stem);
      for (const std::string_view ending : r.plural)
        add(stem + std::string(ending), {r.factor, 0, true, true, false});
      for (const std::string_view ending : r.singular)
        add(stem + std::string(ending), {r.factor, 1, false, true, false});
      // "полмиллиарда": half of the scale, a complete quantity by itself.
      for (const std::string_view ending : {"а", "и"})
        add("пол" + stem + std::string(ending),
            {r.factor, 0.5, false, true, false});
    }
  }

  [[nodiscard]] const util::StringIdTable& keys() const noexcept {
    return keys_;
  }

  [[nodiscard]] const ScaleWord* find(std::string_view key,
                                      std::uint64_t hash) const noexcept {
    const std::uint32_t id = keys_.find(key, hash);
    return id == util::StringIdTable::kMissing ? nullptr : &words_[id];
  }

 private:
  void add(std::string_view key, const ScaleWord& word) {
    // The first reading of a form wins, as in a scan of the lists.
    if (keys_.intern(key) == words_.size()) words_.push_back(word);
  }

  util::StringIdTable keys_;
  std::vector<ScaleWord> words_;
};

const ScaleWords& scale_words() {
  static const ScaleWords words;
  return words;
}

}  // namespace

std::optional<double> scale_adjective(std::string_view key) noexcept {
  for (const RussianScale& r : kRussianScales) {
    if (key.starts_with(r.stem) && key.substr(r.stem.size()).starts_with("н") &&
        has_adjective_ending(
            key.substr(r.stem.size() + std::string_view("н").size()))) {
      return r.factor;
    }
  }
  return std::nullopt;
}

std::optional<Scale> parse_scale(const TokenStream& ts,
                                 std::size_t i) noexcept {
  if (i >= ts.size()) return std::nullopt;
  const Token& t = ts[i];
  const std::string_view key = ts.key(t);
  Scale s;
  s.end = s.end_period = i + 1;
  if (t.kind == TokenKind::kHan) {
    // 千万 = 1e7, 万亿 = 1e12: consecutive multipliers multiply.
    std::size_t j = i;
    double factor = 1;
    while (j < ts.size() && j < i + 4 && ts[j].kind == TokenKind::kHan &&
           (j == i || !ts[j].space_before)) {
      const auto m = han_multiplier(ts.key(ts[j]));
      if (!m) break;
      factor *= *m;
      ++j;
    }
    if (j == i) return std::nullopt;
    s.end = s.end_period = j;
    s.factor = factor;
    s.han = true;
    return s;
  }
  if (t.kind != TokenKind::kWord || !t.has_letter || t.has_digit) {
    return std::nullopt;
  }
  const ScaleWord* word = scale_words().find(key, t.key_hash);
  if (word == nullptr || t.script != (word->cyrillic ? text::Script::kCyrillic
                                                     : text::Script::kLatin)) {
    return std::nullopt;
  }
  s.factor = word->factor;
  s.bare = word->bare;
  s.plural = word->plural;
  s.cyrillic = word->cyrillic;
  // "млн." with its period.
  if (word->abbreviation && i + 1 < ts.size() && !ts[i + 1].space_before &&
      ts.key(ts[i + 1]) == ".") {
    s.end_period = i + 2;
  }
  return s;
}

namespace {

using number_words::kSortedNumberWords;
using number_words::NumberWord;
using number_words::WordKind;
using K = WordKind;

static_assert(
    std::adjacent_find(kSortedNumberWords.begin(), kSortedNumberWords.end(),
                       [](const NumberWord& a, const NumberWord& b) {
                         return a.key == b.key;
                       }) == kSortedNumberWords.end(),
    "number word keys must be unique: find_word() maps ids to indices");

// The number words by key, built once: a hash lookup per word instead of a
// binary search with a string compare per step.
const util::StringIdTable& number_word_index() {
  static const util::StringIdTable index = [] {
    util::StringIdTable table;
    // Keys are unique (number_words.h), so a word's id is its index.
    for (const NumberWord& word : kSortedNumberWords) table.intern(word.key);
    return table;
  }();
  return index;
}

const NumberWord* find_word(const TokenStream& ts, std::size_t i) noexcept {
  if (i >= ts.size() || ts[i].kind != TokenKind::kWord || ts[i].has_digit) {
    return nullptr;
  }
  const std::uint32_t id =
      number_word_index().find(ts.key(ts[i]), ts[i].key_hash);
  return id == util::StringIdTable::kMissing ? nullptr
                                             : &kSortedNumberWords[id];
}

bool key_is(const TokenStream& ts, std::size_t i, std::string_view key) {
  return i < ts.size() && ts.key(ts[i]) == key;
}

// Reads "seven", "twenty", "twenty-five", "twenty five", "fifteen",
// "двадцать пять" at j; adds to `value`. Returns the index past it.
std::size_t read_below_hundred(const TokenStream& ts, std::size_t j,
                               double& value) noexcept {
  const NumberWord* w = find_word(ts, j);
  if (w == nullptr) return j;
  if (w->kind == K::kUnit || w->kind == K::kTeen) {
    value += w->value;
    return j + 1;
  }
  if (w->kind != K::kTen) return j;
  value += w->value;
  ++j;
  // "twenty-five": the hyphen is glued on both sides.
  std::size_t k = j;
  if (key_is(ts, k, "-") && !ts[k].space_before && k + 1 < ts.size() &&
      !ts[k + 1].space_before) {
    ++k;
  }
  const NumberWord* unit = find_word(ts, k);
  if (unit != nullptr && unit->kind == K::kUnit) {
    value += unit->value;
    return k + 1;
  }
  return j;
}

std::optional<double> han_digit(std::string_view key) noexcept {
  static constexpr std::string_view kDigits[] = {"零", "一", "二", "三", "四",
                                                 "五", "六", "七", "八", "九"};
  for (std::size_t d = 0; d < std::size(kDigits); ++d) {
    if (key == kDigits[d]) return static_cast<double>(d);
  }
  if (key == "〇") return 0.0;
  if (key == "两") return 2.0;
  return std::nullopt;
}

// Chinese numerals below ten thousand: 三, 十五, 三千五百, 两千.
std::optional<WordNumber> parse_han(const TokenStream& ts, std::size_t i) {
  double total = 0;
  double current = 0;
  bool any = false;
  std::size_t j = i;
  while (j < ts.size() && j < i + 8 && ts[j].kind == TokenKind::kHan &&
         (j == i || !ts[j].space_before)) {
    const std::string_view key = ts.key(ts[j]);
    if (const auto d = han_digit(key)) {
      current = *d;
    } else if (key == "十" || key == "百" || key == "千") {
      const double unit = key == "十" ? 10 : key == "百" ? 100 : 1000;
      total += (current == 0 ? 1 : current) * unit;
      current = 0;
    } else {
      break;
    }
    any = true;
    ++j;
  }
  if (!any) return std::nullopt;
  WordNumber n;
  n.end = j;
  n.value = total + current;
  n.han = true;
  return n;
}

}  // namespace

std::optional<WordNumber> parse_number_words(const TokenStream& ts,
                                             std::size_t i) noexcept {
  if (i >= ts.size()) return std::nullopt;
  if (ts[i].kind == TokenKind::kHan) return parse_han(ts, i);
  const NumberWord* w = find_word(ts, i);
  if (w == nullptr) return std::nullopt;
  WordNumber n;
  switch (w->kind) {
    case K::kVague:
    case K::kVagueOf: {
      // "several hundred", "нескольких десятков", "several tens of".
      std::size_t j = i + 1;
      const NumberWord* last = w;
      while (j < i + 3) {
        const NumberWord* next = find_word(ts, j);
        if (next == nullptr ||
            (next->kind != K::kVague && next->kind != K::kVagueOf &&
             next->kind != K::kHundred)) {
          break;
        }
        last = next;
        ++j;
      }
      n.end = j;
      n.vague = true;
      n.takes_of = last->kind == K::kVagueOf;
      return n;
    }
    case K::kA: {
      const NumberWord* next = find_word(ts, i + 1);
      if (next != nullptr && next->kind == K::kFew) {
        n.end = i + 2;
        n.vague = true;
        return n;
      }
      if (next != nullptr && next->kind == K::kHalf) {
        n.end = i + 2;
        n.value = 0.5;
        n.needs_scale = true;
        return n;
      }
      if (next != nullptr && next->kind == K::kHundred) {
        double below = 0;
        n.end = read_below_hundred(ts, i + 2, below);
        n.value = 100 + below;
        return n;
      }
      n.end = i + 1;
      n.value = 1;
      n.needs_scale = true;
      return n;
    }
    case K::kHalf: {
      const NumberWord* next = find_word(ts, i + 1);
      if (next == nullptr || next->kind != K::kA) return std::nullopt;
      n.end = i + 2;
      n.value = 0.5;
      n.needs_scale = true;
      return n;
    }
    case K::kOneAndHalf:
      n.end = i + 1;
      n.value = 1.5;
      return n;
    case K::kFew:
      return std::nullopt;
    default:
      break;
  }
  // A cardinal: [сто..девятьсот] [tens] [unit|teen] in Russian, or
  // [below-hundred] [hundred [and] [below-hundred]] in English.
  double value = 0;
  std::size_t j = i;
  if (w->kind == K::kRuHundred) {
    value = w->value;
    ++j;
  }
  j = read_below_hundred(ts, j, value);
  if (key_is(ts, j, "hundred") && w->kind != K::kRuHundred) {
    value = (value == 0 ? 1 : value) * 100;
    ++j;
    std::size_t k = key_is(ts, j, "and") ? j + 1 : j;
    double below = 0;
    const std::size_t after = read_below_hundred(ts, k, below);
    if (after != k) {
      value += below;
      j = after;
    }
  }
  if (j == i) return std::nullopt;
  // "one and a half billion".
  if (key_is(ts, j, "and") && key_is(ts, j + 1, "a") &&
      key_is(ts, j + 2, "half")) {
    value += 0.5;
    j += 3;
  }
  n.end = j;
  n.value = value;
  return n;
}

void add_number_word_keys(util::StringIdTable& keys) {
  for (const NumberWord& word : kSortedNumberWords) keys.intern(word.key);
  keys.intern_all(scale_words().keys());
}

}  // namespace chipner::grammar
