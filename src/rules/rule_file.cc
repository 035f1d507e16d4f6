#include "rules/rule_file.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "text/utf8.h"

namespace chipner::rules {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Keys spaCy's Matcher knows that chipner tokens cannot answer: named in the
// error so that a user knows the file is spaCy's, not mistyped.
constexpr std::array<std::string_view, 22> kSpacyUnsupported{
    "LEMMA",       "POS",        "TAG",           "MORPH",
    "DEP",         "SENT_START", "IS_SENT_START", "LIKE_NUM",
    "LIKE_URL",    "LIKE_EMAIL", "IS_STOP",       "IS_OOV",
    "IS_BRACKET",  "IS_QUOTE",   "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
    "IS_CURRENCY", "IS_SPACE",   "ENT_IOB",       "ENT_KB_ID",
    "_",           "SPACY"};

constexpr std::uint32_t kMaxRepeat = 32;  // bound of "{n,m}" expansion
constexpr std::size_t kMaxEntityLabels = 64;

struct AttributeName {
  std::string_view name;
  Attribute attribute;
  bool boolean;
};
constexpr std::array<AttributeName, 16> kAttributes{{
    {"ORTH", Attribute::kText, false},
    {"TEXT", Attribute::kText, false},
    {"LOWER", Attribute::kLower, false},
    {"NORM", Attribute::kLower, false},
    {"SHAPE", Attribute::kShape, false},
    {"LENGTH", Attribute::kLength, false},
    {"IS_DIGIT", Attribute::kIsDigit, true},
    {"IS_UPPER", Attribute::kIsUpper, true},
    {"IS_LOWER", Attribute::kIsLower, true},
    {"IS_TITLE", Attribute::kIsTitle, true},
    {"IS_ALPHA", Attribute::kIsAlpha, true},
    {"IS_PUNCT", Attribute::kIsPunct, true},
    {"IS_ASCII", Attribute::kIsAscii, true},
    {"SCRIPT", Attribute::kScript, false},
    {"SPACE_BEFORE", Attribute::kSpaceBefore, true},
    {"ENT_TYPE", Attribute::kEntType, false},
}};

Predicate length_predicate(Compare compare, std::int64_t number) {
  Predicate p;
  p.attribute = Attribute::kLength;
  p.test = Test::kCompare;
  p.compare = compare;
  p.number = number;
  return p;
}

// One line being parsed: where it is, and where problems go.
class LineParser {
 public:
  LineParser(std::string_view line, std::string_view source,
             std::uint32_t line_number, RuleContext& context,
             std::vector<Diagnostic>& diagnostics)
      : line_(line),
        source_(source),
        line_number_(line_number),
        context_(context),
        diagnostics_(diagnostics) {}

  void parse(element root);

 private:
  // Reports at the first occurrence of `"key"` on the line when there is one.
  void error(ErrorCode code, const std::string& message,
             std::string_view key = {}) {
    std::uint32_t column = 1;
    if (!key.empty()) {
      const auto at = line_.find("\"" + std::string(key) + "\"");
      if (at != std::string_view::npos)
        column = static_cast<std::uint32_t>(at + 1);
    }
    diagnostics_.push_back(
        {code, message, std::string(source_), line_number_, column});
    failed_ = true;
  }

  bool parse_elements(element value, Role role, std::string_view key,
                      TokenPattern& pattern);
  bool parse_element(element value, Role role, TokenPattern& pattern);
  bool parse_value(std::string_view key, const AttributeName& attr,
                   element value, TokenCondition& condition);
  bool add_strings(std::string_view key, Attribute attribute, Test test,
                   element value, TokenCondition& condition);
  bool add_regex(std::string_view key, Attribute attribute, element value,
                 TokenCondition& condition);
  std::optional<std::string> fold(std::string_view key, std::string_view value);
  bool resolve_entities(std::string_view key, Predicate& predicate);

