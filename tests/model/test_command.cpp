// Tests for commands on linked groups: edits through one model reach every linked model, layouts are kept,
// exchange settings are respected, and the session's undo, redo and log restore boards exactly.
#include <catch2/catch.hpp>
#include <cmath>

#include <limits>

#include <algorithm>

#include "model/command.hpp"
#include "model/pieces.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }

int piecesOf(const Model& m, int part, Place p) {
    const auto& pieces = m.kind == Representation::Counters ? m.layouts.counters.pieces : m.layouts.blocks.pieces;
    return static_cast<int>(std::count_if(pieces.begin(), pieces.end(),
                                          [&](const Piece& x) { return x.part == part && x.place == p; }));
}

Board emptyBoard() {
    Board b;
    b.models.clear();
    b.groups.clear();
    return b;
}

// A session with blocks of `value` (model 2, group 1) and, if asked, a linked model of `linked` kind (model 3).
Session blocksOf(std::int64_t value, std::optional<Representation> linked = std::nullopt) {
    Session s(emptyBoard());
    REQUIRE(s.apply(AddModel{Representation::Blocks, Level::Concrete, Point{0, 0}, v(value), std::nullopt}).ok());
    if (linked) REQUIRE(s.apply(AddModel{*linked, Level::Pictorial, Point{900, 0}, Value{}, ModelId{2}}).ok());
    return s;
}
}  // namespace

SCENARIO("The default board is a calm chart linked to a part-whole model") {
    const Board b = defaultBoard();
    REQUIRE(validateBoard(b).ok());
    REQUIRE(b.models.size() == 2);
    THEN("the chart holds 2 flats, 3 rods and 4 cubes") {
        const Model& chart = b.models[0];
        CHECK(chart.kind == Representation::Blocks);
        CHECK(chart.layouts.blocks.inChart);
        CHECK(chart.layouts.blocks.highestColumn == Place::Thousands);
        CHECK(chart.layouts.blocks.lowestColumn == Place::Ones);
        CHECK(chart.layouts.blocks.pieces.size() == 9);
        CHECK(piecesOf(chart, 0, Place::Hundreds) == 2);
        CHECK(piecesOf(chart, 1, Place::Tens) == 3);
        CHECK(piecesOf(chart, 2, Place::Ones) == 4);
    }
    THEN("the part-whole model in the same group reads 200, 30 and 4") {
        CHECK(b.models[1].group == b.models[0].group);
        CHECK(b.groups[0].quantity.partValues() == std::vector<Value>{v(200), v(30), v(4)});
    }
}

SCENARIO("Re-partitioning through a part-whole model regroups the linked blocks") {
    GIVEN("47 as blocks linked to a part-whole model") {
        Session s = blocksOf(47, Representation::PartWhole);
        const Board& b = s.board();
        REQUIRE(b.groups[0].quantity.partValues() == std::vector<Value>{v(40), v(7)});
        const Point tenSpot = findModel(b, 2)->layouts.blocks.pieces[3].at;
        WHEN("the part-whole is re-partitioned into 30 and 17") {
            REQUIRE(s.apply(Repartition{3, {v(30), v(17)}}).ok());
            const Model& blocks = *findModel(s.board(), 2);
            THEN("the blocks show 3 tens in one part and 1 ten and 7 ones in the other") {
                CHECK(piecesOf(blocks, 0, Place::Tens) == 3);
                CHECK(piecesOf(blocks, 1, Place::Tens) == 1);
                CHECK(piecesOf(blocks, 1, Place::Ones) == 7);
                CHECK(blocks.layouts.blocks.pieces.size() == 11);
            }
            THEN("the ten that changed part is the same piece, moved down into the second part's band") {
                const auto& pieces = blocks.layouts.blocks.pieces;
                CHECK(pieces[3].part == 1);
                CHECK(pieces[3].at.y > tenSpot.y);
                CHECK(std::abs(pieces[3].at.x - tenSpot.x) < ChartGeometry{}.columnWidth / 2);
                double lowestOfFirst = 0, highestOfSecond = 1e9;
                for (const Piece& p : pieces) {
                    if (p.part == 0) lowestOfFirst = std::max(lowestOfFirst, p.at.y + 10 * kCubeUnits);
                    else highestOfSecond = std::min(highestOfSecond, p.at.y);
                }
                CHECK(lowestOfFirst + kPartBandGap <= highestOfSecond);
            }
            AND_WHEN("it is split into 39 and 8") {
                REQUIRE(s.apply(Repartition{3, {v(39), v(8)}}).ok());
                const Model& after = *findModel(s.board(), 2);
                THEN("a ten was exchanged for ten ones: 3 tens 9 ones, and 8 ones") {
                    CHECK(piecesOf(after, 0, Place::Tens) == 3);
                    CHECK(piecesOf(after, 0, Place::Ones) == 9);
                    CHECK(piecesOf(after, 1, Place::Ones) == 8);
                    CHECK(piecesOf(after, 1, Place::Tens) == 0);
                }
            }
        }
    }
}

