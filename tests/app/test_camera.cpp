// The board camera: converting between screen and board, zooming about a point, fitting the board.
#include "interaction/camera.hpp"

#include <catch2/catch.hpp>

using tenfold::interaction::Camera;

SCENARIO("zooming keeps the point under the finger still") {
    GIVEN("a 1920x1080 view at UI scale 1") {
        Camera cam;
        cam.setViewport(1920, 1080, 1);
        float bx = 0, by = 0;
        cam.toBoard(1500, 300, bx, by);
        WHEN("it zooms in by 2 about (1500, 300)") {
            cam.zoomAbout(1500, 300, 2);
            THEN("the same board point is still at (1500, 300)") {
                float sx = 0, sy = 0;
                cam.toScreen(bx, by, sx, sy);
                CHECK(sx == Approx(1500));
                CHECK(sy == Approx(300));
                CHECK(cam.zoom() == Approx(2));
            }
        }
        WHEN("it zooms far beyond the limits") {
            cam.zoomAbout(0, 0, 1000);
            CHECK(cam.zoom() == Approx(Camera::kMaxZoom));
            cam.zoomAbout(0, 0, 1e-6f);
            CHECK(cam.zoom() == Approx(Camera::kMinZoom));
        }
    }
}

SCENARIO("panning moves the board with the pointer") {
    Camera cam;
    cam.setViewport(800, 600, 2);
    float bx = 0, by = 0;
    cam.toBoard(100, 100, bx, by);
    cam.panPixels(50, -20);
    float sx = 0, sy = 0;
    cam.toScreen(bx, by, sx, sy);
    CHECK(sx == Approx(150));
    CHECK(sy == Approx(80));
}

SCENARIO("fit shows the whole board above the tray") {
    Camera cam;
    cam.setViewport(1366, 768, 1);
    const tenfold::scene::Rect board{-800, -420, 1600, 840};
    cam.fit(board, 40, 112);
    float left = 0, top = 0, right = 0, bottom = 0;
    cam.toScreen(board.x, board.y, left, top);
    cam.toScreen(board.x + board.w, board.y + board.h, right, bottom);
    CHECK(left >= 40 - 0.01f);
    CHECK(right <= 1366 - 40 + 0.01f);
    CHECK(top >= 40 - 0.01f);
    CHECK(bottom <= 768 - 112 - 40 + 0.01f);
    // It fills one direction: the board is as large as it can be.
    CHECK((std::abs(right - left - (1366 - 80)) < 0.5f || std::abs(bottom - top - (768 - 112 - 80)) < 0.5f));
}
