// chipner/extractor.h: the entity extractor.
//
// chipner finds companies, chips, semiconductor process nodes and money amounts
// in English and Russian (and Chinese) text, by dictionaries and grammars: no
// model, deterministic, explainable.
//
//   #include <chipner/chipner.h>
//
//   auto extractor = chipner::Extractor::create();
//   if (!extractor) { /* extractor.error().to_string() names file:line */ }
//   for (const chipner::Entity& e : extractor->extract("Huawei Ascend 910C")) {
//     // e.label == "COMPANY", e.text == "Huawei", e.id == "huawei"; then
//     // e.label == "CHIP", e.text == "Ascend 910C", e.chip->vendor == "huawei"
//   }
//
// TWO PHASES. create() loads and compiles the dictionaries; it may fail, and
// then reports every bad line it found. The Extractor it returns is immutable:
// extract() is const, noexcept, and safe to call from any number of threads
// at once on the same Extractor. Copies are cheap and share the compiled
// state.
//
// INPUT. Any byte sequence is valid input. Text is read as UTF-8; a byte that
// does not begin or continue a valid UTF-8 sequence acts as a separator (like
// a space) and never shifts offsets. Offsets are UTF-8 byte offsets into the
// input; chipner/offsets.h converts them to code points or UTF-16 units.
//
// COMPLEXITY. extract() runs in time linear in the length of the input; the
// size of the dictionaries affects only constant factors.
//
// ALLOCATION. Each extract() call without a Workspace allocates its scratch
// memory. Pass one Workspace per thread to reuse it: in steady state the call
// then allocates only when the output vector grows. If allocation fails
// inside extract(), the program terminates (extract is noexcept).

#ifndef CHIPNER_EXTRACTOR_H_
#define CHIPNER_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "chipner/entity.h"
#include "chipner/error.h"
#include "chipner/export.h"
#include "chipner/options.h"

namespace chipner {

namespace internal {
struct ExtractorImpl;
struct WorkspaceImpl;
}  // namespace internal

// Scratch memory for extract(), reusable across calls. Not thread-safe: use
// one per thread. Movable, not copyable.
class CHIPNER_EXPORT Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(Workspace&& other) noexcept;
  Workspace& operator=(Workspace&& other) noexcept;
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

 private:
  friend class Extractor;
  std::unique_ptr<internal::WorkspaceImpl> impl_;
};

class CHIPNER_EXPORT Extractor {
 public:
  // Builds an extractor. On failure the Error lists every problem found (up to
  // Options::max_diagnostics), each with its source, line and column.
  // May throw std::bad_alloc.
  [[nodiscard]] static Result<Extractor> create(const Options& options = {});

  // The entities of `utf8`, sorted by `begin`, never overlapping.
  [[nodiscard]] std::vector<Entity> extract(
      std::string_view utf8) const noexcept;

  // Appends the entities of `utf8` to `out` (which is not cleared), using
  // `workspace` for scratch memory.
  void extract(std::string_view utf8, Workspace& workspace,
               std::vector<Entity>& out) const noexcept;

  // Number of dictionary entries and of aliases loaded.
  [[nodiscard]] std::size_t dictionary_size() const noexcept;
  [[nodiscard]] std::size_t alias_count() const noexcept;

  // Number of rules loaded (rule files and gazetteers, embedded ones
  // included).
  [[nodiscard]] std::size_t rule_count() const noexcept;

 private:
  explicit Extractor(std::shared_ptr<const internal::ExtractorImpl> impl)
      : impl_(std::move(impl)) {}
  std::shared_ptr<const internal::ExtractorImpl> impl_;
};

}  // namespace chipner

#endif  // CHIPNER_EXTRACTOR_H_
