#include "dict/phrase_matcher.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/utf8.h"

namespace chipner::dict {
namespace {

std::string describe(const Entry& entry, const Alias& alias) {
  return entry.source + ":" + std::to_string(entry.line) + ":" +
         std::to_string(alias.column) + " (id '" + entry.id + "')";
}

// Bit k set: the alias writes its token k glued to token k-1 and one of
// them is a symbol ("N+2", "Z.ai"), so the text must glue them too: "N + 2"
// is arithmetic, not SMIC's node. A space in the alias ("Co., Ltd.") lets
// the text have a space there or not. Positions past 63 are not checked.
std::uint64_t glue_mask(const text::TokenStream& stream) {
  std::uint64_t mask = 0;
  for (std::size_t k = 1; k < stream.size() && k < 64; ++k) {
    const bool symbol = stream[k].kind == text::TokenKind::kSymbol ||
                        stream[k - 1].kind == text::TokenKind::kSymbol;
    if (symbol && !stream[k].space_before) mask |= std::uint64_t{1} << k;
  }
  return mask;
}

}  // namespace

void PhraseMatcher::build(const std::vector<Entry>& entries,
                          std::vector<Diagnostic>& diagnostics,
                          bool allow_shared_aliases) {
  std::vector<std::vector<Terminal>> by_node(1);  // node 0 is the root
  std::vector<text::CaseClass> case_patterns;
  text::Tokenizer tokenizer;
  text::TokenStream stream;
  // Which entry and alias first claimed each trie node as a terminal, for
  // the duplicate report.
  std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>>
      owner;

  for (std::uint32_t e = 0; e < entries.size(); ++e) {
    const Entry& entry = entries[e];
    for (std::uint32_t a = 0; a < entry.aliases.size(); ++a) {
      const Alias& alias = entry.aliases[a];
      tokenizer.tokenize(alias.text, stream);
      if (stream.size() == 0) {
        diagnostics.push_back({ErrorCode::kEmptyAlias,
                               "alias '" + alias.text + "' has no tokens",
                               entry.source, entry.line, alias.column});
        continue;
      }
      std::uint32_t node = 0;
      for (const text::Token& token : stream.tokens()) {
        const std::uint32_t term = terms_.intern(stream.match_key(token));
        const auto next = static_cast<std::uint32_t>(by_node.size());
        node = edges_.insert(edge_key(node, term), next);
        if (node == next) by_node.emplace_back();
      }
      max_depth_ =
          std::max(max_depth_, static_cast<std::uint32_t>(stream.size()));

      const auto [claimed, first] = owner.try_emplace(node, e, a);
      if (!first && claimed->second.first != e && !allow_shared_aliases) {
        const Entry& other = entries[claimed->second.first];
        diagnostics.push_back(
            {ErrorCode::kDuplicateAlias,
             "alias '" + alias.text + "' is also an alias of " +
                 describe(other, other.aliases[claimed->second.second]),
             entry.source, entry.line, alias.column});
        continue;
      }
      std::int32_t pattern = -1;
      if (alias.case_sensitive) {
        pattern = static_cast<std::int32_t>(case_patterns.size());
        for (const text::Token& token : stream.tokens())
          case_patterns.push_back(token.case_class);
      }
      const std::uint64_t glue = glue_mask(stream);
      auto& terminals = by_node[node];
      // The same entry twice (e.g. "N+2" and "N + 2"): keep the looser.
      const auto same = std::find_if(
          terminals.begin(), terminals.end(), [&](const Terminal& t) {
            return t.entry == e && t.case_pattern < 0 && pattern < 0;
          });
      if (same == terminals.end()) {
        terminals.push_back({e, pattern, glue});
        ++alias_count_;
      } else {
        same->glue &= glue;
      }
    }
  }

  std::vector<std::uint32_t> offsets;
  std::vector<Terminal> terminals;
  offsets.reserve(by_node.size() + 1);
  offsets.push_back(0);
  for (const std::vector<Terminal>& at_node : by_node) {
    terminals.insert(terminals.end(), at_node.begin(), at_node.end());
    offsets.push_back(static_cast<std::uint32_t>(terminals.size()));
  }
  terminal_offsets_ = util::FlatArray<std::uint32_t>(std::move(offsets));
  terminals_ = util::FlatArray<Terminal>(std::move(terminals));
  if (!case_patterns.empty())
    case_patterns.resize(case_patterns.size() + max_depth_, text::CaseClass{});
  case_patterns_ = util::FlatArray<text::CaseClass>(std::move(case_patterns));
  for (std::uint32_t t = 0; t < terms_.size(); ++t)
    stem_prefixes_.intern(text::StemFilter::kept_part(terms_.key(t)));
  index_root();
}

void PhraseMatcher::index_root() {
  // The root's edges name the terms an alias can start with, and their
  // children: a filter of those terms and a dense array, so that the first
  // edge of a walk is an array read rather than a probe into the edge table.
  root_children_.assign(terms_.size(), kNoNode);
  std::size_t starts = 0;
  for (const util::U64Map::Slot& slot : edges_.slots()) {
    if (slot.value == util::U64Map::kMissing || (slot.key >> 32U) != 0)
      continue;
    root_children_[static_cast<std::uint32_t>(slot.key)] = slot.value;
    ++starts;
  }
  start_filter_.reserve(starts);
  for (std::uint32_t term = 0; term < root_children_.size(); ++term) {
    if (root_children_[term] != kNoNode)
      start_filter_.add(util::hash_bytes(terms_.key(term)));
  }
}

void PhraseMatcher::find(const text::TokenStream& tokens, Scratch& scratch,
                         std::vector<PhraseMatch>& out) const {
  const std::size_t n = tokens.size();
  // Term ids, looked up only when a walk reaches the token: four in ten
  // tokens of English text are terms ("the", ",", "of"), but few of them
  // start an alias, and the start filter turns those away first.
  scratch.assign(n, kUnknown);
  const auto term_at = [&](std::size_t i) {
    if (scratch[i] == kUnknown) {
      const text::Token& token = tokens[i];
      scratch[i] = terms_.find(tokens.match_key(token), token.match_hash);
    }
    return scratch[i];
  };
  for (std::size_t start = 0; start < n; ++start) {
    if (!start_filter_.may_contain(tokens[start].match_hash)) continue;
    std::uint32_t node = 0;
    std::uint64_t glued = 0;  // bit k: token start+k touches the one before
    for (std::size_t i = start; i < n && i - start < max_depth_; ++i) {
      const std::uint32_t term = term_at(i);
      if (term == kNoTerm) break;
      node =
          i == start ? root_children_[term] : edges_.find(edge_key(node, term));
      if (node == kNoNode) break;
      if (i > start && !tokens[i].space_before) {
        glued |= std::uint64_t{1} << std::min<std::size_t>(i - start, 63);
      }
      const std::uint32_t last = terminal_offsets_[node + 1];
      for (std::uint32_t t = terminal_offsets_[node]; t < last; ++t) {
        const Terminal& terminal = terminals_[t];
        if ((terminal.glue & glued) != terminal.glue) continue;
        if (terminal.case_pattern >= 0) {
          const auto* pattern =
              &case_patterns_[static_cast<std::size_t>(terminal.case_pattern)];
          bool same_case = true;
          for (std::size_t k = start; k <= i && same_case; ++k) {
            same_case = tokens[k].case_class == pattern[k - start];
          }
          if (!same_case) continue;
        }
        out.push_back({static_cast<std::uint32_t>(start),
                       static_cast<std::uint32_t>(i), terminal.entry});
      }
    }
  }
}

PhraseMatcher::Parts PhraseMatcher::parts() const noexcept {
  return {terms_.parts(),
          edges_.slots(),
          terminal_offsets_.span(),
          terminals_.span(),
          case_patterns_.span(),
          stem_prefixes_.parts(),
          alias_count_,
          max_depth_};
}

std::optional<PhraseMatcher> PhraseMatcher::borrow(const Parts& parts,
                                                   std::uint32_t entry_count) {
  const std::span<const std::uint32_t> offsets = parts.terminal_offsets;
  // Node 0, the root, always exists; a node id must fit the edge values.
  if (offsets.size() < 2 || offsets.size() - 1 >= util::U64Map::kMissing ||
      offsets.front() != 0 || offsets.back() != parts.terminals.size()) {
    return std::nullopt;
  }
  for (std::size_t n = 0; n + 1 < offsets.size(); ++n) {
    if (offsets[n] > offsets[n + 1]) return std::nullopt;
  }
  // find() reads max_depth_ case classes from a pattern's offset at most.
  const std::uint64_t pattern_limit =
      parts.case_patterns.size() >= parts.max_depth
          ? parts.case_patterns.size() - parts.max_depth
          : 0;
  for (const Terminal& terminal : parts.terminals) {
    if (terminal.entry >= entry_count) return std::nullopt;
    if (terminal.case_pattern >= 0 &&
        (parts.case_patterns.size() < parts.max_depth ||
         static_cast<std::uint64_t>(terminal.case_pattern) > pattern_limit)) {
      return std::nullopt;
    }
  }
  auto terms = util::StringIdTable::borrow(parts.terms);
  auto edges = util::U64Map::borrow(
      parts.edges, static_cast<std::uint32_t>(offsets.size() - 1));
  auto stem_prefixes = util::StringIdTable::borrow(parts.stem_prefixes);
  if (!terms || !edges || !stem_prefixes) return std::nullopt;
  // Every edge is labelled by a term that exists (index_root() reads them).
  for (const util::U64Map::Slot& slot : parts.edges) {
    if (slot.value != util::U64Map::kMissing &&
        static_cast<std::uint32_t>(slot.key) >= terms->size()) {
      return std::nullopt;
    }
  }
  PhraseMatcher matcher;
  matcher.terms_ = std::move(*terms);
  matcher.edges_ = std::move(*edges);
  matcher.terminal_offsets_ = util::FlatArray<std::uint32_t>::borrow(offsets);
  matcher.terminals_ = util::FlatArray<Terminal>::borrow(parts.terminals);
  matcher.case_patterns_ =
      util::FlatArray<text::CaseClass>::borrow(parts.case_patterns);
  matcher.stem_prefixes_ = std::move(*stem_prefixes);
  matcher.alias_count_ = parts.alias_count;
  matcher.max_depth_ = parts.max_depth;
  matcher.index_root();  // derived, so not stored: O(terms + edges)
  return matcher;
}

}  // namespace chipner::dict
