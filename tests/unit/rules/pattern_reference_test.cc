// Differential test: random token patterns, loaded as a spaCy rule file and
// run through the Extractor (so through the rule loader, the NFA and the
// candidate plumbing), must report exactly the spans of the naive reference
// matcher in tests/reference/.

#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "chipner/extractor.h"
#include "naive_pattern_matcher.h"
#include "text/tokenizer.h"

namespace chipner::rules {
namespace {

using reference::NaiveElement;
using reference::NaiveToken;

const std::vector<std::string> kWords{"alpha", "beta", "gamma", "7", "42", "-"};

std::string element_json(const NaiveElement& e) {
  std::string json = "{";
  if (e.test == NaiveElement::Test::kWord)
    json += "\"LOWER\": \"" + e.word + "\"";
  if (e.test == NaiveElement::Test::kDigits) json += "\"IS_DIGIT\": true";
  if (e.op != '1') {
    if (json.size() > 1) json += ", ";
    json += std::string("\"OP\": \"") + e.op + "\"";
  }
  return json + "}";
}

TEST(PatternMatcherReference, AgreesWithNaiveMatcherOnRandomPatternsAndTexts) {
  std::mt19937 random(20261128);
  const auto pick = [&](std::size_t n) {
    return static_cast<std::size_t>(random() % n);
  };
  text::Tokenizer tokenizer;
  std::size_t compared = 0;
  for (int round = 0; round < 40; ++round) {
    // Patterns of 1-4 elements, at least one of which must consume a token.
    std::vector<std::vector<NaiveElement>> patterns;
    std::string rules;
    while (patterns.size() < 12) {
      std::vector<NaiveElement> pattern(1 + pick(4));
      bool consumes = false;
      for (NaiveElement& e : pattern) {
        const std::size_t kind = pick(6);
        e.test = kind < 4   ? NaiveElement::Test::kWord
                 : kind < 5 ? NaiveElement::Test::kDigits
                            : NaiveElement::Test::kAny;
        e.word = kWords[pick(kWords.size())];
        e.op = "11?*+!"[pick(6)];
        if (e.test == NaiveElement::Test::kAny && e.op == '!')
          e.op = '1';  // {} "!" never holds
        consumes = consumes || e.op == '1' || e.op == '+' || e.op == '!';
      }
      if (!consumes) continue;
      rules += "{\"label\": \"P\", \"id\": \"p" +
               std::to_string(patterns.size()) + "\", \"pattern\": [";
      for (std::size_t i = 0; i < pattern.size(); ++i) {
        rules += (i > 0 ? ", " : "") + element_json(pattern[i]);
      }
      rules += "]}\n";
      patterns.push_back(pattern);
    }
    std::string text;
    for (int k = 0; k < 30; ++k) text += kWords[pick(kWords.size())] + " ";

    Options options;
    options.use_embedded_dictionaries = false;
    options.use_embedded_rules = false;
    options.all_candidates = true;
    options.types = {EntityType::kCustom};
    options.dictionaries = {Source::in_memory("random.jsonl", rules)};
    options.dictionaries[0].format = SourceFormat::kRules;
    const auto extractor = Extractor::create(options);
    ASSERT_TRUE(extractor) << extractor.error().to_string() << rules;

    text::TokenStream stream;
    tokenizer.tokenize(text, stream);
    std::vector<NaiveToken> tokens;
    for (const auto& token : stream.tokens()) {
      tokens.push_back({std::string(stream.key(token)), token.all_digits});
    }
    const auto token_at = [&](std::uint32_t byte, bool end) {
      for (std::size_t i = 0; i < stream.size(); ++i) {
        if ((end ? stream[i].end : stream[i].begin) == byte)
          return i + (end ? 1 : 0);
      }
      ADD_FAILURE() << "no token boundary at byte " << byte;
      return std::size_t{0};
    };
    std::set<std::tuple<std::string, std::size_t, std::size_t>> fast;
    for (const Entity& e : extractor->extract(text)) {
      fast.emplace(std::string(e.id), token_at(e.begin, false),
                   token_at(e.end, true));
    }
    std::set<std::tuple<std::string, std::size_t, std::size_t>> slow;
    for (std::size_t p = 0; p < patterns.size(); ++p) {
      for (const auto& [first, end] :
           reference::naive_match(patterns[p], tokens)) {
        slow.emplace("p" + std::to_string(p), first, end);
      }
    }
    ASSERT_EQ(fast, slow) << "text: " << text << "\nrules:\n" << rules;
    compared += slow.size();
  }
  // The random patterns must actually match, or the test proves nothing.
  EXPECT_GT(compared, 1000U);
  RecordProperty("matches_compared", static_cast<int>(compared));
}

}  // namespace
}  // namespace chipner::rules
