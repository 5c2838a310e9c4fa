// Drawing bead strings and bar models, at the concrete, pictorial and abstract levels.
#include "representations/bar_bead_view.hpp"

#include "model/bar_model.hpp"
#include "model/bar_views.hpp"
#include "model/bead_string.hpp"
#include "model/describe.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"
#include "model/fraction_bars.hpp"
#include "representations/levels.hpp"
#include "representations/palette.hpp"
#include "representations/tags.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::repr {

namespace {
constexpr float kBead = 40.0f;          // bead diameter on strings of up to 20 beads
constexpr float kSmallBead = 30.0f;     // on the 50 and 100 strings
constexpr float kBeadGap = 4.0f;
constexpr float kCountedGap = 3.0f;     // beads' widths between the counted side and the rest
constexpr float kStringThickness = 2.0f;
constexpr float kLabelSize = 34.0f;
constexpr float kSentenceShare = 0.8f;      // the count-on sentence, of the label size
constexpr float kSentenceLine = 1.3f;       // ... its line height, in its size
constexpr float kSentenceRoom = 640.0f;     // ... it wraps to the string's width, or this when that is shorter
constexpr float kBarRadius = 6.0f;
constexpr float kBarOutline = 3.0f;
constexpr float kValueSize = 34.0f;
constexpr float kBarTextPad = 16.0f;        // a value in a bar: this much taller and wider than its text
constexpr int kLargeString = 20;
constexpr double kMostCubesInABar = 100;    // a concrete bar is made of unit cubes up to this whole
constexpr float kDividerGrip = 24.0f;       // a divider's touch area is at least this wide
constexpr float kBarLabelSize = 28.0f;      // "Tom", "Apples": beside or under a bar
constexpr float kLabelGap = 14.0f;
constexpr float kFactsGap = 1.5f;           // between the columns of a bar's fact family, in its text size
constexpr float kHopRise = 70.0f;           // how high a count-on hop arcs over the beads, at most
constexpr float kHopThickness = 3.0f;
constexpr scene::Colour kHop = scene::Colour::rgb(0x3C78D8);  // opaque, so the arc's segments join cleanly
constexpr scene::Colour kBeadA = scene::Colour::rgb(0xD9534F);   // red group
constexpr scene::Colour kBeadB = scene::Colour::rgb(0xF4F1EA);   // white group
constexpr scene::Colour kBeadEdge = scene::Colour::rgb(0x6B3A38);
constexpr scene::Colour kCover = scene::Colour::rgb(0x8A8F9C);
constexpr scene::Colour kBarFill = scene::Colour::rgb(0xDCE8F7);
constexpr scene::Colour kBarShaded = scene::Colour::rgb(0x6FA8DC);
constexpr scene::Colour kBarEdge = scene::Colour::rgb(0x2B5A87);
constexpr scene::Colour kCube = scene::Colour::rgb(0xF2C14E);
constexpr scene::Colour kCubeEdge = scene::Colour::rgb(0x9A7320);
constexpr scene::Colour kInvisible = scene::Colour::rgb(0xFFFFFF, 0.0f);

scene::Text label(std::string s, float x, float y, float size, std::uint64_t tag) {
    return scene::centredText(std::move(s), x, y, size, palette::kInk, tag, scene::TextRole::Readout);
}

float f(double v) { return static_cast<float>(v); }

std::uint64_t handle(const model::Model& m, Handle h, int n) {
    return makeTag(m.id, TagKind::Handle, handleIndex(h, static_cast<std::uint32_t>(n)));
}

std::string withUnit(const model::Value& v, const std::string& unit) { return model::valueWithUnit(v, unit); }

// The abstract level of any model: its number sentence large, then its stem sentence.
scene::Rect sentenceCard(scene::Layer& layer, const model::Board& board, const model::Model& m, float minWidth,
                         const TextScale& text) {
    const model::Group* g = model::findGroup(board, m.group);
    if (g == nullptr) return {};
    const model::ModelDescription d = model::describeModel(board, m);
    std::vector<std::string> lines{model::wholeFirstEquation(g->quantity)};
    if (!d.stemSentence.empty() && g->quantity.unknown.kind == model::UnknownKind::None) lines.push_back(d.stemSentence);
    return abstractCard(layer, f(m.at.x), f(m.at.y), lines, makeTag(m.id, TagKind::Model, 0), minWidth, text);
}

scene::Rect beadsAt(scene::Layer& layer, const model::Board& board, const model::Model& m, int level,
                    const TextScale& ts) {
    const model::BeadString& beads = m.layouts.beads;
    const model::Group* g = model::findGroup(board, m.group);
    BeadGeometry geo = beadGeometry(m);
    // 38 + ? = 40: the beads counted on wait on the far side until the answer is revealed.
    if (g != nullptr) geo.counted = model::beadsShownCounted(beads, g->quantity);
    if (level >= 2) return sentenceCard(layer, board, m, 0, ts);
    const float labelSize = ts.size(scene::TextRole::Readout, kLabelSize);  // part values, "+2", "?"
    const bool sketch = level == 1;
    const float d = geo.d, cy = geo.cy, ox = geo.ox;
    layer.shapes.push_back(scene::capsule(ox - 10.0f, cy, geo.right() + 10.0f, cy, sketch ? 1.5f : kStringThickness, palette::kInk));
    const int group = model::colourGroupSize(beads.size, board.settings.beadColours);
    for (int b = 1; b <= beads.size; ++b) {
        const bool first = ((b - 1) / group) % 2 == 0;
        // Concrete: shaded beads. Pictorial: circles a child would draw, filled or open by colour group.
        scene::Shape bead = scene::disc(geo.beadX(b), cy, sketch ? 0.72f * d : d,
                                        sketch ? (first ? palette::kInk : palette::kCard) : (first ? kBeadA : kBeadB));
        bead.outline = sketch ? palette::kInk : kBeadEdge;
        bead.outlineWidth = 2.0f;
        bead.shading = sketch ? 0.0f : 0.8f;
        bead.tag = handle(m, Handle::Bead, b);
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
            const float x = geo.beadX(to) + 0.5f * geo.step;
            // A wide, invisible grip under a thin line: easy to catch, calm to look at.
            scene::Shape grip = scene::rect(x, cy, std::max(kDividerGrip, geo.step - d + 8.0f), 2.2f * d, kInvisible, 4.0f);
            grip.tag = handle(m, Handle::Divider, static_cast<int>(i));
            layer.shapes.push_back(grip);
            scene::Shape line = scene::capsule(x, cy - 0.9f * d, x, cy + 0.9f * d, 3.0f, palette::kInk);
            line.tag = grip.tag;
            layer.shapes.push_back(line);
        }
        const bool unknown = g != nullptr && g->quantity.unknown.kind == model::UnknownKind::Part &&
                             g->quantity.unknown.part == static_cast<int>(i);
        const std::string text = unknown ? "?" : (i < parts.size() ? model::numeral(parts[i]) : std::to_string(to - from + 1));
        layer.texts.push_back(label(text, 0.5f * (geo.beadX(from) + geo.beadX(to)), cy + d + 0.5f * labelSize, labelSize,
                                    makeTag(m.id, TagKind::Readout, 0)));
        from = to + 1;
    }
    if (beads.cover) {
        const float x0 = geo.beadX(beads.cover->first) - 0.5f * d - 4.0f, x1 = geo.beadX(beads.cover->last) + 0.5f * d + 4.0f;
        scene::Shape cover = scene::rect(0.5f * (x0 + x1), cy, x1 - x0, d + 16.0f, kCover, 10.0f);
        layer.shapes.push_back(cover);
        layer.texts.push_back(label("?", 0.5f * (x0 + x1), cy, labelSize, 0));
    }
    float below = d + 1.5f * labelSize + 8.0f, above = 0.0f;
    float widest = 0;  // the count-on sentence, centred under the string
    if (beads.countOn) {
        // Count on: one hop to the next ten, then a hop for the rest (8 + 5: +2 to 10, +3 to 13), each an
        // arc over the beads it adds with its "+n" on top, and the landing numbers under the arcs' ends.
        const auto steps = model::bridgeSteps(beads);
        // 38 + ? = 40: the hops say "?" and the sentence keeps the answer back until it is revealed.
        const bool asked = g != nullptr && model::countOnAsked(beads, g->quantity);
        const float base = cy - 0.5f * d - 6.0f;
        float highest = base;
        for (const model::BridgeStep& s : steps ? steps.value() : std::vector<model::BridgeStep>{}) {
            const float x0 = geo.gapX(s.from), x1 = geo.gapX(s.to);
            const float rise = std::min(kHopRise, 0.35f * (x1 - x0) + 0.5f * d);
            constexpr int kSegments = 14;
            for (int i = 0; i < kSegments; ++i) {
                auto at = [&](int k) {
                    const float t = static_cast<float>(k) / kSegments;
                    return std::pair{x0 + t * (x1 - x0), base - rise * std::sin(t * 3.14159265f)};
                };
                const auto [ax, ay] = at(i);
                const auto [bx, by] = at(i + 1);
                layer.shapes.push_back(scene::capsule(ax, ay, bx, by, kHopThickness, kHop));
            }
            layer.texts.push_back(label(asked ? std::string("?") : "+" + std::to_string(s.by), 0.5f * (x0 + x1), base - rise - 0.55f * labelSize,
                                        labelSize, 0));
            highest = std::min(highest, base - rise - labelSize);
            for (const int landing : {s.from, s.to}) {
                scene::Shape tick = scene::capsule(geo.gapX(landing), base - 6.0f, geo.gapX(landing), cy - 0.25f * d,
                                                   kHopThickness, kHop);
                layer.shapes.push_back(tick);
            }
        }
        above = cy - 0.5f * d - highest;
        // The sentence to say, under the part values: "8 + 5 = 13: 8 and 2 make 10, and 3 more make 13."
        // It wraps at its spaces to the string's width.
        auto sentence = asked ? model::Result<std::string>(model::tr("beads.count_on.asked",
                                                                     {std::to_string(beads.countOn->start),
                                                                      std::to_string(beads.countOn->start + beads.countOn->add)}))
                              : model::bridgeSentence(beads.countOn->start, beads.countOn->add);
        if (sentence) {
            const float size = ts.size(scene::TextRole::Readout, kSentenceShare * kLabelSize);
            const float room = std::max(geo.right() - ox, kSentenceRoom);
            float y = cy + d + labelSize + 0.8f * size;
            for (const std::string& piece : wrapText(sentence.value(), size, room, ts.font())) {
                layer.texts.push_back(label(piece, 0.5f * (ox + geo.right()), y, size, makeTag(m.id, TagKind::Readout, 0)));
                widest = std::max(widest, ts.measure(piece, size));
                below = std::max(below, y + 0.5f * size + 8.0f - (cy - 0.5f * d));
                y += kSentenceLine * size;
            }
        }
    }
    const float x0 = std::min(ox - 10.0f, 0.5f * (ox + geo.right() - widest));
    const float x1 = std::max(geo.right() + 10.0f, 0.5f * (ox + geo.right() + widest));
    return scene::Rect{x0, cy - 0.5f * d - above, x1 - x0, below + above};
}

