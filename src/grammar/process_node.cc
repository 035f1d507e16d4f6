#include "grammar/process_node.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "grammar/number.h"

namespace chipner::grammar {
namespace {

using text::Token;
using text::TokenStream;

// Scale to nanometres of a unit word (folded key), 0 if it is no unit.
double unit_scale(std::string_view key) {
  static constexpr std::array<std::string_view, 4> kNanometreStems{
      "nanometer", "nanometre", "нанометр", "нанометров"};
  if (key == "nm" || key == "нм") return 1;
  for (const std::string_view stem : kNanometreStems) {
    if (key.starts_with(stem)) return 1;
  }
  if (key == "мкм" || key == "μm" || key.starts_with("micron") ||
      key.starts_with("микрон")) {
    return 1000;
  }
  return 0;
}

// A word that says the length next to it is not a manufacturing process.
bool is_negative_context(std::string_view key) {
  static constexpr std::array<std::string_view, 26> kPrefixes{
      "wavelength", "излучени", "длин",       "волн",      "thick",   "толщин",
      "pitch",      "шаг",      "resolution", "разрешени", "light",   "свет",
      "laser",      "лазер",    "arf",        "krf",       "excimer", "эксимер",
      "fluorid",    "fluorin",  "фтор",       "argon",     "аргон",   "krypton",
      "криптон",    "mercury"};
  return std::ranges::any_of(kPrefixes, [&](std::string_view prefix) {
    return key.starts_with(prefix);
  });
}

// Wavelengths of lithography light (EUV 13.5, ArF immersion's effective 134,
// F2 157, ArF 193, KrF 248, the mercury i/h/g lines 365, 405, 436 nm): lengths
// that are discussed next to nodes but never name one.
bool is_litho_wavelength(double nm) {
  static constexpr std::array<double, 8> kWavelengths{13.5, 134, 157, 193,
                                                      248,  365, 405, 436};
  return std::find(kWavelengths.begin(), kWavelengths.end(), nm) !=
         kWavelengths.end();
}

std::size_t leading_digits(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  return n;
}

// A number that starts at token `i`: "7", "1,4", "1.4", or the digits at the
// front of "4nm". `next` is the first token after it; `suffix` is what
// follows the digits inside the last token ("nm" of "4nm").
struct Number {
  double value = 0;
  std::size_t next = 0;
  std::string_view suffix;
};

std::optional<Number> read_number(const TokenStream& ts, std::size_t i) {
  const std::string_view first = ts.key(ts[i]);
  const std::size_t int_digits = leading_digits(first);
  if (int_digits == 0 || int_digits > 6) return std::nullopt;
  Number number;
  std::string_view fraction;
  std::size_t last = i;
  std::string_view last_key = first;
  std::size_t last_digits = int_digits;
  if (int_digits == first.size() && i + 2 < ts.size()) {
    const std::string_view sep = ts.key(ts[i + 1]);
    const Token& after = ts[i + 2];
    const std::string_view after_key = ts.key(after);
    const std::size_t frac_digits = leading_digits(after_key);
    if ((sep == "," || sep == ".") && !ts[i + 1].space_before &&
        !after.space_before && frac_digits > 0 && frac_digits <= 3) {
      fraction = after_key.substr(0, frac_digits);
      last = i + 2, last_key = after_key, last_digits = frac_digits;
    }
  }
  std::string digits(first.substr(0, int_digits));
  if (!fraction.empty()) digits.append(".").append(fraction);
  const auto value = parse_decimal(digits);
  if (!value) return std::nullopt;
  number.value = *value;
  number.next = last + 1;
  number.suffix = last_key.substr(last_digits);
  return number;
}

struct Unit {
  double scale = 0;
  std::size_t last = 0;  // last token of the unit and its suffixes
};

// The unit after a number, starting with the suffix inside its last token.
std::optional<Unit> read_unit(const TokenStream& ts, const Number& number) {
  const std::size_t n = ts.size();
  Unit unit;
  std::size_t j = number.next;
  if (!number.suffix.empty()) {
    unit.scale = unit_scale(number.suffix);
    if (unit.scale == 0) return std::nullopt;
    unit.last = j - 1;
  } else if (j < n && ts.key(ts[j]) == "-" && !ts[j].space_before &&
             j + 1 < n && !ts[j + 1].space_before &&
             unit_scale(ts.key(ts[j + 1])) > 0) {
    unit.scale = unit_scale(ts.key(ts[j + 1]));
    unit.last = j + 1;
  } else if (j < n && unit_scale(ts.key(ts[j])) > 0) {
    unit.scale = unit_scale(ts.key(ts[j]));
    unit.last = j;
  } else if (j + 1 < n && ts.key(ts[j]) == "纳" && ts.key(ts[j + 1]) == "米") {
    unit.scale = 1;
    unit.last = j + 1;
  } else {
    return std::nullopt;
  }
  // "-class", "-nanometer" after "nm": inside the span.
  j = unit.last + 1;
  if (j + 1 < n && ts.key(ts[j]) == "-" && !ts[j].space_before &&
      !ts[j + 1].space_before) {
    const std::string_view word = ts.key(ts[j + 1]);
    if (word == "class" || unit_scale(word) > 0) unit.last = j + 1;
  }
  return unit;
}

bool continues_number(const TokenStream& ts, std::size_t i) {
  if (i == 0 || ts[i].space_before) return false;
  const Token& previous = ts[i - 1];
  const std::string_view key = ts.key(previous);
  // Inside "1,4" or "N+2", or right after letters ("SF3"): not a size start.
  return previous.has_digit || previous.has_letter || key == "," ||
         key == "." || key == "+";
}

bool in_negative_context(const TokenStream& ts, std::size_t first,
                         std::size_t last) {
  constexpr std::size_t kWindow = 3;
  const std::size_t from = first > kWindow ? first - kWindow : 0;
  const std::size_t to = std::min(ts.size(), last + 1 + kWindow);
  for (std::size_t k = from; k < to; ++k) {
    if ((k < first || k > last) && is_negative_context(ts.key(ts[k])))
      return true;
  }
  return false;
}

}  // namespace

void ProcessNodeGrammar::find(const TokenStream& ts,
                              std::vector<NodeMatch>& out) const {
  const std::size_t n = ts.size();
  std::size_t i = 0;
  while (i < n) {
    if (!ts[i].has_digit || continues_number(ts, i)) {
      ++i;
      continue;
    }
    auto number = read_number(ts, i);
    if (!number) {
      ++i;
      continue;
    }
    std::optional<double> nm;
    bool range = false;
    // "28/22nm", "130-250 нм": a second size before the one unit.
    if (number->suffix.empty() && number->next + 1 < n) {
      const std::string_view sep = ts.key(ts[number->next]);
      if ((sep == "/" || sep == "-") && !ts[number->next + 1].space_before &&
          !ts[number->next].space_before && ts[number->next + 1].has_digit) {
        if (auto second = read_number(ts, number->next + 1)) {
          number = second;
          range = true;
        }
      }
    }
    const auto unit = read_unit(ts, *number);
    if (!unit || in_negative_context(ts, i, unit->last) ||
        (!range && unit->scale == 1 && is_litho_wavelength(number->value))) {
      i = number->next;
      continue;
    }
    if (!range) nm = number->value * unit->scale;
    out.push_back({ts[i].begin, ts[unit->last].end, nm});
    i = unit->last + 1;
  }
}

}  // namespace chipner::grammar
