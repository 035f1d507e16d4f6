// util/flat_array.h: an array that owns its elements or views someone
// else's.
//
// The tables of the dictionary layer (util/flat_hash.h, dict::PhraseMatcher,
// dict::EntryTable) are built in memory, or used in place from a compiled
// dictionary snapshot that is memory-mapped (dict/snapshot_reader.h). Their
// lookups read every array through one span, so the code is the same for
// both and the mapped file is never copied. Building appends to the owned
// vector and re-points the span.
//
// Copies of an owning array own a copy of the elements; copies of a borrowing
// one borrow the same elements (whoever lent them keeps them alive: the
// Dictionary holds the mapping).

#ifndef CHIPNER_UTIL_FLAT_ARRAY_H_
#define CHIPNER_UTIL_FLAT_ARRAY_H_

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace chipner::util {

template <typename T>
class FlatArray {
 public:
  FlatArray() = default;
  explicit FlatArray(std::vector<T> elements) : owned_(std::move(elements)) {
    view_ = owned_;
  }
  // A read-only view of `elements`, which must outlive every use.
  static FlatArray borrow(std::span<const T> elements) {
    FlatArray array;
    array.view_ = elements;
    array.borrowed_ = true;
    return array;
  }

  FlatArray(const FlatArray& other)
      : owned_(other.owned_), borrowed_(other.borrowed_) {
    view_ = borrowed_ ? other.view_ : std::span<const T>(owned_);
  }
  FlatArray& operator=(const FlatArray& other) {
    if (this != &other) *this = FlatArray(other);
    return *this;
  }
  // Moving a vector keeps its buffer, so the view stays valid.
  FlatArray(FlatArray&& other) noexcept
      : owned_(std::move(other.owned_)),
        view_(std::exchange(other.view_, {})),
        borrowed_(other.borrowed_) {}
  FlatArray& operator=(FlatArray&& other) noexcept {
    owned_ = std::move(other.owned_);
    view_ = std::exchange(other.view_, {});
    borrowed_ = other.borrowed_;
    return *this;
  }
  ~FlatArray() = default;

  [[nodiscard]] const T& operator[](std::size_t i) const noexcept {
    return view_[i];
  }
  [[nodiscard]] const T* data() const noexcept { return view_.data(); }
  [[nodiscard]] std::size_t size() const noexcept { return view_.size(); }
  [[nodiscard]] bool empty() const noexcept { return view_.empty(); }
  [[nodiscard]] const T* begin() const noexcept { return view_.data(); }
  [[nodiscard]] const T* end() const noexcept {
    return view_.data() + view_.size();
  }
  [[nodiscard]] std::span<const T> span() const noexcept { return view_; }
  [[nodiscard]] bool is_borrowed() const noexcept { return borrowed_; }

  // Building: `edit` gets the vector to change, and the view follows it. A
  // borrowed array copies its elements first and owns them from then on.
  template <typename Edit>
  void edit(Edit&& edit) {
    if (borrowed_) {
      owned_.assign(view_.begin(), view_.end());
      borrowed_ = false;
    }
    std::forward<Edit>(edit)(owned_);
    view_ = owned_;
  }

 private:
  std::vector<T> owned_;
  std::span<const T> view_;
  bool borrowed_ = false;
};

}  // namespace chipner::util

#endif  // CHIPNER_UTIL_FLAT_ARRAY_H_
