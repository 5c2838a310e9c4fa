// Tests for the bar models: the part-whole bar, comparison bars (13 and 5: the difference is 8), equal-part
// bars (24 in 3 equal parts, 2 shaded, reads 16), units in sentences, proportional lengths, decimals, the
// limits of each mode (one unknown at a time) and every refusal. Expected values worked out by hand.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "model/bar_model.hpp"
#include "model/quantity.hpp"

using namespace tenfold::model;

namespace {

Value whole(std::int64_t n) { return Value::whole(n).value(); }
Value decimal(const char* text) { return Value::parse(text).value(); }
Cell cell(std::int64_t n) { return knownCell(whole(n)); }
Bar bar(std::int64_t n, std::string label = {}) { return knownBar(whole(n), std::move(label)); }

PartWholeBar partWholeBar(const Bar& w, const std::vector<Bar>& parts, std::string unit = {}) {
    auto made = makePartWholeBar(w, parts, std::move(unit));
    REQUIRE(made.ok());
    return made.value();
}

ComparisonBars comparison(const std::vector<Bar>& bars, std::string unit = {}) {
    auto made = makeComparison(bars, std::move(unit));
    REQUIRE(made.ok());
    return made.value();
}

EqualPartBar equalParts(std::int64_t w, int parts, int shaded, std::string unit = {}) {
    auto made = makeEqualParts(whole(w), parts, shaded, std::move(unit));
    REQUIRE(made.ok());
    return made.value();
}

}  // namespace

SCENARIO("Units go into the sentences", "[bar]") {
    THEN("lengths and masses after the number, money before it") {
        CHECK(valueWithUnit(whole(24), "cm") == "24 cm");
        CHECK(valueWithUnit(whole(24), "kg") == "24 kg");
        CHECK(valueWithUnit(whole(24), "£") == "£24");
        CHECK(valueWithUnit(whole(24), "") == "24");
        CHECK(valueWithUnit(whole(1234), "m") == "1,234 m");
    }
    THEN("money shows pence with two digits, decimals otherwise as they are") {
        CHECK(valueWithUnit(decimal("2.5"), "£") == "£2.50");
        CHECK(valueWithUnit(decimal("2.05"), "£") == "£2.05");
        CHECK(valueWithUnit(decimal("0.45"), "kg") == "0.45 kg");
        CHECK(valueWithUnit(whole(30), "p") == "30p");
    }
    THEN("an unknown keeps its unit") {
        CHECK(withUnit("?", "cm") == "? cm");
        CHECK(withUnit("?", "£") == "£?");
    }
    THEN("units and labels that cannot be shown are refused") {
        CHECK(checkUnit("cm2").error().message ==
              "A unit cannot contain digits: put the number in the bar and the unit (cm, kg, £) on its own.");
        CHECK(checkUnit("centimetres").error().message == "A unit can be at most 8 letters long.");
        CHECK(checkLabel(std::string(41, 'a')).error().message == "A label can be at most 40 characters long (fewer with accents).");
        CHECK(checkLabel("Tom\nSam").error().message == "A label or unit cannot contain line breaks or tabs.");
        CHECK(checkLabel(std::string(40, 'a')).ok());
        CHECK(checkUnit("£").ok());
    }
}

