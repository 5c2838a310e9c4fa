// Tests for "How we built it": every position of a log shows the board the class had then, whichever way
// it is reached (stepping, jumping across checkpoints, going back); each command is narrated; a log that
// cannot be replayed is refused; and "continue from here" gives the board there with the commands before
// it to undo and the commands after it to redo.
#include <catch2/catch.hpp>

#include "model/lesson_playback.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }

// A chart of blocks (model 2, in group 1) built one piece at a time: ones, then tens, `n` pieces in all.
Board emptyChart() {
    Board b;
    b.models.clear();
    b.groups.clear();
    auto added = applyCommand(b, AddModel{Representation::Blocks, Level::Concrete, Point{0, 0}, Value{}, std::nullopt});
    REQUIRE(added.ok());
    return added.value();
}
std::vector<Command> pieces(int n) {
    std::vector<Command> log;
    for (int i = 0; i < n; ++i) log.push_back(AddPiece{2, 0, i % 3 == 0 ? Place::Tens : Place::Ones, std::nullopt});
    return log;
}
// The board after the first k commands, replayed the long way.
Board replayed(const Board& start, const std::vector<Command>& log, std::size_t k) {
    Board b = start;
    for (std::size_t i = 0; i < k; ++i) b = applyCommand(b, log[i]).value();
    return b;
}
Value valueOf(const Board& b) { return b.groups.front().quantity.value(); }
}  // namespace

SCENARIO("Playing a log back shows the board of every position", "[lesson-playback]") {
    GIVEN("a log longer than two checkpoints") {
        const Board start = emptyChart();
        const std::vector<Command> log = pieces(static_cast<int>(2 * kPlaybackCheckpoint + 7));
        auto made = LogPlayback::make(start, log);
        REQUIRE(made.ok());
        LogPlayback p = made.value();
        THEN("it starts at the board the step started from") {
            CHECK(p.position() == 0);
            CHECK(p.length() == log.size());
            CHECK(p.board() == start);
        }
        WHEN("it is stepped forward to the end") {
            bool same = true;
            while (p.forward()) same = same && p.board() == replayed(start, log, p.position());
            THEN("each position is the log replayed that far") {
                CHECK(same);
                CHECK(p.position() == log.size());
                CHECK_FALSE(p.forward());
            }
        }
        WHEN("it jumps about, across checkpoints and back") {
            bool same = true;
            for (std::size_t k : {std::size_t{50}, std::size_t{3}, std::size_t{71}, std::size_t{32}, std::size_t{0}, std::size_t{64},
                                  std::size_t{65}, std::size_t{31}}) {
                REQUIRE(p.seek(k));
                same = same && p.board() == replayed(start, log, k);
            }
            THEN("each is the log replayed that far") { CHECK(same); }
            THEN("going back one from a checkpoint works too") {
                REQUIRE(p.seek(64));
                REQUIRE(p.back());
                CHECK(p.board() == replayed(start, log, 63));
            }
        }
        THEN("a position past the end is the end, and the same position again changes nothing") {
            CHECK(p.seek(1000));
            CHECK(p.position() == log.size());
            CHECK_FALSE(p.seek(log.size()));
        }
    }
}

SCENARIO("Each position says what the class did", "[lesson-playback]") {
    auto p = LogPlayback::make(emptyChart(), {AddPiece{2, 0, Place::Tens, std::nullopt}});
    REQUIRE(p.ok());
    CHECK(p.value().narration() == "This is the board the step started from.");
    REQUIRE(p.value().forward());
    CHECK(p.value().narration() == describeCommand(AddPiece{2, 0, Place::Tens, std::nullopt}));
    CHECK_FALSE(p.value().narration().empty());
}

SCENARIO("A log that cannot be replayed is refused with the command's number", "[lesson-playback]") {
    auto p = LogPlayback::make(emptyChart(), {AddPiece{2, 0, Place::Ones, std::nullopt}, RemoveModel{9}});
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().message.rfind("Command 2 of the log cannot be replayed: ", 0) == 0);
}

SCENARIO("Continue from here keeps what came after as redo", "[lesson-playback]") {
    const Board start = emptyChart();
    const std::vector<Command> log = pieces(12);
    auto made = LogPlayback::make(start, log);
    REQUIRE(made.ok());
    LogPlayback p = made.value();
    REQUIRE(p.seek(5));
    Session s = p.continueHere();
    THEN("the board is the one shown, with the five commands before it to undo and seven to redo") {
        CHECK(s.board() == replayed(start, log, 5));
        CHECK(s.start() == start);
        CHECK(s.log().size() == 5);
        int undos = 0;
        Session back = s;
        while (back.undo()) ++undos;
        CHECK(undos == 5);
        CHECK(back.board() == start);
        int redos = 0;
        while (s.redo()) ++redos;
        CHECK(redos == 7);
        CHECK(s.board() == replayed(start, log, 12));
        CHECK(valueOf(s.board()) == valueOf(replayed(start, log, 12)));
    }
    THEN("something new done there drops the redo, as any new command does") {
        REQUIRE(s.apply(AddPiece{2, 0, Place::Hundreds, std::nullopt}).ok());
        CHECK_FALSE(s.canRedo());
        CHECK(valueOf(s.board()) == Value::fromMilli(valueOf(replayed(start, log, 5)).milli() + v(100).milli()).value());
    }
}
