#include "grammar/company_cue.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace chipner::grammar {
namespace {

std::vector<std::string> find(std::string_view input) {
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  tokenizer.tokenize(input, tokens);
  std::vector<CueMatch> matches;
  CompanyCueGrammar{}.find(tokens, matches);
  std::vector<std::string> out;
  for (const auto& m : matches)
    out.emplace_back(input.substr(m.begin, m.end - m.begin));
  return out;
}

using Names = std::vector<std::string>;

TEST(CompanyCue, NameAndSuffixIncludingItsPeriod) {
  EXPECT_EQ(find("Zorvex Semiconductor Inc. said"),
            (Names{"Zorvex Semiconductor Inc."}));
  EXPECT_EQ(find("Quantil Labs LLC and Vexa GmbH"),
            (Names{"Quantil Labs LLC", "Vexa GmbH"}));
  EXPECT_EQ(find("Bolt Co., Ltd. and Nord Co.,Ltd."),
            (Names{"Bolt Co., Ltd.", "Nord Co.,Ltd."}));
  EXPECT_EQ(find("Micron Technology, Inc. reported"),
            (Names{"Micron Technology, Inc."}));
  EXPECT_EQ(find("Acme Corp said"), (Names{"Acme Corp"}));
}

TEST(CompanyCue, AtMostThreeNameWordsAndNoArticle) {
  EXPECT_EQ(find("The Acme Inc. deal"), (Names{"Acme Inc."}));
  EXPECT_EQ(find("Big Blue Zorvex Semiconductor Inc."),
            (Names{"Blue Zorvex Semiconductor Inc."}));
}

TEST(CompanyCue, NotASuffixOrNoName) {
  EXPECT_EQ(find("a co-founder; the Co. Durham team"), Names{});
  EXPECT_EQ(find("inc. and corp in lower case; Inc. magazine"), Names{});
  EXPECT_EQ(find("acme inc."), Names{});
  EXPECT_EQ(find(""), Names{});
}

}  // namespace
}  // namespace chipner::grammar
