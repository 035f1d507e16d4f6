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
  // simdjson reads up to SIMDJSON_PADDING bytes past the end.
  padded_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  padded_.assign(line);
  std::string_view text;
  std::string error = record_.parse(padded_, args_.field, text);
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
  record_.append_with_entities(out, padded_, entities_json_);
  out.push_back('\n');
  return {};
}

}  // namespace chipner::cli
