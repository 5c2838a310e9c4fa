// What a chart's menu asks for, as the model's rules: Exchange all and Break all, the columns a chart
// shows, plain counters and a fixed set of them, typing a number straight into a chart, and Duplicate.
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/board_file.hpp"
#include "applied_intent.hpp"
#include "model/command.hpp"
#include "model/intents.hpp"
#include "model/pieces.hpp"

using namespace tenfold::model;

namespace {

Value v(std::int64_t n) { return Value::whole(n).value(); }

Board chartOf(Value value, Representation kind = Representation::Blocks) {
    return applyCommand(Board{}, AddModel{kind, Level::Concrete, Point{0, 0}, value, std::nullopt}).value();
}
using testing::applied;
Board applied(Board b, const Command& c) { return applied(std::move(b), Result<Commands>(Commands{c})); }
const Model& modelIn(const Board& b, ModelId id = 2) { return *findModel(b, id); }
const Quantity& quantityIn(const Board& b, ModelId id = 2) { return findGroup(b, modelIn(b, id).group)->quantity; }
const PiecesLayout& piecesIn(const Board& b, ModelId id = 2) {
    const Model& m = modelIn(b, id);
    return m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
}
std::int64_t countIn(const Board& b, Place p, ModelId id = 2) {
    const auto& pieces = piecesIn(b, id).pieces;
    return std::count_if(pieces.begin(), pieces.end(), [&](const Piece& x) { return x.place == p; });
}

}  // namespace

SCENARIO("Exchange all and Break all from a chart's menu", "[chart-menu]") {
    GIVEN("347 in a chart") {
        const Board b = chartOf(v(347));
        THEN("break all into tens makes 34 tens and 7 ones, into ones 347 ones") {
            const Board tens = applied(b, breakAllIntent(b, 2, Place::Tens));
            CHECK(countIn(tens, Place::Tens) == 34);
            CHECK(countIn(tens, Place::Ones) == 7);
            const Board ones = applied(b, breakAllIntent(b, 2, Place::Ones));
            CHECK(countIn(ones, Place::Ones) == 347);
            CHECK(quantityIn(ones).value() == v(347));
            AND_THEN("exchange all brings back 3 hundreds, 4 tens and 7 ones") {
                const Board back = applied(ones, exchangeAllIntent(ones, 2));
                CHECK(quantityIn(back).parts[0] == canonical(v(347)));
                CHECK(countIn(back, Place::Hundreds) == 3);
            }
        }
        THEN("there is nothing to exchange in the standard arrangement, and nothing to break into hundreds") {
            CHECK(exchangeAllIntent(b, 2).error().message == "Nothing to exchange: no column has ten or more.");
            CHECK(breakAllIntent(b, 2, Place::Hundreds).error().message ==
                  "Nothing is larger than the hundreds, so there is nothing to break into hundreds.");
        }
        THEN("the places offered are the chart's columns but the highest") {
            CHECK(breakAllPlaces(modelIn(b)) == std::vector<Place>{Place::Hundreds, Place::Tens, Place::Ones});
        }
    }
    GIVEN("12,000 as counters") {
        const Board b = chartOf(v(12000), Representation::Counters);
        THEN("breaking all into ones would be too many pieces, so it is refused") {
            CHECK_FALSE(accepted(b, breakAllIntent(b, 2, Place::Ones)));
            CHECK(accepted(b, breakAllIntent(b, 2, Place::Hundreds)));
        }
    }
}

