#include "rules/rule.h"

#include <algorithm>
#include <string>

namespace chipner::rules {

bool is_valid_label(std::string_view label) noexcept {
  const auto is_letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  };
  if (label.empty() || !is_letter(label.front())) return false;
  return std::all_of(label.begin(), label.end(), [&](char c) {
    return is_letter(c) || (c >= '0' && c <= '9') || c == '-';
  });
}

void check_company_reference(const RuleContext& context, std::string_view ref,
                             std::string_view what, const Diagnostic& where,
                             std::vector<Diagnostic>& diagnostics) {
  if (ref.empty() || context.dictionary == nullptr) return;
  const dict::EntryTable& entries = *context.dictionary;
  const std::uint32_t entry = entries.find_id(ref);
  if (entry != dict::EntryTable::kMissing &&
      entries.type(entry) == EntityType::kCompany) {
    return;
  }
  Diagnostic diagnostic = where;
  diagnostic.code = ErrorCode::kUnknownReference;
  diagnostic.message = std::string(what) + " '" + std::string(ref) +
                       "' is not the id of a COMPANY entry";
  diagnostics.push_back(std::move(diagnostic));
}

}  // namespace chipner::rules
