#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <iterator>

#include <sys/stat.h>

namespace chipner::cli {
namespace {

// "12.6 MB": decimal units, as disks and network rates are quoted.
std::string human_bytes(double bytes) {
  static constexpr const char* kUnits[] = {"B", "kB", "MB", "GB", "TB"};
  std::size_t unit = 0;
  while (bytes >= 1000.0 && unit + 1 < std::size(kUnits))
    bytes /= 1000.0, ++unit;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", bytes,
                kUnits[unit]);
  return buffer;
}

// "1:02:03" or "2:03".
std::string human_duration(double seconds) {
  const auto total = static_cast<std::uint64_t>(std::llround(seconds));
  char buffer[32];
  if (total >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%" PRIu64 ":%02" PRIu64 ":%02" PRIu64,
                  total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%" PRIu64 ":%02" PRIu64, total / 60,
                  total % 60);
  }
  return buffer;
}

bool is_regular_file(const std::string& name, std::uint64_t* size) {
  struct stat info {};
  const int status =
      name == "-" ? ::fstat(STDIN_FILENO, &info) : ::stat(name.c_str(), &info);
  if (status != 0 || !S_ISREG(info.st_mode)) return false;
  if (size != nullptr) *size = static_cast<std::uint64_t>(info.st_size);
  return true;
}

}  // namespace

Progress::Progress(std::FILE* out, std::optional<std::uint64_t> total_bytes,
                   bool in_place, Clock::duration interval)
    : out_(out),
      total_bytes_(total_bytes),
      in_place_(in_place),
      interval_(interval),
      start_(Clock::now()),
      last_print_(start_) {}

void Progress::update(std::uint64_t bytes, std::uint64_t documents) {
  bytes_ = bytes;
  documents_ = documents;
  const Clock::time_point now = Clock::now();
  if (now - last_print_ < interval_) return;
  last_print_ = now;
  print(false);
}

void Progress::finish(std::uint64_t bytes, std::uint64_t documents) {
  if (finished_) return;
  finished_ = true;
  bytes_ = bytes;
  documents_ = documents;
  print(true);
}

std::string Progress::format(std::uint64_t bytes, std::uint64_t documents,
                             std::optional<std::uint64_t> total_bytes,
                             double seconds, bool done) {
  std::string line = "chipner: " + human_bytes(static_cast<double>(bytes));
  if (total_bytes) {
    line += " / " + human_bytes(static_cast<double>(*total_bytes));
    if (*total_bytes > 0) {
      const auto percent = static_cast<unsigned>(
          100.0 * static_cast<double>(std::min(bytes, *total_bytes)) /
          static_cast<double>(*total_bytes));
      line += " (" + std::to_string(percent) + "%)";
    }
  }
  line += ", " + std::to_string(documents) + " docs";
  const double rate = seconds > 0 ? static_cast<double>(bytes) / seconds : 0.0;
  if (seconds > 0) line += ", " + human_bytes(rate) + "/s";
  if (done) {
    line += ", done in " + human_duration(seconds);
  } else if (total_bytes && rate > 0 && *total_bytes > bytes) {
    line += ", ETA " +
            human_duration(static_cast<double>(*total_bytes - bytes) / rate);
  }
  return line;
}

void Progress::print(bool done) {
  const double seconds =
      std::chrono::duration<double>(Clock::now() - start_).count();
  const std::string line =
      format(bytes_, documents_, total_bytes_, seconds, done);
  // "\x1b[K" clears what a longer previous line left on the terminal.
  if (in_place_) {
    std::fprintf(out_, "\r%s\x1b[K%s", line.c_str(), done ? "\n" : "");
  } else {
    std::fprintf(out_, "%s\n", line.c_str());
  }
  std::fflush(out_);
}

bool progress_wanted(std::optional<bool> forced,
                     const std::vector<std::string>& inputs) {
  if (forced) return *forced;
  if (::isatty(STDERR_FILENO) == 0) return false;
  return total_input_size(inputs).has_value();
}

std::optional<std::uint64_t> total_input_size(
    const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  if (inputs.empty()) {
    if (!is_regular_file("-", &total)) return std::nullopt;
    return total;
  }
  for (const std::string& name : inputs) {
    std::uint64_t size = 0;
    if (!is_regular_file(name, &size)) return std::nullopt;
    total += size;
  }
  return total;
}

}  // namespace chipner::cli
