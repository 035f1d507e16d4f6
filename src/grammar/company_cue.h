// grammar/company_cue.h: company names marked by a legal suffix.
//
//   Zorvex Semiconductor Inc.   Quantil Labs LLC   Acme Co., Ltd.   Bolt Corp
//
// A name no dictionary lists is still a company when a legal suffix follows
// it. The grammar starts only at a suffix token (Inc, Corp, Ltd, Co, LLC,
// GmbH, PLC, …, capitalized as a suffix is) and walks back over at most three
// capitalized Latin words, stopping at an article or preposition ("The Acme
// Inc." → "Acme Inc."), so it costs nothing where there is no suffix; a token
// pattern would have to start at every capitalized word. The suffix, and its
// period where the abbreviation always has one, are inside the span
// (ENTITIES.md). Its candidates rank below dictionary entries, so a listed
// company keeps its id.

#ifndef CHIPNER_GRAMMAR_COMPANY_CUE_H_
#define CHIPNER_GRAMMAR_COMPANY_CUE_H_

#include <cstdint>
#include <vector>

#include "text/tokenizer.h"

namespace chipner::grammar {

struct CueMatch {
  std::uint32_t begin = 0;  // UTF-8 byte range
  std::uint32_t end = 0;
};

class CompanyCueGrammar {
 public:
  // Appends the suffixed names in `tokens`, sorted by begin, non-overlapping.
  // NOLINTNEXTLINE(readability-convert-member-functions-to-static)
  void find(const text::TokenStream& ts, std::vector<CueMatch>& out) const;
};

}  // namespace chipner::grammar

#endif  // CHIPNER_GRAMMAR_COMPANY_CUE_H_
