// A program that uses an installed chipner, as a user's would.
#include <iostream>

#include <chipner/chipner.h>

int main() {
  auto extractor = chipner::Extractor::create();
  if (!extractor) {
    std::cerr << extractor.error().to_string();
    return 1;
  }
  for (const chipner::Entity& e : extractor->extract("Huawei Ascend 910C")) {
    std::cout << e.label << ' ' << e.text << '\n';
  }
  return 0;
}