// Sizes of a bar model's text for one zoom, and the bar height that holds its values.
struct BarSizes {
    float value = kValueSize;     // values in or above the bars, the stem sentence
    float label = kBarLabelSize;  // "Tom", "Apples"
    float bar = kBarHeight;
};

// One bar (or part of a bar): at the concrete level a train of unit cubes, else a plain bar. Its value is
// written in it, or just above it (over the cubes, or when it is too long for the bar).
void barBox(scene::Layer& layer, float x, float y, float w, scene::Colour fill, const std::string& text,
            std::uint64_t tag, double cubes, const BarSizes& sz, bool valueAbove) {
    scene::Shape s = scene::rect(x + 0.5f * w, y + 0.5f * sz.bar, w, sz.bar, fill, kBarRadius);
    s.outline = kBarEdge;
    s.outlineWidth = kBarOutline;
    s.tag = tag;
    layer.shapes.push_back(s);
    if (cubes > 0) {
        const int n = static_cast<int>(std::lround(cubes));
        const float cw = w / static_cast<float>(n);
        const float side = std::min(cw - 2.0f, kBarHeight - 16.0f);
        for (int i = 0; i < n; ++i) {
            scene::Shape cube = scene::rect(x + (static_cast<float>(i) + 0.5f) * cw, y + 0.5f * sz.bar, side, side, kCube, 2.0f);
            cube.outline = kCubeEdge;
            cube.outlineWidth = 1.0f;
            cube.shading = 0.7f;
            layer.shapes.push_back(cube);
        }
    }
    if (!text.empty()) {
        scene::Text t = label(text, x + 0.5f * w, y + 0.5f * sz.bar, sz.value, tag);
        if (cubes > 0 || valueAbove) t.y = y - 8.0f;  // above the bar, so both can be read
        layer.texts.push_back(t);
    }
}

