// rules/rule.h: one loaded rule and what its parsers share.
//
// A rule is a phrase (matched by a token trie, like a dictionary alias) or a
// token pattern (matched by the PatternMatcher), with the entity values it
// gives. Rule files (spaCy EntityRuler JSONL), CoreNLP RegexNER mappings and
// GATE gazetteer lists all load into rules; rules/rule_set.h matches them.

#ifndef CHIPNER_RULES_RULE_H_
#define CHIPNER_RULES_RULE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "dict/entry.h"
#include "dict/entry_table.h"
#include "rules/token_pattern.h"
#include "text/tokenizer.h"

namespace chipner::rules {

struct Rule {
  // Label, type, id, canonical name and values; `source` and `line` say
  // where the rule is (for diagnostics and --explain). A phrase rule keeps
  // its phrase as the single alias.
  dict::Entry entry;
  int priority = 0;
  std::int32_t pattern = -1;  // token pattern index; -1 for a phrase rule
};

// What a parser needs besides its text: the loaded dictionary (ENT_TYPE,
// ENT_ID, vendor and foundry references), and where to put what it reads.
struct RuleContext {
  const dict::EntryTable* dictionary = nullptr;
  std::vector<std::string>* entity_labels = nullptr;  // ENT_TYPE bit → label
  std::vector<Rule>* rules = nullptr;
  std::vector<TokenPattern>* patterns = nullptr;  // by Rule::pattern
  int default_priority = 0;
  text::Tokenizer tokenizer;  // folds pattern values like text
  text::TokenStream stream;
};

// A label as rule files and gazetteers may write it: [A-Za-z_][A-Za-z0-9_-]*.
[[nodiscard]] bool is_valid_label(std::string_view label) noexcept;

// Checks that `ref` (a vendor or foundry) names a COMPANY entry of the
// dictionary; adds a kUnknownReference diagnostic if not.
void check_company_reference(const RuleContext& context, std::string_view ref,
                             std::string_view what, const Diagnostic& where,
                             std::vector<Diagnostic>& diagnostics);

}  // namespace chipner::rules

#endif  // CHIPNER_RULES_RULE_H_
