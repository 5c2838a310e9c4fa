// Tests for linked edits (linked_rules.hpp): no place a linked view does not show gained by another view's
// edit, places no part needs tidied away, which block is one said when it changes, a new model's whole
// following its parts, and bar boundaries snapping to the place the parts use.
#include <catch2/catch.hpp>

#include "model/bar_intents.hpp"
#include "model/command.hpp"
#include "model/intents.hpp"
#include "model/linked_rules.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
Value dec(const char* s) { return Value::parse(s).value(); }

struct Linked {
    Board board;
    ModelId blocks = 0;
    ModelId bar = 0;
};
// Blocks showing `n` and a bar linked to them.
Linked blocksAndBar(Value n) {
    Board b = applyCommand(Board{}, AddModel{Representation::Blocks, Level::Concrete, Point{0, 0}, n, std::nullopt}).value();
    const ModelId blocks = b.models.back().id;
    b = applyCommand(b, AddModel{Representation::Bar, Level::Concrete, Point{0, 300}, n, blocks}).value();
    return {b, blocks, b.models.back().id};
}
const Quantity& quantityOf(const Board& b, ModelId id) { return findGroup(b, findModel(b, id)->group)->quantity; }
}  // namespace

SCENARIO("An equal share through a bar never gives linked blocks a place they do not show") {
    GIVEN("a bar of 24 linked to base 10 blocks") {
        const Linked l = blocksAndBar(v(24));
        WHEN("it is shared into 5 equal parts") {
            const auto r = applyCommand(l.board, SetBar{l.bar, BarMode::EqualParts, 5, 0, ""});
            THEN("it is refused: 4.8 needs tenths, and the reason names the numbers of parts that share without them") {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().message.find("4.8") != std::string::npos);
                CHECK(r.error().message.find("tenths") != std::string::npos);
                CHECK(r.error().message.find("2, 3, 4, 6, 8 or 12") != std::string::npos);
            }
        }
        WHEN("it is shared into 6 equal parts") {
            const Board b = applyCommand(l.board, SetBar{l.bar, BarMode::EqualParts, 6, 0, ""}).value();
            THEN("each part is 4 ones, and no tenths anywhere") {
                const Quantity& q = quantityOf(b, l.bar);
                CHECK(q.partValues() == std::vector<Value>(6, v(4)));
                CHECK(q.pooled().count(Place::Tenths) == 0);
                CHECK(q.pooled().count(Place::Ones) == 24);
            }
        }
        THEN("the numbers of parts it can be shared into are listed") {
            CHECK(equalPartsThatShare(l.board, *findModel(l.board, l.bar)) == std::vector<int>{2, 3, 4, 6, 8, 12});
        }
    }
    GIVEN("a bar of 24 on its own") {
        Board b = applyCommand(Board{}, AddModel{Representation::Bar, Level::Concrete, Point{0, 0}, v(24), std::nullopt}).value();
        THEN("5 equal parts of 4.8 are fine: there is no view that cannot show tenths") {
            const auto r = applyCommand(b, SetBar{b.models.back().id, BarMode::EqualParts, 5, 0, ""});
            REQUIRE(r.ok());
            CHECK(quantityOf(r.value(), b.models.back().id).partValues() == std::vector<Value>(5, dec("4.8")));
        }
    }
}

SCENARIO("A part that no longer needs a place loses it") {
    GIVEN("4 and 20 held as tenths") {
        const Quantity q = breakAllPartsDownTo(quantityOfParts({v(4), v(20)}).value(), Place::Tenths).value();
        REQUIRE(q.parts[0].count(Place::Tenths) == 40);
        THEN("4 is 4 ones again and 20 is 2 tens") {
            const Quantity tidy = withoutUnneededPlaces(q);
            CHECK(tidy.parts[0] == canonical(v(4)));
            CHECK(tidy.parts[1] == canonical(v(20)));
            CHECK(tidy.value() == v(24));
        }
    }
    GIVEN("53 as 4 tens and 13 ones") {
        const Quantity q = exchangeDownIn(quantityOf(v(53)), 0, Place::Tens).value();
        THEN("it stays as it is: ones are needed for 53") { CHECK(withoutUnneededPlaces(q) == q); }
    }
}

SCENARIO("Which block is one is said when an edit has to change it") {
    GIVEN("blocks showing 0.45 (the flat is one)") {
        Board b = applyCommand(Board{}, AddModel{Representation::Blocks, Level::Concrete, Point{0, 0}, dec("0.45"), std::nullopt}).value();
        const ModelId id = b.models.back().id;
        REQUIRE(blockThatIsOne(findModel(b, id)->layouts.blocks.scale) == BlockKind::Flat);
        WHEN("the number becomes 0.123") {
            const Command c = SetWhole{id, dec("0.123")};
            const Board after = applyCommand(b, c).value();
            THEN("a note says the big cube is one now") {
                const auto notes = blockScaleNotes(b, after, {c});
                REQUIRE(notes.size() == 1);
                CHECK(notes[0].text == "To show 0.123, the big cube is one now (it was the flat).");
            }
        }
        WHEN("the teacher chooses the big cube as one from the menu") {
            const auto intent = blockOneIntent(b, id, BlockKind::BigCube);
            REQUIRE(intent.ok());
            REQUIRE(intent.value().size() == 1);
            const Board after = applyCommand(b, intent.value().front()).value();
            THEN("it is one, and nothing needs saying") {
                CHECK(blockThatIsOne(findModel(after, id)->layouts.blocks.scale) == BlockKind::BigCube);
                CHECK(blockScaleNotes(b, after, intent.value()).empty());
            }
        }
    }
}

