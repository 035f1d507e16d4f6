// chipner/formats.h: the other outputs of the chipner CLI: an HTML view,
// spaCy/displaCy JSON and CoNLL BIO tags, for programs that want the same.
//
// HTML. A self-contained page (inline CSS and JavaScript, nothing fetched
// from the network) that shows each document with its entities highlighted
// in the colour of their type, a legend, the values of each entity on hover
// and in a table below the text:
//
//   std::string page;
//   chipner::append_html_head(page, {.title = "news"});
//   for (const auto& doc : docs)
//     chipner::append_html_document(page, doc.text, doc.entities, doc.id);
//   chipner::append_html_foot(page);
//
// Each entity is one <mark> element with a data-type attribute (nothing
// else on the page has one, so a test or a script can count them). Custom
// labels get a colour derived from the label, the same on every page.
// Everything from the text is escaped; bytes that are not valid UTF-8 are
// shown as U+FFFD.
//
// SPACY. One JSON object per document, the "manual" input of displaCy and
// the {"text", "ents"} form that spaCy's training converters read:
//
//   {"text":"Huawei","ents":[{"start":0,"end":6,"label":"COMPANY"}]}
//
// Offsets are always in code points (Python string indices), whatever the
// JSON writer's options; an invalid byte counts as one, as in chipner/json.h.
//
// CONLL. One token per line, a tab, its BIO tag (IOB2: every entity starts
// with B-), and one blank line after every document; an empty document is
// that blank line alone, so a reader that ends a document at each blank line
// gets exactly one document per input:
//
//   Huawei	B-COMPANY
//   Ascend	B-CHIP
//   910C	I-CHIP
//   is	O
//
// Tokens are chipner's own (a run of letters and digits, one Han character,
// or one symbol; whitespace separates). A token that an entity boundary
// cuts is split there, so the tags rebuild exactly the entities' spans:
// find each token in the text after the previous one; an entity runs from
// its B- token's start to the end of the last I- token that follows.
//
// All functions here are thread-safe (they keep no state between calls) and
// take time linear in the length of the text. `entities` must be sorted by
// begin and must not overlap, as Extractor::extract() returns them.

#ifndef CHIPNER_FORMATS_H_
#define CHIPNER_FORMATS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "chipner/entity.h"
#include "chipner/export.h"

namespace chipner {

struct HtmlOptions {
  std::string_view title = "chipner";  // the page's <title> and heading
};

// Appends the start of an HTML page: doctype, head with the style sheet, the
// heading and the legend of the built-in types.
CHIPNER_EXPORT void append_html_head(std::string& out,
                                     const HtmlOptions& options);

// Appends one document as a numbered <section>: the text with each entity
// highlighted, then a table of the entities and their values. `name` (a
// record's id, say) is shown in the section's heading when not empty.
CHIPNER_EXPORT void append_html_document(std::string& out,
                                         std::string_view text,
                                         std::span<const Entity> entities,
                                         std::string_view name = {});

// Appends an error in place of a document that could not be read (the
// error object of the JSON output), as a section of its own.
CHIPNER_EXPORT void append_html_error(std::string& out,
                                      std::string_view message,
                                      std::uint64_t line);

// Appends the end of the page, with the script that adds custom labels to
// the legend and counts the entities of each type.
CHIPNER_EXPORT void append_html_foot(std::string& out);

// Appends `utf8` escaped for HTML text and attribute values (& < > " ').
// Invalid UTF-8 and control characters other than tab and line ends become
// U+FFFD.
CHIPNER_EXPORT void append_html_escaped(std::string& out,
                                        std::string_view utf8);

// Appends {"text":…,"ents":[{"start":…,"end":…,"label":…}]} (no newline).
CHIPNER_EXPORT void append_spacy_json(std::string& out, std::string_view text,
                                      std::span<const Entity> entities);

// Appends the token lines of one document and the blank line that ends it.
CHIPNER_EXPORT void append_conll(std::string& out, std::string_view text,
                                 std::span<const Entity> entities);

}  // namespace chipner

#endif  // CHIPNER_FORMATS_H_
