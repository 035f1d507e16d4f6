#include "grammar/process_node.h"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace chipner::grammar {
namespace {

struct Found {
  std::string text;
  std::optional<double> nm;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.text << ", " << (f.nm ? std::to_string(*f.nm) : "null")
            << "}";
}

std::vector<Found> find(std::string_view input) {
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  tokenizer.tokenize(input, tokens);
  std::vector<NodeMatch> matches;
  ProcessNodeGrammar{}.find(tokens, matches);
  std::vector<Found> out;
  for (const auto& m : matches)
    out.push_back({std::string(input.substr(m.begin, m.end - m.begin)), m.nm});
  return out;
}

struct Case {
  const char* input;
  std::vector<Found> expected;
};

class ProcessNodeCases : public testing::TestWithParam<Case> {};

TEST_P(ProcessNodeCases, FindsSpanAndNm) {
  EXPECT_EQ(find(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, ProcessNodeCases,
    testing::Values(Case{"a 7nm chip", {{"7nm", 7}}},
                    Case{"on a 7 nm process", {{"7 nm", 7}}},
                    Case{"the 5-nm node", {{"5-nm", 5}}},
                    Case{"по 7-нм техпроцессу", {{"7-нм", 7}}},
                    Case{"по 3 нм", {{"3 нм", 3}}},
                    Case{"28 Нм чипы", {{"28 Нм", 28}}},
                    Case{"1,4\u2011нм чипов", {{"1,4\u2011нм", 1.4}}},
                    Case{"a 1.4nm node", {{"1.4nm", 1.4}}},
                    Case{"its 5-nanometer chips", {{"5-nanometer", 5}}},
                    Case{"3 nanometres", {{"3 nanometres", 3}}},
                    Case{"5-нанометровый процесс", {{"5-нанометровый", 5}}},
                    Case{"7 нанометров", {{"7 нанометров", 7}}},
                    Case{"a 3nm-class node", {{"3nm-class", 3}}},
                    Case{"7 nm-class", {{"7 nm-class", 7}}},
                    Case{"0,35 мкм", {{"0,35 мкм", 350}}},
                    Case{"2 microns", {{"2 microns", 2000}}},
                    Case{"采用7纳米工艺", {{"7纳米", 7}}},
                    Case{"28/22nm lines", {{"28/22nm", std::nullopt}}},
                    Case{"130-250 нм", {{"130-250 нм", std::nullopt}}},
                    Case{"28nm to 130nm", {{"28nm", 28}, {"130nm", 130}}}));

INSTANTIATE_TEST_SUITE_P(
    NotNodes, ProcessNodeCases,
    testing::Values(Case{"излучение с длиной волны 13,5 нм", {}},
                    Case{"EUV light at 13.5 nm wavelength", {}},
                    Case{"the 157 nm fluorine excimer lithography", {}},
                    Case{"ArF immersion shortens 193 nm to about 134 nm", {}},
                    Case{"248 нм и 365 нм", {}}, Case{"a film 5 nm thick", {}},
                    Case{"300 mm wafers", {}}, Case{"SF3 and N3E", {}},
                    Case{"H100 GPUs", {}}, Case{"7 nmol", {}}, Case{"", {}}));

}  // namespace
}  // namespace chipner::grammar
