// The JSON writers of chipner/json.h.

#include "chipner/json.h"
#include "output/number_format.h"
#include "text/utf8.h"

namespace chipner {
namespace {

using output::append_number;
using output::append_unsigned;

void append_member(std::string& out, std::string_view name,
                   std::string_view value) {
  out += ",\"";
  out += name;
  out += "\":";
  append_json_string(out, value);
}

void append_member(std::string& out, std::string_view name, double value) {
  out += ",\"";
  out += name;
  out += "\":";
  append_number(out, value);
}

}  // namespace

void append_json_string(std::string& out, std::string_view utf8) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    // A run that needs no escaping (printable ASCII, valid multi-byte
    // sequences) is copied in one append.
    const std::size_t run = pos;
    while (pos < utf8.size()) {
      const auto b = static_cast<unsigned char>(utf8[pos]);
      if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
        ++pos;
      } else if (b >= 0x80) {
        const text::CodePoint cp = text::decode_utf8(utf8, pos);
        if (!cp.valid) break;
        pos += cp.length;
      } else {
        break;
      }
    }
    out.append(utf8.data() + run, pos - run);
    if (pos == utf8.size()) break;
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80) {
      switch (byte) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          out += "\\u00";
          out.push_back(kHex[byte >> 4U]);
          out.push_back(kHex[byte & 0xFU]);
      }
      ++pos;
      continue;
    }
    pos += text::append_valid_or_replacement(out, utf8, pos);
  }
  out.push_back('"');
}

void append_entities_json(std::string& out, std::string_view text,
                          std::span<const Entity> entities,
                          const JsonOptions& options) {
  OffsetConverter offsets(text, options.offsets);
  out.push_back('[');
  bool first = true;
  for (const Entity& entity : entities) {
    if (!first) out.push_back(',');
    first = false;
    out += "{\"type\":";
    append_json_string(out, entity.label);
    out += ",\"start\":";
    append_unsigned(out, options.offset_base + offsets.convert(entity.begin));
    out += ",\"end\":";
    append_unsigned(out, options.offset_base + offsets.convert(entity.end));
    append_member(out, "text", entity.text);
    if (!entity.id.empty()) append_member(out, "id", entity.id);
    if (!entity.canonical.empty())
      append_member(out, "canonical", entity.canonical);
    if (entity.chip) {
      if (!entity.chip->vendor.empty())
        append_member(out, "vendor", entity.chip->vendor);
      if (!entity.chip->family.empty())
        append_member(out, "family", entity.chip->family);
    }
    if (entity.node) {
      if (entity.node->nm) append_member(out, "nm", *entity.node->nm);
      if (!entity.node->foundry.empty())
        append_member(out, "foundry", entity.node->foundry);
    }
    if (entity.money) {
      out += ",\"amount\":";
      if (entity.money->amount) {
        append_number(out, *entity.money->amount);
      } else {
        out += "null";
      }
      if (entity.money->amount_max)
        append_member(out, "amount_max", *entity.money->amount_max);
      append_member(out, "currency", entity.money->currency);
      if (entity.money->currency_ambiguous)
        out += ",\"currency_ambiguous\":true";
    }
    if (entity.discarded) out += ",\"discarded\":true";
    if (options.explain && !entity.source.empty()) {
      std::string where(entity.source);
      if (entity.line > 0) where += ":" + std::to_string(entity.line);
      append_member(
          out, entity.origin == EntityOrigin::kRule ? "rule" : "source", where);
    }
    out.push_back('}');
  }
  out.push_back(']');
}

void append_document_json(std::string& out, std::string_view text,
                          std::span<const Entity> entities,
                          const JsonOptions& options) {
  out += "{\"text\":";
  append_json_string(out, text);
  out += ",\"entities\":";
  append_entities_json(out, text, entities, options);
  out.push_back('}');
}

}  // namespace chipner
