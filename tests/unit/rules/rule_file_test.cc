// Rule files: a spaCy EntityRuler file loads unchanged and matches as spaCy
// would; every bad line is reported with its code, file and line.

#include <algorithm>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules_test_util.h"

namespace chipner::rules {
namespace {

using testing::load_rules;
using testing::run;
using ::testing::UnorderedElementsAreArray;

struct Expected {
  ErrorCode code;
  std::uint32_t line;
};

TEST(RuleFile, ReportsEveryBadLineWithCodeFileAndLine) {
  const std::string file =
      R"({"label":"X","pattern":"fine"})"
      "\n"
      "not json\n"
      R"({"label":"X","pattern":[{"LEMMA":"run"}]})"
      "\n"
      R"({"label":"X","pattern":"a","foo":1})"
      "\n"
      R"({"label":"X","pattern":[{"TEXT":{"REGEX":"("}}]})"
      "\n"
      R"({"label":"X","pattern":[{"ORTH":"Co."}]})"
      "\n"
      R"({"label":"X","pattern":[{"LOWER":"a","OP":"x"}]})"
      "\n"
      R"({"label":"X","pattern":[{"ENT_TYPE":"NOPE"}]})"
      "\n"
      R"({"pattern":"a"})"
      "\n"
      R"({"label":"CHIP","pattern":"X1","vendor":"nobody"})"
      "\n"
      R"({"label":"X","pattern":"a","left_context":[{"LOWER":"b"}]})"
      "\n"
      R"({"label":"1X","pattern":"a"})"
      "\n"
      "# a comment, then a blank line\n"
      "\n"
      R"({"label":"X","pattern":[{"IS_DIGIT":"yes"}]})"
      "\n"
      R"({"label":"X","pattern":[]})"
      "\n"
      R"({"label":"X","pattern":[{"LOWER":{"FUZZY":"a"}}]})"
      "\n";
  const auto loaded = load_rules(file, "my_rules.jsonl");
  const std::vector<Expected> expected{
      {ErrorCode::kBadJson, 2},           {ErrorCode::kUnknownKey, 3},
      {ErrorCode::kUnknownKey, 4},        {ErrorCode::kBadRegex, 5},
      {ErrorCode::kBadPattern, 6},        {ErrorCode::kBadPattern, 7},
      {ErrorCode::kUnknownReference, 8},  {ErrorCode::kBadPattern, 9},
      {ErrorCode::kUnknownReference, 10}, {ErrorCode::kBadPattern, 11},
      {ErrorCode::kBadType, 12},          {ErrorCode::kBadPattern, 15},
      {ErrorCode::kBadPattern, 16},       {ErrorCode::kUnknownKey, 17},
  };
  ASSERT_EQ(loaded->diagnostics.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Diagnostic& d = loaded->diagnostics[i];
    EXPECT_EQ(d.code, expected[i].code) << d.to_string();
    EXPECT_EQ(d.line, expected[i].line) << d.to_string();
    EXPECT_EQ(d.source, "my_rules.jsonl");
  }
  // The column points at the offending key.
  EXPECT_EQ(loaded->diagnostics[1].column, 26U);  // "LEMMA"
  EXPECT_NE(loaded->diagnostics[1].message.find("LEMMA"), std::string::npos);
  EXPECT_NE(loaded->diagnostics[2].message.find("foo"), std::string::npos);
}

// A generated spaCy EntityRuler file: 1,000 patterns of the kinds spaCy
// users write (phrases, LOWER/ORTH sequences, IN lists, shapes, operators).
// The expected spans are what spaCy's Matcher returns for these patterns on
// spaCy tokens that coincide with chipner's here (no attached punctuation).
std::string spacy_file() {
  std::string file;
  for (int i = 0; i < 400; ++i) {  // phrases, ORTH semantics
    file += R"({"label": "CHIP", "pattern": "Chip)" + std::to_string(i) +
            R"( Pro", "id": "chip-)" + std::to_string(i) + "\"}\n";
  }
  for (int i = 0; i < 100; ++i) {  // shorter, nested phrases
    file +=
        R"({"label": "FAMILY", "pattern": "Chip)" + std::to_string(i) + "\"}\n";
  }
  for (int i = 0; i < 400; ++i) {  // token patterns
    file +=
        R"({"label": "MODEL", "pattern": [{"LOWER": "model"}, {"ORTH": "M)" +
        std::to_string(i) + R"("}], "id": "model-)" + std::to_string(i) +
        "\"}\n";
  }
  for (int i = 0; i < 99; ++i) {
    file += R"({"label": "SERIES", "pattern": [{"LOWER": {"IN": ["series)" +
            std::to_string(i) + R"(", "line)" + std::to_string(i) +
            R"("]}}, {"IS_DIGIT": true, "OP": "+"}]})" + "\n";
  }
  file +=
      R"({"label": "GPU", "pattern": [{"LOWER": "geforce"}, {"LOWER": "rtx", "OP": "?"}, {"SHAPE": "dddd"}]})"
      "\n";
  return file;
}

TEST(RuleFile, ThousandSpacyPatternsLoadAndMatchAsSpacyWould) {
  const auto loaded = load_rules(spacy_file(), "spacy.jsonl");
  ASSERT_TRUE(loaded->diagnostics.empty())
      << loaded->diagnostics.front().to_string();
  ASSERT_EQ(loaded->rules.rules().size(), 1000U);
  struct Sentence {
    const char* text;
    std::vector<std::string> spans;
  };
  const std::vector<Sentence> sentences{
      {"We tested Chip17 Pro and model M42 today",
       {"FAMILY:Chip17", "CHIP:Chip17 Pro", "MODEL:model M42"}},
      {"chip17 pro is not Chip17 Pro", {"FAMILY:Chip17", "CHIP:Chip17 Pro"}},
      {"MODEL M42 but not model m42", {"MODEL:MODEL M42"}},
      {"Chip250 Pro without a family", {"CHIP:Chip250 Pro"}},
      {"Series7 10 20 and LINE7 5",
       {"SERIES:Series7 10", "SERIES:Series7 10 20", "SERIES:LINE7 5"}},
      {"GeForce RTX 4090 and GeForce 3080 and GeForce RTX 980",
       {"GPU:GeForce RTX 4090", "GPU:GeForce 3080"}},
      {"nothing to see here", {}},
  };
  for (const Sentence& s : sentences) {
    EXPECT_THAT(run(*loaded, s.text), UnorderedElementsAreArray(s.spans))
        << s.text;
  }
}

}  // namespace
}  // namespace chipner::rules
