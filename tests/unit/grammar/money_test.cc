#include "grammar/money.h"

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace chipner::grammar {
namespace {

// No value: a vague amount, or no second end of a range.
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

struct Case {
  std::string_view text;
  std::string_view span;  // the one money span expected in `text`
  double amount;
  double amount_max;
  std::string_view currency;
};

class MoneyTest : public ::testing::Test {
 protected:
  std::vector<MoneyMatch> find(std::string_view text) {
    tokenizer_.tokenize(text, tokens_);
    std::vector<MoneyMatch> out;
    grammar_.find(tokens_, out);
    return out;
  }
  static std::string_view span(std::string_view text, const MoneyMatch& m) {
    return text.substr(m.begin, m.end - m.begin);
  }
  static void expect_value(std::optional<double> got, double want,
                           std::string_view what) {
    if (std::isnan(want)) {
      EXPECT_FALSE(got.has_value()) << what << " = " << got.value_or(0);
      return;
    }
    ASSERT_TRUE(got.has_value()) << what;
    EXPECT_NEAR(*got, want, std::abs(want) * 1e-9 + 1e-9) << what;
  }
  void check(const Case& c) {
    const auto found = find(c.text);
    ASSERT_EQ(found.size(), 1U) << c.text;
    const MoneyMatch& m = found[0];
    EXPECT_EQ(span(c.text, m), c.span);
    expect_value(m.amount, c.amount, "amount");
    expect_value(m.amount_max, c.amount_max, "amount_max");
    EXPECT_EQ(m.currency, c.currency);
  }

  text::Tokenizer tokenizer_;
  text::TokenStream tokens_;
  MoneyGrammar grammar_;
};

// English: signs, codes, names, scale words and suffixes.
constexpr Case kEnglish[] = {
    {"The startup raised $1.5 billion in May.", "$1.5 billion", 1.5e9, kNone,
     "USD"},
    {"It was valued at US$3bn last year.", "US$3bn", 3e9, kNone, "USD"},
    {"Grants of €20m went to the fab.", "€20m", 2e7, kNone, "EUR"},
    {"A deal worth £5.5 million closed.", "£5.5 million", 5.5e6, kNone, "GBP"},
    {"The plant costs ¥100 million to run.", "¥100 million", 1e8, kNone, "CNY"},
    {"Revenue reached HK$12 billion.", "HK$12 billion", 1.2e10, kNone, "HKD"},
    {"Sales were NT$546.73 billion for the quarter.", "NT$546.73 billion",
     5.4673e11, kNone, "TWD"},
    {"The province offered C$2 billion.", "C$2 billion", 2e9, kNone, "CAD"},
    {"A A$700m grant was approved.", "A$700m", 7e8, kNone, "AUD"},
    {"Singapore pledged S$1.2 billion.", "S$1.2 billion", 1.2e9, kNone, "SGD"},
    {"The lab raised RMB 5 billion.", "RMB 5 billion", 5e9, kNone, "CNY"},
    {"Proceeds were CNY7.576 billion.", "CNY7.576 billion", 7.576e9, kNone,
     "CNY"},
    {"Shares opened at CNY114.28 each.", "CNY114.28", 114.28, kNone, "CNY"},
    {"The FT said Rmb5bn was spent.", "Rmb5bn", 5e9, kNone, "CNY"},
    {"A fee of USD 200 applies.", "USD 200", 200, kNone, "USD"},
    {"A fee of 300 USD applies.", "300 USD", 300, kNone, "USD"},
    {"Each board costs 250 EUR today.", "250 EUR", 250, kNone, "EUR"},
    {"It paid USD200 per unit.", "USD200", 200, kNone, "USD"},
    {"Funding of up to $6.4 Billion was agreed.", "$6.4 Billion", 6.4e9, kNone,
     "USD"},
    {"They committed $18B through 2029.", "$18B", 1.8e10, kNone, "USD"},
    {"A $1.6B loan was signed.", "$1.6B", 1.6e9, kNone, "USD"},
    {"It earns $500k a year.", "$500k", 5e5, kNone, "USD"},
    {"Capex of $20M was cut.", "$20M", 2e7, kNone, "USD"},
    {"Costs hit $3mn in June.", "$3mn", 3e6, kNone, "USD"},
    {"Costs hit $3 mln in June.", "$3 mln", 3e6, kNone, "USD"},
    {"The market is $1.2tn in size.", "$1.2tn", 1.2e12, kNone, "USD"},
    {"The market is $1.2 trillion in size.", "$1.2 trillion", 1.2e12, kNone,
     "USD"},
    {"Net income was $2 bn.", "$2 bn", 2e9, kNone, "USD"},
    {"It invested $40 billion dollars in Ohio.", "$40 billion dollars", 4e10,
     kNone, "USD"},
    {"The chip sells for $25,000 each.", "$25,000", 25000, kNone, "USD"},
    {"The total was $1,234,567.89 exactly.", "$1,234,567.89", 1234567.89, kNone,
     "USD"},
    {"The fab cost $2,500 million.", "$2,500 million", 2.5e9, kNone, "USD"},
    {"They spent 10 million yuan on it.", "10 million yuan", 1e7, kNone, "CNY"},
    {"It spent 2 billion renminbi on tools.", "2 billion renminbi", 2e9, kNone,
     "CNY"},
    {"Profit was 12.43 trillion won.", "12.43 trillion won", 1.243e13, kNone,
     "KRW"},
    {"Profit was 2.886 trillion won.", "2.886 trillion won", 2.886e12, kNone,
     "KRW"},
    {"Sales fell to 300 billion yen.", "300 billion yen", 3e11, kNone, "JPY"},
    {"A bond of 500 million euros was sold.", "500 million euros", 5e8, kNone,
     "EUR"},
    {"It cost 7 million Swiss francs.", "7 million Swiss francs", 7e6, kNone,
     "CHF"},
    {"Over 1 US dollar equals 30 units.", "1 US dollar", 1, kNone, "USD"},
    {"One unit equals 30.6 NT dollars.", "30.6 NT dollars", 30.6, kNone, "TWD"},
    {"They paid 4 million U.S. dollars.", "4 million U.S. dollars", 4e6, kNone,
     "USD"},
    {"It cost 45 Hong Kong dollars.", "45 Hong Kong dollars", 45, kNone, "HKD"},
    {"He paid 3 dollars 50 cents for it.", "3 dollars 50 cents", 3.5, kNone,
     "USD"},
    {"It costs 99 cents now.", "99 cents", 0.99, kNone, "USD"},
    {"The offer valued shares at 1,700p each.", "1,700p", 17, kNone, "GBP"},
    {"Shares closed at 95.5p on Friday.", "95.5p", 0.955, kNone, "GBP"},
    {"The stake is worth £24.3bn.", "£24.3bn", 2.43e10, kNone, "GBP"},
    {"Net of 20 pence a share.", "20 pence", 0.2, kNone, "GBP"},
    {"EPS was NT$8.14 per share.", "NT$8.14", 8.14, kNone, "TWD"},
    {"They spent half a billion dollars.", "half a billion dollars", 5e8, kNone,
     "USD"},
    {"They spent one and a half billion euros.", "one and a half billion euros",
     1.5e9, kNone, "EUR"},
    {"He bet a billion dollars on it.", "a billion dollars", 1e9, kNone, "USD"},
    {"It raised two hundred million dollars.", "two hundred million dollars",
     2e8, kNone, "USD"},
    {"It raised twenty-five million dollars.", "twenty-five million dollars",
     2.5e7, kNone, "USD"},
    {"It raised three billion yuan in 2023.", "three billion yuan", 3e9, kNone,
     "CNY"},
    {"The price is $500-million for the fab.", "$500-million", 5e8, kNone,
     "USD"},
    {"A 10-billion-dollar fab is planned.", "10-billion-dollar", 1e10, kNone,
     "USD"},
    // Ranges.
    {"It will get $6B to $8B from the act.", "$6B to $8B", 6e9, 8e9, "USD"},
    {"Offers of $400,000 to $700,000 came.", "$400,000 to $700,000", 4e5, 7e5,
     "USD"},
    {"Grants between $5m and $10m each.", "$5m and $10m", 5e6, 1e7, "USD"},
    {"Capex of $5-10 billion is planned.", "$5-10 billion", 5e9, 1e10, "USD"},
    {"Capex of $5bn-$6bn is planned.", "$5bn-$6bn", 5e9, 6e9, "USD"},
    {"Capex of $5 to 7 billion is planned.", "$5 to 7 billion", 5e9, 7e9,
     "USD"},
    {"between 5 and 10 million dollars", "5 and 10 million dollars", 5e6, 1e7,
     "USD"},
    {"It costs 2 to 3 billion euros.", "2 to 3 billion euros", 2e9, 3e9, "EUR"},
    // Vague.
    {"It invested tens of millions of yuan.", "tens of millions of yuan", kNone,
     kNone, "CNY"},
    {"It will invest tens of billions of dollars.",
     "tens of billions of dollars", kNone, kNone, "USD"},
    {"Hundreds of millions of dollars flowed in.",
     "Hundreds of millions of dollars", kNone, kNone, "USD"},
    {"It cost billions of dollars.", "billions of dollars", kNone, kNone,
     "USD"},
    {"It costs several billion dollars.", "several billion dollars", kNone,
     kNone, "USD"},
    {"It costs a few million euros.", "a few million euros", kNone, kNone,
     "EUR"},
    {"It costs hundreds of dollars.", "hundreds of dollars", kNone, kNone,
     "USD"},
    // Qualifiers stay outside.
    {"It costs about $5 million.", "$5 million", 5e6, kNone, "USD"},
    {"It costs ~$5 million.", "$5 million", 5e6, kNone, "USD"},
    {"It costs up to $5 million.", "$5 million", 5e6, kNone, "USD"},
    {"It costs more than $5 million.", "$5 million", 5e6, kNone, "USD"},
    {"A loss of -$3 million was booked.", "-$3 million", -3e6, kNone, "USD"},
    {"Revenue was US $1.5 billion.", "US $1.5 billion", 1.5e9, kNone, "USD"},
    {"Revenue was US$ 2 billion.", "US$ 2 billion", 2e9, kNone, "USD"},
    {"The GPU sells for $1,599 at launch.", "$1,599", 1599, kNone, "USD"},
    {"Shares rose 3% to $120.50 on Monday.", "$120.50", 120.5, kNone, "USD"},
    {"A wafer costs about $20,000 each.", "$20,000", 2e4, kNone, "USD"},
    {"Windows costs 199 USD there.", "199 USD", 199, kNone, "USD"},
    {"Samsung will invest KRW 1 trillion.", "KRW 1 trillion", 1e12, kNone,
     "KRW"},
    {"It will invest 1 trillion Korean won.", "1 trillion Korean won", 1e12,
     kNone, "KRW"},
    {"It holds 1.5 billion US dollars.", "1.5 billion US dollars", 1.5e9, kNone,
     "USD"},
    {"The sale raised 2 billion Chinese yuan.", "2 billion Chinese yuan", 2e9,
     kNone, "CNY"},
};

// Russian: decimal comma, space groups, abbreviations, every case.
constexpr Case kRussian[] = {
    {"Выручка составила 1,5 млрд рублей.", "1,5 млрд рублей", 1.5e9, kNone,
     "RUB"},
    {"Прибыль составила 500 000 ₽ за квартал.",
     "500 000 ₽", 5e5, kNone, "RUB"},
    {"Прибыль составила 500\u00A0000 ₽ за квартал.",
     "500\u00A0000 ₽", 5e5, kNone, "RUB"},
    {"Прибыль составила 500\u202F000 руб. за квартал.", "500\u202F000 руб.",
     5e5, kNone, "RUB"},
    {"Он купил чипы на 20 млн $ в прошлом году.", "20 млн $", 2e7, kNone,
     "USD"},
    {"Выручка: 1.844.036.360,12 руб. за год.", "1.844.036.360,12 руб.",
     1844036360.12, kNone, "RUB"},
    {"Убыток -1 624 млн руб. по итогам года.", "-1 624 млн руб.", -1.624e9,
     kNone, "RUB"},
    {"Убыток −2,5 млрд руб. за год.", "−2,5 млрд руб.", -2.5e9, kNone, "RUB"},
    {"Стоимость 5,3млн. долларов за партию.", "5,3млн. долларов", 5.3e6, kNone,
     "USD"},
    {"Стоимость 5,3млн долларов за партию.", "5,3млн долларов", 5.3e6, kNone,
     "USD"},
    {"Правительство выделит 6,355 млрд. долл. США на завод.",
     "6,355 млрд. долл. США", 6.355e9, kNone, "USD"},
    {"Сумма 39 млрд. долл. США была одобрена.", "39 млрд. долл. США", 3.9e10,
     kNone, "USD"},
    {"Компания вложит не менее 500 млрд руб. в проект.", "500 млрд руб.", 5e11,
     kNone, "RUB"},
    {"В среднем 400 млн руб.", "400 млн руб.", 4e8, kNone, "RUB"},
    {"Капзатраты ¥150 млрд.", "¥150 млрд", 1.5e11, kNone, "CNY"},
    {"Затраты составят $23 млрд в 2026 году.", "$23 млрд", 2.3e10, kNone,
     "USD"},
    {"Инвестиции составят $28,6 млрд.", "$28,6 млрд", 2.86e10, kNone, "USD"},
    {"Это около $9,54 млрд по курсу.", "$9,54 млрд", 9.54e9, kNone, "USD"},
    {"Сделка на $800 млн закрыта.", "$800 млн", 8e8, kNone, "USD"},
    {"Стоимость достигнет $30 000 за пластину.", "$30 000", 3e4, kNone, "USD"},
    {"Акции подорожали до 210 долларов за штуку.", "210 долларов", 210, kNone,
     "USD"},
    {"Завод обойдется в 300 млрд тайваньских долларов.",
     "300 млрд тайваньских долларов", 3e11, kNone, "TWD"},
    {"Кредит 10 млрд гонконгских долларов одобрен.",
     "10 млрд гонконгских долларов", 1e10, kNone, "HKD"},
    {"Поставка на сумму 500 миллиардов долларов.", "500 миллиардов долларов",
     5e11, kNone, "USD"},
    {"Капитализация превысила пять триллионов долларов.",
     "пять триллионов долларов", 5e12, kNone, "USD"},
    {"Капитализация превысила четыре триллиона долларов.",
     "четыре триллиона долларов", 4e12, kNone, "USD"},
    {"Сделка на двух миллиардов долларов сорвалась.",
     "двух миллиардов долларов", 2e9, kNone, "USD"},
    {"Выделено два миллиарда рублей.", "два миллиарда рублей", 2e9, kNone,
     "RUB"},
    {"Бюджет двадцать пять миллионов рублей.", "двадцать пять миллионов рублей",
     2.5e7, kNone, "RUB"},
    {"Зарплата сто пятьдесят тысяч рублей.", "сто пятьдесят тысяч рублей",
     1.5e5, kNone, "RUB"},
    {"Цена пятьсот долларов.", "пятьсот долларов", 500, kNone, "USD"},
    {"Речь о двухстах пятидесяти миллионах рублей.",
     "двухстах пятидесяти миллионах рублей", 2.5e8, kNone, "RUB"},
    {"Инвестиции в полтора миллиарда долларов.", "полтора миллиарда долларов",
     1.5e9, kNone, "USD"},
    {"Около полутора миллиардов рублей ушло на НИОКР.",
     "полутора миллиардов рублей", 1.5e9, kNone, "RUB"},
    {"Потрачено полмиллиарда рублей.", "полмиллиарда рублей", 5e8, kNone,
     "RUB"},
    {"Рынок оценивается в миллиард долларов.", "миллиард долларов", 1e9, kNone,
     "USD"},
    {"Сумма более миллиона долларов.", "миллиона долларов", 1e6, kNone, "USD"},
    {"Сумма в 2 млрд 300 млн рублей.", "2 млрд 300 млн рублей", 2.3e9, kNone,
     "RUB"},
    {"Компания получит 10 000 долларов.", "10 000 долларов", 1e4, kNone, "USD"},
    {"Компания получит 10.000 рублей.", "10.000 рублей", 1e4, kNone, "RUB"},
    {"Штраф 1,500 рублей.", "1,500 рублей", 1500, kNone, "RUB"},
    {"Курс 100 иен за доллар.", "100 иен", 100, kNone, "JPY"},
    {"Цена 5 тысяч иен.", "5 тысяч иен", 5000, kNone, "JPY"},
    {"Прибыль 3 трлн вон за год.", "3 трлн вон", 3e12, kNone, "KRW"},
    {"Сделка на 7 млрд юаней.", "7 млрд юаней", 7e9, kNone, "CNY"},
    {"Грант 50 млн евро получен.", "50 млн евро", 5e7, kNone, "EUR"},
    {"Цена 3 рубля 50 копеек.", "3 рубля 50 копеек", 3.5, kNone, "RUB"},
    {"Сбор составил 40 млн фунтов стерлингов.", "40 млн фунтов стерлингов", 4e7,
     kNone, "GBP"},
    {"Цена 10 млрд японских иен.", "10 млрд японских иен", 1e10, kNone, "JPY"},
    {"Займ 200 млн белорусских рублей.", "200 млн белорусских рублей", 2e8,
     kNone, "BYN"},
    {"Оплата 100 долларах США не принята.", "100 долларах США", 100, kNone,
     "USD"},
    // Ranges.
    {"Зарплаты в размере 400 — 700 тысяч долларов США.",
     "400 — 700 тысяч долларов США", 4e5, 7e5, "USD"},
    {"Зарплаты от 450 до 700 тыс. рублей в месяц.", "450 до 700 тыс. рублей",
     4.5e5, 7e5, "RUB"},
    {"Стоят они 70−100 тыс. руб. в месяц.", "70−100 тыс. руб.", 7e4, 1e5,
     "RUB"},
    {"Цена между $25 000 и $27 000 за штуку.", "$25 000 и $27 000", 25000,
     27000, "USD"},
    {"Вложат 5-7 млрд рублей.", "5-7 млрд рублей", 5e9, 7e9, "RUB"},
    {"Вложат от 1,5 до 2 млрд долларов.", "1,5 до 2 млрд долларов", 1.5e9, 2e9,
     "USD"},
    {"Вложат между 3 и 4 млрд рублей.", "3 и 4 млрд рублей", 3e9, 4e9, "RUB"},
    // Vague.
    {"На ЦОД ушли сотни миллиардов долларов.", "сотни миллиардов долларов",
     kNone, kNone, "USD"},
    {"Платят десятки миллионов долларов.", "десятки миллионов долларов", kNone,
     kNone, "USD"},
    {"Платят несколько миллиардов рублей.", "несколько миллиардов рублей",
     kNone, kNone, "RUB"},
    {"Рынок ИИ оценивают в миллиарды долларов.", "миллиарды долларов", kNone,
     kNone, "USD"},
    {"Стоит сотни тысяч рублей.", "сотни тысяч рублей", kNone, kNone, "RUB"},
    {"Такие чипы стоят тысячи долларов.", "тысячи долларов", kNone, kNone,
     "USD"},
    {"Чип стоит более тысячи долларов.", "тысячи долларов", 1000, kNone, "USD"},
    // Adjectival amounts.
    {"Банк выдал 500-миллионный рублевый кредит.", "500-миллионный рублевый",
     5e8, kNone, "RUB"},
    {"Подписан 10-миллиардный долларовый контракт.",
     "10-миллиардный долларовый", 1e10, kNone, "USD"},
    {"Речь о 2-миллиардном рублевом займе.", "2-миллиардном рублевом", 2e9,
     kNone, "RUB"},
};

// Chinese and yen.
constexpr Case kChinese[] = {
    {"公司投资5亿元建厂", "5亿元", 5e8, kNone, "CNY"},
    {"融资100亿美元", "100亿美元", 1e10, kNone, "USD"},
    {"收入3.5万亿元", "3.5万亿元", 3.5e12, kNone, "CNY"},
    {"投资三千亿元人民币", "三千亿元人民币", 3e11, kNone, "CNY"},
    {"售价5000日元", "5000日元", 5000, kNone, "JPY"},
    {"估值十亿港元", "十亿港元", 1e9, kNone, "HKD"},
    {"营收50亿新台币", "50亿新台币", 5e9, kNone, "TWD"},
    {"A phone costs 50,000円 there.", "50,000円", 5e4, kNone, "JPY"},
    {"Toyota spent ¥500 billion on the plant, and the yen fell.",
     "¥500 billion", 5e11, kNone, "JPY"},
    {"It cost ¥3,000 in Tokyo, priced in JPY.", "¥3,000", 3000, kNone, "JPY"},
    {"The vendor charged ￥20 per chip.", "￥20", 20, kNone, "CNY"},
    {"Rapidus will get ¥590 billion from Japan's government.", "¥590 billion",
     5.9e11, kNone, "JPY"},
    {"Правительство Японии выделит Rapidus ¥100 млрд.", "¥100 млрд", 1e11,
     kNone, "JPY"},
    {"China's fund has ¥344 billion; Japan watched.", "¥344 billion", 3.44e11,
     kNone, "CNY"},
    {"日本企业投资¥100亿", "¥100亿", 1e10, kNone, "JPY"},
};

TEST_F(MoneyTest, English) {
  for (const Case& c : kEnglish) {
    SCOPED_TRACE(c.text);
    check(c);
  }
}

TEST_F(MoneyTest, Russian) {
  for (const Case& c : kRussian) {
    SCOPED_TRACE(c.text);
    check(c);
  }
}

TEST_F(MoneyTest, ChineseAndYen) {
  for (const Case& c : kChinese) {
    SCOPED_TRACE(c.text);
    check(c);
  }
}

// Texts with no money in them.
constexpr std::string_view kNoMoney[] = {
    "Компания вложит 200 миллионов в проект.",
    "Отгружено 700 тысяч чипов.",
    "Выручка выросла на 15% за год.",
    "В 2024 году компания росла.",
    "The H100 and A100 are GPUs.",
    "Расчеты ведутся в долларах.",
    "Payments are made in dollars.",
    "The chip uses a 7 nm process.",
    "It has 80 billion transistors.",
    "Shares rose 5.5% to a record.",
    "The fab employs 2 000 people.",
    "Video is encoded at 1080p and 720p.",
    "The model 3 ships in 2025.",
    "Версия 1.2.3 вышла.",
    "Один из крупнейших заказчиков.",
    "A focus shift of $ \\lambda / NA^2 $ was measured.",
    "He won 3 awards.",
    "Samsung won the contract.",
    "It costs a lot of money.",
    "Million-dollar question.",
    "Выпущено 5 млн пластин.",
    "Score of 9 out of 10.",
    "Компания наняла 300−400 инженеров.",
    "In Q3 2024, revenue grew.",
    "Ryzen 7 and Core i9 compete.",
    "It cost $ and effort.",
    "Около миллиона пользователей.",
    "USD is the reserve currency.",
    "The RMB weakened against the USD.",
    "По курсу ЦБ доллар подорожал.",
    "Price: TBD.",
    "Windows 11 and GPT-4 launched.",
    "The 5-year plan.",
    "30 GB of HBM3E memory.",
    "Чип на 5 нм от TSMC.",
    "Всего 12,5 тыс. сотрудников.",
    "Тираж 10 тыс. экземпляров.",
    "Two of the firms merged.",
    "A 100-page report.",
    "Осталось 5 лет.",
    "Marketing uses the 4P model.",
    "The CAD 2024 release adds features.",
    "SAR 5 satellites were launched.",
    "Tickers like $NVDA rose.",
    "It is 1/2 dollar.",
    "See section 3. Dollars matter.",
    "Это 5-тысячный юбилей.",
    "Выдан 500-миллионный кредит.",
};

TEST_F(MoneyTest, NoMoney) {
  for (const std::string_view text : kNoMoney) {
    const auto found = find(text);
    EXPECT_TRUE(found.empty()) << text << " -> " << span(text, found[0]);
  }
}

TEST_F(MoneyTest, SeveralSpansInOrder) {
  const std::string_view text =
      "Revenue was NT$546.73 billion, EPS NT$8.14 (US$1.29 per ADR), "
      "and ¥10 million is about $1.49 million.";
  const auto found = find(text);
  ASSERT_EQ(found.size(), 5U);
  EXPECT_EQ(span(text, found[0]), "NT$546.73 billion");
  EXPECT_EQ(span(text, found[1]), "NT$8.14");
  EXPECT_EQ(span(text, found[2]), "US$1.29");
  EXPECT_EQ(found[2].currency, "USD");
  EXPECT_FALSE(found[2].currency_ambiguous);
  EXPECT_EQ(span(text, found[3]), "¥10 million");
  EXPECT_EQ(span(text, found[4]), "$1.49 million");
  for (std::size_t k = 1; k < found.size(); ++k) {
    EXPECT_LE(found[k - 1].end, found[k].begin);
  }
}

TEST_F(MoneyTest, SignFollowedByNumberStartsTheNextAmount) {
  const std::string_view text = "Капзатраты ¥150 млрд. ¥85 млрд уйдут на ИИ.";
  const auto found = find(text);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(span(text, found[0]), "¥150 млрд");
  EXPECT_EQ(span(text, found[1]), "¥85 млрд");
}

TEST_F(MoneyTest, AndWithoutBetweenIsTwoAmounts) {
  const std::string_view text = "They raised $5m and $10m respectively.";
  const auto found = find(text);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(span(text, found[0]), "$5m");
  EXPECT_EQ(span(text, found[1]), "$10m");
}

TEST_F(MoneyTest, AmbiguityFlags) {
  auto found = find("It cost $5 million.");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_TRUE(found[0].currency_ambiguous);
  found = find("It cost US$5 million.");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_FALSE(found[0].currency_ambiguous);
  found = find("Стоит 5 млн долларов США.");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_FALSE(found[0].currency_ambiguous);
  found = find("Стоит 5 млн долларов.");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_TRUE(found[0].currency_ambiguous);
  found = find("Стоит $300 млрд тайваньских долларов.");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].currency, "TWD");
  EXPECT_FALSE(found[0].currency_ambiguous);
}