  std::string_view line_;
  std::string_view source_;
  std::uint32_t line_number_;
  RuleContext& context_;
  std::vector<Diagnostic>& diagnostics_;
  bool failed_ = false;
};

std::optional<std::string> LineParser::fold(std::string_view key,
                                            std::string_view value) {
  context_.tokenizer.tokenize(value, context_.stream);
  if (context_.stream.size() != 1) {
    error(ErrorCode::kBadPattern,
          "'" + std::string(value) + "' is " +
              std::to_string(context_.stream.size()) +
              " chipner tokens, so no token equals it; write one condition "
              "per token",
          key);
    return std::nullopt;
  }
  return std::string(context_.stream.key(context_.stream[0]));
}

bool LineParser::resolve_entities(std::string_view key, Predicate& p) {
  const dict::EntryTable& entries = *context_.dictionary;
  for (const std::string& value : p.values) {
    const std::size_t before = p.ids.size();
    if (p.attribute == Attribute::kEntId) {
      const std::uint32_t e = entries.find_id(value);
      if (e != dict::EntryTable::kMissing) p.ids.push_back(e);
    } else if (entries.find_label(value) != dict::EntryTable::kMissing) {
      auto& labels = *context_.entity_labels;
      auto it = std::find(labels.begin(), labels.end(), value);
      if (it == labels.end()) {
        if (labels.size() == kMaxEntityLabels) {
          error(ErrorCode::kBadPattern, "more than 64 ENT_TYPE labels", key);
          return false;
        }
        it = labels.insert(labels.end(), value);
      }
      p.ids.push_back(static_cast<std::uint32_t>(it - labels.begin()));
    }
    if (p.ids.size() == before) {
      error(ErrorCode::kUnknownReference,
            std::string(key) + " '" + value + "' names no dictionary " +
                (p.attribute == Attribute::kEntId ? "entry" : "label"),
            key);
      return false;
    }
  }
  std::sort(p.ids.begin(), p.ids.end());
  if (p.test == Test::kEquals) p.test = Test::kIn;
  return true;
}

bool LineParser::add_strings(std::string_view key, Attribute attribute,
                             Test test, element value,
                             TokenCondition& condition) {
  Predicate p;
  p.attribute = attribute;
  p.test = test;
  const auto add = [&](element v) {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) {
      error(ErrorCode::kBadPattern, std::string(key) + " expects strings here",
            key);
      return false;
    }
    p.values.emplace_back(s);
    return true;
  };
  if (test == Test::kEquals) {
    if (!add(value)) return false;
  } else {
    simdjson::dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS) {
      error(ErrorCode::kBadPattern, std::string(key) + " expects a list", key);
      return false;
    }
    for (element v : array)
      if (!add(v)) return false;
  }
  if (attribute == Attribute::kEntType || attribute == Attribute::kEntId) {
    if (!resolve_entities(key, p)) return false;
    condition.predicates.push_back(std::move(p));
    return true;
  }
  if (attribute == Attribute::kLower || attribute == Attribute::kText) {
    for (std::string& v : p.values) {
      const auto folded = fold(key, v);
      if (!folded) return false;
      if (attribute == Attribute::kLower) v = *folded;
      if (test != Test::kNotIn) p.keys.push_back(*folded);
    }
  }
  if (attribute == Attribute::kScript) {
    static constexpr std::array<std::string_view, 6> kScripts{
        "LATIN", "CYRILLIC", "HAN", "MIXED", "OTHER", "NONE"};
    for (const std::string& v : p.values) {
      if (std::find(kScripts.begin(), kScripts.end(), v) == kScripts.end()) {
        error(ErrorCode::kBadPattern, "unknown SCRIPT '" + v + "'", key);
        return false;
      }
    }
  }
  std::sort(p.values.begin(), p.values.end());
  condition.predicates.push_back(std::move(p));
  return true;
}

bool LineParser::add_regex(std::string_view key, Attribute attribute,
                           element value, TokenCondition& condition) {
  std::string_view s;
  if (value.get_string().get(s) != simdjson::SUCCESS) {
    error(ErrorCode::kBadPattern, "REGEX expects a string", key);
    return false;
  }
  std::string message;
  Predicate p;
  p.attribute = attribute;
  p.test = Test::kRegex;
  if (!set_regex(p, std::string(s), message)) {
    error(ErrorCode::kBadRegex,
          "RE2 rejects '" + std::string(s) + "': " + message, key);
    return false;
  }
  condition.predicates.push_back(std::move(p));
  return true;
}

