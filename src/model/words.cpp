// Number words (English, UK). Rules, each a template in the text table:
//  - 1-19 and the tens have their own words; 21-99 are hyphenated ("forty-seven").
//  - "and" after "hundred" when tens or ones follow ("three hundred and five").
//  - Groups (millions, thousands, the last three digits) are separated by commas, except that a last
//    group of 1-99 after a larger group is joined by "and" ("one thousand and five", "one million and one");
//    so 1,100 is "one thousand, one hundred" and 1,000,100 is "one million, one hundred".
//  - Decimals: "point" and then each digit ("three point zero seven"), trailing zeros left out.
#include "model/words.hpp"

#include <string>
#include <vector>

#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr int kTeenLimit = 20;
constexpr int kHundred = 100;
constexpr int kGroup = 1000;
constexpr std::int64_t kMillion = 1'000'000;
constexpr std::int64_t kThousand = 1'000;

std::string numberWord(int n) { return tr("num." + std::to_string(n)); }

std::string below100(int n) {
    if (n < kTeenLimit) return numberWord(n);
    const std::string tens = tr("num.tens." + std::to_string(n / 10));
    if (n % 10 == 0) return tens;
    return tr("words.tens_ones", {tens, numberWord(n % 10)});
}

std::string buildGroup(int n) {
    const int hundreds = n / kHundred;
    const int rest = n % kHundred;
    if (hundreds == 0) return below100(rest);
    if (rest == 0) return tr("words.hundreds", {numberWord(hundreds)});
    return tr("words.hundreds_and", {numberWord(hundreds), below100(rest)});
}

// Words for 1..999, and for 1..999 thousand and 1..9 million, built once from the table (the
// whole-range test calls wholeWords ten million times).
struct GroupCache {
    std::vector<std::string> ones;
    std::vector<std::string> thousands;
    std::vector<std::string> millions;
};

const GroupCache& groups() {
    static const GroupCache cache = [] {
        GroupCache c;
        c.ones.resize(kGroup);
        c.thousands.resize(kGroup);
        c.millions.resize(static_cast<std::size_t>(kMaxWhole / kMillion) + 1);
        for (std::size_t i = 1; i < c.ones.size(); ++i) {
            c.ones[i] = buildGroup(static_cast<int>(i));
            c.thousands[i] = tr("words.thousands", {c.ones[i]});
            if (i < c.millions.size()) c.millions[i] = tr("words.millions", {c.ones[i]});
        }
        return c;
    }();
    return cache;
}

}  // namespace

std::string wholeWords(std::int64_t n) {
    if (n < 0 || n > kMaxWhole) return "";
    if (n == 0) return numberWord(0);
    const GroupCache& cache = groups();
    const auto millions = static_cast<std::size_t>(n / kMillion);
    const auto thousands = static_cast<std::size_t>((n / kThousand) % kGroup);
    const auto ones = static_cast<std::size_t>(n % kThousand);
    std::string out;
    if (millions > 0) out = cache.millions[millions];
    if (thousands > 0) out = out.empty() ? cache.thousands[thousands] : tr("words.join_comma", {out, cache.thousands[thousands]});
    if (ones > 0) {
        const std::string& part = cache.ones[ones];
        if (out.empty())
            out = part;
        else if (ones < static_cast<std::size_t>(kHundred))
            out = tr("words.join_and", {out, part});
        else
            out = tr("words.join_comma", {out, part});
    }
    return out;
}

std::string words(Value v) {
    const std::string whole = wholeWords(v.wholePart());
    const int places = v.decimalPlaces();
    if (places == 0) return whole;
    std::int64_t frac = v.fractionMilli();
    std::int64_t divisor = kMilliPerOne / 10;
    std::string digits;
    for (int i = 0; i < places; ++i) {
        const std::string digit = numberWord(static_cast<int>(frac / divisor));
        digits = digits.empty() ? digit : tr("words.digits", {digits, digit});
        frac %= divisor;
        divisor /= 10;
    }
    return tr("words.decimal", {whole, digits});
}

}  // namespace tenfold::model
