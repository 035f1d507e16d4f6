// The façade: wires text → dictionary + grammars → resolver → entities.

#include "chipner/extractor.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "dict/dictionary.h"
#include "dict/embedded.h"
#include "dictionary_layer.h"
#include "grammar/company_cue.h"
#include "grammar/money.h"
#include "grammar/process_node.h"
#include "resolve/resolver.h"
#include "rules/gazetteer.h"
#include "rules/rule_set.h"
#include "text/tokenizer.h"

namespace chipner {
namespace internal {

struct ExtractorImpl {
  dict::Dictionary dictionary;
  grammar::MoneyGrammar money;
  grammar::ProcessNodeGrammar nodes;
  grammar::CompanyCueGrammar company_cues;
  rules::RuleSet rules;
  // Cyrillic words whose stems some matcher may compare; see StemFilter.
  text::StemFilter stem_filter;
  std::vector<EntityType> types;           // empty: all
  std::vector<std::string> custom_labels;  // empty: all
  OverlapPolicy policy = OverlapPolicy::kLongestFirst;
  bool all_candidates = false;

  [[nodiscard]] bool wants(EntityType type) const noexcept {
    return types.empty() ||
           std::find(types.begin(), types.end(), type) != types.end();
  }
  [[nodiscard]] bool wants(EntityType type,
                           std::string_view label) const noexcept {
    if (!wants(type)) return false;
    return type != EntityType::kCustom || custom_labels.empty() ||
           std::find(custom_labels.begin(), custom_labels.end(), label) !=
               custom_labels.end();
  }
};

struct WorkspaceImpl {
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  dict::PhraseMatcher::Scratch terms;
  std::vector<dict::PhraseMatch> phrases;
  std::vector<grammar::MoneyMatch> money;
  std::vector<grammar::NodeMatch> nodes;
  std::vector<grammar::CueMatch> company_cues;
  std::vector<resolve::Candidate> candidates;
  std::vector<resolve::Candidate> discarded;
  rules::RuleSet::Scratch rule_scratch;
  std::vector<rules::RuleMatch> rule_matches;
};

}  // namespace internal

namespace {

void add_dictionary_candidates(const internal::ExtractorImpl& impl,
                               internal::WorkspaceImpl& ws) {
  ws.phrases.clear();
  impl.dictionary.matcher().find(ws.tokens, ws.terms, ws.phrases);
  const dict::EntryTable& entries = impl.dictionary.entries();
  for (const dict::PhraseMatch& match : ws.phrases) {
    const EntityType type = entries.type(match.entry);
    const std::string_view label = entries.label(match.entry);
    if (!impl.wants(type, label)) continue;
    resolve::Candidate candidate;
    candidate.begin = ws.tokens[match.first_token].begin;
    candidate.end = ws.tokens[match.last_token].end;
    candidate.type = type;
    candidate.label = label;
    candidate.priority = resolve::kDictionaryPriority;
    candidate.entry = {&entries, match.entry};
    candidate.origin = EntityOrigin::kDictionary;
    if (type == EntityType::kProcessNode) {
      const dict::EntryView entry = entries.entry(match.entry);
      candidate.node = NodeInfo{entry.nm, entry.foundry};
    }
    ws.candidates.push_back(candidate);
  }
}

void add_rule_candidates(const internal::ExtractorImpl& impl,
                         internal::WorkspaceImpl& ws) {
  ws.rule_matches.clear();
  impl.rules.find(ws.tokens, ws.phrases, ws.rule_scratch, ws.rule_matches);
  for (const rules::RuleMatch& match : ws.rule_matches) {
    const rules::Rule& rule = impl.rules.rules()[match.rule];
    if (!impl.wants(rule.entry.type, rule.entry.label)) continue;
    resolve::Candidate candidate;
    candidate.begin = ws.tokens[match.first_token].begin;
    candidate.end = ws.tokens[match.end_token - 1].end;
    candidate.type = rule.entry.type;
    candidate.label = rule.entry.label;
    candidate.priority = rule.priority;
    candidate.entry = {&impl.rules.rule_entries(), match.rule};
    candidate.origin = EntityOrigin::kRule;
    if (rule.entry.type == EntityType::kProcessNode) {
      candidate.node = NodeInfo{rule.entry.nm, rule.entry.foundry};
    }
    ws.candidates.push_back(candidate);
  }
}

// A candidate found by one of the built-in grammars, named `grammar`.
resolve::Candidate grammar_candidate(std::uint32_t begin, std::uint32_t end,
                                     EntityType type, int priority,
                                     std::string_view grammar) {
  resolve::Candidate candidate;
  candidate.begin = begin;
  candidate.end = end;
  candidate.type = type;
  candidate.label = to_string(type);
  candidate.priority = priority;
  candidate.grammar = grammar;
  return candidate;
}

// A name followed by a legal suffix. Where a dictionary alias is the name
// itself ("Alphabet" in "Alphabet Inc."), that candidate grows to take the
// suffix and keeps its id; otherwise the cue is a candidate of its own, below
// dictionary entries.
void add_company_cue_candidates(const internal::ExtractorImpl& impl,
                                internal::WorkspaceImpl& ws) {
  if (!impl.wants(EntityType::kCompany)) return;
  ws.company_cues.clear();
  impl.company_cues.find(ws.tokens, ws.company_cues);
  for (const grammar::CueMatch& cue : ws.company_cues) {
    resolve::Candidate* name = nullptr;
    for (resolve::Candidate& c : ws.candidates) {
      if (c.type == EntityType::kCompany && c.begin == cue.begin &&
          c.end < cue.end && c.entry.has_value() &&
          (name == nullptr || c.end > name->end)) {
        name = &c;
      }
    }
    if (name != nullptr) {
      resolve::Candidate grown = *name;  // the shorter one stays a candidate
      grown.end = cue.end;
      ws.candidates.push_back(grown);
      continue;
    }
    ws.candidates.push_back(grammar_candidate(
        cue.begin, cue.end, EntityType::kCompany, resolve::kBuiltinRulePriority,
        "grammar/company_cue"));
  }
}

void add_grammar_candidates(const internal::ExtractorImpl& impl,
                            internal::WorkspaceImpl& ws) {
  add_company_cue_candidates(impl, ws);
  if (impl.wants(EntityType::kProcessNode)) {
    ws.nodes.clear();
    impl.nodes.find(ws.tokens, ws.nodes);
    for (const grammar::NodeMatch& match : ws.nodes) {
      resolve::Candidate candidate =
          grammar_candidate(match.begin, match.end, EntityType::kProcessNode,
                            resolve::kGrammarPriority, "grammar/process_node");
      candidate.node = NodeInfo{match.nm, {}};
      ws.candidates.push_back(candidate);
    }
  }
  if (impl.wants(EntityType::kMoney)) {
    ws.money.clear();
    impl.money.find(ws.tokens, ws.money);
    for (const grammar::MoneyMatch& match : ws.money) {
      resolve::Candidate candidate =
          grammar_candidate(match.begin, match.end, EntityType::kMoney,
                            resolve::kGrammarPriority, "grammar/money");
      candidate.money = MoneyInfo{match.amount, match.amount_max,
                                  match.currency, match.currency_ambiguous};
      ws.candidates.push_back(candidate);
    }
  }
}

Entity to_entity(const resolve::Candidate& candidate, std::string_view text) {
  Entity entity;
  entity.type = candidate.type;
  entity.label = candidate.label;
  entity.begin = candidate.begin;
  entity.end = candidate.end;
  entity.text = text.substr(candidate.begin, candidate.end - candidate.begin);
  entity.node = candidate.node;
  entity.money = candidate.money;
  entity.origin = candidate.origin;
  entity.source = candidate.grammar;
  if (candidate.entry.has_value()) {
    const dict::EntryView entry = candidate.entry.view();
    entity.id = entry.id;
    entity.canonical = entry.canonical;
    entity.source = entry.source;
    entity.line = entry.line;
    if (entry.type == EntityType::kChip)
      entity.chip = ChipInfo{entry.vendor, entry.family};
  }
  // A model-number rule names no canonical form: the model as written is it.
  if (entity.canonical.empty() && entity.type == EntityType::kChip) {
    entity.canonical = entity.text;
  }
  return entity;
}

// The file name without directory and extension.
std::string_view file_stem(std::string_view path) {
  const auto slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return path.substr(0, path.find('.'));
}

void add_rule_source(internal::ExtractorImpl& impl, const Source& source,
                     SourceFormat format, std::string_view contents,
                     std::vector<Diagnostic>& diagnostics) {
  const int priority = resolve::kUserRulePriority;
  switch (format) {
    case SourceFormat::kRules:
      impl.rules.add_rule_file(contents, source.name, priority, diagnostics);
      break;
    case SourceFormat::kCoreNlp:
      impl.rules.add_corenlp_mapping(contents, source.name, priority,
                                     diagnostics);
      break;
    case SourceFormat::kGateIndex:
      impl.rules.add_gate_index(contents, source.name, priority, diagnostics);
      break;
    case SourceFormat::kGateList:
      impl.rules.add_gate_list(contents, source.name,
                               rules::gate_label(file_stem(source.name)),
                               priority, diagnostics);
      break;
    case SourceFormat::kAuto:
    case SourceFormat::kDictionary:
    case SourceFormat::kSnapshot:
      break;
  }
}

}  // namespace

Workspace::Workspace() : impl_(std::make_unique<internal::WorkspaceImpl>()) {}
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

Result<Extractor> Extractor::create(const Options& options) {
  auto impl = std::make_shared<internal::ExtractorImpl>();
  impl->types = options.types;
  impl->custom_labels = options.custom_labels;
  impl->policy = options.overlap_policy;
  impl->all_candidates = options.all_candidates;
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceFormat> formats;
  for (const Source& source : options.dictionaries)
    formats.push_back(internal::format_of(source));
  const auto contents = internal::read_sources(options, formats, diagnostics);
  // Dictionaries first: rules refer to their labels and ids.
  internal::DictionaryLayer layer =
      internal::load_dictionary_layer(options, formats, contents, diagnostics);
  if (!layer.loaded) {
    return internal::capped_error(std::move(diagnostics),
                                  options.max_diagnostics);
  }
  impl->dictionary = std::move(layer.dictionary);
  impl->rules.set_dictionary(&impl->dictionary.entries());
  if (options.use_embedded_dictionaries && options.use_embedded_rules &&
      layer.with_embedded) {
    for (const internal::EmbeddedFile& file :
         internal::embedded_dictionaries()) {
      if (!file.name.ends_with(".jsonl")) continue;
      impl->rules.add_rule_file(file.contents,
                                "<embedded>/" + std::string(file.name),
                                resolve::kBuiltinRulePriority, diagnostics);
    }
  }
  for (std::size_t i = 0; i < options.dictionaries.size(); ++i) {
    if (contents[i]) {
      add_rule_source(*impl, options.dictionaries[i], formats[i], *contents[i],
                      diagnostics);
    }
  }
  impl->rules.build(diagnostics);
  impl->dictionary.matcher().add_stems_to(impl->stem_filter);
  impl->rules.add_stems_to(impl->stem_filter);
  if (!diagnostics.empty()) {
    return internal::capped_error(std::move(diagnostics),
                                  options.max_diagnostics);
  }
  return Extractor(std::move(impl));
}

std::vector<Entity> Extractor::extract(std::string_view utf8) const noexcept {
  Workspace workspace;
  std::vector<Entity> entities;
  extract(utf8, workspace, entities);
  return entities;
}

void Extractor::extract(std::string_view utf8, Workspace& workspace,
                        std::vector<Entity>& out) const noexcept {
  // Offsets are 32-bit: a longer text is searched in its first 4 GiB only.
  utf8 = utf8.substr(0, std::numeric_limits<std::uint32_t>::max());
  internal::WorkspaceImpl& ws = *workspace.impl_;
  ws.tokenizer.tokenize(utf8, ws.tokens, &impl_->stem_filter);
  ws.candidates.clear();
  add_dictionary_candidates(*impl_, ws);
  add_rule_candidates(*impl_, ws);
  add_grammar_candidates(*impl_, ws);
  ws.discarded.clear();
  resolve::resolve_overlaps(ws.candidates, impl_->policy,
                            impl_->all_candidates ? &ws.discarded : nullptr);
  const std::size_t first = out.size();
  for (const resolve::Candidate& candidate : ws.candidates) {
    out.push_back(to_entity(candidate, utf8));
  }
  if (ws.discarded.empty()) return;
  for (const resolve::Candidate& candidate : ws.discarded) {
    out.push_back(to_entity(candidate, utf8));
    out.back().discarded = true;
  }
  // Chosen and discarded merge by begin; at one begin, longer first.
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                   [](const Entity& a, const Entity& b) {
                     if (a.begin != b.begin) return a.begin < b.begin;
                     return a.end > b.end;
                   });
}

std::size_t Extractor::dictionary_size() const noexcept {
  return impl_->dictionary.entries().size();
}

std::size_t Extractor::rule_count() const noexcept {
  return impl_->rules.rules().size();
}

std::size_t Extractor::alias_count() const noexcept {
  return impl_->dictionary.matcher().alias_count();
}

}  // namespace chipner
