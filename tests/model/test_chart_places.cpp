// Which places a chart may show and the columns its menu offers to add (model/chart_places.hpp), and a
// number typed into one row of a chart of numbers in rows (SlotKind::Row in model/intents.hpp): together,
// 0.45 over 0.5 in one chart built by taps.
#include <catch2/catch.hpp>

#include "model/chart_places.hpp"
#include "applied_intent.hpp"
#include "model/command.hpp"
#include "model/intents.hpp"
#include "model/pieces.hpp"
#include "model/take_away.hpp"

using namespace tenfold::model;

namespace {

Value v(std::int64_t n) { return Value::whole(n).value(); }
Value milli(std::int64_t n) { return Value::fromMilli(n).value(); }

Board chartOf(Value value, Representation kind) {
    return applyCommand(Board{}, AddModel{kind, Level::Concrete, Point{0, 0}, value, std::nullopt}).value();
}
using testing::applied;
const Model& modelIn(const Board& b, ModelId id = 2) { return *findModel(b, id); }
const Quantity& quantityIn(const Board& b, ModelId id = 2) { return findGroup(b, modelIn(b, id).group)->quantity; }
const PiecesLayout& piecesIn(const Board& b, ModelId id = 2) {
    const Model& m = modelIn(b, id);
    return m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
}

}  // namespace

SCENARIO("A chart's menu offers the columns the chart may gain", "[chart-places]") {
    GIVEN("counters in a Th H T O chart") {
        const Board b = chartOf(v(234), Representation::Counters);
        THEN("it offers ten thousands above and every decimal place below, highest first") {
            CHECK(placesToAdd(modelIn(b)) ==
                  std::vector<Place>{Place::TenThousands, Place::Tenths, Place::Hundredths, Place::Thousandths});
        }
        WHEN("hundredths are added") {
            const Board more = applied(b, addPlaceIntent(b, 2, Place::Hundredths));
            THEN("the tenths come too, so the chart has no gap, and the number stays") {
                CHECK(piecesIn(more).lowestColumn == Place::Hundredths);
                CHECK(piecesIn(more).highestColumn == Place::Thousands);
                CHECK(quantityIn(more).value() == v(234));
                CHECK(placesToAdd(modelIn(more)) == std::vector<Place>{Place::TenThousands, Place::Thousandths});
            }
            THEN("adding them again is refused, saying the chart shows them") {
                CHECK(addPlaceIntent(more, 2, Place::Tenths).error().message == "The chart already shows the tenths.");
            }
        }
    }
    GIVEN("counters in a chart that already reaches millions and thousandths") {
        Board b = chartOf(v(5), Representation::Counters);
        b = applied(b, Result<Commands>(Commands{SetChart{2, true, Place::Thousandths, Place::Millions}}));
        THEN("there is nothing more to offer") { CHECK(placesToAdd(modelIn(b)).empty()); }
    }
    GIVEN("base 10 blocks with the cube as one") {
        const Board b = chartOf(v(234), Representation::Blocks);
        THEN("no block shows tenths or ten thousands, so neither is offered, and asking says which block to choose") {
            CHECK(placesToAdd(modelIn(b)).empty());
            CHECK(addPlaceIntent(b, 2, Place::Tenths).error().message ==
                  "When the small cube is 1 one, no block shows tenths: choose which block is one first.");
            CHECK_FALSE(chartMayShow(modelIn(b), Place::TenThousands).ok());
        }
    }
    GIVEN("4 as base 10 blocks, with the flat chosen as one (a cube is a hundredth)") {
        Board flat = chartOf(v(4), Representation::Blocks);
        flat = applied(flat, Result<Commands>(Commands{SetBlockScale{2, Place::Hundredths}}));
        THEN("tenths and hundredths can be added, thousandths cannot") {
            CHECK(chartMayShow(modelIn(flat), Place::Tenths).ok());
            CHECK(chartMayShow(modelIn(flat), Place::Hundredths).ok());
            CHECK_FALSE(chartMayShow(modelIn(flat), Place::Thousandths).ok());
        }
    }
    GIVEN("loose counters and a part-whole model") {
        Board b = chartOf(v(12), Representation::Counters);
        b = applied(b, Result<Commands>(Commands{SetChart{2, false, Place::Ones, Place::Tens}}));
        b = applied(b, Result<Commands>(Commands{AddModel{Representation::PartWhole, Level::Concrete, Point{900, 0}, v(7), std::nullopt}}));
        const ModelId wholeModel = b.models.back().id;
        THEN("neither has columns to add, and asking says why") {
            CHECK(placesToAdd(modelIn(b)).empty());
            CHECK(addPlaceIntent(b, 2, Place::Tenths).error().message ==
                  "These pieces are loose, not in a chart: a column needs a place value chart.");
            CHECK(placesToAdd(modelIn(b, wholeModel)).empty());
            CHECK_FALSE(addPlaceIntent(b, wholeModel, Place::Tenths).ok());
        }
    }
}

SCENARIO("A number typed into one row of a rows chart changes only that row", "[chart-places]") {
    GIVEN("a counters chart of 234 in rows, with an empty second row") {
        Board b = chartOf(v(234), Representation::Counters);
        b = applied(b, rowsIntent(b, 2));
        REQUIRE(quantityIn(b).partCount() == 2);
        WHEN("hundredths are added, 0.45 is typed into row 1 and 0.5 into row 2") {
            b = applied(b, addPlaceIntent(b, 2, Place::Hundredths));
            b = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Row, 0}, milli(450)));
            REQUIRE(quantityIn(b).partValues() == std::vector<Value>{milli(450), Value{}});
            b = applied(b, typeValueIntent(b, ValueSlot{2, SlotKind::Row, 1}, milli(500)));
            THEN("the rows are 0.45 and 0.5, each in its standard partition, and they compare") {
                CHECK(quantityIn(b).partValues() == std::vector<Value>{milli(450), milli(500)});
                CHECK(quantityIn(b).parts[0] == canonical(milli(450)));
                CHECK(piecesIn(b).rows == 2);
                CHECK(compareSymbols(quantityIn(b).partValues()) == "0.45 < 0.5");
            }
            THEN("Fit then shows O . Tth Hth") {
                const Board fit = applied(b, fitColumnsIntent(b, 2));
                CHECK(chartColumns(piecesIn(fit)) == std::vector<Place>{Place::Ones, Place::Tenths, Place::Hundredths});
            }
        }
        THEN("a row that is not there is refused, and a row cannot be \"?\"") {
            CHECK(typeValueIntent(b, ValueSlot{2, SlotKind::Row, 2}, v(5)).error().message == "This chart has no row 3.");
            CHECK_FALSE(markUnknownIntent(b, ValueSlot{2, SlotKind::Row, 0}).ok());
        }
    }
    GIVEN("a chart of one number, not in rows") {
        const Board b = chartOf(v(52), Representation::Counters);
        THEN("there is no row to type into") {
            CHECK(typeValueIntent(b, ValueSlot{2, SlotKind::Row, 0}, v(5)).error().message == "This chart has no row 1.");
        }
    }
}