SCENARIO("Showing a model another way and back keeps the pupil's arrangement") {
    GIVEN("loose blocks of 23 (no chart) with one rod moved by a pupil") {
        Session s = blocksOf(23);
        REQUIRE(s.apply(SetChart{2, false, Place::Ones, Place::Tens}).ok());
        REQUIRE(s.apply(MovePiece{2, 0, Point{555, 321}, Place::Tens}).ok());
        const PiecesLayout arranged = findModel(s.board(), 2)->layouts.blocks;
        WHEN("it is shown as beads and then as blocks again") {
            REQUIRE(s.apply(ShowAs{2, Representation::Beads}).ok());
            CHECK(findModel(s.board(), 2)->layouts.beads.counted == 23);
            REQUIRE(s.apply(ShowAs{2, Representation::Blocks}).ok());
            THEN("every block is where the pupil left it") { CHECK(findModel(s.board(), 2)->layouts.blocks == arranged); }
        }
        WHEN("it is shown as beads, two more beads are pushed, and it is shown as blocks again") {
            REQUIRE(s.apply(ShowAs{2, Representation::Beads}).ok());
            REQUIRE(s.apply(SetCountedBeads{2, 25}).ok());
            REQUIRE(s.apply(ShowAs{2, Representation::Blocks}).ok());
            const Model& m = *findModel(s.board(), 2);
            THEN("the moved rod keeps its spot and two new ones are added") {
                CHECK(m.layouts.blocks.pieces[0].at == Point{555, 321});
                CHECK(piecesOf(m, 0, Place::Ones) == 5);
                CHECK(m.layouts.blocks.pieces.size() == 7);
            }
        }
    }
}

SCENARIO("In a chart, pieces snap into tidy rows in their column") {
    GIVEN("blocks of 23 in a chart") {
        Session s = blocksOf(23);
        const PiecesLayout tidy = findModel(s.board(), 2)->layouts.blocks;
        WHEN("a pupil drops a rod somewhere else in the tens column") {
            REQUIRE(s.apply(MovePiece{2, 0, Point{90, 400}, Place::Tens}).ok());
            THEN("it snaps back into its row") { CHECK(findModel(s.board(), 2)->layouts.blocks == tidy); }
        }
        WHEN("a one is taken away") {
            REQUIRE(s.apply(RemovePiece{2, 2}).ok());
            const PiecesLayout& after = findModel(s.board(), 2)->layouts.blocks;
            THEN("the ones close up: the remaining one sits in the first spot") {
                REQUIRE(after.pieces.size() == 4);
                CHECK(after.pieces[2].at == tidy.pieces[2].at);
            }
        }
    }
}

