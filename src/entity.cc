#include "chipner/entity.h"

namespace chipner {

std::string_view to_string(EntityType type) noexcept {
  switch (type) {
    case EntityType::kCompany:
      return "COMPANY";
    case EntityType::kChip:
      return "CHIP";
    case EntityType::kProcessNode:
      return "PROCESS_NODE";
    case EntityType::kMoney:
      return "MONEY";
    case EntityType::kCustom:
      break;
  }
  return "CUSTOM";
}

EntityType entity_type_from_label(std::string_view label) noexcept {
  for (const EntityType type : {EntityType::kCompany, EntityType::kChip,
                                EntityType::kProcessNode, EntityType::kMoney}) {
    if (label == to_string(type)) return type;
  }
  return EntityType::kCustom;
}

}  // namespace chipner
