// Where a model's menu opens, and where a message about a model stands: the spot that covers the least
// of what the class is looking at. The picked
// model counts most (the menu is about it), every other model counts too, and the menu keeps clear of the
// board's level bar at the top and of the tray at the bottom. Pure layout on screen rectangles.
#pragma once

#include "representations/scene.hpp"

#include <vector>

namespace tenfold::app {

struct MenuRoom {
    float width = 0, height = 0;      // the screen
    float top = 0, bottom = 0;        // the band the menu may use (below the level bar, above the tray)
    float margin = 0;                 // kept free around the menu
};

struct Obstacle {
    scene::Rect area;                 // screen pixels
    float weight = 1;                 // how much covering it costs per pixel
};

// The top-left corner for a menu of `menuWidth` x `menuHeight`. Candidates run along the top of the band,
// then lower down; the least covered wins, the higher one on a tie, then the one nearest the middle.
scene::Rect placeMenu(const MenuRoom& room, float menuWidth, float menuHeight, const std::vector<Obstacle>& obstacles);

// Whether two screen rectangles share any area (touching edges do not).
bool overlaps(const scene::Rect& a, const scene::Rect& b);

// Whether an open menu, kept put so no button moves under a finger, must make way because the model it is
// about has grown or moved under it (Add row, a longer bead string): the model's area on screen is not what
// it was when last looked at (by more than a pixel), and it now overlaps the menu. The app then pans the
// model out from under the menu; the menu stays put.
bool menuMakesWay(const scene::Rect& menu, const scene::Rect& modelWhenPlaced, const scene::Rect& modelNow);

// Where a message of `width` x `height` about the thing drawn in `anchor` stands: just under it, else just
// above it, else beside it (right, then left), the first place that covers nothing among `obstacles` (the
// numbers under the charts, other models, panels); when every place covers something, the one that covers
// least. Always inside the room.
scene::Rect placeBeside(const MenuRoom& room, const scene::Rect& anchor, float width, float height,
                        const std::vector<Obstacle>& obstacles);

}  // namespace tenfold::app