SCENARIO("A gesture of several commands is one step") {
    GIVEN("blocks of 23") {
        Session s = blocksOf(23);
        const Board before = s.board();
        const std::size_t logBefore = s.log().size();
        WHEN("two ones are taken away in one gesture") {
            REQUIRE(s.applyAll({RemovePiece{2, 4}, RemovePiece{2, 3}}).ok());
            THEN("the value is 21, and one undo brings both back") {
                CHECK(findGroup(s.board(), findModel(s.board(), 2)->group)->quantity.value() == v(21));
                CHECK(s.log().size() == logBefore + 2);
                REQUIRE(s.undo());
                CHECK(s.board() == before);
            }
        }
        WHEN("the second command of a gesture is refused") {
            const Status st = s.applyAll({RemovePiece{2, 4}, RemovePiece{2, 99}});
            THEN("nothing of the gesture is kept") {
                CHECK_FALSE(st.ok());
                CHECK(s.board() == before);
                CHECK(s.log().size() == logBefore);
            }
        }
    }
}

SCENARIO("A drag that changes the board as it goes is one undo step") {
    GIVEN("blocks of 23 after one earlier edit") {
        Session s = blocksOf(23);
        REQUIRE(s.apply(RemovePiece{2, 4}).ok());  // 22
        const Board before = s.board();
        WHEN("a gesture takes a one away and then, still going, another") {
            REQUIRE(s.applyAll({RemovePiece{2, 3}}).ok());
            REQUIRE(s.continueLast({AddPiece{2, 0, Place::Tens, std::nullopt}}).ok());
            THEN("the board shows both, and one undo takes both back, leaving the earlier edit") {
                CHECK(findGroup(s.board(), findModel(s.board(), 2)->group)->quantity.value() == v(31));
                REQUIRE(s.undo());
                CHECK(s.board() == before);
                REQUIRE(s.redo());
                CHECK(findGroup(s.board(), findModel(s.board(), 2)->group)->quantity.value() == v(31));
                CHECK(s.replay(s.log().size()).value() == s.board());
            }
        }
        WHEN("the continuation is refused") {
            REQUIRE(s.applyAll({RemovePiece{2, 3}}).ok());
            const Board mid = s.board();
            THEN("the step so far stays as it was") {
                CHECK_FALSE(s.continueLast({RemovePiece{2, 99}}).ok());
                CHECK(s.board() == mid);
                REQUIRE(s.undo());
                CHECK(s.board() == before);
            }
        }
        WHEN("a step was undone, so there is nothing to continue") {
            REQUIRE(s.undo());
            REQUIRE(s.continueLast({RemovePiece{2, 0}}).ok());
            THEN("it is a step of its own") {
                CHECK_FALSE(s.canRedo());
                REQUIRE(s.undo());
                CHECK(findGroup(s.board(), findModel(s.board(), 2)->group)->quantity.value() == v(23));
            }
        }
    }
}

SCENARIO("Edits that a linked model cannot show are refused") {
    GIVEN("blocks of 97 linked to a bead string") {
        Session s = blocksOf(97, Representation::Beads);
        REQUIRE(findModel(s.board(), 3)->layouts.beads.size == 100);
        const Board before = s.board();
        WHEN("a flat (100) is added to the blocks") {
            const Status st = s.apply(AddPiece{2, 0, Place::Hundreds, std::nullopt});
            THEN("the bead string's reason is given and nothing changes") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == "A bead string has at most 100 beads, so it cannot show 197.");
                CHECK(s.board() == before);
                CHECK(s.log().size() == 2);
            }
        }
        WHEN("three ones are added") {
            REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, Point{10, 10}}).ok());
            REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, Point{10, 10}}).ok());
            REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, Point{10, 10}}).ok());
            THEN("the bead string counts 100") { CHECK(findModel(s.board(), 3)->layouts.beads.counted == 100); }
        }
    }
}

