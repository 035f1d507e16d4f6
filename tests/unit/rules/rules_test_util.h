// Helpers for the rule tests: load rules from text, run them over a text,
// and print the matches as "LABEL:span text" strings.

#ifndef CHIPNER_TESTS_UNIT_RULES_RULES_TEST_UTIL_H_
#define CHIPNER_TESTS_UNIT_RULES_RULES_TEST_UTIL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "rules/rule_set.h"
#include "text/tokenizer.h"

namespace chipner::rules::testing {

// A tiny dictionary for ENT_TYPE / ENT_ID / vendor references.
inline constexpr std::string_view kDictionary =
    "type\tid\tcanonical\taliases\n"
    "COMPANY\thuawei\tHuawei\tHuawei\n"
    "COMPANY\tnvidia\tNVIDIA\tNVIDIA|Nvidia\n"
    "LAB\tzhejiang-lab\tZhejiang Lab\tZhejiang Lab\n";

struct Loaded {
  dict::Dictionary dictionary;
  RuleSet rules;
  std::vector<Diagnostic> diagnostics;
};

inline std::unique_ptr<Loaded> load_rules(std::string_view jsonl,
                                          std::string_view source = "t.jsonl",
                                          int priority = 15) {
  auto loaded = std::make_unique<Loaded>();
  loaded->dictionary.add_file(kDictionary, "d.tsv", loaded->diagnostics);
  loaded->dictionary.build(loaded->diagnostics);
  loaded->rules.set_dictionary(&loaded->dictionary.entries());
  loaded->rules.add_rule_file(jsonl, source, priority, loaded->diagnostics);
  loaded->rules.build(loaded->diagnostics);
  return loaded;
}

// Every match as "LABEL:text", in RuleSet order (by start, then end).
inline std::vector<std::string> run(const Loaded& loaded, std::string_view text,
                                    std::uint64_t* work = nullptr) {
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  tokenizer.tokenize(text, tokens);
  dict::PhraseMatcher::Scratch terms;
  std::vector<dict::PhraseMatch> phrases;
  loaded.dictionary.matcher().find(tokens, terms, phrases);
  RuleSet::Scratch scratch;
  std::vector<RuleMatch> matches;
  loaded.rules.find(tokens, phrases, scratch, matches);
  if (work != nullptr) *work = scratch.patterns.work;
  std::vector<std::string> out;
  for (const RuleMatch& m : matches) {
    const auto begin = tokens[m.first_token].begin;
    const auto end = tokens[m.end_token - 1].end;
    out.push_back(loaded.rules.rules()[m.rule].entry.label + ":" +
                  std::string(text.substr(begin, end - begin)));
  }
  return out;
}

}  // namespace chipner::rules::testing

#endif  // CHIPNER_TESTS_UNIT_RULES_RULES_TEST_UTIL_H_
