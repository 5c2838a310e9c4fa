// Layout of the bottom tray band.
#include "representations/chrome.hpp"

#include "representations/palette.hpp"

#include <algorithm>

namespace tenfold::repr {

float trayHeightPx(float uiScale) { return kTrayHeight * uiScale; }

void buildTray(scene::Layer& screen, float width, float height, float uiScale) {
    const float h = trayHeightPx(uiScale);
    const float top = height - h;
    // A soft shadow, then the band itself.
    scene::Shape shadow = scene::rect(0.5f * width, top + 0.5f * h - 3.0f * uiScale, width, h, palette::kTrayShadow);
    shadow.decoration = true;
    screen.shapes.push_back(shadow);
    scene::Shape band = scene::rect(0.5f * width, top + 0.5f * h, width, h, palette::kTray);
    band.decoration = true;  // its edge line marks it; the tiles on it are what can be touched
    screen.shapes.push_back(band);
    screen.shapes.push_back(scene::rect(0.5f * width, top + 0.75f * uiScale, width, 1.5f * uiScale, palette::kTrayEdge));
}

namespace {
constexpr float kPadX = 28.0f, kHeight = 56.0f, kGap = 16.0f;

void pill(scene::Layer& screen, const std::string& text, float cx, float cy, float uiScale, float textWidth) {
    const float h = kHeight * uiScale;
    const float w = textWidth + 2 * kPadX * uiScale;
    screen.shapes.push_back(scene::rect(cx, cy, w, h, palette::kMessage, 0.5f * h));
    scene::Text t;
    t.text = text;
    t.x = cx;
    t.y = cy + 0.36f * kMessageTextSize * uiScale;
    t.size = kMessageTextSize * uiScale;
    t.colour = palette::kMessageText;
    t.align = scene::Align::Centre;
    t.role = scene::TextRole::Message;
    screen.texts.push_back(t);
}
}  // namespace

scene::Rect messageSize(float uiScale, float textWidth) {
    return {0, 0, textWidth + 2 * kPadX * uiScale, kHeight * uiScale};
}

void buildMessagePill(scene::Layer& screen, const std::string& text, float x, float y, float uiScale, float textWidth) {
    const scene::Rect size = messageSize(uiScale, textWidth);
    pill(screen, text, x + 0.5f * size.w, y + 0.5f * size.h, uiScale, textWidth);
}

void buildMessageAt(scene::Layer& screen, const std::string& text, float cx, float below, float width, float bottom,
                    float uiScale, float textWidth) {
    const float h = kHeight * uiScale;
    const float half = 0.5f * textWidth + kPadX * uiScale;
    const float x = std::clamp(cx, std::min(half + kGap * uiScale, 0.5f * width), std::max(width - half - kGap * uiScale, 0.5f * width));
    const float y = std::min(below + kGap * uiScale + 0.5f * h, bottom - kGap * uiScale - 0.5f * h);
    pill(screen, text, x, y, uiScale, textWidth);
}

void buildMessage(scene::Layer& screen, const std::string& text, float width, float bottom, float uiScale, float textWidth) {
    const float h = kHeight * uiScale;
    const float cy = bottom - kGap * uiScale - 0.5f * h;
    pill(screen, text, 0.5f * width, cy, uiScale, textWidth);
}

}  // namespace tenfold::repr
