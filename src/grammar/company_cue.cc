#include "grammar/company_cue.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace chipner::grammar {
namespace {

using text::CaseClass;
using text::Token;
using text::TokenStream;

constexpr std::size_t kMaxNameWords = 3;

// Suffixes written with a period ("Inc.", "Corp.", "Ltd.", "Co.") and those
// without one; keys are folded.
constexpr std::array<std::string_view, 4> kDotted{"inc", "corp", "ltd", "co"};
constexpr std::array<std::string_view, 7> kPlain{"llc", "gmbh", "plc", "ag",
                                                 "nv",  "bv",   "sa"};

// Capitalized words that begin a sentence or a phrase, not a name.
constexpr std::array<std::string_view, 16> kNotName{
    "the", "a",  "an",  "this", "that", "its",  "our", "their",
    "in",  "at", "for", "by",   "from", "with", "and", "of"};

// Longer keys are no suffix: most capitalized words skip the list scans.
constexpr std::size_t kLongestSuffix = [] {
  std::size_t longest = 0;
  for (const std::string_view key : kDotted)
    longest = std::max(longest, key.size());
  for (const std::string_view key : kPlain)
    longest = std::max(longest, key.size());
  return longest;
}();

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list,
              std::string_view key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

bool is_symbol(const TokenStream& ts, std::size_t i, std::string_view key) {
  return i < ts.size() && ts[i].kind == text::TokenKind::kSymbol &&
         ts.key(ts[i]) == key;
}

bool is_name_word(const TokenStream& ts, std::size_t i) {
  const Token& t = ts[i];
  return t.kind == text::TokenKind::kWord && t.script == text::Script::kLatin &&
         (t.case_class == CaseClass::kTitle ||
          t.case_class == CaseClass::kUpper ||
          t.case_class == CaseClass::kMixed) &&
         !contains(kNotName, ts.key(t));
}

// A suffix at `i`: returns the token after it (its period included), or 0.
// A suffix is a word of its own, after a space, except the "Ltd" of
// "Co.,Ltd." (`glued_ok`).
std::size_t suffix_end(const TokenStream& ts, std::size_t i,
                       bool glued_ok = false) {
  const Token& t = ts[i];
  if (t.kind != text::TokenKind::kWord || (!t.space_before && !glued_ok))
    return 0;
  if (t.case_class != CaseClass::kTitle && t.case_class != CaseClass::kUpper &&
      t.case_class != CaseClass::kMixed) {
    return 0;  // "inc" in lower case is not a suffix
  }
  const std::string_view key = ts.key(t);
  if (key.size() > kLongestSuffix) return 0;
  const bool glued_period =
      is_symbol(ts, i + 1, ".") && !ts[i + 1].space_before;
  if (contains(kDotted, key)) {
    // "Co" alone is too common ("Co-founder", "Co. Durham"): only "Co." and
    // "Co., Ltd.".
    if (key == "co" && !glued_period) return 0;
    return glued_period ? i + 2 : i + 1;
  }
  return contains(kPlain, key) ? i + 1 : 0;
}

}  // namespace

// NOLINTNEXTLINE(readability-convert-member-functions-to-static)
void CompanyCueGrammar::find(const TokenStream& ts,
                             std::vector<CueMatch>& out) const {
  std::size_t next_free = 0;  // keeps matches non-overlapping
  for (std::size_t i = 1; i < ts.size(); ++i) {
    // The common case, told by the token alone: no suffix here.
    const Token& t = ts[i];
    if (t.key_length > kLongestSuffix || t.kind != text::TokenKind::kWord ||
        t.case_class == CaseClass::kLower || t.case_class == CaseClass::kNone) {
      continue;
    }
    std::size_t end = suffix_end(ts, i);
    if (end == 0) continue;
    // "Co., Ltd.": the "Ltd." belongs to the same suffix.
    std::size_t k = end;
    if (is_symbol(ts, k, ",")) ++k;
    if (k < ts.size() && ts.key(ts[k]) == "ltd" &&
        suffix_end(ts, k, true) != 0) {
      end = suffix_end(ts, k, true);
    }
    // Back from the suffix: an optional comma ("Micron Technology, Inc."),
    // then up to kMaxNameWords name words.
    std::size_t first = i;
    if (is_symbol(ts, first - 1, ",") && !ts[first - 1].space_before) --first;
    std::size_t words = 0;
    while (first > next_free && words < kMaxNameWords &&
           is_name_word(ts, first - 1)) {
      --first;
      ++words;
    }
    if (words == 0) continue;
    out.push_back({ts[first].begin, ts[end - 1].end});
    next_free = end;
    i = end - 1;
  }
}

}  // namespace chipner::grammar
