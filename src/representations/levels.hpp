// Concrete, pictorial and abstract: helpers the views share. A model is drawn at a level between 0
// (concrete) and 2 (abstract); while a change of level animates, the two levels either side are drawn
// together, one fading out as the other fades in (only the one more visible can be touched). Abstract
// views are cards of number sentences made from the group's quantity.
#pragma once

#include "model/board.hpp"
#include "representations/legibility.hpp"
#include "representations/scene.hpp"

#include <functional>
#include <string>
#include <vector>

namespace tenfold::repr {

// Draws `build(layer, level)` for a whole level, or the two levels either side of a fractional one
// faded into each other. Returns the union of the areas `build` returned.
scene::Rect buildAtLevel(scene::Layer& layer, float level,
                         const std::function<scene::Rect(scene::Layer&, int level)>& build);

// Multiplies the alpha of every shape and text from index `shapesFrom` / `textsFrom` on by `alpha`;
// with `dropTags`, they can no longer be touched.
void fadeFrom(scene::Layer& layer, std::size_t shapesFrom, std::size_t textsFrom, float alpha, bool dropTags);
// Scales shapes and texts from the given indices about (cx, cy) by k (a picture shrinking into a card).
void scaleFrom(scene::Layer& layer, std::size_t shapesFrom, std::size_t textsFrom, float cx, float cy, float k);


// A card of lines at (x, y) (top-left, board units): the first line (the sum) large, the rest smaller, all
// Readouts at least their smallest size on screen; the card is as wide as its widest line.
scene::Rect abstractCard(scene::Layer& layer, float x, float y, const std::vector<std::string>& lines,
                         std::uint64_t tag, float minWidth = 0, const TextScale& text = {});

}  // namespace tenfold::repr
