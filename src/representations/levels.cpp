// Levels: fading between two levels, and the cards of the abstract level.
#include "representations/levels.hpp"

#include "model/forms.hpp"
#include "representations/palette.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::repr {

namespace {
constexpr float kFirstLine = 64.0f;
constexpr float kOtherLine = 34.0f;
constexpr float kFirstShare = 1.3f;  // the first line is at least this much larger than the others
constexpr float kLineGap = 16.0f;
constexpr float kPad = 28.0f;
constexpr float kGather = 0.6f;  // how far a picture shrinks into its sentence card (and the card grows)

}  // namespace

void fadeFrom(scene::Layer& layer, std::size_t shapesFrom, std::size_t textsFrom, float alpha, bool dropTags) {
    for (std::size_t i = shapesFrom; i < layer.shapes.size(); ++i) {
        scene::Shape& s = layer.shapes[i];
        s.fill.a *= alpha;
        s.outline.a *= alpha;
        if (dropTags) s.tag = 0;
    }
    for (std::size_t i = textsFrom; i < layer.texts.size(); ++i) {
        layer.texts[i].colour.a *= alpha;
        if (dropTags) layer.texts[i].tag = 0;
    }
}

void scaleFrom(scene::Layer& layer, std::size_t shapesFrom, std::size_t textsFrom, float cx, float cy, float k) {
    auto at = [&](float& x, float& y) {
        x = cx + (x - cx) * k;
        y = cy + (y - cy) * k;
    };
    for (std::size_t i = shapesFrom; i < layer.shapes.size(); ++i) {
        scene::Shape& s = layer.shapes[i];
        at(s.x, s.y);
        if (s.kind == scene::ShapeKind::Capsule) {
            at(s.w, s.h);  // the second end
        } else {
            s.w *= k;
            s.h *= k;
        }
        s.radius *= k;
        s.outlineWidth *= k;
    }
    for (std::size_t i = textsFrom; i < layer.texts.size(); ++i) {
        at(layer.texts[i].x, layer.texts[i].y);
        layer.texts[i].size *= k;
    }
}

scene::Rect buildAtLevel(scene::Layer& layer, float level,
                         const std::function<scene::Rect(scene::Layer&, int level)>& build) {
    level = std::clamp(level, 0.0f, 2.0f);
    const float lower = std::floor(level);
    const float t = level - lower;
    if (t < 1e-3f) return build(layer, static_cast<int>(lower));
    if (t > 1.0f - 1e-3f) return build(layer, static_cast<int>(lower) + 1);
    // Smooth in and out, so the change reads as one movement.
    const float s = t * t * (3.0f - 2.0f * t);
    const std::size_t shapes = layer.shapes.size(), texts = layer.texts.size();
    const scene::Rect below = build(layer, static_cast<int>(lower));
    fadeFrom(layer, shapes, texts, 1.0f - s, s >= 0.5f);
    const std::size_t upperShapes = layer.shapes.size(), upperTexts = layer.texts.size();
    const scene::Rect above = build(layer, static_cast<int>(lower) + 1);
    fadeFrom(layer, upperShapes, upperTexts, s, s < 0.5f);
    if (lower >= 1.0f) {
        // Pictorial to abstract: the picture shrinks into the sentence card, which grows out of it.
        const float cx = above.x + 0.5f * above.w, cy = above.y + 0.5f * above.h;
        scaleFrom(layer, shapes, texts, cx, cy, 1.0f - kGather * s);
        scaleFrom(layer, upperShapes, upperTexts, cx, cy, 1.0f - kGather * (1.0f - s));
    }
    return scene::unite(below, above);
}

scene::Rect abstractCard(scene::Layer& layer, float x, float y, const std::vector<std::string>& lines,
                         std::uint64_t tag, float minWidth, const TextScale& text) {
    // Every line is a sentence a child reads (a Readout); the first stays larger than the rest.
    const float other = text.size(scene::TextRole::Readout, kOtherLine);
    const float firstLine = std::max(text.size(scene::TextRole::Readout, kFirstLine), kFirstShare * other);
    auto sizeOf = [&](std::size_t i) { return i == 0 ? firstLine : other; };
    // Padding and gaps grow with the text, so a card read from afar keeps its proportions.
    const float k = sizeOf(0) / kFirstLine;
    const float pad = kPad * k, gap = kLineGap * k;
    float width = minWidth;
    float height = pad;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const float size = sizeOf(i);
        width = std::max(width, text.measure(lines[i], size) + 2 * pad);
        height += size + (i + 1 < lines.size() ? gap : 0.0f);
    }
    height += pad;
    scene::Shape card = scene::rect(x + 0.5f * width, y + 0.5f * height, width, height, palette::kCard, 14.0f);
    card.outline = palette::kCardEdge;
    card.outlineWidth = 2.0f;
    card.tag = tag;
    layer.shapes.push_back(card);
    float baseline = y + pad;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const float size = sizeOf(i);
        baseline += 0.8f * size;
        scene::Text t;
        t.text = lines[i];
        t.x = x + 0.5f * width;
        t.y = baseline;
        t.size = size;
        t.colour = palette::kInk;
        t.align = scene::Align::Centre;
        t.tag = tag;
        t.role = scene::TextRole::Readout;
        layer.texts.push_back(t);
        baseline += 0.2f * size + gap;
    }
    return {x, y, width, height};
}

}  // namespace tenfold::repr