SCENARIO("The teacher picks the columns a chart shows", "[chart-menu]") {
    GIVEN("47 in a Th H T O chart") {
        const Board b = chartOf(v(47));
        THEN("Fit shows T O") {
            const Board fit = applied(b, fitColumnsIntent(b, 2));
            CHECK(piecesIn(fit).highestColumn == Place::Tens);
            CHECK(piecesIn(fit).lowestColumn == Place::Ones);
            CHECK(fitColumnsIntent(fit, 2).error().message == "The chart already shows just the places its numbers use.");
        }
        THEN("the thousands column can go (it is empty and at the end), the tens cannot (pieces are there)") {
            const Board less = applied(b, columnIntent(b, 2, Place::Thousands));
            CHECK(piecesIn(less).highestColumn == Place::Hundreds);
            CHECK(columnIntent(b, 2, Place::Tens).error().message == "The tens column has pieces in it, so it stays.");
        }
        THEN("a place outside the chart joins it with the places between") {
            const Board more = applied(b, columnIntent(b, 2, Place::Hundredths));
            CHECK(piecesIn(more).lowestColumn == Place::Hundredths);
            CHECK(chartColumns(piecesIn(more)).size() == 6);
        }
    }
    GIVEN("0 in a chart of just the ones") {
        Board b = chartOf(Value{});
        b = applied(b, SetChart{2, true, Place::Ones, Place::Ones});
        THEN("its last column stays") { CHECK(columnIntent(b, 2, Place::Ones).error().message == "A chart keeps at least one column."); }
    }
}

SCENARIO("A fixed set written by hand, without its pieces, opens laid out tidily", "[chart-menu]") {
    const auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1, "models": [{"kind": "counters", "value": 52,
        "counters": {"plain": true, "fixed": true, "columns": ["ones", "tens"]}}]})");
    REQUIRE(b.ok());
    CHECK(b.value().models[0].layouts.counters.fixed);
    CHECK(b.value().models[0].layouts.counters.pieces.size() == 7);
}

SCENARIO("Plain counters take their value from their column; a fixed set only moves", "[chart-menu]") {
    GIVEN("an empty chart of counters made plain") {
        Board b = chartOf(Value{}, Representation::Counters);
        b = applied(b, plainCountersIntent(b, 2, true));
        REQUIRE(piecesIn(b).plain);
        WHEN("three plain counters are put in the ones column and made a fixed set") {
            for (int i = 0; i < 3; ++i) b = applied(b, AddPiece{2, 0, Place::Ones, std::nullopt});
            b = applied(b, fixedSetIntent(b, 2));
            REQUIRE(piecesIn(b).fixed);
            THEN("moving one to the tens column makes 12: the counter takes its new column's value") {
                const Board moved = applied(b, MovePiece{2, 0, Point{20, 100}, Place::Tens});
                CHECK(quantityIn(moved).value() == v(12));
                CHECK(piecesIn(moved).pieces.size() == 3);
            }
            THEN("no counter can be added or taken away") {
                CHECK(applyCommand(b, AddPiece{2, 0, Place::Ones, std::nullopt}).error().message ==
                      "This is a fixed set of 3 counters: move them between the columns, none can be added or taken away.");
                CHECK_FALSE(applyCommand(b, RemovePiece{2, 0}).ok());
                CHECK(clearPiecesIntent(b).empty());
            }
            THEN("even when exchange is automatic, ten in a column stay ten counters") {
                Board automatic = b;
                automatic.settings.exchange = ExchangeMode::Automatic;
                Board ten = applied(automatic, fixedSetIntent(automatic, 2));  // free to add
                for (int i = 0; i < 7; ++i) ten = applied(ten, AddPiece{2, 0, Place::Tens, std::nullopt});
                ten = applied(ten, fixedSetIntent(ten, 2));
                for (int i = 0; i < 3; ++i) ten = applied(ten, MovePiece{2, i, Point{20, 100}, Place::Tens});
                CHECK(countIn(ten, Place::Tens) == 10);
                CHECK(quantityIn(ten).value() == v(100));
            }
            THEN("value counters are never a fixed set") {
                const Board valued = applied(b, plainCountersIntent(b, 2, false));
                CHECK_FALSE(piecesIn(valued).fixed);
            }
        }
        THEN("an empty chart is no fixed set yet") {
            CHECK(fixedSetIntent(b, 2).error().message ==
                  "Put some plain counters in the chart first: the fixed set is the counters that are there.");
        }
    }
    THEN("blocks are never plain counters") {
        const Board b = chartOf(v(3));
        CHECK_FALSE(plainCountersIntent(b, 2, true).ok());
    }
}

