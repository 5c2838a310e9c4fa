// Text floors, WCAG contrast, and the audit of a scene as drawn.
#include "representations/legibility.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::repr {

float floorPx(scene::TextRole role) {
    switch (role) {
    case scene::TextRole::Numeral: return kNumeralFloorPx;
    case scene::TextRole::Readout: return kReadoutFloorPx;
    case scene::TextRole::Button: return kButtonFloorPx;
    case scene::TextRole::Message: return kReadoutFloorPx;
    default: return kSmallestTextPx;
    }
}

float TextFloors::of(scene::TextRole role) const {
    switch (role) {
    case scene::TextRole::Numeral: return numeral;
    case scene::TextRole::Readout: return readout;
    case scene::TextRole::Button: return button;
    case scene::TextRole::Message: return readout;
    default: return kSmallestTextPx;
    }
}

float capHeightMm(float metres, float arcminutes) {
    constexpr float kPi = 3.14159265358979f;
    const float half = 0.5f * arcminutes / 60.0f * kPi / 180.0f;
    return 2.0f * metres * 1000.0f * std::tan(half);
}

float pixelsPerMm(float inches, float heightPx) {
    // The height of a 16:9 screen is 9/sqrt(16^2 + 9^2) of its diagonal.
    const float heightMm = inches * 25.4f * 9.0f / std::sqrt(16.0f * 16.0f + 9.0f * 9.0f);
    return heightMm > 0 ? heightPx / heightMm : 0.0f;
}

TextFloors roomFloors(const Room& room, float screenHeightPx, float uiScale, float capPerEm) {
    TextFloors floors;
    if (!room.given() || screenHeightPx <= 0 || uiScale <= 0 || capPerEm <= 0) return floors;
    const float pxPerMm = pixelsPerMm(room.boardInches, screenHeightPx);
    // The em size (pixels at UI scale 1) whose capitals reach the least visual angle at `metres`.
    auto emFor = [&](float metres) { return capHeightMm(metres) * pxPerMm / capPerEm / uiScale; };
    floors.numeral = std::max(floors.numeral, emFor(room.backRowMetres));
    floors.readout = std::max(floors.readout, emFor(0.5f * room.backRowMetres));
    return floors;
}

float TextScale::size(scene::TextRole role, float nominal) const {
    if (pixelsPerUnit <= 0) return nominal;
    return std::max(nominal, floors.of(role) * uiScale / pixelsPerUnit);
}

float settleZoom(float start, const std::function<scene::Rect(float)>& build,
                 const std::function<float(const scene::Rect&)>& fit) {
    constexpr int kMostPasses = 8;
    constexpr float kSettled = 0.002f;  // a change of zoom under 0.2 % moves nothing by a pixel
    float zoom = start;
    for (int pass = 0; pass < kMostPasses; ++pass) {
        const float next = fit(build(zoom));
        if (std::abs(next - zoom) <= kSettled * zoom) return zoom;
        zoom = next;
    }
    build(zoom);
    return zoom;
}

std::vector<std::string> wrapText(std::string_view text, float size, float room, const TextMetrics& metrics) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        const std::string_view word = text.substr(i, end - i);
        i = end + 1;
        if (word.empty()) continue;
        std::string longer = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (!line.empty() && metrics.measure(longer, size) > room) {
            lines.push_back(std::move(line));
            line = std::string(word);
        } else {
            line = std::move(longer);
        }
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    return lines;
}

namespace {
float channel(float c) {
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}
}  // namespace

float luminance(const scene::Colour& c) {
    return 0.2126f * channel(c.r) + 0.7152f * channel(c.g) + 0.0722f * channel(c.b);
}

