// fuzz/json_writer_fuzzer.cc: append_document_json (chipner/json.h) on
// arbitrary text and arbitrary entities, as a library user may build them.
//
// Every string (text, labels, ids, currency) is fuzzed bytes, every number
// any double (NaN, infinities, subnormals and huge values included), every
// offset any value up to the text's length, on a code point boundary or not.
// Checks, beyond "no crash":
//   * the output is one JSON object that simdjson accepts (so it is also
//     valid UTF-8), whatever the input;
//   * the text and each string come back as written, with invalid bytes
//     shown as U+FFFD;
//   * offsets on code point boundaries are converted correctly to the unit;
//   * finite amounts read back to the same double; others are null.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "chipner/chipner.h"
#include "fuzz_checks.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

constexpr std::size_t kMaxEntities = 16;
constexpr std::size_t kMaxString = 24;

std::optional<double> maybe_double(FuzzedDataProvider& provider) {
  if (!provider.ConsumeBool()) return std::nullopt;
  return provider.ConsumeFloatingPoint<double>();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider provider(data, size);
  const auto unit = static_cast<chipner::OffsetUnit>(
      provider.ConsumeIntegralInRange<int>(0, 2));
  const std::size_t count =
      provider.ConsumeIntegralInRange<std::size_t>(0, kMaxEntities);

  // Strings the entities view: kept alive here, filled before any view is
  // taken so they never move.
  std::vector<std::string> strings;
  strings.reserve(count * 5);
  const auto fuzzed_string = [&]() -> std::string_view {
    strings.push_back(provider.ConsumeRandomLengthString(kMaxString));
    return strings.back();
  };

  std::vector<chipner::Entity> entities(count);
  for (chipner::Entity& e : entities) {
    e.type = static_cast<chipner::EntityType>(
        provider.ConsumeIntegralInRange<int>(0, 4));
    e.label = fuzzed_string();
    e.id = fuzzed_string();
    e.canonical = fuzzed_string();
    switch (provider.ConsumeIntegralInRange<int>(0, 3)) {
      case 1:
        e.chip = chipner::ChipInfo{fuzzed_string(), fuzzed_string()};
        break;
      case 2:
        e.node = chipner::NodeInfo{maybe_double(provider), fuzzed_string()};
        break;
      case 3:
        e.money =
            chipner::MoneyInfo{maybe_double(provider), maybe_double(provider),
                               fuzzed_string(), provider.ConsumeBool()};
        break;
      default:
        break;
    }
  }
  const std::string text = provider.ConsumeRemainingBytesAsString();

  // Offsets: sorted and within the text, as json.h requires, but free to
  // fall inside a multi-byte sequence or an invalid byte run.
  std::vector<std::uint32_t> offsets;
  for (std::size_t i = 0; i < 2 * count; ++i) {
    const std::size_t seed =
        i < text.size() ? static_cast<unsigned char>(text[text.size() - 1 - i])
                        : i;
    offsets.push_back(text.empty()
                          ? 0
                          : static_cast<std::uint32_t>((seed * 2654435761U) %
                                                       (text.size() + 1)));
  }
  std::sort(offsets.begin(), offsets.end());
  for (std::size_t i = 0; i < count; ++i) {
    entities[i].begin = offsets[2 * i];
    entities[i].end = offsets[2 * i + 1];
    entities[i].text = std::string_view(text).substr(
        entities[i].begin, entities[i].end - entities[i].begin);
  }

  chipner::fuzz::check_document_json(text, entities, unit);

  // The string writer alone, on bytes that need every kind of escape.
  std::string quoted;
  chipner::append_json_string(quoted, text);
  std::string_view unquoted;
  static simdjson::dom::parser parser;
  CHIPNER_FUZZ_CHECK(
      chipner::fuzz::parse_json(parser, quoted).get_string().get(unquoted) ==
      simdjson::SUCCESS);
  CHIPNER_FUZZ_CHECK(unquoted == chipner::fuzz::replace_invalid(text));
  return 0;
}
