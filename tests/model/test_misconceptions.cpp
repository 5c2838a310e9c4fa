// Tests for the catalogue of misconceptions: each rule with examples that show the thinking and examples
// that do not, the pure functions the rules use, the order diagnose() tries them in, and the catalogue's words.
#include <catch2/catch.hpp>

#include <set>

#include "model/misconceptions.hpp"
#include "model/text.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
Value d(const char* text) { return Value::parse(text).value(); }
PlaceCounts counts(std::int64_t hundreds, std::int64_t tens, std::int64_t ones) {
    return PlaceCounts::of({{Place::Hundreds, hundreds}, {Place::Tens, tens}, {Place::Ones, ones}}).value();
}
Attempt attempt(Value expected, Value shown) {
    Attempt a;
    a.expected = expected;
    a.shown = shown;
    return a;
}
Attempt withPieces(Value expected, Value shown, PlaceCounts pieces) {
    Attempt a = attempt(expected, shown);
    a.pieces.push_back(pieces);
    return a;
}
Attempt fractions(std::int64_t en, std::int64_t ed, std::int64_t sn, std::int64_t sd) {
    Attempt a;
    a.expectedFraction = Fraction::make(en, ed).value();
    a.shownFraction = Fraction::make(sn, sd).value();
    return a;
}
}  // namespace

SCENARIO("Place holder zero left out: 305 built as 35", "[misconceptions]") {
    THEN("a zero holding an empty place, left out, is seen") {
        CHECK(placeHolderZeroLeftOut(attempt(v(305), v(35))));
        CHECK(placeHolderZeroLeftOut(attempt(v(109), v(19))));  // a flat and 9 cubes read as 19
        CHECK(placeHolderZeroLeftOut(attempt(v(1050), v(15))));
        CHECK(placeHolderZeroLeftOut(attempt(v(40), v(4))));
        CHECK(placeHolderZeroLeftOut(attempt(d("3.07"), d("3.7"))));
        CHECK(placeHolderZeroLeftOut(attempt(d("0.05"), d("0.5"))));
        CHECK(placeHolderZeroLeftOut(attempt(d("20.05"), d("2.5"))));
        CHECK(placeHolderZeroLeftOut(attempt(v(305000), v(35000))));  // only the zero inside left out
        CHECK(placeHolderZeroLeftOut(attempt(v(2047), v(247))));
    }
    THEN("other mistakes, and the right answer, are not it") {
        CHECK_FALSE(placeHolderZeroLeftOut(attempt(v(305), v(305))));
        CHECK_FALSE(placeHolderZeroLeftOut(attempt(v(305), v(350))));
        CHECK_FALSE(placeHolderZeroLeftOut(attempt(v(47), v(74))));
        CHECK_FALSE(placeHolderZeroLeftOut(attempt(v(35), v(305))));  // a zero put in, not left out
        CHECK_FALSE(placeHolderZeroLeftOut(attempt(d("0.5"), d("0.05"))));
    }
    THEN("withoutPlaceHolderZeros lists what the number becomes without its zeros") {
        CHECK(withoutPlaceHolderZeros(v(305)) == std::vector<Value>{v(35)});
        CHECK(withoutPlaceHolderZeros(d("30.07")) == std::vector<Value>{d("30.7"), d("3.07"), d("3.7")});
        CHECK(withoutPlaceHolderZeros(v(1050)) == std::vector<Value>{v(150), v(105), v(15)});
        CHECK(withoutPlaceHolderZeros(v(47)).empty());
        CHECK(withoutPlaceHolderZeros(d("0.45")).empty());  // the 0 of the ones is no place holder to leave out
    }
}

SCENARIO("Reading by concatenation: 4 tens and 13 ones read as 413", "[misconceptions]") {
    const PlaceCounts fortyThirteen = PlaceCounts::of({{Place::Tens, 4}, {Place::Ones, 13}}).value();
    THEN("pieces with ten or more in a column, read as digits side by side, are seen either way round") {
        CHECK(readByConcatenation(withPieces(v(53), v(413), fortyThirteen)));  // read 53 as 413
        CHECK(readByConcatenation(withPieces(v(413), v(53), fortyThirteen)));  // built 413 as 4 tens 13 ones
        CHECK(readByConcatenation(withPieces(v(215), v(1115), counts(1, 11, 5))));
        Attempt built = attempt(v(413), v(53));
        built.built = fortyThirteen;
        CHECK(readByConcatenation(built));
    }
    THEN("without such pieces, or with a standard arrangement, it is not it") {
        CHECK_FALSE(readByConcatenation(attempt(v(53), v(413))));
        CHECK_FALSE(readByConcatenation(withPieces(v(53), v(413), counts(0, 5, 3))));
        CHECK_FALSE(readByConcatenation(withPieces(v(53), v(53), fortyThirteen)));
        CHECK_FALSE(readByConcatenation(withPieces(v(53), v(314), fortyThirteen)));
    }
    THEN("concatenatedReading writes the counts side by side") {
        CHECK(concatenatedReading(fortyThirteen) == v(413));
        CHECK(concatenatedReading(counts(1, 0, 12)) == v(1012));
        CHECK(concatenatedReading(counts(0, 0, 0)) == v(0));
        CHECK_FALSE(concatenatedReading(PlaceCounts::of({{Place::Ones, 3}, {Place::Tenths, 12}}).value()));
    }
}

