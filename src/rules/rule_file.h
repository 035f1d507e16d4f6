// rules/rule_file.h: the rule file parser (spaCy EntityRuler JSON Lines).
//
// One rule a line, as spaCy's EntityRuler writes them:
//
//   {"label": "CHIP", "pattern": "Ascend 910C", "id": "ascend-910c"}
//   {"label": "CHIP", "pattern": [{"LOWER": "kirin"}, {"SHAPE": "dddd"}]}
//
// plus chipner's extensions (values, priority, contexts; docs/rules.md).
// Blank lines and lines starting with '#' are skipped. Every key is checked:
// one chipner does not support is an error naming file:line:column and the
// key, never ignored. Every bad line is reported, not only the first.

#ifndef CHIPNER_RULES_RULE_FILE_H_
#define CHIPNER_RULES_RULE_FILE_H_

#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "rules/rule.h"

namespace chipner::rules {

// Parses `contents` and appends its rules (and token patterns) to `context`.
// Errors: kInvalidUtf8, kBadJson, kUnknownKey, kBadPattern, kBadRegex,
// kBadType (a label), kBadNumber, kUnknownReference (ENT_TYPE, ENT_ID,
// vendor, foundry).
void parse_rule_file(std::string_view contents, std::string_view source,
                     RuleContext& context,
                     std::vector<Diagnostic>& diagnostics);

}  // namespace chipner::rules

#endif  // CHIPNER_RULES_RULE_FILE_H_
