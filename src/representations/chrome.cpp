// Layout of the bottom tray band.
#include "representations/chrome.hpp"

#include "representations/palette.hpp"

namespace tenfold::repr {

float trayHeightPx(float uiScale) { return kTrayHeight * uiScale; }

void buildTray(scene::Layer& screen, float width, float height, float uiScale) {
    const float h = trayHeightPx(uiScale);
    const float top = height - h;
    // A soft shadow, then the band itself.
    screen.shapes.push_back(scene::rect(0.5f * width, top + 0.5f * h - 3.0f * uiScale, width, h, palette::kTrayShadow));
    scene::Shape band = scene::rect(0.5f * width, top + 0.5f * h, width, h, palette::kTray);
    screen.shapes.push_back(band);
    screen.shapes.push_back(scene::rect(0.5f * width, top + 0.75f * uiScale, width, 1.5f * uiScale, palette::kTrayEdge));
}

}  // namespace tenfold::repr
