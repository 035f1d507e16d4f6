#include "rules/rule_set.h"

#include <algorithm>

#include "rules/gazetteer.h"
#include "rules/rule_file.h"

namespace chipner::rules {

template <typename Parse>
void RuleSet::load(int default_priority, Parse parse) {
  RuleContext context;
  context.dictionary = dictionary_;
  context.entity_labels = &entity_labels_;
  context.rules = &rules_;
  context.patterns = &patterns_;
  context.default_priority = default_priority;
  parse(context);
}

void RuleSet::add_rule_file(std::string_view contents, std::string_view source,
                            int default_priority,
                            std::vector<Diagnostic>& diagnostics) {
  load(default_priority, [&](RuleContext& context) {
    parse_rule_file(contents, source, context, diagnostics);
  });
}

void RuleSet::add_corenlp_mapping(std::string_view contents,
                                  std::string_view source, int default_priority,
                                  std::vector<Diagnostic>& diagnostics) {
  load(default_priority, [&](RuleContext& context) {
    parse_corenlp_mapping(contents, source, context, diagnostics);
  });
}

void RuleSet::add_gate_list(std::string_view contents, std::string_view source,
                            std::string_view label, int default_priority,
                            std::vector<Diagnostic>& diagnostics) {
  load(default_priority, [&](RuleContext& context) {
    parse_gate_list(contents, source, label, context, diagnostics);
  });
}

void RuleSet::add_gate_index(std::string_view contents, const std::string& path,
                             int default_priority,
                             std::vector<Diagnostic>& diagnostics) {
  load(default_priority, [&](RuleContext& context) {
    load_gate_index(contents, path, context, diagnostics);
  });
}

void RuleSet::build(std::vector<Diagnostic>& diagnostics) {
  for (std::uint32_t r = 0; r < rules_.size(); ++r) {
    Rule& rule = rules_[r];
    if (rule.pattern < 0) {
      phrase_rule_.push_back(r);
      phrase_entries_.push_back(rule.entry);
      continue;
    }
    TokenPattern& pattern = patterns_[static_cast<std::size_t>(rule.pattern)];
    for (const PatternElement& element : pattern.elements) {
      for (const Predicate& p : element.condition.predicates) {
        uses_entities_ = uses_entities_ || p.attribute == Attribute::kEntType ||
                         p.attribute == Attribute::kEntId;
      }
    }
    rule.pattern =
        static_cast<std::int32_t>(pattern_matcher_.add(std::move(pattern)));
    pattern_rule_.push_back(r);
  }
  patterns_.clear();
  pattern_matcher_.compile();
  phrase_matcher_.build(phrase_entries_, diagnostics,
                        /*allow_shared_aliases=*/true);
  if (dictionary_ != nullptr && !entity_labels_.empty()) {
    label_bits_.assign(dictionary_->label_count(), 0);
    for (std::uint32_t k = 0; k < label_bits_.size(); ++k) {
      const auto it = std::find(entity_labels_.begin(), entity_labels_.end(),
                                dictionary_->label_at(k));
      if (it != entity_labels_.end())
        label_bits_[k] = std::uint64_t{1} << (it - entity_labels_.begin());
    }
  }
  std::vector<dict::Entry> entries;
  entries.reserve(rules_.size());
  for (const Rule& rule : rules_) entries.push_back(rule.entry);
  rule_entries_ = dict::EntryTable(entries);
}

void RuleSet::annotate(const text::TokenStream& tokens,
                       std::span<const dict::PhraseMatch> dictionary_matches,
                       TokenAnnotations& a) const {
  const std::size_t n = tokens.size();
  a.labels.assign(n, 0);
  a.first.assign(n + 1, 0);
  // Counting sort of (token, entry) pairs by token; the total is bounded by
  // n times the longest alias.
  for (const dict::PhraseMatch& m : dictionary_matches) {
    for (std::uint32_t t = m.first_token; t <= m.last_token; ++t) {
      ++a.first[t + 1];
      if (!label_bits_.empty())
        a.labels[t] |= label_bits_[dictionary_->label_index(m.entry)];
    }
  }
  for (std::size_t t = 0; t < n; ++t) a.first[t + 1] += a.first[t];
  a.entries.resize(a.first[n]);
  std::vector<std::uint32_t> next(a.first.begin(), a.first.end() - 1);
  for (const dict::PhraseMatch& m : dictionary_matches) {
    for (std::uint32_t t = m.first_token; t <= m.last_token; ++t)
      a.entries[next[t]++] = m.entry;
  }
}

void RuleSet::find(const text::TokenStream& tokens,
                   std::span<const dict::PhraseMatch> dictionary_matches,
                   Scratch& scratch, std::vector<RuleMatch>& out) const {
  const std::size_t first = out.size();
  if (!phrase_entries_.empty()) {
    scratch.phrases.clear();
    phrase_matcher_.find(tokens, scratch.terms, scratch.phrases);
    for (const dict::PhraseMatch& m : scratch.phrases)
      out.push_back({phrase_rule_[m.entry], m.first_token, m.last_token + 1});
  }
  if (pattern_matcher_.size() > 0) {
    const TokenAnnotations* annotations = nullptr;
    if (uses_entities_) {
      annotate(tokens, dictionary_matches, scratch.annotations);
      annotations = &scratch.annotations;
    }
    scratch.matches.clear();
    pattern_matcher_.find(tokens, annotations, scratch.patterns,
                          scratch.matches);
    for (const PatternMatch& m : scratch.matches)
      out.push_back({pattern_rule_[m.pattern], m.first_token, m.end_token});
  }
  const auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  // One match per rule and end token, the one that starts earliest
  // (pattern_matcher.h, MATCH SEMANTICS): threads in different states can
  // still reach the same end, as in "b b" for [{"LOWER": "b", "OP": "+"}].
  std::sort(begin, out.end(), [](const RuleMatch& a, const RuleMatch& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    if (a.end_token != b.end_token) return a.end_token < b.end_token;
    return a.first_token < b.first_token;
  });
  out.erase(std::unique(begin, out.end(),
                        [](const RuleMatch& a, const RuleMatch& b) {
                          return a.rule == b.rule && a.end_token == b.end_token;
                        }),
            out.end());
  std::sort(begin, out.end(), [](const RuleMatch& a, const RuleMatch& b) {
    if (a.first_token != b.first_token) return a.first_token < b.first_token;
    if (a.end_token != b.end_token) return a.end_token < b.end_token;
    return a.rule < b.rule;
  });
}

}  // namespace chipner::rules
