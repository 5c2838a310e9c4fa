// Drawing part-whole models and numeral cards.
#include "representations/part_whole_view.hpp"

#include "model/forms.hpp"
#include "model/representation.hpp"
#include "model/text.hpp"
#include "representations/palette.hpp"
#include "representations/pieces_view.hpp"
#include "representations/tags.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::repr {

namespace {
constexpr float kSpread = 150.0f;       // centre-to-centre spacing of the parts
constexpr float kReach = 210.0f;        // whole-to-parts distance
constexpr float kLineWidth = 3.0f;
constexpr float kCircleOutline = 4.0f;
constexpr float kValueSize = 48.0f;
constexpr float kCardWidth = 320.0f, kCardHeight = 170.0f;

scene::Text centred(std::string s, float x, float y, float size, scene::Colour c, std::uint64_t tag) {
    scene::Text t;
    t.text = std::move(s);
    t.x = x;
    t.y = y + 0.36f * size;
    t.size = size;
    t.colour = c;
    t.align = scene::Align::Centre;
    t.tag = tag;
    return t;
}

void circle(scene::Layer& layer, float x, float y, float d, const std::string& label, std::uint64_t tag) {
    scene::Shape s = scene::disc(x, y, d, palette::kCard);
    s.outline = palette::kInk;
    s.outlineWidth = kCircleOutline;
    s.tag = tag;
    layer.shapes.push_back(s);
    layer.texts.push_back(centred(label, x, y, kValueSize, palette::kInk, tag));
}
}  // namespace

scene::Rect buildPartWholeModel(scene::Layer& layer, const model::Board& board, const model::Model& m) {
    const model::Group* group = model::findGroup(board, m.group);
    if (group == nullptr) return {};
    const model::Quantity& q = group->quantity;
    const std::vector<model::Value> parts = q.partValues();
    const int n = static_cast<int>(parts.size());
    // Local frame: whole at the origin, parts along +reach, spread across; then rotated by orientation.
    float ax = 0, ay = 1;  // direction from the whole to the parts
    switch (m.layouts.orientation) {
    case model::Orientation::WholeAbove: ax = 0; ay = 1; break;
    case model::Orientation::WholeBelow: ax = 0; ay = -1; break;
    case model::Orientation::WholeLeft: ax = 1; ay = 0; break;
    case model::Orientation::WholeRight: ax = -1; ay = 0; break;
    }
    // Across the parts: always left to right or top to bottom, so the parts read in order.
    const float bx = std::abs(ay), by = std::abs(ax);
    const float ox = static_cast<float>(m.at.x), oy = static_cast<float>(m.at.y);
    const float half = 0.5f * kSpread * static_cast<float>(n - 1);
    const float wx = ox + half + 0.5f * kPartDiameter, wy = oy + 0.5f * kWholeDiameter;  // whole's centre
    auto label = [&](bool unknown, model::Value v) { return unknown ? std::string("?") : model::numeral(v); };
    std::vector<std::pair<float, float>> centres;
    for (int i = 0; i < n; ++i) {
        const float across = -half + kSpread * static_cast<float>(i);
        centres.emplace_back(wx + ax * kReach + bx * across, wy + ay * kReach + by * across);
    }
    for (const auto& [px, py] : centres) {
        layer.shapes.push_back(scene::capsule(wx, wy, px, py, 0.5f * kLineWidth, palette::kInk));
    }
    const bool wholeUnknown = q.unknown.kind == model::UnknownKind::Whole;
    circle(layer, wx, wy, kWholeDiameter, label(wholeUnknown, q.value()), makeTag(m.id, TagKind::Model, 0));
    for (int i = 0; i < n; ++i) {
        const bool unknown = q.unknown.kind == model::UnknownKind::Part && q.unknown.part == i;
        circle(layer, centres[static_cast<size_t>(i)].first, centres[static_cast<size_t>(i)].second, kPartDiameter,
               label(unknown, parts[static_cast<size_t>(i)]), makeTag(m.id, TagKind::Model, static_cast<std::uint32_t>(i + 1)));
    }
    float minX = wx - 0.5f * kWholeDiameter, maxX = wx + 0.5f * kWholeDiameter;
    float minY = wy - 0.5f * kWholeDiameter, maxY = wy + 0.5f * kWholeDiameter;
    for (const auto& [px, py] : centres) {
        minX = std::min(minX, px - 0.5f * kPartDiameter);
        maxX = std::max(maxX, px + 0.5f * kPartDiameter);
        minY = std::min(minY, py - 0.5f * kPartDiameter);
        maxY = std::max(maxY, py + 0.5f * kPartDiameter);
    }
    return scene::Rect{minX, minY, maxX - minX, maxY - minY};
}

scene::Rect buildNumeralCard(scene::Layer& layer, const model::Board& board, const model::Model& m) {
    const model::Group* group = model::findGroup(board, m.group);
    if (group == nullptr) return {};
    const float x = static_cast<float>(m.at.x), y = static_cast<float>(m.at.y);
    const std::uint64_t tag = makeTag(m.id, TagKind::Model, 0);
    scene::Shape card = scene::rect(x + 0.5f * kCardWidth, y + 0.5f * kCardHeight, kCardWidth, kCardHeight, palette::kCard, 14.0f);
    card.outline = palette::kCardEdge;
    card.outlineWidth = 2.0f;
    card.tag = tag;
    layer.shapes.push_back(card);
    layer.texts.push_back(centred(model::numeral(group->quantity.value()), x + 0.5f * kCardWidth, y + 0.42f * kCardHeight,
                                  kValueSize * 1.3f, palette::kInk, tag));
    layer.texts.push_back(centred(model::representationName(m.kind), x + 0.5f * kCardWidth, y + 0.8f * kCardHeight, 24.0f,
                                  palette::kSoftInk, tag));
    return scene::Rect{x, y, kCardWidth, kCardHeight};
}

}  // namespace tenfold::repr
