// The fixed parts of the screen drawn by the board renderer: the tray band along the bottom edge
// (children reach only the lower part of a whiteboard, so trays and toolbars live there).
#pragma once

#include "representations/scene.hpp"

#include <string>

namespace tenfold::repr {

inline constexpr float kTrayHeight = 112.0f;  // pixels at UI scale 1

inline constexpr float kMessageTextSize = 28.0f;  // pixels at UI scale 1

float trayHeightPx(float uiScale);
// A friendly line (why something did not happen) in a dark pill centred just above `bottom`.
// `textWidth` is the text's measured width in pixels.
void buildMessage(scene::Layer& screen, const std::string& text, float width, float bottom, float uiScale, float textWidth);
// The same line just under a model whose drawing ends at `below` (screen pixels), centred on `cx` and kept
// inside the screen and above `bottom`.
void buildMessageAt(scene::Layer& screen, const std::string& text, float cx, float below, float width, float bottom,
                    float uiScale, float textWidth);
// The size of the pill that carries a message (pixels), and the pill drawn with its top-left at (x, y).
scene::Rect messageSize(float uiScale, float textWidth);
void buildMessagePill(scene::Layer& screen, const std::string& text, float x, float y, float uiScale, float textWidth);
// Adds the tray band for a target of width x height pixels to a screen layer.
void buildTray(scene::Layer& screen, float width, float height, float uiScale);

}  // namespace tenfold::repr
