// Drawing bead strings and bar models.
#include "representations/bar_bead_view.hpp"

#include "model/bar_model.hpp"
#include "model/bead_string.hpp"
#include "model/forms.hpp"
#include "representations/palette.hpp"
#include "representations/tags.hpp"

#include <algorithm>

namespace tenfold::repr {

namespace {
constexpr float kBead = 40.0f;          // bead diameter on strings of up to 20 beads
constexpr float kSmallBead = 30.0f;     // on the 50 and 100 strings
constexpr float kBeadGap = 4.0f;
constexpr float kCountedGap = 3.0f;     // beads' widths between the counted side and the rest
constexpr float kStringThickness = 2.0f;
constexpr float kLabelSize = 34.0f;
constexpr float kBarGap = 18.0f;
constexpr float kBarRadius = 6.0f;
constexpr float kBarOutline = 3.0f;
constexpr float kValueSize = 34.0f;
constexpr int kLargeString = 20;
constexpr scene::Colour kBeadA = scene::Colour::rgb(0xD9534F);   // red group
constexpr scene::Colour kBeadB = scene::Colour::rgb(0xF4F1EA);   // white group
constexpr scene::Colour kBeadEdge = scene::Colour::rgb(0x6B3A38);
constexpr scene::Colour kCover = scene::Colour::rgb(0x8A8F9C);
constexpr scene::Colour kBarFill = scene::Colour::rgb(0xDCE8F7);
constexpr scene::Colour kBarShaded = scene::Colour::rgb(0x6FA8DC);
constexpr scene::Colour kBarEdge = scene::Colour::rgb(0x2B5A87);

scene::Text label(std::string s, float x, float y, float size, std::uint64_t tag) {
    scene::Text t;
    t.text = std::move(s);
    t.x = x;
    t.y = y + 0.36f * size;
    t.size = size;
    t.colour = palette::kInk;
    t.align = scene::Align::Centre;
    t.tag = tag;
    return t;
}

float f(double v) { return static_cast<float>(v); }

std::string withUnit(const model::Value& v, const std::string& unit) { return model::valueWithUnit(v, unit); }
}  // namespace

scene::Rect buildBeadString(scene::Layer& layer, const model::Board& board, const model::Model& m) {
    const model::BeadString& beads = m.layouts.beads;
    const model::Group* g = model::findGroup(board, m.group);
    const float d = beads.size > kLargeString ? kSmallBead : kBead;
    const float step = d + kBeadGap;
    const float ox = f(m.at.x), oy = f(m.at.y);
    const float cy = oy + 0.5f * d;
    auto beadX = [&](int bead) {  // bead 1..size; the counted ones on the left, a gap, then the rest
        const float gap = bead > beads.counted ? kCountedGap * step : 0.0f;
        return ox + 0.5f * d + static_cast<float>(bead - 1) * step + gap;
    };
    const float right = beadX(beads.size) + 0.5f * d;
    layer.shapes.push_back(scene::capsule(ox - 10.0f, cy, right + 10.0f, cy, kStringThickness, palette::kInk));
    const int group = model::colourGroupSize(beads.size);
    for (int b = 1; b <= beads.size; ++b) {
        const bool first = ((b - 1) / group) % 2 == 0;
        scene::Shape bead = scene::disc(beadX(b), cy, d, first ? kBeadA : kBeadB);
        bead.outline = kBeadEdge;
        bead.outlineWidth = 2.0f;
        bead.shading = 0.8f;
        bead.tag = makeTag(m.id, TagKind::Model, static_cast<std::uint32_t>(b));
        layer.shapes.push_back(bead);
    }
    // Dividers sit in the gap after their bead; each part's value is written under it.
    int from = 1;
    std::vector<int> ends = beads.dividers;
    ends.push_back(beads.counted);
    const std::vector<model::Value> parts = g != nullptr ? g->quantity.partValues() : std::vector<model::Value>{};
    for (size_t i = 0; i < ends.size() && ends[i] >= from; ++i) {
        const int to = ends[i];
        if (i + 1 < ends.size()) {
            const float x = beadX(to) + 0.5f * step;
            layer.shapes.push_back(scene::capsule(x, cy - 0.9f * d, x, cy + 0.9f * d, 3.0f, palette::kInk));
        }
        const bool unknown = g != nullptr && g->quantity.unknown.kind == model::UnknownKind::Part &&
                             g->quantity.unknown.part == static_cast<int>(i);
        const std::string text = unknown ? "?" : (i < parts.size() ? model::numeral(parts[i]) : std::to_string(to - from + 1));
        layer.texts.push_back(label(text, 0.5f * (beadX(from) + beadX(to)), cy + d + 0.5f * kLabelSize, kLabelSize,
                                    makeTag(m.id, TagKind::Readout, 0)));
        from = to + 1;
    }
    if (beads.cover) {
        const float x0 = beadX(beads.cover->first) - 0.5f * d - 4.0f, x1 = beadX(beads.cover->last) + 0.5f * d + 4.0f;
        scene::Shape cover = scene::rect(0.5f * (x0 + x1), cy, x1 - x0, d + 16.0f, kCover, 10.0f);
        layer.shapes.push_back(cover);
        layer.texts.push_back(label("?", 0.5f * (x0 + x1), cy, kLabelSize, 0));
    }
    return scene::Rect{ox - 10.0f, oy, right - ox + 20.0f, d + 1.5f * kLabelSize + 8.0f};
}

scene::Rect buildBarModel(scene::Layer& layer, const model::Board& board, const model::Model& m) {
    const model::Group* g = model::findGroup(board, m.group);
    if (g == nullptr) return {};
    const model::Quantity& q = g->quantity;
    const std::vector<model::Value> parts = q.partValues();
    const model::BarLayout& bar = m.layouts.bar;
    const float ox = f(m.at.x), oy = f(m.at.y);
    const std::uint64_t tag = makeTag(m.id, TagKind::Model, 0);
    auto box = [&](float x, float y, float w, scene::Colour fill, const std::string& text) {
        scene::Shape s = scene::rect(x + 0.5f * w, y + 0.5f * kBarHeight, w, kBarHeight, fill, kBarRadius);
        s.outline = kBarEdge;
        s.outlineWidth = kBarOutline;
        s.tag = tag;
        layer.shapes.push_back(s);
        if (!text.empty()) layer.texts.push_back(label(text, x + 0.5f * w, y + 0.5f * kBarHeight, kValueSize, tag));
    };
    const bool wholeUnknown = q.unknown.kind == model::UnknownKind::Whole;
    auto partUnknown = [&](size_t i) {
        return q.unknown.kind == model::UnknownKind::Part && q.unknown.part == static_cast<int>(i);
    };
    const double whole = static_cast<double>(q.value().milli());
    float height = 0;
    switch (bar.mode) {
    case model::BarMode::Comparison: {
        // Bars aligned at the left, the longest full width; the difference marked on each shorter bar.
        std::int64_t longest = 1;
        for (const model::Value& v : parts) longest = std::max(longest, v.milli());
        for (size_t i = 0; i < parts.size(); ++i) {
            const float y = oy + static_cast<float>(i) * (kBarHeight + kBarGap);
            const float w = std::max(kBarHeight, kBarWidth * static_cast<float>(parts[i].milli()) / static_cast<float>(longest));
            box(ox, y, w, kBarFill, partUnknown(i) ? "?" : withUnit(parts[i], bar.unit));
            if (w < kBarWidth - 1.0f) {
                const bool diffUnknown = q.unknown.kind == model::UnknownKind::Difference;
                const auto diff = model::Value::fromMilli(longest - parts[i].milli());
                scene::Shape gap = scene::rect(ox + 0.5f * (w + kBarWidth), y + 0.5f * kBarHeight, kBarWidth - w - 6.0f,
                                               kBarHeight - 20.0f, palette::kSelectionFill, 4.0f);
                gap.outline = palette::kSoftInk;
                gap.outlineWidth = 2.0f;
                layer.shapes.push_back(gap);
                layer.texts.push_back(label(diffUnknown || !diff ? "?" : withUnit(diff.value(), bar.unit),
                                            ox + 0.5f * (w + kBarWidth), y + 0.5f * kBarHeight, kValueSize, tag));
            }
        }
        height = static_cast<float>(parts.size()) * (kBarHeight + kBarGap);
        break;
    }
    case model::BarMode::EqualParts:
    case model::BarMode::PartWhole: {
        box(ox, oy, kBarWidth, kBarFill, wholeUnknown ? "?" : withUnit(q.value(), bar.unit));
        float x = ox;
        const float y = oy + kBarHeight + kBarGap;
        for (size_t i = 0; i < parts.size(); ++i) {
            const float w = whole > 0 ? kBarWidth * static_cast<float>(static_cast<double>(parts[i].milli()) / whole)
                                      : kBarWidth / static_cast<float>(parts.size());
            const bool shaded = bar.mode == model::BarMode::EqualParts && static_cast<int>(i) < bar.shaded;
            const bool showValue = bar.mode == model::BarMode::PartWhole || shaded;
            box(x, y, std::max(w, 1.0f), shaded ? kBarShaded : kBarFill,
                partUnknown(i) ? "?" : showValue && w > kValueSize ? withUnit(parts[i], bar.unit) : "");
            x += w;
        }
        height = 2 * kBarHeight + kBarGap;
        break;
    }
    }
    return scene::Rect{ox, oy, kBarWidth, height};
}

}  // namespace tenfold::repr
