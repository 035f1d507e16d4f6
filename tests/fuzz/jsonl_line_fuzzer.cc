// fuzz/jsonl_line_fuzzer.cc: one --jsonl record, read and written back with
// its entities (cli/jsonl_record.h).
//
// The input is cut at its first newline, as the CLI cuts lines; its last
// byte picks the field to read ("text", another name, or one with escapes).
// Checks, beyond "no crash":
//   * parse() either fails with a message or yields the field's text;
//   * the output is exactly one JSON object (simdjson, which also checks
//     UTF-8), on one line, whose "entities" is the array we gave and whose
//     other members are the input's, in order;
//   * without an "entities" member in the input, the input object's bytes
//     are kept as they were, up to the closing brace.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chipner/chipner.h"
#include "cli/jsonl_record.h"
#include "fuzz_checks.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

const chipner::Extractor& extractor() {
  static const chipner::Extractor instance = [] {
    auto created = chipner::Extractor::create();
    CHIPNER_FUZZ_CHECK(created.has_value());
    return std::move(*created);
  }();
  return instance;
}

// The members of `object` but "entities", in order, values minified.
std::vector<std::pair<std::string, std::string>> other_members(
    simdjson::dom::object object) {
  std::vector<std::pair<std::string, std::string>> members;
  for (const auto field : object) {
    if (field.key != "entities")
      members.emplace_back(field.key, simdjson::minify(field.value));
  }
  return members;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider provider(data, size);
  std::string field = "text";
  switch (provider.ConsumeIntegralInRange<int>(0, 3)) {
    case 1:
      field = "body";
      break;
    case 2:
      field = "entities";  // the member we are about to replace
      break;
    case 3:
      field = "t\xC3\xA9xt\"";  // non-ASCII, and a quote to escape
      break;
    default:
      break;
  }
  std::string line = provider.ConsumeRemainingBytesAsString();
  line = line.substr(0, line.find('\n'));
  if (!line.empty() && line.back() == '\r') line.pop_back();

  // The record's buffer must be followed by simdjson's padding; a copy with
  // real bytes there (not spare capacity) keeps ASan quiet about reading it.
  std::string buffer = line;
  buffer.append(simdjson::SIMDJSON_PADDING, ' ');
  const std::string_view padded(buffer.data(), line.size());

  chipner::cli::JsonlRecord record;
  std::string_view text;
  const std::string error = record.parse(padded, field, text);
  static simdjson::dom::parser parser;
  if (!error.empty()) {
    // The pipeline writes the message into an error object: it must be
    // writable as a JSON string.
    std::string json;
    chipner::append_json_string(json, error);
    chipner::fuzz::parse_json(parser, json);
    return 0;
  }
  const std::string text_copy(text);  // `text` dies with the next parse

  const std::vector<chipner::Entity> entities = extractor().extract(text_copy);
  chipner::fuzz::check_entities(text_copy, entities);
  std::string entities_json;
  chipner::append_entities_json(entities_json, text_copy, entities, {});

  std::string out;
  record.append_with_entities(out, padded, entities_json);
  CHIPNER_FUZZ_CHECK(out.find('\n') == std::string::npos);

  // Each parse gets its own parser: an element lives only until its
  // parser's next parse.
  static simdjson::dom::parser input_parser;
  static simdjson::dom::parser output_parser;
  static simdjson::dom::parser entities_parser;
  // A leading byte order mark is skipped, as RFC 8259 allows.
  std::string_view object_line = line;
  if (object_line.substr(0, 3) == "\xEF\xBB\xBF") object_line.remove_prefix(3);
  simdjson::dom::object input_object;
  CHIPNER_FUZZ_CHECK(chipner::fuzz::parse_json(input_parser, object_line)
                         .get_object()
                         .get(input_object) == simdjson::SUCCESS);
  simdjson::dom::element ignored;
  const bool had_entities =
      input_object["entities"].get(ignored) == simdjson::SUCCESS;

  simdjson::dom::object output_object;
  CHIPNER_FUZZ_CHECK(chipner::fuzz::parse_json(output_parser, out)
                         .get_object()
                         .get(output_object) == simdjson::SUCCESS);
  CHIPNER_FUZZ_CHECK(other_members(output_object) ==
                     other_members(input_object));
  simdjson::dom::element output_entities;
  CHIPNER_FUZZ_CHECK(output_object["entities"].get(output_entities) ==
                     simdjson::SUCCESS);
  CHIPNER_FUZZ_CHECK(simdjson::minify(output_entities) ==
                     simdjson::minify(chipner::fuzz::parse_json(
                         entities_parser, entities_json)));

  if (!had_entities) {
    // Byte for byte: the output starts with the input object minus its
    // closing brace (and the whitespace around it).
    const std::size_t first = object_line.find_first_not_of(" \t\r\n");
    const std::size_t last = object_line.find_last_not_of(" \t\r\n");
    CHIPNER_FUZZ_CHECK(first != std::string::npos && object_line[last] == '}');
    const std::string_view head = object_line.substr(first, last - first);
    CHIPNER_FUZZ_CHECK(std::string_view(out).substr(0, head.size()) == head);
  }
  return 0;
}
