// Pieces at the pictorial and abstract levels, and the morphs between the levels.
#include "representations/pieces_levels.hpp"

#include "model/forms.hpp"
#include "model/pieces.hpp"
#include "representations/pieces_view.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace tenfold::repr {

namespace {
// The quick sketch, in board units.
constexpr float kSketchLine = 5.0f;        // a ten: a line this thick
constexpr float kSketchLineInset = 2.0f;   // ... a little shorter than the rod at each end
constexpr float kSketchDot = 9.0f;         // a one: a dot
constexpr float kSketchCounterDot = 22.0f; // a counter: a larger dot
constexpr float kSketchOutline = 3.0f;     // a hundred / thousand: the square's pen line
constexpr float kSketchRadius = 3.0f;
constexpr float kSketchCells = 0.05f;      // a hundred keeps a faint hint of its grid
constexpr float kSketchTint = 0.22f;       // light fill of a square: this much of the place colour
constexpr float kSketchEdge = 1.5f;        // half thickness of a thousand's depth lines
constexpr float kShrunk = 0.35f;           // a sketch's size when it has gone into its digit
constexpr float kCentreText = 0.36f;       // baseline below the centre, per em, for centred text

float ease(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}
float lerp(float a, float b, float t) { return a + (b - a) * t; }
scene::Colour lerp(const scene::Colour& a, const scene::Colour& b, float t) {
    return {lerp(a.r, b.r, t), lerp(a.g, b.g, t), lerp(a.b, b.b, t), lerp(a.a, b.a, t)};
}
scene::Colour tint(const scene::Colour& c, float amount) {
    scene::Colour out = lerp(palette::kCard, c, amount);
    out.a = 1.0f;
    return out;
}
scene::Colour clear(scene::Colour c) {
    c.a = 0.0f;
    return c;
}

// Every size and colour of a shape moved t of the way to `to` (kind, cells and tag stay `from`'s).
scene::Shape morph(const scene::Shape& from, const scene::Shape& to, float t) {
    scene::Shape s = from;
    s.x = lerp(from.x, to.x, t);
    s.y = lerp(from.y, to.y, t);
    s.w = lerp(from.w, to.w, t);
    s.h = lerp(from.h, to.h, t);
    s.radius = lerp(from.radius, to.radius, t);
    s.fill = lerp(from.fill, to.fill, t);
    s.outline = lerp(from.outline, to.outline, t);
    s.outlineWidth = lerp(from.outlineWidth, to.outlineWidth, t);
    s.shading = lerp(from.shading, to.shading, t);
    s.cellLine = lerp(from.cellLine, to.cellLine, t);
    return s;
}

// A flat, plain version of a shape: same place and kind, no bevel, no cell lines, no outline.
scene::Shape flat(const scene::Shape& s, float w, float h, scene::Colour fill) {
    scene::Shape out = s;
    out.w = w;
    out.h = h;
    out.radius = 0.5f * std::min(w, h);
    out.fill = fill;
    out.outline = clear(s.outline);
    out.outlineWidth = 0.0f;
    out.shading = 0.0f;
    out.cellLine = 0.0f;
    return out;
}
// A square drawn with a pen: light fill, an ink line.
scene::Shape square(const scene::Shape& s, scene::Colour fill, scene::Colour ink, float cells) {
    scene::Shape out = s;
    out.radius = kSketchRadius;
    out.fill = fill;
    out.outline = ink;
    out.outlineWidth = kSketchOutline;
    out.shading = 0.0f;
    out.cellLine = cells;
    return out;
}

// The sketch each concrete shape of a piece turns into. `i` is the shape's index among the piece's
// `n` shapes (a thousand is ten flats, back to front).
scene::Shape sketchOf(const scene::Shape& s, std::optional<model::BlockKind> kind, size_t i, size_t n,
                      const palette::PlaceColours& colours) {
    const scene::Colour ink = colours.edge;
    if (!kind) return flat(s, kSketchCounterDot, kSketchCounterDot, ink);
    switch (*kind) {
    case model::BlockKind::Cube: return flat(s, kSketchDot, kSketchDot, ink);
    case model::BlockKind::Rod: return flat(s, kSketchLine, s.h - 2.0f * kSketchLineInset, ink);
    case model::BlockKind::Flat: return square(s, tint(colours.fill, kSketchTint), ink, kSketchCells);
    case model::BlockKind::BigCube:
        // The front face stays as a square; the flats behind it fade away, leaving the cube's edges.
        if (i + 1 == n) return square(s, tint(colours.fill, kSketchTint), ink, 0.0f);
        return square(s, clear(s.fill), clear(ink), 0.0f);
    }
    return s;
}

// The edges of a thousand's cube sketch behind its front face: from three front corners back, and the
// top and right edges of the back face (its hidden edges are left out, as a teacher draws a solid cube).
void addCubeEdges(scene::Layer& layer, const scene::Shape& front, float depth, scene::Colour ink, std::uint64_t tag) {
    const float l = front.x - 0.5f * front.w, r = front.x + 0.5f * front.w;
    const float t = front.y - 0.5f * front.h, b = front.y + 0.5f * front.h;
    const float lines[5][4] = {{l, t, l + depth, t - depth},
                               {r, t, r + depth, t - depth},
                               {r, b, r + depth, b - depth},
                               {l + depth, t - depth, r + depth, t - depth},
                               {r + depth, t - depth, r + depth, b - depth}};
    for (const auto& e : lines) {
        scene::Shape edge = scene::capsule(e[0], e[1], e[2], e[3], kSketchEdge, ink);
        edge.tag = tag;
        layer.shapes.push_back(edge);
    }
}

// Moves a drawn shape `a` of the way into the point (tx, ty), shrinking it about the piece's centre.
void shrinkInto(scene::Shape& s, float cx, float cy, float tx, float ty, float a) {
    const float k = lerp(1.0f, kShrunk, a);
    auto move = [&](float& x, float& y) {
        x = cx + (x - cx) * k + (tx - cx) * a;
        y = cy + (y - cy) * k + (ty - cy) * a;
    };
    move(s.x, s.y);
    if (s.kind == scene::ShapeKind::Capsule) {
        move(s.w, s.h);
    } else {
        s.w *= k;
        s.h *= k;
    }
    s.radius *= k;
    s.outlineWidth *= k;
}
}  // namespace

