// rules/token_pattern.h: a token pattern, as compiled from a rule file.
//
// A pattern is a sequence of elements; each element is a condition on one
// token plus a quantifier (spaCy Matcher semantics: "!", "?", "*"; "+" and
// "{n,m}" are expanded into these by the parser). A condition is a
// conjunction of predicates over one token attribute. Elements carry a role:
// left context, span, right context. Context elements must match next to the
// span but are not part of it, so `7-нм` can be a node while `13,5 нм
// излучения` is not.
//
// TokenCondition::matches() is the single definition of what each attribute
// means on a chipner token; docs/rules.md documents it for users.

#ifndef CHIPNER_RULES_TOKEN_PATTERN_H_
#define CHIPNER_RULES_TOKEN_PATTERN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace chipner::rules {

// Per-token facts from the dictionaries, for ENT_TYPE and ENT_ID: which
// labels and which entries have an alias occurrence covering the token. Built
// per text by RuleSet; empty when no pattern asks.
struct TokenAnnotations {
  std::vector<std::uint64_t> labels;  // bit i: label i covers the token
  std::vector<std::uint32_t>
      first;  // entries of token t: [first[t], first[t+1])
  std::vector<std::uint32_t> entries;  // dictionary entry indices
};

enum class Attribute : std::uint8_t {
  kText,         // ORTH, TEXT: the exact surface
  kLower,        // LOWER, NORM: the folded key (case folding + NFKC)
  kShape,        // SHAPE: spaCy word shape ("Xxxx", "dddX")
  kLength,       // LENGTH: code points
  kIsDigit,      // IS_DIGIT: ASCII digits only
  kIsUpper,      // IS_UPPER: every cased letter upper ("H100")
  kIsLower,      // IS_LOWER
  kIsTitle,      // IS_TITLE: "Nvidia" (case class Title)
  kIsAlpha,      // IS_ALPHA: letters only
  kIsPunct,      // IS_PUNCT: Unicode punctuation only
  kIsAscii,      // IS_ASCII
  kScript,       // SCRIPT (extension): LATIN, CYRILLIC, HAN, MIXED, OTHER, NONE
  kSpaceBefore,  // SPACE_BEFORE (extension): whitespace precedes the token
  kEntType,      // ENT_TYPE (extension): a dictionary label covers the token
  kEntId,        // ENT_ID (extension): a dictionary entry id covers the token
};

enum class Test : std::uint8_t {
  kEquals,   // the attribute equals values[0] (or ids for ENT_*)
  kIn,       // the attribute is one of values (or ids)
  kNotIn,    // the attribute is none of values (or ids)
  kRegex,    // RE2 search (unanchored, like spaCy's re.search)
  kBool,     // a boolean attribute equals flag
  kCompare,  // LENGTH compared with number
};

enum class Compare : std::uint8_t { kEq, kNe, kLt, kLe, kGt, kGe };

// A necessary condition for a start-anchored regex ("^SF[1-9]…"), checked
// before RE2 runs: every match starts with `prefix`, and the byte after it
// lies in [next_low, next_high]. Derived from RE2::PossibleMatchRange; most
// tokens fail it on their first byte, so a rule whose first token is a regex
// costs little at the tokens it cannot match.
struct RegexPrefilter {
  bool enabled = false;
  std::string prefix;
  unsigned char next_low = 0;
  unsigned char next_high = 0xFF;
  bool has_next = false;  // whether next_low/next_high constrain anything

  [[nodiscard]] bool admits(std::string_view s) const noexcept {
    if (!enabled) return true;
    // The first byte alone rejects most tokens, without a call to memcmp.
    if (!prefix.empty() && (s.empty() || s[0] != prefix[0])) return false;
    if (!s.starts_with(prefix)) return false;
    if (!has_next) return true;
    if (s.size() == prefix.size()) return false;
    const auto next = static_cast<unsigned char>(s[prefix.size()]);
    return next >= next_low && next <= next_high;
  }
};

struct Predicate {
  Attribute attribute = Attribute::kText;
  Test test = Test::kEquals;
  std::vector<std::string> values;  // sorted for kIn / kNotIn
  // For kText / kLower with kEquals or kIn: the folded key a token must have
  // for the predicate to hold (its values, folded). The matcher indexes
  // patterns by them. Empty when the predicate bounds no key.
  std::vector<std::string> keys;
  std::vector<std::uint32_t> ids;  // label bits or entry indices for ENT_*
  std::shared_ptr<const re2::RE2> regex;
  RegexPrefilter regex_prefilter;
  bool flag = false;
  Compare compare = Compare::kEq;
  std::int64_t number = 0;
};

// The token at `index` of `tokens`; index may be one past either end (the
// virtual boundary), where no condition holds.
struct TokenRef {
  const text::TokenStream* tokens = nullptr;
  const TokenAnnotations* annotations = nullptr;  // may be null
  std::size_t index = 0;
  bool boundary = false;
};

// A conjunction of predicates; no predicate at all ({}) matches any token.
struct TokenCondition {
  std::vector<Predicate> predicates;

  // Whether the token satisfies every predicate. False at a boundary.
  // `shape` is scratch for SHAPE.
  [[nodiscard]] bool matches(const TokenRef& ref, std::string& shape) const;
};

enum class Quantifier : std::uint8_t {
  kOne,       // exactly one matching token
  kOptional,  // "?": zero or one
  kStar,      // "*": zero or more
  kNot,       // "!": one token that does not match (spaCy); in a context it
              // also matches the text boundary
};

enum class Role : std::uint8_t { kLeftContext, kSpan, kRightContext };

struct PatternElement {
  TokenCondition condition;
  Quantifier quantifier = Quantifier::kOne;
  Role role = Role::kSpan;
};

// Elements in order: left context, span, right context.
struct TokenPattern {
  std::vector<PatternElement> elements;
};

// Compiles `pattern` with RE2 (UTF-8, errors not logged) into `p.regex` and
// its prefilter. On failure returns false and sets `error` to RE2's message.
bool set_regex(Predicate& p, const std::string& pattern, std::string& error);

// The prefilter of `regex`, compiled from `pattern`; disabled unless the
// pattern is plainly anchored at the start (a leading "^", no alternation).
RegexPrefilter regex_prefilter(std::string_view pattern, const re2::RE2& regex);

}  // namespace chipner::rules

#endif  // CHIPNER_RULES_TOKEN_PATTERN_H_