bool LineParser::parse_value(std::string_view key, const AttributeName& attr,
                             element value, TokenCondition& condition) {
  if (attr.boolean) {
    Predicate p;
    p.attribute = attr.attribute;
    p.test = Test::kBool;
    if (value.get_bool().get(p.flag) != simdjson::SUCCESS) {
      error(ErrorCode::kBadPattern, std::string(key) + " expects true or false",
            key);
      return false;
    }
    condition.predicates.push_back(std::move(p));
    return true;
  }
  if (attr.attribute == Attribute::kLength) {
    std::int64_t number = 0;
    if (value.get_int64().get(number) == simdjson::SUCCESS) {
      condition.predicates.push_back(length_predicate(Compare::kEq, number));
      return true;
    }
  } else if (value.type() == element_type::STRING) {
    return add_strings(key, attr.attribute, Test::kEquals, value, condition);
  }
  simdjson::dom::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) {
    error(
        ErrorCode::kBadPattern,
        std::string(key) + " expects " +
            (attr.attribute == Attribute::kLength ? "an integer" : "a string") +
            " or an object",
        key);
    return false;
  }
  static constexpr std::array<std::pair<std::string_view, Compare>, 6>
      kCompares{{{"==", Compare::kEq},
                 {"!=", Compare::kNe},
                 {"<", Compare::kLt},
                 {"<=", Compare::kLe},
                 {">", Compare::kGt},
                 {">=", Compare::kGe}}};
  for (auto [op, v] : object) {
    if (attr.attribute == Attribute::kLength) {
      // An init-capture: clang before 16 cannot capture a structured
      // binding, and the fuzz and tidy builds use clang 14.
      const auto* const it =
          std::find_if(kCompares.begin(), kCompares.end(),
                       [&op = op](const auto& c) { return c.first == op; });
      std::int64_t number = 0;
      if (it == kCompares.end() ||
          v.get_int64().get(number) != simdjson::SUCCESS) {
        error(ErrorCode::kBadPattern,
              "LENGTH supports ==, !=, <, <=, >, >= with an integer", op);
        return false;
      }
      condition.predicates.push_back(length_predicate(it->second, number));
      continue;
    }
    bool ok = false;
    if (op == "IN") {
      ok = add_strings(op, attr.attribute, Test::kIn, v, condition);
    } else if (op == "NOT_IN") {
      ok = add_strings(op, attr.attribute, Test::kNotIn, v, condition);
    } else if (op == "REGEX" && attr.attribute != Attribute::kEntType) {
      ok = add_regex(op, attr.attribute, v, condition);
    } else {
      error(ErrorCode::kUnknownKey,
            "'" + std::string(op) + "' is not supported inside " +
                std::string(key) + " (supported: IN, NOT_IN, REGEX)",
            op);
    }
    if (!ok) return false;
  }
  return true;
}

