// Tests for bar_views: the part-whole model, part-whole bar, comparison bars and equal-part bar built from
// a group's quantity and a model's bar layout (which value is "?", labels, unit, limits), and the lengths
// a bar is drawn with. Expected values worked out by hand.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "model/bar_views.hpp"

using namespace tenfold::model;

namespace {

Value whole(std::int64_t n) { return Value::whole(n).value(); }
Cell cell(std::int64_t n) { return knownCell(whole(n)); }

Quantity parts(const std::vector<std::int64_t>& values, Unknown unknown = {}) {
    std::vector<Value> v;
    for (const std::int64_t n : values) v.push_back(whole(n));
    auto q = quantityOfParts(v);
    REQUIRE(q.ok());
    q.value().unknown = unknown;
    REQUIRE(checkQuantity(q.value()).ok());
    return q.value();
}

BarLayout layout(BarMode mode, int shaded = 0, std::string unit = {}, std::vector<std::string> labels = {}) {
    return BarLayout{mode, shaded, std::move(unit), std::move(labels)};
}

const Unknown kWhole{UnknownKind::Whole, 0};
const Unknown kDifference{UnknownKind::Difference, 0};
Unknown part(int i) { return Unknown{UnknownKind::Part, i}; }

}  // namespace

SCENARIO("A part-whole model is the group's parts, with the one asked for shown as ?", "[bar-views]") {
    GIVEN("47 as 40 and 7, the second part asked for, turned with the whole below") {
        const auto pw = partWholeOf(parts({40, 7}, part(1)), Orientation::WholeBelow);
        REQUIRE(pw.ok());
        THEN("the whole and the first part are known, the second is ? and worked out as 7") {
            CHECK(pw.value().whole == cell(47));
            CHECK(pw.value().parts == std::vector<Cell>{cell(40), unknownCell()});
            CHECK(pw.value().orientation == Orientation::WholeBelow);
            CHECK(partValue(pw.value(), 1).value() == whole(7));
            CHECK(stemSentence(pw.value()) == "The whole is 47. One part is 40. The other part is ?.");
        }
    }
    GIVEN("the whole asked for") {
        THEN("only the whole is ?") {
            const auto pw = partWholeOf(parts({40, 7}, kWhole), Orientation::WholeAbove);
            REQUIRE(pw.ok());
            CHECK(pw.value().whole == unknownCell());
            CHECK(unknownCount(pw.value()) == 1);
        }
    }
    GIVEN("a number not split, and six parts") {
        THEN("neither is a part-whole model, and the reason says the limits") {
            CHECK(partWholeOf(parts({47}), Orientation::WholeAbove).error().message ==
                  "A part-whole model needs at least 2 parts.");
            CHECK(partWholeOf(parts({1, 1, 1, 1, 1, 1}), Orientation::WholeAbove).error().message ==
                  "A part-whole model has at most 5 parts.");
        }
    }
}

