// The Formatters of --format, and make_formatter().
//
// Each is a thin adapter over a writer of chipner/json.h or
// chipner/formats.h, so a library user gets the same bytes as the CLI.

#include <memory>

#include "chipner/formats.h"
#include "cli/args.h"
#include "cli/batch.h"
#include "cli/formatter.h"

namespace chipner::cli {
namespace {

// One self-contained page; each document (line, record, or --doc input) is
// a section.
class HtmlFormatter final : public Formatter {
 public:
  void begin(std::string& out) const override {
    append_html_head(out, {.title = "chipner"});
  }
  void document(std::string& out, std::string_view text,
                std::span<const Entity> entities) const override {
    append_html_document(out, text, entities);
  }
  void record(std::string& out, std::string_view text,
              std::span<const Entity> entities,
              std::string_view id) const override {
    append_html_document(out, text, entities, id);
  }
  void end(std::string& out) const override { append_html_foot(out); }
  void error(std::string& out, std::string_view message,
             std::uint64_t line) const override {
    append_html_error(out, message, line);
  }
};

// JSON Lines of {"text","ents"}; a bad record keeps its JSON error object,
// so line N of the output is still input line N.
class SpacyFormatter final : public Formatter {
 public:
  void document(std::string& out, std::string_view text,
                std::span<const Entity> entities) const override {
    append_spacy_json(out, text, entities);
    out.push_back('\n');
  }
};

// Token lines; a bad record becomes a comment line and the blank line that
// ends a document, so the documents still count one per input record.
class ConllFormatter final : public Formatter {
 public:
  void document(std::string& out, std::string_view text,
                std::span<const Entity> entities) const override {
    append_conll(out, text, entities);
  }
  void error(std::string& out, std::string_view message,
             std::uint64_t line) const override {
    out += "# error: line ";
    out += std::to_string(line);
    out += ": ";
    // A comment is one line: line breaks in the message would start tokens.
    for (const char c : message) out += (c == '\n' || c == '\r') ? ' ' : c;
    out += "\n\n";
  }
};

}  // namespace

void Formatter::error(std::string& out, std::string_view message,
                      std::uint64_t line) const {
  BatchProcessor::append_error(out, message, line);
}

std::unique_ptr<Formatter> make_formatter(const Args& args,
                                          const JsonOptions& json) {
  switch (args.format) {
    case OutputFormat::kHtml:
      return std::make_unique<HtmlFormatter>();
    case OutputFormat::kSpacy:
      return std::make_unique<SpacyFormatter>();
    case OutputFormat::kConll:
      return std::make_unique<ConllFormatter>();
    case OutputFormat::kJson:
      break;
  }
  return std::make_unique<JsonFormatter>(json);
}

}  // namespace chipner::cli
