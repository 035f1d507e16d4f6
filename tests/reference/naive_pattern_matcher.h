// tests/reference/naive_pattern_matcher.h: the obviously-right, slow
// reference for token patterns, for differential tests of the NFA in
// src/rules/pattern_matcher.
//
// A pattern here is a list of elements, each a condition on one token (a
// folded word it must equal, "digits", or any token) with spaCy's operators
// (one, ?, *, +, !). match() tries every start and every end and keeps, for
// each end, the earliest start: the semantics rules/pattern_matcher.h states.
// Quadratic per pattern, and meant to be.

#ifndef CHIPNER_TESTS_REFERENCE_NAIVE_PATTERN_MATCHER_H_
#define CHIPNER_TESTS_REFERENCE_NAIVE_PATTERN_MATCHER_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace chipner::reference {

struct NaiveElement {
  enum class Test { kWord, kDigits, kAny } test = Test::kAny;
  std::string word;  // for kWord: the folded key to equal
  char op = '1';     // '1', '?', '*', '+', '!'
};

struct NaiveToken {
  std::string key;  // folded
  bool digits = false;
};

// (first token, end token) of every reported match, end exclusive.
std::set<std::pair<std::size_t, std::size_t>> naive_match(
    const std::vector<NaiveElement>& pattern,
    const std::vector<NaiveToken>& tokens);

}  // namespace chipner::reference

#endif  // CHIPNER_TESTS_REFERENCE_NAIVE_PATTERN_MATCHER_H_