SCENARIO("A bead string split 7 | 3 linked to a part-whole model of 10") {
    Session s(emptyBoard());
    REQUIRE(s.apply(AddModel{Representation::PartWhole, Level::Pictorial, Point{}, v(10), std::nullopt}).ok());
    REQUIRE(s.apply(Repartition{2, {v(7), v(3)}}).ok());
    REQUIRE(s.apply(AddModel{Representation::Beads, Level::Concrete, Point{0, 500}, Value{}, ModelId{2}}).ok());
    const Model& beads = *findModel(s.board(), 3);
    CHECK(beads.layouts.beads.size == 10);
    CHECK(beads.layouts.beads.counted == 10);
    CHECK(beads.layouts.beads.dividers == std::vector<int>{7});
    WHEN("the divider is moved to after bead 6") {
        REQUIRE(s.apply(MoveBeadDivider{3, 0, 6}).ok());
        THEN("the part-whole reads 6 and 4") {
            CHECK(s.board().groups[0].quantity.partValues() == std::vector<Value>{v(6), v(4)});
        }
    }
    WHEN("the divider is moved to the end of the string") {
        const Status st = s.apply(MoveBeadDivider{3, 0, 10});
        THEN("it is refused: each part keeps at least one bead") {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().message == "This divider can go after bead 1 up to bead 9.");
        }
    }
}

SCENARIO("A count-on marker on a bead string follows its parts") {
    Session s(emptyBoard());
    REQUIRE(s.apply(AddModel{Representation::Beads, Level::Concrete, Point{}, v(13), std::nullopt}).ok());
    REQUIRE(s.apply(Repartition{2, {v(8), v(5)}}).ok());
    WHEN("the marker is put on 8 | 5") {
        REQUIRE(s.apply(SetCountOn{2, CountOnMarker{8, 5}}).ok());
        THEN("it counts on from 8 by 5, bridging ten") {
            const auto steps = bridgeSteps(findModel(s.board(), 2)->layouts.beads);
            REQUIRE(steps.ok());
            CHECK(steps.value() == std::vector<BridgeStep>{{8, 2, 10}, {10, 3, 13}});
        }
        AND_WHEN("the divider moves to 7 | 6") {
            REQUIRE(s.apply(MoveBeadDivider{2, 0, 7}).ok());
            THEN("the marker reads 7 + 6") {
                CHECK(findModel(s.board(), 2)->layouts.beads.countOn == CountOnMarker{7, 6});
            }
            AND_WHEN("it is undone") {
                REQUIRE(s.undo());
                THEN("the marker reads 8 + 5 again") {
                    CHECK(findModel(s.board(), 2)->layouts.beads.countOn == CountOnMarker{8, 5});
                }
            }
        }
        AND_WHEN("it is taken away") {
            REQUIRE(s.apply(SetCountOn{2, std::nullopt}).ok());
            THEN("there is no marker") { CHECK_FALSE(findModel(s.board(), 2)->layouts.beads.countOn.has_value()); }
        }
    }
    WHEN("a marker would run off the string (8 + 5 on a string of 20 is fine, 18 + 5 is not)") {
        const Status st = s.apply(SetCountOn{2, CountOnMarker{18, 5}});
        THEN("it is refused with a reason") {
            REQUIRE_FALSE(st.ok());
            CHECK_FALSE(st.error().message.empty());
            CHECK_FALSE(findModel(s.board(), 2)->layouts.beads.countOn.has_value());
        }
    }
    WHEN("a marker is put on a model that is not a bead string") {
        REQUIRE(s.apply(ShowAs{2, Representation::Bar}).ok());
        THEN("it is refused") { CHECK_FALSE(s.apply(SetCountOn{2, CountOnMarker{1, 1}}).ok()); }
    }
}

