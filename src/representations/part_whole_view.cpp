// Drawing part-whole models and numeral cards.
#include "representations/part_whole_view.hpp"

#include "model/describe.hpp"
#include "model/forms.hpp"
#include "model/representation.hpp"
#include "model/text.hpp"
#include "model/words.hpp"
#include "representations/levels.hpp"
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
constexpr float kCircleTextPad = 10.0f;  // between a circle's value and its rim
constexpr float kRimNumeralSize = 0.26f;  // a circle holding pieces: its numeral's size and centre, of the diameter
constexpr float kRimNumeralAt = 0.33f;
constexpr float kCardWidth = 320.0f, kCardHeight = 170.0f;

scene::Text centred(std::string s, float x, float y, float size, scene::Colour c, std::uint64_t tag,
                    scene::TextRole role = scene::TextRole::Readout) {
    return scene::centredText(std::move(s), x, y, size, c, tag, role);
}

void circle(scene::Layer& layer, float x, float y, float d, const std::string& label, std::uint64_t tag) {
    scene::Shape s = scene::disc(x, y, d, palette::kCard);
    s.outline = palette::kInk;
    s.outlineWidth = kCircleOutline;
    s.tag = tag;
    layer.shapes.push_back(s);
    if (!label.empty()) layer.texts.push_back(centred(label, x, y, kValueSize, palette::kInk, tag));
}
}  // namespace

