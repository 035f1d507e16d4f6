#include "rules/pattern_matcher.h"

#include <algorithm>
#include <limits>

namespace chipner::rules {
namespace {

constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();

bool is_epsilon(Quantifier q) {
  return q == Quantifier::kOptional || q == Quantifier::kStar;
}

// The folded keys that bound `condition`, or nullptr when none does.
const std::vector<std::string>* bounding_keys(const TokenCondition& condition) {
  for (const Predicate& p : condition.predicates) {
    if (!p.keys.empty()) return &p.keys;
  }
  return nullptr;
}

// The first bytes a token can have and satisfy `condition`, from a regex
// prefilter on its text or key ("^SF[1-9]": "S"); nullopt if unbounded.
std::optional<TokenFirstBytes> first_bytes(const TokenCondition& condition) {
  for (const Predicate& p : condition.predicates) {
    if (p.test != Test::kRegex || !p.regex_prefilter.enabled) continue;
    if (p.attribute != Attribute::kText && p.attribute != Attribute::kLower)
      continue;
    const RegexPrefilter& filter = p.regex_prefilter;
    TokenFirstBytes bytes;
    bytes.of_key = p.attribute == Attribute::kLower;
    if (!filter.prefix.empty()) {
      bytes.allowed[static_cast<unsigned char>(filter.prefix[0])] = true;
    } else if (filter.has_next) {
      for (unsigned b = filter.next_low; b <= filter.next_high; ++b)
        bytes.allowed[b] = true;
    } else {
      continue;
    }
    return bytes;
  }
  return std::nullopt;
}

}  // namespace

std::uint32_t PatternMatcher::add(TokenPattern pattern) {
  Compiled compiled{};
  compiled.element_base = static_cast<std::uint32_t>(elements_.size());
  compiled.state_base = static_cast<std::uint32_t>(closure_end_.size());
  compiled.size = static_cast<std::uint32_t>(pattern.elements.size());
  compiled.span_first = compiled.size;
  for (std::uint32_t i = 0; i < compiled.size; ++i) {
    if (pattern.elements[i].role == Role::kSpan) {
      compiled.span_first = i;
      break;
    }
  }
  compiled.span_end = compiled.span_first;
  for (std::uint32_t i = 0; i < compiled.size; ++i) {
    if (pattern.elements[i].role == Role::kSpan) compiled.span_end = i + 1;
  }
  // Closure ends, computed right to left: a "?" or "*" state reaches the
  // closure of the next state.
  std::vector<std::uint32_t> closure(compiled.size + 1);
  closure[compiled.size] = compiled.size;
  for (std::uint32_t i = compiled.size; i-- > 0;) {
    closure[i] =
        is_epsilon(pattern.elements[i].quantifier) ? closure[i + 1] : i;
  }
  closure_end_.insert(closure_end_.end(), closure.begin(), closure.end());
  for (PatternElement& element : pattern.elements)
    elements_.push_back(std::move(element));
  patterns_.push_back(compiled);
  return static_cast<std::uint32_t>(patterns_.size() - 1);
}

void PatternMatcher::compile() {
  for (std::uint32_t p = 0; p < patterns_.size(); ++p) {
    const Compiled& c = patterns_[p];
    // A match consumes its first token with one of the elements in the
    // closure of the start state; the pattern can be indexed only if each of
    // them requires a literal key.
    const std::uint32_t last = closure_end_[c.state_base];
    std::vector<const std::vector<std::string>*> keys;
    bool keyed = true;
    for (std::uint32_t i = 0; i <= last && i < c.size && keyed; ++i) {
      const PatternElement& element = elements_[c.element_base + i];
      const auto* bound = bounding_keys(element.condition);
      keyed = element.quantifier != Quantifier::kNot && bound != nullptr;
      keys.push_back(bound);
    }
    if (!keyed) {
      const bool prechecked =
          last == 0 && c.size > 0 &&
          elements_[c.element_base].quantifier == Quantifier::kOne;
      always_.push_back({p, prechecked,
                         prechecked
                             ? first_bytes(elements_[c.element_base].condition)
                             : std::nullopt});
      continue;
    }
    for (const auto* bound : keys) {
      for (const std::string& key : *bound) {
        const std::uint32_t id = keys_.intern(key);
        if (id == by_key_.size()) by_key_.emplace_back();
        auto& list = by_key_[id];
        if (list.empty() || list.back() != p) list.push_back(p);
      }
    }
  }
  key_filter_ = util::BitFilter::of_keys(keys_);
}

void PatternMatcher::add_thread(std::vector<Scratch::Thread>& set,
                                Scratch& scratch, Scratch::Thread thread,
                                std::uint32_t position,
                                std::vector<PatternMatch>& out) const {
  const Compiled& c = patterns_[thread.pattern];
  const std::uint32_t last = closure_end_[c.state_base + thread.state];
  for (std::uint32_t state = thread.state; state <= last; ++state) {
    ++scratch.work;
    Scratch::Thread t = thread;
    t.state = state;
    if (state >= c.span_first && t.span_begin == kUnset)
      t.span_begin = position;
    if (state >= c.span_end && t.span_end == kUnset) t.span_end = position;
    if (state == c.size) {
      if (t.span_end > t.span_begin) {
        out.push_back({t.pattern, t.span_begin - 1, t.span_end - 1});
      }
      continue;
    }
    const std::uint32_t global = c.state_base + state;
    if (scratch.stamp[global] == scratch.generation) {
      // Same state, same future: keep the span that starts earliest, then
      // the longer one.
      Scratch::Thread& kept = set[scratch.slot[global]];
      const bool better =
          t.span_begin < kept.span_begin ||
          (t.span_begin == kept.span_begin && t.span_end != kUnset &&
           (kept.span_end == kUnset || t.span_end > kept.span_end));
      if (better) kept = t;
      continue;
    }
    scratch.stamp[global] = scratch.generation;
    scratch.slot[global] = static_cast<std::uint32_t>(set.size());
    set.push_back(t);
  }
}

void PatternMatcher::step(const TokenRef& token, std::uint32_t position,
                          Scratch& scratch,
                          std::vector<PatternMatch>& out) const {
  ++scratch.generation;
  scratch.next.clear();
  for (const Scratch::Thread& thread : scratch.current) {
    const Compiled& c = patterns_[thread.pattern];
    const PatternElement& element = elements_[c.element_base + thread.state];
    ++scratch.work;
    const bool match = element.condition.matches(token, scratch.shape);
    Scratch::Thread advanced = thread;
    switch (element.quantifier) {
      case Quantifier::kOne:
      case Quantifier::kOptional:
        if (!match) continue;
        ++advanced.state;
        break;
      case Quantifier::kStar:
        if (!match) continue;
        break;
      case Quantifier::kNot:
        if (match) continue;
        // spaCy's "!" consumes a real token; only a context may stand on
        // the boundary.
        if (token.boundary && element.role == Role::kSpan) continue;
        ++advanced.state;
        break;
    }
    add_thread(scratch.next, scratch, advanced, position + 1, out);
  }
  scratch.current.swap(scratch.next);
}

void PatternMatcher::find(const text::TokenStream& tokens,
                          const TokenAnnotations* annotations, Scratch& scratch,
                          std::vector<PatternMatch>& out) const {
  scratch.work = 0;
  if (patterns_.empty()) return;
  const std::size_t states = closure_end_.size();
  if (scratch.stamp.size() < states) {
    scratch.stamp.assign(states, 0);
    scratch.slot.assign(states, 0);
    scratch.generation = 0;
  }
  scratch.current.clear();
  ++scratch.generation;
  // Positions: 0 is the left boundary, token i is position i + 1, and
  // n + 1 the right boundary.
  const auto n = static_cast<std::uint32_t>(tokens.size());
  TokenRef ref{&tokens, annotations, 0, false};
  for (std::uint32_t position = 0; position <= n + 1; ++position) {
    ref.boundary = position == 0 || position == n + 1;
    ref.index = ref.boundary ? 0 : position - 1;
    if (!ref.boundary) {
      const text::Token& token = tokens[ref.index];
      const std::uint32_t id =
          key_filter_.may_contain(token.key_hash)
              ? keys_.find(tokens.key(token), token.key_hash)
              : util::StringIdTable::kMissing;
      if (id != util::StringIdTable::kMissing) {
        for (const std::uint32_t p : by_key_[id])
          add_thread(scratch.current, scratch, {p, 0, kUnset, kUnset}, position,
                     out);
      }
    }
    for (const AlwaysStarted& start : always_) {
      const std::uint32_t p = start.pattern;
      if (const auto& first = start.first_bytes; first && !ref.boundary) {
        const text::Token& token = tokens[ref.index];
        const std::string_view s =
            first->of_key ? tokens.key(token) : tokens.surface(token);
        if (s.empty() || !first->allowed[static_cast<unsigned char>(s[0])])
          continue;
      }
      if (start.prechecked &&
          !elements_[patterns_[p].element_base].condition.matches(
              ref, scratch.shape)) {
        continue;
      }
      add_thread(scratch.current, scratch, {p, 0, kUnset, kUnset}, position,
                 out);
    }
    // Most tokens start nothing and continue nothing.
    if (!scratch.current.empty()) step(ref, position, scratch, out);
  }
}

}  // namespace chipner::rules
