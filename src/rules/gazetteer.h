// rules/gazetteer.h: CoreNLP RegexNER mappings and GATE gazetteer lists.
//
// Both formats name phrases with a type; they load as rules (rules/rule.h),
// so they get priorities, may share phrases, and may use custom labels.
//
// CoreNLP RegexNER mapping: `pattern TAB TYPE [TAB overwritable [TAB
// priority]]`. A pattern whose space-separated tokens hold no regex syntax
// (`\ * + ? [ ] ( ) { } | ^ $`) is a phrase; otherwise each of its tokens is
// an RE2 regex that must match a whole chipner token. Matching is case
// sensitive, as in CoreNLP. The overwritable column is checked (a comma list
// of labels) but has no effect: chipner has no earlier labels to overwrite;
// the resolver and priorities decide.
//
// GATE: `lists.def` lines `file.lst:majorType[:minorType[:language[:annot]]]`
// name list files, relative to the index; the label is majorType in upper
// case with other characters as '_'. A `.lst` line is a phrase, optionally
// followed by features after '&' (or a TAB): `id`, `canonical`, `vendor`,
// `family`, `foundry`, `nm`, `priority` are used, other features ignored (GATE
// lists carry many). A `.lst` loaded alone takes its label from its file name.

#ifndef CHIPNER_RULES_GAZETTEER_H_
#define CHIPNER_RULES_GAZETTEER_H_

#include <string>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "rules/rule.h"

namespace chipner::rules {

// Errors: kBadGazetteer (fields), kBadType (type), kBadNumber (priority),
// kBadRegex, kInvalidUtf8.
void parse_corenlp_mapping(std::string_view contents, std::string_view source,
                           RuleContext& context,
                           std::vector<Diagnostic>& diagnostics);

// One list file; `label` as derived from its lists.def line or file name.
void parse_gate_list(std::string_view contents, std::string_view source,
                     std::string_view label, RuleContext& context,
                     std::vector<Diagnostic>& diagnostics);

// A lists.def index at `path`: reads and parses every list it names.
// Errors: those of parse_gate_list(), kIoError, kBadGazetteer.
void load_gate_index(std::string_view contents, const std::string& path,
                     RuleContext& context,
                     std::vector<Diagnostic>& diagnostics);

// The label of a GATE majorType or list file stem: upper case, other
// characters as '_' ("organization" → "ORGANIZATION", "fab-sites" →
// "FAB_SITES").
[[nodiscard]] std::string gate_label(std::string_view name);

}  // namespace chipner::rules

#endif  // CHIPNER_RULES_GAZETTEER_H_
