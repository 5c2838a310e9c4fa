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

void buildMessage(scene::Layer& screen, const std::string& text, float width, float bottom, float uiScale, float textWidth) {
    constexpr float kPadX = 28.0f, kHeight = 56.0f, kGap = 16.0f;
    const float h = kHeight * uiScale;
    const float w = textWidth + 2 * kPadX * uiScale;
    const float cy = bottom - kGap * uiScale - 0.5f * h;
    screen.shapes.push_back(scene::rect(0.5f * width, cy, w, h, palette::kMessage, 0.5f * h));
    scene::Text t;
    t.text = text;
    t.x = 0.5f * width;
    t.y = cy + 0.36f * kMessageTextSize * uiScale;
    t.size = kMessageTextSize * uiScale;
    t.colour = palette::kMessageText;
    t.align = scene::Align::Centre;
    screen.texts.push_back(t);
}

}  // namespace tenfold::repr
