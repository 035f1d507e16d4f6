#include "cli/long_line.h"

#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

#include "chipner/offsets.h"

namespace chipner::cli {
namespace {

// Where to end a window of `text`: after the last ". " in its final quarter,
// else after its last ASCII whitespace there, else at a code point boundary.
std::size_t cut_point(std::string_view text) {
  const std::size_t floor = text.size() - text.size() / 4;
  const std::size_t sentence = text.rfind(". ");
  if (sentence != std::string_view::npos && sentence + 2 >= floor)
    return sentence + 2;
  const std::size_t space = text.find_last_of(" \t\r\f\v");
  if (space != std::string_view::npos && space + 1 >= floor) return space + 1;
  // No gap: cut before the last code point, which may be incomplete.
  std::size_t cut = text.size() - 1;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
    --cut;
  return cut == 0 ? text.size() : cut;
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

}  // namespace

bool stream_long_line(const Extractor& extractor,
                      const JsonFormatter& formatter, LineReader& reader,
                      std::string first_fragment, std::size_t window,
                      const std::function<bool(std::string_view)>& write) {
  const std::unique_ptr<std::FILE, FileCloser> spill(std::tmpfile());
  if (!spill) {
    std::fprintf(stderr, "chipner: cannot create a temporary file: %s\n",
                 std::strerror(errno));
    return false;
  }
  JsonOptions options = formatter.options();
  Workspace workspace;
  std::vector<Entity> entities;
  std::string pending = std::move(first_fragment);
  std::string piece;
  std::string quoted;
  std::string entities_json;
  bool complete = false;
  bool first_entity = true;
  bool ok = write("{\"text\":\"");

  while (ok) {
    if (!complete && pending.size() < window) {
      if (!reader.read(pending, window - pending.size(), complete))
        complete = true;
    }
    const std::string_view text = pending;
    const std::size_t cut = complete ? text.size() : cut_point(text);
    const std::string_view part = text.substr(0, cut);

    entities.clear();
    extractor.extract(part, workspace, entities);
    entities_json.clear();
    append_entities_json(entities_json, part, entities, options);
    if (entities_json.size() > 2) {  // "[…]" with something inside
      if (!first_entity) std::fputc(',', spill.get());
      first_entity = false;
      std::fwrite(entities_json.data() + 1, 1, entities_json.size() - 2,
                  spill.get());
    }
    OffsetConverter units(part, options.offsets);
    options.offset_base +=
        units.convert(static_cast<std::uint32_t>(part.size()));

    quoted.clear();
    append_json_string(quoted, part);
    ok = write(std::string_view(quoted).substr(1, quoted.size() - 2));
    pending.erase(0, cut);
    if (complete && pending.empty()) break;
  }
  if (!ok) return false;
  ok = write("\",\"entities\":[");
  std::rewind(spill.get());
  char buffer[1U << 16U];
  std::size_t got = 0;
  while (ok && (got = std::fread(buffer, 1, sizeof buffer, spill.get())) > 0) {
    ok = write(std::string_view(buffer, got));
  }
  if (std::ferror(spill.get()) != 0) {
    std::fprintf(stderr, "chipner: temporary file error\n");
    return false;
  }
  return ok && write("]}\n") && !reader.failed();
}

}  // namespace chipner::cli
