// Taking away and comparing on a place value chart: the take-away sentence ("52 - 37 = 15") written as
// pieces are taken away, the exchange it asks for when a column runs out ("exchange a ten for ten ones"),
// and charts of several numbers in rows (0.45 over 0.5) that compare and order them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/board_file.hpp"
#include "applied_intent.hpp"
#include "model/command.hpp"
#include "model/describe.hpp"
#include "model/intents.hpp"
#include "model/pieces.hpp"
#include "model/take_away.hpp"

using namespace tenfold::model;

namespace {

Value v(std::int64_t n) { return Value::whole(n).value(); }
Value dec(const char* s) { return Value::parse(s).value(); }

// A chart of `kind` showing `value` (model 2, group 1).
Session chartOf(Value value, Representation kind = Representation::Blocks) {
    Session s(Board{});
    REQUIRE(s.apply(AddModel{kind, Level::Concrete, Point{0, 0}, value, std::nullopt}).ok());
    return s;
}
const Model& model2(const Session& s) { return *findModel(s.board(), 2); }
const PiecesLayout& layout2(const Session& s) {
    const Model& m = model2(s);
    return m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
}
const Quantity& quantity2(const Session& s) { return findGroup(s.board(), model2(s).group)->quantity; }

// Takes the last piece of place p away, as a child dragging it to the tray.
void takeAway(Session& s, Place p) {
    const auto& pieces = layout2(s).pieces;
    const auto it = std::find_if(pieces.rbegin(), pieces.rend(), [&](const Piece& x) { return x.place == p; });
    REQUIRE(it != pieces.rend());
    const int index = static_cast<int>(std::distance(pieces.begin(), it.base()) - 1);
    REQUIRE(s.apply(RemovePiece{2, index}).ok());
}

std::optional<std::string> sentence(const Session& s) { return takeAwaySentence(layout2(s), quantity2(s).value()); }
std::optional<ExchangeHint> hint(const Session& s) { return takeAwayHint(layout2(s), quantity2(s).pooled()); }

using testing::applied;

}  // namespace

SCENARIO("Taking pieces away writes the subtraction", "[take-away]") {
    GIVEN("52 as 5 tens and 2 ones") {
        Session s = chartOf(v(52));
        THEN("nothing is written before a piece is taken") {
            CHECK_FALSE(sentence(s));
            CHECK_FALSE(hint(s));
        }
        WHEN("3 tens and 2 ones are taken away") {
            for (int i = 0; i < 3; ++i) takeAway(s, Place::Tens);
            CHECK(sentence(s) == std::optional<std::string>("52 - 30 = 22"));
            takeAway(s, Place::Ones);
            takeAway(s, Place::Ones);
            THEN("the chart reads 52 - 32 = 20 and says which exchange comes next") {
                CHECK(sentence(s) == std::optional<std::string>("52 - 32 = 20"));
                REQUIRE(hint(s));
                CHECK(hint(s)->empty == Place::Ones);
                CHECK(hint(s)->from == Place::Tens);
                CHECK(hint(s)->text == "To take away more ones, exchange a ten for ten ones.");
            }
            AND_WHEN("a ten is broken into ten ones and 5 ones are taken away") {
                REQUIRE(s.apply(Exchange{2, 0, Place::Tens, false}).ok());
                CHECK(sentence(s) == std::optional<std::string>("52 - 32 = 20"));  // an exchange takes nothing away
                CHECK_FALSE(hint(s));                                             // there are ones again
                for (int i = 0; i < 5; ++i) takeAway(s, Place::Ones);
                THEN("it reads 52 - 37 = 15, never 25") {
                    CHECK(sentence(s) == std::optional<std::string>("52 - 37 = 15"));
                    CHECK(quantity2(s).value() == v(15));
                    CHECK(describeModel(s.board(), model2(s)).takeAway == "52 - 37 = 15");
                }
                AND_WHEN("a piece is added") {
                    REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, std::nullopt}).ok());
                    THEN("the take-away has ended") { CHECK_FALSE(sentence(s)); }
                }
                AND_WHEN("every step is undone") {
                    // The ten steps taken since the chart was made: 3 tens, 2 ones, the exchange, 5 ones.
                    for (int i = 0; i < 11; ++i) REQUIRE(s.undo());
                    THEN("the chart is 52 again with nothing written") {
                        CHECK(quantity2(s).value() == v(52));
                        CHECK_FALSE(sentence(s));
                    }
                }
            }
        }
    }
    GIVEN("500 as 5 hundreds, with 2 hundreds taken away") {
        Session s = chartOf(v(500));
        takeAway(s, Place::Hundreds);
        takeAway(s, Place::Hundreds);
        THEN("the ones and tens have run out: first a hundred is exchanged for ten tens") {
            REQUIRE(hint(s));
            CHECK(hint(s)->from == Place::Hundreds);
            CHECK(hint(s)->text == "To take away more ones, first exchange a hundred for ten tens.");
        }
    }
    GIVEN("0.45 in a chart with a thousandths column, a tenth taken away") {
        Session s = chartOf(dec("0.45"), Representation::Counters);
        REQUIRE(s.apply(SetChart{2, true, Place::Thousandths, Place::Ones}).ok());
        takeAway(s, Place::Tenths);
        THEN("no hint is given about the thousandths the number never used") { CHECK_FALSE(hint(s)); }
    }
    GIVEN("a take-away saved to a file") {
        Session s = chartOf(v(52));
        takeAway(s, Place::Tens);
        THEN("it is there again when the board is opened") {
            const auto loaded = boardFromJson(boardToJson(s.board()));
            REQUIRE(loaded.ok());
            CHECK(loaded.value() == s.board());
            CHECK(findModel(loaded.value(), 2)->layouts.blocks.takeAwayFrom == v(52));
        }
    }
}

