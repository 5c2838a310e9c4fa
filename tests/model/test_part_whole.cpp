// Tests for the part-whole model: standard and non-standard partitions (47 as 40 and 7, and as 30 and 17),
// the unknown whole, part or none (two are refused), the fact family of 9, 7 and 2 (whole last and whole
// first), the names of the orientations, decimals and every refusal. Expected values worked out by hand.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "model/part_whole.hpp"

using namespace tenfold::model;

namespace {

Value whole(std::int64_t n) { return Value::whole(n).value(); }
Value decimal(const char* text) { return Value::parse(text).value(); }
Cell cell(std::int64_t n) { return knownCell(whole(n)); }
const Cell kUnknown = unknownCell();

PartWhole model(const Cell& w, const std::vector<Cell>& parts) {
    auto made = makePartWhole(w, parts);
    REQUIRE(made.ok());
    return made.value();
}

}  // namespace

SCENARIO("47 is 40 and 7, and also 30 and 17", "[part-whole]") {
    GIVEN("the standard partition of 47") {
        const auto made = standardPartWhole(whole(47));
        REQUIRE(made.ok());
        const PartWhole pw = made.value();
        THEN("the whole is 47 and the parts 40 and 7") {
            CHECK(pw.whole == cell(47));
            CHECK(pw.parts == std::vector<Cell>{cell(40), cell(7)});
            CHECK(partitionKind(pw) == PartitionKind::Standard);
        }
    }
    GIVEN("47 as 30 and 17") {
        const PartWhole pw = model(cell(47), {cell(30), cell(17)});
        THEN("it is a non-standard partition of the same whole") {
            CHECK(partitionKind(pw) == PartitionKind::NonStandard);
            CHECK(wholeValue(pw).value() == whole(47));
        }
    }
    GIVEN("47 as 7 and 40, the parts the other way round") {
        THEN("it is still the standard partition") {
            CHECK(partitionKind(model(cell(47), {cell(7), cell(40)})) == PartitionKind::Standard);
        }
    }
    GIVEN("47 as 40, 7 and 0") {
        THEN("an extra zero part makes it non-standard") {
            CHECK(partitionKind(model(cell(47), {cell(40), cell(7), cell(0)})) == PartitionKind::NonStandard);
        }
    }
    GIVEN("a model with an unknown") {
        THEN("the kind cannot be said yet") {
            CHECK(partitionKind(model(cell(47), {cell(40), kUnknown})) == PartitionKind::Unknown);
        }
    }
    GIVEN("standard partitions by place") {
        THEN("zero places are left out and decimals are split by place too") {
            CHECK(standardPartition(whole(347)) == std::vector<Value>{whole(300), whole(40), whole(7)});
            CHECK(standardPartition(whole(305)) == std::vector<Value>{whole(300), whole(5)});
            CHECK(standardPartition(decimal("3.07")) == std::vector<Value>{whole(3), decimal("0.07")});
            CHECK(standardPartition(decimal("0.45")) == std::vector<Value>{decimal("0.4"), decimal("0.05")});
            CHECK(standardPartition(whole(40)) == std::vector<Value>{whole(40)});
            CHECK(standardPartition(Value()).empty());
        }
        THEN("a standard model needs 2 to 5 non-zero places") {
            CHECK(standardPartWhole(whole(7)).error().message ==
                  "The standard partition of 7 has fewer than 2 parts, and a part-whole model needs at least 2.");
            CHECK_FALSE(standardPartWhole(whole(40)).ok());
            CHECK(standardPartWhole(whole(1'234'567)).error().message ==
                  "The standard partition of 1,234,567 has 7 parts, and a part-whole model has at most 5.");
            CHECK(standardPartWhole(whole(12'345)).value().parts.size() == 5);
        }
    }
}

SCENARIO("The unknown circle is worked out when it can be", "[part-whole]") {
    GIVEN("the whole unknown, parts 7 and 2") {
        const PartWhole pw = model(kUnknown, {cell(7), cell(2)});
        THEN("the whole is 9") {
            CHECK(unknownCount(pw) == 1);
            CHECK(wholeValue(pw).value() == whole(9));
        }
    }
    GIVEN("whole 9, one part 7, the other unknown") {
        const PartWhole pw = model(cell(9), {cell(7), kUnknown});
        THEN("the other part is 2") {
            CHECK(partValue(pw, 1).value() == whole(2));
            CHECK(solve(pw).value() == WholeAndParts{whole(9), {whole(7), whole(2)}});
        }
        THEN("asking for a part that is not there is refused") {
            CHECK(partValue(pw, 2).error().message == "There is no part 3: this model has parts 1 to 2.");
            CHECK_FALSE(partValue(pw, -1).ok());
        }
    }
    GIVEN("nothing unknown") {
        const PartWhole pw = model(cell(9), {cell(7), cell(2)});
        THEN("there is nothing to work out and the values are as given") {
            CHECK(unknownCount(pw) == 0);
            CHECK(solve(pw).value() == WholeAndParts{whole(9), {whole(7), whole(2)}});
        }
    }
    GIVEN("two unknowns") {
        THEN("the model is refused: only one value can be unknown at a time") {
            const auto made = makePartWhole(kUnknown, {cell(7), kUnknown});
            REQUIRE_FALSE(made.ok());
            CHECK(made.error().message ==
                  "2 values are unknown (?), so they cannot be worked out yet: only one value can be unknown.");
            CHECK_FALSE(solveWholeAndParts(kUnknown, {kUnknown, kUnknown}).ok());
        }
        THEN("a state built by hand with two unknowns is refused by the check") {
            PartWhole pw = model(cell(9), {cell(7), kUnknown});
            pw.whole = kUnknown;
            CHECK_FALSE(checkPartWhole(pw).ok());
            CHECK_FALSE(solve(pw).ok());
            CHECK_FALSE(wholeValue(pw).ok());
        }
    }
    GIVEN("decimals: a whole of 1 with one part 0.45") {
        const PartWhole pw = model(cell(1), {knownCell(decimal("0.45")), kUnknown});
        THEN("the other part is 0.55") { CHECK(partValue(pw, 1).value() == decimal("0.55")); }
    }
    GIVEN("a whole of 1 in parts 0.5 and unknown") {
        const PartWhole pw = model(cell(1), {knownCell(decimal("0.5")), kUnknown});
        THEN("the other part is 0.5") { CHECK(partValue(pw, 1).value() == decimal("0.5")); }
    }
}

SCENARIO("Values that do not fit together are refused", "[part-whole]") {
    THEN("parts that add up to more than the whole") {
        const auto made = makePartWhole(cell(9), {cell(7), cell(5), kUnknown});
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().message == "The known parts add up to 12, which is more than the whole, 9.");
    }
    THEN("parts that do not add up to the whole") {
        const auto made = makePartWhole(cell(9), {cell(7), cell(3)});
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().message == "The parts add up to 10, not 9: the parts must add up to the whole.");
    }
    THEN("fewer than 2 or more than 5 parts") {
        CHECK(makePartWhole(cell(9), {cell(9)}).error().message == "A part-whole model needs at least 2 parts.");
        CHECK(makePartWhole(kUnknown, {cell(1), cell(1), cell(1), cell(1), cell(1), cell(1)}).error().message ==
              "A part-whole model has at most 5 parts.");
    }
    THEN("parts whose sum is beyond the largest number") {
        CHECK_FALSE(makePartWhole(kUnknown, {cell(9'000'000), cell(1'000'000)}).ok());
    }
    THEN("an orientation that is not one of the four") {
        PartWhole pw = model(cell(9), {cell(7), cell(2)});
        pw.orientation = static_cast<Orientation>(7);
        CHECK(checkPartWhole(pw).error().message == "That is not a way Tenfold can draw a part-whole model.");
    }
}

SCENARIO("The fact family of 9, 7 and 2", "[part-whole]") {
    GIVEN("whole 9 with parts 7 and 2") {
        const FactFamily family = factFamily(model(cell(9), {cell(7), cell(2)}));
        THEN("the four sentences with the whole last") {
            CHECK(family.wholeLast == std::vector<std::string>{"7 + 2 = 9", "2 + 7 = 9", "9 - 2 = 7", "9 - 7 = 2"});
        }
        THEN("the four sentences with the whole first") {
            CHECK(family.wholeFirst ==
                  std::vector<std::string>{"9 = 7 + 2", "9 = 2 + 7", "7 = 9 - 2", "2 = 9 - 7"});
        }
    }
    GIVEN("the parts the other way round, 2 and 7") {
        const FactFamily family = factFamily(model(cell(9), {cell(2), cell(7)}));
        THEN("the sentences start from the first part shown") {
            CHECK(family.wholeLast == std::vector<std::string>{"2 + 7 = 9", "7 + 2 = 9", "9 - 7 = 2", "9 - 2 = 7"});
        }
    }
    GIVEN("the part 2 unknown") {
        const PartWhole pw = model(cell(9), {cell(7), kUnknown});
        THEN("it shows as ?") {
            CHECK(factFamily(pw).wholeLast ==
                  std::vector<std::string>{"7 + ? = 9", "? + 7 = 9", "9 - ? = 7", "9 - 7 = ?"});
        }
        THEN("once revealed it shows 2") {
            CHECK(factFamily(reveal(pw)).wholeFirst ==
                  std::vector<std::string>{"9 = 7 + 2", "9 = 2 + 7", "7 = 9 - 2", "2 = 9 - 7"});
        }
    }
    GIVEN("10 as 5 and 5") {
        THEN("no sentence is repeated") {
            const FactFamily family = factFamily(model(cell(10), {cell(5), cell(5)}));
            CHECK(family.wholeLast == std::vector<std::string>{"5 + 5 = 10", "10 - 5 = 5"});
            CHECK(family.wholeFirst == std::vector<std::string>{"10 = 5 + 5", "5 = 10 - 5"});
        }
    }
    GIVEN("9 as 4, 3 and 2") {
        const FactFamily family = factFamily(model(cell(9), {cell(4), cell(3), cell(2)}));
        THEN("the addition sentences in both orders, whole last and first") {
            CHECK(family.wholeLast == std::vector<std::string>{"4 + 3 + 2 = 9", "2 + 3 + 4 = 9"});
            CHECK(family.wholeFirst == std::vector<std::string>{"9 = 4 + 3 + 2", "9 = 2 + 3 + 4"});
        }
    }
    GIVEN("decimals: 1 as 0.45 and 0.55") {
        THEN("the sentences show the decimals") {
            const FactFamily family =
                factFamily(model(cell(1), {knownCell(decimal("0.45")), knownCell(decimal("0.55"))}));
            CHECK(family.wholeLast.front() == "0.45 + 0.55 = 1");
            CHECK(family.wholeFirst.back() == "0.55 = 1 - 0.45");
        }
    }
}

SCENARIO("The stem sentence of a part-whole model", "[part-whole]") {
    THEN("two parts: one part and the other part") {
        CHECK(stemSentence(model(cell(9), {cell(7), cell(2)})) ==
              "The whole is 9. One part is 7. The other part is 2.");
    }
    THEN("three parts: another part in the middle") {
        CHECK(stemSentence(model(cell(9), {cell(4), cell(3), cell(2)})) ==
              "The whole is 9. One part is 4. Another part is 3. The other part is 2.");
    }
    THEN("an unknown whole reads ?, and its value once revealed") {
        const PartWhole pw = model(kUnknown, {cell(40), cell(7)});
        CHECK(stemSentence(pw) == "The whole is ?. One part is 40. The other part is 7.");
        CHECK(stemSentence(reveal(pw)) == "The whole is 47. One part is 40. The other part is 7.");
        CHECK(stemSentence(reveal(reveal(pw), false)) == stemSentence(pw));
    }
    THEN("the blank stem sentence for 2 and 4 parts") {
        CHECK(blankStemSentence(2).value() == "The whole is __. One part is __. The other part is __.");
        CHECK(blankStemSentence(4).value() ==
              "The whole is __. One part is __. Another part is __. Another part is __. The other part is __.");
        CHECK_FALSE(blankStemSentence(1).ok());
        CHECK_FALSE(blankStemSentence(6).ok());
    }
}

SCENARIO("The four ways a part-whole model is drawn have names", "[part-whole]") {
    THEN("each orientation is named for describing the board") {
        CHECK(orientationName(Orientation::WholeAbove) == "whole above");
        CHECK(orientationName(Orientation::WholeRight) == "whole on the right");
        CHECK(orientationName(Orientation::WholeBelow) == "whole below");
        CHECK(orientationName(Orientation::WholeLeft) == "whole on the left");
    }
}