SCENARIO("A part-whole bar: the whole above, the parts below", "[bar]") {
    GIVEN("a whole of 24 cm with one part 16 cm and the other unknown") {
        const PartWholeBar b = partWholeBar(bar(24), {bar(16), unknownBar()}, "cm");
        THEN("the other part is worked out as 8") {
            CHECK(solve(b).value() == WholeAndParts{whole(24), {whole(16), whole(8)}});
        }
        THEN("the sentences show the unit and ? until revealed") {
            CHECK(stemSentence(b) == "The whole is 24 cm. One part is 16 cm. The other part is ? cm.");
            CHECK(stemSentence(reveal(b)) == "The whole is 24 cm. One part is 16 cm. The other part is 8 cm.");
            CHECK(additionSentence(b) == "16 cm + ? cm = 24 cm");
            CHECK(additionSentence(reveal(b)) == "16 cm + 8 cm = 24 cm");
        }
        THEN("drawn 300 long, the parts are 200 and 100") {
            const PartWholeBarLayout layout = layoutPartWholeBar(b, 300.0);
            CHECK(layout.whole == Approx(300.0));
            REQUIRE(layout.parts.size() == 2);
            CHECK(layout.parts[0] == Approx(200.0));
            CHECK(layout.parts[1] == Approx(100.0));
        }
    }
    GIVEN("twelve parts of 2, the most a bar has") {
        const std::vector<Bar> twelve(12, bar(2));
        const PartWholeBar b = partWholeBar(unknownBar(), twelve);
        THEN("the whole is 24 and the stem sentence names every part") {
            CHECK(solve(b).value().whole == whole(24));
            CHECK(stemSentence(b) == "The whole is ?. One part is 2. Another part is 2. Another part is 2. Another part is 2. "
                                     "Another part is 2. Another part is 2. Another part is 2. Another part is 2. "
                                     "Another part is 2. Another part is 2. Another part is 2. The other part is 2.");
            CHECK(layoutPartWholeBar(b, 240.0).parts == std::vector<double>(12, 20.0));
        }
        THEN("a thirteenth part is refused with the limit") {
            std::vector<Bar> thirteen = twelve;
            thirteen.push_back(bar(2));
            CHECK(makePartWholeBar(unknownBar(), thirteen).error().message == "A part-whole bar has at most 12 parts.");
            CHECK(kMaxBarParts == kMaxGroupParts);
        }
    }
    GIVEN("a whole of 24 with one part 6 and two parts unknown") {
        THEN("it is refused: one value at a time can be unknown") {
            CHECK(makePartWholeBar(bar(24), {bar(6), unknownBar(), unknownBar()}).error().message ==
                  "2 values are unknown (?), so they cannot be worked out yet: only one value can be unknown.");
        }
        THEN("a state built by hand that way is drawn in equal shares") {
            const PartWholeBar b{bar(24), {bar(6), unknownBar(), unknownBar()}, {}};
            CHECK_FALSE(solve(b).ok());
            CHECK(layoutPartWholeBar(b, 240.0).parts == std::vector<double>(3, 80.0));
        }
    }
    GIVEN("a bar of nothing: 0 as 0 and 0") {
        THEN("the whole is drawn full width and the parts share it, so each can be tapped") {
            const PartWholeBarLayout layout = layoutPartWholeBar(partWholeBar(bar(0), {bar(0), bar(0)}), 300.0);
            CHECK(layout.whole == Approx(300.0));
            CHECK(layout.parts == std::vector<double>{150.0, 150.0});
        }
    }
    GIVEN("decimals: a whole of 1 kg with parts 0.45 kg and unknown") {
        const PartWholeBar b =
            partWholeBar(bar(1), {knownBar(decimal("0.45")), unknownBar()}, "kg");
        THEN("the unknown is 0.55 kg") {
            CHECK(solve(b).value().parts[1] == decimal("0.55"));
            CHECK(stemSentence(reveal(b)) == "The whole is 1 kg. One part is 0.45 kg. The other part is 0.55 kg.");
        }
    }
    GIVEN("a part-whole bar with one part") {
        THEN("it is refused") {
            CHECK(makePartWholeBar(bar(5), {bar(5)}).error().message == "A part-whole bar needs at least 2 parts.");
        }
    }
}

