// dict/phrase_matcher.h: finds dictionary aliases in a token stream.
//
// DESCRIPTION
// Aliases are tokenized like text (text/tokenizer.h) and stored in a trie
// whose edges are labelled by term ids: every distinct match key of an alias
// token gets an id at build time. Matching first maps each text token's match
// key to its term id (one hash lookup; tokens that occur in no alias get
// none), then walks the trie from every token. All aliases that end at some
// token are reported, longest or not; the resolver chooses.
//
//   build:  O(total alias tokens)
//   match:  O(n · L) hash probes for n tokens and L the most tokens of any
//           alias (a small constant), so linear in the text. The tables are
//           flat open-addressing arrays (dict/flat_hash.h).
//
// Whitespace between words is not compared; a symbol the alias glues to its
// neighbour ("N+2", "Z.ai", "T-Head") must be glued in the text too. A
// case-sensitive alias also requires each text token's CaseClass to equal
// the alias token's.
//
// The matcher is immutable after build(); find() is const and thread-safe.
// Model: spaCy's PhraseMatcher (token trie), with aho-corasick's habit of
// stating match semantics instead of leaving them to loop order.

#ifndef CHIPNER_DICT_PHRASE_MATCHER_H_
#define CHIPNER_DICT_PHRASE_MATCHER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chipner/error.h"
#include "dict/entry.h"
#include "text/token.h"
#include "text/tokenizer.h"
#include "util/flat_hash.h"

namespace chipner::dict {

// One alias occurrence: tokens [first_token, last_token] of the stream.
struct PhraseMatch {
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  std::uint32_t entry = 0;  // index into the entries passed to build()
};

class PhraseMatcher {
 public:
  // Adds every alias of `entries`. Two entries sharing an alias (same match
  // keys) is a kDuplicateAlias diagnostic naming both places, unless
  // `allow_shared_aliases` (rule phrases: spaCy lets several patterns share a
  // phrase), when both are kept and both match; the same alias twice in one
  // entry is harmless and kept once.
  void build(const std::vector<Entry>& entries,
             std::vector<Diagnostic>& diagnostics,
             bool allow_shared_aliases = false);

  // Scratch for find(): one term id per token.
  using Scratch = std::vector<std::uint32_t>;

  // Appends every alias occurrence in `tokens`, by first token then length.
  void find(const text::TokenStream& tokens, Scratch& scratch,
            std::vector<PhraseMatch>& out) const;

  [[nodiscard]] std::size_t alias_count() const noexcept {
    return alias_count_;
  }

  // Registers every term (Cyrillic ones are stems) with `filter`, so that the
  // tokenizer stems the words that may match them.
  void add_stems_to(text::StemFilter& filter) const {
    for (std::uint32_t t = 0; t < terms_.size(); ++t)
      filter.add_stem(terms_.key(t));
  }

 private:
  struct Terminal {
    std::uint32_t entry;
    std::int32_t case_pattern;  // offset into case_patterns_, -1 if insensitive
    std::uint64_t glue;         // bit k: alias token k must touch token k-1
  };
  static constexpr std::uint32_t kNoTerm = util::StringIdTable::kMissing;
  static constexpr std::uint32_t kNoNode = util::U64Map::kMissing;
  static std::uint64_t edge_key(std::uint32_t node,
                                std::uint32_t term) noexcept {
    return (static_cast<std::uint64_t>(node) << 32U) | term;
  }

  util::StringIdTable terms_;    // match key → term id
  util::BitFilter term_filter_;  // the terms' hashes: a quick "not a term"
  // The root's children by term, in a dense array: every text token that is
  // a term looks its first edge up here, so this one is an array read rather
  // than a probe into the large edge table.
  std::vector<std::uint32_t> root_children_;  // kNoNode: no alias starts so
  util::U64Map edges_;  // (node, term) → child node, below the root
  std::vector<std::vector<Terminal>> terminals_;  // by node; node 0 is the root
  std::vector<text::CaseClass> case_patterns_;
  std::size_t alias_count_ = 0;
  std::uint32_t max_depth_ = 0;
};

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_PHRASE_MATCHER_H_
