#include "dict/dictionary_file.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "text/utf8.h"

namespace chipner::dict {
namespace {

enum class Column : std::uint8_t {
  kType,
  kId,
  kCanonical,
  kAliases,
  kCountry,
  kVendor,
  kFamily,
  kFoundry,
  kNm,
};

struct ColumnName {
  std::string_view name;
  Column column;
};

constexpr std::array<ColumnName, 9> kColumns{{
    {"type", Column::kType},
    {"id", Column::kId},
    {"canonical", Column::kCanonical},
    {"aliases", Column::kAliases},
    {"country", Column::kCountry},
    {"vendor", Column::kVendor},
    {"family", Column::kFamily},
    {"foundry", Column::kFoundry},
    {"nm", Column::kNm},
}};

constexpr std::array<Column, 4> kRequired{Column::kType, Column::kId,
                                          Column::kCanonical, Column::kAliases};

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find(separator, start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool is_label(std::string_view s) {
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  return std::ranges::all_of(s, [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool is_id(std::string_view s) {
  const auto lower_or_digit = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  if (s.empty() || !lower_or_digit(s[0])) return false;
  return std::ranges::all_of(s, [&](char c) {
    return lower_or_digit(c) || c == '.' || c == '+' || c == '_' || c == '-';
  });
}

std::optional<double> parse_number(std::string_view s) {
  double value = 0;
  const auto [end, error] =
      std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size() ||
      !std::isfinite(value) || value < 0) {
    return std::nullopt;
  }
  return value;
}

// Parses lines after the header.
class Parser {
 public:
  Parser(std::string_view source, std::vector<Entry>& entries,
         std::vector<Diagnostic>& diagnostics)
      : source_(source), entries_(entries), diagnostics_(diagnostics) {}

  void report(ErrorCode code, std::uint32_t line, std::uint32_t column,
              std::string message) {
    diagnostics_.push_back(
        {code, std::move(message), std::string(source_), line, column});
  }

  // Returns false when the header is unusable (then no line is parsed).
  bool header(std::string_view line, std::uint32_t line_number) {
    std::uint32_t column = 1;
    bool ok = true;
    for (const std::string_view name : split(line, '\t')) {
      const auto* known =
          std::find_if(kColumns.begin(), kColumns.end(),
                       [&](const ColumnName& c) { return c.name == name; });
      if (known == kColumns.end()) {
        report(ErrorCode::kUnknownColumn, line_number, column,
               "unknown column '" + std::string(name) + "'");
        ok = false;
      } else {
        columns_.push_back(known->column);
      }
      column += static_cast<std::uint32_t>(name.size()) + 1;
    }
    for (const Column required : kRequired) {
      if (std::find(columns_.begin(), columns_.end(), required) ==
          columns_.end()) {
        report(ErrorCode::kMissingColumn, line_number, 1,
               "the header lacks the column '" +
                   std::string(std::find_if(kColumns.begin(), kColumns.end(),
                                            [&](const ColumnName& c) {
                                              return c.column == required;
                                            })
                                   ->name) +
                   "'");
        ok = false;
      }
    }
    return ok;
  }

  void entry(std::string_view line, std::uint32_t line_number) {
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() != columns_.size()) {
      report(ErrorCode::kWrongFieldCount, line_number, 1,
             "expected " + std::to_string(columns_.size()) +
                 " TAB-separated fields, found " +
                 std::to_string(fields.size()));
      return;
    }
    Entry entry;
    entry.source = std::string(source_);
    entry.line = line_number;
    std::uint32_t column = 1;
    bool ok = true;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      ok = field(entry, columns_[i], fields[i], line_number, column) && ok;
      column += static_cast<std::uint32_t>(fields[i].size()) + 1;
    }
    if (!ok) return;
    if (!previous_id_.empty() && entry.id < previous_id_) {
      report(ErrorCode::kUnsorted, line_number, 1,
             "id '" + entry.id + "' sorts before the previous id '" +
                 previous_id_ + "': keep entries sorted by id");
    }
    previous_id_ = entry.id;
    entries_.push_back(std::move(entry));
  }

 private:
  bool field(Entry& entry, Column column, std::string_view value,
             std::uint32_t line, std::uint32_t at) {
    switch (column) {
      case Column::kType:
        if (!is_label(value)) {
          report(ErrorCode::kBadType, line, at,
                 "type '" + std::string(value) +
                     "' is not a label ([A-Z][A-Z0-9_]*)");
          return false;
        }
        entry.label = std::string(value);
        entry.type = entity_type_from_label(value);
        return true;
      case Column::kId:
        if (!is_id(value)) {
          report(
              ErrorCode::kBadId, line, at,
              "id '" + std::string(value) + "' is not [a-z0-9][a-z0-9.+_-]*");
          return false;
        }
        entry.id = std::string(value);
        return true;
      case Column::kCanonical:
        if (value.empty()) {
          report(ErrorCode::kEmptyCanonical, line, at,
                 "the canonical name is empty");
          return false;
        }
        entry.canonical = std::string(value);
        return true;
      case Column::kAliases:
        return aliases(entry, value, line, at);
      case Column::kCountry:
        entry.country = std::string(value);
        return true;
      case Column::kVendor:
        entry.vendor = std::string(value);
        return true;
      case Column::kFamily:
        entry.family = std::string(value);
        return true;
      case Column::kFoundry:
        entry.foundry = std::string(value);
        return true;
      case Column::kNm:
        if (value.empty()) return true;
        entry.nm = parse_number(value);
        if (!entry.nm) {
          report(
              ErrorCode::kBadNumber, line, at,
              "nm '" + std::string(value) + "' is not a non-negative number");
          return false;
        }
        return true;
    }
    return true;
  }

  bool aliases(Entry& entry, std::string_view value, std::uint32_t line,
               std::uint32_t at) {
    if (value.empty()) return true;
    bool ok = true;
    std::uint32_t column = at;
    for (std::string_view alias : split(value, '|')) {
      const std::uint32_t this_column = column;
      column += static_cast<std::uint32_t>(alias.size()) + 1;
      Alias parsed;
      parsed.column = this_column;
      if (!alias.empty() && alias.front() == '=') {
        parsed.case_sensitive = true;
        alias.remove_prefix(1);
      }
      if (alias.empty() ||
          alias.find_first_not_of(' ') == std::string_view::npos) {
        report(ErrorCode::kEmptyAlias, line, this_column, "empty alias");
        ok = false;
        continue;
      }
      parsed.text = std::string(alias);
      entry.aliases.push_back(std::move(parsed));
    }
    return ok;
  }

  std::string_view source_;
  std::vector<Entry>& entries_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<Column> columns_;
  std::string previous_id_;
};

}  // namespace

void parse_dictionary_file(std::string_view contents, std::string_view source,
                           std::vector<Entry>& entries,
                           std::vector<Diagnostic>& diagnostics) {
  Parser parser(source, entries, diagnostics);
  bool have_header = false;
  std::uint32_t line_number = 0;
  std::size_t start = 0;
  while (start < contents.size()) {
    std::size_t newline = contents.find('\n', start);
    if (newline == std::string_view::npos) newline = contents.size();
    std::string_view line = contents.substr(start, newline - start);
    start = newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!text::is_valid_utf8(line)) {
      parser.report(ErrorCode::kInvalidUtf8, line_number, 1,
                    "the line is not valid UTF-8");
      continue;
    }
    if (!have_header) {
      have_header = true;
      if (!parser.header(line, line_number)) return;
      continue;
    }
    parser.entry(line, line_number);
  }
  if (!have_header) {
    parser.report(ErrorCode::kMissingHeader, line_number == 0 ? 1 : line_number,
                  1, "no header line (type, id, canonical, aliases, …)");
  }
}

}  // namespace chipner::dict
