// Tenfold's own input events. The platform layer turns SDL's mouse, touch and pen events into these, so the
// interaction code (and replay scripts) never depend on SDL.
#pragma once

#include <cstdint>

namespace tenfold::interaction {

enum class PointerSource : std::uint8_t { Mouse, Touch, Pen };
enum class PointerPhase : std::uint8_t { Down, Move, Up, Cancel };

struct PointerEvent {
    PointerPhase phase = PointerPhase::Move;
    PointerSource source = PointerSource::Mouse;
    std::int64_t id = 0;     // mouse: 0; touch: finger id; distinct ids drag independently
    float x = 0, y = 0;      // pixels in the drawable, origin top left
    int button = 1;          // mouse button (1 left, 2 middle, 3 right)
};

struct WheelEvent {
    float x = 0, y = 0;      // pointer position in pixels
    float steps = 0;         // positive: zoom in
};

}  // namespace tenfold::interaction
