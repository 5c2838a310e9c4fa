// A part-whole ("cherry") model as circles joined by lines: the whole in one circle, 2-5 parts in theirs,
// in any orientation (whole above, below, left or right); "?" where a value is asked for.
#pragma once

#include "model/board.hpp"
#include "representations/scene.hpp"

namespace tenfold::repr {

inline constexpr float kWholeDiameter = 150.0f;
inline constexpr float kPartDiameter = 120.0f;

// Returns the area it covers in board units.
scene::Rect buildPartWholeModel(scene::Layer& layer, const model::Board& board, const model::Model& m);

// A model kind not drawn in full yet: a card with its numeral and its kind's name.
scene::Rect buildNumeralCard(scene::Layer& layer, const model::Board& board, const model::Model& m);

}  // namespace tenfold::repr
