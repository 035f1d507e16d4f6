// bench/sample_text.h: text to measure on.
//
// The shared gold corpora are the realistic sample, but they may not be
// beside the checkout, and their text is not copied into the repository. So
// the benchmarks use ../shared/corpus when present and fall back to a few
// sentences written for the project.

#ifndef CHIPNER_BENCH_SAMPLE_TEXT_H_
#define CHIPNER_BENCH_SAMPLE_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace chipner::bench {

// Paragraphs of mixed English and Russian industry text.
const std::vector<std::string>& sample_paragraphs();

// About `bytes` of text: paragraphs repeated, newline-separated.
std::string sample_text(std::size_t bytes);

}  // namespace chipner::bench

#endif  // CHIPNER_BENCH_SAMPLE_TEXT_H_
