// resolve/candidate.h: a possible entity, before overlaps are resolved.

#ifndef CHIPNER_RESOLVE_CANDIDATE_H_
#define CHIPNER_RESOLVE_CANDIDATE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "chipner/entity.h"
#include "dict/entry.h"

namespace chipner::resolve {

// Built-in priorities, used only to break ties between spans of equal length.
// Grammars compute values from the text, so they beat a dictionary entry of
// the same extent.
inline constexpr int kDictionaryPriority = 10;
inline constexpr int kGrammarPriority = 20;

struct Candidate {
  std::uint32_t begin = 0;  // UTF-8 byte range
  std::uint32_t end = 0;
  EntityType type = EntityType::kCustom;
  std::string_view label;
  int priority = 0;
  const dict::Entry* entry = nullptr;  // the dictionary entry, if any
  std::optional<NodeInfo> node;
  std::optional<MoneyInfo> money;
};

}  // namespace chipner::resolve

#endif  // CHIPNER_RESOLVE_CANDIDATE_H_
