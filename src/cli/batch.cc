#include "cli/batch.h"

#include <simdjson.h>

namespace chipner::cli {

void BatchProcessor::append_error(std::string& out, std::string_view message,
                                  std::uint64_t line) {
  out += "{\"error\":";
  append_json_string(out, message);
  out += ",\"line\":";
  out += std::to_string(line);
  out += "}\n";
}

void BatchProcessor::process(Batch& batch) {
  batch.output.clear();
  // simdjson reads up to SIMDJSON_PADDING bytes past a record (what they
  // hold does not matter): the lines after it, and after the last one this
  // padding. So records are parsed where they lie, without a copy.
  if (args_.mode == InputMode::kJsonl)
    batch.bytes.append(simdjson::SIMDJSON_PADDING, ' ');
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const std::string_view line = batch.line(i);
    if (args_.mode != InputMode::kJsonl) {
      entities_.clear();
      extractor_.extract(line, workspace_, entities_);
      formatter_.document(batch.output, line, entities_);
      continue;
    }
    const std::string error = jsonl(batch.output, line);
    if (error.empty()) continue;
    if (args_.strict) {
      batch.failed_line = batch.first_line + i;
      batch.failure = error;
      return;
    }
    formatter_.error(batch.output, error, batch.first_line + i);
  }
}

std::string BatchProcessor::jsonl(std::string& out, std::string_view line) {
  std::string_view text;
  std::string error = record_.parse(line, args_.field, text);
  if (!error.empty()) return error;
  entities_.clear();
  extractor_.extract(text, workspace_, entities_);
  const auto* json = dynamic_cast<const JsonFormatter*>(&formatter_);
  if (json == nullptr) {
    formatter_.record(out, text, entities_, record_.id());
    return {};
  }
  entities_json_.clear();
  append_entities_json(entities_json_, text, entities_, json->options());
  record_.append_with_entities(out, line, entities_json_);
  out.push_back('\n');
  return {};
}

}  // namespace chipner::cli
