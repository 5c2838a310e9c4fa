// Pointers on the empty board: one pans, two pinch-zoom, many never crash, unknown ids are ignored.
#include "interaction/board_input.hpp"

#include <catch2/catch.hpp>

using namespace tenfold::interaction;

namespace {
PointerEvent ev(PointerPhase phase, std::int64_t id, float x, float y, PointerSource src = PointerSource::Touch) {
    return PointerEvent{phase, src, id, x, y, 1};
}
}  // namespace

SCENARIO("one finger pans the board") {
    Camera cam;
    cam.setViewport(1000, 800, 1);
    BoardInput input;
    input.pointer(ev(PointerPhase::Down, 7, 100, 100), cam);
    CHECK(input.pointer(ev(PointerPhase::Move, 7, 160, 130), cam));
    CHECK(cam.centreX() == Approx(-60));
    CHECK(cam.centreY() == Approx(-30));
    input.pointer(ev(PointerPhase::Up, 7, 160, 130), cam);
    CHECK_FALSE(input.anyDown());
}

SCENARIO("two fingers moving apart zoom in") {
    Camera cam;
    cam.setViewport(1000, 800, 1);
    BoardInput input;
    input.pointer(ev(PointerPhase::Down, 1, 400, 400), cam);
    input.pointer(ev(PointerPhase::Down, 2, 600, 400), cam);
    input.pointer(ev(PointerPhase::Move, 2, 800, 400), cam);  // distance 200 -> 400
    CHECK(cam.zoom() == Approx(2.0f));
}

SCENARIO("a finger storm does no harm") {
    Camera cam;
    cam.setViewport(1000, 800, 1);
    BoardInput input;
    for (int i = 0; i < 100; ++i) input.pointer(ev(PointerPhase::Down, i, 10.0f * static_cast<float>(i), 50), cam);
    CHECK(input.pointersDown() == BoardInput::kMaxPointers);
    for (int i = 0; i < 100; ++i) input.pointer(ev(PointerPhase::Move, i, 10.0f * static_cast<float>(i) + 3, 55), cam);
    for (int i = 0; i < 100; ++i) input.pointer(ev(PointerPhase::Up, i, 0, 0), cam);
    CHECK_FALSE(input.anyDown());
    CHECK(cam.zoom() >= Camera::kMinZoom);
    CHECK(cam.zoom() <= Camera::kMaxZoom);
}

SCENARIO("moves and lifts of pointers never pressed are ignored") {
    Camera cam;
    cam.setViewport(1000, 800, 1);
    BoardInput input;
    CHECK_FALSE(input.pointer(ev(PointerPhase::Move, 42, 500, 500), cam));
    CHECK_FALSE(input.pointer(ev(PointerPhase::Up, 42, 500, 500), cam));
    CHECK(cam.centreX() == Approx(0));
    CHECK(cam.centreY() == Approx(0));
}

SCENARIO("mouse and finger with the same id are different pointers") {
    Camera cam;
    cam.setViewport(1000, 800, 1);
    BoardInput input;
    input.pointer(ev(PointerPhase::Down, 0, 100, 100, PointerSource::Mouse), cam);
    input.pointer(ev(PointerPhase::Down, 0, 300, 100, PointerSource::Touch), cam);
    CHECK(input.pointersDown() == 2);
}
