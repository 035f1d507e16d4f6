// chipner/entity.h: what extraction returns.
//
// An Entity is a plain aggregate: a type, a half-open range of UTF-8 byte
// offsets into the text passed to extract(), and the values of its type.
//
// LIFETIMES. `text` points into the caller's input and is valid as long as
// that input is. `label`, `id`, `canonical`, `vendor`, `family`, `foundry` and
// `currency` point into the Extractor's immutable storage (or static data)
// and are valid while any copy of the Extractor that produced them is alive.

#ifndef CHIPNER_ENTITY_H_
#define CHIPNER_ENTITY_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "chipner/export.h"

namespace chipner {

// The built-in types of ../shared/spec/ENTITIES.md; kCustom for a label that
// a user's dictionary defines (then Entity::label names it).
enum class EntityType : std::uint8_t {
  kCompany,
  kChip,
  kProcessNode,
  kMoney,
  kCustom,
};

// "COMPANY", "CHIP", "PROCESS_NODE", "MONEY", or "CUSTOM".
CHIPNER_EXPORT std::string_view to_string(EntityType type) noexcept;

// The built-in type named by `label` ("COMPANY" → kCompany); kCustom for any
// other label.
CHIPNER_EXPORT EntityType
entity_type_from_label(std::string_view label) noexcept;

// CHIP values. Empty views where not known.
struct ChipInfo {
  std::string_view vendor;  // a COMPANY id, e.g. "huawei"
  std::string_view family;  // e.g. "Ascend"
};

// PROCESS_NODE values.
struct NodeInfo {
  std::optional<double> nm;  // node class in nanometres (N+2 → 7, 1,4-нм → 1.4)
  std::string_view foundry;  // a COMPANY id, e.g. "smic"; empty if not known
};

// MONEY values.
struct MoneyInfo {
  std::optional<double> amount;      // scale applied; empty for vague amounts
  std::optional<double> amount_max;  // upper end of a range
  std::string_view currency;         // ISO 4217, e.g. "USD"
  bool currency_ambiguous = false;   // a bare "$" or "¥" resolved by default
};

// What produced an entity, for explanations (the CLI's --explain).
enum class EntityOrigin : std::uint8_t {
  kDictionary,  // a dictionary alias: Entity::source and line name the entry
  kRule,        // a rule or gazetteer line: source and line name it
  kGrammar,     // a C++ grammar: source names it ("grammar/money"), line 0
};

struct Entity {
  EntityType type = EntityType::kCustom;
  std::string_view label;   // "COMPANY", …, or the custom label
  std::uint32_t begin = 0;  // UTF-8 byte offset of the first byte
  std::uint32_t end = 0;    // UTF-8 byte offset one past the last byte
  std::string_view text;    // the span itself, a view into the input

  std::string_view id;  // dictionary id; empty for grammar finds
  // Display name from the dictionary or rule; for a CHIP found by a
  // model-number rule that names none, the model as written (then, like
  // `text`, a view into the input).
  std::string_view canonical;

  std::optional<ChipInfo> chip;
  std::optional<NodeInfo> node;
  std::optional<MoneyInfo> money;

  // Provenance: `source` is the file ("<embedded>/chips.tsv" for a built-in
  // one, the path or display name of a user's) or grammar name, `line` the
  // 1-based line of the entry or rule (0 for grammars). `source` lives as
  // long as the Extractor.
  EntityOrigin origin = EntityOrigin::kGrammar;
  std::string_view source;
  std::uint32_t line = 0;

  // Only with Options::all_candidates: true for a candidate the resolver set
  // aside because it overlaps a chosen entity. Such an entity is never part
  // of the plain (non-overlapping) result.
  bool discarded = false;
};

}  // namespace chipner

#endif  // CHIPNER_ENTITY_H_
