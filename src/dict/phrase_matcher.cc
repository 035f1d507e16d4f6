#include "dict/phrase_matcher.h"

#include <algorithm>
#include <string>

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
  terminals_.assign(1, {});
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
        const auto next = static_cast<std::uint32_t>(terminals_.size());
        if (node == 0) {
          if (term >= root_children_.size())
            root_children_.resize(term + 1, kNoNode);
          if (root_children_[term] == kNoNode) root_children_[term] = next;
          node = root_children_[term];
        } else {
          node = edges_.insert(edge_key(node, term), next);
        }
        if (node == next) terminals_.emplace_back();
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
        pattern = static_cast<std::int32_t>(case_patterns_.size());
        for (const text::Token& token : stream.tokens())
          case_patterns_.push_back(token.case_class);
      }
      const std::uint64_t glue = glue_mask(stream);
      auto& terminals = terminals_[node];
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
  // Terms that start no alias still index the array.
  root_children_.resize(terms_.size(), kNoNode);
  term_filter_.reserve(terms_.size());
  for (std::uint32_t t = 0; t < terms_.size(); ++t)
    term_filter_.add(util::hash_bytes(terms_.key(t)));
}

void PhraseMatcher::find(const text::TokenStream& tokens, Scratch& scratch,
                         std::vector<PhraseMatch>& out) const {
  const std::size_t n = tokens.size();
  scratch.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const text::Token& token = tokens[i];
    scratch[i] = term_filter_.may_contain(token.match_hash)
                     ? terms_.find(tokens.match_key(token), token.match_hash)
                     : kNoTerm;
  }
  for (std::size_t start = 0; start < n; ++start) {
    if (scratch[start] == kNoTerm) continue;
    std::uint32_t node = kNoNode;
    std::uint64_t glued = 0;  // bit k: token start+k touches the one before
    for (std::size_t i = start; i < n && i - start < max_depth_; ++i) {
      if (scratch[i] == kNoTerm) break;
      node = i == start ? root_children_[scratch[i]]
                        : edges_.find(edge_key(node, scratch[i]));
      if (node == kNoNode) break;
      if (i > start && !tokens[i].space_before) {
        glued |= std::uint64_t{1} << std::min<std::size_t>(i - start, 63);
      }
      for (const Terminal& terminal : terminals_[node]) {
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

}  // namespace chipner::dict
