// Gazetteers: CoreNLP RegexNER mappings and GATE lists load as rules.

#include "rules/gazetteer.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules_test_util.h"

namespace chipner::rules {
namespace {

using ::testing::ElementsAre;
using testing::Loaded;
using testing::run;

std::unique_ptr<Loaded> empty_loaded() {
  auto loaded = std::make_unique<Loaded>();
  loaded->dictionary.add_file(testing::kDictionary, "d.tsv",
                              loaded->diagnostics);
  loaded->dictionary.build(loaded->diagnostics);
  loaded->rules.set_dictionary(&loaded->dictionary.entries());
  return loaded;
}

TEST(CoreNlpMapping, LoadsPhrasesAndTokenRegexes) {
  auto loaded = empty_loaded();
  loaded->rules.add_corenlp_mapping(
      "Zhejiang Lab\tLAB\n"
      "Ascend [0-9]{3}[A-C]?\tCHIP\tMISC,ORG\t2\n"
      "Fab 18\tFAB_SITE\n",
      "map.txt", 15, loaded->diagnostics);
  loaded->rules.build(loaded->diagnostics);
  ASSERT_TRUE(loaded->diagnostics.empty())
      << loaded->diagnostics.front().to_string();
  EXPECT_EQ(loaded->rules.rules()[1].priority, 2);
  EXPECT_THAT(
      run(*loaded, "Zhejiang Lab built Ascend 910B at Fab 18"),
      ElementsAre("LAB:Zhejiang Lab", "CHIP:Ascend 910B", "FAB_SITE:Fab 18"));
  // Case sensitive, as CoreNLP is by default.
  EXPECT_THAT(run(*loaded, "zhejiang lab"), ElementsAre());
}

TEST(CoreNlpMapping, ReportsBadLines) {
  auto loaded = empty_loaded();
  loaded->rules.add_corenlp_mapping(
      "ok\tLAB\n"
      "only-one-field\n"
      "x\t1BAD\n"
      "y\tLAB\t\tnot-a-number\n"
      "(unclosed\tLAB\n",
      "map.txt", 15, loaded->diagnostics);
  ASSERT_EQ(loaded->diagnostics.size(), 4U);
  EXPECT_EQ(loaded->diagnostics[0].code, ErrorCode::kBadGazetteer);
  EXPECT_EQ(loaded->diagnostics[0].line, 2U);
  EXPECT_EQ(loaded->diagnostics[1].code, ErrorCode::kBadType);
  EXPECT_EQ(loaded->diagnostics[1].line, 3U);
  EXPECT_EQ(loaded->diagnostics[2].code, ErrorCode::kBadNumber);
  EXPECT_EQ(loaded->diagnostics[2].line, 4U);
  EXPECT_EQ(loaded->diagnostics[3].code, ErrorCode::kBadRegex);
  EXPECT_EQ(loaded->diagnostics[3].line, 5U);
  EXPECT_EQ(loaded->diagnostics[3].source, "map.txt");
}

TEST(GateGazetteer, LoadsListsNamedByListsDef) {
  const auto dir = std::filesystem::path(::testing::TempDir()) / "gate_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "lists.def") << "fabs.lst:fab-site:fab\n"
                                   << "labs.lst:lab\n";
  std::ofstream(dir / "fabs.lst") << "Fab 18&id=tsmc-fab-18&country=TW\n"
                                  << "SMIC Beijing\n";
  std::ofstream(dir / "labs.lst") << "Zhejiang Lab\n";
  auto loaded = empty_loaded();
  const std::string index = (dir / "lists.def").string();
  loaded->rules.add_gate_index("fabs.lst:fab-site:fab\nlabs.lst:lab\n", index,
                               15, loaded->diagnostics);
  loaded->rules.build(loaded->diagnostics);
  ASSERT_TRUE(loaded->diagnostics.empty())
      << loaded->diagnostics.front().to_string();
  EXPECT_EQ(loaded->rules.rules()[0].entry.id, "tsmc-fab-18");
  EXPECT_THAT(run(*loaded, "Zhejiang Lab and SMIC Beijing, Fab 18"),
              ElementsAre("LAB:Zhejiang Lab", "FAB_SITE:SMIC Beijing",
                          "FAB_SITE:Fab 18"));
}

TEST(GateGazetteer, MissingListIsAnIoErrorAtTheIndexLine) {
  auto loaded = empty_loaded();
  loaded->rules.add_gate_index("nope.lst:lab\nbroken\n",
                               "/nonexistent/lists.def", 15,
                               loaded->diagnostics);
  ASSERT_EQ(loaded->diagnostics.size(), 2U);
  EXPECT_EQ(loaded->diagnostics[0].code, ErrorCode::kIoError);
  EXPECT_EQ(loaded->diagnostics[0].line, 1U);
  EXPECT_EQ(loaded->diagnostics[1].code, ErrorCode::kBadGazetteer);
  EXPECT_EQ(loaded->diagnostics[1].line, 2U);
}

TEST(GateGazetteer, LabelFromMajorType) {
  EXPECT_EQ(gate_label("organization"), "ORGANIZATION");
  EXPECT_EQ(gate_label("fab-sites"), "FAB_SITES");
}

}  // namespace
}  // namespace chipner::rules