SCENARIO("Digits swapped: 47 built as 74", "[misconceptions]") {
    CHECK(digitsSwapped(attempt(v(47), v(74))));
    CHECK(digitsSwapped(attempt(v(352), v(325))));
    CHECK(digitsSwapped(attempt(v(352), v(253))));
    CHECK(digitsSwapped(attempt(d("0.47"), d("0.74"))));
    CHECK_FALSE(digitsSwapped(attempt(v(47), v(47))));
    CHECK_FALSE(digitsSwapped(attempt(v(44), v(44))));
    CHECK_FALSE(digitsSwapped(attempt(v(47), v(48))));
    CHECK_FALSE(digitsSwapped(attempt(v(352), v(523))));  // three digits moved
    CHECK_FALSE(digitsSwapped(attempt(v(40), v(4))));     // 04 is not written
}

SCENARIO("Counting pieces instead of their value: 6 tens and 3 ones read as 9", "[misconceptions]") {
    THEN("pieces counted one each are seen either way round") {
        CHECK(countedPiecesNotValue(withPieces(v(63), v(9), counts(0, 6, 3))));
        CHECK(countedPiecesNotValue(withPieces(v(5), v(23), counts(0, 2, 3))));  // 5 made with 5 pieces worth 23
        CHECK(countedPiecesNotValue(withPieces(v(214), v(7), counts(2, 1, 4))));
    }
    THEN("ones alone, other numbers or no pieces are not it") {
        CHECK_FALSE(countedPiecesNotValue(withPieces(v(9), v(9), counts(0, 0, 9))));
        CHECK_FALSE(countedPiecesNotValue(withPieces(v(63), v(10), counts(0, 6, 3))));
        CHECK_FALSE(countedPiecesNotValue(attempt(v(63), v(9))));
    }
}

SCENARIO("Ten not exchanged: 1 more than 59 written as 510", "[misconceptions]") {
    THEN("a number written with ten or more in one column is seen") {
        CHECK(tenNotExchanged(attempt(v(60), v(510))));
        CHECK(tenNotExchanged(attempt(v(100), v(910))));  // 99 + 1 as 9 tens and 10 ones
        CHECK(tenNotExchanged(attempt(v(63), v(513))));   // 38 + 25 added column by column
        CHECK(tenNotExchanged(attempt(v(400), v(3100))));
    }
    THEN("pieces left with ten in a column, when the standard way was asked for, are seen") {
        Attempt a = attempt(v(60), v(60));
        a.built = counts(0, 5, 10);
        a.standardWanted = true;
        CHECK(tenNotExchanged(a));
        a.standardWanted = false;
        CHECK_FALSE(tenNotExchanged(a));
        a.standardWanted = true;
        a.built = counts(0, 6, 0);
        CHECK_FALSE(tenNotExchanged(a));
    }
    THEN("other numbers are not it") {
        CHECK_FALSE(tenNotExchanged(attempt(v(60), v(60))));
        CHECK_FALSE(tenNotExchanged(attempt(v(60), v(61))));
        CHECK_FALSE(tenNotExchanged(attempt(v(60), v(6))));
        CHECK_FALSE(tenNotExchanged(attempt(d("0.6"), d("0.51"))));
    }
}

