// Signed distances to scene shapes, and the hit tests built on them.
#include "interaction/hit_test.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::interaction {

float shapeDistance(const scene::Shape& s, float x, float y) {
    switch (s.kind) {
    case scene::ShapeKind::Disc:
    case scene::ShapeKind::Ring:
        return std::hypot(x - s.x, y - s.y) - 0.5f * s.w;
    case scene::ShapeKind::Capsule: {
        const float dx = s.w - s.x, dy = s.h - s.y;
        const float len2 = dx * dx + dy * dy;
        const float t = len2 > 0 ? std::clamp(((x - s.x) * dx + (y - s.y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
        return std::hypot(x - (s.x + t * dx), y - (s.y + t * dy)) - s.radius;
    }
    case scene::ShapeKind::RoundedRect: {
        const float qx = std::abs(x - s.x) - 0.5f * s.w, qy = std::abs(y - s.y) - 0.5f * s.h;
        return std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f)) + std::min(std::max(qx, qy), 0.0f);
    }
    }
    return 0;
}

std::uint64_t hitTest(const scene::Layer& layer, float x, float y, float margin, std::uint64_t skip) {
    // First what is really under the point (topmost), then the nearest within the margin, so a finger
    // between two pieces takes the closer one.
    std::uint64_t nearest = 0;
    float best = margin;
    for (auto it = layer.shapes.rbegin(); it != layer.shapes.rend(); ++it) {
        if (it->tag == 0 || it->tag == skip) continue;
        const float d = shapeDistance(*it, x, y);
        if (d <= 0) return it->tag;
        if (d <= best) {
            best = d;
            nearest = it->tag;
        }
    }
    return nearest;
}

std::vector<std::uint64_t> tagsInside(const scene::Layer& layer, const scene::Rect& box) {
    std::vector<std::uint64_t> tags;
    for (const scene::Shape& s : layer.shapes) {
        if (s.tag == 0 || s.kind == scene::ShapeKind::Capsule) continue;
        if (s.x >= box.x && s.x <= box.x + box.w && s.y >= box.y && s.y <= box.y + box.h &&
            std::find(tags.begin(), tags.end(), s.tag) == tags.end()) {
            tags.push_back(s.tag);
        }
    }
    return tags;
}

std::optional<scene::Rect> areaOf(const scene::Layer& layer, const std::function<bool(std::uint64_t tag)>& keep) {
    std::optional<scene::Rect> out;
    for (const scene::Shape& s : layer.shapes) {
        if (s.tag == 0 || !keep(s.tag)) continue;
        const scene::Rect r = s.kind == scene::ShapeKind::Capsule
                                  ? scene::Rect{std::min(s.x, s.w) - s.radius, std::min(s.y, s.h) - s.radius,
                                                std::abs(s.w - s.x) + 2 * s.radius, std::abs(s.h - s.y) + 2 * s.radius}
                                  : scene::Rect{s.x - 0.5f * s.w, s.y - 0.5f * s.h, s.w, s.h};
        out = out ? scene::unite(*out, r) : r;
    }
    return out;
}

}  // namespace tenfold::interaction
