// chipner/error.h: errors of the build phase, and Result<T>.
//
// Only building an Extractor (or compiling a dictionary) can fail: a
// dictionary file that does not parse, an id that is used twice, a file that
// cannot be read. Extraction itself never fails: every byte sequence is
// valid input.
//
// Result<T> uses the vocabulary of C++23 std::expected (has_value(),
// operator bool, *, ->, value(), error()), so moving to std::expected is a
// rename.
//
//   auto extractor = chipner::Extractor::create(options);
//   if (!extractor) {
//     std::cerr << extractor.error().to_string();
//     return 2;
//   }
//   auto entities = extractor->extract(text);

#ifndef CHIPNER_ERROR_H_
#define CHIPNER_ERROR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "chipner/export.h"

namespace chipner {

// What went wrong. The numeric values are stable: they appear in messages as
// [E<number>] and are documented in docs/errors.md.
enum class ErrorCode : std::uint16_t {
  kOk = 0,
  kIoError = 1,            // a file could not be opened or read
  kMissingHeader = 2,      // a dictionary has no header line
  kUnknownColumn = 3,      // the header names a column chipner does not know
  kMissingColumn = 4,      // the header lacks a required column
  kWrongFieldCount = 5,    // a line has more or fewer fields than the header
  kBadType = 6,            // the type is not a label ([A-Z][A-Z0-9_]*)
  kBadId = 7,              // the id is empty or not [a-z0-9][a-z0-9.+_-]*
  kDuplicateId = 8,        // the id is used by another entry
  kEmptyCanonical = 9,     // the canonical name is empty
  kBadNumber = 10,         // a numeric field (nm) does not parse
  kUnknownReference = 11,  // vendor or foundry names no COMPANY id
  kDuplicateAlias = 12,    // two entries share an alias after folding
  kEmptyAlias = 13,        // an alias with no tokens (e.g. "||" or "=")
  kUnsorted = 14,          // entries are not sorted by id
  kInvalidUtf8 = 15,       // the file is not valid UTF-8
  kTooManyErrors = 16,     // the error cap was reached; later lines unchecked
  kBadJson = 17,           // a rule file line is not a JSON object
  kUnknownKey = 18,        // a rule uses a key chipner does not support
  kBadPattern = 19,        // a rule's pattern or value has the wrong shape
  kBadRegex = 20,          // RE2 rejects a rule's regex
  kBadGazetteer = 21,      // a gazetteer line or list index is malformed
  kBadSnapshot = 22,       // a compiled dictionary is not one, truncated or
                           // damaged
  kStaleSnapshot = 23,     // a compiled dictionary was written by another
                           // chipner build: compile it again
  kSnapshotConflict = 24,  // a compiled dictionary with TSV dictionaries
                           // or another one; or a rule file to compile
};

// A stable short name for `code`, e.g. "duplicate-alias".
CHIPNER_EXPORT std::string_view to_string(ErrorCode code) noexcept;

// One located problem. `line` and `column` are 1-based; 0 means "not known"
// (for example an unreadable file has no line).
struct Diagnostic {
  ErrorCode code = ErrorCode::kOk;
  std::string message;
  std::string source;  // file path, or the display name of in-memory text
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  // "source:line:column: message [E12]", with the parts that are known.
  [[nodiscard]] CHIPNER_EXPORT std::string to_string() const;
};

// The failure of a build-phase call: every problem found, up to a cap, like a
// compiler (a broken dictionary is reported whole, not one line at a time).
class CHIPNER_EXPORT Error {
 public:
  Error() = default;
  explicit Error(std::vector<Diagnostic> diagnostics)
      : diagnostics_(std::move(diagnostics)) {}

  // The code of the first diagnostic, kOk when there is none.
  [[nodiscard]] ErrorCode code() const noexcept;
  [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept {
    return diagnostics_;
  }
  // All diagnostics, one a line, each ending in '\n'.
  [[nodiscard]] std::string to_string() const;

 private:
  std::vector<Diagnostic> diagnostics_;
};

// Either a T or an Error. [[nodiscard]]: a result that is never looked at is a
// bug.
template <typename T>
class [[nodiscard]] Result {
 public:
  // Implicit, as std::expected's: `return Error(...)` and `return value`.
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(T value) : state_(std::move(value)) {}
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}

  [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  // Precondition for these: has_value().
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // Precondition: !has_value().
  const Error& error() const& { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace chipner

#endif  // CHIPNER_ERROR_H_
