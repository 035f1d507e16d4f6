#include "cli/jsonl_record.h"

#include <vector>

namespace chipner::cli {
namespace {

constexpr std::string_view kWhitespace = " \t\r\n";

// A UTF-8 byte order mark, which Windows tools put at the start of a file.
// RFC 8259 lets a reader ignore it; rejecting it would cost a JSON Lines
// file its first record.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view skip_byte_order_mark(std::string_view line) {
  if (line.substr(0, kByteOrderMark.size()) == kByteOrderMark)
    line.remove_prefix(kByteOrderMark.size());
  return line;
}

std::string_view trim_right(std::string_view s) {
  const std::size_t last = s.find_last_not_of(kWhitespace);
  return last == std::string_view::npos ? std::string_view()
                                        : s.substr(0, last + 1);
}

}  // namespace

std::string JsonlRecord::parse(std::string_view line, std::string_view field,
                               std::string_view& text) {
  line = skip_byte_order_mark(line);
  simdjson::dom::element document;
  if (const auto error =
          dom_.parse(line.data(), line.size(), false).get(document)) {
    return std::string("invalid JSON: ") + simdjson::error_message(error);
  }
  simdjson::dom::object object;
  if (document.get_object().get(object) != simdjson::SUCCESS) {
    return "the line is not a JSON object";
  }
  simdjson::dom::element value;
  if (object.at_key(field).get(value) != simdjson::SUCCESS) {
    return "no field \"" + std::string(field) + "\"";
  }
  if (value.get_string().get(text) != simdjson::SUCCESS) {
    return "field \"" + std::string(field) + "\" is not a string";
  }
  object_ = object;
  simdjson::dom::element ignored;
  has_entities_member_ =
      object.at_key("entities").get(ignored) == simdjson::SUCCESS;
  return {};
}

std::string JsonlRecord::id() const {
  simdjson::dom::element value;
  if (object_.at_key("id").get(value) != simdjson::SUCCESS) return {};
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS)
    return std::string(text);
  std::int64_t number = 0;
  if (value.get_int64().get(number) == simdjson::SUCCESS)
    return std::to_string(number);
  std::uint64_t big = 0;
  if (value.get_uint64().get(big) == simdjson::SUCCESS)
    return std::to_string(big);
  return {};
}

void JsonlRecord::append_with_entities(std::string& out, std::string_view line,
                                       std::string_view entities_json) {
  line = skip_byte_order_mark(line);
  const std::string_view object =
      trim_right(line.substr(line.find_first_not_of(kWhitespace)));
  const std::string_view inside = object.substr(1, object.size() - 2);
  if (!has_entities_member_) {
    out.append(object.substr(0, object.size() - 1));
    if (inside.find_first_not_of(kWhitespace) != std::string_view::npos)
      out.push_back(',');
    out.append("\"entities\":").append(entities_json).push_back('}');
    return;
  }
  // Rebuild: every member but "entities", each byte for byte, then ours.
  // The DOM parse has validated the line, so On-Demand cannot fail here.
  simdjson::ondemand::document document;
  simdjson::padded_string_view padded(line.data(), line.size(),
                                      line.size() + simdjson::SIMDJSON_PADDING);
  std::vector<const char*> key_starts;
  std::vector<bool> keep;
  if (on_demand_.iterate(padded).get(document) == simdjson::SUCCESS) {
    simdjson::ondemand::object members;
    if (document.get_object().get(members) == simdjson::SUCCESS) {
      for (auto member : members) {
        simdjson::ondemand::raw_json_string key;
        if (member.key().get(key) != simdjson::SUCCESS) break;
        key_starts.push_back(key.raw() - 1);
        keep.push_back(!(key == "entities"));
      }
    }
  }
  const char* closing = object.data() + object.size() - 1;
  out.push_back('{');
  bool first = true;
  for (std::size_t i = 0; i < key_starts.size(); ++i) {
    if (!keep[i]) continue;
    const char* end = i + 1 < key_starts.size() ? key_starts[i + 1] : closing;
    std::string_view member = trim_right(std::string_view(
        key_starts[i], static_cast<std::size_t>(end - key_starts[i])));
    if (i + 1 < key_starts.size() && !member.empty() && member.back() == ',') {
      member = trim_right(member.substr(0, member.size() - 1));
    }
    if (!first) out.push_back(',');
    first = false;
    out.append(member);
  }
  if (!first) out.push_back(',');
  out.append("\"entities\":").append(entities_json).push_back('}');
}

}  // namespace chipner::cli
