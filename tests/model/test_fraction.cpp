// Tests for Fraction: range, reading "3/4", comparison by value, simplification and "n/d of a value".
#include <catch2/catch.hpp>

#include "model/forms.hpp"
#include "model/fraction.hpp"

using namespace tenfold::model;

namespace {
Fraction f(std::int64_t n, std::int64_t d) {
    const Result<Fraction> r = Fraction::make(n, d);
    REQUIRE(r.ok());
    return r.value();
}
Value v(std::string_view text) { return Value::parse(text).value(); }
}  // namespace

SCENARIO("Fractions a bar model can show", "[fraction]") {
    CHECK(Fraction::make(3, 4).ok());
    CHECK(Fraction::make(1, 100).ok());
    CHECK(Fraction::make(0, 5).ok());
    CHECK(Fraction::make(5, 4).ok());
    CHECK(Fraction::make(1, 0).error().message == "The bottom number of a fraction must be from 1 to 100.");
    CHECK(Fraction::make(1, 101).error().message == "The bottom number of a fraction must be from 1 to 100.");
    CHECK(Fraction::make(-1, 4).error().message == "The top number of a fraction must be from 0 to 1,000.");
    CHECK_FALSE(Fraction::make(1001, 4).ok());
}

SCENARIO("Fractions are typed as n/d", "[fraction]") {
    CHECK(identical(Fraction::parse("3/4").value(), f(3, 4)));
    CHECK(identical(Fraction::parse(" 2 / 5 ").value(), f(2, 5)));
    CHECK(identical(Fraction::parse("5").value(), f(5, 1)));
    CHECK(Fraction::parse("3/").error().message == "\"3/\" is not a fraction Tenfold can read: write it like 3/4.");
    CHECK_FALSE(Fraction::parse("a/b").ok());
    CHECK_FALSE(Fraction::parse("1/2/3").ok());
    CHECK_FALSE(Fraction::parse("").ok());
    CHECK(Fraction::parse("1/200").error().message == "The bottom number of a fraction must be from 1 to 100.");
}

SCENARIO("Fractions compare by value", "[fraction]") {
    THEN("a larger denominator is a smaller unit fraction") {
        CHECK(f(1, 8) < f(1, 4));
        CHECK(f(1, 100) < f(1, 99));
    }
    THEN("equivalent fractions are equal but not identical") {
        CHECK(f(2, 4) == f(1, 2));
        CHECK(f(6, 8) == f(3, 4));
        CHECK_FALSE(identical(f(2, 4), f(1, 2)));
        CHECK(f(2, 3) > f(3, 5));
        CHECK(f(4, 4) == f(1, 1));
    }
}

SCENARIO("Fractions simplify to lowest terms", "[fraction]") {
    CHECK(identical(simplify(f(6, 8)), f(3, 4)));
    CHECK(identical(simplify(f(50, 100)), f(1, 2)));
    CHECK(identical(simplify(f(7, 9)), f(7, 9)));
    CHECK(identical(simplify(f(0, 5)), f(0, 1)));
    CHECK(identical(simplify(f(12, 4)), f(3, 1)));
    CHECK(fractionText(f(3, 4)) == "3/4");
}

SCENARIO("A fraction of an amount", "[fraction]") {
    CHECK(fractionOf(f(3, 4), v("24")).value() == v("18"));
    CHECK(fractionOf(f(2, 3), v("24")).value() == v("16"));
    CHECK(fractionOf(f(1, 2), v("1")).value() == v("0.5"));
    CHECK(fractionOf(f(1, 8), v("1")).value() == v("0.125"));
    CHECK(fractionOf(f(0, 5), v("35")).value() == v("0"));
    CHECK(fractionOf(f(5, 4), v("8")).value() == v("10"));
    CHECK(fractionOf(f(1, 3), v("1")).error().message ==
          "1/3 of 1 cannot be shown exactly: it would need more than 3 decimal places.");
    CHECK(fractionOf(f(3, 2), v("9,000,000")).error().message ==
          "The answer would be bigger than 9,999,999.999, the largest number Tenfold can show.");
}
