// Placeholder interface until the money grammar lands (owned by the money work).
#ifndef CHIPNER_GRAMMAR_MONEY_H_
#define CHIPNER_GRAMMAR_MONEY_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace chipner::grammar {
struct MoneyMatch {
  std::uint32_t begin = 0, end = 0;
  std::optional<double> amount, amount_max;
  std::string_view currency;
  bool currency_ambiguous = false;
};
class MoneyGrammar {
 public:
  void find(const text::TokenStream&, std::vector<MoneyMatch>&) const {}
};
}  // namespace chipner::grammar

#endif  // CHIPNER_GRAMMAR_MONEY_H_
