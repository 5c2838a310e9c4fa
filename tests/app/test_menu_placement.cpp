// Where a model's menu opens: the spot that covers the least of the models, never the level bar.
#include "app/menu_placement.hpp"

#include <catch2/catch.hpp>

using namespace tenfold;
using tenfold::app::MenuRoom;
using tenfold::app::Obstacle;
using tenfold::app::placeMenu;

namespace {
float overlap(const scene::Rect& a, const scene::Rect& b) {
    const float w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const float h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0.0f;
}
}  // namespace

SCENARIO("a menu opens where it covers nothing when there is such a place") {
    const MenuRoom room{1366, 768, 0, 672, 14};
    GIVEN("a model on the left and one on the right, with the level bar top left") {
        const scene::Rect left{100, 120, 400, 450}, right{800, 120, 400, 300}, levelBar{14, 14, 440, 60};
        const std::vector<Obstacle> obstacles{{levelBar, 1000}, {left, 4}, {right, 1}};
        const scene::Rect menu = placeMenu(room, 500, 200, obstacles);
        THEN("it covers neither model nor the level bar, and stays on screen above the tray") {
            CHECK(overlap(menu, left) == 0);
            CHECK(overlap(menu, right) == 0);
            CHECK(overlap(menu, levelBar) == 0);
            CHECK(menu.x >= 14);
            CHECK(menu.x + menu.w <= 1366 - 14);
            CHECK(menu.y + menu.h <= 672 - 14);
        }
    }
    GIVEN("an empty board") {
        const scene::Rect menu = placeMenu(room, 600, 300, {});
        THEN("it opens at the top, in the middle") {
            CHECK(menu.y == Approx(14));
            CHECK(menu.x + 0.5f * menu.w == Approx(683).margin(45));
        }
    }
}

SCENARIO("when every place covers something, the menu covers the model it is about least") {
    const MenuRoom room{1000, 700, 0, 600, 10};
    // The picked model fills the top half, another model the bottom half.
    const scene::Rect picked{0, 0, 1000, 300}, other{0, 300, 1000, 300};
    const scene::Rect menu = placeMenu(room, 400, 250, {{picked, 4}, {other, 1}});
    CHECK(overlap(menu, picked) < overlap(menu, other));
}

SCENARIO("an open menu makes way when its model grows under it") {
    const scene::Rect menu{600, 14, 700, 300};
    GIVEN("a fraction wall below the menu when it opened") {
        const scene::Rect placed{700, 330, 640, 200};
        THEN("after Add row the wall reaches under the menu: the menu is placed again") {
            CHECK(app::menuMakesWay(menu, placed, scene::Rect{700, 250, 640, 360}));
        }
        THEN("a wall that grew downwards, away from the menu, leaves it where it is") {
            CHECK_FALSE(app::menuMakesWay(menu, placed, scene::Rect{700, 330, 640, 300}));
        }
        THEN("nothing changed: the menu stays put, whatever it covers") {
            const scene::Rect under{700, 200, 640, 200};
            CHECK_FALSE(app::menuMakesWay(menu, under, under));
            CHECK_FALSE(app::menuMakesWay(menu, under, scene::Rect{700.5f, 200, 640, 200.5f}));
        }
    }
}

SCENARIO("two rectangles overlap only when they share area") {
    CHECK(app::overlaps(scene::Rect{0, 0, 100, 100}, scene::Rect{50, 50, 100, 100}));
    CHECK_FALSE(app::overlaps(scene::Rect{0, 0, 100, 100}, scene::Rect{100, 0, 100, 100}));
    CHECK_FALSE(app::overlaps(scene::Rect{0, 0, 100, 100}, scene::Rect{0, 150, 100, 100}));
}
