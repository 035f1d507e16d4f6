// fuzz/fuzz_checks.h: the invariants every fuzz target asserts, written
// independently of the library (its own UTF-8 scanner, simdjson for JSON), so
// a bug in chipner's UTF-8 code cannot hide itself.
//
// A failed check prints what broke and aborts: libFuzzer then saves the input
// as a crash file, and the replay main reports the seed that failed. The
// checks use CHIPNER_FUZZ_CHECK rather than assert() so they also hold in
// Release builds, where NDEBUG would compile assert() away.

#ifndef CHIPNER_TESTS_FUZZ_FUZZ_CHECKS_H_
#define CHIPNER_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/entity.h"
#include "chipner/json.h"
#include "chipner/offsets.h"

#define CHIPNER_FUZZ_CHECK(condition)                                      \
  do {                                                                     \
    if (!(condition)) {                                                    \
      std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, \
                   __LINE__, #condition);                                  \
      std::abort();                                                        \
    }                                                                      \
  } while (false)

namespace chipner::fuzz {

// What each byte of a text is, by a strict UTF-8 reading (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF).
enum class ByteKind : std::uint8_t {
  kLead,          // the first byte of a valid sequence (ASCII included)
  kContinuation,  // inside a valid multi-byte sequence
  kInvalid,       // not part of any valid sequence
};

// Length of the valid sequence starting at `s[i]`, or 0 if there is none.
// Deliberately table-free and separate from src/text/utf8.cc.
inline std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(s[k]);
  };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // overlong below U+0800
    if (b0 == 0xED) high = 0x9F;  // surrogates U+D800..U+DFFF
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // overlong below U+10000
    if (b0 == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  const unsigned char b1 = byte(i + 1);
  if (b1 < low || b1 > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

inline std::vector<ByteKind> classify_bytes(std::string_view s) {
  std::vector<ByteKind> kinds(s.size(), ByteKind::kInvalid);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t length = valid_sequence_length(s, i);
    if (length == 0) {
      ++i;
      continue;
    }
    kinds[i] = ByteKind::kLead;
    for (std::size_t k = 1; k < length; ++k)
      kinds[i + k] = ByteKind::kContinuation;
    i += length;
  }
  return kinds;
}

inline bool is_valid_utf8(std::string_view s) {
  for (const ByteKind kind : classify_bytes(s)) {
    if (kind == ByteKind::kInvalid) return false;
  }
  return true;
}

// True when `offset` does not fall inside a valid multi-byte sequence.
inline bool is_boundary(const std::vector<ByteKind>& kinds,
                        std::uint32_t offset) {
  return offset >= kinds.size() || kinds[offset] != ByteKind::kContinuation;
}

// `text` with every byte outside a valid sequence replaced by U+FFFD: what
// chipner's JSON must show for it.
inline std::string replace_invalid(std::string_view s) {
  const std::vector<ByteKind> kinds = classify_bytes(s);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (kinds[i] == ByteKind::kInvalid) {
      out += "\xEF\xBF\xBD";
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// The extract() contract (chipner/extractor.h): spans inside the text, not
// empty, sorted, chosen ones never overlapping, starting and ending on code
// point boundaries and never on an invalid byte (invalid bytes are separators,
// so no token starts or ends with one); `text` views the span; values finite.
// With Options::all_candidates, set-aside candidates (Entity::discarded) may
// overlap anything; the chosen ones still may not overlap each other.
inline void check_entities(std::string_view input,
                           std::span<const Entity> entities) {
  const std::vector<ByteKind> kinds = classify_bytes(input);
  std::uint32_t previous_begin = 0;
  std::uint32_t previous_end = 0;  // of the last chosen entity
  for (const Entity& e : entities) {
    CHIPNER_FUZZ_CHECK(e.begin < e.end);
    CHIPNER_FUZZ_CHECK(e.end <= input.size());
    CHIPNER_FUZZ_CHECK(e.begin >= previous_begin);
    previous_begin = e.begin;
    if (!e.discarded) {
      CHIPNER_FUZZ_CHECK(e.begin >= previous_end);
      previous_end = e.end;
    }
    CHIPNER_FUZZ_CHECK(is_boundary(kinds, e.begin));
    CHIPNER_FUZZ_CHECK(is_boundary(kinds, e.end));
    CHIPNER_FUZZ_CHECK(kinds[e.begin] != ByteKind::kInvalid);
    CHIPNER_FUZZ_CHECK(kinds[e.end - 1] != ByteKind::kInvalid);
    CHIPNER_FUZZ_CHECK(e.text.data() == input.data() + e.begin);
    CHIPNER_FUZZ_CHECK(e.text.size() == e.end - e.begin);
    CHIPNER_FUZZ_CHECK(!e.label.empty());
    if (e.type != EntityType::kCustom) {
      CHIPNER_FUZZ_CHECK(e.label == to_string(e.type));
    }
    CHIPNER_FUZZ_CHECK(e.money.has_value() == (e.type == EntityType::kMoney));
    if (e.money) {
      // An amount too large for a double is absent, never inf or NaN; a
      // range with one end missing has neither (docs/money.md). Amounts may
      // be negative ("-$3 million").
      if (e.money->amount) {
        CHIPNER_FUZZ_CHECK(std::isfinite(*e.money->amount));
      }
      if (e.money->amount_max) {
        CHIPNER_FUZZ_CHECK(e.money->amount.has_value());
        CHIPNER_FUZZ_CHECK(std::isfinite(*e.money->amount_max));
      }
      CHIPNER_FUZZ_CHECK(e.money->currency.size() == 3);
    }
    if (e.node && e.node->nm) {
      CHIPNER_FUZZ_CHECK(std::isfinite(*e.node->nm));
      CHIPNER_FUZZ_CHECK(*e.node->nm >= 0);  // a user dictionary may say 0
    }
  }
}

// Field-by-field equality, for differential checks between overloads and
// configurations. Doubles compare exactly: the same input must give the same
// bits.
inline bool same_entity(const Entity& a, const Entity& b) {
  const auto same_money = [](const std::optional<MoneyInfo>& x,
                             const std::optional<MoneyInfo>& y) {
    if (x.has_value() != y.has_value()) return false;
    return !x || (x->amount == y->amount && x->amount_max == y->amount_max &&
                  x->currency == y->currency &&
                  x->currency_ambiguous == y->currency_ambiguous);
  };
  const auto same_node = [](const std::optional<NodeInfo>& x,
                            const std::optional<NodeInfo>& y) {
    if (x.has_value() != y.has_value()) return false;
    return !x || (x->nm == y->nm && x->foundry == y->foundry);
  };
  const auto same_chip = [](const std::optional<ChipInfo>& x,
                            const std::optional<ChipInfo>& y) {
    if (x.has_value() != y.has_value()) return false;
    return !x || (x->vendor == y->vendor && x->family == y->family);
  };
  return a.type == b.type && a.label == b.label && a.begin == b.begin &&
         a.end == b.end && a.text == b.text && a.id == b.id &&
         a.canonical == b.canonical && a.origin == b.origin &&
         a.source == b.source && a.line == b.line &&
         a.discarded == b.discarded && same_chip(a.chip, b.chip) &&
         same_node(a.node, b.node) && same_money(a.money, b.money);
}

// Parses `json` with simdjson (which also validates UTF-8) and returns the
// element; aborts if it is not one well-formed JSON value. `parser` keeps the
// element's storage.
inline simdjson::dom::element parse_json(simdjson::dom::parser& parser,
                                         std::string_view json) {
  simdjson::dom::element element;
  const auto error = parser.parse(json.data(), json.size()).get(element);
  if (error) {
    std::fprintf(
        stderr, "invalid JSON (%s): %.*s\n", simdjson::error_message(error),
        static_cast<int>(json.size() > 2000 ? 2000 : json.size()), json.data());
    std::abort();
  }
  return element;
}

// The reference for OffsetConverter: `offset` (a code point boundary) in
// `unit`, counting an invalid byte as one code point and one UTF-16 unit.
inline std::uint64_t convert_offset(std::string_view text,
                                    const std::vector<ByteKind>& kinds,
                                    std::uint32_t offset, OffsetUnit unit) {
  if (unit == OffsetUnit::kBytes) return offset;
  std::uint64_t count = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (kinds[i] == ByteKind::kContinuation) continue;
    ++count;
    if (unit == OffsetUnit::kUtf16 && kinds[i] == ByteKind::kLead &&
        static_cast<unsigned char>(text[i]) >= 0xF0) {
      ++count;  // a supplementary-plane code point is a surrogate pair
    }
  }
  return count;
}

// Checks that `array` is the JSON of `entities` found in `text` (json.h):
// same count and order, offsets converted to `unit`, strings as written with
// invalid bytes shown as U+FFFD, finite numbers read back exactly.
inline void check_entities_json(simdjson::dom::element array,
                                std::string_view text,
                                std::span<const Entity> entities,
                                OffsetUnit unit) {
  const std::vector<ByteKind> kinds = classify_bytes(text);
  simdjson::dom::array items;
  CHIPNER_FUZZ_CHECK(array.get_array().get(items) == simdjson::SUCCESS);
  CHIPNER_FUZZ_CHECK(items.size() == entities.size());
  std::size_t i = 0;
  for (simdjson::dom::element item : items) {
    const Entity& e = entities[i++];
    const auto string_member = [&](const char* name) {
      std::string_view value;
      CHIPNER_FUZZ_CHECK(item[name].get_string().get(value) ==
                         simdjson::SUCCESS);
      return std::string(value);
    };
    CHIPNER_FUZZ_CHECK(string_member("type") == replace_invalid(e.label));
    CHIPNER_FUZZ_CHECK(string_member("text") == replace_invalid(e.text));
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    CHIPNER_FUZZ_CHECK(item["start"].get_uint64().get(start) ==
                       simdjson::SUCCESS);
    CHIPNER_FUZZ_CHECK(item["end"].get_uint64().get(end) == simdjson::SUCCESS);
    if (is_boundary(kinds, e.begin) && is_boundary(kinds, e.end)) {
      CHIPNER_FUZZ_CHECK(start == convert_offset(text, kinds, e.begin, unit));
      CHIPNER_FUZZ_CHECK(end == convert_offset(text, kinds, e.end, unit));
    }
    CHIPNER_FUZZ_CHECK(start <= end);
    // A finite number reads back to the same double; anything else is null.
    const auto check_number = [&](const char* name, std::optional<double> v) {
      simdjson::dom::element number;
      CHIPNER_FUZZ_CHECK(item[name].get(number) == simdjson::SUCCESS);
      if (v && std::isfinite(*v)) {
        double value = 0;
        CHIPNER_FUZZ_CHECK(number.get_double().get(value) == simdjson::SUCCESS);
        CHIPNER_FUZZ_CHECK(value == *v);
      } else {
        CHIPNER_FUZZ_CHECK(number.is_null());
      }
    };
    if (e.money) {
      check_number("amount", e.money->amount);
      if (e.money->amount_max) check_number("amount_max", e.money->amount_max);
    }
    if (e.node && e.node->nm) check_number("nm", e.node->nm);
  }
}

// Writes the document JSON of `entities` found in `text` and checks that it
// parses, gives back the text (invalid bytes as U+FFFD) and describes each
// entity with offsets in `unit`.
inline void check_document_json(std::string_view text,
                                std::span<const Entity> entities,
                                OffsetUnit unit) {
  JsonOptions json_options;
  json_options.offsets = unit;
  std::string json;
  append_document_json(json, text, entities, json_options);
  static simdjson::dom::parser parser;
  const simdjson::dom::element document = parse_json(parser, json);
  std::string_view json_text;
  CHIPNER_FUZZ_CHECK(document["text"].get_string().get(json_text) ==
                     simdjson::SUCCESS);
  CHIPNER_FUZZ_CHECK(json_text == replace_invalid(text));
  simdjson::dom::element array;
  CHIPNER_FUZZ_CHECK(document["entities"].get(array) == simdjson::SUCCESS);
  check_entities_json(array, text, entities, unit);
}

// The lines of `contents` as the dictionary and rule parsers number them
// (1-based: line n is element n-1), "\r" kept.
inline std::vector<std::string_view> split_lines(std::string_view contents) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < contents.size()) {
    std::size_t newline = contents.find('\n', start);
    if (newline == std::string_view::npos) newline = contents.size();
    lines.push_back(contents.substr(start, newline - start));
    start = newline + 1;
  }
  return lines;
}

}  // namespace chipner::fuzz

#endif  // CHIPNER_TESTS_FUZZ_FUZZ_CHECKS_H_
