// chipner/options.h: how an Extractor is built.
//
// Options is an aggregate, meant for designated initializers:
//
//   chipner::Options options{
//       .dictionaries = {chipner::Source::file("my_companies.tsv")},
//       .types = {chipner::EntityType::kCompany, chipner::EntityType::kMoney},
//   };

#ifndef CHIPNER_OPTIONS_H_
#define CHIPNER_OPTIONS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "chipner/entity.h"

namespace chipner {

// A dictionary to load: a file on disk, or text already in memory with a name
// to show in diagnostics ("name:line: …").
struct Source {
  enum class Kind : std::uint8_t { kFile, kText };
  Kind kind = Kind::kFile;
  std::string name;  // the path for kFile; a display name for kText
  std::string text;  // the contents for kText; unused for kFile

  static Source file(std::string path) {
    return Source{Kind::kFile, std::move(path), {}};
  }
  static Source in_memory(std::string display_name, std::string contents) {
    return Source{Kind::kText, std::move(display_name), std::move(contents)};
  }
};

struct Options {
  // Load the dictionaries embedded in the library. Turn off to use only
  // `dictionaries`.
  bool use_embedded_dictionaries = true;

  // Further dictionaries (format: dictionaries/README.md). They add to the
  // embedded ones; an alias that an embedded entry already has is an error.
  std::vector<Source> dictionaries;

  // Which types to return; empty means all, custom labels included. The
  // grammars of types not listed do not run at all.
  std::vector<EntityType> types;

  // Building stops after this many diagnostics.
  std::uint32_t max_diagnostics = 100;
};

}  // namespace chipner

#endif  // CHIPNER_OPTIONS_H_
