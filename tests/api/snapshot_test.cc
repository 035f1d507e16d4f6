// compile_dictionary() and compiled dictionaries through the public API only:
// an Extractor from a snapshot finds what one from the same TSV files finds,
// and the combinations chipner/snapshot.h forbids are errors.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <chipner/chipner.h>

namespace {

constexpr const char* kUserTsv =
    "type\tid\tcanonical\tvendor\tfamily\taliases\n"
    "CHIP\tacme-x1\tX1\thuawei\tX\tAcme X1\n"
    "LAB\tnorth-lab\tNorth Lab\t\t\tNorth Lab|Северная лаборатория\n";

constexpr const char* kText =
    "Huawei Ascend 910C и Acme X1 на SMIC N+2 (7 нм), $1.5 billion; "
    "Яндекса и Ростеха; North Lab и Северной лаборатории; TSMC N3E, Nvidia "
    "H100 (Hopper), 华为 麒麟9000, Kirin 9000S, Kirin 9100 и Ascend 990; "
    "компания «Вектор-Микро».";

class TempDir {
 public:
  TempDir() {
    path_ =
        std::filesystem::temp_directory_path() /
        ("chipner-snapshot-" +
         std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] std::string file(const std::string& name) const {
    return (path_ / name).string();
  }

 private:
  std::filesystem::path path_;
};

// Every field of every entity, one line each, as the CLI would show them.
std::string describe(const chipner::Extractor& extractor,
                     std::string_view text) {
  std::string out;
  for (const chipner::Entity& e : extractor.extract(text)) {
    out += std::string(e.label) + " " + std::to_string(e.begin) + "-" +
           std::to_string(e.end) + " id=" + std::string(e.id) +
           " canonical=" + std::string(e.canonical) +
           " source=" + std::string(e.source) + ":" + std::to_string(e.line);
    if (e.chip) {
      out += " vendor=" + std::string(e.chip->vendor) +
             " family=" + std::string(e.chip->family);
    }
    if (e.node) {
      out += " nm=" + (e.node->nm ? std::to_string(*e.node->nm) : "-") +
             " foundry=" + std::string(e.node->foundry);
    }
    out += "\n";
  }
  return out;
}

chipner::Extractor create(const chipner::Options& options) {
  auto extractor = chipner::Extractor::create(options);
  if (!extractor) {
    ADD_FAILURE() << extractor.error().to_string();
    std::abort();
  }
  return std::move(extractor).value();
}

TEST(CompiledDictionary, FindsWhatTheTsvFilesFind) {
  const TempDir dir;
  chipner::Options tsv;
  tsv.dictionaries = {chipner::Source::in_memory("user.tsv", kUserTsv)};
  const auto compiled =
      chipner::compile_dictionary(tsv, dir.file("a.chipdict"));
  ASSERT_TRUE(compiled) << compiled.error().to_string();
  EXPECT_GT(compiled->entries, 6000U);
  EXPECT_GT(compiled->aliases, compiled->entries);
  EXPECT_EQ(compiled->bytes,
            std::filesystem::file_size(dir.file("a.chipdict")));

  chipner::Options snapshot;
  snapshot.dictionaries = {chipner::Source::file(dir.file("a.chipdict"))};
  const chipner::Extractor from_snapshot = create(snapshot);
  const chipner::Extractor from_tsv = create(tsv);
  EXPECT_EQ(from_snapshot.dictionary_size(), from_tsv.dictionary_size());
  EXPECT_EQ(from_snapshot.alias_count(), from_tsv.alias_count());
  EXPECT_EQ(from_snapshot.rule_count(), from_tsv.rule_count());
  const std::string expected = describe(from_tsv, kText);
  EXPECT_NE(expected.find("id=acme-x1"), std::string::npos) << expected;
  EXPECT_NE(expected.find("source=<embedded>/rules/"), std::string::npos)
      << "the built-in rules load next to a snapshot with the defaults";
  EXPECT_EQ(describe(from_snapshot, kText), expected);
}

TEST(CompiledDictionary, WithoutTheDefaultsIsOnlyTheUserDictionary) {
  const TempDir dir;
  chipner::Options tsv;
  tsv.use_embedded_dictionaries = false;
  tsv.dictionaries = {chipner::Source::in_memory(
      "user.tsv",
      "type\tid\tcanonical\taliases\nLAB\tnorth-lab\tNorth Lab\tNorth Lab\n")};
  ASSERT_TRUE(chipner::compile_dictionary(tsv, dir.file("u.chipdict")));
  chipner::Options snapshot;  // use_embedded_dictionaries stays on
  snapshot.dictionaries = {chipner::Source::file(dir.file("u.chipdict"))};
  const chipner::Extractor extractor = create(snapshot);
  EXPECT_EQ(extractor.dictionary_size(), 1U);
  EXPECT_EQ(extractor.rule_count(), 0U)
      << "built-in rules name built-in entries this snapshot lacks";
  EXPECT_EQ(describe(extractor, kText), describe(create(tsv), kText));
}

TEST(CompiledDictionary, IsFoundByItsMagicAndLoadsFromMemory) {
  const TempDir dir;
  chipner::Options defaults;
  ASSERT_TRUE(chipner::compile_dictionary(defaults, dir.file("d.bin")));
  chipner::Options by_magic;
  by_magic.dictionaries = {chipner::Source::file(dir.file("d.bin"))};
  const std::string expected = describe(create(defaults), kText);
  EXPECT_EQ(describe(create(by_magic), kText), expected);

  std::ifstream in(dir.file("d.bin"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)),
                          std::istreambuf_iterator<char>());
  chipner::Options in_memory;
  in_memory.dictionaries = {chipner::Source::in_memory(
      "memory", bytes, chipner::SourceFormat::kSnapshot)};
  EXPECT_EQ(describe(create(in_memory), kText), expected);
}

TEST(CompiledDictionary, RulesLoadNextToIt) {
  const TempDir dir;
  ASSERT_TRUE(chipner::compile_dictionary({}, dir.file("d.chipdict")));
  chipner::Options options;
  options.dictionaries = {
      chipner::Source::file(dir.file("d.chipdict")),
      chipner::Source::in_memory(
          "labs.jsonl",
          R"({"label": "LAB", "pattern": "Северной лаборатории", "id": "north"})"
          "\n")};
  const chipner::Extractor extractor = create(options);
  EXPECT_NE(describe(extractor, kText).find("LAB "), std::string::npos);
}

chipner::ErrorCode first_code(const chipner::Options& options) {
  const auto extractor = chipner::Extractor::create(options);
  return extractor ? chipner::ErrorCode::kOk : extractor.error().code();
}

TEST(CompiledDictionary, CombinationsThatAreErrors) {
  const TempDir dir;
  ASSERT_TRUE(chipner::compile_dictionary({}, dir.file("d.chipdict")));
  const auto snapshot = chipner::Source::file(dir.file("d.chipdict"));
  const auto tsv = chipner::Source::in_memory("user.tsv", kUserTsv);

  chipner::Options with_tsv;
  with_tsv.dictionaries = {snapshot, tsv};
  const auto mixed = chipner::Extractor::create(with_tsv);
  ASSERT_FALSE(mixed);
  EXPECT_EQ(mixed.error().code(), chipner::ErrorCode::kSnapshotConflict);
  EXPECT_EQ(mixed.error().diagnostics()[0].source, "user.tsv");

  chipner::Options two;
  two.dictionaries = {snapshot, snapshot};
  EXPECT_EQ(first_code(two), chipner::ErrorCode::kSnapshotConflict);

  chipner::Options compile_rules;
  compile_rules.dictionaries = {
      chipner::Source::in_memory("r.jsonl", R"({"label":"X","pattern":"x"})")};
  const auto rules = chipner::compile_dictionary(compile_rules, dir.file("r"));
  ASSERT_FALSE(rules);
  EXPECT_EQ(rules.error().code(), chipner::ErrorCode::kSnapshotConflict);

  chipner::Options compile_snapshot;
  compile_snapshot.dictionaries = {snapshot};
  EXPECT_EQ(chipner::compile_dictionary(compile_snapshot, dir.file("s"))
                .error()
                .code(),
            chipner::ErrorCode::kSnapshotConflict);

  chipner::Options bad_tsv;
  bad_tsv.dictionaries = {chipner::Source::in_memory(
      "bad.tsv", "type\tid\tcanonical\taliases\nCOMPANY\tBAD ID\tx\tx\n")};
  const auto bad = chipner::compile_dictionary(bad_tsv, dir.file("b"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), chipner::ErrorCode::kBadId);
  EXPECT_EQ(bad.error().diagnostics()[0].line, 2U);
  EXPECT_FALSE(std::filesystem::exists(dir.file("b")));

  const auto unwritable =
      chipner::compile_dictionary({}, dir.file("no/such/dir/x.chipdict"));
  ASSERT_FALSE(unwritable);
  EXPECT_EQ(unwritable.error().code(), chipner::ErrorCode::kIoError);

  chipner::Options missing;
  missing.dictionaries = {chipner::Source::file(dir.file("none.chipdict"))};
  EXPECT_EQ(first_code(missing), chipner::ErrorCode::kIoError);
}

TEST(CompiledDictionary, DamagedFilesAreBadSnapshots) {
  const TempDir dir;
  ASSERT_TRUE(chipner::compile_dictionary({}, dir.file("d.chipdict")));
  std::filesystem::resize_file(dir.file("d.chipdict"), 1000);
  chipner::Options options;
  options.dictionaries = {chipner::Source::file(dir.file("d.chipdict"))};
  const auto extractor = chipner::Extractor::create(options);
  ASSERT_FALSE(extractor);
  EXPECT_EQ(extractor.error().code(), chipner::ErrorCode::kBadSnapshot);
  EXPECT_EQ(extractor.error().diagnostics()[0].source, dir.file("d.chipdict"));
  EXPECT_EQ(chipner::to_string(chipner::ErrorCode::kBadSnapshot),
            "bad-snapshot");

  chipner::Options not_one;
  not_one.dictionaries = {chipner::Source::in_memory(
      "x.chipdict", "type\tid\tcanonical\taliases\n")};
  EXPECT_EQ(first_code(not_one), chipner::ErrorCode::kBadSnapshot);
}

}  // namespace
