#include "cli/jsonl_record.h"

#include <string>

#include <gtest/gtest.h>

namespace chipner::cli {
namespace {

struct Parsed {
  std::string error;
  std::string text;
  std::string output;
};

Parsed run(const std::string& line, const std::string& field = "text") {
  std::string padded = line;
  padded.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  JsonlRecord record;
  std::string_view text;
  Parsed parsed;
  parsed.error = record.parse(padded, field, text);
  if (parsed.error.empty()) {
    parsed.text = std::string(text);
    record.append_with_entities(parsed.output, padded, "[]");
  }
  return parsed;
}

TEST(JsonlRecord, AddsEntitiesKeepingTheInputBytes) {
  const auto p = run(R"({"id": "a1",  "text": "x\u00e9y", "n": [1, 2.50]} )");
  EXPECT_EQ(p.error, "");
  EXPECT_EQ(p.text, "x\xC3\xA9y");
  EXPECT_EQ(
      p.output,
      R"({"id": "a1",  "text": "x\u00e9y", "n": [1, 2.50],"entities":[]})");
}

// A JSON Lines file saved by a Windows tool starts with a UTF-8 BOM; the
// first record was rejected as invalid JSON.
TEST(Regression, Issue7_ByteOrderMarkBeforeARecordIsSkipped) {
  const auto p = run("\xEF\xBB\xBF{\"text\":\"a\"}");
  EXPECT_EQ(p.error, "");
  EXPECT_EQ(p.text, "a");
  EXPECT_EQ(p.output, R"({"text":"a","entities":[]})");
  EXPECT_EQ(run("\xEF\xBB\xBF{\"text\":\"a\",\"entities\":1}").output,
            R"({"text":"a","entities":[]})");
}

TEST(JsonlRecord, ReplacesAnExistingEntitiesMember) {
  EXPECT_EQ(run(R"({"text":"a","entities":[{"x":1}],"id":2})").output,
            R"({"text":"a","id":2,"entities":[]})");
  EXPECT_EQ(run(R"({"entities": [], "text":"a"})").output,
            R"({"text":"a","entities":[]})");
  EXPECT_EQ(run(R"({"text":"a" , "entities" : {"k": "}"} })").output,
            R"({"text":"a","entities":[]})");
}

TEST(JsonlRecord, OtherFieldNames) {
  const auto p = run(R"({"body":"Huawei"})", "body");
  EXPECT_EQ(p.text, "Huawei");
}

struct BadLine {
  const char* name;
  const char* line;
  const char* error_prefix;
};

class JsonlBad : public testing::TestWithParam<BadLine> {};

TEST_P(JsonlBad, IsAnErrorNotACrash) {
  const auto p = run(GetParam().line);
  EXPECT_EQ(p.error.rfind(GetParam().error_prefix, 0), 0U) << p.error;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, JsonlBad,
    testing::Values(
        BadLine{"truncated", R"({"text": "abc)", "invalid JSON"},
        BadLine{"empty", "", "invalid JSON"},
        BadLine{"array", R"(["text"])", "the line is not a JSON object"},
        BadLine{"number", "42", "the line is not a JSON object"},
        BadLine{"missing_field", R"({"body": "x"})", "no field"},
        BadLine{"non_string", R"({"text": 5})",
                "field \"text\" is not a string"},
        BadLine{"trailing_garbage", R"({"text": "a"} x)", "invalid JSON"}),
    [](const auto& test_info) { return std::string(test_info.param.name); });

TEST(JsonlRecord, DeepNestingIsAnError) {
  const auto p = run("{\"text\":\"a\",\"x\":" + std::string(5000, '[') +
                     std::string(5000, ']') + "}");
  EXPECT_EQ(p.error.rfind("invalid JSON", 0), 0U) << p.error;
}

}  // namespace
}  // namespace chipner::cli
