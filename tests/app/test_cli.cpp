// The command line: every mode, and a one-line reason for each thing it refuses.
#include "app/cli.hpp"

#include <catch2/catch.hpp>

using tenfold::app::Mode;
using tenfold::app::parseCommandLine;

SCENARIO("a teacher starts tenfold with or without a board") {
    GIVEN("no arguments") {
        auto r = parseCommandLine({});
        THEN("the app opens on the default board") {
            CHECK(r.error.empty());
            CHECK(r.options.mode == Mode::Run);
            CHECK(r.options.board.empty());
        }
    }
    GIVEN("one board file") {
        auto r = parseCommandLine({"lesson.json"});
        THEN("the app opens it") {
            CHECK(r.error.empty());
            CHECK(r.options.board == "lesson.json");
        }
    }
    GIVEN("two board files") {
        auto r = parseCommandLine({"a.json", "b.json"});
        THEN("it says one at a time") { CHECK(r.error == "one board file at a time (got 'a.json' and 'b.json')"); }
    }
}

SCENARIO("screenshots and benchmarks") {
    WHEN("a screenshot is asked for with a size and a board") {
        auto r = parseCommandLine({"--screenshot", "out.png", "--size", "3840x2160", "b.json"});
        THEN("all three are taken") {
            REQUIRE(r.error.empty());
            CHECK(r.options.mode == Mode::Screenshot);
            CHECK(r.options.output == "out.png");
            CHECK(r.options.width == 3840);
            CHECK(r.options.height == 2160);
            CHECK(r.options.board == "b.json");
        }
    }
    WHEN("a screenshot is asked for with the texts it draws") {
        auto r = parseCommandLine({"--screenshot", "out.png", "--texts", "out.json"});
        THEN("both files are taken") {
            REQUIRE(r.error.empty());
            CHECK(r.options.mode == Mode::Screenshot);
            CHECK(r.options.texts == "out.json");
        }
        THEN("--texts without a screenshot, or without its file, is refused") {
            CHECK(parseCommandLine({"--texts", "out.json"}).error ==
                  "--texts goes with --screenshot, e.g. tenfold --screenshot board.png --texts texts.json");
            CHECK(parseCommandLine({"--screenshot", "a.png", "--texts"}).error ==
                  "--texts needs an output file, e.g. --texts texts.json");
        }
    }
    WHEN("a benchmark is asked for") {
        auto r = parseCommandLine({"--bench", "--frames", "30"});
        THEN("it runs 30 frames at the default 1920x1080") {
            REQUIRE(r.error.empty());
            CHECK(r.options.mode == Mode::Bench);
            CHECK(r.options.frames == 30);
            CHECK(r.options.width == 1920);
            CHECK(r.options.height == 1080);
        }
    }
    WHEN("sizes are malformed or out of range") {
        for (const char* bad : {"1920", "x1080", "1920x", "0x0", "10x10", "99999x10", "1920x1080x3", "ax b"}) {
            auto r = parseCommandLine({"--screenshot", "o.png", "--size", bad});
            CHECK_THAT(r.error, Catch::StartsWith("--size takes WIDTHxHEIGHT"));
        }
    }
    WHEN("frames are not a positive whole number") {
        for (const char* bad : {"0", "-3", "ten", "2.5", "100001"}) {
            auto r = parseCommandLine({"--bench", "--frames", bad});
            CHECK_THAT(r.error, Catch::StartsWith("--frames takes a whole number"));
        }
    }
    WHEN("options are combined that do not go together") {
        CHECK(parseCommandLine({"--screenshot", "a.png", "--bench"}).error == "choose one of --screenshot, --bench, --replay, --spots and describe");
        CHECK(parseCommandLine({"--spots", "--bench"}).error == "choose one of --screenshot, --bench, --replay, --spots and describe");
        CHECK(parseCommandLine({"--frames", "3"}).error == "--frames goes with --bench");
        CHECK(parseCommandLine({"describe", "b.json", "--size", "800x600"}).error == "--size does not go with describe");
        CHECK(parseCommandLine({"--json"}).error == "--json goes with describe, e.g. tenfold describe board.json --json");
    }
    WHEN("an option misses its value") {
        CHECK(parseCommandLine({"--screenshot"}).error == "--screenshot needs an output file, e.g. --screenshot board.png");
        CHECK(parseCommandLine({"--bench", "--frames"}).error == "--frames needs a number of frames, e.g. --frames 120");
    }
}

