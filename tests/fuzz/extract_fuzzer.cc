// fuzz/extract_fuzzer.cc: Extractor::extract on arbitrary bytes, under
// every type filter, overlap policy and offset unit, with and without
// all_candidates.
//
// The last bytes of the input choose the configuration (FuzzedDataProvider
// reads integers from the end), the rest is the text, so a seed that is
// plain text stays plain text. Checks, beyond "no crash":
//   * the extract() contract (fuzz_checks.h: spans sorted, disjoint, on code
//     point boundaries, values finite);
//   * only the types asked for come back;
//   * with all_candidates, the candidates not discarded are exactly the
//     plain result;
//   * both overloads agree, and the Workspace overload appends to `out`
//     without touching what it held (one Workspace is reused across inputs,
//     as a CLI thread reuses it across lines);
//   * the document JSON parses, is valid UTF-8, and says the same entities
//     at offsets converted to the chosen unit.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "chipner/chipner.h"
#include "fuzz_checks.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

constexpr std::array<chipner::EntityType, 4> kTypes{
    chipner::EntityType::kCompany, chipner::EntityType::kChip,
    chipner::EntityType::kProcessNode, chipner::EntityType::kMoney};

// The configurations fuzzed: every type filter (a bit per type of kTypes;
// none means all) under the default policy, then the other policies and
// all_candidates with every type.
struct Config {
  unsigned mask = 0;
  chipner::OverlapPolicy policy = chipner::OverlapPolicy::kLongestFirst;
  bool all_candidates = false;
};
constexpr std::size_t kMasks = 16;
constexpr std::size_t kConfigs = kMasks + 3;

Config config(std::size_t index) {
  if (index < kMasks) return {static_cast<unsigned>(index)};
  const std::size_t extra = index - kMasks;  // 0, 1, 2
  return {0,
          extra == 1 ? chipner::OverlapPolicy::kLongestFirst
                     : chipner::OverlapPolicy::kPriorityFirst,
          extra >= 1};
}

// One Extractor per configuration, built on first use: building loads the
// embedded dictionaries, far too slow to repeat per input.
const chipner::Extractor& extractor_for(std::size_t index) {
  static std::array<std::unique_ptr<chipner::Extractor>, kConfigs> extractors;
  auto& slot = extractors[index];
  if (!slot) {
    const Config c = config(index);
    chipner::Options options;
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
      if ((c.mask & (1U << i)) != 0) options.types.push_back(kTypes[i]);
    }
    options.overlap_policy = c.policy;
    options.all_candidates = c.all_candidates;
    auto created = chipner::Extractor::create(options);
    CHIPNER_FUZZ_CHECK(created.has_value());
    slot = std::make_unique<chipner::Extractor>(std::move(*created));
  }
  return *slot;
}

// The Extractor of the same policy without all_candidates.
std::size_t chosen_only(std::size_t index) {
  return config(index).policy == chipner::OverlapPolicy::kLongestFirst ? 0
                                                                       : kMasks;
}

bool wanted(unsigned mask, chipner::EntityType type) {
  if (mask == 0) return true;
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (kTypes[i] == type) return (mask & (1U << i)) != 0;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider provider(data, size);
  const std::size_t index =
      provider.ConsumeIntegralInRange<std::size_t>(0, kConfigs - 1);
  const unsigned mask = config(index).mask;
  const auto unit = static_cast<chipner::OffsetUnit>(
      provider.ConsumeIntegralInRange<int>(0, 2));
  const std::string text = provider.ConsumeRemainingBytesAsString();

  const chipner::Extractor& extractor = extractor_for(index);
  const std::vector<chipner::Entity> entities = extractor.extract(text);
  chipner::fuzz::check_entities(text, entities);
  for (const chipner::Entity& e : entities) {
    CHIPNER_FUZZ_CHECK(wanted(mask, e.type));
    CHIPNER_FUZZ_CHECK(config(index).all_candidates || !e.discarded);
  }
  if (config(index).all_candidates) {
    // Setting the discarded candidates aside again gives the plain result.
    const std::vector<chipner::Entity> plain =
        extractor_for(chosen_only(index)).extract(text);
    std::vector<chipner::Entity> chosen;
    for (const chipner::Entity& e : entities) {
      if (!e.discarded) chosen.push_back(e);
    }
    CHIPNER_FUZZ_CHECK(chosen.size() == plain.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
      CHIPNER_FUZZ_CHECK(chipner::fuzz::same_entity(chosen[i], plain[i]));
    }
  }

  static chipner::Workspace workspace;
  std::vector<chipner::Entity> appended(1);
  appended[0].label = "SENTINEL";
  extractor.extract(text, workspace, appended);
  CHIPNER_FUZZ_CHECK(appended.size() == entities.size() + 1);
  CHIPNER_FUZZ_CHECK(appended[0].label == "SENTINEL");
  for (std::size_t i = 0; i < entities.size(); ++i) {
    CHIPNER_FUZZ_CHECK(
        chipner::fuzz::same_entity(entities[i], appended[i + 1]));
  }

  chipner::fuzz::check_document_json(text, entities, unit);
  return 0;
}
