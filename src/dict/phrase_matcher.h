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
//           flat open-addressing arrays (util/flat_hash.h), and each node's
//           terminals a slice of one array, so a built matcher is a handful
//           of flat arrays: a dictionary snapshot maps them and borrow()
//           reads them in place.
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
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "dict/entry.h"
#include "text/token.h"
#include "text/tokenizer.h"
#include "util/flat_array.h"
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
  // One alias that ends at a trie node.
  struct Terminal {
    std::uint32_t entry;
    std::int32_t case_pattern;  // offset into case_patterns, -1 if insensitive
    std::uint64_t glue;         // bit k: alias token k must touch token k-1
  };

  // Adds every alias of `entries`. Two entries sharing an alias (same match
  // keys) is a kDuplicateAlias diagnostic naming both places, unless
  // `allow_shared_aliases` (rule phrases: spaCy lets several patterns share a
  // phrase), when both are kept and both match; the same alias twice in one
  // entry is harmless and kept once. Call once.
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

  // Registers every term (Cyrillic ones are stems) with `filter`, so that
  // the tokenizer stems the words that may match them. Only the part the
  // filter keeps of each is stored (StemFilter::kept_part).
  void add_stems_to(text::StemFilter& filter) const {
    for (std::uint32_t p = 0; p < stem_prefixes_.size(); ++p)
      filter.add_stem(stem_prefixes_.key(p));
  }

  // The arrays behind a built matcher, as a snapshot stores them
  // (dict/snapshot_writer.h). Nodes are numbered from 0, the root; the
  // terminals of node n are terminals[terminal_offsets[n],
  // terminal_offsets[n+1]).
  struct Parts {
    util::StringIdTable::Parts terms;
    std::span<const util::U64Map::Slot> edges;
    std::span<const std::uint32_t> terminal_offsets;
    std::span<const Terminal> terminals;
    std::span<const text::CaseClass> case_patterns;
    util::StringIdTable::Parts stem_prefixes;
    std::uint64_t alias_count = 0;
    std::uint32_t max_depth = 0;
  };
  [[nodiscard]] Parts parts() const noexcept;

  // A matcher that reads `parts` in place (they must outlive it and its
  // copies), or nullopt unless every index find() follows stays in range:
  // the tables (util::StringIdTable::borrow, util::U64Map::borrow), edges
  // labelled by terms that exist and leading to nodes that exist, terminal
  // offsets that never decrease and
  // end at the terminal count, entries below `entry_count`, and case
  // patterns with `max_depth` classes after their offset. O(size).
  [[nodiscard]] static std::optional<PhraseMatcher> borrow(
      const Parts& parts, std::uint32_t entry_count);

 private:
  static constexpr std::uint32_t kNoTerm = util::StringIdTable::kMissing;
  static constexpr std::uint32_t kUnknown = kNoTerm - 1;  // not looked up yet
  static constexpr std::uint32_t kNoNode = util::U64Map::kMissing;
  void index_root();
  static std::uint64_t edge_key(std::uint32_t node,
                                std::uint32_t term) noexcept {
    return (static_cast<std::uint64_t>(node) << 32U) | term;
  }

  util::StringIdTable terms_;  // match key → term id
  util::U64Map edges_;         // (node, term) → child node
  // Node n's terminals are terminals_[terminal_offsets_[n],
  // terminal_offsets_[n+1]): one array for all, not a vector per node.
  util::FlatArray<std::uint32_t> terminal_offsets_{
      std::vector<std::uint32_t>{0, 0}};
  util::FlatArray<Terminal> terminals_;
  // Each case-sensitive alias's token classes, then max_depth_ of padding,
  // so that every pattern offset has max_depth_ classes after it.
  util::FlatArray<text::CaseClass> case_patterns_;
  // What text::StemFilter keeps of each term (StemFilter::kept_part).
  util::StringIdTable stem_prefixes_;
  // Derived from the root's edges (index_root(), also after borrow()): the
  // hashes of the terms an alias starts with, as most tokens start none, and
  // each term's child of the root (kNoNode if none).
  util::BitFilter start_filter_;
  std::vector<std::uint32_t> root_children_;
  std::size_t alias_count_ = 0;
  std::uint32_t max_depth_ = 0;
};

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_PHRASE_MATCHER_H_