SCENARIO("Numbers in rows are compared and ordered", "[rows]") {
    THEN("two numbers are compared in their order, three or more from the smallest") {
        CHECK(compareSymbols({dec("0.45"), dec("0.5")}) == "0.45 < 0.5");
        CHECK(compareSymbols({dec("0.5"), dec("0.45")}) == "0.5 > 0.45");
        CHECK(compareSymbols({dec("0.5"), dec("0.500")}) == "0.5 = 0.5");
        CHECK(compareSymbols({dec("0.5"), dec("0.45"), dec("0.405")}) == "0.405 < 0.45 < 0.5");
        CHECK(compareWords({dec("0.45"), dec("0.5")}) == "0.45 is less than 0.5.");
        CHECK(compareWords({v(52), v(47)}) == "52 is greater than 47.");
        CHECK(compareWords({dec("0.5"), dec("0.45"), dec("0.405")}) == "From the smallest: 0.405, 0.45 and 0.5.");
    }
    THEN("the reason is the largest place that differs, not the number of digits") {
        CHECK(compareReason(dec("0.45"), dec("0.5")) ==
              std::optional<std::string>("The first place that differs is the tenths: 4 tenths is less than 5 tenths."));
        CHECK(compareReason(v(5), v(45)) == std::optional<std::string>("The first place that differs is the tens: 0 tens is less than 4 tens."));
        CHECK_FALSE(compareReason(dec("0.5"), dec("0.50")));
    }
    GIVEN("an empty chart of counters with rows turned on") {
        Session s = chartOf(Value{}, Representation::Counters);
        REQUIRE(s.applyAll(rowsIntent(s.board(), 2).value()).ok());
        THEN("there are two rows, both empty, each with its own band") {
            CHECK(layout2(s).rows == 2);
            const auto bands = partBands(layout2(s), false);
            REQUIRE(bands.size() == 2);
            CHECK(bands[0].top < bands[1].top);
            CHECK(bands[0].milli == 0);
        }
        WHEN("0.45 is typed into the first row and 0.5 into the second") {
            REQUIRE(s.applyAll(typeValueIntent(s.board(), ValueSlot{2, SlotKind::Part, 0}, dec("0.45")).value()).ok());
            REQUIRE(s.applyAll(typeValueIntent(s.board(), ValueSlot{2, SlotKind::Part, 1}, dec("0.5")).value()).ok());
            THEN("each row keeps its own number (typing a row does not change the other)") {
                CHECK(quantity2(s).partValues() == std::vector<Value>{dec("0.45"), dec("0.5")});
                const auto bands = partBands(layout2(s), false);
                REQUIRE(bands.size() == 2);
                CHECK(bands[0].milli == 450);
                CHECK(bands[1].milli == 500);
                CHECK(bands[0].bottom < bands[1].top);
            }
            THEN("the chart reads the comparison") {
                CHECK(describeModel(s.board(), model2(s)).stemSentence == "0.45 < 0.5 0.45 is less than 0.5.");
            }
            THEN("Fit shows only the places the numbers use: O . Tth Hth") {
                const Board b = applied(s.board(), fitColumnsIntent(s.board(), 2));
                const PiecesLayout& l = findModel(b, 2)->layouts.counters;
                CHECK(l.highestColumn == Place::Ones);
                CHECK(l.lowestColumn == Place::Hundredths);
            }
            THEN("a piece dropped into the second row joins the second number") {
                REQUIRE(s.apply(AddPiece{2, 1, Place::Hundredths, std::nullopt}).ok());
                CHECK(quantity2(s).partValues() == std::vector<Value>{dec("0.45"), dec("0.51")});
            }
            THEN("another row is an empty one, and the last row goes without giving its pieces away") {
                const Board more = applied(s.board(), addPartIntent(s.board(), 2));
                CHECK(findGroup(more, 1)->quantity.partValues() == std::vector<Value>{dec("0.45"), dec("0.5"), Value{}});
                const Board fewer = applied(s.board(), removePartIntent(s.board(), 2));
                CHECK(findGroup(fewer, 1)->quantity.partValues() == std::vector<Value>{dec("0.45")});
            }
            THEN("the rows are saved and opened again") {
                const auto loaded = boardFromJson(boardToJson(s.board()));
                REQUIRE(loaded.ok());
                CHECK(loaded.value() == s.board());
            }
        }
        THEN("a chart shows at most 6 rows") {
            for (int i = 0; i < 4; ++i) REQUIRE(s.apply(AddPart{2}).ok());
            CHECK(partRange(model2(s)).most == kMaxChartRows);
            CHECK(s.apply(AddPart{2}).error().message == "A chart shows at most 6 numbers, one in each row.");
        }
    }
    THEN("rows need a chart") {
        Session s = chartOf(v(47), Representation::Counters);
        REQUIRE(s.apply(SetChart{2, false, Place::Ones, Place::Thousands}).ok());
        CHECK(s.apply(SetRows{2, true}).error().message == "Numbers in rows need a place value chart.");
    }
}