// "+" is one then "*"; "{n,m}" is n copies then m - n optional ones.
bool expand_op(std::string_view op, PatternElement element,
               std::vector<PatternElement>& out) {
  const auto push = [&](Quantifier q, std::uint32_t times) {
    for (std::uint32_t i = 0; i < times; ++i) {
      element.quantifier = q;
      out.push_back(element);
    }
  };
  if (op == "!") return push(Quantifier::kNot, 1), true;
  if (op == "?") return push(Quantifier::kOptional, 1), true;
  if (op == "*") return push(Quantifier::kStar, 1), true;
  if (op == "+")
    return push(Quantifier::kOne, 1), push(Quantifier::kStar, 1), true;
  if (op.size() < 3 || op.front() != '{' || op.back() != '}') return false;
  op = op.substr(1, op.size() - 2);
  const auto comma = op.find(',');
  const auto read = [](std::string_view digits, std::uint32_t& value) {
    if (digits.empty()) return false;
    const auto [end, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return ec == std::errc() && end == digits.data() + digits.size() &&
           value <= kMaxRepeat;
  };
  std::uint32_t low = 0;
  std::uint32_t high = 0;
  if (comma == std::string_view::npos) {
    if (!read(op, low)) return false;
    return push(Quantifier::kOne, low), true;
  }
  const std::string_view left = op.substr(0, comma);
  const std::string_view right = op.substr(comma + 1);
  if (!left.empty() && !read(left, low)) return false;
  if (right.empty())
    return push(Quantifier::kOne, low), push(Quantifier::kStar, 1), true;
  if (!read(right, high) || high < low) return false;
  push(Quantifier::kOne, low);
  push(Quantifier::kOptional, high - low);
  return true;
}

bool LineParser::parse_element(element value, Role role,
                               TokenPattern& pattern) {
  simdjson::dom::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) {
    error(ErrorCode::kBadPattern, "a token pattern element must be an object");
    return false;
  }
  PatternElement element;
  element.role = role;
  std::string_view op;
  for (auto [key, v] : object) {
    if (key == "OP") {
      if (v.get_string().get(op) != simdjson::SUCCESS) {
        error(ErrorCode::kBadPattern, "OP expects a string", key);
        return false;
      }
      continue;
    }
    if (key == "REGEX") {  // extension: a regex over the text
      if (!add_regex(key, Attribute::kText, v, element.condition)) return false;
      continue;
    }
    if (key == "ENT_ID") {
      const AttributeName attr{"ENT_ID", Attribute::kEntId, false};
      if (!parse_value(key, attr, v, element.condition)) return false;
      continue;
    }
    const auto* const it =
        std::find_if(kAttributes.begin(), kAttributes.end(),
                     [&key = key](const auto& a) { return a.name == key; });
    if (it == kAttributes.end()) {
      const bool spacy =
          std::find(kSpacyUnsupported.begin(), kSpacyUnsupported.end(), key) !=
          kSpacyUnsupported.end();
      error(ErrorCode::kUnknownKey,
            spacy ? "spaCy key '" + std::string(key) +
                        "' is not supported by chipner (docs/rules.md)"
                  : "unknown token attribute '" + std::string(key) + "'",
            key);
      return false;
    }
    if (!parse_value(key, *it, v, element.condition)) return false;
  }
  if (op.empty()) {
    pattern.elements.push_back(std::move(element));
    return true;
  }
  if (!expand_op(op, std::move(element), pattern.elements)) {
    error(ErrorCode::kBadPattern,
          "OP '" + std::string(op) +
              "' is not one of ! ? * + {n} {n,m} {n,} {,m} (n, m <= 32)",
          "OP");
    return false;
  }
  return true;
}

bool LineParser::parse_elements(element value, Role role, std::string_view key,
                                TokenPattern& pattern) {
  simdjson::dom::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) {
    error(ErrorCode::kBadPattern,
          std::string(key) + " expects a list of token conditions", key);
    return false;
  }
  for (element e : array)
    if (!parse_element(e, role, pattern)) return false;
  return true;
}

