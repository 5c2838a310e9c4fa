// Tests for the bar menu intents (bar_intents.hpp): the number of equal parts chosen directly or stepped
// with the shaded amount kept, the rows of a fraction wall, one number of parts for every row, shading by
// a tap, not to scale.
#include <catch2/catch.hpp>

#include "model/bar_intents.hpp"
#include "model/command.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }

struct OneBar {
    Board board;
    ModelId id = 0;
};
OneBar barOf(Value n) {
    Board b = applyCommand(Board{}, AddModel{Representation::Bar, Level::Concrete, Point{0, 0}, n, std::nullopt}).value();
    return {b, b.models.back().id};
}
Board applied(const Board& b, const Commands& commands) {
    Board out = b;
    for (const Command& c : commands) {
        auto next = applyCommand(out, c);
        INFO(describeCommand(c));
        REQUIRE(next.ok());
        out = next.value();
    }
    return out;
}
const BarLayout& barIn(const Board& b, ModelId id) { return findModel(b, id)->layouts.bar; }
int partsIn(const Board& b, ModelId id) { return findGroup(b, findModel(b, id)->group)->quantity.partCount(); }
}  // namespace

SCENARIO("The number of equal parts is chosen directly, keeping the shaded amount") {
    GIVEN("24 in 3 equal parts with 2 shaded") {
        OneBar m = barOf(v(24));
        m.board = applied(m.board, {SetBar{m.id, BarMode::EqualParts, 3, 2, ""}});
        THEN("6 parts keep 2/3 as 4/6") {
            const auto c = choosePartsIntent(m.board, m.id, 6);
            REQUIRE(c.ok());
            const Board b = applied(m.board, c.value().commands);
            CHECK(partsIn(b, m.id) == 6);
            CHECK(barIn(b, m.id).shaded == 4);
        }
        THEN("4 parts are refused: 2/3 is not a whole number of quarters") {
            const auto c = choosePartsIntent(m.board, m.id, 4);
            REQUIRE_FALSE(c.ok());
            CHECK(c.error().message.find("quarters") != std::string::npos);
            CHECK(c.error().message.find("6 or 12") != std::string::npos);
        }
        THEN("one more part goes to 6 and says why 4 and 5 were passed over") {
            const auto c = stepPartsIntent(m.board, m.id, 1);
            REQUIRE(c.ok());
            const Board b = applied(m.board, c.value().commands);
            CHECK(partsIn(b, m.id) == 6);
            CHECK(barIn(b, m.id).shaded == 4);
            CHECK(c.value().note.find("4/6 is the same as 2/3") != std::string::npos);
        }
    }
    GIVEN("10 in 2 equal parts with nothing shaded") {
        OneBar m = barOf(v(10));
        m.board = applied(m.board, {SetBar{m.id, BarMode::EqualParts, 2, 0, ""}});
        THEN("one more part passes over 3 (10 does not share exactly into 3) and says so") {
            const auto c = stepPartsIntent(m.board, m.id, 1);
            REQUIRE(c.ok());
            const Board b = applied(m.board, c.value().commands);
            CHECK(partsIn(b, m.id) == 4);
            CHECK(c.value().note == "10 cannot be shared exactly into 3 equal parts. So the bar has 4 equal parts.");
        }
        THEN("3 chosen directly is refused with the reason") { CHECK_FALSE(choosePartsIntent(m.board, m.id, 3).ok()); }
    }
}

SCENARIO("A fraction wall: rows of the same whole, compared and given one number of parts") {
    GIVEN("a bar of 1 shown as fractions") {
        OneBar m = barOf(v(1));
        const Board wall = applied(m.board, barModeIntent(m.board, m.id, BarMode::Fractions));
        THEN("it starts as halves with one shaded") {
            REQUIRE(barIn(wall, m.id).mode == BarMode::Fractions);
            CHECK(barIn(wall, m.id).rows == std::vector<FractionRow>{FractionRow{2, 1}});
        }
        WHEN("a row is added, its second part tapped twice over... and a third part of it tapped") {
            Board b = applied(wall, addRowIntent(wall, m.id).value());
            CHECK(barIn(b, m.id).rows.back() == FractionRow{3, 0});
            b = applied(b, fractionShadeIntent(b, m.id, 1, 1));
            CHECK(barIn(b, m.id).rows.back() == FractionRow{3, 2});
            THEN("one tap gives both rows sixths: 3/6 and 4/6") {
                const Board same = applied(b, samePartsIntent(b, m.id).value());
                CHECK(barIn(same, m.id).rows == std::vector<FractionRow>{FractionRow{6, 3}, FractionRow{6, 4}});
                CHECK_FALSE(samePartsIntent(same, m.id).ok());
            }
            THEN("tapping the last shaded part unshades it") {
                const Board un = applied(b, fractionShadeIntent(b, m.id, 1, 1));
                CHECK(barIn(un, m.id).rows.back() == FractionRow{3, 1});
            }
            THEN("the last row's parts are chosen directly, keeping its shading") {
                const auto c = choosePartsIntent(b, m.id, 9);
                REQUIRE(c.ok());
                CHECK(barIn(applied(b, c.value().commands), m.id).rows.back() == FractionRow{9, 6});
            }
            THEN("the number itself is never split by the rows") { CHECK(partsIn(b, m.id) == 1); }
            THEN("the last row can be removed, never the only one") {
                const Board one = applied(b, removeRowIntent(b, m.id).value());
                CHECK(barIn(one, m.id).rows.size() == 1);
                CHECK_FALSE(removeRowIntent(one, m.id).ok());
            }
        }
    }
}

