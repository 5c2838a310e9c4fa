// Tests for Value: reading typed numbers, the range, refusals with reasons, and exact arithmetic.
#include <catch2/catch.hpp>

#include <limits>

#include "model/forms.hpp"
#include "model/value.hpp"

using namespace tenfold::model;

namespace {
std::int64_t parsedMilli(std::string_view text) {
    const Result<Value> v = Value::parse(text);
    REQUIRE(v.ok());
    return v.value().milli();
}
std::string parseError(std::string_view text) {
    const Result<Value> v = Value::parse(text);
    REQUIRE_FALSE(v.ok());
    return v.error().message;
}
}  // namespace

SCENARIO("A teacher types numbers on the keypad", "[value]") {
    GIVEN("whole numbers, with or without commas and spaces") {
        CHECK(parsedMilli("47") == 47'000);
        CHECK(parsedMilli("1,234") == 1'234'000);
        CHECK(parsedMilli("1234") == 1'234'000);
        CHECK(parsedMilli(" 12 ") == 12'000);
        CHECK(parsedMilli("0") == 0);
        CHECK(parsedMilli("007") == 7'000);
        CHECK(parsedMilli("9,999,999") == 9'999'999'000);
        CHECK(parsedMilli("1,000,000") == 1'000'000'000);
    }
    GIVEN("decimals to thousandths") {
        CHECK(parsedMilli("0.45") == 450);
        CHECK(parsedMilli("3.07") == 3'070);
        CHECK(parsedMilli("0.005") == 5);
        CHECK(parsedMilli("0.450") == 450);
        CHECK(parsedMilli(".5") == 500);
        CHECK(parsedMilli("1,234.5") == 1'234'500);
        CHECK(parsedMilli("9,999,999.999") == 9'999'999'999);
    }
}

SCENARIO("Typed numbers Tenfold cannot show are refused with a reason", "[value]") {
    CHECK(parseError("") == "Type a number first.");
    CHECK(parseError("   ") == "Type a number first.");
    CHECK(parseError("10,000,000") == "That number is too big: 9,999,999 is the largest whole number Tenfold can show.");
    CHECK(parseError("12345678901234567890") ==
          "That number is too big: 9,999,999 is the largest whole number Tenfold can show.");
    CHECK(parseError("-3") == "Tenfold shows numbers from 0 upwards, so it cannot show -3.");
    CHECK(parseError("0.4567") == "Tenfold shows decimals to thousandths: use at most 3 digits after the decimal point.");
    CHECK(parseError("4x") ==
          "\"4x\" is not a number Tenfold can read: use the digits 0 to 9, with commas between thousands and one "
          "decimal point.");
    CHECK(parseError("+4").find("is not a number") != std::string::npos);
    CHECK(parseError("1e5").find("is not a number") != std::string::npos);
    CHECK(parseError("12,34") ==
          "The commas in \"12,34\" are not in the right places: they go between groups of three digits, as in "
          "1,234,567.");
    CHECK(parseError(",123").find("commas") != std::string::npos);
    CHECK(parseError("1,2345").find("commas") != std::string::npos);
    CHECK(parseError("1,234,").find("commas") != std::string::npos);
    CHECK(parseError("0.1,2").find("commas") != std::string::npos);
    CHECK(parseError("1.2.3") == "\"1.2.3\" has more than one decimal point.");
    CHECK(parseError("5.") == "\"5.\" needs a digit after the decimal point.");
    CHECK(parseError(".").find("is not a number") != std::string::npos);
}

SCENARIO("Values are made only inside the range", "[value]") {
    CHECK(Value::whole(9'999'999).ok());
    CHECK_FALSE(Value::whole(10'000'000).ok());
    CHECK_FALSE(Value::whole(-1).ok());
    CHECK(Value::whole(-1).error().message == "Tenfold shows numbers from 0 upwards, so it cannot show -1.");
    CHECK(Value::fromMilli(kMaxMilli).ok());
    CHECK_FALSE(Value::fromMilli(kMaxMilli + 1).ok());
    CHECK(Value::fromMilli(-500).error().message == "Tenfold shows numbers from 0 upwards, so it cannot show -0.5.");
    CHECK_FALSE(Value::fromMilli(std::numeric_limits<std::int64_t>::min()).ok());
}

SCENARIO("Parts of a value", "[value]") {
    const Value v = Value::parse("3.07").value();
    CHECK(v.wholePart() == 3);
    CHECK(v.fractionMilli() == 70);
    CHECK(v.decimalPlaces() == 2);
    CHECK_FALSE(v.isWhole());
    CHECK(Value::parse("12").value().isWhole());
    CHECK(Value::parse("0.450").value().decimalPlaces() == 2);
    CHECK(Value::parse("0.005").value().decimalPlaces() == 3);
    CHECK(Value{}.isZero());
}

SCENARIO("Decimals compare by value, not by length", "[value]") {
    const Value a = Value::parse("0.45").value();
    const Value b = Value::parse("0.5").value();
    CHECK(a < b);
    CHECK(Value::parse("0.50").value() == b);
    CHECK(Value::parse("0.1").value() > Value::parse("0.099").value());
}

SCENARIO("Exact arithmetic refuses instead of leaving the range", "[value]") {
    const auto v = [](std::string_view s) { return Value::parse(s).value(); };
    GIVEN("sums and differences") {
        CHECK(add(v("0.1"), v("0.2")).value() == v("0.3"));
        CHECK(add(v("9,999,999"), v("0.999")).value().milli() == kMaxMilli);
        CHECK(add(v("9,999,999"), v("1")).error().message ==
              "The answer would be bigger than 9,999,999.999, the largest number Tenfold can show.");
        CHECK(subtract(v("500"), v("234")).value() == v("266"));
        CHECK(subtract(v("52"), v("52")).value() == Value{});
        CHECK(subtract(v("37"), v("52")).error().message == "You cannot take 52 away from 37: there is not enough.");
    }
    GIVEN("multiplying and sharing") {
        CHECK(multiply(v("6"), 300).value() == v("1,800"));
        CHECK(multiply(v("0.3"), 3).value() == v("0.9"));
        CHECK_FALSE(multiply(v("5,000,000"), 2).ok());
        CHECK_FALSE(multiply(v("5"), -1).ok());
        CHECK(divideEqually(v("24"), 3).value() == v("8"));
        CHECK(divideEqually(v("1"), 8).value() == v("0.125"));
        CHECK(divideEqually(v("10"), 3).error().message == "10 cannot be shared exactly into 3 equal parts.");
        CHECK(divideEqually(v("10"), 0).error().message == "A number cannot be shared into 0 equal parts.");
    }
}

SCENARIO("Places and their sizes", "[value]") {
    CHECK(placeMilli(Place::Ones) == 1'000);
    CHECK(placeMilli(Place::Tenths) == 100);
    CHECK(placeMilli(Place::Thousandths) == 1);
    CHECK(placeMilli(Place::Millions) == 1'000'000'000);
    CHECK(placeMilli(static_cast<Place>(7)) == 0);
    CHECK(placeAbove(Place::Ones) == Place::Tens);
    CHECK(placeBelow(Place::Ones) == Place::Tenths);
    CHECK_FALSE(placeAbove(Place::Millions).has_value());
    CHECK_FALSE(placeBelow(Place::Thousandths).has_value());
}

SCENARIO("Numbers written in a JSON file are read exactly, never through a double", "[value]") {
    GIVEN("numbers in every form JSON allows") {
        const auto [written, milli] = GENERATE(table<std::string, std::int64_t>({
            {"0", 0}, {"-0", 0}, {"47", 47'000}, {"0.45", 450}, {"4.50", 4'500}, {"1e6", 1'000'000'000},
            {"1E+6", 1'000'000'000}, {"1000000.0", 1'000'000'000}, {"45e-2", 450}, {"0.001", 1}, {"-2.5", -2'500},
            {"12.3400e1", 123'400}, {"0.000e99999999999999999999", 0}, {"999999999999999.999", 999'999'999'999'999'999}}));
        THEN(written + " is " + std::to_string(milli) + " thousandths") {
            const ExactMilli r = readJsonNumberMilli(written);
            CHECK(r.problem == NumberProblem::None);
            CHECK(r.milli == milli);
        }
    }
    GIVEN("numbers that are not whole thousandths, too large, or not JSON") {
        const auto [written, problem] = GENERATE(table<std::string, NumberProblem>({
            {"0.0005", NumberProblem::NotThousandths},
            {"0.0009999999999999999999", NumberProblem::NotThousandths},
            {"1e-400", NumberProblem::NotThousandths},
            {"1e400", NumberProblem::TooLarge},
            {"1000000000000000", NumberProblem::TooLarge},
            {"-1e99999999999999999999", NumberProblem::TooLarge},
            {"1" + std::string(100'000, '0'), NumberProblem::TooLarge},
            {"01", NumberProblem::NotJsonNumber}, {"1.", NumberProblem::NotJsonNumber}, {".5", NumberProblem::NotJsonNumber},
            {"1e", NumberProblem::NotJsonNumber}, {"+1", NumberProblem::NotJsonNumber}, {"", NumberProblem::NotJsonNumber},
            {"1,000", NumberProblem::NotJsonNumber}, {"NaN", NumberProblem::NotJsonNumber}}));
        THEN("\"" + written.substr(0, 30) + "\" has no exact reading") { CHECK(readJsonNumberMilli(written).problem == problem); }
    }
    GIVEN("a value written as a JSON number") {
        THEN("it is read exactly, or refused quoting what was written") {
            CHECK(Value::fromJsonNumber("1e6").value() == Value::whole(1'000'000).value());
            CHECK(Value::fromJsonNumber("9999999.999").value().milli() == kMaxMilli);
            CHECK(Value::fromJsonNumber("0.0005").error().message ==
                  "0.0005 has more decimal places than Tenfold shows: numbers go to thousandths (3 decimal places).");
            CHECK(Value::fromJsonNumber("10000000").error().message ==
                  "10000000 is too big: 9,999,999.999 is the largest number Tenfold can show.");
            CHECK(Value::fromJsonNumber("-3").error().message == "Tenfold shows numbers from 0 upwards, so it cannot show -3.");
            CHECK(Value::fromJsonNumber("-1e400").error().message ==
                  "Tenfold shows numbers from 0 upwards, so it cannot show -1e400.");
            CHECK(Value::fromJsonNumber("1" + std::string(1'000, '0')).error().message ==
                  "1" + std::string(39, '0') + "... is too big: 9,999,999.999 is the largest number Tenfold can show.");
        }
    }
}
