// Tests for the rules of a fraction wall (fraction_bars.hpp): part labels, readings, comparisons, and
// re-partitioning that keeps the shaded amount (2/3 -> 4/6, never 2/4).
#include <catch2/catch.hpp>

#include "model/fraction_bars.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
}  // namespace

SCENARIO("Each part of a row is labelled as a fraction of the whole") {
    GIVEN("a whole of 1 cut into 8 equal parts with 3 shaded") {
        const FractionRow row{8, 3};
        THEN("each part reads 1/8 and the shaded parts read 3/8 of 1") {
            CHECK(partLabel(8) == "1/8");
            CHECK(partLabel(1) == "1");
            CHECK(rowReading(row, v(1)) == "3/8 of 1");
            CHECK(rowSentence(row, v(1)) == "3 of the 8 equal parts are shaded: 3/8 of 1.");
        }
    }
    GIVEN("a whole of 24 in thirds with 2 shaded") {
        THEN("the sentence works the amount out") { CHECK(rowSentence(FractionRow{3, 2}, v(24)) == "2/3 of 24 is 16."); }
    }
    GIVEN("a row with nothing shaded") {
        THEN("it says what each part is") {
            CHECK(rowSentence(FractionRow{4, 0}, v(1)) == "The whole is cut into 4 equal parts: each part is 1/4 of 1.");
        }
    }
    GIVEN("rows outside the limits") {
        THEN("they are refused with the reason") {
            CHECK_FALSE(checkFractionRow(FractionRow{13, 0}).ok());
            CHECK_FALSE(checkFractionRow(FractionRow{0, 0}).ok());
            CHECK_FALSE(checkFractionRow(FractionRow{4, 5}).ok());
            CHECK(checkFractionRow(FractionRow{12, 12}).ok());
            CHECK_FALSE(checkFractionRows({}).ok());
            CHECK_FALSE(checkFractionRows(std::vector<FractionRow>(13, FractionRow{2, 1})).ok());
        }
    }
}

SCENARIO("Two rows are compared: which is greater, and by how much of the whole") {
    THEN("2/3 is greater than 1/2 by 1/6") {
        const RowComparison c = compareRows(FractionRow{3, 2}, FractionRow{2, 1});
        CHECK(c.order == 1);
        CHECK(c.difference == Ratio{1, 6});
        CHECK(comparisonSentence(FractionRow{3, 2}, FractionRow{2, 1}, v(1)) == "2/3 is greater than 1/2 by 1/6 of 1.");
        CHECK(comparisonSymbols(FractionRow{3, 2}, FractionRow{2, 1}) == "2/3 > 1/2");
    }
    THEN("1/8 is less than 1/4: more parts make each part smaller") {
        CHECK(compareRows(FractionRow{8, 1}, FractionRow{4, 1}).order == -1);
        CHECK(comparisonSentence(FractionRow{8, 1}, FractionRow{4, 1}, v(1)) == "1/8 is less than 1/4 by 1/8 of 1.");
    }
    THEN("2/4 and 1/2 are the same amount") {
        CHECK(compareRows(FractionRow{4, 2}, FractionRow{2, 1}).order == 0);
        CHECK(comparisonSentence(FractionRow{4, 2}, FractionRow{2, 1}, v(1)) == "2/4 is equal to 1/2: they are the same amount.");
        CHECK(comparisonSymbols(FractionRow{4, 2}, FractionRow{2, 1}) == "2/4 = 1/2");
    }
    THEN("a wall compares its first two shaded rows") {
        const std::vector<FractionRow> wall{FractionRow{1, 0}, FractionRow{3, 2}, FractionRow{4, 0}, FractionRow{2, 1}};
        CHECK(wallSentence(wall, v(1)) == "2/3 is greater than 1/2 by 1/6 of 1.");
    }
}

SCENARIO("The abstract level writes a comparison as a child reads it") {
    GIVEN("3/8 and 1/4") {
        THEN("the greater first, then by how much as a subtraction in lowest terms") {
            CHECK(comparisonWritten(FractionRow{8, 3}, FractionRow{4, 1}) == std::vector<std::string>{"3/8 > 1/4", "3/8 - 1/4 = 1/8"});
        }
        THEN("the other way round the sign turns, and the smaller is still taken from the greater") {
            CHECK(comparisonWritten(FractionRow{4, 1}, FractionRow{8, 3}) == std::vector<std::string>{"1/4 < 3/8", "3/8 - 1/4 = 1/8"});
        }
    }
    GIVEN("2/3 and 3/4 (no common parts on the wall)") {
        THEN("the difference is in twelfths") {
            CHECK(comparisonWritten(FractionRow{3, 2}, FractionRow{4, 3}) == std::vector<std::string>{"2/3 < 3/4", "3/4 - 2/3 = 1/12"});
        }
    }
    GIVEN("the same amount (2/4 and 1/2)") {
        THEN("only that they are equal: there is no difference to write") {
            CHECK(comparisonWritten(FractionRow{4, 2}, FractionRow{2, 1}) == std::vector<std::string>{"2/4 = 1/2"});
        }
    }
    GIVEN("a wall") {
        THEN("it writes the comparison of its first two shaded rows") {
            const std::vector<FractionRow> wall{FractionRow{1, 0}, FractionRow{8, 3}, FractionRow{3, 0}, FractionRow{4, 1}};
            CHECK(wallWritten(wall) == std::vector<std::string>{"3/8 > 1/4", "3/8 - 1/4 = 1/8"});
        }
        THEN("with fewer than two shaded rows it writes nothing of its own") {
            CHECK(wallWritten({FractionRow{8, 3}, FractionRow{4, 0}}).empty());
            CHECK(wallWritten({FractionRow{2, 0}}).empty());
        }
    }
}

SCENARIO("Re-partitioning a row keeps the shaded amount") {
    GIVEN("2/3") {
        const FractionRow row{3, 2};
        THEN("in sixths it is 4/6") { CHECK(repartitionRow(row, 6).value() == FractionRow{6, 4}); }
        THEN("in quarters it cannot be kept, and the reason names the numbers of parts that keep it") {
            const auto r = repartitionRow(row, 4);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message ==
                  "2/3 is not a whole number of quarters, so 4 equal parts cannot keep 2/3 shaded. 6, 9 or 12 equal "
                  "parts keep it; or take the shading away first.");
            CHECK(partsKeepingShaded(row) == std::vector<int>{3, 6, 9, 12});
        }
    }
    GIVEN("a row with nothing shaded") {
        THEN("any number of parts will do") { CHECK(repartitionRow(FractionRow{3, 0}, 7).value() == FractionRow{7, 0}); }
    }
    GIVEN("halves and thirds") {
        THEN("one tap gives sixths: 1/2 is 3/6 and 2/3 is 4/6") {
            CHECK(commonParts({FractionRow{2, 1}, FractionRow{3, 2}}).value() ==
                  std::vector<FractionRow>{FractionRow{6, 3}, FractionRow{6, 4}});
        }
    }
    GIVEN("elevenths and twelfths") {
        THEN("no common number of parts up to 12: refused with the reason") {
            const auto r = commonParts({FractionRow{11, 1}, FractionRow{12, 1}});
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.find("132") != std::string::npos);
        }
    }
}