SCENARIO("help, version, describe and unknown options") {
    CHECK(parseCommandLine({"--help"}).options.mode == Mode::Help);
    CHECK(parseCommandLine({"-h"}).options.mode == Mode::Help);
    CHECK(parseCommandLine({"--version"}).options.mode == Mode::Version);
    CHECK(parseCommandLine({"--colour"}).error == "unknown option '--colour' (see tenfold --help)");
    auto d = parseCommandLine({"describe", "b.json", "--json"});
    CHECK(d.error.empty());
    CHECK(d.options.mode == Mode::Describe);
    CHECK(d.options.json);
    CHECK(parseCommandLine({"describe"}).error == "describe needs a board file, e.g. tenfold describe lesson.json");
    CHECK(parseCommandLine({"--scale", "9"}).error == "--scale takes a number from 0.5 to 4 (got '9')");
    CHECK(parseCommandLine({"--scale", "1.5"}).options.scale == Approx(1.5f));
    const auto room = parseCommandLine({"--screenshot", "a.png", "--room", "75x8.5", "--background", "cream", "--high-contrast"});
    CHECK(room.error.empty());
    CHECK(room.options.roomInches == Approx(75.0f));
    CHECK(room.options.roomMetres == Approx(8.5f));
    CHECK(room.options.background == "cream");
    CHECK(room.options.highContrast);
    for (const char* bad : {"75", "x8", "75x", "20x8", "75x30", "75x8m", "seventy"}) {
        CHECK(parseCommandLine({"--room", bad}).error ==
              "--room takes INCHESxMETRES, a board of 32 to 120 inches and a back row 1 to 20 metres away, e.g. 75x8 (got '" +
                  std::string(bad) + "')");
    }
    CHECK(parseCommandLine({"--background", "black"}).error == "--background takes paper, cream, white or blue-tint (got 'black')");
    CHECK_THAT(tenfold::app::helpText(), Catch::Contains("--screenshot OUT.png"));
    auto rp = parseCommandLine({"--replay", "s.replay", "--size", "1366x768", "b.json"});
    CHECK(rp.error.empty());
    CHECK(rp.options.mode == Mode::Replay);
    CHECK(rp.options.script == "s.replay");
    CHECK(rp.options.board == "b.json");
    CHECK(parseCommandLine({"--replay"}).error == "--replay needs a script file, e.g. --replay build-347.replay");
}

SCENARIO("where things are on screen, and the window's size") {
    GIVEN("--spots, alone or after a script") {
        auto plain = parseCommandLine({"--spots", "--size", "1366x768"});
        CHECK(plain.error.empty());
        CHECK(plain.options.mode == Mode::Spots);
        CHECK(plain.options.width == 1366);
        auto after = parseCommandLine({"--spots", "--replay", "open.replay", "b.json"});
        CHECK(after.error.empty());
        CHECK(after.options.mode == Mode::Spots);
        CHECK(after.options.script == "open.replay");
        CHECK(after.options.board == "b.json");
    }
    GIVEN("--size with no mode") {
        auto window = parseCommandLine({"--size", "1024x700"});
        CHECK(window.error.empty());
        CHECK(window.options.mode == Mode::Run);
        CHECK(window.options.sizeGiven);
        CHECK(window.options.height == 700);
    }
}

SCENARIO("checking a lesson from the command line") {
    WHEN("a lesson is checked") {
        auto r = parseCommandLine({"check", "lesson.json"});
        THEN("every step's saved board is checked, as text") {
            REQUIRE(r.error.empty());
            CHECK(r.options.mode == Mode::Check);
            CHECK(r.options.board == "lesson.json");
            CHECK(r.options.step == 0);
            CHECK_FALSE(r.options.answers);
            CHECK_FALSE(r.options.json);
        }
    }
    WHEN("one step's answer board is checked as JSON") {
        auto r = parseCommandLine({"check", "lesson.json", "--step", "3", "--answers", "--json"});
        THEN("all three are taken") {
            REQUIRE(r.error.empty());
            CHECK(r.options.step == 3);
            CHECK(r.options.answers);
            CHECK(r.options.json);
        }
    }
    THEN("what does not go is refused with a reason") {
        CHECK(parseCommandLine({"check"}).error == "check needs a lesson file, e.g. tenfold check lesson.json");
        CHECK(parseCommandLine({"check", "l.json", "--step", "0"}).error == "--step takes a step number from 1 (got '0')");
        CHECK(parseCommandLine({"check", "l.json", "--step", "two"}).error == "--step takes a step number from 1 (got 'two')");
        CHECK(parseCommandLine({"check", "l.json", "--step"}).error == "--step needs a step number, e.g. --step 2");
        CHECK(parseCommandLine({"l.json", "--step", "2"}).error == "--step goes with check, e.g. tenfold check lesson.json --step 2");
        CHECK(parseCommandLine({"describe", "l.json", "--answers"}).error ==
              "--answers goes with check, e.g. tenfold check lesson.json --step 2");
        CHECK(parseCommandLine({"check", "l.json", "--bench"}).error == "check goes on its own, e.g. tenfold check lesson.json");
        CHECK(parseCommandLine({"check", "a.json", "b.json"}).error == "one board file at a time (got 'a.json' and 'b.json')");
    }
    THEN("describe of a file named check is still a describe") {
        auto r = parseCommandLine({"describe", "check"});
        CHECK(r.options.mode == Mode::Describe);
        CHECK(r.options.board == "check");
    }
    THEN("the help names it") { CHECK_THAT(tenfold::app::helpText(), Catch::Contains("tenfold check LESSON")); }
}
