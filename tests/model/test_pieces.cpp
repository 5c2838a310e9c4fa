// Tests for the place value chart helpers: columns and headings, positions, plain counters taking their
// value from the column, counts, pieces in the wrong column, the tidy layout and the piece limit.
#include <catch2/catch.hpp>

#include "model/forms.hpp"
#include "model/pieces.hpp"

using namespace tenfold::model;

namespace {
PiecesLayout chart(Place highest, Place lowest) {
    PiecesLayout l;
    l.inChart = true;
    l.highestColumn = highest;
    l.lowestColumn = lowest;
    return l;
}
std::vector<std::string> labels(const PiecesLayout& l) {
    std::vector<std::string> out;
    for (Place p : chartColumns(l)) out.push_back(placeShortLabel(p));
    return out;
}
constexpr double kCounter = 30.0;  // a counter's width in these tests
}  // namespace

SCENARIO("Charts show a run of columns with their labels", "[pieces]") {
    using V = std::vector<std::string>;
    CHECK(labels(chart(Place::Tens, Place::Ones)) == V{"T", "O"});
    CHECK(labels(chart(Place::Hundreds, Place::Ones)) == V{"H", "T", "O"});
    CHECK(labels(chart(Place::Thousands, Place::Ones)) == V{"Th", "H", "T", "O"});
    CHECK(labels(chart(Place::Millions, Place::Ones)) == V{"M", "HTh", "TTh", "Th", "H", "T", "O"});
    CHECK(labels(chart(Place::Ones, Place::Thousandths)) == V{"O", "Tth", "Hth", "Thth"});
    CHECK(chartColumns(chart(Place::Ones, Place::Tens)).empty());
    CHECK(checkChartColumns(Place::Ones, Place::Tens).error().message ==
          "A chart's columns go from a larger place on the left to a smaller one on the right.");
    CHECK(checkChartColumns(Place::Hundreds, Place::Tenths).ok());
    GIVEN("the two-tier chart of Years 5 and 6") {
        CHECK(columnGroupHeading(Place::HundredThousands) == "Thousands");
        CHECK(columnGroupLabel(Place::HundredThousands) == "H");
        CHECK(columnGroupLabel(Place::TenThousands) == "T");
        CHECK(columnGroupLabel(Place::Thousands) == "O");
        CHECK(columnGroupHeading(Place::Hundreds) == "Ones");
        CHECK(columnGroupLabel(Place::Hundreds) == "H");
        CHECK(columnGroupHeading(Place::Millions) == "Millions");
        CHECK(columnGroupHeading(Place::Tenths).empty());
        CHECK(columnGroupLabel(Place::Tenths) == "Tth");
    }
}

SCENARIO("Positions in a chart", "[pieces]") {
    const ChartGeometry g;  // columns 160 wide
    GIVEN("an H T O chart") {
        const PiecesLayout l = chart(Place::Hundreds, Place::Ones);
        CHECK(columnAt(l, 10.0, g) == Place::Hundreds);
        CHECK(columnAt(l, 200.0, g) == Place::Tens);
        CHECK(columnAt(l, 479.0, g) == Place::Ones);
        CHECK_FALSE(columnAt(l, 480.0, g).has_value());
        CHECK_FALSE(columnAt(l, -1.0, g).has_value());
        CHECK(columnLeft(l, Place::Ones, g) == 320.0);
        CHECK_FALSE(columnLeft(l, Place::Thousands, g).has_value());
        CHECK_FALSE(decimalPointX(l, g).has_value());
    }
    GIVEN("an O . Tth Hth chart") {
        const PiecesLayout l = chart(Place::Ones, Place::Hundredths);
        THEN("the decimal point line is between ones and tenths") { CHECK(decimalPointX(l, g) == 160.0); }
    }
    GIVEN("loose pieces") {
        PiecesLayout l = chart(Place::Hundreds, Place::Ones);
        l.inChart = false;
        CHECK_FALSE(columnAt(l, 10.0, g).has_value());
    }
}

SCENARIO("Plain counters take their value from the column", "[pieces]") {
    PiecesLayout l = chart(Place::Hundreds, Place::Ones);
    l.plain = true;
    CHECK(plainCounterPlace(l, 170.0).value() == Place::Tens);
    CHECK(plainCounterPlace(l, 900.0).error().message == "A plain counter only has a value inside a column of the chart.");
    GIVEN("four counters dropped in the tens column and three in the ones column") {
        for (double x : {170.0, 200.0, 230.0, 260.0, 330.0, 360.0, 390.0}) {
            const Place p = plainCounterPlace(l, x).value();
            l.pieces.push_back(Piece{0, p, Point{x, 100.0}});
        }
        THEN("they show 43, not 7") {
            CHECK(valueOfPieces(l).value() == Value::whole(43).value());
            CHECK(countsOfPieces(l).value().pieceCount() == 7);
        }
    }
}

