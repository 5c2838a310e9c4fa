// Tests for the text table: lookup, slots, plurals, thousands commas, and that every key the model uses
// is in the table exactly once.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "model/text.hpp"

using namespace tenfold::model;

namespace {
std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

SCENARIO("Text comes from the table with its slots filled", "[text]") {
    GIVEN("keys that are in the table") {
        THEN("plain text is returned as written") {
            CHECK(tr("num.7") == "seven");
            CHECK(tr("place.tens.short") == "T");
            CHECK(tr("place.tenths.short") == "Tth");
        }
        THEN("slots are filled in order") {
            CHECK(tr("list.two", {"4 tens", "13 ones"}) == "4 tens and 13 ones");
            CHECK(tr("stem.is", {"4 tens and 13 ones", "53"}) == "4 tens and 13 ones is 53.");
            CHECK(tr("words.hundreds_and", {"three", "forty-seven"}) == "three hundred and forty-seven");
        }
        THEN("a slot without an argument is left as it is") {
            CHECK(tr("list.two", {"a"}) == "a and {1}");
        }
    }
    GIVEN("a key that is not in the table") {
        THEN("the key is shown in brackets so it is noticed") {
            CHECK(tr("no.such.key") == "[no.such.key]");
            CHECK(trCount("no.such.count", 3) == "[no.such.count.other]");
            CHECK_FALSE(hasText("no.such.key"));
        }
    }
}

SCENARIO("Counts use the singular only for exactly one", "[text]") {
    CHECK(trCount("place.tens.count", 1) == "1 ten");
    CHECK(trCount("place.tens.count", 4) == "4 tens");
    CHECK(trCount("place.tens.count", 0) == "0 tens");
    CHECK(trCount("place.ones.count", 1) == "1 one");
    CHECK(trCount("place.ones.count", 2) == "2 ones");
    CHECK(trCount("place.tenths.count", 1) == "1 tenth");
    CHECK(trCount("place.ones.count", 1234) == "1,234 ones");
}

SCENARIO("Whole numbers are written with thousands commas", "[text]") {
    CHECK(countNumeral(0) == "0");
    CHECK(countNumeral(999) == "999");
    CHECK(countNumeral(1000) == "1,000");
    CHECK(countNumeral(12345) == "12,345");
    CHECK(countNumeral(1234567) == "1,234,567");
    CHECK(countNumeral(-4500) == "-4,500");
    CHECK(countNumeral(9'999'999'999) == "9,999,999,999");
}

SCENARIO("The table has each key once, and every key the app asks for", "[text]") {
    const std::vector<std::string_view> keys = textKeys();
    REQUIRE(keys.size() > 100);
    WHEN("the keys are collected") {
        std::set<std::string_view> seen;
        std::vector<std::string_view> duplicates;
        for (std::string_view k : keys)
            if (!seen.insert(k).second) duplicates.push_back(k);
        THEN("none appears twice") { CHECK(duplicates.empty()); }
    }
    WHEN("every source file is searched for tr(\"...\") and trCount(\"...\") with a literal key") {
        const std::filesystem::path dir = std::filesystem::path(TENFOLD_TEST_DATA_DIR) / ".." / ".." / "src";
        REQUIRE(std::filesystem::is_directory(dir));
        const std::regex trCall(R"re(\btr\(\s*"([^"]+)"\s*[,)])re");
        const std::regex countCall(R"re(\btrCount\(\s*"([^"]+)"\s*[,)])re");
        std::vector<std::string> missing;
        int found = 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".hpp") continue;
            const std::string src = readFile(entry.path());
            for (auto it = std::sregex_iterator(src.begin(), src.end(), trCall); it != std::sregex_iterator(); ++it) {
                ++found;
                if (!hasText((*it)[1].str())) missing.push_back(entry.path().filename().string() + ": " + (*it)[1].str());
            }
            for (auto it = std::sregex_iterator(src.begin(), src.end(), countCall); it != std::sregex_iterator(); ++it) {
                ++found;
                for (const char* form : {".one", ".other"})
                    if (!hasText((*it)[1].str() + form))
                        missing.push_back(entry.path().filename().string() + ": " + (*it)[1].str() + form);
            }
        }
        THEN("many are found and every one is in the table") {
            CHECK(found > 40);
            for (const auto& m : missing) UNSCOPED_INFO("missing: " << m);
            CHECK(missing.empty());
        }
    }
    WHEN("the keys built from parts are listed") {
        std::vector<std::string> missing;
        for (int n = 0; n < 20; ++n)
            if (!hasText("num." + std::to_string(n))) missing.push_back("num." + std::to_string(n));
        for (int t = 2; t <= 9; ++t)
            if (!hasText("num.tens." + std::to_string(t))) missing.push_back("num.tens." + std::to_string(t));
        for (const char* place : {"millions", "hundred_thousands", "ten_thousands", "thousands", "hundreds", "tens",
                                  "ones", "tenths", "hundredths", "thousandths"})
            for (const char* suffix : {"count.one", "count.other", "singular", "plural", "heading", "short"}) {
                const std::string key = std::string("place.") + place + "." + suffix;
                if (!hasText(key)) missing.push_back(key);
            }
        THEN("they are all there") { CHECK(missing.empty()); }
    }
}
