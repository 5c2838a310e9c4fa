// Small constructors for scene shapes.
#include "representations/scene.hpp"

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
