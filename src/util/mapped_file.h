// util/mapped_file.h: a whole file mapped read-only into memory.
//
// Compiled dictionaries (dict/snapshot_reader.h) are used in place: mapping
// costs no reading and no copying, pages come in from the page cache as the
// tables touch them, and processes that map the same file share its pages.
// POSIX mmap(PROT_READ, MAP_PRIVATE); the mapping lives as long as the
// object, which is not copyable.

#ifndef CHIPNER_UTIL_MAPPED_FILE_H_
#define CHIPNER_UTIL_MAPPED_FILE_H_

#include <cstddef>
#include <memory>
#include <span>
#include <string>

namespace chipner::util {

class MappedFile {
 public:
  // Maps the file at `path`, or returns null and sets `error` to what failed
  // (strerror's text). An empty file maps to no bytes.
  static std::unique_ptr<MappedFile> open(const std::string& path,
                                          std::string& error);

  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  MappedFile(MappedFile&&) = delete;
  MappedFile& operator=(MappedFile&&) = delete;
  ~MappedFile();

  // The file's bytes; the start is page-aligned.
  [[nodiscard]] std::span<const char> bytes() const noexcept {
    return {data_, size_};
  }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}

  const char* data_;
  std::size_t size_;
};

}  // namespace chipner::util

#endif  // CHIPNER_UTIL_MAPPED_FILE_H_
