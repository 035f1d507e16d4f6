// Behaviour of the embedded dictionaries and rules on sentences written for
// these tests: Chinese without spaces, Russian inflection, and names that are
// also ordinary words (dictionaries/README.md, "Ambiguous names"), each
// checked on both sides.

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <chipner/chipner.h>

namespace {

using Found = std::vector<std::pair<std::string, std::string>>;  // label, text

Found find(std::string_view text) {
  static const auto extractor = chipner::Extractor::create();
  EXPECT_TRUE(extractor) << extractor.error().to_string();
  Found out;
  for (const auto& e : extractor->extract(text)) {
    out.emplace_back(std::string(e.label), std::string(e.text));
  }
  return out;
}

TEST(DefaultDictionaries, ChineseNamesMatchWithoutSpaces) {
  EXPECT_EQ(find("据报道，华为的昇腾910C由中芯国际以7纳米工艺制造。"),
            (Found{{"COMPANY", "华为"},
                   {"CHIP", "昇腾910C"},
                   {"COMPANY", "中芯国际"},
                   {"PROCESS_NODE", "7纳米"}}));
}

TEST(DefaultDictionaries, RussianNamesMatchInEveryCase) {
  EXPECT_EQ(find("Сделка Яндекса со Сбербанком и Ростехом"),
            (Found{{"COMPANY", "Яндекса"},
                   {"COMPANY", "Сбербанком"},
                   {"COMPANY", "Ростехом"}}));
}

TEST(DefaultDictionaries, AmbiguousNamesNeedTheirCase) {
  // The company where the name is capitalized as a name...
  EXPECT_EQ(find("Arm Holdings and Micron rose; Canon too"),
            (Found{{"COMPANY", "Arm Holdings"},
                   {"COMPANY", "Micron"},
                   {"COMPANY", "Canon"}}));
  // ...and nothing where it is an ordinary word.
  EXPECT_EQ(find("my arm hurts; the canon of literature; an apple a day"),
            Found{});
  // A micron is a unit: a size, not the Russian company Микрон.
  EXPECT_EQ(find("Микрон выпустил чип по техпроцессу 0,35 микрон"),
            (Found{{"COMPANY", "Микрон"}, {"PROCESS_NODE", "0,35 микрон"}}));
}

TEST(DefaultDictionaries, IntelNodesAreNamedWithIntel) {
  EXPECT_EQ(find("Intel 18A follows Intel 4, Intel said"),
            (Found{{"PROCESS_NODE", "Intel 18A"},
                   {"PROCESS_NODE", "Intel 4"},
                   {"COMPANY", "Intel"}}));
}

TEST(DefaultDictionaries, NodeNamesBeyondTheListAreFoundByRules) {
  EXPECT_EQ(find("SMIC N+5 and Intel 10A"),
            (Found{{"COMPANY", "SMIC"},
                   {"PROCESS_NODE", "N+5"},
                   {"PROCESS_NODE", "Intel 10A"}}));
  // Arithmetic is not SMIC's node.
  EXPECT_EQ(find("N + 1 redundancy"), Found{});
}

TEST(DefaultDictionaries, AppleAChipsBeforeAChipWordTsmcA14Otherwise) {
  EXPECT_EQ(find("the A20 chip and the A14 Bionic; TSMC's A14 node"),
            (Found{{"CHIP", "A20"},
                   {"CHIP", "A14 Bionic"},
                   {"COMPANY", "TSMC"},
                   {"PROCESS_NODE", "A14"}}));
}

TEST(DefaultDictionaries, CompanyCuesFindUnlistedNames) {
  EXPECT_EQ(
      find("Компания «Квантум Системс» подписала договор с ООО «Зорвекс»"),
      (Found{{"COMPANY", "Квантум Системс"}, {"COMPANY", "Зорвекс"}}));
  EXPECT_EQ(find("Zorvex Semiconductor Inc. and Quantil Labs LLC"),
            (Found{{"COMPANY", "Zorvex Semiconductor Inc."},
                   {"COMPANY", "Quantil Labs LLC"}}));
  // No cue: a quoted title after another word, a lower-case "inc".
  EXPECT_EQ(find("журнал «Эксперт» пишет; acme inc."), Found{});
}

TEST(DefaultDictionaries, ALegalSuffixJoinsAListedNameAndKeepsItsId) {
  static const auto extractor = chipner::Extractor::create();
  const auto entities =
      extractor->extract("Alphabet Inc. and Nvidia Corp said");
  ASSERT_EQ(entities.size(), 2U);
  EXPECT_EQ(entities[0].text, "Alphabet Inc.");
  EXPECT_EQ(entities[0].id, "alphabet");
  EXPECT_EQ(entities[1].text, "Nvidia Corp");
  EXPECT_EQ(entities[1].id, "nvidia");
}

TEST(DefaultDictionaries, VendorBeforeAModelIsItsOwnSpan) {
  EXPECT_EQ(find("NVIDIA H100 and Huawei Ascend 910C"),
            (Found{{"COMPANY", "NVIDIA"},
                   {"CHIP", "H100"},
                   {"COMPANY", "Huawei"},
                   {"CHIP", "Ascend 910C"}}));
}

TEST(DefaultDictionaries, InstructionSetsAndMemoryStandardsAreNotChips) {
  EXPECT_EQ(find("x86 and RISC-V cores with HBM3E and DDR5"), Found{});
}

}  // namespace
