#include "naive_pattern_matcher.h"

namespace chipner::reference {
namespace {

bool holds(const NaiveElement& e, const NaiveToken& t) {
  switch (e.test) {
    case NaiveElement::Test::kWord:
      return t.key == e.word;
    case NaiveElement::Test::kDigits:
      return t.digits;
    case NaiveElement::Test::kAny:
      return true;
  }
  return false;
}

// Can elements [i, end) match exactly tokens [from, to)? Plain recursion over
// the element list: fine for the small patterns and texts of the tests.
bool matches(const std::vector<NaiveElement>& p, std::size_t i,
             const std::vector<NaiveToken>& t, std::size_t from,
             std::size_t to) {
  if (i == p.size()) return from == to;
  const NaiveElement& e = p[i];
  const bool one =
      from < to && (e.op == '!' ? !holds(e, t[from]) : holds(e, t[from]));
  switch (e.op) {
    case '1':
    case '!':
      return one && matches(p, i + 1, t, from + 1, to);
    case '?':
      return matches(p, i + 1, t, from, to) ||
             (one && matches(p, i + 1, t, from + 1, to));
    case '*':
    case '+': {
      if (e.op == '*' && matches(p, i + 1, t, from, to)) return true;
      for (std::size_t k = from; k < to && holds(e, t[k]); ++k) {
        if (matches(p, i + 1, t, k + 1, to)) return true;
      }
      return false;
    }
    default:
      return false;
  }
}

}  // namespace

std::set<std::pair<std::size_t, std::size_t>> naive_match(
    const std::vector<NaiveElement>& pattern,
    const std::vector<NaiveToken>& tokens) {
  std::set<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t end = 1; end <= tokens.size(); ++end) {
    for (std::size_t start = 0; start < end; ++start) {
      if (matches(pattern, 0, tokens, start, end)) {
        out.emplace(start, end);
        break;  // the earliest start for this end
      }
    }
  }
  return out;
}

}  // namespace chipner::reference