// The fact family of a part-whole bar, when it is shown (empty otherwise, or for another mode).
std::vector<std::string> factsOf(const model::Model& m, const model::Quantity& q, bool factFamily) {
    if (!factFamily || m.layouts.bar.mode != model::BarMode::PartWhole) return {};
    const auto bar = model::partWholeBarOf(q, m.layouts.bar);
    return bar ? model::barFacts(bar.value()) : std::vector<std::string>{};
}

scene::Rect barAt(scene::Layer& layer, const model::Board& board, const model::Model& m, int level,
                  const TextScale& ts, bool factFamily) {
    const model::Group* g = model::findGroup(board, m.group);
    if (g == nullptr) return {};
    if (level >= 2 && m.layouts.bar.mode == model::BarMode::Fractions) {
        // A wall comparing two rows writes the comparison ("3/8 > 1/4", "3/8 - 1/4 = 1/8") over its sentence.
        std::vector<std::string> lines = model::wallWritten(m.layouts.bar.rows);
        if (!lines.empty()) {
            lines.push_back(model::describeModel(board, m).stemSentence);
            return abstractCard(layer, f(m.at.x), f(m.at.y), lines, makeTag(m.id, TagKind::Model, 0), kBarWidth, ts);
        }
    }
    if (level >= 2) {
        const std::vector<std::string> facts = factsOf(m, g->quantity, factFamily);
        if (facts.empty()) return sentenceCard(layer, board, m, kBarWidth, ts);
        // The number sentence large, then the facts (the subtraction facts among them), then the stem.
        std::vector<std::string> lines{model::wholeFirstEquation(g->quantity)};
        lines.insert(lines.end(), facts.begin(), facts.end());
        lines.push_back(model::describeModel(board, m).stemSentence);
        return abstractCard(layer, f(m.at.x), f(m.at.y), lines, makeTag(m.id, TagKind::Model, 0), kBarWidth, ts);
    }
    const model::Quantity& q = g->quantity;
    const std::vector<model::Value> parts = q.partValues();
    const model::BarLayout& bar = m.layouts.bar;
    const float ox = f(m.at.x), oy = f(m.at.y);
    const bool wholeUnknown = q.unknown.kind == model::UnknownKind::Whole;
    auto partUnknown = [&](size_t i) {
        return q.unknown.kind == model::UnknownKind::Part && q.unknown.part == static_cast<int>(i);
    };
    const double whole = static_cast<double>(q.value().milli());
    BarSizes sz;
    sz.value = ts.size(scene::TextRole::Readout, kValueSize);
    sz.label = ts.size(scene::TextRole::Readout, kBarLabelSize);
    sz.bar = std::max(kBarHeight, sz.value + kBarTextPad);
    // Concrete bars are trains of unit cubes, when they are whole numbers small enough to count.
    auto cubesFor = [&](const model::Value& v) {
        const bool countable = level == 0 && v.milli() % 1000 == 0 && whole <= kMostCubesInABar * 1000;
        return countable ? static_cast<double>(v.milli()) / 1000.0 : 0.0;
    };
    // The parts' values go above the parts at the concrete level (over the cubes), and whenever one of them
    // would not fit in its part at its size.
    // Every length as the model's layout functions define it (the whole, or the longest bar, is kBarWidth).
    // Not to scale: every part and bar at least as long as its value needs to be read.
    std::vector<double> least;
    double leastDifference = 0.0;
    if (bar.notToScale) {
        for (size_t i = 0; i < parts.size(); ++i)
            least.push_back(ts.measure(partUnknown(i) ? "?" : withUnit(parts[i], bar.unit), sz.value) + 2.0f * kBarTextPad);
        leastDifference = ts.measure(withUnit(q.value(), bar.unit), sz.value) + 2.0f * kBarTextPad;
    }
    const model::BarLengths lengths = model::barLengths(q, bar, kBarWidth, least, leastDifference);
    // A break mark across a length drawn shorter than to scale: a gap between two slanted strokes.
    auto breakMark = [&](float cx, float y) {
        const float slant = 0.35f * sz.bar, half = 0.5f * sz.bar + 6.0f;
        scene::Shape gap;
        gap.kind = scene::ShapeKind::Capsule;
        gap.x = cx - slant;
        gap.y = y + 0.5f * sz.bar + half;
        gap.w = cx + slant;
        gap.h = y + 0.5f * sz.bar - half;
        gap.radius = 5.0f;
        gap.fill = palette::kPaper;
        gap.decoration = true;
        layer.shapes.push_back(gap);
        for (const float dx : {-6.0f, 6.0f}) {
            scene::Shape stroke = gap;
            stroke.x += dx;
            stroke.w += dx;
            stroke.radius = 1.5f;
            stroke.fill = kBarEdge;
            layer.shapes.push_back(stroke);
        }
    };
    auto brokenAt = [&](size_t i) { return i < lengths.broken.size() && lengths.broken[i]; };
    auto partWidth = [&](size_t i) { return f(lengths.parts[i]); };
    bool valuesAbove = level == 0;
    if (bar.mode == model::BarMode::PartWhole) {
        for (size_t i = 0; i < parts.size(); ++i) {
            const std::string v = partUnknown(i) ? "?" : withUnit(parts[i], bar.unit);
            if (ts.measure(v, sz.value) + kBarTextPad > partWidth(i)) valuesAbove = true;
        }
    }
    const float top = level == 0 ? oy + sz.value : oy;  // room for the values above the cubes
    float height = 0;
    // Labels: the whole's (and each comparison bar's) to the left of its bar, each part's under it.
    auto labelOf = [&](size_t i) { return i < bar.labels.size() ? bar.labels[i] : std::string(); };
    float leftmost = ox;
    auto leftLabel = [&](const std::string& s, float y) {
        if (s.empty()) return;
        scene::Text t = scene::centredText(s, ox - kLabelGap, y + 0.5f * sz.bar, sz.label, palette::kInk, 0,
                                           scene::TextRole::Readout);
        t.align = scene::Align::Right;
        layer.texts.push_back(t);
        leftmost = std::min(leftmost, ox - kLabelGap - ts.measure(s, sz.label));
    };
    // How wide the model is drawn: kBarWidth, more for a bar not to scale that needs it, or a wall whose
    // narrowest parts need room for their labels.
    float drawnWidth = std::max(kBarWidth, f(lengths.whole));
    switch (bar.mode) {
    case model::BarMode::Comparison: {
        const float longestW = f(lengths.whole);  // the longest bar (longer than kBarWidth only not to scale)
        std::int64_t longest = 1;
        for (const model::Value& v : parts) longest = std::max(longest, v.milli());
        const float rowGap = level == 0 ? kBarGap + sz.value : kBarGap;
        for (size_t i = 0; i < parts.size(); ++i) {
            const float y = top + static_cast<float>(i) * (sz.bar + rowGap);
            const float w = std::max(sz.bar, f(lengths.parts[i]));
            barBox(layer, ox, y, w, kBarFill, partUnknown(i) ? "?" : withUnit(parts[i], bar.unit),
                   handle(m, Handle::BarPart, static_cast<int>(i)), cubesFor(parts[i]), sz, false);
            leftLabel(labelOf(i + 1), y);
            if (brokenAt(i)) breakMark(ox + 0.25f * w, y);
            if (w < longestW - 1.0f && lengths.differences[i] > 0.0) {
                const bool diffUnknown = q.unknown.kind == model::UnknownKind::Difference;
                const auto diff = model::Value::fromMilli(longest - parts[i].milli());
                scene::Shape gap = scene::rect(ox + 0.5f * (w + longestW), y + 0.5f * sz.bar, longestW - w - 6.0f,
                                               sz.bar - 20.0f, palette::kSelectionFill, 4.0f);
                gap.outline = palette::kSoftInk;
                gap.outlineWidth = 2.0f;
                gap.tag = handle(m, Handle::Difference, static_cast<int>(i));
                layer.shapes.push_back(gap);
                layer.texts.push_back(label(diffUnknown || !diff ? "?" : withUnit(diff.value(), bar.unit),
                                            ox + 0.5f * (w + longestW), y + 0.5f * sz.bar, sz.value, 0));
                if (i < lengths.differenceBroken.size() && lengths.differenceBroken[i]) breakMark(ox + w + 0.25f * (longestW - w), y);
            }
        }
        height = top - oy + static_cast<float>(parts.size()) * (sz.bar + rowGap);
        break;
    }
    case model::BarMode::EqualParts:
    case model::BarMode::PartWhole: {
        barBox(layer, ox, top, f(lengths.whole), kBarFill, wholeUnknown ? "?" : withUnit(q.value(), bar.unit),
               handle(m, Handle::BarWhole, 0), 0.0, sz, false);
        leftLabel(labelOf(0), top);
        bool partLabels = false;
        float x = ox;
        const float y = top + sz.bar + kBarGap + (valuesAbove ? sz.value : 0.0f);
        std::vector<float> boundaries;
        for (size_t i = 0; i < parts.size(); ++i) {
            const float w = partWidth(i);
            const bool shaded = bar.mode == model::BarMode::EqualParts && static_cast<int>(i) < bar.shaded;
            const bool showValue = bar.mode == model::BarMode::PartWhole || shaded;
            const std::string value = withUnit(parts[i], bar.unit);
            const bool fits = valuesAbove || ts.measure(value, sz.value) + kBarTextPad <= w;
            barBox(layer, x, y, std::max(w, 1.0f), shaded ? kBarShaded : kBarFill,
                   partUnknown(i) ? "?" : showValue && fits ? value : "",
                   handle(m, Handle::BarPart, static_cast<int>(i)), cubesFor(parts[i]), sz, valuesAbove);
            if (const std::string s = labelOf(i + 1); !s.empty()) {
                layer.texts.push_back(label(s, x + 0.5f * w, y + sz.bar + 0.9f * sz.label, sz.label, 0));
                partLabels = true;
            }
            // Its value is written in the middle; the break mark goes a quarter of the way along.
            if (brokenAt(i)) breakMark(x + 0.25f * w, y);
            x += w;
            if (i + 1 < parts.size() && bar.mode == model::BarMode::PartWhole) boundaries.push_back(x);
        }
        // The boundaries a finger drags to resize the parts (the whole stays), over the parts.
        for (size_t i = 0; i < boundaries.size(); ++i) {
            scene::Shape grip = scene::rect(boundaries[i], y + 0.5f * sz.bar, kDividerGrip, sz.bar + 24.0f, kInvisible, 4.0f);
            grip.tag = handle(m, Handle::Boundary, static_cast<int>(i));
            layer.shapes.push_back(grip);
            scene::Shape knob = scene::rect(boundaries[i], y + sz.bar + 10.0f, 14.0f, 14.0f, kBarEdge, 7.0f);
            knob.tag = grip.tag;
            layer.shapes.push_back(knob);
        }
        height = y + sz.bar + 24.0f - oy + (partLabels ? 1.2f * sz.label : 0.0f);
        break;
    }
    case model::BarMode::Fractions: {
        // A fraction wall: the whole on top, each row under it the same length in equal parts, each part
        // labelled with its fraction ("1/8"), the shaded ones darker. A tap on a part shades up to it. The
        // wall is widened until the narrowest part holds its label at the values' size (twelfths on a
        // laptop), so no label is ever shrunk.
        float wallW = kBarWidth;
        for (const model::FractionRow& row : bar.rows)
            wallW = std::max(wallW, static_cast<float>(row.parts) * (ts.measure(model::partLabel(row.parts), sz.value) + 12.0f));
        drawnWidth = wallW;
        barBox(layer, ox, top, wallW, kBarFill, wholeUnknown ? "?" : withUnit(q.value(), bar.unit),
               handle(m, Handle::BarWhole, 0), 0.0, sz, false);
        leftLabel(labelOf(0), top);
        float y = top + sz.bar + kBarGap;
        for (std::size_t r = 0; r < bar.rows.size(); ++r) {
            const model::FractionRow& row = bar.rows[r];
            const std::vector<double> widths = model::layoutFractionRow(row, wallW);
            const std::string text = model::partLabel(row.parts);
            const float size = sz.value;  // never shrunk: the wall is wide enough for it
            float x = ox;
            for (std::size_t i = 0; i < widths.size(); ++i) {
                const float w = f(widths[i]);
                const bool shaded = static_cast<int>(i) < row.shaded;
                scene::Shape part = scene::rect(x + 0.5f * w, y + 0.5f * sz.bar, w, sz.bar, shaded ? kBarShaded : kBarFill, kBarRadius);
                part.outline = kBarEdge;
                part.outlineWidth = kBarOutline;
                part.tag = handle(m, Handle::BarPart, static_cast<int>(r) * kWallRowStride + static_cast<int>(i));
                layer.shapes.push_back(part);
                layer.texts.push_back(label(text, x + 0.5f * w, y + 0.5f * sz.bar, size, 0));
                x += w;
            }
            y += sz.bar + kBarGap;
        }
        height = y - oy;
        break;
    }
    }
    // Said under a bar whose lengths are not to scale, so nobody measures it.
    if (lengths.notToScale) {
        layer.texts.push_back(label(model::tr("bar.not_to_scale"), ox + 0.5f * f(lengths.whole), oy + height + 0.6f * sz.label,
                                    sz.label, makeTag(m.id, TagKind::Readout, 0)));
        height += 1.4f * sz.label;
    }
    // The stem sentence under the bars ("2/3 of 24 is 16.", "The difference between 13 and 5 is 8."), wrapped
    // at its spaces to the bar's width.
    float widest = drawnWidth;
    if (bar.mode != model::BarMode::PartWhole) {
        const std::string stem = model::describeModel(board, m).stemSentence;
        for (const std::string& piece : wrapText(stem, sz.value, drawnWidth, ts.font())) {
            layer.texts.push_back(label(piece, ox + 0.5f * drawnWidth, oy + height + 0.6f * sz.value, sz.value,
                                        makeTag(m.id, TagKind::Readout, 0)));
            widest = std::max(widest, ts.measure(piece, sz.value));
            height += 1.4f * sz.value;
        }
    }
    // The fact family on request, under the bar: the additions in one column, the subtractions beside them.
    if (const std::vector<std::string> facts = factsOf(m, q, factFamily); !facts.empty()) {
        const std::size_t half = (facts.size() + 1) / 2;
        float column = 0;
        for (const std::string& fact : facts) column = std::max(column, ts.measure(fact, sz.value) + kFactsGap * sz.value);
        const float left = ox + 0.5f * drawnWidth - (half < facts.size() ? column : 0.5f * column);
        const float factsTop = oy + height + 0.2f * sz.value;
        for (std::size_t i = 0; i < facts.size(); ++i) {
            const std::size_t row = i < half ? i : i - half;
            layer.texts.push_back(label(facts[i], left + (i < half ? 0.5f : 1.5f) * column,
                                        factsTop + (static_cast<float>(row) + 0.5f) * 1.4f * sz.value, sz.value,
                                        makeTag(m.id, TagKind::Readout, 0)));
        }
        height = factsTop - oy + static_cast<float>(half) * 1.4f * sz.value;
        widest = std::max(widest, (half < facts.size() ? 2.0f : 1.0f) * column);
    }
    const float x0 = std::min(leftmost, ox + 0.5f * (drawnWidth - widest));
    return scene::Rect{x0, oy, std::max(drawnWidth + ox, ox + 0.5f * (drawnWidth + widest)) - x0, height};
}
}  // namespace

