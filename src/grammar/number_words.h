// grammar/number_words.h: the table of number words read by
// parse_number_words() (grammar/number.h). Internal to number.cc: it is a
// header only so that number.cc stays short; the table is built and sorted
// at compile time, so it costs nothing at run time.

#ifndef CHIPNER_GRAMMAR_NUMBER_WORDS_H_
#define CHIPNER_GRAMMAR_NUMBER_WORDS_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace chipner::grammar::number_words {

enum class WordKind : std::uint8_t {
  kUnit,        // 1-9 (en, ru, in any case)
  kTeen,        // 10-19
  kTen,         // 20-90
  kRuHundred,   // сто .. девятьсот
  kHundred,     // "hundred"
  kA,           // "a", "an"
  kHalf,        // "half"
  kOneAndHalf,  // "полтора", "полутора"
  kVague,    // "several", "несколько", "десятки", "сотни"
  kVagueOf,  // "tens", "dozens", "hundreds": take "of"
  kFew,      // "few" after "a"
};

struct NumberWord {
  std::string_view key;
  double value;
  WordKind kind;
};

// Forms of one number (or of consecutive numbers, with `step`), separated
// by spaces: folded keys (lower case, ё as
// е), every case form that news text uses. The Snowball stem is not used
// because numeral stems are too short to tell apart ("пят", "пя").
using K = WordKind;

struct NumberForms {
  std::string_view forms;
  double value;
  WordKind kind;
  double step = 0;  // added to the value for each next form
};

inline constexpr NumberForms kNumberForms[] = {
    // English: units, teens and tens, each form one step above the last.
    {"one two three four five six seven eight nine", 1, K::kUnit, 1},
    {"ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
     "nineteen",
     10, K::kTeen, 1},
    {"twenty thirty forty fifty sixty seventy eighty ninety", 20, K::kTen, 10},
    {"hundred", 100, K::kHundred},
    {"a an", 1, K::kA},
    {"half", 0.5, K::kHalf},
    {"few", 0, K::kFew},
    {"several multiple", 0, K::kVague},
    {"tens dozens hundreds", 0, K::kVagueOf},
    // Russian units, 10-19 and tens.
    {"один одна одно одного одной одному одним одном одну", 1, K::kUnit},
    {"два две двух двум двумя", 2, K::kUnit},
    {"три трех трем тремя", 3, K::kUnit},
    {"четыре четырех четырем четырьмя", 4, K::kUnit},
    {"пять пяти пятью", 5, K::kUnit},
    {"шесть шести шестью", 6, K::kUnit},
    {"семь семи семью", 7, K::kUnit},
    {"восемь восьми восемью восьмью", 8, K::kUnit},
    {"девять девяти девятью", 9, K::kUnit},
    {"десять десяти десятью", 10, K::kTeen},
    {"одиннадцать одиннадцати", 11, K::kTeen},
    {"двенадцать двенадцати", 12, K::kTeen},
    {"тринадцать тринадцати", 13, K::kTeen},
    {"четырнадцать четырнадцати", 14, K::kTeen},
    {"пятнадцать пятнадцати", 15, K::kTeen},
    {"шестнадцать шестнадцати", 16, K::kTeen},
    {"семнадцать семнадцати", 17, K::kTeen},
    {"восемнадцать восемнадцати", 18, K::kTeen},
    {"девятнадцать девятнадцати", 19, K::kTeen},
    {"двадцать двадцати двадцатью", 20, K::kTen},
    {"тридцать тридцати тридцатью", 30, K::kTen},
    {"сорок сорока", 40, K::kTen},
    {"пятьдесят пятидесяти пятьюдесятью", 50, K::kTen},
    {"шестьдесят шестидесяти шестьюдесятью", 60, K::kTen},
    {"семьдесят семидесяти семьюдесятью", 70, K::kTen},
    {"восемьдесят восьмидесяти восемьюдесятью", 80, K::kTen},
    {"девяносто девяноста", 90, K::kTen},
    // Russian hundreds.
    {"сто ста", 100, K::kRuHundred},
    {"двести двухсот двумстам двумястами двухстах", 200, K::kRuHundred},
    {"триста трехсот тремстам тремястами трехстах", 300, K::kRuHundred},
    {"четыреста четырехсот четыремстам четырьмястами четырехстах", 400,
     K::kRuHundred},
    {"пятьсот пятисот пятистам пятьюстами пятистах", 500, K::kRuHundred},
    {"шестьсот шестисот шестистам шестьюстами шестистах", 600, K::kRuHundred},
    {"семьсот семисот семистам семьюстами семистах", 700, K::kRuHundred},
    {"восемьсот восьмисот восьмистам восемьюстами восьмистах", 800,
     K::kRuHundred},
    {"девятьсот девятисот девятистам девятьюстами девятистах", 900,
     K::kRuHundred},
    // Russian one and a half, and vague quantities.
    {"полтора полторы полутора", 1.5, K::kOneAndHalf},
    {"несколько нескольких нескольким несколькими", 0, K::kVague},
    {"десятки десятков десяткам десятками десятках", 0, K::kVague},
    {"сотни сотен сотням сотнями сотнях", 0, K::kVague},
    {"пару пары", 0, K::kVague},
};

inline constexpr std::size_t count_number_words() {
  std::size_t n = 0;
  for (const NumberForms& f : kNumberForms) {
    n += 1 + static_cast<std::size_t>(
                 std::count(f.forms.begin(), f.forms.end(), ' '));
  }
  return n;
}

// Every form as its own entry, sorted by key, built at compile time.
inline constexpr auto kSortedNumberWords = [] {
  std::array<NumberWord, count_number_words()> a{};
  std::size_t n = 0;
  for (const NumberForms& f : kNumberForms) {
    std::string_view rest = f.forms;
    double value = f.value;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      a[n++] = {rest.substr(0, space), value, f.kind};
      value += f.step;
      rest = space == std::string_view::npos ? std::string_view()
                                             : rest.substr(space + 1);
    }
  }
  std::sort(a.begin(), a.end(), [](const NumberWord& x, const NumberWord& y) {
    return x.key < y.key;
  });
  return a;
}();

}  // namespace chipner::grammar::number_words

#endif  // CHIPNER_GRAMMAR_NUMBER_WORDS_H_
