// Match semantics of the phrase matcher, as tables of (aliases, text,
// expected spans), checked against a deliberately naive reference matcher on
// generated inputs as well.

#include "dict/phrase_matcher.h"

#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "dict/dictionary.h"

namespace chipner::dict {
namespace {

// "id:alias|alias" per entry, all of type COMPANY.
Dictionary make(const std::vector<std::string>& specs,
                std::vector<Diagnostic>* out = nullptr) {
  std::string tsv = "type\tid\tcanonical\taliases\n";
  for (const std::string& spec : specs) {
    const auto colon = spec.find(':');
    tsv += "COMPANY\t" + spec.substr(0, colon) + "\tx\t" +
           spec.substr(colon + 1) + "\n";
  }
  Dictionary dictionary;
  std::vector<Diagnostic> diagnostics;
  dictionary.add_file(tsv, "test.tsv", diagnostics);
  dictionary.build(diagnostics);
  if (out != nullptr) *out = diagnostics;
  return dictionary;
}

// The surface text and id of every match.
std::vector<std::pair<std::string, std::string>> matches(
    const Dictionary& dictionary, std::string_view text) {
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  tokenizer.tokenize(text, tokens);
  PhraseMatcher::Scratch scratch;
  std::vector<PhraseMatch> found;
  dictionary.matcher().find(tokens, scratch, found);
  std::vector<std::pair<std::string, std::string>> out;
  for (const PhraseMatch& m : found) {
    const auto begin = tokens[m.first_token].begin;
    const auto end = tokens[m.last_token].end;
    out.emplace_back(std::string(text.substr(begin, end - begin)),
                     dictionary.entries()[m.entry].id);
  }
  return out;
}

using Found = std::vector<std::pair<std::string, std::string>>;

TEST(PhraseMatcher, ReportsEveryAliasEndingAnywhere) {
  const auto d = make({"alibaba:Alibaba", "alibaba-cloud:Alibaba Cloud"});
  EXPECT_EQ(matches(d, "Alibaba Cloud and Alibaba"),
            (Found{{"Alibaba", "alibaba"},
                   {"Alibaba Cloud", "alibaba-cloud"},
                   {"Alibaba", "alibaba"}}));
}

TEST(PhraseMatcher, MatchesWholeTokensOnly) {
  const auto d = make({"arm:=Arm"});
  EXPECT_TRUE(matches(d, "Armenia Harm").empty());
}

TEST(PhraseMatcher, CaseSensitiveAliasesCompareCasePattern) {
  const auto d = make({"arm:=Arm", "micron:=Micron|=MICRON"});
  EXPECT_EQ(matches(d, "Arm arm ARM"), (Found{{"Arm", "arm"}}));
  EXPECT_EQ(matches(d, "micron Micron MICRON"),
            (Found{{"Micron", "micron"}, {"MICRON", "micron"}}));
}

TEST(PhraseMatcher, InsensitiveAliasesIgnoreCaseAndSpacingBetweenWords) {
  const auto d = make({"alibaba-cloud:Alibaba Cloud", "smic:SMIC"});
  EXPECT_EQ(matches(d, "alibaba   CLOUD, Smic"),
            (Found{{"alibaba   CLOUD", "alibaba-cloud"}, {"Smic", "smic"}}));
}

TEST(PhraseMatcher, SymbolsGluedInTheAliasMustBeGluedInTheText) {
  const auto d = make({"t-head:T-Head", "smic-n+2:N+2", "acme:Acme Co., Ltd."});
  EXPECT_EQ(matches(d, "T-Head, t - head, N+2, N + 2"),
            (Found{{"T-Head", "t-head"}, {"N+2", "smic-n+2"}}));
  // A space the alias writes may be left out in the text, not the reverse.
  EXPECT_EQ(matches(d, "Acme Co.,Ltd. and Acme Co., Ltd."),
            (Found{{"Acme Co.,Ltd.", "acme"}, {"Acme Co., Ltd.", "acme"}}));
}

TEST(PhraseMatcher, CyrillicAliasesMatchInflectedForms) {
  const auto d = make({"yandex:Яндекс", "mikron:=Микрон"});
  EXPECT_EQ(matches(d, "у Яндекса и Микроном, но 5 микрон"),
            (Found{{"Яндекса", "yandex"}, {"Микроном", "mikron"}}));
}

TEST(PhraseMatcher, HanAliasesMatchWithoutSpaces) {
  const auto d = make({"huawei:华为", "smic:中芯国际"});
  EXPECT_EQ(matches(d, "据华为和中芯国际称"),
            (Found{{"华为", "huawei"}, {"中芯国际", "smic"}}));
}

TEST(PhraseMatcher, DuplicateAliasAcrossEntriesIsAnError) {
  std::vector<Diagnostic> diagnostics;
  make({"a:Foo Bar", "b:foo  BAR"}, &diagnostics);
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].code, ErrorCode::kDuplicateAlias);
  EXPECT_EQ(diagnostics[0].line, 3U);
}

