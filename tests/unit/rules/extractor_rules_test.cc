// Rules through the Extractor: custom labels, priorities and the overlap
// policy, all candidates, provenance.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "chipner/extractor.h"

namespace chipner {
namespace {

Extractor make(std::vector<Source> sources, OverlapPolicy policy = {},
               bool all = false) {
  Options options;
  options.dictionaries = std::move(sources);
  options.overlap_policy = policy;
  options.all_candidates = all;
  auto extractor = Extractor::create(options);
  EXPECT_TRUE(extractor.has_value())
      << (extractor ? "" : extractor.error().to_string());
  return std::move(extractor).value();
}

const Entity* find(const std::vector<Entity>& entities, std::string_view text) {
  for (const Entity& e : entities)
    if (e.text == text && !e.discarded) return &e;
  return nullptr;
}

TEST(ExtractorRules, CustomLabelsFromRuleFiles) {
  const auto extractor = make({Source::in_memory(
      "lab.jsonl",
      R"({"label": "LAB", "pattern": "Zhejiang Lab", "id": "zhejiang-lab"})"
      "\n"
      R"({"label": "AI_MODEL", "pattern": [{"LOWER": "deepseek"}, {"ORTH": "-"}, {"TEXT": {"REGEX": "^[VR]\\d$"}}]})"
      "\n")});
  const auto entities =
      extractor.extract("Zhejiang Lab trained DeepSeek-V3 on Huawei chips");
  const Entity* lab = find(entities, "Zhejiang Lab");
  ASSERT_NE(lab, nullptr);
  EXPECT_EQ(lab->type, EntityType::kCustom);
  EXPECT_EQ(lab->label, "LAB");
  EXPECT_EQ(lab->id, "zhejiang-lab");
  EXPECT_EQ(lab->origin, EntityOrigin::kRule);
  EXPECT_EQ(lab->source, "lab.jsonl");
  EXPECT_EQ(lab->line, 1U);
  const Entity* model = find(entities, "DeepSeek-V3");
  ASSERT_NE(model, nullptr);
  EXPECT_EQ(model->label, "AI_MODEL");
  EXPECT_EQ(model->line, 2U);
  const Entity* huawei = find(entities, "Huawei");
  ASSERT_NE(huawei, nullptr);
  EXPECT_EQ(huawei->origin, EntityOrigin::kDictionary);
  EXPECT_TRUE(huawei->source.ends_with("companies.tsv"));
  EXPECT_GT(huawei->line, 0U);
}

// A rule whose first token is a regex runs at every token; its prefilter
// (first byte of the text or of the folded key) must let every match by.
TEST(ExtractorRules, RegexFirstTokensMatchWhereverTheyStart) {
  const auto extractor = make({Source::in_memory(
      "codes.jsonl",
      R"({"label": "CODE", "pattern": [{"TEXT": {"REGEX": "^QX[0-9]+$"}}]})"
      "\n"
      R"({"label": "LOWCODE", "pattern": [{"LOWER": {"REGEX": "^zq[0-9]$"}}, {"LOWER": "unit"}]})"
      "\n")});
  const auto entities =
      extractor.extract("QX7 and qx8 then ZQ5 unit, zq6 unit and Zq unit");
  EXPECT_NE(find(entities, "QX7"), nullptr);
  EXPECT_EQ(find(entities, "qx8"), nullptr);  // TEXT is case-sensitive
  EXPECT_NE(find(entities, "ZQ5 unit"), nullptr);
  EXPECT_NE(find(entities, "zq6 unit"), nullptr);
  EXPECT_EQ(find(entities, "Zq unit"), nullptr);
}

TEST(ExtractorRules, UserRuleOverridesBuiltInEntryOfTheSameSpan) {
  const auto extractor = make({Source::in_memory(
      "r.jsonl", R"({"label": "VENDOR", "pattern": "Huawei"})")});
  const auto entities = extractor.extract("Huawei");
  ASSERT_EQ(entities.size(), 1U);
  EXPECT_EQ(entities[0].label, "VENDOR");
}

TEST(ExtractorRules, PriorityFirstPolicyLetsAShorterRuleWin) {
  const std::string rule =
      R"({"label": "BRAND", "pattern": "Alibaba", "priority": 50})";
  const auto longest = make({Source::in_memory("r.jsonl", rule)});
  const auto by_priority =
      make({Source::in_memory("r.jsonl", rule)}, OverlapPolicy::kPriorityFirst);
  const auto a = longest.extract("Alibaba Cloud");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].text, "Alibaba Cloud");
  const auto b = by_priority.extract("Alibaba Cloud");
  ASSERT_GE(b.size(), 1U);
  EXPECT_EQ(b[0].text, "Alibaba");
  EXPECT_EQ(b[0].label, "BRAND");
}

TEST(ExtractorRules, AllCandidatesMarksTheSetAsideOnes) {
  const auto extractor = make({}, OverlapPolicy::kLongestFirst, true);
  const auto entities = extractor.extract("Alibaba Cloud");
  ASSERT_GE(entities.size(), 2U);
  EXPECT_EQ(entities[0].text, "Alibaba Cloud");
  EXPECT_FALSE(entities[0].discarded);
  EXPECT_EQ(entities[1].text, "Alibaba");
  EXPECT_TRUE(entities[1].discarded);
}

TEST(ExtractorRules, GrammarProvenance) {
  const auto extractor = make({});
  const auto entities = extractor.extract("a 7nm chip for $5 billion");
  ASSERT_EQ(entities.size(), 2U);
  EXPECT_EQ(entities[0].origin, EntityOrigin::kGrammar);
  EXPECT_EQ(entities[0].source, "grammar/process_node");
  EXPECT_EQ(entities[1].source, "grammar/money");
}

TEST(ExtractorRules, BadRuleFileFailsCreateWithLocation) {
  Options options;
  options.dictionaries = {Source::in_memory(
      "bad.jsonl", "{\"label\": \"X\", \"pattern\": \"a\"}\n{\"label\": 1}\n")};
  const auto extractor = Extractor::create(options);
  ASSERT_FALSE(extractor.has_value());
  EXPECT_EQ(extractor.error().diagnostics().front().source, "bad.jsonl");
  EXPECT_EQ(extractor.error().diagnostics().front().line, 2U);
}

TEST(ExtractorRules, GazetteerByExplicitFormat) {
  const auto extractor = make({Source::in_memory("fabs", "Fab 18\tFAB_SITE\n",
                                                 SourceFormat::kCoreNlp)});
  const auto entities = extractor.extract("TSMC Fab 18");
  const Entity* fab = find(entities, "Fab 18");
  ASSERT_NE(fab, nullptr);
  EXPECT_EQ(fab->label, "FAB_SITE");
}

}  // namespace
}  // namespace chipner