SCENARIO("Counting pieces by place, by part and by column", "[pieces]") {
    PiecesLayout l = chart(Place::Hundreds, Place::Ones);
    // Part 0: 1 ten and 3 ones; part 1: 2 ones. One ten counter sits in the ones column by mistake.
    l.pieces = {Piece{0, Place::Tens, Point{170.0, 90.0}}, Piece{0, Place::Ones, Point{330.0, 90.0}},
                Piece{0, Place::Ones, Point{362.0, 90.0}}, Piece{0, Place::Ones, Point{394.0, 90.0}},
                Piece{1, Place::Ones, Point{330.0, 122.0}}, Piece{1, Place::Tens, Point{340.0, 150.0}}};
    CHECK(valueOfPieces(l).value() == Value::whole(24).value());
    CHECK(countsOfPieces(l, 0).value().value() == Value::whole(13).value());
    CHECK(countsOfPieces(l, 1).value().value() == Value::whole(11).value());
    const auto columns = piecesPerColumn(l, kCounter);
    REQUIRE(columns.size() == 3);
    CHECK(columns[0] == std::pair<Place, std::int64_t>{Place::Hundreds, 0});
    CHECK(columns[1] == std::pair<Place, std::int64_t>{Place::Tens, 1});
    CHECK(columns[2] == std::pair<Place, std::int64_t>{Place::Ones, 5});
    CHECK(piecesInWrongColumn(l, kCounter) == std::vector<std::size_t>{5});
}

SCENARIO("The tidy layout puts pieces where a child can count them", "[pieces]") {
    const ChartGeometry g;  // columns 160 wide under an 80 high header; rows start 14 below it
    GIVEN("12 ones and 2 tens as blocks in a T O chart, scattered") {
        PiecesLayout l = chart(Place::Tens, Place::Ones);
        for (int i = 0; i < 12; ++i) l.pieces.push_back(Piece{0, Place::Ones, Point{999.0, -5.0}});
        for (int i = 0; i < 2; ++i) l.pieces.push_back(Piece{0, Place::Tens, Point{-40.0, 7.0}});
        const auto tidy = tidyLayout(l, true, g);
        REQUIRE(tidy.ok());
        const auto& p = tidy.value().pieces;
        THEN("cubes sit in rows of five centred in the ones column, a ten as two rows, then a gap") {
            // Cubes are 12 wide, 16 apart: a row is 76 wide, so it starts 42 into the column at x 160.
            CHECK(p[0].at == Point{202.0, 94.0});
            CHECK(p[4].at == Point{266.0, 94.0});
            CHECK(p[5].at == Point{202.0, 110.0});
            // The eleventh cube starts a new ten: two rows down and an extra 8.
            CHECK(p[10].at == Point{202.0, 134.0});
            CHECK(p[11].at == Point{218.0, 134.0});
        }
        THEN("rods stand side by side in the tens column") {
            // Rods are 12 wide, 20 apart: a row of five is 92 wide, so it starts 34 into the column.
            CHECK(p[12].at == Point{34.0, 94.0});
            CHECK(p[13].at == Point{54.0, 94.0});
        }
        THEN("nothing but the positions changed, and the value is the same") {
            CHECK(valueOfPieces(tidy.value()).value() == Value::whole(32).value());
            CHECK(tidy.value().pieces.size() == l.pieces.size());
            CHECK(piecesInWrongColumn(tidy.value(), kCubeUnits).empty());
        }
    }
    GIVEN("flats in an H T O chart") {
        PiecesLayout l = chart(Place::Hundreds, Place::Ones);
        for (int i = 0; i < 3; ++i) l.pieces.push_back(Piece{0, Place::Hundreds, {}});
        const auto p = tidyLayout(l, true, g).value().pieces;
        THEN("they fan down and to the right, each showing a 34 unit edge") {
            // A fan of nine (120 wide plus 9 steps of 4) is centred in the 160 wide column: it starts at 2.
            CHECK(p[0].at == Point{2.0, 94.0});
            CHECK(p[1].at == Point{6.0, 128.0});
            CHECK(p[2].at == Point{10.0, 162.0});
        }
    }
    GIVEN("counters in a T O chart") {
        PiecesLayout l = chart(Place::Tens, Place::Ones);
        for (int i = 0; i < 3; ++i) l.pieces.push_back(Piece{0, Place::Ones, {}});
        const auto p = tidyLayout(l, false, g).value().pieces;
        THEN("they sit in pairs, 54 apart, centred in the column") {
            CHECK(p[0].at == Point{190.0, 94.0});
            CHECK(p[1].at == Point{244.0, 94.0});
            CHECK(p[2].at == Point{190.0, 148.0});
        }
    }
    GIVEN("loose pieces of two parts") {
        PiecesLayout l = chart(Place::Tens, Place::Ones);
        l.inChart = false;
        l.pieces = {Piece{0, Place::Tens, {}}, Piece{1, Place::Ones, {}}, Piece{1, Place::Ones, {}}};
        const auto tidy = tidyLayout(l, true, g).value();
        THEN("each part has its own area, larger places on the left") {
            CHECK(tidy.pieces[0].at == Point{34.0, 14.0});
            CHECK(tidy.pieces[1].at == Point{400.0 + 160.0 + 42.0, 14.0});  // part 1 starts at 2 columns + gap
            CHECK(tidy.pieces[2].at == Point{400.0 + 160.0 + 58.0, 14.0});
        }
    }
}

SCENARIO("Too many pieces are refused with the limit named", "[pieces]") {
    PiecesLayout l = chart(Place::Ones, Place::Ones);
    l.pieces.assign(static_cast<std::size_t>(kMaxPieces) + 1, Piece{0, Place::Ones, {}});
    CHECK(tidyLayout(l, true).error().message == "That would be 10,001 pieces: Tenfold shows at most 10,000 pieces in one model.");
    CHECK_FALSE(valueOfPieces(l).ok());
    l.pieces.pop_back();
    CHECK(tidyLayout(l, true).ok());
    CHECK(valueOfPieces(l).value() == Value::whole(10'000).value());
}