SCENARIO("A part-whole bar carries the layout's unit and labels", "[bar-views]") {
    GIVEN("24 cm as 16 and 8, the second asked for, labelled Sweets, Tom and Sam") {
        const auto b = partWholeBarOf(parts({16, 8}, part(1)), layout(BarMode::PartWhole, 0, "cm", {"Sweets", "Tom", "Sam"}));
        REQUIRE(b.ok());
        THEN("the labels go on the whole and the parts in order, and the unit into the sentence") {
            CHECK(b.value().whole == Bar{cell(24), "Sweets"});
            CHECK(b.value().parts == std::vector<Bar>{Bar{cell(16), "Tom"}, Bar{unknownCell(), "Sam"}});
            CHECK(stemSentence(b.value()) == "The whole is 24 cm. One part is 16 cm. The other part is ? cm.");
        }
    }
    GIVEN("fewer labels than bars") {
        THEN("the bars without one have none") {
            const auto b = partWholeBarOf(parts({16, 8}), layout(BarMode::PartWhole, 0, {}, {"Sweets"}));
            REQUIRE(b.ok());
            CHECK(b.value().parts[1].label.empty());
        }
    }
    GIVEN("twelve parts, the most a group has") {
        const auto b = partWholeBarOf(parts({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), layout(BarMode::PartWhole));
        THEN("it is a part-whole bar of 78") {
            REQUIRE(b.ok());
            CHECK(b.value().parts.size() == 12);
            CHECK(solve(b.value()).value().whole == whole(78));
        }
    }
    GIVEN("a number not split into parts, and a quantity of 13 parts built by hand") {
        Quantity thirteen = parts({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        thirteen.parts.push_back(thirteen.parts.front());
        THEN("neither is a part-whole bar") {
            CHECK(partWholeBarOf(parts({47}), layout(BarMode::PartWhole)).error().message ==
                  "A part-whole bar needs at least 2 parts.");
            CHECK(partWholeBarOf(thirteen, layout(BarMode::PartWhole)).error().message ==
                  "A part-whole bar has at most 12 parts.");
        }
    }
}

SCENARIO("Comparison bars are the group's parts compared with the longest", "[bar-views]") {
    GIVEN("13 and 5 with nothing asked") {
        const auto cmp = comparisonOf(parts({13, 5}), layout(BarMode::Comparison, 0, "kg", {"", "Tom", "Sam"}));
        REQUIRE(cmp.ok());
        THEN("13 is the longest, the difference 8 is known, and the labels are on the bars") {
            CHECK(cmp.value().longest == 0);
            CHECK(cmp.value().differences == std::vector<Cell>{cell(0), cell(8)});
            CHECK(cmp.value().bars[0].label == "Tom");
            CHECK(cmp.value().bars[1].label == "Sam");
            CHECK(differenceSentence(cmp.value(), 1).value() == "The difference between 13 kg and 5 kg is 8 kg.");
        }
    }
    GIVEN("5 and 13, the longest second") {
        THEN("the second is the one compared with") { CHECK(comparisonOf(parts({5, 13}), layout(BarMode::Comparison)).value().longest == 1); }
    }
    GIVEN("the difference asked for, with three bars 13, 5 and 9") {
        const auto cmp = comparisonOf(parts({13, 5, 9}, kDifference), layout(BarMode::Comparison));
        REQUIRE(cmp.ok());
        THEN("every difference but the longest bar's is ?, and each is worked out") {
            CHECK(cmp.value().differences == std::vector<Cell>{cell(0), unknownCell(), unknownCell()});
            CHECK(solve(cmp.value()).value().differences == std::vector<Value>{whole(0), whole(8), whole(4)});
            CHECK(differenceSentence(cmp.value(), 2).value() == "The difference between 13 and 9 is ?.");
        }
    }
    GIVEN("the shorter bar asked for") {
        const auto cmp = comparisonOf(parts({13, 5}, part(1)), layout(BarMode::Comparison));
        REQUIRE(cmp.ok());
        THEN("the bar is ? and its difference is given") {
            CHECK(cmp.value().bars[1].cell == unknownCell());
            CHECK(differenceSentence(cmp.value(), 1).value() == "The difference between 13 and ? is 8.");
        }
    }
    GIVEN("the longest bar asked for") {
        const auto cmp = comparisonOf(parts({13, 5}, part(0)), layout(BarMode::Comparison));
        REQUIRE(cmp.ok());
        THEN("it is worked out from the other bar and the difference") {
            CHECK(solve(cmp.value()).value().bars == std::vector<Value>{whole(13), whole(5)});
            CHECK(differenceSentence(cmp.value(), 1).value() == "The difference between ? and 5 is 8.");
        }
    }
    GIVEN("one bar, or four") {
        THEN("they are not comparison bars") {
            CHECK(comparisonOf(parts({13}), layout(BarMode::Comparison)).error().message ==
                  "Comparison bars are 2 or 3 bars, not 1.");
            CHECK_FALSE(comparisonOf(parts({1, 2, 3, 4}), layout(BarMode::Comparison)).ok());
        }
    }
}

SCENARIO("An equal-part bar is the group's equal parts with the layout's shaded parts", "[bar-views]") {
    GIVEN("24 as 8, 8 and 8 with 2 shaded") {
        const Quantity q = parts({8, 8, 8});
        THEN("with nothing asked, the shaded amount is worked out and shown: 16") {
            const auto eq = equalPartsOf(q, layout(BarMode::EqualParts, 2));
            REQUIRE(eq.ok());
            CHECK(eq.value().whole == cell(24));
            CHECK(eq.value().parts == 3);
            CHECK(fractionSentence(eq.value()) == "2/3 of 24 is 16.");
        }
        THEN("with a part asked for, the shaded amount is not given away") {
            const Quantity asked = parts({8, 8, 8}, part(0));
            CHECK(fractionSentence(equalPartsOf(asked, layout(BarMode::EqualParts, 2)).value()) == "2/3 of 24 is ?.");
        }
        THEN("with the whole asked for, the shaded amount is given and the whole worked out") {
            const auto eq = equalPartsOf(parts({8, 8, 8}, kWhole), layout(BarMode::EqualParts, 2, "£"));
            REQUIRE(eq.ok());
            CHECK(eq.value().shadedAmount == cell(16));
            CHECK(solve(eq.value()).value().whole == whole(24));
            CHECK(fractionSentence(eq.value()) == "2/3 of £? is £16.");
        }
        THEN("with the whole asked for and nothing shaded, there is nothing to work it out from") {
            CHECK(equalPartsOf(parts({8, 8, 8}, kWhole), layout(BarMode::EqualParts, 0)).error().message ==
                  "No parts are shaded, so the whole cannot be worked out from the shaded amount.");
        }
    }
    GIVEN("parts that are not equal") {
        THEN("they are not an equal-part bar") {
            CHECK(equalPartsOf(parts({8, 16}), layout(BarMode::EqualParts, 1)).error().message ==
                  "The parts of an equal-parts bar must all be the same size.");
        }
    }
    GIVEN("twelve equal parts, the most a bar has") {
        THEN("12 in twelfths with 5 shaded reads 5") {
            const auto eq = equalPartsOf(parts({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}), layout(BarMode::EqualParts, 5));
            REQUIRE(eq.ok());
            CHECK(fractionSentence(eq.value()) == "5/12 of 12 is 5.");
        }
    }
}

SCENARIO("A bar is drawn with the lengths the layout functions give", "[bar-views]") {
    GIVEN("a part-whole bar of 24 as 16 and 8, 300 wide") {
        THEN("the whole is 300 and the parts 200 and 100, whatever is asked for") {
            for (const Unknown u : {Unknown{}, kWhole, part(0), part(1)}) {
                const BarLengths l = barLengths(parts({16, 8}, u), layout(BarMode::PartWhole), 300.0);
                CHECK(l.whole == Approx(300.0));
                REQUIRE(l.parts.size() == 2);
                CHECK(l.parts[0] == Approx(200.0));
                CHECK(l.parts[1] == Approx(100.0));
                CHECK(l.differences.empty());
            }
        }
    }
    GIVEN("a number not split into parts, shown as a bar") {
        THEN("its one part is the whole bar") {
            CHECK(barLengths(parts({47}), layout(BarMode::PartWhole), 300.0) == BarLengths{300.0, {300.0}, {}, {false}, {}, false});
        }
    }
    GIVEN("a bar of 0 as 0 and 0") {
        THEN("the parts share the whole bar, so each can still be tapped") {
            CHECK(barLengths(parts({0, 0}), layout(BarMode::PartWhole), 300.0).parts == std::vector<double>{150.0, 150.0});
        }
    }
    GIVEN("24 in 3 equal parts, and twelfths of 12") {
        THEN("every part is the same length") {
            CHECK(barLengths(parts({8, 8, 8}), layout(BarMode::EqualParts, 2), 300.0).parts ==
                  std::vector<double>{100.0, 100.0, 100.0});
            CHECK(barLengths(parts({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, kWhole), layout(BarMode::EqualParts, 0), 240.0)
                      .parts == std::vector<double>(12, 20.0));
        }
    }
    GIVEN("comparison bars of 13 and 5, 260 wide") {
        THEN("13 fills the width, 5 is 100 long and the difference 160, whatever is asked for") {
            for (const Unknown u : {Unknown{}, kDifference, part(0), part(1)}) {
                const BarLengths l = barLengths(parts({13, 5}, u), layout(BarMode::Comparison), 260.0);
                REQUIRE(l.parts.size() == 2);
                CHECK(l.parts[0] == Approx(260.0));
                CHECK(l.parts[1] == Approx(100.0));
                REQUIRE(l.differences.size() == 2);
                CHECK(l.differences[0] == Approx(0.0));
                CHECK(l.differences[1] == Approx(160.0));
            }
        }
    }
    GIVEN("comparison bars of nothing") {
        THEN("no bar has a length and there is no difference to mark") {
            const BarLengths l = barLengths(parts({0, 0}), layout(BarMode::Comparison), 260.0);
            CHECK(l.parts == std::vector<double>{0.0, 0.0});
            CHECK(l.differences == std::vector<double>{0.0, 0.0});
        }
    }
}

SCENARIO("A bar not to scale keeps every part readable, with a break mark on the shortened ones", "[bar-views]") {
    GIVEN("1000 + 3 as a part-whole bar 300 wide, each part needing 40 to show its number") {
        BarLayout bar = layout(BarMode::PartWhole);
        const Quantity q = parts({1000, 3});
        THEN("to scale, 3 is a sliver") {
            const BarLengths l = barLengths(q, bar, 300.0, {40.0, 40.0});
            CHECK(l.parts[1] < 1.0);
            CHECK_FALSE(l.notToScale);
        }
        WHEN("it is drawn not to scale") {
            bar.notToScale = true;
            const BarLengths l = barLengths(q, bar, 300.0, {40.0, 40.0});
            THEN("3 is 40 long, 1000 takes the rest with a break mark, and the whole is still 300") {
                REQUIRE(l.parts.size() == 2);
                CHECK(l.parts[1] == Approx(40.0));
                CHECK(l.parts[0] == Approx(260.0));
                CHECK(l.broken == std::vector<bool>{true, false});
                CHECK(l.whole == Approx(300.0));
                CHECK(l.notToScale);
            }
        }
    }
    GIVEN("16 and 8, where nothing is too short") {
        BarLayout bar = layout(BarMode::PartWhole);
        bar.notToScale = true;
        THEN("the lengths stay to scale and nothing is broken") {
            const BarLengths l = barLengths(parts({16, 8}), bar, 300.0, {40.0, 40.0});
            CHECK(l.parts[0] == Approx(200.0));
            CHECK(l.parts[1] == Approx(100.0));
            CHECK_FALSE(l.notToScale);
        }
    }
}

SCENARIO("Counting on with an unknown: 38 + ? = 40 moves the beads when the answer is revealed", "[bar-views]") {
    GIVEN("a 50-bead string showing 38 and 2 with a count-on marker") {
        BeadString beads = makeBeadString(50).value();
        beads.counted = 40;
        beads.countOn = CountOnMarker{38, 2};
        WHEN("the number counted on is the ?") {
            THEN("only 38 beads are across: the 2 wait") {
                CHECK(countOnAsked(beads, parts({38, 2}, part(1))));
                CHECK(beadsShownCounted(beads, parts({38, 2}, part(1))) == 38);
            }
        }
        WHEN("the answer is revealed") {
            THEN("all 40 are across") {
                CHECK_FALSE(countOnAsked(beads, parts({38, 2})));
                CHECK(beadsShownCounted(beads, parts({38, 2})) == 40);
            }
        }
    }
}

SCENARIO("Comparison bars not to scale: a short bar readable, the difference shortened", "[bar-views]") {
    GIVEN("bars of 1000 and 3, 300 wide, each length needing 40") {
        BarLayout bar = layout(BarMode::Comparison);
        bar.notToScale = true;
        const BarLengths l = barLengths(parts({1000, 3}), bar, 300.0, {40.0, 40.0}, 40.0);
        THEN("1000 is 300, 3 is 40, and its difference of 997 fills the rest with a break mark") {
            REQUIRE(l.parts.size() == 2);
            CHECK(l.parts[0] == Approx(300.0));
            CHECK(l.parts[1] == Approx(40.0));
            CHECK(l.differences[1] == Approx(260.0));
            CHECK(l.differenceBroken == std::vector<bool>{false, true});
            CHECK(l.broken == std::vector<bool>{false, false});
            CHECK(l.whole == Approx(300.0));
            CHECK(l.notToScale);
        }
    }
}
