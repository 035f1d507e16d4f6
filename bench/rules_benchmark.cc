// Rule matching cost: with 100,000 phrase patterns and 1,000 token patterns
// loaded, the time to match grows with the text, not with the number of
// patterns (rules/pattern_matcher.h: key index + one thread per state).
//
//   BM_RulesByTextSize/<tokens>        100k phrases + 1k token patterns
//   BM_RulesByPatternCount/<patterns>  fixed text, 1k … 100k phrases
//                                      (token patterns: patterns / 100)

#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#include "dict/dictionary.h"
#include "rules/rule_set.h"
#include "text/tokenizer.h"

namespace {

using chipner::Diagnostic;
using chipner::rules::RuleMatch;
using chipner::rules::RuleSet;

std::string rule_file(int phrases, int token_patterns) {
  std::string file;
  for (int i = 0; i < phrases; ++i) {
    file +=
        R"({"label":"CHIP","pattern":"Chip)" + std::to_string(i) + " Pro\"}\n";
  }
  for (int i = 0; i < token_patterns; ++i) {
    file +=
        R"({"label":"MODEL","pattern":[{"LOWER":"series)" + std::to_string(i) +
        R"("},{"IS_DIGIT":true,"OP":"+"},{"LOWER":{"IN":["max","pro"]},"OP":"?"}]})" +
        "\n";
  }
  return file;
}

// Sentences with a hit every few tokens, cycling through the patterns.
std::string text_of(std::size_t tokens) {
  std::string text;
  std::size_t n = 0;
  for (int i = 0; n < tokens; ++i) {
    text += "The Chip" + std::to_string(i % 997) + " Pro and series" +
            std::to_string(i % 1000) + " 12 Max ship in 2025 , says a firm . ";
    n += 16;
  }
  return text;
}

struct Fixture {
  chipner::dict::Dictionary dictionary;
  RuleSet rules;
};

std::unique_ptr<Fixture> build(int phrases, int token_patterns) {
  auto f = std::make_unique<Fixture>();
  std::vector<Diagnostic> diagnostics;
  f->dictionary.build(diagnostics);
  f->rules.set_dictionary(&f->dictionary.entries());
  f->rules.add_rule_file(rule_file(phrases, token_patterns), "bench.jsonl", 15,
                         diagnostics);
  f->rules.build(diagnostics);
  return f;
}

void run(benchmark::State& state, const Fixture& f, const std::string& text) {
  chipner::text::Tokenizer tokenizer;
  chipner::text::TokenStream tokens;
  tokenizer.tokenize(text, tokens);
  RuleSet::Scratch scratch;
  std::vector<RuleMatch> matches;
  for (auto _ : state) {
    matches.clear();
    f.rules.find(tokens, {}, scratch, matches);
    benchmark::DoNotOptimize(matches.data());
  }
  state.counters["tokens"] = static_cast<double>(tokens.size());
  state.counters["matches"] = static_cast<double>(matches.size());
  state.counters["ns/token"] =
      benchmark::Counter(static_cast<double>(tokens.size()),
                         benchmark::Counter::kIsIterationInvariantRate |
                             benchmark::Counter::kInvert);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void BM_RulesByTextSize(benchmark::State& state) {
  static const auto fixture = build(100000, 1000);
  run(state, *fixture, text_of(static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(BM_RulesByTextSize)->RangeMultiplier(4)->Range(1000, 256000);

void BM_RulesByPatternCount(benchmark::State& state) {
  const auto phrases = static_cast<int>(state.range(0));
  const auto fixture = build(phrases, phrases / 100);
  static const std::string text = text_of(16000);
  run(state, *fixture, text);
}
BENCHMARK(BM_RulesByPatternCount)->RangeMultiplier(10)->Range(1000, 100000);

}  // namespace
