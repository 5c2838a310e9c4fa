// The fixed parts of the screen drawn by the board renderer: the tray band along the bottom edge
// (children reach only the lower part of a whiteboard, so trays and toolbars live there).
#pragma once

#include "representations/scene.hpp"

namespace tenfold::repr {

inline constexpr float kTrayHeight = 112.0f;  // pixels at UI scale 1

float trayHeightPx(float uiScale);
// Adds the tray band for a target of width x height pixels to a screen layer.
void buildTray(scene::Layer& screen, float width, float height, float uiScale);

}  // namespace tenfold::repr