float BeadGeometry::beadX(int bead) const {
    const float gap = bead > counted ? kCountedGap * step : 0.0f;
    return ox + 0.5f * d + static_cast<float>(bead - 1) * step + gap;
}

float BeadGeometry::gapX(int p) const {
    // Position p is just after bead p: between its centre and the next bead's.
    if (p <= 0) return beadX(1) - 0.5f * step;
    if (p >= size || p == counted) return beadX(p) + 0.5f * step;  // just after the last counted bead
    return 0.5f * (beadX(p) + beadX(p + 1));
}

int BeadGeometry::positionAt(float x) const {
    int best = 0;
    float bestDistance = 1e30f;
    for (int p = 0; p <= size; ++p) {
        const float distance = std::abs(gapX(p) - x);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = p;
        }
    }
    return best;
}

BeadGeometry beadGeometry(const model::Model& m) {
    BeadGeometry g;
    const model::BeadString& beads = m.layouts.beads;
    g.d = beads.size > kLargeString ? kSmallBead : kBead;
    g.step = g.d + kBeadGap;
    g.ox = f(m.at.x);
    g.cy = f(m.at.y) + 0.5f * g.d;
    g.size = beads.size;
    g.counted = beads.counted;
    return g;
}

double barMilliAt(const model::Model& m, const model::Quantity& q, float x) {
    const double share = std::clamp((static_cast<double>(x) - m.at.x) / static_cast<double>(kBarWidth), 0.0, 1.0);
    return share * static_cast<double>(q.value().milli());
}

scene::Rect buildBeadString(scene::Layer& layer, const model::Board& board, const model::Model& m, float level,
                            const TextScale& text) {
    return buildAtLevel(layer, level, [&](scene::Layer& l, int at) { return beadsAt(l, board, m, at, text); });
}

scene::Rect buildBarModel(scene::Layer& layer, const model::Board& board, const model::Model& m, float level,
                          const TextScale& text, bool factFamily) {
    return buildAtLevel(layer, level, [&](scene::Layer& l, int at) { return barAt(l, board, m, at, text, factFamily); });
}

}  // namespace tenfold::repr
