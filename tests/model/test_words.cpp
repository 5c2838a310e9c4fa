// Tests for number words (English, UK, British "and"): hand-checked cases on every rule, and every whole
// number 0..9,999,999 read back by a small independent word reader written here in the test.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

#include "model/value.hpp"
#include "model/words.hpp"

using namespace tenfold::model;

namespace {

std::string wordsOf(std::string_view text) { return words(Value::parse(text).value()); }

// What an independent reader finds in a number's words: the value they say and how they are put together.
struct Reading {
    std::int64_t value = -1;  // -1: a word it does not know, or bad spacing
    int ands = 0;
    int commas = 0;
    int hyphens = 0;
    bool andAtEdge = false;   // "and" first or last
    bool andTwice = false;    // "and and"
};

// Reads English number words back into a number in one pass, independently of the code under test.
// Words must be separated by exactly one space, a hyphen (between tens and ones) or ", ".
Reading readWords(std::string_view text) {
    static const std::unordered_map<std::string_view, std::int64_t> small = {
        {"zero", 0},       {"one", 1},        {"two", 2},        {"three", 3},      {"four", 4},
        {"five", 5},       {"six", 6},        {"seven", 7},      {"eight", 8},      {"nine", 9},
        {"ten", 10},       {"eleven", 11},    {"twelve", 12},    {"thirteen", 13},  {"fourteen", 14},
        {"fifteen", 15},   {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},
        {"twenty", 20},    {"thirty", 30},    {"forty", 40},     {"fifty", 50},     {"sixty", 60},
        {"seventy", 70},   {"eighty", 80},    {"ninety", 90}};
    Reading r;
    std::int64_t total = 0;
    std::int64_t group = 0;
    std::size_t i = 0;
    bool previousWasAnd = false;
    bool first = true;
    while (i < text.size()) {
        // One word, then exactly one separator (or the end).
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '-' && text[j] != ',') ++j;
        const std::string_view w = text.substr(i, j - i);
        if (w.empty()) return r;  // leading or doubled separator
        if (w == "and") {
            ++r.ands;
            if (first) r.andAtEdge = true;
            if (previousWasAnd) r.andTwice = true;
        } else if (w == "hundred") {
            group *= 100;
        } else if (w == "thousand") {
            total += group * 1000;
            group = 0;
        } else if (w == "million") {
            total += group * 1'000'000;
            group = 0;
        } else if (auto it = small.find(w); it != small.end()) {
            group += it->second;
        } else {
            return r;
        }
        previousWasAnd = w == "and";
        first = false;
        if (j == text.size()) break;
        if (text[j] == ',') {
            ++r.commas;
            if (j + 1 >= text.size() || text[j + 1] != ' ') return r;
            ++j;
        } else if (text[j] == '-') {
            ++r.hyphens;
        }
        i = j + 1;
        if (i == text.size()) return r;  // trailing separator
    }
    if (previousWasAnd) r.andAtEdge = true;
    r.value = total + group;
    return r;
}

}  // namespace

