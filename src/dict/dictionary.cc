#include "dict/dictionary.h"

#include <string>
#include <unordered_map>
#include <utility>

#include "dict/dictionary_file.h"

namespace chipner::dict {

void Dictionary::add_file(std::string_view contents, std::string_view source,
                          std::vector<Diagnostic>& diagnostics) {
  parse_dictionary_file(contents, source, parsed_, diagnostics);
}

void Dictionary::build(std::vector<Diagnostic>& diagnostics) {
  std::unordered_map<std::string_view, const Entry*> by_id;
  for (const Entry& entry : parsed_) {
    const auto [it, added] = by_id.emplace(entry.id, &entry);
    if (!added) {
      diagnostics.push_back({ErrorCode::kDuplicateId,
                             "id '" + entry.id + "' is already defined at " +
                                 it->second->source + ":" +
                                 std::to_string(it->second->line),
                             entry.source, entry.line, 1});
    }
  }
  const auto check_company = [&](const Entry& entry, const std::string& ref,
                                 std::string_view column) {
    if (ref.empty()) return;
    const auto it = by_id.find(ref);
    if (it == by_id.end() || it->second->type != EntityType::kCompany) {
      diagnostics.push_back({ErrorCode::kUnknownReference,
                             std::string(column) + " '" + ref +
                                 "' is not the id of a COMPANY entry",
                             entry.source, entry.line, 1});
    }
  };
  for (const Entry& entry : parsed_) {
    check_company(entry, entry.vendor, "vendor");
    check_company(entry, entry.foundry, "foundry");
  }
  matcher_.build(parsed_, diagnostics);
  entries_ = EntryTable(parsed_);
  // Extraction reads the table; the parsed entries are hundreds of bytes
  // and several heap blocks each.
  parsed_ = std::vector<Entry>();
}

}  // namespace chipner::dict