namespace {
struct Layout {
    float wx = 0, wy = 0;                             // the whole's centre
    std::vector<std::pair<float, float>> centres;     // the parts' centres
};

Layout layoutOf(const model::Model& m, int n) {
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
    Layout l;
    // The model's top-left stays put whichever way it faces.
    l.wx = ox + 0.5f * kWholeDiameter + (ax < 0 ? kReach : 0.0f) + (ay != 0 ? half + 0.5f * kPartDiameter - 0.5f * kWholeDiameter : 0.0f);
    l.wy = oy + 0.5f * kWholeDiameter + (ay < 0 ? kReach : 0.0f) + (ax != 0 ? half + 0.5f * kPartDiameter - 0.5f * kWholeDiameter : 0.0f);
    for (int i = 0; i < n; ++i) {
        const float across = -half + kSpread * static_cast<float>(i);
        l.centres.emplace_back(l.wx + ax * kReach + bx * across, l.wy + ay * kReach + by * across);
    }
    return l;
}

// Small base 10 blocks for a part inside its circle: flats, rods, then ones in rows of five. False when
// there are too many to show (the circle shows its numeral instead).
bool miniPieces(scene::Layer& layer, const model::PlaceCounts& counts, float cx, float cy, float diameter,
                palette::Scheme scheme) {
    constexpr std::int64_t kMostPieces = 24;
    std::int64_t total = 0;
    for (model::Place p : model::kAllPlaces) total += counts.count(p);
    if (total > kMostPieces || counts.count(model::Place::Thousands) > 0 || total == 0) return false;
    for (model::Place p : model::kAllPlaces) {
        if (counts.count(p) > 0 && static_cast<int>(p) < static_cast<int>(model::Place::Ones)) return false;
    }
    const std::int64_t flats = counts.count(model::Place::Hundreds), rods = counts.count(model::Place::Tens),
                       ones = counts.count(model::Place::Ones);
    // Sizes in cubes; then one cube as large as the circle allows (a few ones are big, many are small).
    constexpr float kGap = 1.2f, kOneStep = 1.4f;
    const float widthCubes = static_cast<float>(flats) * (10 + kGap) + static_cast<float>(rods) * (1 + kGap) +
                             static_cast<float>(std::min<std::int64_t>(ones, 5)) * kOneStep;
    const float heightCubes = std::max(flats + rods > 0 ? 10.0f : 0.0f, static_cast<float>((ones + 4) / 5) * kOneStep);
    const float u = std::min({0.6f * diameter / widthCubes, 0.5f * diameter / heightCubes, diameter / 8.0f});
    const float gap = kGap * u;
    const float width = widthCubes * u;
    float x = cx - 0.5f * width;
    const float top = cy - 0.5f * heightCubes * u - 0.06f * diameter;
    auto block = [&](model::Place p, float bx, float by, float w, float h, int cx_, int cy_) {
        const palette::PlaceColours c = palette::placeColours(p, scheme);
        scene::Shape s = scene::rect(bx + 0.5f * w, by + 0.5f * h, w, h, c.fill, 0.6f);
        s.outline = c.edge;
        s.outlineWidth = 0.6f;
        s.shading = 0.6f;
        s.cellsX = cx_;
        s.cellsY = cy_;
        s.cellLine = 0.3f;
        layer.shapes.push_back(s);
    };
    for (std::int64_t i = 0; i < flats; ++i, x += 10 * u + gap) block(model::Place::Hundreds, x, top, 10 * u, 10 * u, 10, 10);
    for (std::int64_t i = 0; i < rods; ++i, x += u + gap) block(model::Place::Tens, x, top, u, 10 * u, 1, 10);
    for (std::int64_t i = 0; i < ones; ++i) {
        block(model::Place::Ones, x + static_cast<float>(i % 5) * kOneStep * u, top + static_cast<float>(i / 5) * kOneStep * u, u, u,
              1, 1);
    }
    return true;
}

scene::Rect circlesAt(scene::Layer& layer, const model::Board& board, const model::Model& m, int level,
                      const TextScale& ts) {
    const model::Group* group = model::findGroup(board, m.group);
    if (group == nullptr) return {};
    const model::Quantity& q = group->quantity;
    if (level >= 2) {
        std::vector<std::string> lines{model::wholeFirstEquation(q)};
        const model::ModelDescription d = model::describeModel(board, m);
        if (q.unknown.kind == model::UnknownKind::None && d.factFamily.size() >= 2) {
            lines.push_back(d.factFamily.front());
            lines.push_back(d.factFamily[d.factFamily.size() / 2 - 1]);
        }
        return abstractCard(layer, static_cast<float>(m.at.x), static_cast<float>(m.at.y), lines,
                            makeTag(m.id, TagKind::Handle, handleIndex(Handle::Circle, 0)), 0, ts);
    }
    const std::vector<model::Value> parts = q.partValues();
    const int n = static_cast<int>(parts.size());
    const Layout l = layoutOf(m, n);
    const palette::Scheme scheme = palette::schemeNamed(board.settings.palette);
    auto label = [&](bool unknown, model::Value v) { return unknown ? std::string("?") : model::numeral(v); };
    for (const auto& [px, py] : l.centres) {
        layer.shapes.push_back(scene::capsule(l.wx, l.wy, px, py, 0.5f * kLineWidth, palette::kInk));
    }
    // Concrete: the whole holds every piece, each part its own; a "?" stays a "?".
    auto fill = [&](float x, float y, float d, bool unknown, const model::PlaceCounts& counts, model::Value v,
                    std::uint64_t tag) {
        const bool pieces = level == 0 && !unknown && miniPieces(layer, counts, x, y, d, scheme);
        if (pieces) {
            // The numeral smaller, at the rim, so the pieces are what is counted.
            layer.texts.push_back(centred(model::numeral(v), x, y + kRimNumeralAt * d, kRimNumeralSize * d, palette::kInk,
                                          tag, scene::TextRole::Label));
        } else {
            // At least its smallest size on screen, but never wider than its circle.
            const std::string s = label(unknown, v);
            float size = ts.size(scene::TextRole::Readout, kValueSize);
            const float room = d - 2 * kCircleTextPad;
            if (const float w = ts.measure(s, size); w > room) size *= room / w;
            layer.texts.push_back(centred(s, x, y, size, palette::kInk, tag));
        }
    };
    const bool wholeUnknown = q.unknown.kind == model::UnknownKind::Whole;
    const std::uint64_t wholeTag = makeTag(m.id, TagKind::Handle, handleIndex(Handle::Circle, 0));
    circle(layer, l.wx, l.wy, kWholeDiameter, "", wholeTag);
    fill(l.wx, l.wy, kWholeDiameter, wholeUnknown, q.pooled(), q.value(), wholeTag);
    for (int i = 0; i < n; ++i) {
        const bool unknown = q.unknown.kind == model::UnknownKind::Part && q.unknown.part == i;
        const auto [px, py] = l.centres[static_cast<size_t>(i)];
        const std::uint64_t tag = makeTag(m.id, TagKind::Handle, handleIndex(Handle::Circle, static_cast<std::uint32_t>(i + 1)));
        circle(layer, px, py, kPartDiameter, "", tag);
        fill(px, py, kPartDiameter, unknown, q.parts[static_cast<size_t>(i)], parts[static_cast<size_t>(i)], tag);
    }
    float minX = l.wx - 0.5f * kWholeDiameter, maxX = l.wx + 0.5f * kWholeDiameter;
    float minY = l.wy - 0.5f * kWholeDiameter, maxY = l.wy + 0.5f * kWholeDiameter;
    for (const auto& [px, py] : l.centres) {
        minX = std::min(minX, px - 0.5f * kPartDiameter);
        maxX = std::max(maxX, px + 0.5f * kPartDiameter);
        minY = std::min(minY, py - 0.5f * kPartDiameter);
        maxY = std::max(maxY, py + 0.5f * kPartDiameter);
    }
    return scene::Rect{minX, minY, maxX - minX, maxY - minY};
}
}  // namespace