SCENARIO("Bars carry labels and a unit") {
    Session s(emptyBoard());
    REQUIRE(s.apply(AddModel{Representation::Bar, Level::Pictorial, Point{}, v(18), std::nullopt}).ok());
    REQUIRE(s.apply(Repartition{2, {v(13), v(5)}}).ok());
    WHEN("the whole and the parts are labelled, in centimetres") {
        REQUIRE(s.apply(SetBarText{2, {"Ribbon", "Red", "Blue", ""}, "cm"}).ok());
        const BarLayout& bar = findModel(s.board(), 2)->layouts.bar;
        THEN("the labels are kept (without the empty end) and the unit is used") {
            CHECK(bar.labels == std::vector<std::string>{"Ribbon", "Red", "Blue"});
            CHECK(bar.unit == "cm");
        }
        AND_WHEN("the bar becomes comparison bars") {
            REQUIRE(s.apply(SetBar{2, BarMode::Comparison, 2, 0, "cm"}).ok());
            THEN("the labels stay") { CHECK(findModel(s.board(), 2)->layouts.bar.labels.size() == 3); }
        }
    }
    WHEN("a label is too long, or the unit has a digit") {
        THEN("each is refused and nothing changes") {
            CHECK_FALSE(s.apply(SetBarText{2, {std::string(41, 'a')}, ""}).ok());
            CHECK_FALSE(s.apply(SetBarText{2, {"Tom"}, "2m"}).ok());
            CHECK(findModel(s.board(), 2)->layouts.bar.labels.empty());
        }
    }
    WHEN("there are more labels than the whole and twelve parts") {
        THEN("it is refused") { CHECK_FALSE(s.apply(SetBarText{2, std::vector<std::string>(14, "x"), ""}).ok()); }
    }
}

SCENARIO("Exchange settings") {
    GIVEN("blocks of 19 on a board where exchange is automatic") {
        Session s = blocksOf(19);
        Settings settings;
        settings.exchange = ExchangeMode::Automatic;
        REQUIRE(s.apply(SetSettings{settings}).ok());
        WHEN("a tenth one is added") {
            REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, std::nullopt}).ok());
            THEN("the ten ones become a ten at once: 2 tens and no ones") {
                CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Tens) == 2);
                CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Ones) == 0);
            }
        }
    }
    GIVEN("blocks of 19 on a board where exchange is offered") {
        Session s = blocksOf(19);
        WHEN("a tenth one is added") {
            REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, std::nullopt}).ok());
            THEN("the ten ones stay until someone exchanges them, and the value is 20") {
                CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Ones) == 10);
                CHECK(s.board().groups[0].quantity.value() == v(20));
            }
        }
    }
    GIVEN("blocks of 52 on a board where exchange is off") {
        Session s = blocksOf(52);
        Settings settings;
        settings.exchange = ExchangeMode::Off;
        REQUIRE(s.apply(SetSettings{settings}).ok());
        WHEN("a ten is to be exchanged for ones") {
            const Status st = s.apply(Exchange{2, 0, Place::Tens, false});
            THEN("it is refused") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == "Exchange is switched off on this board.");
            }
        }
    }
}

SCENARIO("Moving pieces between columns") {
    GIVEN("a rod of a chart of 52 dropped in the ones column") {
        Session s = blocksOf(52);
        const Model& m = *findModel(s.board(), 2);
        REQUIRE(m.layouts.blocks.pieces[0].place == Place::Tens);
        REQUIRE(s.apply(MovePiece{2, 0, Point{400, 100}, Place::Ones}).ok());
        THEN("it is exchanged for ten ones: 4 tens and 12 ones, still 52") {
            CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Tens) == 4);
            CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Ones) == 12);
            CHECK(s.board().groups[0].quantity.value() == v(52));
        }
    }
    GIVEN("plain counters of 52 in a chart") {
        Session s(emptyBoard());
        REQUIRE(s.apply(AddModel{Representation::Counters, Level::Concrete, Point{}, v(52), std::nullopt}).ok());
        REQUIRE(s.apply(SetPlainCounters{2, true}).ok());
        const auto& pieces = findModel(s.board(), 2)->layouts.counters.pieces;
        const auto one = std::find_if(pieces.begin(), pieces.end(), [](const Piece& p) { return p.place == Place::Ones; });
        REQUIRE(one != pieces.end());
        WHEN("a counter is moved from the ones column to the tens column") {
            REQUIRE(s.apply(MovePiece{2, static_cast<int>(one - pieces.begin()), Point{10, 100}, Place::Tens}).ok());
            THEN("the column gives its value: 61") { CHECK(s.board().groups[0].quantity.value() == v(61)); }
        }
    }
    GIVEN("a single one moved into the tens column of a chart of blocks") {
        Session s = blocksOf(52);
        const Status st = s.apply(MovePiece{2, 5, Point{0, 0}, Place::Tens});
        THEN("it is refused: ten ones make a ten") {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().message == "It takes ten ones to make one of the next place: exchange ten at once.");
        }
    }
}