float contrastRatio(const scene::Colour& a, const scene::Colour& b) {
    const float la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

scene::Colour over(const scene::Colour& top, const scene::Colour& bottom) {
    const float a = std::clamp(top.a, 0.0f, 1.0f);
    return {top.r * a + bottom.r * (1 - a), top.g * a + bottom.g * (1 - a), top.b * a + bottom.b * (1 - a), 1.0f};
}

namespace {
using scene::Colour;
using scene::Shape;
using scene::ShapeKind;

// The signed distance from a point to a shape's edge (negative inside), in the shape's units: the same
// shapes shape.frag draws.
float distanceTo(const Shape& s, float x, float y) {
    switch (s.kind) {
    case ShapeKind::Disc: return std::hypot(x - s.x, y - s.y) - 0.5f * s.w;
    case ShapeKind::Ring: {
        const float r = 0.5f * s.w - 0.5f * s.outlineWidth;
        return std::abs(std::hypot(x - s.x, y - s.y) - r) - 0.5f * s.outlineWidth;
    }
    case ShapeKind::Capsule: {
        const float dx = s.w - s.x, dy = s.h - s.y;
        const float len2 = dx * dx + dy * dy;
        const float t = len2 > 0 ? std::clamp(((x - s.x) * dx + (y - s.y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
        return std::hypot(x - (s.x + t * dx), y - (s.y + t * dy)) - s.radius;
    }
    case ShapeKind::RoundedRect: break;
    }
    const float hx = 0.5f * s.w, hy = 0.5f * s.h;
    const float r = std::min(s.radius, std::min(hx, hy));
    const float qx = std::abs(x - s.x) - hx + r, qy = std::abs(y - s.y) - hy + r;
    return std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f)) + std::min(std::max(qx, qy), 0.0f) - r;
}

// The outline as drawn: never thinner than kThinnestOutlinePx on screen.
float outlineUnits(const Shape& s, float pixelsPerUnit) {
    if (s.outlineWidth <= 0 || s.outline.a <= 0) return 0;
    return std::max(s.outlineWidth, kThinnestOutlinePx / pixelsPerUnit);
}

// What a shape paints at a point inside it (with alpha), or nothing (alpha 0).
Colour paintAt(const Shape& s, float x, float y, float pixelsPerUnit) {
    const float d = distanceTo(s, x, y);
    if (d > 0) return Colour{0, 0, 0, 0};
    if (s.kind == ShapeKind::Ring) return s.outline;
    const float line = outlineUnits(s, pixelsPerUnit);
    if (line > 0 && d > -line) {
        // As shape.frag mixes them: the outline over the fill, by the outline's alpha.
        const float k = s.outline.a;
        return Colour{s.fill.r + (s.outline.r - s.fill.r) * k, s.fill.g + (s.outline.g - s.fill.g) * k,
                      s.fill.b + (s.outline.b - s.fill.b) * k, s.fill.a + (1 - s.fill.a) * k};
    }
    return s.fill;
}

// The opaque colour at a screen point after the board's shapes [0, boardShapes) and the screen's
// [0, screenShapes) were drawn on the paper.
Colour backdropAt(const scene::Scene& sc, const ScreenTransform& board, const ScreenTransform& screen,
                  const Colour& paper, float sx, float sy, std::size_t boardShapes, std::size_t screenShapes) {
    Colour c = paper;
    c.a = 1;
    auto layer = [&](const std::vector<Shape>& shapes, std::size_t n, const ScreenTransform& t) {
        const float x = (sx - 0.5f * t.width) / t.pixelsPerUnit + t.centreX;
        const float y = (sy - 0.5f * t.height) / t.pixelsPerUnit + t.centreY;
        for (std::size_t i = 0; i < n && i < shapes.size(); ++i) {
            const Colour p = paintAt(shapes[i], x, y, t.pixelsPerUnit);
            if (p.a > 0) c = over(p, c);
        }
    };
    layer(sc.board.shapes, boardShapes, board);
    layer(sc.screen.shapes, screenShapes, screen);
    return c;
}

scene::Rect shapeBox(const Shape& s) {
    if (s.kind == ShapeKind::Capsule) {
        return {std::min(s.x, s.w) - s.radius, std::min(s.y, s.h) - s.radius, std::abs(s.w - s.x) + 2 * s.radius,
                std::abs(s.h - s.y) + 2 * s.radius};
    }
    return {s.x - 0.5f * s.w, s.y - 0.5f * s.h, s.w, s.h};
}

scene::Rect toScreen(const scene::Rect& r, const ScreenTransform& t) {
    return {t.toX(r.x), t.toY(r.y), r.w * t.pixelsPerUnit, r.h * t.pixelsPerUnit};
}
}  // namespace

SceneAudit auditScene(const scene::Scene& sc, const ScreenTransform& board, const ScreenTransform& screen,
                      const scene::Colour& paper, const TextMetrics& metrics, float ascent, float descent) {
    SceneAudit out;
    auto texts = [&](const scene::Layer& layer, const ScreenTransform& t, bool onBoard) {
        const std::size_t boardShapes = sc.board.shapes.size();
        const std::size_t screenShapes = onBoard ? 0 : sc.screen.shapes.size();
        for (const scene::Text& text : layer.texts) {
            if (text.colour.a < 0.5f || text.text.empty()) continue;  // fading in or out: not read yet
            const float w = metrics.measure(text.text, text.size);
            float x0 = text.x;
            if (text.align == scene::Align::Centre) x0 -= 0.5f * w;
            if (text.align == scene::Align::Right) x0 -= w;
            const scene::Rect box{x0, text.y - ascent * text.size, w, (ascent + descent) * text.size};
            SeenText seen;
            seen.text = text.text;
            seen.role = text.role;
            seen.board = onBoard;
            seen.box = toScreen(box, t);
            seen.sizePx = text.size * t.pixelsPerUnit;
            seen.tag = text.tag;
            seen.contrast = 21.0f;
            // The backdrop along the middle of the small letters; the worst of five points counts.
            const float midY = t.toY(text.y - 0.3f * text.size);
            for (const float share : {0.1f, 0.3f, 0.5f, 0.7f, 0.9f}) {
                const float sx = seen.box.x + share * seen.box.w;
                const Colour back = backdropAt(sc, board, screen, paper, sx, midY, boardShapes, screenShapes);
                const float c = contrastRatio(over(text.colour, back), back);
                if (c < seen.contrast) {
                    seen.contrast = c;
                    seen.backdrop = back;
                }
            }
            seen.colour = text.colour;
            out.texts.push_back(std::move(seen));
        }
    };
    auto shapes = [&](const scene::Layer& layer, const ScreenTransform& t, bool onBoard) {
        for (std::size_t i = 0; i < layer.shapes.size(); ++i) {
            const Shape& s = layer.shapes[i];
            if (s.decoration) continue;
            const float line = outlineUnits(s, t.pixelsPerUnit);
            const bool filled = s.fill.a > 0.05f;
            const bool outlined = line > 0 && s.outline.a > 0.05f;
            if (!filled && !outlined && s.kind != ShapeKind::Ring) continue;
            const scene::Rect box = toScreen(shapeBox(s), t);
            if (box.w < 1 && box.h < 1) continue;
            // What is around it: eight points just outside it (across a line, around anything else). The
            // median counts, so a thin line running under a bead does not decide a bead's contrast.
            std::vector<std::pair<float, float>> around;
            constexpr float kOut = 1.5f;  // pixels outside the shape
            if (s.kind == ShapeKind::Capsule) {
                const float ax = t.toX(s.x), ay = t.toY(s.y), bx = t.toX(s.w), by = t.toY(s.h);
                const float len = std::max(std::hypot(bx - ax, by - ay), 1e-3f);
                const float nx = -(by - ay) / len, ny = (bx - ax) / len;
                const float off = s.radius * t.pixelsPerUnit + kOut;
                for (const float share : {0.2f, 0.4f, 0.6f, 0.8f}) {
                    const float px = ax + share * (bx - ax), py = ay + share * (by - ay);
                    around.emplace_back(px + nx * off, py + ny * off);
                    around.emplace_back(px - nx * off, py - ny * off);
                }
            } else {
                const float x0 = box.x - kOut, y0 = box.y - kOut, x1 = box.x + box.w + kOut, y1 = box.y + box.h + kOut;
                const float mx = 0.5f * (x0 + x1), my = 0.5f * (y0 + y1);
                around = {{x0, y0}, {mx, y0}, {x1, y0}, {x1, my}, {x1, y1}, {mx, y1}, {x0, y1}, {x0, my}};
            }
            std::vector<float> seen;
            for (const auto& [px, py] : around) {
                const Colour back = backdropAt(sc, board, screen, paper, px, py, onBoard ? i : sc.board.shapes.size(),
                                               onBoard ? 0 : i);
                float c = filled ? contrastRatio(over(s.fill, back), back) : 1.0f;
                if (outlined || s.kind == ShapeKind::Ring) c = std::max(c, contrastRatio(over(s.outline, back), back));
                seen.push_back(c);
            }
            std::sort(seen.begin(), seen.end());
            const float c = 0.5f * (seen[seen.size() / 2 - 1] + seen[seen.size() / 2]);
            out.shapes.push_back(SeenShape{box, c, s.tag});
        }
    };
    shapes(sc.board, board, true);
    texts(sc.board, board, true);
    shapes(sc.screen, screen, false);
    texts(sc.screen, screen, false);
    return out;
}

}  // namespace tenfold::repr
