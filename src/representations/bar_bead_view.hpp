// Bead strings and bar models as scene shapes.
// A bead string: beads on a string, colour changing every 5 (or every 10 on the 100 string), the counted
// beads pushed to the left, dividers between parts, a cover over hidden beads with "?", each part's value
// under it. A bar model: the whole bar above its parts (lengths proportional to the values), comparison
// bars aligned at the left with the difference marked, or a bar in equal parts with some shaded.
#pragma once

#include "model/board.hpp"
#include "representations/scene.hpp"

namespace tenfold::repr {

// Both return the area they cover in board units.
scene::Rect buildBeadString(scene::Layer& layer, const model::Board& board, const model::Model& m);
scene::Rect buildBarModel(scene::Layer& layer, const model::Board& board, const model::Model& m);

inline constexpr float kBarWidth = 640.0f;   // the longest bar, board units
inline constexpr float kBarHeight = 72.0f;

}  // namespace tenfold::repr