TEST_F(MoneyTest, CurrencyPointsToStaticStorage) {
  std::string_view code;
  {
    const MoneyGrammar local;
    text::Tokenizer tokenizer;
    text::TokenStream tokens;
    tokenizer.tokenize("€5", tokens);
    std::vector<MoneyMatch> out;
    local.find(tokens, out);
    ASSERT_EQ(out.size(), 1U);
    code = out[0].currency;
  }
  EXPECT_EQ(code, "EUR");
}

TEST_F(MoneyTest, HugeNumbersHaveNoValue) {
  const std::string digits(400, '9');
  std::string text = "It costs $" + digits + " billion.";
  auto found = find(text);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_FALSE(found[0].amount.has_value());
  text = "It costs $999,999,999,999,999,999,999,999,999,999 trillion.";
  found = find(text);
  for (const MoneyMatch& m : found) {
    if (m.amount) {
      EXPECT_TRUE(std::isfinite(*m.amount));
    }
  }
  // 1e300 * 1e12 is not finite: no value rather than inf.
  text = "It costs $1" + std::string(300, '0') + " trillion.";
  found = find(text);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_FALSE(found[0].amount.has_value());
}

TEST_F(MoneyTest, LongSeparatorChainsStayLinearAndSafe) {
  std::string text = "$1";
  for (int k = 0; k < 20000; ++k) text += ",000";
  text += " and 1";
  for (int k = 0; k < 20000; ++k) text += " 000";
  text += " рублей";
  const auto found = find(text);  // must return quickly, whatever it finds
  for (const MoneyMatch& m : found) {
    EXPECT_LE(m.end, text.size());
    if (m.amount) {
      EXPECT_TRUE(std::isfinite(*m.amount));
    }
  }
}

TEST_F(MoneyTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(find("").empty());
  EXPECT_TRUE(find("$$$ ,,, ... ---").empty());
  EXPECT_TRUE(find("$").empty());
  EXPECT_TRUE(find("-").empty());
}

TEST_F(MoneyTest, AppendsToExistingMatches) {
  tokenizer_.tokenize("$5", tokens_);
  std::vector<MoneyMatch> out(1);
  grammar_.find(tokens_, out);
  EXPECT_EQ(out.size(), 2U);
}

}  // namespace
}  // namespace chipner::grammar
