// Turns pointer events on the board into camera moves: one pointer on empty board pans, two pinch-zoom,
// the wheel zooms about the pointer. Every pointer is tracked by its own id, so touch, mouse and pen mix.
// (Dragging pieces joins this when the board has pieces.)
#pragma once

#include "interaction/camera.hpp"
#include "interaction/input.hpp"

#include <cstdint>
#include <map>

namespace tenfold::interaction {

class BoardInput {
public:
    static constexpr std::size_t kMaxPointers = 20;  // a finger storm beyond this is ignored, not fatal

    // Returns true when the view changed (something must be redrawn).
    bool pointer(const PointerEvent& e, Camera& camera);
    bool wheel(const WheelEvent& e, Camera& camera);
    // Forget every pointer (window lost focus, touch cancelled).
    void reset() { pointers_.clear(); }

    bool anyDown() const { return !pointers_.empty(); }
    std::size_t pointersDown() const { return pointers_.size(); }

private:
    struct Tracked {
        float x, y;
    };
    using Key = std::pair<int, std::int64_t>;  // source, id
    std::map<Key, Tracked> pointers_;
};

}  // namespace tenfold::interaction
