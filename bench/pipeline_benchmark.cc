// Micro-benchmarks for each stage of extraction, on the same paragraphs
// (one call per paragraph, as the CLI makes per line), in bytes per second.
// Run: build/bench/pipeline_benchmark [--benchmark_filter=Tokenize]

#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "chipner/chipner.h"
#include "dict/dictionary.h"
#include "dict/embedded.h"
#include "grammar/money.h"
#include "grammar/process_node.h"
#include "sample_text.h"
#include "text/tokenizer.h"

namespace chipner::bench {
namespace {

// The paragraphs, tokenized once, for benchmarks of the stages after it.
std::vector<text::TokenStream> tokenized(
    const std::vector<std::string>& paragraphs) {
  text::Tokenizer tokenizer;
  std::vector<text::TokenStream> streams(paragraphs.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    tokenizer.tokenize(paragraphs[i], streams[i]);
  }
  return streams;
}

std::int64_t total_bytes(const std::vector<std::string>& paragraphs) {
  std::int64_t bytes = 0;
  for (const auto& p : paragraphs) bytes += static_cast<std::int64_t>(p.size());
  return bytes;
}

const dict::Dictionary& default_dictionary() {
  static const dict::Dictionary dictionary = [] {
    dict::Dictionary d;
    std::vector<Diagnostic> diagnostics;
    for (const auto& file : internal::embedded_dictionaries()) {
      d.add_file(file.contents, file.name, diagnostics);
    }
    d.build(diagnostics);
    return d;
  }();
  return dictionary;
}

// With the stem filter of the default dictionaries, as the extractor
// tokenizes: only Cyrillic words that may match a stem are stemmed.
void BM_Tokenize(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  text::StemFilter filter;
  default_dictionary().matcher().add_stems_to(filter);
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  for (auto _ : state) {
    for (const auto& p : paragraphs) tokenizer.tokenize(p, tokens, &filter);
    benchmark::DoNotOptimize(tokens.size());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
}
BENCHMARK(BM_Tokenize);

// The same with no stem registered, so that no word is stemmed: the
// difference to BM_Tokenize is what stemming costs.
void BM_TokenizeNoStem(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  text::StemFilter filter;
  text::Tokenizer tokenizer;
  text::TokenStream tokens;
  std::size_t n = 0;
  for (auto _ : state) {
    for (const auto& p : paragraphs) {
      tokenizer.tokenize(p, tokens, &filter);
      n += tokens.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
  state.counters["tokens"] = static_cast<double>(n) / state.iterations();
}
BENCHMARK(BM_TokenizeNoStem);

// Tokenized once; measures the trie walk and term lookups only.
void BM_PhraseMatcher(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  const auto& dictionary = default_dictionary();
  const std::vector<text::TokenStream> streams = tokenized(paragraphs);
  dict::PhraseMatcher::Scratch scratch;
  std::vector<dict::PhraseMatch> matches;
  for (auto _ : state) {
    for (const auto& stream : streams) {
      matches.clear();
      dictionary.matcher().find(stream, scratch, matches);
    }
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
}
BENCHMARK(BM_PhraseMatcher);

void BM_MoneyGrammar(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  const grammar::MoneyGrammar money;
  const std::vector<text::TokenStream> streams = tokenized(paragraphs);
  std::vector<grammar::MoneyMatch> found;
  for (auto _ : state) {
    for (const auto& stream : streams) {
      found.clear();
      money.find(stream, found);
    }
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
}
BENCHMARK(BM_MoneyGrammar);

void BM_ProcessNodeGrammar(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  const grammar::ProcessNodeGrammar nodes;
  const std::vector<text::TokenStream> streams = tokenized(paragraphs);
  std::vector<grammar::NodeMatch> found;
  for (auto _ : state) {
    for (const auto& stream : streams) {
      found.clear();
      nodes.find(stream, found);
    }
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
}
BENCHMARK(BM_ProcessNodeGrammar);

void BM_Extract(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  const auto extractor = Extractor::create();
  Workspace workspace;
  std::vector<Entity> entities;
  for (auto _ : state) {
    for (const auto& p : paragraphs) {
      entities.clear();
      extractor->extract(p, workspace, entities);
    }
    benchmark::DoNotOptimize(entities.data());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
}
BENCHMARK(BM_Extract);

void BM_JsonWriter(benchmark::State& state) {
  const auto& paragraphs = sample_paragraphs();
  const auto extractor = Extractor::create();
  std::vector<std::vector<Entity>> entities;
  for (const auto& p : paragraphs) entities.push_back(extractor->extract(p));
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      append_document_json(out, paragraphs[i], entities[i], {});
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(paragraphs));
}
BENCHMARK(BM_JsonWriter);

// Building the extractor from the embedded dictionaries: the CLI's startup.
void BM_CreateExtractor(benchmark::State& state) {
  for (auto _ : state) {
    auto extractor = Extractor::create();
    benchmark::DoNotOptimize(extractor);
  }
}
BENCHMARK(BM_CreateExtractor)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chipner::bench