SCENARIO("A bar of 24 in 3 equal parts with 2 shaded") {
    Session s(emptyBoard());
    REQUIRE(s.apply(AddModel{Representation::Bar, Level::Pictorial, Point{}, v(24), std::nullopt}).ok());
    REQUIRE(s.apply(SetBar{2, BarMode::EqualParts, 3, 2, ""}).ok());
    THEN("the group is split into 8, 8 and 8") {
        CHECK(s.board().groups[0].quantity.partValues() == std::vector<Value>{v(8), v(8), v(8)});
    }
    WHEN("it is asked to be cut into 7 equal parts") {
        const Status st = s.apply(SetBar{2, BarMode::EqualParts, 7, 2, ""});
        THEN("24 does not share exactly into 7 parts, so it is refused and stays in thirds") {
            CHECK_FALSE(st.ok());
            CHECK(s.board().groups[0].quantity.partCount() == 3);
        }
    }
    WHEN("it is cut into 5 equal parts") {
        REQUIRE(s.apply(SetBar{2, BarMode::EqualParts, 5, 2, ""}).ok());
        THEN("each part is 4.8") {
            CHECK(s.board().groups[0].quantity.partValues() == std::vector<Value>(5, Value::parse("4.8").value()));
        }
    }
    WHEN("linked blocks try to make one part different") {
        REQUIRE(s.apply(AddModel{Representation::Blocks, Level::Concrete, Point{0, 400}, Value{}, ModelId{2}}).ok());
        const Status st = s.apply(AddPiece{3, 0, Place::Ones, std::nullopt});
        THEN("the bar refuses") {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().message == "The parts of an equal-parts bar must all be the same size.");
        }
    }
}

SCENARIO("Undo, redo and the log") {
    GIVEN("a session with three edits") {
        Session s = blocksOf(47, Representation::PartWhole);
        const Board b0 = s.board();
        REQUIRE(s.apply(Repartition{3, {v(30), v(17)}}).ok());
        const Board b1 = s.board();
        REQUIRE(s.apply(Exchange{2, 1, Place::Tens, false}).ok());
        const Board b2 = s.board();
        REQUIRE(s.apply(MoveModel{3, Point{10, 20}}).ok());
        WHEN("everything is undone") {
            REQUIRE(s.undo());
            CHECK(s.board() == b2);
            REQUIRE(s.undo());
            CHECK(s.board() == b1);
            REQUIRE(s.undo());
            THEN("the board is exactly as before") { CHECK(s.board() == b0); }
            AND_WHEN("one edit is redone") {
                REQUIRE(s.redo());
                THEN("it is back") { CHECK(s.board() == b1); }
            }
        }
        WHEN("one edit is undone and another made") {
            REQUIRE(s.undo());
            REQUIRE(s.apply(SetLevel{2, Level::Abstract}).ok());
            THEN("there is nothing to redo, and the log replays to the board") {
                CHECK_FALSE(s.canRedo());
                CHECK(s.log().size() == 5);
                CHECK(s.replay(s.log().size()).value() == s.board());
                CHECK(s.replay(2).value() == b0);
            }
        }
        THEN("the log says what happened, in words") {
            const auto log = s.log();
            REQUIRE(log.size() == 5);
            CHECK(describeCommand(log[2]) == "Split the whole into 30 and 17.");
            CHECK(describeCommand(log[3]) == "Exchanged 1 ten for 10 ones.");
        }
    }
}

