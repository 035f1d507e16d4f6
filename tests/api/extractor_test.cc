// The public contract of Extractor: includes only <chipner/…>.

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include <chipner/chipner.h>

namespace {

constexpr const char* kTinyDictionary =
    "type\tid\tcanonical\tcountry\tvendor\tfamily\tfoundry\tnm\taliases\n"
    "CHIP\tascend-910c\tAscend 910C\t\thuawei\tAscend\t\t\tAscend 910C|910C\n"
    "COMPANY\thuawei\tHuawei\tCN\t\t\t\t\tHuawei|Хуавэй|华为\n"
    "COMPANY\tsmic\tSMIC\tCN\t\t\t\t\tSMIC\n"
    "PROCESS_NODE\tsmic-n+2\tN+2\t\t\t\tsmic\t7\tN+2\n";

chipner::Extractor tiny(chipner::Options options = {}) {
  options.use_embedded_dictionaries = false;
  options.dictionaries.push_back(
      chipner::Source::in_memory("tiny.tsv", kTinyDictionary));
  auto extractor = chipner::Extractor::create(options);
  EXPECT_TRUE(extractor) << extractor.error().to_string();
  return *extractor;
}

TEST(Extractor, FindsDictionaryEntitiesWithValues) {
  const auto extractor = tiny();
  const std::string text = "Huawei Ascend 910C, made by SMIC on N+2 (7-нм).";
  const auto entities = extractor.extract(text);
  ASSERT_EQ(entities.size(), 5U);
  EXPECT_EQ(entities[0].label, "COMPANY");
  EXPECT_EQ(entities[0].text, "Huawei");
  EXPECT_EQ(entities[0].id, "huawei");
  EXPECT_EQ(entities[1].type, chipner::EntityType::kChip);
  EXPECT_EQ(entities[1].text, "Ascend 910C");
  ASSERT_TRUE(entities[1].chip);
  EXPECT_EQ(entities[1].chip->vendor, "huawei");
  EXPECT_EQ(entities[1].chip->family, "Ascend");
  EXPECT_EQ(entities[3].text, "N+2");
  ASSERT_TRUE(entities[3].node);
  EXPECT_EQ(entities[3].node->nm, 7);
  EXPECT_EQ(entities[3].node->foundry, "smic");
  EXPECT_EQ(entities[4].text, "7-нм");
  EXPECT_EQ(entities[4].node->nm, 7);
  EXPECT_EQ(text.substr(entities[4].begin, entities[4].end - entities[4].begin),
            "7-нм");
}

TEST(Extractor, OptionsTakeDesignatedInitializersSkippingMembers) {
  // Compiled with -Wextra -Werror in CI: no missing-field-initializers.
  const chipner::Options options{.use_embedded_dictionaries = false,
                                 .custom_labels = {"LAB"},
                                 .max_diagnostics = 5};
  const auto extractor = chipner::Extractor::create(options);
  ASSERT_TRUE(extractor);
  EXPECT_EQ(extractor->dictionary_size(), 0U);
}

TEST(Extractor, TypesOptionFilters) {
  chipner::Options options;
  options.types = {chipner::EntityType::kCompany};
  const auto entities = tiny(options).extract("Huawei Ascend 910C on N+2");
  ASSERT_EQ(entities.size(), 1U);
  EXPECT_EQ(entities[0].text, "Huawei");
}

TEST(Extractor, LoadErrorsNameFileAndLine) {
  chipner::Options options;
  options.use_embedded_dictionaries = false;
  options.dictionaries.push_back(
      chipner::Source::in_memory("broken.tsv",
                                 "type\tid\tcanonical\taliases\nCOMPANY\tok\tOk"
                                 "\tOk\nCOMPANY\tBAD\tX\tX\n"));
  const auto extractor = chipner::Extractor::create(options);
  ASSERT_FALSE(extractor);
  EXPECT_EQ(extractor.error().code(), chipner::ErrorCode::kBadId);
  ASSERT_EQ(extractor.error().diagnostics().size(), 1U);
  EXPECT_EQ(extractor.error().diagnostics()[0].source, "broken.tsv");
  EXPECT_EQ(extractor.error().diagnostics()[0].line, 3U);
  EXPECT_NE(extractor.error().to_string().find("broken.tsv:3:"),
            std::string::npos);
}

TEST(Extractor, MissingFileIsAnIoError) {
  chipner::Options options;
  options.use_embedded_dictionaries = false;
  options.dictionaries.push_back(
      chipner::Source::file("/nonexistent/chipner.tsv"));
  const auto extractor = chipner::Extractor::create(options);
  ASSERT_FALSE(extractor);
  EXPECT_EQ(extractor.error().code(), chipner::ErrorCode::kIoError);
}

TEST(Extractor, DiagnosticsAreCapped) {
  std::string tsv = "type\tid\tcanonical\taliases\n";
  for (int i = 0; i < 50; ++i) tsv += "COMPANY\tBAD\tX\tX\n";
  chipner::Options options;
  options.use_embedded_dictionaries = false;
  options.max_diagnostics = 10;
  options.dictionaries.push_back(chipner::Source::in_memory("many.tsv", tsv));
  const auto extractor = chipner::Extractor::create(options);
  ASSERT_FALSE(extractor);
  EXPECT_EQ(extractor.error().diagnostics().size(), 11U);
  EXPECT_EQ(extractor.error().diagnostics().back().code,
            chipner::ErrorCode::kTooManyErrors);
}

TEST(Extractor, AnyBytesAreValidInput) {
  const auto extractor = tiny();
  std::string garbage;
  for (int i = 0; i < 4096; ++i)
    garbage.push_back(static_cast<char>((i * 7919) & 0xFF));
  garbage += "Huawei";
  const auto entities = extractor.extract(garbage);
  ASSERT_FALSE(entities.empty());
  EXPECT_EQ(entities.back().text, "Huawei");
  for (const auto& e : entities) {
    EXPECT_LE(e.end, garbage.size());
    EXPECT_LT(e.begin, e.end);
  }
}

TEST(Extractor, InvalidBytesDoNotShiftOffsets) {
  const auto extractor = tiny();
  const std::string text = "\xFF\xFEHuawei\x80SMIC";
  const auto entities = extractor.extract(text);
  ASSERT_EQ(entities.size(), 2U);
  EXPECT_EQ(entities[0].begin, 2U);
  EXPECT_EQ(entities[1].begin, 9U);
  EXPECT_EQ(entities[1].text, "SMIC");
}

TEST(Extractor, WorkspaceOverloadAppendsAndMatchesPlainCall) {
  const auto extractor = tiny();
  chipner::Workspace workspace;
  std::vector<chipner::Entity> out;
  extractor.extract("Huawei", workspace, out);
  extractor.extract("SMIC on N+2", workspace, out);
  ASSERT_EQ(out.size(), 3U);
  EXPECT_EQ(out[1].text, "SMIC");
}

TEST(Extractor, CopiesShareStateAndWorkAcrossThreads) {
  const auto extractor = tiny();
  const std::string text = "华为 and Хуавэй and Huawei Ascend 910C";
  const auto expected = extractor.extract(text).size();
  ASSERT_EQ(expected, 4U);
  std::vector<std::thread> threads;
  std::vector<std::size_t> counts(4);
  for (std::size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t, copy = extractor] {
      chipner::Workspace workspace;
      for (int i = 0; i < 200; ++i) {
        std::vector<chipner::Entity> out;
        copy.extract(text, workspace, out);
        counts[t] = out.size();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto count : counts) EXPECT_EQ(count, expected);
}

TEST(Extractor, EmbeddedDictionariesLoad) {
  const auto extractor = chipner::Extractor::create();
  ASSERT_TRUE(extractor) << extractor.error().to_string();
  EXPECT_GT(extractor->dictionary_size(), 0U);
  EXPECT_GE(extractor->alias_count(), extractor->dictionary_size());
}

TEST(EntityType, LabelsRoundTrip) {
  for (const auto type :
       {chipner::EntityType::kCompany, chipner::EntityType::kChip,
        chipner::EntityType::kProcessNode, chipner::EntityType::kMoney}) {
    EXPECT_EQ(chipner::entity_type_from_label(chipner::to_string(type)), type);
  }
  EXPECT_EQ(chipner::entity_type_from_label("FAB_SITE"),
            chipner::EntityType::kCustom);
}

}  // namespace

namespace {

// Models newer than the dictionaries are found by the built-in model-number
// rules (dictionaries/rules/chips.jsonl), with vendor and family.
TEST(Extractor, BuiltInRulesFindUnlistedModels) {
  const auto extractor = chipner::Extractor::create();
  ASSERT_TRUE(extractor) << extractor.error().to_string();
  struct Case {
    const char* text;
    const char* chip;
    const char* vendor;
  };
  for (const Case& c :
       {Case{"the Kirin 9100 Pro launch", "Kirin 9100 Pro", "huawei"},
        Case{"a Snapdragon 8 Gen 9 phone", "Snapdragon 8 Gen 9", "qualcomm"},
        Case{"AMD Instinct MI500X accelerators", "Instinct MI500X", "amd"},
        Case{"Core i9-19900K desktops", "Core i9-19900K", "intel"},
        Case{"на Эльбрус-32С", "Эльбрус-32С", "mcst"}}) {
    const auto entities = extractor->extract(c.text);
    const auto chip = std::find_if(
        entities.begin(), entities.end(),
        [](const auto& e) { return e.type == chipner::EntityType::kChip; });
    ASSERT_NE(chip, entities.end()) << c.text;
    EXPECT_EQ(chip->text, c.chip);
    EXPECT_EQ(chip->canonical, c.chip);
    ASSERT_TRUE(chip->chip);
    EXPECT_EQ(chip->chip->vendor, c.vendor);
  }
  // Not chips: too short a model number, no family word.
  for (const char* text : {"MI5 and MI6 agents", "the Core i5 - 2 issue"}) {
    for (const auto& e : extractor->extract(text)) {
      EXPECT_NE(e.text, "MI5") << text;
      EXPECT_NE(e.text.find("i5 - 2"), 0U) << text;
    }
  }
}

}  // namespace
