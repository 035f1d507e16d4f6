#include "rules/gazetteer.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "text/utf8.h"

namespace chipner::rules {
namespace {

// Calls `visit(line, number)` for each line without its end, skipping blank
// lines and '#' comments when `comments` is set.
template <typename Visit>
void for_each_line(std::string_view contents, Visit visit) {
  std::uint32_t number = 0;
  std::size_t pos = 0;
  while (pos < contents.size()) {
    ++number;
    std::size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    visit(line, number);
  }
}

// for_each_line() for the gazetteer formats: a line that is not UTF-8 is
// reported and skipped; `visit(line, number, report)` gets the others, with
// `report(code, message)` to add a diagnostic at that line.
template <typename Visit>
void for_each_utf8_line(std::string_view contents, std::string_view source,
                        std::vector<Diagnostic>& diagnostics, Visit visit) {
  for_each_line(contents, [&](std::string_view line, std::uint32_t number) {
    const auto report = [&](ErrorCode code, std::string message) {
      diagnostics.push_back(
          {code, std::move(message), std::string(source), number, 1});
    };
    if (!text::is_valid_utf8(line)) {
      report(ErrorCode::kInvalidUtf8, "the line is not UTF-8");
      return;
    }
    visit(line, number, report);
  });
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (true) {
    const std::size_t end = s.find(separator, pos);
    parts.push_back(s.substr(pos, end - pos));
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return parts;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

bool parse_double(std::string_view s, double& value) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size() &&
         std::isfinite(value);
}

Rule make_rule(std::string_view source, std::uint32_t line,
               std::string_view label, const RuleContext& context) {
  Rule rule;
  rule.priority = context.default_priority;
  rule.entry.label = std::string(label);
  rule.entry.type = entity_type_from_label(label);
  rule.entry.source = std::string(source);
  rule.entry.line = line;
  return rule;
}

bool read_file(const std::string& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  contents = std::move(buffer).str();
  return !in.bad();
}

}  // namespace

std::string gate_label(std::string_view name) {
  std::string label;
  for (const char c : name) {
    if (c >= 'a' && c <= 'z') {
      label.push_back(static_cast<char>(c - 'a' + 'A'));
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      label.push_back(c);
    } else {
      label.push_back('_');
    }
  }
  return label;
}

void parse_corenlp_mapping(std::string_view contents, std::string_view source,
                           RuleContext& context,
                           std::vector<Diagnostic>& diagnostics) {
  for_each_utf8_line(
      contents, source, diagnostics,
      [&](std::string_view line, std::uint32_t number, const auto& report) {
        const auto fields = split(line, '\t');
        if (fields.size() < 2 || fields.size() > 4) {
          return report(ErrorCode::kBadGazetteer,
                        "expected 'pattern TAB TYPE [TAB overwritable [TAB "
                        "priority]]'");
        }
        const std::string_view pattern = trim(fields[0]);
        const std::string_view type = trim(fields[1]);
        if (pattern.empty()) {
          return report(ErrorCode::kBadGazetteer, "empty pattern");
        }
        if (!is_valid_label(type)) {
          return report(ErrorCode::kBadType,
                        "type '" + std::string(type) + "' is not a label");
        }
        Rule rule = make_rule(source, number, type, context);
        if (fields.size() >= 3 && !trim(fields[2]).empty()) {
          for (const std::string_view label : split(trim(fields[2]), ',')) {
            if (!is_valid_label(trim(label))) {
              return report(ErrorCode::kBadType, "overwritable type '" +
                                                     std::string(label) +
                                                     "' is not a label");
            }
          }
        }
        if (fields.size() == 4) {
          double priority = 0;
          if (!parse_double(trim(fields[3]), priority) ||
              std::fabs(priority) > 1e6) {
            return report(ErrorCode::kBadNumber, "priority is not a number");
          }
          rule.priority = static_cast<int>(std::lround(priority));
        }
        if (pattern.find_first_of("\\*+?[](){}|^$") == std::string_view::npos) {
          rule.entry.aliases.push_back({std::string(pattern), true, 1});
          rule.entry.canonical = std::string(pattern);
          context.rules->push_back(std::move(rule));
          return;
        }
        TokenPattern token_pattern;
        for (const std::string_view piece : split(pattern, ' ')) {
          if (piece.empty()) continue;
          std::string message;
          Predicate predicate;
          predicate.test = Test::kRegex;
          if (!set_regex(predicate, "^(?:" + std::string(piece) + ")$",
                         message)) {
            return report(
                ErrorCode::kBadRegex,
                "RE2 rejects '" + std::string(piece) + "': " + message);
          }
          PatternElement element;
          element.condition.predicates.push_back(std::move(predicate));
          token_pattern.elements.push_back(std::move(element));
        }
        rule.pattern = static_cast<std::int32_t>(context.patterns->size());
        context.patterns->push_back(std::move(token_pattern));
        context.rules->push_back(std::move(rule));
      });
}

void parse_gate_list(std::string_view contents, std::string_view source,
                     std::string_view label, RuleContext& context,
                     std::vector<Diagnostic>& diagnostics) {
  if (!is_valid_label(label)) {
    diagnostics.push_back({ErrorCode::kBadType,
                           "label '" + std::string(label) + "' is not a label",
                           std::string(source), 0, 0});
    return;
  }
  for_each_utf8_line(
      contents, source, diagnostics,
      [&](std::string_view line, std::uint32_t number, const auto& report) {
        const char separator =
            line.find('\t') != std::string_view::npos ? '\t' : '&';
        const auto fields = split(line, separator);
        const std::string_view phrase = trim(fields[0]);
        if (phrase.empty())
          return report(ErrorCode::kBadGazetteer, "empty entry");
        Rule rule = make_rule(source, number, label, context);
        rule.entry.aliases.push_back({std::string(phrase), true, 1});
        rule.entry.canonical = std::string(phrase);
        for (std::size_t i = 1; i < fields.size(); ++i) {
          const auto eq = fields[i].find('=');
          if (eq == std::string_view::npos) {
            return report(
                ErrorCode::kBadGazetteer,
                "feature '" + std::string(fields[i]) + "' has no '='");
          }
          const std::string_view name = trim(fields[i].substr(0, eq));
          const std::string value(trim(fields[i].substr(eq + 1)));
          if (name == "id") {
            rule.entry.id = value;
          } else if (name == "canonical") {
            rule.entry.canonical = value;
          } else if (name == "vendor") {
            rule.entry.vendor = value;
          } else if (name == "family") {
            rule.entry.family = value;
          } else if (name == "foundry") {
            rule.entry.foundry = value;
          } else if (name == "nm" || name == "priority") {
            double number_value = 0;
            if (!parse_double(value, number_value) ||
                std::fabs(number_value) > 1e6) {
              return report(ErrorCode::kBadNumber,
                            std::string(name) + " is not a number");
            }
            if (name == "nm") {
              rule.entry.nm = number_value;
            } else {
              rule.priority = static_cast<int>(std::lround(number_value));
            }
          }
        }
        context.rules->push_back(std::move(rule));
      });
}

void load_gate_index(std::string_view contents, const std::string& path,
                     RuleContext& context,
                     std::vector<Diagnostic>& diagnostics) {
  const auto slash = path.find_last_of('/');
  const std::string directory =
      slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  for_each_line(contents, [&](std::string_view line, std::uint32_t number) {
    const auto fields = split(trim(line), ':');
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
      diagnostics.push_back({ErrorCode::kBadGazetteer,
                             "expected 'file.lst:majorType[:minorType…]'", path,
                             number, 1});
      return;
    }
    const std::string list_path = directory + std::string(fields[0]);
    std::string list;
    if (!read_file(list_path, list)) {
      diagnostics.push_back({ErrorCode::kIoError,
                             "cannot read the list '" + list_path + "'", path,
                             number, 1});
      return;
    }
    parse_gate_list(list, list_path, gate_label(fields[1]), context,
                    diagnostics);
  });
}

}  // namespace chipner::rules
