// The writers of chipner/formats.h: HTML, spaCy and CoNLL.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chipner/chipner.h>

namespace {

using ::testing::HasSubstr;
using ::testing::Not;

chipner::Entity make_entity(std::string_view text, std::string_view label,
                            std::uint32_t begin, std::uint32_t end) {
  chipner::Entity entity;
  entity.type = chipner::entity_type_from_label(label);
  entity.label = label;
  entity.begin = begin;
  entity.end = end;
  entity.text = text.substr(begin, end - begin);
  return entity;
}

std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

// Rebuilds (begin, end, label) byte spans from one document's CoNLL lines,
// the way docs/cli.md tells a reader to: each token is found in the text
// after the previous one.
std::vector<std::tuple<std::size_t, std::size_t, std::string>> rebuild(
    std::string_view text, std::string_view conll) {
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> spans;
  std::size_t cursor = 0;
  std::size_t line_start = 0;
  while (line_start < conll.size()) {
    const std::size_t line_end = conll.find('\n', line_start);
    const std::string_view line =
        conll.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (line.empty()) break;
    const std::size_t tab = line.find('\t');
    const std::string_view token = line.substr(0, tab);
    const std::string_view tag = line.substr(tab + 1);
    const std::size_t begin = text.find(token, cursor);
    EXPECT_NE(begin, std::string_view::npos) << token;
    cursor = begin + token.size();
    if (tag.starts_with("B-")) {
      spans.emplace_back(begin, cursor, std::string(tag.substr(2)));
    } else if (tag.starts_with("I-")) {
      EXPECT_FALSE(spans.empty());
      EXPECT_EQ(std::get<2>(spans.back()), tag.substr(2));
      std::get<1>(spans.back()) = cursor;
    } else {
      EXPECT_EQ(tag, "O");
    }
  }
  return spans;
}

std::vector<std::tuple<std::size_t, std::size_t, std::string>> spans_of(
    const std::vector<chipner::Entity>& entities) {
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> spans;
  for (const chipner::Entity& e : entities)
    spans.emplace_back(e.begin, e.end, std::string(e.label));
  return spans;
}

TEST(Spacy, OffsetsAreCodePoints) {
  const std::string text = "Яндекс и \"TSMC\"";
  const std::vector<chipner::Entity> entities = {
      make_entity(text, "COMPANY", 0, 12),
      make_entity(text, "COMPANY", 17, 21)};
  std::string out;
  chipner::append_spacy_json(out, text, entities);
  EXPECT_EQ(out,
            "{\"text\":\"Яндекс и \\\"TSMC\\\"\",\"ents\":["
            "{\"start\":0,\"end\":6,\"label\":\"COMPANY\"},"
            "{\"start\":10,\"end\":14,\"label\":\"COMPANY\"}]}");
}

TEST(Spacy, NoEntitiesIsAnEmptyList) {
  std::string out;
  chipner::append_spacy_json(out, "", {});
  EXPECT_EQ(out, "{\"text\":\"\",\"ents\":[]}");
}

TEST(Conll, OneTokenPerLineWithBioTags) {
  const std::string text = "Huawei Ascend 910C, 华为";
  const std::vector<chipner::Entity> entities = {
      make_entity(text, "COMPANY", 0, 6), make_entity(text, "CHIP", 7, 18),
      make_entity(text, "COMPANY", 20, 26)};
  std::string out;
  chipner::append_conll(out, text, entities);
  EXPECT_EQ(out,
            "Huawei\tB-COMPANY\nAscend\tB-CHIP\n910C\tI-CHIP\n,\tO\n"
            "华\tB-COMPANY\n为\tI-COMPANY\n\n");
}

TEST(Conll, AdjacentEntitiesOfOneTypeEachStartWithB) {
  const std::string text = "AMD NVIDIA";
  const std::vector<chipner::Entity> entities = {
      make_entity(text, "COMPANY", 0, 3), make_entity(text, "COMPANY", 4, 10)};
  std::string out;
  chipner::append_conll(out, text, entities);
  EXPECT_EQ(out, "AMD\tB-COMPANY\nNVIDIA\tB-COMPANY\n\n");
}

TEST(Conll, TokenCutByAnEntityEdgeIsSplit) {
  // "7nm" is one token; an entity "nm" inside it, and one ending mid-word.
  const std::string text = "7nmX AcmeCorp";
  const std::vector<chipner::Entity> entities = {
      make_entity(text, "UNIT", 1, 3), make_entity(text, "ORG", 5, 9)};
  std::string out;
  chipner::append_conll(out, text, entities);
  EXPECT_EQ(out, "7\tO\nnm\tB-UNIT\nX\tO\nAcme\tB-ORG\nCorp\tO\n\n");
  EXPECT_EQ(rebuild(text, out), spans_of(entities));
}

TEST(Conll, EmptyDocumentIsOneBlankLine) {
  std::string out;
  chipner::append_conll(out, "", {});
  EXPECT_EQ(out, "\n");
  out.clear();
  chipner::append_conll(out, "  \t ", {});
  EXPECT_EQ(out, "\n");
}

TEST(Conll, InvalidUtf8SeparatesAndSpansSurvive) {
  const std::string text =
      "a\xFF"
      "Bb \xD0"
      "Cc";
  const std::vector<chipner::Entity> entities = {make_entity(text, "X", 2, 4),
                                                 make_entity(text, "Y", 6, 8)};
  std::string out;
  chipner::append_conll(out, text, entities);
  EXPECT_EQ(out, "a\tO\nBb\tB-X\nCc\tB-Y\n\n");
  EXPECT_EQ(rebuild(text, out), spans_of(entities));
}

// Every span over real extraction output rebuilds from the tags.
TEST(Conll, TagsRebuildExtractedSpans) {
  auto extractor = chipner::Extractor::create();
  ASSERT_TRUE(extractor);
  for (const std::string text :
       {"Huawei Ascend 910C on SMIC N+2 (7-nm), $1.5 billion",
        "Яндекс вложит 1,5 млрд рублей в Байкал-М; TSMC N3E.",
        "华为昇腾910B, 中芯国际 7nm, ¥100 million.",
        "AMD-based servers with NVIDIA H100 and MI300X cost US$3bn"}) {
    const std::vector<chipner::Entity> entities = extractor->extract(text);
    ASSERT_FALSE(entities.empty()) << text;
    std::string out;
    chipner::append_conll(out, text, entities);
    EXPECT_EQ(rebuild(text, out), spans_of(entities)) << text << "\n" << out;
  }
}

TEST(Html, EscapesEverything) {
  std::string out;
  chipner::append_html_escaped(out, "<script>a&b\"c'd</script>\x01\xFF");
  EXPECT_EQ(out,
            "&lt;script&gt;a&amp;b&quot;c&#39;d&lt;/script&gt;"
            "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Html, OneMarkPerEntityWithValuesOnHover) {
  const std::string text = "<b>Huawei</b> paid $1.5 billion";
  std::vector<chipner::Entity> entities = {make_entity(text, "COMPANY", 3, 9),
                                           make_entity(text, "MONEY", 19, 31)};
  entities[0].id = "huawei";
  entities[0].canonical = "Huawei";
  entities[1].money = chipner::MoneyInfo{1.5e9, std::nullopt, "USD", false};
  std::string out;
  chipner::append_html_document(out, text, entities, "doc-1");
  EXPECT_EQ(count(out, "data-type=\""), 2U);
  EXPECT_THAT(out, HasSubstr("&lt;b&gt;<mark data-type=\"COMPANY\""));
  EXPECT_THAT(out, HasSubstr(">Huawei</mark>&lt;/b&gt;"));
  EXPECT_THAT(out, HasSubstr("title=\"COMPANY&#10;canonical: Huawei&#10;id: "
                             "huawei\""));
  EXPECT_THAT(out, HasSubstr("amount: 1\u202F500\u202F000\u202F000"));
  EXPECT_THAT(out, HasSubstr("currency: USD"));
  EXPECT_THAT(out, HasSubstr("<h2>doc-1</h2>"));
  EXPECT_THAT(out, Not(HasSubstr("<b>")));
}

TEST(Html, CustomLabelGetsAStableGeneratedColour) {
  const std::string text = "Stanford";
  const std::vector<chipner::Entity> entities = {
      make_entity(text, "UNIVERSITY", 0, 8)};
  std::string first;
  std::string second;
  chipner::append_html_document(first, text, entities);
  chipner::append_html_document(second, text, entities);
  EXPECT_EQ(first, second);
  EXPECT_THAT(first,
              HasSubstr("data-type=\"UNIVERSITY\" style=\"background:hsl("));
}

TEST(Html, PageIsSelfContained) {
  std::string out;
  chipner::append_html_head(out, {.title = "<news>"});
  chipner::append_html_document(out, "no entities", {});
  chipner::append_html_error(out, "bad <json>", 3);
  chipner::append_html_foot(out);
  EXPECT_TRUE(out.starts_with("<!DOCTYPE html>"));
  EXPECT_THAT(out, HasSubstr("<title>&lt;news&gt;</title>"));
  EXPECT_THAT(out, HasSubstr("line 3: error"));
  EXPECT_THAT(out, HasSubstr("bad &lt;json&gt;"));
  EXPECT_THAT(out, Not(HasSubstr("http")));  // nothing fetched
  EXPECT_THAT(out, Not(HasSubstr("src=")));
  EXPECT_EQ(count(out, "<section"), 2U);
  EXPECT_TRUE(out.ends_with("</body></html>\n"));
}

}  // namespace