TEST(PhraseMatcher, SameAliasTwiceInOneEntryIsKeptOnce) {
  std::vector<Diagnostic> diagnostics;
  const auto d = make({"a:Foo|FOO"}, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(matches(d, "foo").size(), 1U);
}

// The reference: for every start token and every alias, compare token keys
// one by one. Obviously right, and slow.
std::set<std::tuple<std::size_t, std::size_t, std::string>> naive(
    const std::vector<std::string>& aliases, std::string_view text) {
  text::Tokenizer tokenizer;
  text::TokenStream t;
  tokenizer.tokenize(text, t);
  std::vector<std::string> text_keys;
  for (const auto& token : t.tokens())
    text_keys.emplace_back(t.match_key(token));
  std::set<std::tuple<std::size_t, std::size_t, std::string>> out;
  for (std::size_t a = 0; a < aliases.size(); ++a) {
    text::TokenStream at;
    tokenizer.tokenize(aliases[a], at);
    std::vector<std::string> alias_keys;
    for (const auto& token : at.tokens())
      alias_keys.emplace_back(at.match_key(token));
    for (std::size_t s = 0; s + alias_keys.size() <= text_keys.size(); ++s) {
      if (!std::equal(alias_keys.begin(), alias_keys.end(),
                      text_keys.begin() + static_cast<std::ptrdiff_t>(s))) {
        continue;
      }
      // A symbol glued in the alias must be glued in the text.
      bool glue_ok = true;
      for (std::size_t k = 1; k < at.size(); ++k) {
        const bool symbol = at[k].kind == text::TokenKind::kSymbol ||
                            at[k - 1].kind == text::TokenKind::kSymbol;
        if (symbol && !at[k].space_before && t[s + k].space_before)
          glue_ok = false;
      }
      if (glue_ok)
        out.emplace(s, s + alias_keys.size() - 1, "e" + std::to_string(a));
    }
  }
  return out;
}

TEST(PhraseMatcher, AgreesWithNaiveMatcherOnGeneratedInputs) {
  const std::vector<std::string> words{"ab", "cd",  "ef", "Яндекс", "x-1",
                                       "華", "N+2", "-",  "+"};
  std::mt19937 random(12345);
  const auto pick = [&] { return words[random() % words.size()]; };
  for (int round = 0; round < 50; ++round) {
    std::vector<std::string> aliases;
    std::set<std::string> seen;
    std::vector<std::string> specs;
    while (aliases.size() < 8) {
      std::string alias = pick();
      for (auto k = random() % 3; k > 0; --k) alias += " " + pick();
      // Aliases must be unique after folding; the words above fold apart.
      if (!seen.insert(alias).second) continue;
      specs.push_back("e" + std::to_string(aliases.size()) + ":" + alias);
      aliases.push_back(alias);
    }
    std::string text;
    for (int k = 0; k < 40; ++k)
      text += pick() + (random() % 4 == 0 ? "" : " ");
    std::vector<Diagnostic> diagnostics;
    const auto d = make(specs, &diagnostics);
    ASSERT_TRUE(diagnostics.empty()) << diagnostics[0].to_string();

    text::Tokenizer tokenizer;
    text::TokenStream tokens;
    tokenizer.tokenize(text, tokens);
    PhraseMatcher::Scratch scratch;
    std::vector<PhraseMatch> found;
    d.matcher().find(tokens, scratch, found);
    std::set<std::tuple<std::size_t, std::size_t, std::string>> fast;
    for (const auto& m : found)
      fast.emplace(m.first_token, m.last_token, d.entries()[m.entry].id);
    ASSERT_EQ(fast, naive(aliases, text)) << "text: " << text;
  }
}

}  // namespace
}  // namespace chipner::dict