void partWholeCircleCentre(const model::Board& board, const model::Model& m, int circle, float& x, float& y) {
    const model::Group* group = model::findGroup(board, m.group);
    const Layout l = layoutOf(m, group != nullptr ? group->quantity.partCount() : 2);
    x = l.wx;
    y = l.wy;
    if (circle >= 1 && circle <= static_cast<int>(l.centres.size())) {
        x = l.centres[static_cast<size_t>(circle - 1)].first;
        y = l.centres[static_cast<size_t>(circle - 1)].second;
    }
}

scene::Rect buildPartWholeModel(scene::Layer& layer, const model::Board& board, const model::Model& m, float level,
                                bool factFamily, const TextScale& text) {
    scene::Rect area =
        buildAtLevel(layer, level, [&](scene::Layer& l, int at) { return circlesAt(l, board, m, at, text); });
    if (factFamily) {
        const model::ModelDescription d = model::describeModel(board, m);
        if (!d.factFamily.empty()) {
            // Whole last, then whole first: two columns beside the model, as wide as their longest sentence.
            const std::size_t half = (d.factFamily.size() + 1) / 2;
            const float x = area.x + area.w + 40.0f;
            constexpr float kLineSize = 36.0f, kColumnWidth = 230.0f, kColumnGap = 24.0f;
            const float line = text.size(scene::TextRole::Readout, kLineSize);
            float column = kColumnWidth;
            for (const std::string& f : d.factFamily) column = std::max(column, text.measure(f, line) + kColumnGap);
            float bottom = area.y;
            for (std::size_t i = 0; i < d.factFamily.size(); ++i) {
                const float cx = x + (i < half ? 0.0f : column);
                const float y = area.y + 40.0f + static_cast<float>(i < half ? i : i - half) * (line * (1 + 12.0f / kLineSize));
                scene::Text t = centred(d.factFamily[i], cx + 0.5f * column, y, line, palette::kInk, 0);
                layer.texts.push_back(t);
                bottom = std::max(bottom, y + line);
            }
            area.w += 40.0f + 2 * column;
            area.h = std::max(area.h, bottom - area.y);
        }
    }
    return area;
}

scene::Rect buildNumeralCard(scene::Layer& layer, const model::Board& board, const model::Model& m, const TextScale& text) {
    const model::Group* group = model::findGroup(board, m.group);
    if (group == nullptr) return {};
    const float x = static_cast<float>(m.at.x), y = static_cast<float>(m.at.y);
    const std::uint64_t tag = makeTag(m.id, TagKind::Model, 0);
    // The number large, and under it (its tab already says "numeral") the number in words when they are
    // short enough for a card; the card grows with its text.
    constexpr float kNumberSize = 1.3f * kValueSize, kWordsSize = 24.0f;
    constexpr float kTopPad = 40.0f, kWordsGap = 21.6f, kBottomPad = 22.0f, kSidePad = 24.0f;
    constexpr std::size_t kLongestWords = 22;
    const std::string number = model::numeral(group->quantity.value());
    std::string words = model::words(group->quantity.value());
    if (words.size() > kLongestWords) words.clear();
    const float numberSize = text.size(scene::TextRole::Numeral, kNumberSize);
    const float wordsSize = text.size(scene::TextRole::Readout, kWordsSize);
    const float k = numberSize / kNumberSize;
    const float numberY = y + kTopPad * k + 0.5f * numberSize;
    const float wordsY = numberY + 0.5f * numberSize + kWordsGap * k + 0.5f * wordsSize;
    const float height = std::max(kCardHeight, (words.empty() ? numberY + 0.5f * numberSize : wordsY + 0.5f * wordsSize) +
                                                   kBottomPad * k - y);
    float width = std::max(kCardWidth, text.measure(number, numberSize) + 2 * kSidePad * k);
    if (!words.empty()) width = std::max(width, text.measure(words, wordsSize) + 2 * kSidePad * k);
    scene::Shape card = scene::rect(x + 0.5f * width, y + 0.5f * height, width, height, palette::kCard, 14.0f);
    card.outline = palette::kCardEdge;
    card.outlineWidth = 2.0f;
    card.tag = tag;
    layer.shapes.push_back(card);
    layer.texts.push_back(centred(number, x + 0.5f * width, numberY, numberSize, palette::kInk, tag, scene::TextRole::Numeral));
    if (!words.empty()) layer.texts.push_back(centred(words, x + 0.5f * width, wordsY, wordsSize, palette::kInk, tag));
    return scene::Rect{x, y, width, height};
}

}  // namespace tenfold::repr
