// resolve/candidate.h: a possible entity, before overlaps are resolved.

#ifndef CHIPNER_RESOLVE_CANDIDATE_H_
#define CHIPNER_RESOLVE_CANDIDATE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "chipner/entity.h"
#include "dict/entry_table.h"

namespace chipner::resolve {

// Built-in priorities, used only to break ties between spans of equal length.
// Grammars compute values from the text, so they beat a dictionary entry of
// the same extent.
// Rules loaded from files default between the two so that a user's rule
// beats a built-in entry of the same span; built-in rules yield to both
// (Options::overlap_policy documents the order).
inline constexpr int kBuiltinRulePriority = 5;
inline constexpr int kDictionaryPriority = 10;
inline constexpr int kUserRulePriority = 15;
inline constexpr int kGrammarPriority = 20;

struct Candidate {
  std::uint32_t begin = 0;  // UTF-8 byte range
  std::uint32_t end = 0;
  EntityType type = EntityType::kCustom;
  std::string_view label;
  int priority = 0;
  dict::EntryRef entry;  // the dictionary entry or rule, if any
  EntityOrigin origin = EntityOrigin::kGrammar;
  std::string_view grammar;  // the grammar's name when entry is null
  std::optional<NodeInfo> node;
  std::optional<MoneyInfo> money;
};

}  // namespace chipner::resolve

#endif  // CHIPNER_RESOLVE_CANDIDATE_H_