void LineParser::parse(element root) {
  simdjson::dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) {
    error(ErrorCode::kBadJson, "a rule must be a JSON object");
    return;
  }
  Rule rule;
  rule.priority = context_.default_priority;
  rule.entry.source = std::string(source_);
  rule.entry.line = line_number_;
  std::optional<element> pattern_value;
  std::optional<element> left;
  std::optional<element> right;
  std::optional<bool> case_sensitive;
  const auto get_string = [&](std::string_view key, element v,
                              std::string& out) {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) {
      error(ErrorCode::kBadPattern, std::string(key) + " expects a string",
            key);
      return;
    }
    out = s;
  };
  for (auto [key, v] : object) {
    if (key == "label") {
      get_string(key, v, rule.entry.label);
    } else if (key == "pattern") {
      pattern_value = v;
    } else if (key == "id") {
      get_string(key, v, rule.entry.id);
    } else if (key == "canonical") {
      get_string(key, v, rule.entry.canonical);
    } else if (key == "vendor") {
      get_string(key, v, rule.entry.vendor);
    } else if (key == "family") {
      get_string(key, v, rule.entry.family);
    } else if (key == "foundry") {
      get_string(key, v, rule.entry.foundry);
    } else if (key == "nm") {
      double nm = 0;
      if (v.get_double().get(nm) != simdjson::SUCCESS || !std::isfinite(nm) ||
          nm <= 0) {
        error(ErrorCode::kBadNumber, "nm expects a positive number", key);
      } else {
        rule.entry.nm = nm;
      }
    } else if (key == "priority") {
      std::int64_t priority = 0;
      if (v.get_int64().get(priority) != simdjson::SUCCESS ||
          priority < -1000000 || priority > 1000000) {
        error(ErrorCode::kBadNumber,
              "priority expects an integer in [-1000000, 1000000]", key);
      } else {
        rule.priority = static_cast<int>(priority);
      }
    } else if (key == "left_context") {
      left = v;
    } else if (key == "right_context") {
      right = v;
    } else if (key == "case_sensitive") {
      bool flag = false;
      if (v.get_bool().get(flag) != simdjson::SUCCESS) {
        error(ErrorCode::kBadPattern, "case_sensitive expects true or false",
              key);
      }
      case_sensitive = flag;
    } else {
      error(ErrorCode::kUnknownKey,
            "unknown key '" + std::string(key) +
                "' (rule keys: label, pattern, id, canonical, vendor, family, "
                "foundry, nm, priority, left_context, right_context, "
                "case_sensitive)",
            key);
    }
  }
  if (failed_) return;
  if (rule.entry.label.empty() || !pattern_value) {
    error(ErrorCode::kBadPattern, "a rule needs \"label\" and \"pattern\"");
    return;
  }
  if (!is_valid_label(rule.entry.label)) {
    error(ErrorCode::kBadType,
          "label '" + rule.entry.label + "' is not [A-Za-z_][A-Za-z0-9_-]*",
          "label");
    return;
  }
  rule.entry.type = entity_type_from_label(rule.entry.label);
  const Diagnostic where{
      ErrorCode::kOk, {}, std::string(source_), line_number_, 1};
  check_company_reference(context_, rule.entry.vendor, "vendor", where,
                          diagnostics_);
  check_company_reference(context_, rule.entry.foundry, "foundry", where,
                          diagnostics_);

  std::string_view phrase;
  if (pattern_value->get_string().get(phrase) == simdjson::SUCCESS) {
    if (left || right) {
      error(ErrorCode::kBadPattern,
            "left_context and right_context need a token pattern",
            left ? "left_context" : "right_context");
      return;
    }
    // spaCy matches phrase patterns on ORTH: case counts unless asked.
    rule.entry.aliases.push_back(
        {std::string(phrase), case_sensitive.value_or(true), 1});
    if (rule.entry.canonical.empty()) rule.entry.canonical = phrase;
    context_.rules->push_back(std::move(rule));
    return;
  }
  if (case_sensitive) {
    error(ErrorCode::kBadPattern,
          "case_sensitive applies to phrase patterns only", "case_sensitive");
    return;
  }
  TokenPattern pattern;
  if (left &&
      !parse_elements(*left, Role::kLeftContext, "left_context", pattern)) {
    return;
  }
  const std::size_t span_begin = pattern.elements.size();
  if (!parse_elements(*pattern_value, Role::kSpan, "pattern", pattern)) return;
  if (pattern.elements.size() == span_begin) {
    error(ErrorCode::kBadPattern, "the pattern has no token", "pattern");
    return;
  }
  if (right &&
      !parse_elements(*right, Role::kRightContext, "right_context", pattern)) {
    return;
  }
  rule.pattern = static_cast<std::int32_t>(context_.patterns->size());
  context_.patterns->push_back(std::move(pattern));
  context_.rules->push_back(std::move(rule));
}

}  // namespace

void parse_rule_file(std::string_view contents, std::string_view source,
                     RuleContext& context,
                     std::vector<Diagnostic>& diagnostics) {
  simdjson::dom::parser parser;
  std::uint32_t line_number = 0;
  std::size_t pos = 0;
  while (pos < contents.size()) {
    ++line_number;
    std::size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    if (!text::is_valid_utf8(line)) {
      diagnostics.push_back({ErrorCode::kInvalidUtf8, "the line is not UTF-8",
                             std::string(source), line_number, 1});
      continue;
    }
    element root;
    const auto status = parser.parse(line.data(), line.size()).get(root);
    if (status != simdjson::SUCCESS) {
      diagnostics.push_back(
          {ErrorCode::kBadJson,
           std::string("not JSON: ") + simdjson::error_message(status),
           std::string(source), line_number, 1});
      continue;
    }
    LineParser(line, source, line_number, context, diagnostics).parse(root);
  }
}

}  // namespace chipner::rules
