#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <chipner/chipner.h>

namespace {

TEST(Json, EscapesStringsAndReplacesInvalidUtf8) {
  std::string out;
  chipner::append_json_string(out,
                              std::string("a\"b\\c\n\t\x01\xFFz\xD0\xAF", 12));
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\t\\u0001\xEF\xBF\xBDz\xD0\xAF\"");
}

TEST(Json, WritesEntityValuesByType) {
  const std::string text = "SMIC N+2 $1.5 billion";
  std::vector<chipner::Entity> entities(2);
  entities[0].type = chipner::EntityType::kProcessNode;
  entities[0].label = "PROCESS_NODE";
  entities[0].begin = 5;
  entities[0].end = 8;
  entities[0].text = "N+2";
  entities[0].id = "smic-n+2";
  entities[0].node = chipner::NodeInfo{7.0, "smic"};
  entities[1].type = chipner::EntityType::kMoney;
  entities[1].label = "MONEY";
  entities[1].begin = 9;
  entities[1].end = 21;
  entities[1].text = "$1.5 billion";
  entities[1].money = chipner::MoneyInfo{1.5e9, std::nullopt, "USD", true};
  std::string out;
  chipner::append_document_json(out, text, entities, {});
  EXPECT_EQ(
      out,
      "{\"text\":\"SMIC N+2 $1.5 billion\",\"entities\":["
      "{\"type\":\"PROCESS_NODE\",\"start\":5,\"end\":8,\"text\":\"N+2\","
      "\"id\":\"smic-n+2\","
      "\"nm\":7,\"foundry\":\"smic\"},"
      "{\"type\":\"MONEY\",\"start\":9,\"end\":21,\"text\":\"$1.5 billion\","
      "\"amount\":1500000000,\"currency\":\"USD\",\"currency_ambiguous\":true}]"
      "}");
}

TEST(Json, VagueAmountIsNull) {
  std::vector<chipner::Entity> entities(1);
  entities[0].label = "MONEY";
  entities[0].end = 1;
  entities[0].money =
      chipner::MoneyInfo{std::nullopt, std::nullopt, "USD", false};
  std::string out;
  chipner::append_entities_json(out, "x", entities, {});
  EXPECT_NE(out.find("\"amount\":null"), std::string::npos);
}

// Integers past 2^53 in plain digits (1e20 as 21 digits) are refused by
// readers that parse integers as 64-bit, simdjson among them, so chipner
// --jsonl could not re-read its own output; tiny values in fixed notation
// overflowed the formatting buffer and wrote garbage.
TEST(Regression, Issue7_HugeAndTinyAmountsStayReadableNumbers) {
  const auto amount_json = [](double amount) {
    std::vector<chipner::Entity> entities(1);
    entities[0].label = "MONEY";
    entities[0].end = 1;
    entities[0].money = chipner::MoneyInfo{amount, std::nullopt, "USD", false};
    std::string out;
    chipner::append_entities_json(out, "x", entities, {});
    const std::size_t begin = out.find("\"amount\":") + 9;
    return out.substr(begin, out.find(',', begin) - begin);
  };
  EXPECT_EQ(amount_json(1.5e9), "1500000000");
  EXPECT_EQ(amount_json(9007199254740991.0), "9007199254740991");
  EXPECT_EQ(amount_json(1e20), "1e+20");
  EXPECT_EQ(amount_json(1e300), "1e+300");
  EXPECT_EQ(amount_json(0.25), "0.25");
  EXPECT_EQ(amount_json(0), "0");
  EXPECT_EQ(amount_json(1e-300), "1e-300");
  EXPECT_EQ(amount_json(-1e-300), "-1e-300");
}

TEST(Json, OffsetsInCodePointsAndUtf16) {
  const std::string text = "Я😀Huawei";  // 2 + 4 bytes before the name
  std::vector<chipner::Entity> entities(1);
  entities[0].label = "COMPANY";
  entities[0].begin = 6;
  entities[0].end = 12;
  entities[0].text = "Huawei";
  std::string cp, utf16;
  chipner::append_entities_json(cp, text, entities,
                                {chipner::OffsetUnit::kCodePoints});
  chipner::append_entities_json(utf16, text, entities,
                                {chipner::OffsetUnit::kUtf16});
  EXPECT_NE(cp.find("\"start\":2,\"end\":8"), std::string::npos) << cp;
  EXPECT_NE(utf16.find("\"start\":3,\"end\":9"), std::string::npos) << utf16;
}

}  // namespace
