// The façade: wires text → dictionary + grammars → resolver → entities.

#include "chipner/extractor.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

#include "dict/dictionary.h"
#include "dict/embedded.h"
#include "grammar/money.h"
#include "grammar/process_node.h"
#include "resolve/resolver.h"
#include "text/tokenizer.h"

namespace chipner {
namespace internal {

struct ExtractorImpl {
  dict::Dictionary dictionary;
  grammar::MoneyGrammar money;
  grammar::ProcessNodeGrammar nodes;
  std::vector<EntityType> types;  // empty: all

  [[nodiscard]] bool wants(EntityType type) const noexcept {
    return types.empty() ||
           std::find(types.begin(), types.end(), type) != types.end();
  }
};

struct WorkspaceImpl {
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  dict::PhraseMatcher::Scratch terms;
  std::vector<dict::PhraseMatch> phrases;
  std::vector<grammar::MoneyMatch> money;
  std::vector<grammar::NodeMatch> nodes;
  std::vector<resolve::Candidate> candidates;
};

}  // namespace internal

namespace {

bool read_file(const std::string& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  contents = std::move(buffer).str();
  return true;
}

void add_dictionary_candidates(const internal::ExtractorImpl& impl,
                               internal::WorkspaceImpl& ws) {
  ws.phrases.clear();
  impl.dictionary.matcher().find(ws.tokens, ws.terms, ws.phrases);
  const auto& entries = impl.dictionary.entries();
  for (const dict::PhraseMatch& match : ws.phrases) {
    const dict::Entry& entry = entries[match.entry];
    if (!impl.wants(entry.type)) continue;
    resolve::Candidate candidate;
    candidate.begin = ws.tokens[match.first_token].begin;
    candidate.end = ws.tokens[match.last_token].end;
    candidate.type = entry.type;
    candidate.label = entry.label;
    candidate.priority = resolve::kDictionaryPriority;
    candidate.entry = &entry;
    if (entry.type == EntityType::kProcessNode) {
      candidate.node = NodeInfo{entry.nm, entry.foundry};
    }
    ws.candidates.push_back(candidate);
  }
}

void add_grammar_candidates(const internal::ExtractorImpl& impl,
                            internal::WorkspaceImpl& ws) {
  if (impl.wants(EntityType::kProcessNode)) {
    ws.nodes.clear();
    impl.nodes.find(ws.tokens, ws.nodes);
    for (const grammar::NodeMatch& match : ws.nodes) {
      resolve::Candidate candidate;
      candidate.begin = match.begin;
      candidate.end = match.end;
      candidate.type = EntityType::kProcessNode;
      candidate.label = to_string(EntityType::kProcessNode);
      candidate.priority = resolve::kGrammarPriority;
      candidate.node = NodeInfo{match.nm, {}};
      ws.candidates.push_back(candidate);
    }
  }
  if (impl.wants(EntityType::kMoney)) {
    ws.money.clear();
    impl.money.find(ws.tokens, ws.money);
    for (const grammar::MoneyMatch& match : ws.money) {
      resolve::Candidate candidate;
      candidate.begin = match.begin;
      candidate.end = match.end;
      candidate.type = EntityType::kMoney;
      candidate.label = to_string(EntityType::kMoney);
      candidate.priority = resolve::kGrammarPriority;
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
  if (const dict::Entry* entry = candidate.entry) {
    entity.id = entry->id;
    entity.canonical = entry->canonical;
    if (entry->type == EntityType::kChip)
      entity.chip = ChipInfo{entry->vendor, entry->family};
  }
  return entity;
}

}  // namespace

Workspace::Workspace() : impl_(std::make_unique<internal::WorkspaceImpl>()) {}
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

Result<Extractor> Extractor::create(const Options& options) {
  auto impl = std::make_shared<internal::ExtractorImpl>();
  impl->types = options.types;
  std::vector<Diagnostic> diagnostics;
  if (options.use_embedded_dictionaries) {
    for (const internal::EmbeddedFile& file :
         internal::embedded_dictionaries()) {
      impl->dictionary.add_file(
          file.contents, "<embedded>/" + std::string(file.name), diagnostics);
    }
  }
  for (const Source& source : options.dictionaries) {
    if (source.kind == Source::Kind::kText) {
      impl->dictionary.add_file(source.text, source.name, diagnostics);
      continue;
    }
    std::string contents;
    if (!read_file(source.name, contents)) {
      diagnostics.push_back(
          {ErrorCode::kIoError, "cannot read the file", source.name, 0, 0});
      continue;
    }
    impl->dictionary.add_file(contents, source.name, diagnostics);
  }
  impl->dictionary.build(diagnostics);
  if (!diagnostics.empty()) {
    if (diagnostics.size() > options.max_diagnostics) {
      diagnostics.resize(options.max_diagnostics);
      diagnostics.push_back({ErrorCode::kTooManyErrors,
                             "too many errors; only the first " +
                                 std::to_string(options.max_diagnostics) +
                                 " are shown",
                             {},
                             0,
                             0});
    }
    return Error(std::move(diagnostics));
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
  ws.tokenizer.tokenize(utf8, ws.tokens);
  ws.candidates.clear();
  add_dictionary_candidates(*impl_, ws);
  add_grammar_candidates(*impl_, ws);
  resolve::resolve_overlaps(ws.candidates);
  for (const resolve::Candidate& candidate : ws.candidates) {
    out.push_back(to_entity(candidate, utf8));
  }
}

std::size_t Extractor::dictionary_size() const noexcept {
  return impl_->dictionary.entries().size();
}

std::size_t Extractor::alias_count() const noexcept {
  return impl_->dictionary.matcher().alias_count();
}

}  // namespace chipner
