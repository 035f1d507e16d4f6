// Data-driven negative tests: each file in tests/data/bad_dictionaries/ has
// one broken line and says, in its first comment, which error code and line
// the loader must report (codes and places, not message texts).

#include "dict/dictionary_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "dict/dictionary.h"

namespace chipner::dict {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> bad_files() {
  std::vector<fs::path> files;
  for (const auto& item : fs::directory_iterator(
           fs::path(CHIPNER_TEST_DATA_DIR) / "bad_dictionaries")) {
    files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class BadDictionary : public testing::TestWithParam<fs::path> {};

TEST_P(BadDictionary, ReportsCodeAndLine) {
  const std::string contents = read(GetParam());
  std::istringstream first_line(contents.substr(0, contents.find('\n')));
  std::string hash, expect, code;
  std::uint32_t line = 0;
  first_line >> hash >> expect >> code >> line;
  ASSERT_EQ(expect, "expect:") << GetParam();

  Dictionary dictionary;
  std::vector<Diagnostic> diagnostics;
  dictionary.add_file(contents, GetParam().filename().string(), diagnostics);
  dictionary.build(diagnostics);
  ASSERT_FALSE(diagnostics.empty()) << "no diagnostic for " << GetParam();
  const bool found = std::any_of(
      diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
        return to_string(d.code) == code && d.line == line &&
               d.source == GetParam().filename().string();
      });
  std::string all;
  for (const auto& d : diagnostics) all += d.to_string() + "\n";
  EXPECT_TRUE(found) << "expected " << code << " at line " << line << ", got:\n"
                     << all;
}

INSTANTIATE_TEST_SUITE_P(Files, BadDictionary, testing::ValuesIn(bad_files()),
                         [](const auto& test_info) {
                           return test_info.param.stem().string();
                         });

TEST(DictionaryFile, ParsesEntriesWithAllColumns) {
  std::vector<Entry> entries;
  std::vector<Diagnostic> diagnostics;
  parse_dictionary_file(
      "# comment\n"
      "type\tid\tcanonical\tfoundry\tnm\taliases\r\n"
      "PROCESS_NODE\tsmic-n+2\tN+2\tsmic\t7\tN+2|=N + 2\n"
      "\n",
      "nodes.tsv", entries, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(entries.size(), 1U);
  const Entry& e = entries[0];
  EXPECT_EQ(e.type, EntityType::kProcessNode);
  EXPECT_EQ(e.id, "smic-n+2");
  EXPECT_EQ(e.foundry, "smic");
  ASSERT_TRUE(e.nm.has_value());
  EXPECT_DOUBLE_EQ(*e.nm, 7);
  ASSERT_EQ(e.aliases.size(), 2U);
  EXPECT_FALSE(e.aliases[0].case_sensitive);
  EXPECT_TRUE(e.aliases[1].case_sensitive);
  EXPECT_EQ(e.aliases[1].text, "N + 2");
  EXPECT_EQ(e.line, 3U);
}

TEST(DictionaryFile, ReportsEveryBadLineNotOnlyTheFirst) {
  std::vector<Entry> entries;
  std::vector<Diagnostic> diagnostics;
  parse_dictionary_file(
      "type\tid\tcanonical\taliases\n"
      "COMPANY\tBAD\tX\tX\n"
      "COMPANY\tok\tOk\tOk\n"
      "COMPANY\tworse id\tY\tY\n",
      "x.tsv", entries, diagnostics);
  ASSERT_EQ(diagnostics.size(), 2U);
  EXPECT_EQ(diagnostics[0].line, 2U);
  EXPECT_EQ(diagnostics[1].line, 4U);
  EXPECT_EQ(entries.size(), 1U);
  EXPECT_EQ(diagnostics[0].to_string(),
            "x.tsv:2:9: id 'BAD' is not [a-z0-9][a-z0-9.+_-]* [E7]");
}

TEST(DictionaryFile, CustomLabelsAreKept) {
  std::vector<Entry> entries;
  std::vector<Diagnostic> diagnostics;
  parse_dictionary_file(
      "type\tid\tcanonical\taliases\nFAB_SITE\tfab-18\tFab 18\tFab 18\n", "x",
      entries, diagnostics);
  ASSERT_EQ(entries.size(), 1U);
  EXPECT_EQ(entries[0].type, EntityType::kCustom);
  EXPECT_EQ(entries[0].label, "FAB_SITE");
}

}  // namespace
}  // namespace chipner::dict
