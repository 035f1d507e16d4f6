// rules/pattern_matcher.h: finds token patterns in a token stream.
//
// DESCRIPTION
// Every pattern is a Thompson NFA over tokens: state i waits for element i,
// the last state accepts. "?" and "*" add epsilon edges to the next state, so
// the epsilon closure of a state is a run of consecutive states and is
// precomputed. find() simulates all patterns in parallel, left to right, one
// token at a time, like RE2's NFA and spaCy's Matcher, but with at most one
// thread per state: two threads in the same state have the same future, so
// only the one whose span starts earliest is kept (then the longer span). The
// work per token is therefore bounded by the number of states, and the whole
// scan is O(n · s) for n tokens and s states alive at once: linear in the
// text, with no backtracking, whatever the quantifiers.
//
// Most patterns begin with a literal (ORTH, LOWER or an IN list of them). A
// hash index from folded key to patterns starts a thread only where the first
// token can match, so the number of patterns costs a hash probe per token,
// not a scan of every pattern. Patterns that can begin with anything else are
// started at every token.
//
// The text is framed by one virtual boundary token on each side. No
// condition holds on it; a "!" element of a context matches it, so a
// negative context also holds at the start or end of the text.
//
// MATCH SEMANTICS. For each pattern and each token where a match ends, the
// match whose span starts earliest (then, with a right context, is longest)
// is reported, once per distinct span. This is what spaCy's EntityRuler
// keeps after filter_spans(), since a span nested in a longer match of the
// same pattern always loses there.
//
// Thread safety: immutable after compile(); find() is const and thread-safe
// with one Scratch per thread.

#ifndef CHIPNER_RULES_PATTERN_MATCHER_H_
#define CHIPNER_RULES_PATTERN_MATCHER_H_

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/token_pattern.h"
#include "text/tokenizer.h"
#include "util/flat_hash.h"

namespace chipner::rules {

// One match: the span is tokens [first_token, end_token).
struct PatternMatch {
  std::uint32_t pattern = 0;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
};

// The bytes a token's text (or folded key) may start with to match some
// condition: a cheap test before the condition itself.
struct TokenFirstBytes {
  bool of_key = false;  // the folded key's first byte, else the surface's
  std::array<bool, 256> allowed{};
};

class PatternMatcher {
 public:
  // Adds `pattern`, whose index is the number of patterns added before.
  // Precondition: compile() has not been called.
  std::uint32_t add(TokenPattern pattern);

  // Builds the start index. Call once, after every add().
  void compile();

  struct Scratch {
    struct Thread {
      std::uint32_t pattern;
      std::uint32_t state;       // local: 0 … number of elements (accept)
      std::uint32_t span_begin;  // positions; kUnset until entered
      std::uint32_t span_end;
    };
    std::vector<Thread> current, next;
    std::vector<std::uint32_t> stamp;  // per global state: generation
    std::vector<std::uint32_t> slot;   // per global state: index in `next`
    std::uint32_t generation = 0;
    std::string shape;
    // Threads added plus conditions tested in the last find(): the work
    // done, which tests compare across input sizes to check linearity.
    std::uint64_t work = 0;
  };

  // Appends every match in `tokens` (order unspecified). `annotations` may
  // be null when no pattern uses ENT_TYPE or ENT_ID.
  void find(const text::TokenStream& tokens,
            const TokenAnnotations* annotations, Scratch& scratch,
            std::vector<PatternMatch>& out) const;

  [[nodiscard]] std::size_t size() const noexcept { return patterns_.size(); }

 private:
  struct Compiled {
    std::uint32_t element_base;  // first element in elements_
    std::uint32_t state_base;    // first state in closure_end_
    std::uint32_t size;          // elements; state `size` accepts
    std::uint32_t span_first;    // first span element
    std::uint32_t span_end;      // first right-context element
  };

  void add_thread(std::vector<Scratch::Thread>& set, Scratch& scratch,
                  Scratch::Thread thread, std::uint32_t position,
                  std::vector<PatternMatch>& out) const;
  void step(const TokenRef& token, std::uint32_t position, Scratch& scratch,
            std::vector<PatternMatch>& out) const;

  std::vector<Compiled> patterns_;
  std::vector<PatternElement> elements_;
  std::vector<std::uint32_t> closure_end_;  // by global state: local end
  util::StringIdTable keys_;                // literal first-token keys
  util::BitFilter key_filter_;              // their hashes, checked first
  std::vector<std::vector<std::uint32_t>> by_key_;  // key id → patterns
  // A pattern started at every token (its start bounds no literal key).
  struct AlwaysStarted {
    std::uint32_t pattern;
    // Its start is one element that must match the token (no "?", "*" or
    // "!"), so a token failing that element need not start a thread.
    bool prechecked;
    // The first bytes that token can have, when a regex prefilter bounds
    // them; nullopt if any.
    std::optional<TokenFirstBytes> first_bytes;
  };
  std::vector<AlwaysStarted> always_;
};

}  // namespace chipner::rules

#endif  // CHIPNER_RULES_PATTERN_MATCHER_H_
