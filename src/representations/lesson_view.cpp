// Layout and drawing of a lesson's banner, the Check card and the ring around a model.
#include "representations/lesson_view.hpp"

#include "representations/palette.hpp"

#include <algorithm>

namespace tenfold::repr {

namespace {
constexpr float kPad = 18.0f;           // inside the cards
constexpr float kBannerPad = 14.0f;     // inside the banner (a laptop screen is short of height)
constexpr float kRadius = 14.0f;
constexpr float kEdge = 2.0f;
constexpr float kGap = 4.0f;            // between the header and the prompt
constexpr float kBandWidth = 12.0f;     // the verdict card's left band
constexpr float kRingGap = 12.0f;       // between a model and its ring
constexpr float kRingWidth = 6.0f;
constexpr float kBaseline = 0.8f;       // of the line height, from the line's top to the baseline
constexpr scene::Colour kRightBand = scene::Colour::rgb(0x2E8540);
constexpr scene::Colour kNotYetBand = scene::Colour::rgb(0xC77700);
constexpr scene::Colour kRing = scene::Colour::rgb(0x2F6FDE);

scene::Text line(std::string s, float x, float y, float size, scene::Colour c) {
    scene::Text t;
    t.text = std::move(s);
    t.x = x;
    t.y = y;
    t.size = size;
    t.colour = c;
    t.align = scene::Align::Left;
    return t;
}

scene::Shape card(const scene::Rect& r, float uiScale) {
    scene::Shape s = scene::rect(r.x + 0.5f * r.w, r.y + 0.5f * r.h, r.w, r.h, palette::kCard, kRadius * uiScale);
    s.outline = palette::kCardEdge;
    s.outlineWidth = kEdge * uiScale;
    return s;
}
}  // namespace

std::vector<std::string> wrapText(std::string_view text, float size, float width, const MeasureText& measure) {
    std::vector<std::string> out;
    std::string current;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i >= text.size()) break;
        std::size_t end = text.find(' ', i);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(i, end - i);
        i = end;
        const std::string joined = current.empty() ? std::string(word) : current + " " + std::string(word);
        if (current.empty() || measure(joined, size) <= width) {
            current = joined;
        } else {
            out.push_back(std::move(current));
            current = std::string(word);
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

Banner layoutBanner(std::string header, std::string prompt, float left, float top, float right, float promptSize,
                    float uiScale, const MeasureText& measure) {
    Banner b;
    b.header = std::move(header);
    b.prompt = std::move(prompt);
    b.headerSize = kStepHeaderTextSize * uiScale;
    b.promptSize = promptSize;
    const float pad = kBannerPad * uiScale;
    const float inner = std::max(1.0f, right - left - 2 * pad);
    b.lines = wrapText(b.prompt, promptSize, inner, measure);
    float widest = measure(b.header, b.headerSize);
    for (const std::string& l : b.lines) widest = std::max(widest, measure(l, promptSize));
    float h = 2 * pad + kLineSpacing * b.headerSize;
    if (!b.lines.empty()) h += kGap * uiScale + kPromptLineSpacing * promptSize * static_cast<float>(b.lines.size());
    b.area = scene::Rect{left, top, std::min(right - left, widest + 2 * pad), h};
    return b;
}

void buildBanner(scene::Layer& screen, const Banner& b, float uiScale) {
    const float pad = kBannerPad * uiScale;
    screen.shapes.push_back(card(b.area, uiScale));
    float y = b.area.y + pad;
    screen.texts.push_back(line(b.header, b.area.x + pad, y + kBaseline * kLineSpacing * b.headerSize, b.headerSize, palette::kSoftInk));
    y += kLineSpacing * b.headerSize + kGap * uiScale;
    for (const std::string& l : b.lines) {
        screen.texts.push_back(line(l, b.area.x + pad, y + kBaseline * kPromptLineSpacing * b.promptSize, b.promptSize, palette::kInk));
        y += kPromptLineSpacing * b.promptSize;
    }
}

VerdictCard layoutVerdict(bool right, std::string heading, std::string_view sentence, float maxWidth, float uiScale,
                          const MeasureText& measure) {
    VerdictCard c;
    c.right = right;
    c.heading = std::move(heading);
    c.headingSize = kVerdictHeadingSize * uiScale;
    c.textSize = kVerdictTextSize * uiScale;
    const float pad = kPad * uiScale, band = kBandWidth * uiScale;
    const float inner = std::max(1.0f, maxWidth - 2 * pad - band);
    c.lines = wrapText(sentence, c.textSize, inner, measure);
    float widest = measure(c.heading, c.headingSize);
    for (const std::string& l : c.lines) widest = std::max(widest, measure(l, c.textSize));
    const float h = 2 * pad + kLineSpacing * c.headingSize + kLineSpacing * c.textSize * static_cast<float>(c.lines.size());
    c.area = scene::Rect{0, 0, std::min(maxWidth, widest + 2 * pad + band), h};
    return c;
}

void buildVerdict(scene::Layer& screen, const VerdictCard& c, float uiScale) {
    const float pad = kPad * uiScale, band = kBandWidth * uiScale;
    screen.shapes.push_back(card(c.area, uiScale));
    // A band down the left edge: green when right, amber when not yet (the heading says it in words too).
    screen.shapes.push_back(scene::rect(c.area.x + 0.5f * band + kEdge * uiScale, c.area.y + 0.5f * c.area.h,
                                        band, c.area.h - 2 * kRadius * uiScale, c.right ? kRightBand : kNotYetBand,
                                        0.5f * band));
    const float x = c.area.x + band + pad;
    float y = c.area.y + pad;
    screen.texts.push_back(line(c.heading, x, y + kBaseline * kLineSpacing * c.headingSize, c.headingSize, palette::kInk));
    y += kLineSpacing * c.headingSize;
    for (const std::string& l : c.lines) {
        screen.texts.push_back(line(l, x, y + kBaseline * kLineSpacing * c.textSize, c.textSize, palette::kInk));
        y += kLineSpacing * c.textSize;
    }
}

void buildHighlight(scene::Layer& screen, const scene::Rect& area, float uiScale) {
    const float g = kRingGap * uiScale;
    scene::Shape ring = scene::rect(area.x + 0.5f * area.w, area.y + 0.5f * area.h, area.w + 2 * g, area.h + 2 * g,
                                    scene::Colour{0, 0, 0, 0}, 2 * g);
    ring.outline = kRing;
    ring.outlineWidth = kRingWidth * uiScale;
    screen.shapes.push_back(ring);
}

}  // namespace tenfold::repr
