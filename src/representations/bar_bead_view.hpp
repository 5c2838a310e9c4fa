// Bead strings and bar models as scene shapes, at each level.
// A bead string: beads on a string, colour changing every 5 (or every 10 on the 100-string), the counted
// beads pushed to the left, dividers between parts, a cover over hidden beads with "?", each part's value
// under it. Pictorial: the same beads as a flat sketch of circles. Abstract: a card with the number
// sentence. Every bead and divider is a handle a finger can push.
// A bar model: the whole bar above its parts (lengths proportional to the values), comparison bars
// aligned at the left with the difference marked, or a bar in equal parts with some shaded. Concrete: the
// bars are made of unit cubes (up to 100); pictorial: plain bars; abstract: the number sentences. The
// boundaries between parts are handles; each part and the whole can be tapped.
#pragma once

#include "model/board.hpp"
#include "representations/legibility.hpp"
#include "representations/scene.hpp"

namespace tenfold::repr {

// Both return the area they cover in board units. `level`: 0 concrete .. 2 abstract. `text` sizes values,
// labels and sentences for the zoom drawn at (they keep their smallest size on screen; bars grow to hold
// their values, long sentences wrap).
scene::Rect buildBeadString(scene::Layer& layer, const model::Board& board, const model::Model& m, float level = 0.0f,
                            const TextScale& text = {});
// `factFamily`: a part-whole bar shows its fact family (model::barFacts), the subtraction facts among them.
scene::Rect buildBarModel(scene::Layer& layer, const model::Board& board, const model::Model& m, float level = 0.0f,
                          const TextScale& text = {}, bool factFamily = false);

inline constexpr float kBarWidth = 640.0f;   // the longest bar, board units
inline constexpr float kBarHeight = 72.0f;   // at least (a bar grows to hold its value's text)
inline constexpr float kBarGap = 18.0f;

// Where a bead string's beads sit (board units), for drawing and for finding the bead or gap under a finger.
struct BeadGeometry {
    float ox = 0, cy = 0;   // the left end, and the string's height
    float d = 0, step = 0;  // bead diameter, distance from one bead to the next
    int size = 10, counted = 0;
    // The centre of bead 1..size: the counted beads on the left, a gap, then the rest.
    float beadX(int bead) const;
    // The gap between beads (position 0..size: after bead p) nearest to x.
    int positionAt(float x) const;
    // The middle of the gap after bead p (0: before bead 1, size: after the last).
    float gapX(int p) const;
    float right() const { return beadX(size) + 0.5f * d; }
};
BeadGeometry beadGeometry(const model::Model& m);

// The value a bar's left edge to x stands for, in thousandths of the whole (part-whole and equal-part
// bars; clamped to the bar).
double barMilliAt(const model::Model& m, const model::Quantity& q, float x);

}  // namespace tenfold::repr
