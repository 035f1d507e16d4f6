#include "chipner/error.h"

#include <array>

namespace chipner {

std::string_view to_string(ErrorCode code) noexcept {
  static constexpr std::array<std::string_view, 25> kNames{"ok",
                                                           "io-error",
                                                           "missing-header",
                                                           "unknown-column",
                                                           "missing-column",
                                                           "wrong-field-count",
                                                           "bad-type",
                                                           "bad-id",
                                                           "duplicate-id",
                                                           "empty-canonical",
                                                           "bad-number",
                                                           "unknown-reference",
                                                           "duplicate-alias",
                                                           "empty-alias",
                                                           "unsorted",
                                                           "invalid-utf8",
                                                           "too-many-errors",
                                                           "bad-json",
                                                           "unknown-key",
                                                           "bad-pattern",
                                                           "bad-regex",
                                                           "bad-gazetteer",
                                                           "bad-snapshot",
                                                           "stale-snapshot",
                                                           "snapshot-conflict"};
  const auto index = static_cast<std::size_t>(code);
  return index < kNames.size() ? kNames[index] : "unknown";
}

std::string Diagnostic::to_string() const {
  std::string out;
  if (!source.empty()) {
    out += source;
    if (line > 0) out.append(":").append(std::to_string(line));
    if (line > 0 && column > 0) out.append(":").append(std::to_string(column));
    out += ": ";
  }
  out += message;
  out.append(" [E")
      .append(std::to_string(static_cast<unsigned>(code)))
      .append("]");
  return out;
}

ErrorCode Error::code() const noexcept {
  return diagnostics_.empty() ? ErrorCode::kOk : diagnostics_.front().code;
}

std::string Error::to_string() const {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics_)
    out += diagnostic.to_string() + "\n";
  return out;
}

}  // namespace chipner
