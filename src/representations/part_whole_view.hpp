// A part-whole ("cherry") model as circles joined by lines: the whole in one circle, 2-5 parts in theirs,
// in any orientation (whole above, below, left or right); "?" where a value is asked for.
// Concrete: each circle holds the pieces of its part (small base 10 blocks, or its numeral when there are
// too many to show). Pictorial: numerals in the circles. Abstract: the number sentences. The fact family
// can be shown beside it. Every circle is a handle (tap it to type its value).
#pragma once

#include "model/board.hpp"
#include "representations/legibility.hpp"
#include "representations/scene.hpp"

namespace tenfold::repr {

inline constexpr float kWholeDiameter = 150.0f;
inline constexpr float kPartDiameter = 120.0f;

// Returns the area it covers in board units.
// `level`: 0 concrete .. 2 abstract; `factFamily`: the fact family's sentences beside the model.
// `text` sizes the values and sentences for the zoom drawn at (legibility.hpp).
scene::Rect buildPartWholeModel(scene::Layer& layer, const model::Board& board, const model::Model& m, float level = 1.0f,
                                bool factFamily = false, const TextScale& text = {});
// The centre of circle `circle` (0 the whole, 1.. the parts), board units.
void partWholeCircleCentre(const model::Board& board, const model::Model& m, int circle, float& x, float& y);

// A numeral: a card with the number and its kind's name.
scene::Rect buildNumeralCard(scene::Layer& layer, const model::Board& board, const model::Model& m,
                             const TextScale& text = {});

}  // namespace tenfold::repr