SCENARIO("Subtracting the smaller digit from the larger: 52 - 37 = 25", "[misconceptions]") {
    Attempt a = attempt(v(15), v(25));
    a.question = Operation{v(52), v(37), true};
    THEN("the column-by-column difference is seen in a subtraction") {
        CHECK(smallerDigitFromLarger(a));
        Attempt b = attempt(v(127), v(273));
        b.question = Operation{v(405), v(278), true};
        CHECK(smallerDigitFromLarger(b));
        CHECK(smallerFromLargerDifference(v(52), v(37)) == v(25));
        CHECK(smallerFromLargerDifference(v(405), v(78)) == v(473));
    }
    THEN("without the subtraction, in an addition, or with the right answer it is not it") {
        CHECK_FALSE(smallerDigitFromLarger(attempt(v(15), v(25))));
        Attempt sum = a;
        sum.question->subtract = false;
        CHECK_FALSE(smallerDigitFromLarger(sum));
        Attempt right = a;
        right.shown = v(15);
        CHECK_FALSE(smallerDigitFromLarger(right));
        Attempt noExchange = attempt(v(24), v(24));
        noExchange.question = Operation{v(57), v(33), true};
        CHECK_FALSE(smallerDigitFromLarger(noExchange));
    }
}

SCENARIO("A larger denominator taken for a larger fraction: 1/8 for 1/4", "[misconceptions]") {
    CHECK(largerDenominatorTakenAsLarger(fractions(1, 4, 1, 8)));
    CHECK(largerDenominatorTakenAsLarger(fractions(2, 3, 2, 5)));
    CHECK_FALSE(largerDenominatorTakenAsLarger(fractions(1, 8, 1, 4)));
    CHECK_FALSE(largerDenominatorTakenAsLarger(fractions(1, 4, 1, 4)));
    CHECK_FALSE(largerDenominatorTakenAsLarger(fractions(1, 4, 3, 8)));
    CHECK_FALSE(largerDenominatorTakenAsLarger(attempt(v(4), v(8))));
}

SCENARIO("A longer decimal taken for a larger one: 0.45 for 0.5", "[misconceptions]") {
    CHECK(longerDecimalTakenAsLarger(attempt(d("0.5"), d("0.45"))));
    CHECK(longerDecimalTakenAsLarger(attempt(d("3.5"), d("3.125"))));
    CHECK_FALSE(longerDecimalTakenAsLarger(attempt(d("0.45"), d("0.5"))));
    CHECK_FALSE(longerDecimalTakenAsLarger(attempt(d("0.5"), d("0.55"))));  // longer but larger
    CHECK_FALSE(longerDecimalTakenAsLarger(attempt(d("1.5"), d("0.45"))));  // a different whole part
    CHECK_FALSE(longerDecimalTakenAsLarger(attempt(d("0.5"), d("0.5"))));
    CHECK_FALSE(longerDecimalTakenAsLarger(attempt(d("0.5"), d("0.4"))));  // smaller, but no longer
}

SCENARIO("diagnose tries the catalogue in order", "[misconceptions]") {
    THEN("each entry's own example is diagnosed as that entry") {
        for (const Misconception m : kMisconceptions) {
            INFO(misconceptionId(m));
            const Attempt a = misconceptionExampleAttempt(m);
            CHECK(matches(m, a));
            CHECK(diagnose(a) == m);
        }
    }
    THEN("a mistake no rule explains has no misconception") {
        CHECK_FALSE(diagnose(attempt(v(47), v(52))));
        CHECK_FALSE(diagnose(attempt(v(47), v(47))));
    }
    WHEN("4 tens and 13 ones lie on the board and 413 is typed") {
        THEN("reading by concatenation comes before ten not exchanged") {
            const Attempt a = withPieces(v(53), v(413), PlaceCounts::of({{Place::Tens, 4}, {Place::Ones, 13}}).value());
            CHECK(tenNotExchanged(a));
            CHECK(diagnose(a) == Misconception::Concatenation);
        }
    }
}

SCENARIO("Every misconception has an id, words for the teacher and a hint for the pupil", "[misconceptions]") {
    std::set<std::string_view> ids;
    for (const Misconception m : kMisconceptions) {
        const std::string_view id = misconceptionId(m);
        INFO(id);
        ids.insert(id);
        CHECK(misconceptionFromId(id) == m);
        for (const char* part : {"name", "teacher", "example", "hint", "answer", "look"})
            CHECK(hasText("lesson.mis." + std::string(id) + "." + part));
        CHECK(misconceptionHint(m, "305", "35").find("{") == std::string::npos);
        CHECK(misconceptionAnswerHint(m, "35").rfind("35", 0) == 0);
        CHECK_FALSE(misconceptionExplanation(m).empty());
    }
    CHECK(ids.size() == kMisconceptions.size());
    CHECK_FALSE(misconceptionFromId("wrong"));
    CHECK(misconceptionHint(Misconception::PlaceHolderZero, "305", "35").rfind("This shows 35, not 305.", 0) == 0);
    CHECK(misconceptionExample(Misconception::SmallerFromLarger) == "52 - 37 answered as 25");
}