SCENARIO("A part-whole bar gives its fact family, the subtraction facts too", "[bar]") {
    GIVEN("47 as 40 and 7") {
        const PartWholeBar b = partWholeBar(bar(47), {bar(40), bar(7)});
        THEN("two additions and two subtractions, whole last") {
            CHECK(barFacts(b) == std::vector<std::string>{"40 + 7 = 47", "7 + 40 = 47", "47 - 40 = 7", "47 - 7 = 40"});
        }
    }
    GIVEN("24 cm as 16 cm and 8 cm") {
        THEN("each number carries the unit") {
            CHECK(barFacts(partWholeBar(bar(24), {bar(16), bar(8)}, "cm"))[2] == "24 cm - 16 cm = 8 cm");
        }
    }
    GIVEN("10 as 5 and 5") {
        THEN("a fact that would repeat is given once") {
            CHECK(barFacts(partWholeBar(bar(10), {bar(5), bar(5)})) == std::vector<std::string>{"5 + 5 = 10", "10 - 5 = 5"});
        }
    }
    GIVEN("47 as 40 and ?") {
        const PartWholeBar b = partWholeBar(bar(47), {bar(40), unknownBar()});
        THEN("the unknown reads ?, and once revealed its worked-out value") {
            CHECK(barFacts(b)[2] == "47 - 40 = ?");
            CHECK(barFacts(reveal(b))[2] == "47 - 40 = 7");
        }
    }
    GIVEN("60 as 30, 20 and 10") {
        THEN("the parts in order and reversed, and the whole less all parts but one") {
            CHECK(barFacts(partWholeBar(bar(60), {bar(30), bar(20), bar(10)})) ==
                  std::vector<std::string>{"30 + 20 + 10 = 60", "10 + 20 + 30 = 60", "60 - 30 - 20 = 10", "60 - 10 - 20 = 30"});
        }
    }
}