SCENARIO("A number typed into a chart rebuilds it in its standard partition", "[chart-menu]") {
    GIVEN("4 tens and 13 ones (53) linked to a part-whole model") {
        Board b = chartOf(v(40));
        for (int i = 0; i < 13; ++i) b = applied(b, AddPiece{2, 0, Place::Ones, std::nullopt});
        b = applied(b, AddModel{Representation::PartWhole, Level::Pictorial, Point{900, 0}, Value{}, ModelId{2}});
        WHEN("347 is typed as the chart's number") {
            const Board typed = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Value, 0}, v(347)));
            THEN("every part is standard and the whole is 347; the linked part-whole follows") {
                CHECK(quantityIn(typed).value() == v(347));
                for (const PlaceCounts& part : quantityIn(typed).parts) CHECK(part.isCanonical());
                CHECK(quantityIn(typed, 3).value() == v(347));
            }
        }
    }
    GIVEN("234 split by place (200, 30 and 4), as a chart linked to a part-whole") {
        Board b = chartOf(v(234));
        b = applied(b, AddModel{Representation::PartWhole, Level::Pictorial, Point{900, 0}, Value{}, ModelId{2}});
        REQUIRE(quantityIn(b).partValues() == std::vector<Value>{v(200), v(30), v(4)});
        THEN("347 typed is split by place too: 300, 40 and 7") {
            const Board typed = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Value, 0}, v(347)));
            CHECK(quantityIn(typed).partValues() == std::vector<Value>{v(300), v(40), v(7)});
        }
        THEN("305 typed is 300 and 5") {
            const Board typed = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Value, 0}, v(305)));
            CHECK(quantityIn(typed).partValues() == std::vector<Value>{v(300), v(5)});
        }
        THEN("a number of one place keeps the last part taking up the difference: 500 is 200, 30 and 270") {
            const Board typed = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Value, 0}, v(500)));
            CHECK(quantityIn(typed).partValues() == std::vector<Value>{v(200), v(30), v(270)});
        }
    }
    GIVEN("a chart of one number") {
        const Board b = chartOf(v(52));
        const Board typed = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Value, 0}, v(305)));
        THEN("305 is 3 hundreds and 5 ones, with its zero held") {
            CHECK(countIn(typed, Place::Hundreds) == 3);
            CHECK(countIn(typed, Place::Tens) == 0);
            CHECK(countIn(typed, Place::Ones) == 5);
        }
        THEN("its number cannot be \"?\"") { CHECK_FALSE(markUnknownIntent(b, ValueSlot{2, SlotKind::Value, 0}).ok()); }
    }
}

SCENARIO("Duplicate makes an unlinked copy beside the model", "[chart-menu]") {
    GIVEN("4 tens and 13 ones") {
        Board b = chartOf(v(40));
        for (int i = 0; i < 13; ++i) b = applied(b, AddPiece{2, 0, Place::Ones, std::nullopt});
        const Board copied = applied(b, duplicateIntent(b, 2, Point{900, 0}));
        REQUIRE(copied.models.size() == 2);
        const Model& copy = copied.models.back();
        THEN("the copy has the same arrangement, its own group and the same number") {
            CHECK(copy.kind == Representation::Blocks);
            CHECK(copy.layouts.blocks == modelIn(copied).layouts.blocks);
            CHECK(copy.group != modelIn(copied).group);
            CHECK(quantityIn(copied, copy.id) == quantityIn(copied));
            CHECK(copy.at == Point{900, 0});
            CHECK(validateBoard(copied).ok());
        }
        THEN("changing the copy leaves the original alone") {
            const Board changed = applied(copied, AddPiece{copy.id, 0, Place::Tens, std::nullopt});
            CHECK(quantityIn(changed, copy.id).value() == v(63));
            CHECK(quantityIn(changed).value() == v(53));
        }
    }
}
