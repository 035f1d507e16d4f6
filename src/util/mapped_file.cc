#include "util/mapped_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <sys/mman.h>
#include <sys/stat.h>

namespace chipner::util {

std::unique_ptr<MappedFile> MappedFile::open(const std::string& path,
                                             std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return nullptr;
  }
  struct stat status {};
  if (::fstat(fd, &status) != 0) {
    error = std::strerror(errno);
    ::close(fd);
    return nullptr;
  }
  if (!S_ISREG(status.st_mode)) {
    error =
        S_ISDIR(status.st_mode) ? "is a directory" : "is not a regular file";
    ::close(fd);
    return nullptr;
  }
  const auto size = static_cast<std::size_t>(status.st_size);
  if (size == 0) {
    ::close(fd);
    return std::unique_ptr<MappedFile>(new MappedFile(nullptr, 0));
  }
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int map_errno = errno;
  // The mapping keeps the file; the descriptor is not needed any more.
  ::close(fd);
  if (data == MAP_FAILED) {
    error = std::strerror(map_errno);
    return nullptr;
  }
  return std::unique_ptr<MappedFile>(
      new MappedFile(static_cast<const char*>(data), size));
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): munmap's type
    ::munmap(const_cast<char*>(data_), size_);
  }
}

}  // namespace chipner::util
