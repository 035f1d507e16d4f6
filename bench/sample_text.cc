#include "sample_text.h"

#include <simdjson.h>

#include <filesystem>
#include <fstream>

namespace chipner::bench {
namespace {

std::vector<std::string> load() {
  std::vector<std::string> paragraphs;
  const std::filesystem::path corpus =
      std::filesystem::path(CHIPNER_SOURCE_DIR) / ".." / "shared" / "corpus";
  for (const char* name : {"dev_en.jsonl", "dev_ru.jsonl", "seed.jsonl"}) {
    std::ifstream in(corpus / name);
    std::string line;
    simdjson::dom::parser parser;
    while (std::getline(in, line)) {
      simdjson::dom::element doc;
      std::string_view text;
      if (parser.parse(line).get(doc) == simdjson::SUCCESS &&
          doc["text"].get(text) == simdjson::SUCCESS) {
        paragraphs.emplace_back(text);
      }
    }
  }
  if (paragraphs.empty()) {
    paragraphs = {
        "Huawei is shipping the Ascend 910C, built by SMIC on its N+2 process, "
        "while NVIDIA "
        "sells the H20 in China and TSMC ramps N3E for Apple.",
        "Компания «Яндекс» и Сбербанк закупили серверы на 400 — 700 тысяч "
        "долларов США; TSMC "
        "готовит 2-нм техпроцесс N2, а Samsung Foundry — SF2.",
        "Moore Threads raised $1.5 billion, and Cambricon's MLU370 competes "
        "with the A100 on "
        "7nm; the company expects revenue of CNY7.5 billion next year.",
        "Аналитики TrendForce ожидают, что выручка составит 1,61 млрд. долл. "
        "США, а Intel "
        "перейдёт на Intel 18A к 2026 году.",
    };
  }
  return paragraphs;
}

}  // namespace

const std::vector<std::string>& sample_paragraphs() {
  static const std::vector<std::string> paragraphs = load();
  return paragraphs;
}

std::string sample_text(std::size_t bytes) {
  std::string text;
  const auto& paragraphs = sample_paragraphs();
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text += paragraphs[i % paragraphs.size()];
    text += '\n';
  }
  return text;
}

}  // namespace chipner::bench
