// Base-10 blocks and counters away from the concrete level. Pictorial: the quick sketch a teacher draws
// (a square for a hundred, a line for a ten, a dot for a one, a cube outline for a thousand, a plain dot
// for a counter), flat and in the place's edge colour. Abstract: no pieces, the digit each chart column
// holds (or the numeral where loose pieces were). In between, each piece morphs from block to sketch, then
// the sketches shrink and fade into the digits as the digits fade in.
#pragma once

#include "model/board.hpp"
#include "representations/palette.hpp"
#include "representations/scene.hpp"
#include "representations/text_metrics.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tenfold::repr {

// How far a shown level (0 concrete .. 1 pictorial .. 2 abstract) is through each step, eased, 0..1.
float sketchAmount(float level);    // blocks -> sketch: 0 at concrete, 1 from pictorial on
float abstractAmount(float level);  // sketch -> digits: 0 up to pictorial, 1 at abstract

// Pieces can be picked up below this level; above it they are mostly faded into digits.
inline constexpr float kPiecesDraggableBelow = 1.5f;

// One piece to draw at a level above concrete.
struct LevelPiece {
    model::Place place = model::Place::Ones;
    bool block = true;
    bool plain = false;
    model::BlockScale scale = model::kWholeNumberScale;
    float x = 0, y = 0;           // top-left of its face, board units
    float alpha = 1.0f;           // 0 invisible .. 1
    std::uint64_t tag = 0;        // its Piece tag, or 0 when it cannot be picked up
    float towardX = 0, towardY = 0;  // where it shrinks to on the way to abstract (its digit)
};

// Draws a piece morphed `level` of the way from block (0) to sketch (1) to gone into its digit (2).
// A tagged piece also gets an invisible tagged box over its whole face, so its hit area never shrinks.
void addPieceAtLevel(scene::Layer& layer, const LevelPiece& piece, palette::Scheme scheme, float level);

// The digit each chart column shows at the abstract level, highest column first: how many pieces of the
// column's place there are ("13" for 4 tens and 13 ones). A zero only where it holds a place (between
// the ones and the highest or lowest place used: the 0 of 109, the 0 of 0.45); nothing elsewhere.
std::vector<std::string> columnDigits(const model::PiecesLayout& layout, const std::vector<model::Place>& columns);

// A large number (a Numeral) centred on (cx, cy), smaller when needed to fit `maxWidth`, at `alpha`.
void addBigNumber(scene::Layer& layer, const std::string& s, float cx, float cy, float size, float maxWidth,
                  float alpha, std::uint64_t tag, const TextMetrics& metrics);

// Loose pieces at the abstract level: where each part's pieces are (the centre of their area, board
// units, relative to the model) and the value they make, in part order.
struct LoosePart {
    int part = 0;
    float cx = 0, cy = 0, w = 0, h = 0;
    std::string numeral;
};
std::vector<LoosePart> looseParts(const model::PiecesLayout& layout, bool blocks);

}  // namespace tenfold::repr
