// grammar/process_node.h: process nodes written as a size and a unit.
//
// Named nodes (N3E, N+2, Intel 18A, SF3) are dictionary entries; this grammar
// finds sizes in both languages:
//
//   7nm  7 nm  7-nm  7-нм  7 нм  28 Нм  1,4-нм  1.4nm  5-nanometer
//   3 nanometres  5-нанометровый  7 нанометров  3nm-class  7 nm-class
//   0,35 мкм → 350  2 microns → 2000  7纳米
//   28/22nm  130-250 нм   (two sizes, one unit: one span, no nm value)
//
// The word that follows (process, техпроцесс, node) is outside the span;
// "-class", "-nanometer", "-нанометровый" are inside. A size is not a node
// where a nearby word says it is a length of something else: a wavelength
// (13,5 нм EUV light, длина волны), a thickness, a pitch, a resolution.
//
// Linear: each token starts at most one bounded look-ahead (a number, a unit,
// a suffix) and one bounded look-around for context words.

#ifndef CHIPNER_GRAMMAR_PROCESS_NODE_H_
#define CHIPNER_GRAMMAR_PROCESS_NODE_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "text/tokenizer.h"

namespace chipner::grammar {

struct NodeMatch {
  std::uint32_t begin = 0;  // UTF-8 byte range
  std::uint32_t end = 0;
  std::optional<double> nm;  // empty for two sizes with one unit
};

class ProcessNodeGrammar {
 public:
  // Appends the sizes found in `tokens`, sorted by begin, non-overlapping.
  // A member, not static, like every grammar's: callers hold grammars as
  // objects, and this one may grow tables.
  // NOLINTNEXTLINE(readability-convert-member-functions-to-static)
  void find(const text::TokenStream& tokens, std::vector<NodeMatch>& out) const;
};

}  // namespace chipner::grammar

#endif  // CHIPNER_GRAMMAR_PROCESS_NODE_H_
