// The frame scheduler: frames after input until the picture settles, on while something moves, a wake-up
// when the picture is due to change by itself, and nothing at all at rest.
#include "app/frame_scheduler.hpp"

#include <catch2/catch.hpp>

#include <functional>

using tenfold::app::FrameScheduler;

namespace {
// Draws frames the way the loop does, each showing `picture(n)`, until the scheduler wants no more.
int drawUntilIdle(FrameScheduler& s, double& now, const std::function<std::uint64_t(int)>& picture, int limit = 100) {
    int n = 0;
    while (s.wantsFrame(now) && n < limit) {
        s.frameDrawn(now, picture(n), false, std::nullopt);
        now += 0.016;
        ++n;
    }
    return n;
}
}  // namespace

SCENARIO("a window's first frames are drawn, then it rests") {
    FrameScheduler s;
    double now = 0;
    CHECK(s.wantsFrame(now));
    const int drawn = drawUntilIdle(s, now, [](int) { return 42u; });
    CHECK(drawn == FrameScheduler::kSettleFrames);
    CHECK_FALSE(s.wantsFrame(now));
    CHECK(s.waitMilliseconds(now) == -1);  // sleep until an event comes
}

SCENARIO("a tap is drawn until its picture stops changing") {
    FrameScheduler s;
    double now = 0;
    drawUntilIdle(s, now, [](int) { return 1u; });
    GIVEN("a tap whose result appears in the frame after the panels see it, and a panel that sizes itself") {
        s.inputArrived();
        // Frames: pressed look, released (the action applied), the result, the panel resized: then still.
        const std::uint64_t pictures[] = {2, 3, 4, 5, 5, 5, 5, 5, 5, 5};
        const int drawn = drawUntilIdle(s, now, [&](int n) { return pictures[n]; });
        THEN("every changing frame is drawn, and one more confirms the picture is still") {
            CHECK(drawn == 5);
            CHECK(s.waitMilliseconds(now) == -1);
        }
    }
    GIVEN("input that changes nothing on screen (a move over empty board)") {
        s.inputArrived();
        CHECK(drawUntilIdle(s, now, [](int) { return 1u; }) == FrameScheduler::kSettleFrames);
    }
}

SCENARIO("something moving by itself keeps frames coming, even when a frame looks like the last") {
    FrameScheduler s;
    double now = 0;
    drawUntilIdle(s, now, [](int) { return 1u; });
    s.inputArrived();
    for (int i = 0; i < 10; ++i) {
        REQUIRE(s.wantsFrame(now));
        s.frameDrawn(now, 7, /*moving=*/true, std::nullopt);  // a piece waiting to start its slide
        now += 0.016;
    }
    CHECK(s.wantsFrame(now));
    CHECK(s.waitMilliseconds(now) == 0);
    s.frameDrawn(now, 8, false, std::nullopt);
    now += 0.016;
    s.frameDrawn(now, 8, false, std::nullopt);
    CHECK_FALSE(s.wantsFrame(now));
}

SCENARIO("a message that leaves by itself wakes the loop when it is due, not before and not never") {
    FrameScheduler s;
    double now = 10;
    s.frameDrawn(now, 1, false, 14.0);  // the message goes at 14 s
    s.frameDrawn(now, 1, false, 14.0);
    s.frameDrawn(now, 1, false, 14.0);
    REQUIRE_FALSE(s.wantsFrame(now));
    CHECK(s.waitMilliseconds(now) == 4000);
    CHECK(s.waitMilliseconds(13.9995) == 1);  // rounded up: the loop wakes at or just after the moment
    CHECK_FALSE(s.wantsFrame(13.99));
    CHECK(s.wantsFrame(14.0));
    // The frame at 14 s draws the board without the message; nothing else is due.
    s.frameDrawn(14.0, 2, false, std::nullopt);
    s.frameDrawn(14.016, 2, false, std::nullopt);
    CHECK_FALSE(s.wantsFrame(14.1));
    CHECK(s.waitMilliseconds(14.1) == -1);
}

SCENARIO("fingerprints tell pictures apart") {
    tenfold::app::Fingerprint a, b, c;
    const float one[] = {1.0f, 2.0f, 3.0f};
    const float two[] = {1.0f, 2.0f, 3.5f};
    a.add(one, sizeof one);
    b.add(one, sizeof one);
    c.add(two, sizeof two);
    CHECK(a.value() == b.value());
    CHECK(a.value() != c.value());
}