SCENARIO("Cutting a link") {
    Session s = blocksOf(47, Representation::Numeral);
    REQUIRE(s.apply(CutLink{3}).ok());
    REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, std::nullopt}).ok());
    THEN("the cut model keeps its own value") {
        CHECK(findGroup(s.board(), findModel(s.board(), 2)->group)->quantity.value() == v(48));
        CHECK(findGroup(s.board(), findModel(s.board(), 3)->group)->quantity.value() == v(47));
        CHECK(validateBoard(s.board()).ok());
    }
}

SCENARIO("Charts, which block is one, and the piece limit") {
    GIVEN("0.45 added as base 10 blocks") {
        Session s(emptyBoard());
        REQUIRE(s.apply(AddModel{Representation::Blocks, Level::Concrete, Point{}, Value::parse("0.45").value(), std::nullopt}).ok());
        const Model& m = *findModel(s.board(), 2);
        THEN("the flat is one, and the chart reaches down to hundredths") {
            CHECK(m.layouts.blocks.scale == kDecimalScale);
            CHECK(m.layouts.blocks.lowestColumn == Place::Hundredths);
            CHECK(piecesOf(m, 0, Place::Tenths) == 4);
            CHECK(piecesOf(m, 0, Place::Hundredths) == 5);
        }
        WHEN("the cube is made one again") {
            const Status st = s.apply(SetBlockScale{2, Place::Ones});
            THEN("it is refused: no block would stand for the tenths") { CHECK_FALSE(st.ok()); }
        }
        WHEN("the chart is narrowed to ones only") {
            const Status st = s.apply(SetChart{2, true, Place::Ones, Place::Ones});
            THEN("it is refused: the tenths and hundredths need their columns") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == "The chart must keep a column for every place that has pieces in it.");
            }
        }
    }
    GIVEN("12,345 as place value counters") {
        Session s(emptyBoard());
        REQUIRE(s.apply(AddModel{Representation::Counters, Level::Concrete, Point{}, v(12345), std::nullopt}).ok());
        CHECK(findModel(s.board(), 2)->layouts.counters.highestColumn == Place::TenThousands);
        WHEN("everything is broken down into ones") {
            const Status st = s.apply(BreakDown{2, Place::Ones});
            THEN("it is refused: 12,345 loose ones are more than a model holds") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == "That would be more than 10,000 pieces, too many for one model.");
            }
        }
        WHEN("everything is broken down into tens") {
            REQUIRE(s.apply(BreakDown{2, Place::Tens}).ok());
            THEN("there are 1,234 tens and 5 ones") {
                CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Tens) == 1234);
                CHECK(piecesOf(*findModel(s.board(), 2), 0, Place::Ones) == 5);
            }
        }
        WHEN("it is shown as blocks") {
            const Status st = s.apply(ShowAs{2, Representation::Blocks});
            THEN("blocks cannot show five places, and the counters stay") {
                CHECK_FALSE(st.ok());
                CHECK(findModel(s.board(), 2)->kind == Representation::Counters);
            }
        }
    }
}

SCENARIO("Out-of-range indices in commands are refused, never read past the end") {
    Session s = blocksOf(23, Representation::Beads);
    const Board before = s.board();
    CHECK_FALSE(s.apply(MoveBeadDivider{3, std::numeric_limits<int>::max(), 5}).ok());
    CHECK_FALSE(s.apply(RemovePiece{2, std::numeric_limits<int>::max()}).ok());
    CHECK_FALSE(s.apply(AddPiece{2, std::numeric_limits<int>::max(), Place::Ones, std::nullopt}).ok());
    CHECK(s.board() == before);
}
