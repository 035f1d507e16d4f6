// cli/formatter.h: how the CLI writes one document's entities.
//
// A Formatter turns (text, entities) into output bytes. document() is const
// and called from several worker threads at once, so a Formatter keeps no
// per-call state; begin() and end() frame the whole output (an HTML page's
// head and foot) and run once, on the writing thread. error() stands in for
// a record that cannot be read, in the format's own terms.
//
// make_formatter() picks the Formatter for --format; the other formats'
// classes live in cli/formatters.cc.

#ifndef CHIPNER_CLI_FORMATTER_H_
#define CHIPNER_CLI_FORMATTER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "chipner/entity.h"
#include "chipner/json.h"

namespace chipner::cli {

struct Args;

class Formatter {
 public:
  Formatter() = default;
  virtual ~Formatter() = default;
  Formatter(const Formatter&) = delete;
  Formatter& operator=(const Formatter&) = delete;
  Formatter(Formatter&&) = delete;
  Formatter& operator=(Formatter&&) = delete;

  virtual void begin(std::string& /*out*/) const {}
  // Appends the document, ending with "\n" where the format is line-based.
  virtual void document(std::string& out, std::string_view text,
                        std::span<const Entity> entities) const = 0;
  virtual void end(std::string& /*out*/) const {}
  // Appends a --jsonl record's document; `id` is the record's "id" member
  // as text, or empty. By default the same as document().
  virtual void record(std::string& out, std::string_view text,
                      std::span<const Entity> entities,
                      std::string_view /*id*/) const {
    document(out, text, entities);
  }
  // Appends what stands for record `line` that could not be read; by default
  // the JSON error object {"error":…,"line":N} and "\n".
  virtual void error(std::string& out, std::string_view message,
                     std::uint64_t line) const;
};

// {"text": …, "entities": […]} per line.
class JsonFormatter final : public Formatter {
 public:
  explicit JsonFormatter(JsonOptions options) : options_(options) {}
  void document(std::string& out, std::string_view text,
                std::span<const Entity> entities) const override {
    append_document_json(out, text, entities, options_);
    out.push_back('\n');
  }
  [[nodiscard]] const JsonOptions& options() const { return options_; }

 private:
  JsonOptions options_;
};

// The Formatter for args.format (JSON, HTML, spaCy or CoNLL); `json` is for
// the JSON format.
std::unique_ptr<Formatter> make_formatter(const Args& args,
                                          const JsonOptions& json);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_FORMATTER_H_