SCENARIO("Number words follow the British rules", "[words]") {
    GIVEN("ones, teens and tens") {
        CHECK(wholeWords(0) == "zero");
        CHECK(wholeWords(7) == "seven");
        CHECK(wholeWords(10) == "ten");
        CHECK(wholeWords(11) == "eleven");
        CHECK(wholeWords(12) == "twelve");
        CHECK(wholeWords(15) == "fifteen");
        CHECK(wholeWords(19) == "nineteen");
        CHECK(wholeWords(20) == "twenty");
        CHECK(wholeWords(40) == "forty");
        CHECK(wholeWords(90) == "ninety");
    }
    GIVEN("numbers that need a hyphen") {
        CHECK(wholeWords(21) == "twenty-one");
        CHECK(wholeWords(47) == "forty-seven");
        CHECK(wholeWords(99) == "ninety-nine");
    }
    GIVEN("hundreds, with \"and\" before any tens or ones") {
        CHECK(wholeWords(100) == "one hundred");
        CHECK(wholeWords(101) == "one hundred and one");
        CHECK(wholeWords(110) == "one hundred and ten");
        CHECK(wholeWords(115) == "one hundred and fifteen");
        CHECK(wholeWords(347) == "three hundred and forty-seven");
        CHECK(wholeWords(500) == "five hundred");
        CHECK(wholeWords(999) == "nine hundred and ninety-nine");
    }
    GIVEN("thousands: \"and\" before a last part of 1 to 99, a comma before a last part with hundreds") {
        CHECK(wholeWords(1000) == "one thousand");
        CHECK(wholeWords(1005) == "one thousand and five");
        CHECK(wholeWords(1050) == "one thousand and fifty");
        CHECK(wholeWords(1100) == "one thousand, one hundred");
        CHECK(wholeWords(1234) == "one thousand, two hundred and thirty-four");
        CHECK(wholeWords(2020) == "two thousand and twenty");
        CHECK(wholeWords(10000) == "ten thousand");
        CHECK(wholeWords(12345) == "twelve thousand, three hundred and forty-five");
        CHECK(wholeWords(100000) == "one hundred thousand");
        CHECK(wholeWords(101000) == "one hundred and one thousand");
        CHECK(wholeWords(234567) == "two hundred and thirty-four thousand, five hundred and sixty-seven");
        CHECK(wholeWords(999999) == "nine hundred and ninety-nine thousand, nine hundred and ninety-nine");
    }
    GIVEN("millions, including groups that are zero") {
        CHECK(wholeWords(1000000) == "one million");
        CHECK(wholeWords(1000001) == "one million and one");
        CHECK(wholeWords(1000100) == "one million, one hundred");
        CHECK(wholeWords(1001000) == "one million, one thousand");
        CHECK(wholeWords(1002003) == "one million, two thousand and three");
        CHECK(wholeWords(2000099) == "two million and ninety-nine");
        CHECK(wholeWords(1234567) ==
              "one million, two hundred and thirty-four thousand, five hundred and sixty-seven");
        CHECK(wholeWords(9999999) ==
              "nine million, nine hundred and ninety-nine thousand, nine hundred and ninety-nine");
    }
    GIVEN("numbers outside the range") {
        CHECK(wholeWords(-1).empty());
        CHECK(wholeWords(10'000'000).empty());
    }
}

SCENARIO("Decimals are read digit by digit after \"point\"", "[words]") {
    CHECK(wordsOf("0.45") == "zero point four five");
    CHECK(wordsOf("3.07") == "three point zero seven");
    CHECK(wordsOf("0.005") == "zero point zero zero five");
    CHECK(wordsOf("0.450") == "zero point four five");
    CHECK(wordsOf("10.5") == "ten point five");
    CHECK(wordsOf("1,005.125") == "one thousand and five point one two five");
    CHECK(wordsOf("3.0") == "three");
    CHECK(wordsOf("9,999,999.999") ==
          "nine million, nine hundred and ninety-nine thousand, nine hundred and ninety-nine point nine nine nine");
}

SCENARIO("Every whole number Tenfold can show has well-formed words", "[words][all]") {
    // Checked by hand-written rules on the digits, not by the code under test: the count of "and",
    // commas and hyphens each number should have, and the value read back by readWords.
    std::int64_t failures = 0;
    std::int64_t firstFailure = -1;
    std::string firstText;
    for (std::int64_t n = 0; n <= kMaxWhole; ++n) {
        const std::string w = wholeWords(n);
        const std::int64_t groups[3] = {n / 1'000'000, (n / 1000) % 1000, n % 1000};
        int expectAnd = 0;
        int expectHyphen = 0;
        int nonZeroGroups = 0;
        for (std::int64_t g : groups) {
            if (g == 0) continue;
            ++nonZeroGroups;
            if (g >= 100 && g % 100 != 0) ++expectAnd;
            if (g % 100 > 20 && g % 10 != 0) ++expectHyphen;
        }
        const bool finalAnd = n >= 1000 && groups[2] > 0 && groups[2] < 100;
        if (finalAnd) ++expectAnd;
        const int expectComma = nonZeroGroups > 1 ? nonZeroGroups - 1 - (finalAnd ? 1 : 0) : 0;
        const Reading r = readWords(w);
        const bool ok = r.value == n && !r.andAtEdge && !r.andTwice && r.ands == expectAnd &&
                        r.commas == expectComma && r.hyphens == expectHyphen;
        if (!ok) {
            if (failures == 0) {
                firstFailure = n;
                firstText = w;
            }
            ++failures;
        }
    }
    INFO("first failure: " << firstFailure << " -> \"" << firstText << "\"");
    CHECK(failures == 0);
}
