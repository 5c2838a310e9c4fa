// Tests for the abstract forms: numerals, expanded form, place value sentences, stem sentences, place
// names and headings, and numerals read back from typed text.
#include <catch2/catch.hpp>

#include <string>

#include "model/forms.hpp"

using namespace tenfold::model;

namespace {
Value v(std::string_view text) { return Value::parse(text).value(); }
PlaceCounts counts(std::initializer_list<std::pair<Place, std::int64_t>> list) {
    const Result<PlaceCounts> r = PlaceCounts::of(list);
    REQUIRE(r.ok());
    return r.value();
}
}  // namespace

SCENARIO("Numerals are written with thousands commas and no trailing zeros", "[forms]") {
    CHECK(numeral(v("0")) == "0");
    CHECK(numeral(v("47")) == "47");
    CHECK(numeral(v("1234")) == "1,234");
    CHECK(numeral(v("1234567")) == "1,234,567");
    CHECK(numeral(v("9999999.999")) == "9,999,999.999");
    CHECK(numeral(v("0.45")) == "0.45");
    CHECK(numeral(v("0.450")) == "0.45");
    CHECK(numeral(v("3.07")) == "3.07");
    CHECK(numeral(v("10.5")) == "10.5");
    CHECK(numeral(v(".005")) == "0.005");
    GIVEN("a chart that shows decimal places") {
        CHECK(numeral(v("0.45"), 3) == "0.450");
        CHECK(numeral(v("3"), 1) == "3.0");
        CHECK(numeral(v("3.125"), 1) == "3.125");
        CHECK(numeral(v("3"), 7) == "3.000");
    }
}

SCENARIO("Typed numbers read back as the same numeral", "[forms]") {
    const char* const inputs[] = {"0", "7", "47", "100", "999", "1,000", "1,005", "12,345", "234,567",
                                  "1,000,000", "9,999,999", "0.1", "0.45", "3.07", "0.005", "10.5",
                                  "1,234.567", "9,999,999.999", "100.01", "2,020.2"};
    for (const char* text : inputs) {
        const Result<Value> parsed = Value::parse(text);
        REQUIRE(parsed.ok());
        CHECK(numeral(parsed.value()) == text);
    }
}

SCENARIO("Expanded form is the sum of what is there", "[forms]") {
    CHECK(expandedForm(canonical(v("347"))) == "300 + 40 + 7");
    CHECK(expandedForm(canonical(v("307"))) == "300 + 7");
    CHECK(expandedForm(canonical(v("5000"))) == "5,000");
    CHECK(expandedForm(canonical(v("1234567"))) == "1,000,000 + 200,000 + 30,000 + 4,000 + 500 + 60 + 7");
    CHECK(expandedForm(PlaceCounts{}) == "0");
    GIVEN("non-standard arrangements") {
        CHECK(expandedForm(counts({{Place::Tens, 3}, {Place::Ones, 17}})) == "30 + 17");
        CHECK(expandedForm(counts({{Place::Tens, 67}, {Place::Ones, 4}})) == "670 + 4");
        CHECK(expandedForm(counts({{Place::Hundreds, 6}, {Place::Ones, 74}})) == "600 + 74");
        CHECK(expandedForm(counts({{Place::Hundreds, 5}, {Place::Tens, 12}, {Place::Ones, 10}})) == "500 + 120 + 10");
    }
    GIVEN("decimals") {
        CHECK(expandedForm(canonical(v("0.45"))) == "0.4 + 0.05");
        CHECK(expandedForm(canonical(v("3.07"))) == "3 + 0.07");
        CHECK(expandedForm(counts({{Place::Tenths, 4}, {Place::Hundredths, 15}})) == "0.4 + 0.15");
    }
}

