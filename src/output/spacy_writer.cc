// The spaCy writer of chipner/formats.h.

#include "chipner/formats.h"
#include "chipner/json.h"
#include "chipner/offsets.h"
#include "output/number_format.h"

namespace chipner {

void append_spacy_json(std::string& out, std::string_view text,
                       std::span<const Entity> entities) {
  // spaCy's Doc.char_span() and displaCy index Python strings: code points.
  OffsetConverter offsets(text, OffsetUnit::kCodePoints);
  out += "{\"text\":";
  append_json_string(out, text);
  out += ",\"ents\":[";
  bool first = true;
  for (const Entity& entity : entities) {
    if (!first) out.push_back(',');
    first = false;
    out += "{\"start\":";
    output::append_unsigned(out, offsets.convert(entity.begin));
    out += ",\"end\":";
    output::append_unsigned(out, offsets.convert(entity.end));
    out += ",\"label\":";
    append_json_string(out, entity.label);
    out.push_back('}');
  }
  out += "]}";
}

}  // namespace chipner