float sketchAmount(float level) { return ease(level); }
float abstractAmount(float level) { return ease(level - 1.0f); }

void addPieceAtLevel(scene::Layer& layer, const LevelPiece& p, palette::Scheme scheme, float level) {
    const float toSketch = sketchAmount(level), toDigit = abstractAmount(level);
    const float alpha = p.alpha * (1.0f - toDigit);
    if (alpha <= 0.0f && p.tag == 0) return;
    const scene::Rect face = pieceFace(p.place, p.block, p.scale);
    const float cx = p.x + 0.5f * face.w, cy = p.y + 0.5f * face.h;
    if (p.tag != 0) {
        // The whole face stays the piece's hit area, however thin its sketch.
        scene::Shape hit = p.block ? scene::rect(cx, cy, face.w, face.h, clear(palette::kCard))
                                   : scene::disc(cx, cy, face.w, clear(palette::kCard));
        hit.tag = p.tag;
        layer.shapes.push_back(hit);
    }
    if (alpha <= 0.0f) return;

    // The concrete piece, as drawn at level 0, is where every morph starts.
    thread_local scene::Layer concrete;
    concrete.clear();
    addPiece(concrete, p.place, p.block, p.plain, p.scale, p.x, p.y, scheme, p.tag);
    const palette::PlaceColours colours = palette::placeColours(p.place, scheme);
    std::optional<model::BlockKind> kind;
    if (p.block) {
        if (auto k = model::blockForPlace(p.place, p.scale)) kind = k.value();
    }

    const size_t first = layer.shapes.size();
    const size_t n = concrete.shapes.size();
    for (size_t i = 0; i < n; ++i) {
        const scene::Shape& s = concrete.shapes[i];
        if (kind == model::BlockKind::BigCube && i + 1 == n && toSketch > 0.0f) {
            scene::Colour ink = colours.edge;
            ink.a = toSketch;
            addCubeEdges(layer, s, kBigCubeDepth, ink, p.tag);
        }
        layer.shapes.push_back(morph(s, sketchOf(s, kind, i, n, colours), toSketch));
    }
    // A counter's printed value shrinks with it and is gone halfway to the sketch.
    const float textAlpha = 1.0f - std::min(1.0f, 2.0f * toSketch);
    for (scene::Text t : concrete.texts) {
        if (textAlpha <= 0.0f || n == 0) break;
        const float k = layer.shapes.back().w / concrete.shapes.back().w;
        t.size *= k;
        t.y = cy + kCentreText * t.size;
        t.colour.a *= textAlpha * alpha;
        layer.texts.push_back(std::move(t));
    }

    for (size_t i = first; i < layer.shapes.size(); ++i) {
        scene::Shape& s = layer.shapes[i];
        if (toDigit > 0.0f) shrinkInto(s, cx, cy, p.towardX, p.towardY, toDigit);
        s.fill.a *= alpha;
        s.outline.a *= alpha;
    }
}

