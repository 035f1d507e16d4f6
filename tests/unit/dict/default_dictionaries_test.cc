// The embedded dictionaries are code: they must load with no diagnostic at
// all (sorted, no duplicate alias, every vendor and foundry a company).

#include <gtest/gtest.h>

#include "dict/dictionary.h"
#include "dict/embedded.h"

namespace chipner::dict {
namespace {

TEST(DefaultDictionaries, LoadWithoutAnyDiagnostic) {
  Dictionary dictionary;
  std::vector<Diagnostic> diagnostics;
  const auto files = internal::embedded_dictionaries();
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) {
    if (file.name.ends_with(".tsv"))
      dictionary.add_file(file.contents, file.name, diagnostics);
  }
  dictionary.build(diagnostics);
  std::string all;
  for (const auto& d : diagnostics) all += d.to_string() + "\n";
  EXPECT_TRUE(diagnostics.empty()) << all;
}

TEST(DefaultDictionaries, CoverEveryBuiltInType) {
  Dictionary dictionary;
  std::vector<Diagnostic> diagnostics;
  for (const auto& file : internal::embedded_dictionaries()) {
    if (file.name.ends_with(".tsv"))
      dictionary.add_file(file.contents, file.name, diagnostics);
  }
  dictionary.build(diagnostics);
  std::size_t companies = 0, chips = 0, nodes = 0;
  for (std::uint32_t e = 0; e < dictionary.entries().size(); ++e) {
    const EntryView entry = dictionary.entries()[e];
    companies += entry.type == EntityType::kCompany ? 1 : 0;
    chips += entry.type == EntityType::kChip ? 1 : 0;
    nodes += entry.type == EntityType::kProcessNode ? 1 : 0;
    EXPECT_FALSE(entry.canonical.empty()) << entry.id;
  }
  EXPECT_GT(companies, 0U);
  EXPECT_GT(chips, 0U);
  EXPECT_GT(nodes, 0U);
}

}  // namespace
}  // namespace chipner::dict
