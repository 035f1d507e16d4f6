// dict/entry.h: one dictionary entry and its aliases, as loaded.

#ifndef CHIPNER_DICT_ENTRY_H_
#define CHIPNER_DICT_ENTRY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chipner/entity.h"

namespace chipner::dict {

struct Alias {
  std::string text;             // as written, without the "=" prefix
  bool case_sensitive = false;  // written with "=": compare case patterns too
  std::uint32_t column = 0;     // 1-based byte column of the aliases field
};

struct Entry {
  std::string label;  // "COMPANY", "CHIP", … or a custom label
  EntityType type = EntityType::kCustom;
  std::string id;
  std::string canonical;
  std::string country;
  std::string vendor;
  std::string family;
  std::string foundry;
  std::optional<double> nm;
  std::vector<Alias> aliases;

  std::string source;  // where it was defined, for diagnostics and --explain
  std::uint32_t line = 0;
};

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_ENTRY_H_
