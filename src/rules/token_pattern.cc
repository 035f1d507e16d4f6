#include "rules/token_pattern.h"

#include <algorithm>
#include <string_view>

#include <re2/re2.h>

#include "text/token_shape.h"

namespace chipner::rules {
namespace {

using text::CaseClass;
using text::Script;
using text::Token;

std::string_view script_name(Script script) {
  switch (script) {
    case Script::kLatin:
      return "LATIN";
    case Script::kCyrillic:
      return "CYRILLIC";
    case Script::kHan:
      return "HAN";
    case Script::kOther:
      return "OTHER";
    case Script::kMixed:
      return "MIXED";
    case Script::kNone:
      break;
  }
  return "NONE";
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
}

bool test_string(const Predicate& p, std::string_view value) {
  switch (p.test) {
    case Test::kEquals:
      return value == p.values.front();
    case Test::kIn:
      return std::binary_search(p.values.begin(), p.values.end(), value);
    case Test::kNotIn:
      return !std::binary_search(p.values.begin(), p.values.end(), value);
    case Test::kRegex:
      return p.regex_prefilter.admits(value) &&
             RE2::PartialMatch(re2::StringPiece(value.data(), value.size()),
                               *p.regex);
    default:
      return false;
  }
}

bool test_number(const Predicate& p, std::int64_t value) {
  switch (p.compare) {
    case Compare::kEq:
      return value == p.number;
    case Compare::kNe:
      return value != p.number;
    case Compare::kLt:
      return value < p.number;
    case Compare::kLe:
      return value <= p.number;
    case Compare::kGt:
      return value > p.number;
    case Compare::kGe:
      return value >= p.number;
  }
  return false;
}

// ENT_TYPE and ENT_ID: does any covering label / entry satisfy the test?
bool test_entities(const Predicate& p, const TokenRef& ref) {
  const TokenAnnotations* a = ref.annotations;
  bool any = false;
  if (a != nullptr && ref.index < a->labels.size()) {
    if (p.attribute == Attribute::kEntType) {
      for (const std::uint32_t bit : p.ids)
        any = any || ((a->labels[ref.index] >> bit) & 1U) != 0;
    } else {
      for (std::uint32_t k = a->first[ref.index]; k < a->first[ref.index + 1];
           ++k) {
        any = any ||
              std::binary_search(p.ids.begin(), p.ids.end(), a->entries[k]);
      }
    }
  }
  return p.test == Test::kNotIn ? !any : any;
}

}  // namespace

RegexPrefilter regex_prefilter(std::string_view pattern, const RE2& regex) {
  RegexPrefilter filter;
  // PossibleMatchRange bounds matches that start at the beginning of the
  // text, while PartialMatch may match anywhere: only a regex anchored at
  // the start (and not by "^?" or inside an alternative) is bounded.
  if (!pattern.starts_with('^') || pattern.find('|') != std::string_view::npos)
    return filter;
  if (pattern.size() > 1 &&
      std::string_view("?*+{").find(pattern[1]) != std::string_view::npos) {
    return filter;
  }
  std::string min;
  std::string max;
  if (!regex.PossibleMatchRange(&min, &max, 8) || min.empty() || max.empty())
    return filter;
  // Every match m has min <= m <= max, so m starts with their common prefix,
  // and its next byte lies between theirs.
  std::size_t common = 0;
  while (common < min.size() && common < max.size() &&
         min[common] == max[common]) {
    ++common;
  }
  filter.enabled = true;
  filter.prefix = min.substr(0, common);
  if (common < min.size() && common < max.size()) {
    filter.has_next = true;
    filter.next_low = static_cast<unsigned char>(min[common]);
    filter.next_high = static_cast<unsigned char>(max[common]);
  }
  return filter;
}

bool set_regex(Predicate& p, const std::string& pattern, std::string& error) {
  RE2::Options options;
  options.set_log_errors(false);
  auto regex = std::make_shared<const RE2>(pattern, options);
  if (!regex->ok()) {
    error = regex->error();
    return false;
  }
  p.regex_prefilter = regex_prefilter(pattern, *regex);
  p.regex = std::move(regex);
  return true;
}

bool TokenCondition::matches(const TokenRef& ref, std::string& shape) const {
  if (ref.boundary) return false;
  const text::TokenStream& ts = *ref.tokens;
  const Token& token = ts[ref.index];
  for (const Predicate& p : predicates) {
    bool ok = false;
    switch (p.attribute) {
      case Attribute::kText:
        ok = test_string(p, ts.surface(token));
        break;
      case Attribute::kLower:
        ok = test_string(p, ts.key(token));
        break;
      case Attribute::kShape:
        text::token_shape(ts.surface(token), shape);
        ok = test_string(p, shape);
        break;
      case Attribute::kLength:
        ok = test_number(p, static_cast<std::int64_t>(
                                text::code_point_count(ts.surface(token))));
        break;
      case Attribute::kScript:
        ok = test_string(p, script_name(token.script));
        break;
      case Attribute::kEntType:
      case Attribute::kEntId:
        ok = test_entities(p, ref);
        break;
      case Attribute::kIsDigit:
        ok = token.all_digits == p.flag;
        break;
      case Attribute::kIsUpper:
        ok = (token.case_class == CaseClass::kUpper) == p.flag;
        break;
      case Attribute::kIsLower:
        ok = (token.case_class == CaseClass::kLower) == p.flag;
        break;
      case Attribute::kIsTitle:
        ok = (token.case_class == CaseClass::kTitle) == p.flag;
        break;
      case Attribute::kIsAlpha:
        ok = (token.kind != text::TokenKind::kSymbol && token.has_letter &&
              !token.has_digit) == p.flag;
        break;
      case Attribute::kIsPunct:
        ok = text::is_punctuation(ts.surface(token)) == p.flag;
        break;
      case Attribute::kIsAscii:
        ok = is_ascii(ts.surface(token)) == p.flag;
        break;
      case Attribute::kSpaceBefore:
        ok = token.space_before == p.flag;
        break;
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace chipner::rules
