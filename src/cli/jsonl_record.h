// cli/jsonl_record.h: one JSON Lines record in, the same record out with an
// "entities" member added.
//
// The record is validated in full by simdjson's DOM parser (so a line that
// is not one JSON object is caught whatever it holds), and the text field is
// read from it. The output keeps the input bytes as they are and inserts
// ,"entities":[…] before the closing brace. Only when the record already has
// an "entities" member (a gold file, a second pass) is the object rebuilt
// from the raw text of its other members, found with simdjson On-Demand.

#ifndef CHIPNER_CLI_JSONL_RECORD_H_
#define CHIPNER_CLI_JSONL_RECORD_H_

#include <simdjson.h>

#include <string>
#include <string_view>

namespace chipner::cli {

class JsonlRecord {
 public:
  // Parses `line`, whose buffer must have simdjson::SIMDJSON_PADDING readable
  // bytes after its end. On success `text` views the unescaped field (valid
  // until the next parse) and the result is empty; otherwise it is the error.
  std::string parse(std::string_view line, std::string_view field,
                    std::string_view& text);

  // Appends the record last parsed, `line`, with `entities_json` as its
  // "entities" member.
  void append_with_entities(std::string& out, std::string_view line,
                            std::string_view entities_json);

  // The "id" member of the record last parsed, as text: a string as it is,
  // a number in decimal; empty when there is none or it is something else.
  // Looked up only when asked (the HTML view's headings), not on every parse.
  [[nodiscard]] std::string id() const;

 private:
  bool has_entities_member_ = false;
  simdjson::dom::object object_;  // the last record, valid until the next parse
  simdjson::dom::parser dom_;
  simdjson::ondemand::parser on_demand_;
};

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_JSONL_RECORD_H_