std::vector<std::string> columnDigits(const model::PiecesLayout& layout, const std::vector<model::Place>& columns) {
    std::map<int, std::int64_t> count;  // by the place's power of ten
    for (const model::Piece& piece : layout.pieces) ++count[static_cast<int>(piece.place)];
    // Zeros hold places between the ones and the highest (or lowest) place in use.
    int high = static_cast<int>(model::Place::Ones), low = high;
    for (const auto& [place, n] : count) {
        if (n <= 0) continue;
        high = std::max(high, place);
        low = std::min(low, place);
    }
    std::vector<std::string> digits;
    for (model::Place place : columns) {
        const int e = static_cast<int>(place);
        const auto it = count.find(e);
        const std::int64_t n = it == count.end() ? 0 : it->second;
        digits.push_back(n > 0 || (e >= low && e <= high) ? std::to_string(n) : std::string{});
    }
    return digits;
}

void addBigNumber(scene::Layer& layer, const std::string& s, float cx, float cy, float size, float maxWidth,
                  float alpha, std::uint64_t tag, const TextMetrics& metrics) {
    if (s.empty() || alpha <= 0.0f) return;
    const float width = metrics.measure(s, size);
    if (width > maxWidth) size *= maxWidth / width;
    scene::Text t;
    t.text = s;
    t.x = cx;
    t.y = cy + kCentreText * size;
    t.size = size;
    t.colour = palette::kInk;
    t.colour.a *= alpha;
    t.align = scene::Align::Centre;
    t.tag = tag;
    t.role = scene::TextRole::Numeral;
    layer.texts.push_back(std::move(t));
}

std::vector<LoosePart> looseParts(const model::PiecesLayout& layout, bool blocks) {
    struct Box {
        float x0, y0, x1, y1;
    };
    std::map<int, Box> boxes;
    for (const model::Piece& piece : layout.pieces) {
        const scene::Rect face = pieceFace(piece.place, blocks, layout.scale);
        const float x = static_cast<float>(piece.at.x), y = static_cast<float>(piece.at.y);
        auto [it, added] = boxes.try_emplace(piece.part, Box{x, y, x + face.w, y + face.h});
        if (added) continue;
        Box& b = it->second;
        b = Box{std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x + face.w), std::max(b.y1, y + face.h)};
    }
    std::vector<LoosePart> parts;
    for (const auto& [part, b] : boxes) {
        const auto counts = model::countsOfPieces(layout, part);
        if (!counts) continue;
        parts.push_back(LoosePart{part, 0.5f * (b.x0 + b.x1), 0.5f * (b.y0 + b.y1), b.x1 - b.x0, b.y1 - b.y0,
                                  model::numeral(counts.value().value())});
    }
    return parts;
}

}  // namespace tenfold::repr
