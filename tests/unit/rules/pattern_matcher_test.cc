// Token patterns: every supported key and operator, contexts, and the
// linear-time guarantee. Expected matches follow spaCy's Matcher, except
// that for one pattern and one end token only the earliest start is kept
// (pattern_matcher.h, MATCH SEMANTICS).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules_test_util.h"

namespace chipner::rules {
namespace {

using ::testing::ElementsAreArray;
using testing::load_rules;
using testing::run;

struct Case {
  const char* name;
  const char* rule;  // one JSONL line
  const char* text;
  std::vector<std::string> expected;
};

class TokenPatternKeys : public ::testing::TestWithParam<Case> {};

TEST_P(TokenPatternKeys, MatchAsSpacyWould) {
  const Case& c = GetParam();
  const auto loaded = load_rules(c.rule);
  std::string errors;
  for (const auto& d : loaded->diagnostics) errors += d.to_string() + "\n";
  ASSERT_TRUE(loaded->diagnostics.empty()) << errors;
  EXPECT_THAT(run(*loaded, c.text), ElementsAreArray(c.expected));
}

const Case kCases[] = {
    {"Orth",
     R"({"label":"X","pattern":[{"ORTH":"Ascend"},{"ORTH":"910C"}]})",
     "Ascend 910C and ascend 910C",
     {"X:Ascend 910C"}},
    {"Text",
     R"({"label":"X","pattern":[{"TEXT":"Ascend"},{"TEXT":"910C"}]})",
     "ASCEND 910C, Ascend 910C",
     {"X:Ascend 910C"}},
    {"Lower",
     R"({"label":"X","pattern":[{"LOWER":"snapdragon"},{"IS_DIGIT":true}]})",
     "SNAPDRAGON 8 and Snapdragon 865",
     {"X:SNAPDRAGON 8", "X:Snapdragon 865"}},
    {"NormIsLower",
     R"({"label":"X","pattern":[{"NORM":"Kirin"}]})",
     "KIRIN kirin",
     {"X:KIRIN", "X:kirin"}},
    {"Shape",
     R"({"label":"X","pattern":[{"LOWER":"kirin"},{"SHAPE":"dddd"}]})",
     "Kirin 9030 and Kirin 990",
     {"X:Kirin 9030"}},
    {"ShapeMixed",
     R"({"label":"X","pattern":[{"SHAPE":"XXdddX"}]})",
     "MI300X vs MI250",
     {"X:MI300X"}},
    {"LengthInt",
     R"({"label":"X","pattern":[{"LENGTH":3,"IS_UPPER":true}]})",
     "TSMC and AMD",
     {"X:AMD"}},
    {"LengthCompare",
     R"({"label":"X","pattern":[{"IS_UPPER":true,"LENGTH":{">=":4}}]})",
     "TSMC and AMD",
     {"X:TSMC"}},
    {"IsLowerIsDigit",
     R"({"label":"X","pattern":[{"IS_LOWER":true},{"IS_DIGIT":true}]})",
     "Nvidia ships 500 GPUs",
     {"X:ships 500"}},
    {"IsTitle",
     R"({"label":"X","pattern":[{"IS_TITLE":true},{"LOWER":"inc"}]})",
     "Nvidia Inc and NVIDIA Inc",
     {"X:Nvidia Inc"}},
    {"IsAlphaFalse",
     R"({"label":"X","pattern":[{"LOWER":"gen"},{"IS_ALPHA":false}]})",
     "Gen 3 and Gen X",
     {"X:Gen 3"}},
    {"IsPunct",
     R"({"label":"X","pattern":[{"IS_DIGIT":true},{"IS_PUNCT":true},{"IS_DIGIT":true}]})",
     "1,5 and 2+3",
     {"X:1,5"}},
    {"IsAscii",
     R"({"label":"X","pattern":[{"IS_ASCII":false}]})",
     "Яндекс и Intel",
     {"X:Яндекс", "X:и"}},
    {"Script",
     R"({"label":"X","pattern":[{"SCRIPT":"CYRILLIC","IS_TITLE":true}]})",
     "Яндекс and Intel",
     {"X:Яндекс"}},
    {"ScriptInPlus",
     R"({"label":"X","pattern":[{"SCRIPT":{"IN":["HAN"]},"OP":"+"}]})",
     "华为 and",
     {"X:华", "X:华为"}},
    {"SpaceBefore",
     R"({"label":"X","pattern":[{"IS_DIGIT":true},{"ORTH":"-"},{"LOWER":"нм","SPACE_BEFORE":false}]})",
     "7-нм and 7 - нм",
     {"X:7-нм"}},
    {"EntType",
     R"({"label":"X","pattern":[{"ENT_TYPE":"COMPANY"},{"LOWER":"chips"}]})",
     "Huawei chips and Intel chips",
     {"X:Huawei chips"}},
    {"EntTypeCustomLabel",
     R"({"label":"X","pattern":[{"ENT_TYPE":"LAB","OP":"+"},{"LOWER":"researchers"}]})",
     "Zhejiang Lab researchers",
     {"X:Zhejiang Lab researchers"}},
    {"EntId",
     R"({"label":"X","pattern":[{"ENT_ID":"nvidia"},{"IS_UPPER":true}]})",
     "Nvidia H100, Huawei H100",
     {"X:Nvidia H100"}},
    {"RegexTopLevel",
     R"({"label":"X","pattern":[{"REGEX":"^MI\\d{3}X?$"}]})",
     "MI300X MI250 MIX",
     {"X:MI300X", "X:MI250"}},
    {"TextRegex",
     R"({"label":"X","pattern":[{"TEXT":{"REGEX":"^\\d{3}[A-C]$"}}]})",
     "910B 910D",
     {"X:910B"}},
    {"LowerRegex",
     R"({"label":"X","pattern":[{"LOWER":{"REGEX":"^kirin$"}},{"IS_DIGIT":true}]})",
     "KIRIN 990",
     {"X:KIRIN 990"}},
    {"InNotIn",
     R"({"label":"X","pattern":[{"IS_TITLE":true,"LOWER":{"NOT_IN":["mate"]}},{"IS_DIGIT":true}]})",
     "Ascend 910 Kirin 990 Mate 60",
     {"X:Ascend 910", "X:Kirin 990"}},
    {"In",
     R"({"label":"X","pattern":[{"LOWER":{"IN":["ascend","kirin"]}},{"IS_DIGIT":true}]})",
     "Ascend 910 Kirin 990 Mate 60",
     {"X:Ascend 910", "X:Kirin 990"}},
    {"OpOptional",
     R"({"label":"X","pattern":[{"LOWER":"gen"},{"IS_DIGIT":true,"OP":"?"}]})",
     "Gen 3",
     {"X:Gen", "X:Gen 3"}},
    {"OpStar",
     R"({"label":"X","pattern":[{"LOWER":"a"},{"LOWER":"b","OP":"*"},{"LOWER":"c"}]})",
     "a c a b b c",
     {"X:a c", "X:a b b c"}},
    {"OpPlus",
     R"({"label":"X","pattern":[{"LOWER":"b","OP":"+"}]})",
     "b b",
     {"X:b", "X:b b"}},
    {"OpNot",
     R"({"label":"X","pattern":[{"LOWER":"snapdragon"},{"LOWER":"gen","OP":"!"}]})",
     "snapdragon 8 snapdragon gen snapdragon",
     {"X:snapdragon 8"}},
    {"OpExact",
     R"({"label":"X","pattern":[{"IS_DIGIT":true,"OP":"{2}"}]})",
     "1 2 3",
     {"X:1 2", "X:2 3"}},
    {"OpRange",
     R"({"label":"X","pattern":[{"LOWER":"x"},{"IS_DIGIT":true,"OP":"{1,2}"}]})",
     "x 1 2 3",
     {"X:x 1", "X:x 1 2"}},
    {"AnyToken",
     R"({"label":"X","pattern":[{"LOWER":"gen"},{}]})",
     "Gen 3 gen",
     {"X:Gen 3"}},
    {"NegativeRightContextAndBoundary",
     R"j({"label":"PROCESS_NODE","pattern":[{"IS_DIGIT":true},{"LOWER":"нм"}],"right_context":[{"LOWER":{"REGEX":"^(излучени|волн)"},"OP":"!"}]})j",
     "7 нм техпроцесс, 13 нм излучения, 5 нм",
     {"PROCESS_NODE:7 нм", "PROCESS_NODE:5 нм"}},
    {"LeftContext",
     R"({"label":"CHIP","pattern":[{"SHAPE":"dddX"}],"left_context":[{"LOWER":{"IN":["процессор","процессора","chip"]}}]})",
     "два процессора 910B и 910C",
     {"CHIP:910B"}},
    {"NegativeLeftContextAtStart",
     R"({"label":"X","pattern":[{"IS_DIGIT":true}],"left_context":[{"ORTH":"$","OP":"!"}]})",
     "5 and $6",
     {"X:5"}},
    {"PhraseIsCaseSensitive",
     R"({"label":"CHIP","pattern":"Ascend 910C"})",
     "Ascend 910C, ASCEND 910C",
     {"CHIP:Ascend 910C"}},
    {"PhraseCaseInsensitive",
     R"({"label":"CHIP","pattern":"Ascend 910C","case_sensitive":false})",
     "Ascend 910C, ASCEND 910C",
     {"CHIP:Ascend 910C", "CHIP:ASCEND 910C"}},
};

INSTANTIATE_TEST_SUITE_P(Rules, TokenPatternKeys, ::testing::ValuesIn(kCases),
                         [](const auto& test_info) {
                           return test_info.param.name;
                         });

// Work (threads added + conditions tested) per token must not grow with the
// input: doubling the text at most doubles the work, for patterns built to
// make a backtracking matcher explode.
TEST(PatternMatcher, AdversarialPatternsRunInLinearTime) {
  const std::string rules =
      R"({"label":"A","pattern":[{"OP":"*"},{"OP":"*"},{"OP":"*"},{"OP":"*"},{"LOWER":"z"}]})"
      "\n"
      R"({"label":"B","pattern":[{"IS_ALPHA":true,"OP":"*"},{"IS_ALPHA":true,"OP":"*"},{"IS_ALPHA":true,"OP":"+"},{"LOWER":"b"}]})"
      "\n"
      R"({"label":"C","pattern":[{"LOWER":"a","OP":"+"},{"LOWER":"a","OP":"*"},{"LOWER":"a","OP":"?"}],"right_context":[{"OP":"*"},{"LOWER":"q","OP":"!"}]})"
      "\n"
      R"j({"label":"D","pattern":[{"REGEX":"^(a|aa)*$","OP":"*"},{"LOWER":"a","OP":"{0,32}"}]})j";
  const auto loaded = load_rules(rules);
  ASSERT_TRUE(loaded->diagnostics.empty())
      << loaded->diagnostics.front().to_string();
  const auto work_for = [&](std::size_t tokens) {
    std::string text;
    for (std::size_t i = 0; i < tokens; ++i) text += "a ";
    std::uint64_t work = 0;
    run(*loaded, text, &work);
    return static_cast<double>(work);
  };
  const double small = work_for(2000);
  const double large = work_for(4000);
  const double huge = work_for(8000);
  EXPECT_GT(small, 0);
  EXPECT_LT(large / small, 2.1);
  EXPECT_LT(huge / large, 2.1);
}

}  // namespace
}  // namespace chipner::rules