namespace {
// A new bar of `whole` on `b`, shown as a fraction wall of one row.
ModelId wallOn(Board& b, Value whole, FractionRow row, double y = 0) {
    b = applyCommand(b, AddModel{Representation::Bar, Level::Pictorial, Point{0, y}, whole, std::nullopt}).value();
    const ModelId id = b.models.back().id;
    b = applied(b, barModeIntent(b, id, BarMode::Fractions));
    b = applied(b, {SetFractionRows{id, {row}}});
    return id;
}
}  // namespace

SCENARIO("Two separate bars of one whole are compared as fractions") {
    GIVEN("two bars of 1: one in thirds with 2 shaded, one in quarters with 3 shaded") {
        Board b;
        const ModelId thirds = wallOn(b, v(1), FractionRow{3, 2});
        const ModelId quarters = wallOn(b, v(1), FractionRow{4, 3}, 600);
        THEN("each offers the other") {
            CHECK(comparableBars(b, thirds) == std::vector<ModelId>{quarters});
            CHECK(comparableBars(b, quarters) == std::vector<ModelId>{thirds});
        }
        THEN("the thirds are less than the quarters by 1/12 of the whole, by the wall's rule") {
            const auto c = compareBarsIntent(b, thirds, quarters);
            REQUIRE(c.ok());
            CHECK(c.value() == "2/3 is less than 3/4 by 1/12 of 1.");
            CHECK(compareBarsIntent(b, quarters, thirds).value() == "3/4 is greater than 2/3 by 1/12 of 1.");
        }
        WHEN("the quarters bar shows 2 of 4 and the thirds bar is re-cut to sixths with 3 shaded") {
            b = applied(b, {SetFractionRows{quarters, {FractionRow{4, 2}}}, SetFractionRows{thirds, {FractionRow{6, 3}}}});
            THEN("they are the same amount") {
                CHECK(compareBarsIntent(b, thirds, quarters).value() == "3/6 is equal to 2/4: they are the same amount.");
            }
        }
        WHEN("a third bar has a whole of 2") {
            const ModelId two = wallOn(b, v(2), FractionRow{2, 1}, 1200);
            THEN("it is not offered, and comparing with it is refused with both wholes named") {
                CHECK(comparableBars(b, thirds) == std::vector<ModelId>{quarters});
                const auto c = compareBarsIntent(b, thirds, two);
                REQUIRE_FALSE(c.ok());
                CHECK(c.error().message.find("(1 and 2)") != std::string::npos);
            }
        }
    }
    GIVEN("a bar of 24 in 3 equal parts with 2 shaded, and a wall of 24 with 1/4 shaded") {
        OneBar m = barOf(v(24));
        m.board = applied(m.board, {SetBar{m.id, BarMode::EqualParts, 3, 2, ""}});
        const ModelId wall = wallOn(m.board, v(24), FractionRow{4, 1}, 600);
        THEN("an equal-part bar shows the fraction it shades, and compares with the wall") {
            CHECK(barFraction(*findModel(m.board, m.id), findGroup(m.board, findModel(m.board, m.id)->group)->quantity) ==
                  FractionRow{3, 2});
            CHECK(compareBarsIntent(m.board, m.id, wall).value() == "2/3 is greater than 1/4 by 5/12 of 24.");
        }
    }
    GIVEN("a part-whole bar beside a wall of the same whole") {
        OneBar m = barOf(v(1));
        const ModelId wall = wallOn(m.board, v(1), FractionRow{2, 1}, 600);
        THEN("the part-whole bar shows no fraction: not offered, and refused") {
            CHECK(comparableBars(m.board, wall).empty());
            CHECK(comparableBars(m.board, m.id).empty());
            CHECK_FALSE(compareBarsIntent(m.board, wall, m.id).ok());
        }
    }
}

SCENARIO("A bar can be drawn not to scale") {
    OneBar m = barOf(v(1003));
    const Board on = applied(m.board, toggleScaleIntent(m.board, m.id));
    CHECK(barIn(on, m.id).notToScale);
    CHECK_FALSE(barIn(applied(on, toggleScaleIntent(on, m.id)), m.id).notToScale);
}
