// rules/rule_set.h: every loaded rule, compiled, and how to find them.
//
// Rules come from rule files (rules/rule_file.h) and gazetteers
// (rules/gazetteer.h). build() compiles phrase rules into a token trie
// (dict::PhraseMatcher, where several rules may share a phrase, as spaCy
// allows) and token patterns into a PatternMatcher. find() runs both over a
// token stream; first it marks which dictionary labels and entries cover
// each token, for ENT_TYPE and ENT_ID, when some pattern asks.
//
//   build:  O(total pattern size)
//   find:   O(n · L) for phrases + O(n · s) for patterns (pattern_matcher.h),
//           plus O(k log k) to sort k matches: linear in the text.
//
// Immutable after build(); find() is const and thread-safe with one Scratch
// per thread.

#ifndef CHIPNER_RULES_RULE_SET_H_
#define CHIPNER_RULES_RULE_SET_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "dict/entry_table.h"
#include "dict/phrase_matcher.h"
#include "rules/pattern_matcher.h"
#include "rules/rule.h"

namespace chipner::rules {

// One rule occurrence: the span is tokens [first_token, end_token).
struct RuleMatch {
  std::uint32_t rule = 0;  // index into RuleSet::rules()
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;

  friend bool operator==(const RuleMatch&, const RuleMatch&) = default;
};

class RuleSet {
 public:
  // The dictionary that ENT_TYPE, ENT_ID, vendor and foundry refer to.
  // Precondition: called before any add_*(); `entries` outlives the set.
  void set_dictionary(const dict::EntryTable* entries) {
    dictionary_ = entries;
  }

  // Each adds the rules of one file; `default_priority` applies where the
  // file gives none. Errors: see rule_file.h and gazetteer.h.
  void add_rule_file(std::string_view contents, std::string_view source,
                     int default_priority,
                     std::vector<Diagnostic>& diagnostics);
  void add_corenlp_mapping(std::string_view contents, std::string_view source,
                           int default_priority,
                           std::vector<Diagnostic>& diagnostics);
  void add_gate_list(std::string_view contents, std::string_view source,
                     std::string_view label, int default_priority,
                     std::vector<Diagnostic>& diagnostics);
  void add_gate_index(std::string_view contents, const std::string& path,
                      int default_priority,
                      std::vector<Diagnostic>& diagnostics);

  // Compiles what was added. Call once; the set is immutable afterwards.
  void build(std::vector<Diagnostic>& diagnostics);

  struct Scratch {
    PatternMatcher::Scratch patterns;
    dict::PhraseMatcher::Scratch terms;
    std::vector<dict::PhraseMatch> phrases;
    std::vector<PatternMatch> matches;
    TokenAnnotations annotations;
  };

  // Appends every rule occurrence in `tokens`, sorted by (first_token,
  // end_token, rule): for each rule and end token, the one that starts
  // earliest. `dictionary_matches` are the
  // dictionary's alias occurrences in the same tokens.
  void find(const text::TokenStream& tokens,
            std::span<const dict::PhraseMatch> dictionary_matches,
            Scratch& scratch, std::vector<RuleMatch>& out) const;

  [[nodiscard]] const std::vector<Rule>& rules() const noexcept {
    return rules_;
  }
  // The rules' entries as a table, rule i at index i (after build()).
  [[nodiscard]] const dict::EntryTable& rule_entries() const noexcept {
    return rule_entries_;
  }
  [[nodiscard]] const PatternMatcher& patterns() const noexcept {
    return pattern_matcher_;
  }

  // Registers the phrase rules' terms with `filter` (text::StemFilter).
  void add_stems_to(text::StemFilter& filter) const {
    phrase_matcher_.add_stems_to(filter);
  }

 private:
  template <typename Parse>
  void load(int default_priority, Parse parse);
  void annotate(const text::TokenStream& tokens,
                std::span<const dict::PhraseMatch> dictionary_matches,
                TokenAnnotations& annotations) const;

  const dict::EntryTable* dictionary_ = nullptr;
  std::vector<Rule> rules_;
  dict::EntryTable rule_entries_;           // by rule, for candidates
  std::vector<TokenPattern> patterns_;      // consumed by build()
  std::vector<std::string> entity_labels_;  // ENT_TYPE bit → label
  // ENT_TYPE bits by the dictionary's label index (EntryTable::label_index).
  std::vector<std::uint64_t> label_bits_;
  bool uses_entities_ = false;

  std::vector<dict::Entry> phrase_entries_;
  std::vector<std::uint32_t> phrase_rule_;   // phrase entry → rule
  std::vector<std::uint32_t> pattern_rule_;  // pattern → rule
  dict::PhraseMatcher phrase_matcher_;
  PatternMatcher pattern_matcher_;
};

}  // namespace chipner::rules

#endif  // CHIPNER_RULES_RULE_SET_H_