SCENARIO("A new model's whole follows its parts until the whole is typed") {
    GIVEN("a new part-whole model of nothing with two parts") {
        Board b = applyCommand(Board{}, AddModel{Representation::PartWhole, Level::Concrete, Point{0, 0}, Value{}, std::nullopt}).value();
        const ModelId id = b.models.back().id;
        if (quantityOf(b, id).partCount() < 2) b = applyCommand(b, AddPart{id}).value();
        REQUIRE(quantityOf(b, id).partCount() == 2);
        auto type = [&](const Board& on, SlotKind kind, int index, Value value) {
            const auto intent = typeValueIntent(on, ValueSlot{id, kind, index}, value);
            REQUIRE(intent.ok());
            Board out = on;
            for (const Command& c : intent.value()) {
                auto next = applyCommand(out, c);
                REQUIRE(next.ok());
                out = next.value();
            }
            return out;
        };
        WHEN("7 and then 2 are typed into the parts") {
            const Board after = type(type(b, SlotKind::Part, 0, v(7)), SlotKind::Part, 1, v(2));
            THEN("the parts are 7 and 2 and the whole is 9") {
                CHECK(quantityOf(after, id).partValues() == std::vector<Value>{v(7), v(2)});
                CHECK(quantityOf(after, id).value() == v(9));
            }
            AND_WHEN("the whole is typed and then a part") {
                const Board typed = type(type(after, SlotKind::Whole, 0, v(10)), SlotKind::Part, 0, v(6));
                THEN("the whole stays: the other part takes the difference") {
                    CHECK(quantityOf(typed, id).value() == v(10));
                    CHECK(quantityOf(typed, id).partValues() == std::vector<Value>{v(6), v(4)});
                }
            }
        }
    }
    GIVEN("a model made with a number") {
        Board b = applyCommand(Board{}, AddModel{Representation::PartWhole, Level::Concrete, Point{0, 0}, v(10), std::nullopt}).value();
        THEN("its whole is given already") { CHECK_FALSE(findGroup(b, b.models.back().group)->wholeFollowsParts); }
    }
}

SCENARIO("A bar boundary snaps to the place its parts use") {
    THEN("tens when the parts are tens") {
        CHECK(boundaryStepMilli({v(30), v(50)}, 0) == 10000);
        CHECK(snapBoundary({v(30), v(50)}, 0, 43000.0).value() == v(40));
    }
    THEN("a place finer when the parts could not move at that step (100 and 100 move in tens)") {
        CHECK(boundaryStepMilli({v(100), v(100)}, 0) == 10000);
    }
    THEN("tenths when a part uses tenths") { CHECK(boundaryStepMilli({dec("2.5"), v(3)}, 0) == 100); }
    THEN("never finer than ones for whole numbers, and both parts keep a step") {
        CHECK(boundaryStepMilli({v(1), v(2)}, 0) == 1000);
        CHECK(snapBoundary({v(30), v(50)}, 0, 0.0).value() == v(10));
        CHECK(snapBoundary({v(30), v(50)}, 0, 1e9).value() == v(70));
        CHECK_FALSE(snapBoundary({v(30), v(50)}, 0, 31000.0).has_value());
    }
}

SCENARIO("A whole of 0 read from a file follows its parts once a part is typed") {
    GIVEN("a part-whole model of 0 and 0 whose group does not follow its parts") {
        Board b = applyCommand(Board{}, AddModel{Representation::PartWhole, Level::Concrete, Point{0, 0}, Value{}, std::nullopt}).value();
        const ModelId id = b.models.back().id;
        if (quantityOf(b, id).partCount() < 2) b = applyCommand(b, AddPart{id}).value();
        b.groups.front().wholeFollowsParts = false;
        WHEN("38 and then 2 are typed into the parts") {
            Board after = b;
            for (const auto& [index, value] : {std::pair{0, v(38)}, std::pair{1, v(2)}}) {
                const auto intent = typeValueIntent(after, ValueSlot{id, SlotKind::Part, index}, value);
                REQUIRE(intent.ok());
                for (const Command& c : intent.value()) after = applyCommand(after, c).value();
            }
            THEN("the parts are 38 and 2 and the whole is 40") {
                CHECK(quantityOf(after, id).partValues() == std::vector<Value>{v(38), v(2)});
            }
        }
    }
}
