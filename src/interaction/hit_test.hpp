// Hit tests on scene layers: which tagged shape is under a point, topmost first, with a margin so that
// small pieces are easy to catch with a finger (hit areas larger than the drawing).
#pragma once

#include "representations/scene.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tenfold::interaction {

// The tag of the topmost tagged shape within `margin` units of (x, y), or 0. Shapes drawn later are on
// top. A shape whose tag equals `skip` is ignored (the piece being dragged).
std::uint64_t hitTest(const scene::Layer& layer, float x, float y, float margin, std::uint64_t skip = 0);

// Every distinct tag of shapes whose centres lie inside the rectangle (a selection box).
std::vector<std::uint64_t> tagsInside(const scene::Layer& layer, const scene::Rect& box);

// The smallest rectangle holding every shape whose tag passes `keep` (none when no shape does).
std::optional<scene::Rect> areaOf(const scene::Layer& layer, const std::function<bool(std::uint64_t tag)>& keep);

// Distance from (x, y) to a shape's outline: negative inside, as the renderer's signed distances.
float shapeDistance(const scene::Shape& s, float x, float y);

}  // namespace tenfold::interaction