SCENARIO("Place value sentences name what is there", "[forms]") {
    CHECK(placeValueSentence(canonical(v("347"))) == "3 hundreds, 4 tens and 7 ones");
    CHECK(placeValueSentence(canonical(v("10"))) == "1 ten");
    CHECK(placeValueSentence(canonical(v("105"))) == "1 hundred and 5 ones");
    CHECK(placeValueSentence(canonical(v("1"))) == "1 one");
    CHECK(placeValueSentence(canonical(v("0.45"))) == "4 tenths and 5 hundredths");
    CHECK(placeValueSentence(canonical(v("2222"))) == "2 thousands, 2 hundreds, 2 tens and 2 ones");
    CHECK(placeValueSentence(PlaceCounts{}) == "0 ones");
    CHECK(placeValueSentence(counts({{Place::Tens, 4}, {Place::Ones, 13}})) == "4 tens and 13 ones");
    GIVEN("a chart that shows its zero places") {
        const SentenceOptions hto{true, Place::Hundreds, Place::Ones};
        CHECK(placeValueSentence(canonical(v("307")), hto) == "3 hundreds, 0 tens and 7 ones");
        // Empty columns above the number are not placeholders: they are not named.
        CHECK(placeValueSentence(PlaceCounts{}, hto) == "0 ones");
        CHECK(placeValueSentence(canonical(v("47")), hto) == "4 tens and 7 ones");
        CHECK(placeValueSentence(canonical(v("230")), hto) == "2 hundreds, 3 tens and 0 ones");
        const SentenceOptions decimals{true, Place::Ones, Place::Hundredths};
        CHECK(placeValueSentence(canonical(v("0.05")), decimals) == "0 ones, 0 tenths and 5 hundredths");
        THEN("a place outside the chart that is not zero is still named") {
            const SentenceOptions to{true, Place::Tens, Place::Ones};
            CHECK(placeValueSentence(canonical(v("304")), to) == "3 hundreds, 0 tens and 4 ones");
        }
    }
}

SCENARIO("Stem sentences for base 10 and place value", "[forms]") {
    GIVEN("tens and ones") {
        CHECK(tensAndOnesStem(canonical(v("47"))).value() == "4 tens and 7 ones is 47.");
        CHECK(tensAndOnesStem(counts({{Place::Tens, 4}, {Place::Ones, 13}})).value() == "4 tens and 13 ones is 53.");
        CHECK(tensAndOnesStem(canonical(v("11"))).value() == "1 ten and 1 one is 11.");
        CHECK(tensAndOnesStem(canonical(v("50"))).value() == "5 tens and 0 ones is 50.");
        CHECK(tensAndOnesStem(counts({{Place::Tens, 67}, {Place::Ones, 4}})).value() == "67 tens and 4 ones is 674.");
        CHECK(tensAndOnesStem(canonical(v("347"))).error().message ==
              "This sentence is for tens and ones only, and there are other places too.");
    }
    GIVEN("hundreds, tens and ones") {
        CHECK(hundredsTensOnesStem(canonical(v("347"))).value() == "3 hundreds, 4 tens and 7 ones make 347.");
        CHECK(hundredsTensOnesStem(canonical(v("47"))).value() == "0 hundreds, 4 tens and 7 ones make 47.");
        CHECK(hundredsTensOnesStem(counts({{Place::Hundreds, 6}, {Place::Ones, 74}})).value() ==
              "6 hundreds, 0 tens and 74 ones make 674.");
        CHECK_FALSE(hundredsTensOnesStem(canonical(v("1347"))).ok());
        CHECK_FALSE(hundredsTensOnesStem(canonical(v("3.5"))).ok());
    }
    GIVEN("any arrangement") {
        CHECK(placeValueStem(canonical(v("2005"))) == "2 thousands and 5 ones make 2,005.");
        CHECK(placeValueStem(canonical(v("1.25"))) == "1 one, 2 tenths and 5 hundredths make 1.25.");
        CHECK(placeValueStem(canonical(v("100"))) == "1 hundred makes 100.");
        CHECK(placeValueStem(canonical(v("0.1"))) == "1 tenth makes 0.1.");
        CHECK(placeValueStem(canonical(v("101"))) == "1 hundred and 1 one make 101.");
    }
}

SCENARIO("Places have names, headings and short labels", "[forms]") {
    CHECK(placeCountPhrase(Place::Tens, 1) == "1 ten");
    CHECK(placeCountPhrase(Place::HundredThousands, 3) == "3 hundred thousands");
    CHECK(placeCountPhrase(Place::Thousandths, 1) == "1 thousandth");
    CHECK(placeName(Place::Hundredths, false) == "hundredth");
    CHECK(placeName(Place::Ones, true) == "ones");
    CHECK(placeHeading(Place::TenThousands) == "Ten thousands");
    THEN("thousands and tenths are told apart") {
        CHECK(placeShortLabel(Place::Thousands) == "Th");
        CHECK(placeShortLabel(Place::Tenths) == "Tth");
        CHECK(placeShortLabel(Place::Thousandths) == "Thth");
        CHECK(placeShortLabel(Place::Millions) == "M");
        CHECK(placeShortLabel(Place::HundredThousands) == "HTh");
        CHECK(placeShortLabel(Place::TenThousands) == "TTh");
    }
}
