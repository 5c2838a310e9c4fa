// Small constructors for scene shapes.
#include "representations/scene.hpp"

#include <algorithm>
#include <utility>

namespace tenfold::scene {

Shape disc(float cx, float cy, float diameter, Colour fill) {
    Shape s;
    s.kind = ShapeKind::Disc;
    s.x = cx;
    s.y = cy;
    s.w = s.h = diameter;
    s.fill = fill;
    return s;
}

Shape rect(float cx, float cy, float w, float h, Colour fill, float radius) {
    Shape s;
    s.x = cx;
    s.y = cy;
    s.w = w;
    s.h = h;
    s.fill = fill;
    s.radius = radius;
    return s;
}

Text centredText(std::string s, float x, float y, float size, Colour colour, std::uint64_t tag, TextRole role) {
    Text t;
    t.text = std::move(s);
    t.x = x;
    t.y = y + 0.36f * size;
    t.size = size;
    t.colour = colour;
    t.align = Align::Centre;
    t.tag = tag;
    t.role = role;
    return t;
}

Rect unite(const Rect& a, const Rect& b) {
    if (a.w <= 0 && a.h <= 0) return b;
    if (b.w <= 0 && b.h <= 0) return a;
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const float x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return {x0, y0, x1 - x0, y1 - y0};
}

Shape capsule(float x0, float y0, float x1, float y1, float halfThickness, Colour colour) {
    Shape s;
    s.kind = ShapeKind::Capsule;
    s.x = x0;
    s.y = y0;
    s.w = x1;
    s.h = y1;
    s.radius = halfThickness;
    s.fill = colour;
    return s;
}

}  // namespace tenfold::scene
