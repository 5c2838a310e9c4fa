// Tests for checking a step: every kind of check right and not right, the verdict's sentence (the stem
// sentence, or the misconception and where to look), which model a verdict is about, the standard
// arrangement rule, and the checks that cannot be met.
#include <catch2/catch.hpp>

#include "model/board_file.hpp"
#include "model/lesson_check.hpp"
#include "model/text.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
Value d(const char* text) { return Value::parse(text).value(); }

Board board(const std::string& models) {
    auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1, "models": [)" + models + "]}");
    REQUIRE(b.ok());
    return b.value();
}
Board boardWithGroups(const std::string& groups, const std::string& models) {
    auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1, "groups": [)" + groups + R"(], "models": [)" + models + "]}");
    REQUIRE(b.ok());
    return b.value();
}
Check valueCheck(Value want) {
    Check c;
    c.value = want;
    return c;
}
UnknownQuestion partWhole(std::optional<std::int64_t> whole, std::vector<std::optional<std::int64_t>> parts) {
    UnknownQuestion q;
    q.whole = whole ? knownCell(v(*whole)) : unknownCell();
    for (const auto& p : parts) q.parts.push_back(p ? knownCell(v(*p)) : unknownCell());
    return q;
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

SCENARIO("A value check", "[lesson-check]") {
    WHEN("the blocks show 47") {
        const Verdict r = checkStep(board(R"({"kind": "blocks", "value": 47})"), valueCheck(v(47)));
        THEN("it is right and says the stem sentence") {
            CHECK(r.right);
            CHECK(r.sentence == "4 tens and 7 ones make 47.");
            CHECK(r.model == ModelId{1});
            CHECK_FALSE(r.misconception);
        }
    }
    WHEN("305 was built as 35") {
        const Verdict r = checkStep(board(R"({"kind": "blocks", "value": 35})"), valueCheck(v(305)));
        THEN("the place holder zero is named, with where to look") {
            CHECK_FALSE(r.right);
            CHECK(r.misconception == Misconception::PlaceHolderZero);
            CHECK(r.failed == "value");
            CHECK(r.sentence.rfind("This shows 35, not 305.", 0) == 0);
            CHECK(contains(r.sentence, "Look at the base 10 blocks (model 1): the empty column"));
        }
    }
    WHEN("the value is wrong in a way no rule explains") {
        const Verdict r = checkStep(board(R"({"kind": "beads", "value": 52})"), valueCheck(v(47)));
        THEN("it still says what is there and where to look, never just wrong") {
            CHECK_FALSE(r.right);
            CHECK_FALSE(r.misconception);
            CHECK(r.sentence == "This shows 52, not 47. Look at the bead string (model 1): count the beads pushed to the "
                                "left, in fives or tens.");
        }
    }
    WHEN("1 more than 59 is asked as a question and 510 was typed as a numeral") {
        Check c;
        c.question = Operation{v(59), v(1), false};
        const Verdict r = checkStep(board(R"({"kind": "numeral", "level": "abstract", "value": 510})"), c);
        THEN("ten not exchanged is named") {
            CHECK(r.misconception == Misconception::TenNotExchanged);
            CHECK(contains(r.sentence, "read the number again: it is 60."));
        }
    }
    WHEN("0.5 is wanted and 0.45 was built") {
        const Verdict r = checkStep(board(R"({"kind": "blocks", "value": "0.45"})"), valueCheck(d("0.5")));
        THEN("the longer decimal is named") { CHECK(r.misconception == Misconception::LongerDecimal); }
    }
    WHEN("blocks of 4 tens and 13 ones lie on the board and the numeral beside them says 413") {
        Check c = valueCheck(v(53));
        c.model = 3;
        const Board b = board(R"({"kind": "blocks", "parts": [{"counts": {"tens": 4, "ones": 13}}]},
                                 {"kind": "numeral", "level": "abstract", "value": 413, "x": 900})");
        const Verdict r = checkStep(b, c);
        THEN("reading by concatenation is named, about the numeral") {
            CHECK(r.misconception == Misconception::Concatenation);
            CHECK(r.model == ModelId{3});
        }
    }
    WHEN("6 tens and 3 ones lie on the board and the numeral says 9") {
        Check c = valueCheck(v(63));
        c.model = 3;
        const Board b = board(R"({"kind": "blocks", "value": 63}, {"kind": "numeral", "level": "abstract", "value": 9, "x": 900})");
        THEN("counting pieces is named") { CHECK(checkStep(b, c).misconception == Misconception::CountingPieces); }
    }
    WHEN("47 was built as 74") {
        THEN("the swapped digits are named") {
            CHECK(checkStep(board(R"({"kind": "counters", "value": 74})"), valueCheck(v(47))).misconception ==
                  Misconception::DigitsSwapped);
        }
    }
}

SCENARIO("How it is shown, and which model the verdict is about", "[lesson-check]") {
    const Board linked = boardWithGroups(R"({"id": 1, "value": 47})",
                                         R"({"id": 2, "kind": "blocks", "group": 1}, {"id": 3, "kind": "beads", "group": 1, "x": 900})");
    Check c = valueCheck(v(47));
    c.shownAs = Representation::Beads;
    WHEN("any model may be right") {
        const Verdict r = checkStep(linked, c);
        THEN("the bead string is right") {
            CHECK(r.right);
            CHECK(r.model == ModelId{3});
            CHECK(r.sentence == "47 beads are counted.");
        }
    }
    WHEN("the check names the blocks") {
        c.model = 2;
        const Verdict r = checkStep(linked, c);
        THEN("the blocks are not a bead string") {
            CHECK_FALSE(r.right);
            CHECK(r.failed == "shown-as");
            CHECK(r.sentence == "This is shown as base 10 blocks, but the step asks for bead string. Look at the base 10 blocks "
                                "(model 2): its menu can show it another way (Show as).");
        }
    }
    WHEN("the check names a model that is not there") {
        c.model = 9;
        const Verdict r = checkStep(linked, c);
        THEN("it says so") {
            CHECK_FALSE(r.right);
            CHECK(r.sentence == "Model 9 is not on the board any more: the step checks that model.");
        }
    }
    WHEN("the board is empty") {
        const Verdict r = checkStep(Board{}, c);
        THEN("it says to build the model first") { CHECK(r.sentence == "The board is empty: build the model first."); }
    }
    WHEN("no model is right") {
        const Board b = board(R"({"kind": "beads", "value": 40}, {"kind": "blocks", "value": 47, "x": 900})");
        const Verdict r = checkStep(b, c);
        THEN("the verdict is about the model that meets the most") {
            CHECK_FALSE(r.right);
            CHECK(r.model == ModelId{1});
            CHECK(r.failed == "value");
        }
    }
}

SCENARIO("Arrangement checks: standard, not standard, pieces, parts", "[lesson-check]") {
    Check standard = valueCheck(v(60));
    standard.arrangement = ArrangementRule::Standard;
    WHEN("5 tens and 10 ones are left unexchanged") {
        const Verdict r = checkStep(board(R"({"kind": "blocks", "parts": [{"counts": {"tens": 5, "ones": 10}}]})"), standard);
        THEN("the value is right but ten not exchanged is named") {
            CHECK_FALSE(r.right);
            CHECK(r.failed == "arrangement");
            CHECK(r.misconception == Misconception::TenNotExchanged);
        }
    }
    WHEN("the standard way is asked of a part-whole model of 30 and 17") {
        Check c = valueCheck(v(47));
        c.arrangement = ArrangementRule::Standard;
        const Verdict r = checkStep(board(R"({"kind": "part-whole", "parts": [30, 17]})"), c);
        THEN("it says what the standard way is") {
            CHECK(r.sentence.rfind("This shows 47 as 30 + 17. Show it the standard way: 4 tens and 7 ones.", 0) == 0);
        }
        THEN("40 and 7 in either order is right") {
            CHECK(checkStep(board(R"({"kind": "part-whole", "parts": [7, 40]})"), c).right);
        }
    }
    Check another = valueCheck(v(47));
    another.arrangement = ArrangementRule::NotStandard;
    WHEN("47 is shown another way") {
        const Verdict r = checkStep(board(R"({"kind": "blocks", "parts": [{"counts": {"tens": 3, "ones": 17}}]})"), another);
        THEN("it is right") {
            CHECK(r.right);
            CHECK(r.sentence == "3 tens and 17 ones make 47.");
        }
    }
    WHEN("47 is still the standard way") {
        const Verdict r = checkStep(board(R"({"kind": "blocks", "value": 47})"), another);
        THEN("it asks for another way") {
            CHECK_FALSE(r.right);
            CHECK(r.sentence.rfind("This shows 47 the standard way, 4 tens and 7 ones. Show it another way", 0) == 0);
        }
    }
    Check pieces = valueCheck(v(47));
    pieces.pieces = 20;
    WHEN("exactly 20 pieces are asked for") {
        THEN("3 tens and 17 ones are right, 4 tens and 7 ones are not, a part-whole has no pieces") {
            CHECK(checkStep(board(R"({"kind": "counters", "parts": [{"counts": {"tens": 3, "ones": 17}}]})"), pieces).right);
            const Verdict r = checkStep(board(R"({"kind": "counters", "value": 47})"), pieces);
            CHECK(r.sentence.rfind("This uses 11 pieces, but the step asks for exactly 20.", 0) == 0);
            CHECK(checkStep(board(R"({"kind": "part-whole", "parts": [30, 17]})"), pieces).failed == "pieces");
        }
    }
    Check three = valueCheck(v(47));
    three.inParts = 3;
    WHEN("three parts are asked for") {
        THEN("20, 20 and 7 are right, 40 and 7 are not") {
            CHECK(checkStep(board(R"({"kind": "part-whole", "parts": [20, 20, 7]})"), three).right);
            const Verdict r = checkStep(board(R"({"kind": "part-whole", "parts": [40, 7]})"), three);
            CHECK(r.sentence.rfind("This is in 2 parts, but the step asks for 3 parts.", 0) == 0);
            CHECK_FALSE(checkStep(board(R"({"kind": "part-whole", "parts": [10, 10, 20, 7]})"), three).right);
        }
    }
    Check parts;
    parts.parts = {v(30), v(17)};
    WHEN("the parts 30 and 17 are asked for") {
        THEN("they are right in any order, and other parts are named") {
            CHECK(checkStep(board(R"({"kind": "part-whole", "parts": [17, 30]})"), parts).right);
            const Verdict r = checkStep(board(R"({"kind": "part-whole", "parts": [40, 7]})"), parts);
            CHECK(r.sentence.rfind("The parts are 40 and 7, but they should be 30 and 17.", 0) == 0);
        }
    }
}

SCENARIO("Fraction checks on equal-part bars", "[lesson-check]") {
    Check quarter;
    quarter.fraction = ShadedFraction{1, 4};
    const auto bar = [](int parts, int shaded) {
        return board(R"({"kind": "bar", "value": 24, "bar": {"mode": "equal-parts", "parts": )" + std::to_string(parts) +
                     R"(, "shaded": )" + std::to_string(shaded) + "}}");
    };
    THEN("1 of 4 parts shaded is right, and so is the equal fraction 2 of 8") {
        const Verdict r = checkStep(bar(4, 1), quarter);
        CHECK(r.right);
        CHECK(r.sentence == "1/4 of 24 is 6.");
        CHECK(checkStep(bar(8, 2), quarter).right);
    }
    THEN("1 of 8 parts shaded names the larger denominator") {
        const Verdict r = checkStep(bar(8, 1), quarter);
        CHECK(r.misconception == Misconception::LargerDenominator);
        CHECK(r.sentence.rfind("This shows 1/8, not 1/4.", 0) == 0);
    }
    THEN("3 of 4 shaded is not right, with no misconception to name") {
        const Verdict r = checkStep(bar(4, 3), quarter);
        CHECK_FALSE(r.right);
        CHECK_FALSE(r.misconception);
        CHECK(r.sentence.rfind("This shows 3/4 shaded, not 1/4.", 0) == 0);
    }
    THEN("a bar that is not in equal parts is asked to be one") {
        CHECK(checkStep(board(R"({"kind": "bar", "parts": [6, 18]})"), quarter).failed == "fraction");
    }
}

SCENARIO("Unknown checks: the ? answered", "[lesson-check]") {
    Check c;
    c.unknown = partWhole(52, {37, std::nullopt});
    WHEN("the ? is still there") {
        const Verdict r = checkStep(board(R"({"kind": "part-whole", "whole": 52, "parts": [37, "?"]})"), c);
        THEN("it asks for the answer") {
            CHECK_FALSE(r.right);
            CHECK(r.sentence.rfind("The ? is still there", 0) == 0);
        }
    }
    WHEN("15 was typed in") {
        const Verdict r = checkStep(board(R"({"kind": "part-whole", "whole": 52, "parts": [37, 15]})"), c);
        THEN("it is right and reads the whole model") {
            CHECK(r.right);
            CHECK(r.sentence == "The whole is 52. One part is 37. The other part is 15.");
        }
    }
    WHEN("25 was typed in (the whole kept, so the other part became 27)") {
        const Verdict r = checkStep(board(R"({"kind": "part-whole", "whole": 52, "parts": [27, 25]})"), c);
        THEN("subtracting the smaller digit from the larger is named, without giving the answer away") {
            CHECK(r.misconception == Misconception::SmallerFromLarger);
            CHECK(r.sentence.rfind("25 takes the smaller digit from the larger in each column.", 0) == 0);
            CHECK(r.sentence.find("15") == std::string::npos);
        }
    }
    WHEN("a wrong answer no rule explains was typed") {
        const Verdict r = checkStep(board(R"({"kind": "part-whole", "whole": 52, "parts": [36, 16]})"), c);
        THEN("it says the answer does not fit the question") { CHECK(r.sentence.rfind("16 does not fit 37 + ? = 52.", 0) == 0); }
    }
    WHEN("the answer fits but the whole was changed") {
        const Verdict r = checkStep(board(R"({"kind": "part-whole", "whole": 60, "parts": [45, 15]})"), c);
        THEN("it asks to go back to the question") {
            CHECK_FALSE(r.right);
            CHECK(r.sentence.rfind("The numbers are no longer the question 37 + ? = 52", 0) == 0);
        }
    }
    WHEN("the whole is asked") {
        Check whole;
        whole.unknown = partWhole(std::nullopt, {59, 1});
        THEN("60 is right and 510 names ten not exchanged") {
            CHECK(checkStep(board(R"({"kind": "part-whole", "parts": [59, 1]})"), whole).right);
            const Verdict r = checkStep(board(R"({"kind": "part-whole", "parts": [509, 1]})"), whole);
            CHECK(r.misconception == Misconception::TenNotExchanged);
        }
    }
    WHEN("the difference of two comparison bars is asked") {
        Check diff;
        diff.unknown = UnknownQuestion{knownCell(Value{}), {knownCell(v(13)), knownCell(v(5))}, true};
        THEN("8 is right; still unknown is not") {
            CHECK(checkStep(board(R"({"kind": "bar", "parts": [13, 5], "bar": {"mode": "comparison"}})"), diff).right);
            CHECK_FALSE(checkStep(board(R"({"kind": "bar", "parts": [13, 5], "unknown": "difference", "bar": {"mode": "comparison"}})"),
                                  diff)
                            .right);
        }
    }
    THEN("the question's answer and words") {
        CHECK(answerOf(partWhole(52, {37, std::nullopt})).value() == v(15));
        CHECK(answerOf(partWhole(std::nullopt, {59, 1})).value() == v(60));
        CHECK_FALSE(answerOf(partWhole(52, {37, 20})));
        CHECK_FALSE(answerOf(partWhole(std::nullopt, {37, std::nullopt})));
        CHECK(questionText(partWhole(52, {37, std::nullopt})) == "37 + ? = 52");
        CHECK(questionText(UnknownQuestion{knownCell(Value{}), {knownCell(v(13)), knownCell(v(5))}, true}) ==
              "the difference between 13 and 5");
        CHECK(questionText(partWhole(std::nullopt, {16})) == "the number shown");
        CHECK(answerOf(partWhole(std::nullopt, {16})).value() == v(16));
    }
}

SCENARIO("Every kind of model has words for where to look at its value", "[lesson-check]") {
    for (int k = 0; k < kRepresentationCount; ++k)
        CHECK(hasText("lesson.look.value." + std::string(representationId(static_cast<Representation>(k)))));
}

SCENARIO("The standard arrangement", "[lesson-check]") {
    const auto q = [](const std::string& model) {
        const Board b = board(model);
        return b.groups[0].quantity;
    };
    CHECK(isStandardArrangement(q(R"({"kind": "blocks", "value": 47})")));
    CHECK(isStandardArrangement(q(R"({"kind": "part-whole", "parts": [40, 7]})")));
    CHECK(isStandardArrangement(q(R"({"kind": "part-whole", "parts": [7, 40]})")));
    CHECK(isStandardArrangement(q(R"({"kind": "part-whole", "parts": [47, 0]})")));
    CHECK_FALSE(isStandardArrangement(q(R"({"kind": "part-whole", "parts": [30, 17]})")));
    CHECK_FALSE(isStandardArrangement(q(R"({"kind": "part-whole", "parts": [20, 20, 7]})")));
    CHECK_FALSE(isStandardArrangement(q(R"({"kind": "blocks", "parts": [{"counts": {"tens": 3, "ones": 17}}]})")));
}

SCENARIO("A check that cannot be met is refused, and a check reads in words", "[lesson-check]") {
    THEN("refusals say why") {
        CHECK(checkConsistent(Check{}).error().message.rfind("A check needs something to check", 0) == 0);
        Check both = valueCheck(v(61));
        both.question = Operation{v(59), v(1), false};
        CHECK(checkConsistent(both).error().message == "The question makes 60, but the value is 61.");
        Check parts = valueCheck(v(47));
        parts.parts = {v(30), v(7)};
        CHECK(checkConsistent(parts).error().message == "The parts add up to 37, but the whole is 47.");
        Check take;
        take.question = Operation{v(37), v(52), true};
        CHECK_FALSE(checkConsistent(take));
        Check fraction;
        fraction.fraction = ShadedFraction{5, 4};
        CHECK_FALSE(checkConsistent(fraction));
        Check unknown;
        unknown.unknown = partWhole(52, {60, std::nullopt});
        CHECK_FALSE(checkConsistent(unknown));
    }
    THEN("describeCheck lists every condition") {
        Check c = valueCheck(v(47));
        c.arrangement = ArrangementRule::NotStandard;
        c.pieces = 20;
        CHECK(describeCheck(c) == "A model is right when it shows 47, is arranged in a way that is not standard and uses "
                                  "exactly 20 pieces.");
        Check q;
        q.model = 2;
        q.question = Operation{v(52), v(37), true};
        CHECK(describeCheck(q) == "Model 2 is right when it shows 15, the answer to 52 - 37.");
        Check u;
        u.unknown = partWhole(52, {37, std::nullopt});
        CHECK(describeCheck(u) == "A model is right when it answers the ? in 37 + ? = 52.");
    }
}
