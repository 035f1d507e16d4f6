// The HTML view of chipner/formats.h.
//
// The page must work offline and from a file:// URL, so the style sheet and
// the script are inline. Documents are written one at a time by several
// threads and concatenated later, so nothing on the page may depend on
// counting them while writing: the section numbers are a CSS counter, and
// the legend's per-type counts and custom labels are filled in by the script
// at the end, from the marks themselves.

#include <cstdint>
#include <string>

#include "chipner/formats.h"
#include "output/number_format.h"
#include "text/utf8.h"

namespace chipner {
namespace {

// The colours of displaCy's entity view where a type has a counterpart
// there (ORG, PRODUCT, MONEY), so the two views read alike.
struct BuiltinColour {
  std::string_view label;
  std::string_view colour;
};
constexpr BuiltinColour kBuiltinColours[] = {
    {"COMPANY", "#7aecec"},
    {"CHIP", "#bfeeb7"},
    {"PROCESS_NODE", "#aa9cfc"},
    {"MONEY", "#feca74"},
};

constexpr std::string_view kStyle = R"css(
:root{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1d1d1f;background:#fafafa}
body{margin:0 auto;max-width:60rem;padding:1rem 1.5rem 3rem;counter-reset:doc}
header{position:sticky;top:0;background:#fafafa;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}
h1{font-size:1.3rem;margin:.2rem 0 .5rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem}
.key{padding:.1rem .5rem;border-radius:.35rem;font-size:.8rem;font-weight:600}
.key small{font-weight:400;margin-left:.3rem}
section{counter-increment:doc;background:#fff;border:1px solid #e3e3e3;border-radius:.5rem;margin:1rem 0;padding:.6rem 1rem}
section h2{font-size:.9rem;color:#666;margin:0 0 .4rem;font-weight:600}
section h2::before{content:"#" counter(doc) " "}
.text{white-space:pre-wrap;line-height:2.1;font-size:1rem;overflow-wrap:anywhere}
mark{padding:.15em .3em;border-radius:.3em;color:inherit;cursor:help}
mark::after{content:attr(data-type);font-size:.55em;font-weight:700;margin-left:.35em;vertical-align:middle;opacity:.75}
mark:hover{outline:2px solid #333}
table{border-collapse:collapse;margin-top:.6rem;font-size:.8rem;width:100%;table-layout:fixed}
th:nth-child(1){width:2rem}th:nth-child(2){width:8.5rem}th:nth-child(3){width:28%}th:nth-child(4){width:6.5rem}
td{overflow-wrap:anywhere}
th,td{text-align:left;border-top:1px solid #eee;padding:.2rem .4rem;vertical-align:top}
th{color:#666;font-weight:600}
td.v{color:#444}
.error{border-color:#e88;background:#fff4f4}
)css";

// Adds the script after the last section: counting marks per type is done
// once, in the browser, because the writers run in parallel.
constexpr std::string_view kScript = R"js(
(function(){
  var counts={},order=[],colour={};
  document.querySelectorAll('mark[data-type]').forEach(function(m){
    var t=m.getAttribute('data-type');
    if(!(t in counts)){counts[t]=0;order.push(t);colour[t]=m.style.background;}
    counts[t]++;
  });
  var legend=document.getElementById('legend');
  order.forEach(function(t){
    var keys=legend.querySelectorAll('.key'),key=null;
    for(var i=0;i<keys.length;i++)if(keys[i].getAttribute('data-legend')===t)key=keys[i];
    if(!key){
      key=document.createElement('span');key.className='key';
      key.setAttribute('data-legend',t);key.textContent=t;
      key.style.background=colour[t];legend.appendChild(key);
    }
    var n=document.createElement('small');n.textContent=String(counts[t]);key.appendChild(n);
  });
  var total=document.getElementById('total');
  if(total)total.textContent=document.querySelectorAll('section').length+' documents, '+
    document.querySelectorAll('mark[data-type]').length+' entities';
})();
)js";

std::string_view builtin_colour(std::string_view label) {
  for (const BuiltinColour& entry : kBuiltinColours)
    if (entry.label == label) return entry.colour;
  return {};
}

// A light colour for a custom label, from its FNV-1a hash: the same label
// gets the same colour on every page and in every run.
void append_custom_colour(std::string& out, std::string_view label) {
  std::uint32_t hash = 2166136261U;
  for (const char c : label) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619U;
  }
  out += "hsl(";
  output::append_unsigned(out, hash % 360U);
  out += ",75%,";
  output::append_unsigned(out, 78U + (hash >> 16U) % 10U);
  out += "%)";
}

// The style="" of an entity's mark or table cell.
void append_colour_style(std::string& out, std::string_view label) {
  out += " style=\"background:";
  const std::string_view colour = builtin_colour(label);
  if (colour.empty()) {
    append_custom_colour(out, label);
  } else {
    out += colour;
  }
  out += '"';
}

// An amount for people: digit groups for whole numbers ("1 500 000 000"),
// the JSON form otherwise.
void append_amount(std::string& out, double value) {
  std::string digits;
  output::append_number(digits, value);
  if (digits.find_first_not_of("-0123456789") != std::string::npos) {
    out += digits;
    return;
  }
  const std::size_t sign = digits[0] == '-' ? 1 : 0;
  out.append(digits, 0, sign);
  for (std::size_t i = sign; i < digits.size(); ++i) {
    if (i > sign && (digits.size() - i) % 3 == 0) out += "\u202F";
    out += digits[i];
  }
}

// One "name: value" of the values list; `separator` goes before it.
void append_value(std::string& out, std::string_view separator,
                  std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out += separator;
  out += name;
  out += ": ";
  append_html_escaped(out, value);
}

// The values of `entity`, one per line (for a title attribute, where
// "&#10;" is a line break) or separated by `separator`.
void append_values(std::string& out, const Entity& entity,
                   std::string_view separator) {
  append_value(out, separator, "canonical", entity.canonical);
  append_value(out, separator, "id", entity.id);
  if (entity.chip) {
    append_value(out, separator, "vendor", entity.chip->vendor);
    append_value(out, separator, "family", entity.chip->family);
  }
  if (entity.node) {
    if (entity.node->nm) {
      out += separator;
      out += "nm: ";
      append_amount(out, *entity.node->nm);
    }
    append_value(out, separator, "foundry", entity.node->foundry);
  }
  if (entity.money) {
    out += separator;
    out += "amount: ";
    if (entity.money->amount) {
      append_amount(out, *entity.money->amount);
    } else {
      out += "vague";
    }
    if (entity.money->amount_max) {
      out += separator;
      out += "amount_max: ";
      append_amount(out, *entity.money->amount_max);
    }
    append_value(out, separator, "currency", entity.money->currency);
    if (entity.money->currency_ambiguous) out += " (assumed)";
  }
}

void append_mark(std::string& out, std::string_view text,
                 const Entity& entity) {
  out += "<mark data-type=\"";
  append_html_escaped(out, entity.label);
  out += '"';
  append_colour_style(out, entity.label);
  out += " title=\"";
  append_html_escaped(out, entity.label);
  append_values(out, entity, "&#10;");
  out += "\">";
  append_html_escaped(out,
                      text.substr(entity.begin, entity.end - entity.begin));
  out += "</mark>";
}

void append_table(std::string& out, std::string_view text,
                  std::span<const Entity> entities) {
  out +=
      "<table><thead><tr><th>#</th><th>type</th><th>text</th>"
      "<th>bytes</th><th>values</th></tr></thead><tbody>\n";
  std::uint64_t number = 0;
  for (const Entity& entity : entities) {
    if (entity.end < entity.begin || entity.end > text.size()) continue;
    out += "<tr><td>";
    output::append_unsigned(out, ++number);
    out += "</td><td><span class=\"key\"";
    append_colour_style(out, entity.label);
    out += '>';
    append_html_escaped(out, entity.label);
    out += "</span></td><td>";
    append_html_escaped(out,
                        text.substr(entity.begin, entity.end - entity.begin));
    out += "</td><td>";
    output::append_unsigned(out, entity.begin);
    out += "&ndash;";
    output::append_unsigned(out, entity.end);
    out += "</td><td class=\"v\">";
    std::string values;
    append_values(values, entity, " &middot; ");
    // The first separator is not wanted: values start the cell.
    constexpr std::string_view kFirst = " &middot; ";
    out += std::string_view(values).substr(
        values.starts_with(kFirst) ? kFirst.size() : 0);
    out += "</td></tr>\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace

void append_html_escaped(std::string& out, std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80) {
      switch (byte) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        case '\t':
        case '\n':
        case '\r':
          out.push_back(static_cast<char>(byte));
          break;
        default:
          // Other C0 controls and DEL are not allowed in HTML text.
          if (byte < 0x20 || byte == 0x7F) {
            text::append_utf8(out, text::kReplacementCharacter);
          } else {
            out.push_back(static_cast<char>(byte));
          }
      }
      ++pos;
      continue;
    }
    pos += text::append_valid_or_replacement(out, utf8, pos);
  }
}

void append_html_head(std::string& out, const HtmlOptions& options) {
  out +=
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<meta name=\"generator\" content=\"chipner\">\n"
      "<title>";
  append_html_escaped(out, options.title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style></head>\n<body>\n<header><h1>";
  append_html_escaped(out, options.title);
  out += R"( <small id="total"></small></h1>
<div class="legend" id="legend">)";
  for (const BuiltinColour& entry : kBuiltinColours) {
    out += R"(<span class="key" data-legend=")";
    out += entry.label;
    out += R"(" style="background:)";
    out += entry.colour;
    out += R"(">)";
    out += entry.label;
    out += "</span>";
  }
  out += "</div></header>\n<main>\n";
}

void append_html_document(std::string& out, std::string_view text,
                          std::span<const Entity> entities,
                          std::string_view name) {
  out += "<section><h2>";
  append_html_escaped(out, name);
  out += "</h2>\n<div class=\"text\">";
  std::size_t cursor = 0;
  for (const Entity& entity : entities) {
    // Overlapping or out-of-range entities (never from extract()) are not
    // drawn rather than drawn wrong.
    if (entity.begin < cursor || entity.end < entity.begin ||
        entity.end > text.size())
      continue;
    append_html_escaped(out, text.substr(cursor, entity.begin - cursor));
    append_mark(out, text, entity);
    cursor = entity.end;
  }
  append_html_escaped(out, text.substr(cursor));
  out += "</div>\n";
  if (!entities.empty()) append_table(out, text, entities);
  out += "</section>\n";
}

void append_html_error(std::string& out, std::string_view message,
                       std::uint64_t line) {
  out += "<section class=\"error\"><h2>line ";
  output::append_unsigned(out, line);
  out += ": error</h2>\n<div class=\"text\">";
  append_html_escaped(out, message);
  out += "</div></section>\n";
}

void append_html_foot(std::string& out) {
  out += "</main>\n<script>";
  out += kScript;
  out += "</script>\n</body></html>\n";
}

}  // namespace chipner