SCENARIO("Comparison bars: 13 and 5, the difference is 8", "[bar]") {
    GIVEN("bars of 13 and 5") {
        const ComparisonBars cmp = comparison({bar(13, "Tom"), bar(5, "Sam")});
        THEN("13 is the longest and the difference is worked out as 8") {
            CHECK(cmp.longest == 0);
            CHECK(solve(cmp).value() == SolvedComparison{{whole(13), whole(5)}, {whole(0), whole(8)}});
        }
        THEN("the sentences show ? until the difference is revealed") {
            CHECK(differenceSentence(cmp, 1).value() == "The difference between 13 and 5 is ?.");
            const ComparisonBars shown = reveal(cmp);
            CHECK(differenceSentence(shown, 1).value() == "The difference between 13 and 5 is 8.");
            CHECK(moreThanSentence(shown, 1).value() == "13 is 8 more than 5.");
            CHECK(lessThanSentence(shown, 1).value() == "5 is 8 less than 13.");
        }
        THEN("the longest bar has no difference of its own") {
            CHECK(differenceSentence(cmp, 0).error().message ==
                  "The longest bar is what the others are compared with: it has no difference of its own.");
            CHECK(differenceSentence(cmp, 2).error().message == "There is no bar 3: there are bars 1 to 2.");
        }
        THEN("drawn 260 wide, 13 fills it, 5 is 100 long and the difference 160") {
            const ComparisonLayout layout = layoutComparison(cmp, 260.0);
            CHECK(layout.bars[0] == Approx(260.0));
            CHECK(layout.bars[1] == Approx(100.0));
            CHECK(layout.differences[0] == Approx(0.0));
            CHECK(layout.differences[1] == Approx(160.0));
        }
    }
    GIVEN("bars of 5 and 13, the shorter first") {
        THEN("the second is the longest") { CHECK(comparison({bar(5), bar(13)}).longest == 1); }
    }
    GIVEN("the longest bar 13, the other unknown, the difference 8") {
        const auto made = makeComparison({bar(13), unknownBar()}, {cell(0), cell(8)}, 0, "cm");
        REQUIRE(made.ok());
        THEN("the other bar is 5 cm") {
            CHECK(solve(made.value()).value().bars[1] == whole(5));
            CHECK(moreThanSentence(made.value(), 1).value() == "13 cm is 8 cm more than ? cm.");
        }
    }
    GIVEN("the longest bar unknown, the other 5 and the difference 8") {
        const auto made = makeComparison({unknownBar(), bar(5)}, {unknownCell(), cell(8)}, 0);
        REQUIRE(made.ok());
        THEN("the longest bar is 13") { CHECK(solve(made.value()).value().bars[0] == whole(13)); }
    }
    GIVEN("three bars 13, 5 and 9") {
        const ComparisonBars cmp = comparison({bar(13), bar(5), bar(9)}, "kg");
        THEN("the differences are 8 and 4") {
            CHECK(solve(cmp).value().differences == std::vector<Value>{whole(0), whole(8), whole(4)});
            CHECK(differenceSentence(reveal(cmp), 2).value() == "The difference between 13 kg and 9 kg is 4 kg.");
        }
    }
    GIVEN("three bars: the longest unknown, worked out through one pair and used for the other") {
        const auto made =
            makeComparison({unknownBar(), bar(5), unknownBar()}, {cell(0), cell(8), cell(4)}, 0);
        REQUIRE(made.ok());
        THEN("the longest is 13 and the third bar 9") {
            CHECK(solve(made.value()).value().bars == std::vector<Value>{whole(13), whole(5), whole(9)});
        }
    }
    GIVEN("comparisons that cannot be made") {
        THEN("one or four bars are refused") {
            CHECK(makeComparison({bar(3)}).error().message == "Comparison bars are 2 or 3 bars, not 1.");
            CHECK_FALSE(makeComparison({bar(1), bar(2), bar(3), bar(4)}).ok());
        }
        THEN("an unknown bar without saying which is longest is refused") {
            CHECK(makeComparison({bar(13), unknownBar()}).error().message ==
                  "Give every bar a value, or say which bar is the longest.");
        }
        THEN("a bar longer than the longest is refused") {
            CHECK(makeComparison({bar(13), bar(20)}, {cell(0), unknownCell()}, 0).error().message ==
                  "Bar 2 (20) would be longer than the longest bar (13).");
        }
        THEN("values that do not fit are refused") {
            CHECK(makeComparison({bar(13), bar(5)}, {cell(0), cell(7)}, 0).error().message ==
                  "5 and a difference of 7 make 12, but the longest bar is 13.");
        }
        THEN("too much unknown cannot be worked out, and is refused") {
            CHECK(makeComparison({unknownBar(), unknownBar()}, {cell(0), cell(8)}, 0).error().message ==
                  "Too much is unknown (?), so the bars cannot be worked out yet.");
            const ComparisonBars byHand{{unknownBar(), unknownBar()}, {cell(0), cell(8)}, 0, {}};
            CHECK(solve(byHand).error().message == "Too much is unknown (?), so the bars cannot be worked out yet.");
            CHECK(layoutComparison(byHand, 120.0).bars == std::vector<double>{120.0, 120.0});
        }
        THEN("bars of nothing are drawn with no length and no difference") {
            const ComparisonLayout layout = layoutComparison(comparison({bar(0), bar(0)}), 120.0);
            CHECK(layout.bars == std::vector<double>{0.0, 0.0});
            CHECK(layout.differences == std::vector<double>{0.0, 0.0});
        }
        THEN("a longest bar that is not there is refused") {
            CHECK_FALSE(makeComparison({bar(13), bar(5)}, {cell(0), unknownCell()}, 2).ok());
            CHECK_FALSE(makeComparison({bar(13), bar(5)}, {cell(0)}, 0).ok());
        }
    }
}

