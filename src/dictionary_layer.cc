#include "dictionary_layer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "dict/embedded.h"
#include "dict/snapshot_format.h"
#include "dict/snapshot_reader.h"

namespace chipner::internal {
namespace {

bool begins_with_snapshot_magic(const Source& source) {
  if (source.kind == Source::Kind::kText)
    return dict::has_snapshot_magic(source.text);
  std::ifstream in(source.name, std::ios::binary);
  std::string prefix(dict::snapshot::kMagic.size(), '\0');
  in.read(prefix.data(), static_cast<std::streamsize>(prefix.size()));
  prefix.resize(
      static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return dict::has_snapshot_magic(prefix);
}

bool is_embedded_dictionary(std::string_view name) {
  return !name.ends_with(".jsonl");
}

std::optional<dict::Snapshot> load_snapshot(const Source& source,
                                            std::vector<Diagnostic>& diags) {
  if (source.kind == Source::Kind::kFile)
    return dict::load_snapshot_file(source.name, diags);
  auto text = std::make_shared<const std::string>(source.text);
  const std::span<const char> bytes(text->data(), text->size());
  return dict::read_snapshot(bytes, std::move(text), source.name, diags);
}

}  // namespace

SourceFormat format_of(const Source& source) {
  if (source.format != SourceFormat::kAuto) return source.format;
  const std::string_view name = source.name;
  if (name.ends_with(".jsonl") || name.ends_with(".json"))
    return SourceFormat::kRules;
  if (name.ends_with(".def")) return SourceFormat::kGateIndex;
  if (name.ends_with(".lst")) return SourceFormat::kGateList;
  // A name that says TSV is read as TSV: a broken one is reported by line,
  // not as a broken compiled dictionary.
  if (name.ends_with(".tsv")) return SourceFormat::kDictionary;
  if (name.ends_with(dict::snapshot::kExtension) ||
      begins_with_snapshot_magic(source)) {
    return SourceFormat::kSnapshot;
  }
  return SourceFormat::kDictionary;
}

bool read_file(const std::string& path, std::string& contents) {
  // An ifstream opens a directory and reads nothing; that is no dictionary.
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  contents = std::move(buffer).str();
  return true;
}

std::vector<std::optional<std::string>> read_sources(
    const Options& options, std::span<const SourceFormat> formats,
    std::vector<Diagnostic>& diagnostics) {
  std::vector<std::optional<std::string>> contents(options.dictionaries.size());
  for (std::size_t i = 0; i < options.dictionaries.size(); ++i) {
    const Source& source = options.dictionaries[i];
    if (formats[i] == SourceFormat::kSnapshot) continue;
    if (source.kind == Source::Kind::kText) {
      contents[i] = source.text;
      continue;
    }
    std::string text;
    if (read_file(source.name, text)) {
      contents[i] = std::move(text);
    } else {
      diagnostics.push_back(
          {ErrorCode::kIoError, "cannot read the file", source.name, 0, 0});
    }
  }
  return contents;
}

DictionaryLayer load_dictionary_layer(const Options& options,
                                      std::span<const SourceFormat> formats,
                                      SourceContents contents,
                                      std::vector<Diagnostic>& diagnostics) {
  DictionaryLayer layer;
  const Source* snapshot = nullptr;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (formats[i] != SourceFormat::kSnapshot) continue;
    const Source& source = options.dictionaries[i];
    if (snapshot != nullptr) {
      diagnostics.push_back(
          {ErrorCode::kSnapshotConflict,
           "a second compiled dictionary; only one can be loaded (" +
               snapshot->name +
               " is the first): compile their TSV files "
               "into one",
           source.name, 0, 0});
      return layer;
    }
    snapshot = &source;
  }
  if (snapshot != nullptr) {
    for (std::size_t i = 0; i < formats.size(); ++i) {
      if (formats[i] != SourceFormat::kDictionary) continue;
      diagnostics.push_back(
          {ErrorCode::kSnapshotConflict,
           "a TSV dictionary cannot be added to the compiled dictionary " +
               snapshot->name +
               ": compile them together (chipner compile --dict FILE … -o "
               "OUT.chipdict)",
           options.dictionaries[i].name, 0, 0});
    }
    if (!diagnostics.empty()) return layer;
    auto loaded = load_snapshot(*snapshot, diagnostics);
    if (!loaded) return layer;
    layer.dictionary = std::move(loaded->dictionary);
    layer.with_embedded =
        (loaded->flags & dict::snapshot::kWithEmbeddedDictionaries) != 0;
    layer.loaded = true;
    return layer;
  }

  if (options.use_embedded_dictionaries) {
    for (const EmbeddedFile& file : embedded_dictionaries()) {
      if (!is_embedded_dictionary(file.name)) continue;
      layer.dictionary.add_file(
          file.contents, "<embedded>/" + std::string(file.name), diagnostics);
    }
    layer.with_embedded = true;
  }
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (formats[i] == SourceFormat::kDictionary && contents[i]) {
      layer.dictionary.add_file(*contents[i], options.dictionaries[i].name,
                                diagnostics);
    }
  }
  layer.dictionary.build(diagnostics);
  layer.loaded = true;
  return layer;
}

Error capped_error(std::vector<Diagnostic> diagnostics, std::uint32_t max) {
  if (diagnostics.size() > max) {
    diagnostics.resize(max);
    diagnostics.push_back({ErrorCode::kTooManyErrors,
                           "too many errors; only the first " +
                               std::to_string(max) + " are shown",
                           {},
                           0,
                           0});
  }
  return Error(std::move(diagnostics));
}

}  // namespace chipner::internal
