// Replay scripts: what each line means, and a clear "line N: reason" for lines that mean nothing.
#include "app/replay_script.hpp"

#include <catch2/catch.hpp>

using namespace tenfold::app;
using tenfold::interaction::PointerSource;

SCENARIO("a script of pointer steps") {
    const auto s = parseReplayScript(
        "# build 347\n"
        "\n"
        "down finger:3 400 300\n"
        "move finger:3 board 120.5 -40   # in board units\n"
        "up finger:3 420 310\n"
        "drag mouse 10 20 to 30 40 in 0.5\n"
        "tap pen 5 6\n"
        "tap tray:ones\n"
        "wait 0.25\n"
        "screenshot out.png\n"
        "expect words 1 == \"three hundred and forty-seven # not a comment\"\n");
    REQUIRE(s.error.empty());
    REQUIRE(s.steps.size() == 9);
    CHECK(s.steps[0].kind == StepKind::Down);
    CHECK(s.steps[0].pointer.source == PointerSource::Touch);
    CHECK(s.steps[0].pointer.id == 3);
    CHECK(s.steps[0].line == 3);
    CHECK(s.steps[1].at.board);
    CHECK(s.steps[1].at.x == Approx(120.5));
    CHECK(s.steps[1].at.y == Approx(-40));
    CHECK_FALSE(s.steps[2].at.board);
    CHECK(s.steps[3].kind == StepKind::Drag);
    CHECK(s.steps[3].pointer.source == PointerSource::Mouse);
    CHECK(s.steps[3].to.x == Approx(30));
    CHECK(s.steps[3].seconds == Approx(0.5));
    CHECK(s.steps[4].pointer.source == PointerSource::Pen);
    CHECK(s.steps[5].kind == StepKind::Tap);
    CHECK(s.steps[5].pointer.source == PointerSource::Mouse);
    CHECK(s.steps[5].at.name == "tray:ones");
    CHECK(s.steps[6].seconds == Approx(0.25));
    CHECK(s.steps[7].name == "out.png");
    CHECK(s.steps[8].subject == std::vector<std::string>{"words", "1"});
    CHECK(s.steps[8].op == "==");
    CHECK(s.steps[8].expected == "three hundred and forty-seven # not a comment");
}

SCENARIO("a tap on the scrubber of How we built it") {
    const auto s = parseReplayScript("tap scrub:8\ndrag finger:1 scrub:0 to scrub:11\n");
    REQUIRE(s.error.empty());
    REQUIRE(s.steps.size() == 2);
    CHECK(s.steps[0].kind == StepKind::Tap);
    CHECK(s.steps[0].at.name == "scrub:8");
    CHECK(s.steps[1].at.name == "scrub:0");
    CHECK(s.steps[1].to.name == "scrub:11");
    CHECK(parseReplayScript("tap scrub:").error == "line 1: expected a pointer: mouse, pen or finger:N");
}

SCENARIO("malformed lines are refused with their line number") {
    CHECK(parseReplayScript("wait 1\nwiggle 3").error == "line 2: unknown step 'wiggle'");
    CHECK(parseReplayScript("down thumb 1 2").error == "line 1: expected a pointer: mouse, pen or finger:N");
    CHECK(parseReplayScript("down mouse 1").error == "line 1: expected a position: X Y, board X Y, or a named spot");
    CHECK(parseReplayScript("drag finger:1 tray:ones to column:2:ones").steps.at(0).to.name == "column:2:ones");
    CHECK(parseReplayScript("down finger:1 piece:").error == "line 1: expected a position: X Y, board X Y, or a named spot");
    CHECK(parseReplayScript("down mouse 1 2 3").error == "line 1: unexpected '3'");
    CHECK(parseReplayScript("drag mouse 1 2 3 4").error == "line 1: expected 'to' and an end position");
    CHECK(parseReplayScript("drag mouse 1 2 to 3 4 in forever").error == "line 1: a drag ends with 'in SECONDS' (0 to 60)");
    CHECK(parseReplayScript("wait -1").error == "line 1: wait takes seconds from 0 to 60");
    CHECK(parseReplayScript("wait 1e9").error == "line 1: wait takes seconds from 0 to 60");
    CHECK(parseReplayScript("expect value 1 347").error == "line 1: expect takes: SUBJECT... OPERATOR VALUE (== != < > <= >=)");
    CHECK(parseReplayScript("expect words 1 == \"open").error == "line 1: a quote is not closed");
    CHECK(parseReplayScript("down finger:-1 1 2").error == "line 1: expected a pointer: mouse, pen or finger:N");
}

SCENARIO("expectations compare numbers as numbers and text as text") {
    CHECK(compareExpectation("347", "==", "347.0"));
    CHECK(compareExpectation("53", "!=", "413"));
    CHECK(compareExpectation("1.25", ">", "1"));
    CHECK_FALSE(compareExpectation("0.45", ">", "0.5"));
    CHECK(compareExpectation("forty-seven", "==", "forty-seven"));
    CHECK_FALSE(compareExpectation("forty-seven", "==", "forty seven"));
    CHECK_FALSE(compareExpectation("abc", "<", "abd"));
}

SCENARIO("a script's own words are quoted only by a short excerpt") {
    GIVEN("a step of ten million letters") {
        const auto s = parseReplayScript("wait 1\n" + std::string(10'000'000, 'w') + "\n");
        THEN("the refusal names its line and its first letters") {
            CHECK(s.error == "line 2: unknown step '" + std::string(40, 'w') + "...'");
        }
    }
    GIVEN("a long expectation") {
        const auto s = parseReplayScript("expect words 1 == \"" + std::string(5'000, 'x') + "\"\n");
        REQUIRE(s.error.empty());
        THEN("the line kept for a failure report is cut") {
            CHECK(s.steps[0].text == "expect words 1 == \"" + std::string(181, 'x') + "...");
            CHECK(s.steps[0].expected.size() == 5'000);
        }
    }
    THEN("the longest script read is 1 MB") { CHECK(kMaxReplayScriptBytes == 1024u * 1024u); }
}