SCENARIO("Equal-part bars: 24 in 3 equal parts with 2 shaded reads 16", "[bar]") {
    GIVEN("a bar of 24 in 3 equal parts with 2 shaded") {
        const EqualPartBar b = equalParts(24, 3, 2);
        THEN("each part is 8 and the shaded parts are 16") {
            CHECK(solve(b).value() == SolvedEqualParts{whole(24), whole(8), whole(16)});
            CHECK(equalPartsSentence(b) == "24 in 3 equal parts is 8 in each part.");
            CHECK(fractionSentence(b) == "2/3 of 24 is ?.");
            CHECK(fractionSentence(reveal(b)) == "2/3 of 24 is 16.");
            CHECK(shadedSentence(reveal(b)) == "2 of the 3 equal parts are shaded: 16.");
        }
        THEN("drawn 300 wide, each part is 100") {
            CHECK(layoutEqualParts(b, 300.0) == std::vector<double>{100.0, 100.0, 100.0});
        }
    }
    GIVEN("money: a bar of £24 in 4 equal parts with 3 shaded") {
        THEN("3/4 of £24 is £18") {
            CHECK(fractionSentence(reveal(equalParts(24, 4, 3, "£"))) == "3/4 of £24 is £18.");
            CHECK(shadedSentence(reveal(equalParts(24, 4, 1, "£"))) == "1 of the 4 equal parts is shaded: £6.");
            CHECK(shadedSentence(reveal(equalParts(24, 4, 4, "£"))) == "The whole bar is shaded: £24.");
        }
    }
    GIVEN("2/3 of an unknown whole is 16") {
        const auto made = makeEqualPartsFromShaded(whole(16), 3, 2, "cm");
        REQUIRE(made.ok());
        THEN("the whole is 24 cm") {
            CHECK(solve(made.value()).value().whole == whole(24));
            CHECK(fractionSentence(made.value()) == "2/3 of ? cm is 16 cm.");
        }
        THEN("with no parts shaded it is refused: the whole could not be worked out") {
            CHECK(makeEqualPartsFromShaded(whole(0), 3, 0).error().message ==
                  "No parts are shaded, so the whole cannot be worked out from the shaded amount.");
        }
    }
    GIVEN("decimals: 0.5 in 2 equal parts, and 1 in 4") {
        THEN("each part is 0.25") {
            CHECK(solve(makeEqualParts(decimal("0.5"), 2, 1).value()).value().part == decimal("0.25"));
            CHECK(equalPartsSentence(equalParts(1, 4, 0)) == "1 in 4 equal parts is 0.25 in each part.");
        }
    }
    GIVEN("bars that cannot be made") {
        THEN("10 in 3 equal parts is refused") {
            CHECK(makeEqualParts(whole(10), 3, 1).error().message == "10 cannot be shared exactly into 3 equal parts.");
        }
        THEN("0 or 13 parts are refused: a bar has 1 to 12 equal parts, as a group has at most 12 parts") {
            CHECK(makeEqualParts(whole(10), 0, 0).error().message == "A bar can be cut into 1 to 12 equal parts, not 0.");
            CHECK(makeEqualParts(whole(13), 13, 0).error().message == "A bar can be cut into 1 to 12 equal parts, not 13.");
            CHECK(makeEqualParts(whole(12), 12, 12).ok());
            CHECK(kMaxEqualParts == kMaxGroupParts);
            CHECK(layoutEqualParts(EqualPartBar{{}, 13, 0, {}, {}, {}}, 130.0).empty());
        }
        THEN("the shaded parts must be on the bar") {
            CHECK(makeEqualParts(whole(24), 3, 4).error().message == "4 parts cannot be shaded on a bar of 3 equal parts.");
            CHECK_FALSE(makeEqualParts(whole(24), 3, -1).ok());
            CHECK(makeEqualParts(whole(24), 5, 1).ok());  // 4.8 each: exact to thousandths
            CHECK(makeEqualParts(whole(24), 7, 1).error().message == "24 cannot be shared exactly into 7 equal parts.");
        }
        THEN("a shaded amount that does not fit the whole is refused") {
            EqualPartBar b = equalParts(24, 3, 2);
            b.shadedAmount = cell(15);
            CHECK(checkEqualParts(b).error().message == "2 shaded parts of 8 make 16, not 15.");
        }
        THEN("neither the whole nor the shaded amount known cannot be worked out, and is refused") {
            EqualPartBar b = equalParts(24, 3, 2);
            b.whole = unknownCell();
            CHECK(checkEqualParts(b).error().message == "Give the whole or the shaded amount, so the bar can be worked out.");
            CHECK(solve(b).error().message == "Give the whole or the shaded amount, so the bar can be worked out.");
            CHECK(fractionSentence(b) == "2/3 of ? is ?.");
        }
    }
}
