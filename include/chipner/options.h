// chipner/options.h: how an Extractor is built.
//
// Options is an aggregate, meant for designated initializers:
//
//   chipner::Options options{
//       .dictionaries = {chipner::Source::file("my_companies.tsv")},
//       .types = {chipner::EntityType::kCompany, chipner::EntityType::kMoney},
//   };
//
// Every member has a default member initializer (`{}` for containers), so a
// designated initializer may leave out any of them, also under GCC's
// -Wmissing-field-initializers.

#ifndef CHIPNER_OPTIONS_H_
#define CHIPNER_OPTIONS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "chipner/entity.h"

namespace chipner {

// How a Source is read (docs/rules.md, dictionaries/README.md).
enum class SourceFormat : std::uint8_t {
  kAuto,        // by the name's extension: .jsonl/.json → kRules, .def →
                // kGateIndex, .lst → kGateList, .tsv → kDictionary,
                // .chipdict → kSnapshot; anything else → kSnapshot if it
                // begins with a snapshot's magic, else kDictionary
  kDictionary,  // chipner TSV dictionary
  kRules,       // rule file: spaCy EntityRuler JSON Lines + extensions
  kCoreNlp,     // CoreNLP RegexNER mapping: pattern TAB TYPE [TAB … ]
  kGateIndex,   // GATE lists.def; the lists it names are read from disk
  kGateList,    // one GATE .lst; the label is its file name in upper case
  kSnapshot,    // compiled dictionary from compile_dictionary() (.chipdict),
                // memory-mapped; chipner/snapshot.h
};

// A dictionary, rule file or gazetteer to load: a file on disk, or text
// already in memory with a name to show in diagnostics ("name:line: …").
struct Source {
  enum class Kind : std::uint8_t { kFile, kText };
  Kind kind = Kind::kFile;
  std::string name{};  // the path for kFile; a display name for kText
  std::string text{};  // the contents for kText; unused for kFile
  SourceFormat format = SourceFormat::kAuto;

  static Source file(std::string path,
                     SourceFormat format = SourceFormat::kAuto) {
    return Source{Kind::kFile, std::move(path), {}, format};
  }
  static Source in_memory(std::string display_name, std::string contents,
                          SourceFormat format = SourceFormat::kAuto) {
    return Source{Kind::kText, std::move(display_name), std::move(contents),
                  format};
  }
};

// How the resolver chooses among overlapping candidates. Each candidate has
// a priority: an explicit one from its rule or gazetteer line, else by origin
// (built-in rules 5, dictionaries 10, user rules and gazetteers 15, grammars
// 20). Remaining ties keep the candidate found first.
enum class OverlapPolicy : std::uint8_t {
  kLongestFirst,   // longer span, then higher priority, then earlier start
  kPriorityFirst,  // higher priority, then longer span, then earlier start:
                   // a user rule overrides a longer built-in match
};

struct Options {
  // Load the dictionaries embedded in the library. Turn off to use only
  // `dictionaries`.
  bool use_embedded_dictionaries = true;

  // Further dictionaries (format: dictionaries/README.md), rule files and
  // gazetteers (docs/rules.md), each read in its Source::format. TSV
  // dictionaries add to the embedded ones (an alias that an embedded entry
  // already has is an error); rules and gazetteers may share phrases with
  // anything, and priorities decide.
  //
  // At most one compiled dictionary (SourceFormat::kSnapshot,
  // chipner/snapshot.h) may be given, and then no TSV dictionary: it holds
  // the whole dictionary layer it was compiled from (embedded dictionaries
  // included or not), so it replaces the embedded dictionaries, whatever
  // `use_embedded_dictionaries` says. Rule files and gazetteers load next
  // to it as next to TSV dictionaries.
  std::vector<Source> dictionaries{};

  // Load the rules embedded in the library (dictionaries/rules/*.jsonl).
  // Ignored unless use_embedded_dictionaries is on too, and, with a compiled
  // dictionary, unless it was compiled with the embedded dictionaries (the
  // rules name their entries).
  bool use_embedded_rules = true;

  // How overlapping candidates are resolved.
  OverlapPolicy overlap_policy = OverlapPolicy::kLongestFirst;

  // Also return the candidates that the resolver set aside (overlapping or
  // nested in a chosen entity), with Entity::discarded set. The result is
  // then sorted by begin but may overlap.
  bool all_candidates = false;

  // Which types to return; empty means all, custom labels included. The
  // grammars of types not listed do not run at all. kCustom stands for every
  // custom label unless `custom_labels` names some.
  std::vector<EntityType> types{};

  // When not empty, the only custom labels returned (e.g. {"LAB"}).
  std::vector<std::string> custom_labels{};

  // Building stops after this many diagnostics.
  std::uint32_t max_diagnostics = 100;
};

}  // namespace chipner

#endif  // CHIPNER_OPTIONS_H_
