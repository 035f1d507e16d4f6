// fuzz/replay_main.cc: a main() for fuzz targets built without libFuzzer
// (fmt's FMT_FUZZ_LINKMAIN), so every seed runs as an ordinary CTest test
// under GCC and the sanitizers.
//
//   extract_fuzzer_replay FILE_OR_DIR...
//
// Each argument is a file (one input) or a directory (every regular file in
// it, in sorted order so failures reproduce). A missing directory is skipped:
// the corpus seeds exist only where ../shared does. Exits 1 if no input was
// found at all, so a broken seed path cannot pass silently.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size);

namespace {

bool run_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
    return false;
  }
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
  // A heap block of exactly `size` bytes, as libFuzzer passes (never a null
  // pointer, even when empty), so ASan catches a read one past the end.
  const std::size_t size = bytes.size();
  const auto data = std::make_unique<std::uint8_t[]>(size == 0 ? 1 : size);
  std::copy(bytes.begin(), bytes.end(), data.get());
  std::fprintf(stderr, "replay: %s (%zu bytes)\n", path.c_str(), size);
  LLVMFuzzerTestOneInput(data.get(), size);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::error_code error;
    if (std::filesystem::is_directory(arg, error)) {
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::directory_iterator(arg)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& file : files) inputs += run_file(file) ? 1 : 0;
    } else if (std::filesystem::exists(arg, error)) {
      if (!run_file(arg)) return 1;
      ++inputs;
    } else {
      std::fprintf(stderr, "replay: %s does not exist, skipped\n", argv[i]);
    }
  }
  if (inputs == 0) {
    std::fprintf(stderr, "replay: no inputs\n");
    return 1;
  }
  std::printf("replay: %zu inputs passed\n", inputs);
  return 0;
}
