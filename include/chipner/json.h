// chipner/json.h: the JSON that the chipner CLI writes, for services that
// want to emit the same.
//
//   std::string out;
//   chipner::append_document_json(out, text, entities, {});
//   // {"text":"…","entities":[{"type":"COMPANY","start":0,"end":6,…}]}
//
// Each entity is one object: "type", "start", "end", "text", then the values
// of its type that are known: "id", "canonical"; "vendor", "family";
// "nm", "foundry"; "amount", "amount_max", "currency", "currency_ambiguous".
// Strings are escaped per RFC 8259; bytes that are not valid UTF-8 are
// written as U+FFFD, so the output is always valid UTF-8 JSON.

#ifndef CHIPNER_JSON_H_
#define CHIPNER_JSON_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "chipner/entity.h"
#include "chipner/export.h"
#include "chipner/offsets.h"

namespace chipner {

struct JsonOptions {
  OffsetUnit offsets = OffsetUnit::kBytes;  // unit of "start" and "end"
  // Added to every "start" and "end", in the unit above: for a text that is
  // one window of a longer one, this is where the window starts.
  std::uint64_t offset_base = 0;
  // Add where each entity comes from: "source" ("file:line" of a dictionary
  // entry, or a grammar's name) or "rule" ("file:line" of a rule or
  // gazetteer line). Entity::discarded is always written, as
  // "discarded":true.
  bool explain = false;
};

// Appends `utf8` as a JSON string, quotes included.
CHIPNER_EXPORT void append_json_string(std::string& out, std::string_view utf8);

// Appends the JSON array of `entities`, which were found in `text` and are
// sorted by begin.
CHIPNER_EXPORT void append_entities_json(std::string& out,
                                         std::string_view text,
                                         std::span<const Entity> entities,
                                         const JsonOptions& options);

// Appends {"text": …, "entities": […]}.
CHIPNER_EXPORT void append_document_json(std::string& out,
                                         std::string_view text,
                                         std::span<const Entity> entities,
                                         const JsonOptions& options);

}  // namespace chipner

#endif  // CHIPNER_JSON_H_
