// Pan with one pointer, pinch with two, wheel zoom.
#include "interaction/board_input.hpp"

#include <cmath>
#include <iterator>

namespace tenfold::interaction {

namespace {
constexpr float kWheelStep = 1.15f;  // zoom factor per wheel notch
}

bool BoardInput::pointer(const PointerEvent& e, Camera& camera) {
    const Key key{static_cast<int>(e.source), e.id};
    auto it = pointers_.find(key);
    switch (e.phase) {
    case PointerPhase::Down:
        if (it == pointers_.end() && pointers_.size() >= kMaxPointers) return false;
        pointers_[key] = {e.x, e.y};
        return false;
    case PointerPhase::Move: {
        if (it == pointers_.end()) return false;
        const float dx = e.x - it->second.x, dy = e.y - it->second.y;
        if (pointers_.size() == 1) {
            camera.panPixels(dx, dy);
        } else if (pointers_.size() == 2) {
            // Pinch: the other pointer stays where it is; zoom by the change of distance about the midpoint.
            const Tracked& other = (it == pointers_.begin()) ? std::next(pointers_.begin())->second
                                                             : pointers_.begin()->second;
            const float before = std::hypot(it->second.x - other.x, it->second.y - other.y);
            const float after = std::hypot(e.x - other.x, e.y - other.y);
            camera.panPixels(0.5f * dx, 0.5f * dy);
            if (before > 1.0f && after > 1.0f) {
                camera.zoomAbout(0.5f * (e.x + other.x), 0.5f * (e.y + other.y), after / before);
            }
        }
        it->second = {e.x, e.y};
        return dx != 0 || dy != 0;
    }
    case PointerPhase::Up:
    case PointerPhase::Cancel:
        if (it != pointers_.end()) pointers_.erase(it);
        return false;
    }
    return false;
}

bool BoardInput::wheel(const WheelEvent& e, Camera& camera) {
    if (e.steps == 0) return false;
    camera.zoomAbout(e.x, e.y, std::pow(kWheelStep, e.steps));
    return true;
}

}  // namespace tenfold::interaction
