// Base-10 blocks and place value counters, loose or in a place value chart, as scene shapes; with the
// chart's live readouts (numeral, expanded form, words, stem sentence) underneath.
// Sizes are proportional: a rod is ten cubes long, a flat ten rods wide, a big cube ten flats deep.
#pragma once

#include "model/board.hpp"
#include "model/pieces.hpp"
#include "representations/legibility.hpp"
#include "representations/palette.hpp"
#include "representations/scene.hpp"
#include "representations/tags.hpp"

#include <limits>
#include <vector>

namespace tenfold::repr {

// The model's piece sizes (its tidy layout keeps pieces of exactly these sizes apart).
inline constexpr float kCubeSize = static_cast<float>(model::kCubeUnits);
inline constexpr float kBigCubeDepth = static_cast<float>(model::kBigCubeDepthUnits);
inline constexpr float kCounterDiameter = static_cast<float>(model::kCounterUnits);
// The numeral under a chart (board units): a lesson's prompt is drawn at least this large on screen.
inline constexpr float kReadoutNumeralSize = 64.0f;


// The front face of a block kind in board units (a big cube also reaches kBigCubeDepth up and right).
scene::Rect blockFace(model::BlockKind kind);

// Adds one block with its top-left front corner at (x, y).
void addBlock(scene::Layer& layer, model::BlockKind kind, float x, float y, const palette::PlaceColours& colours,
              std::uint64_t tag);
// Adds one counter with its top-left at (x, y): the value printed on it, or nothing for a plain counter.
void addCounter(scene::Layer& layer, model::Place place, bool plain, float x, float y,
                const palette::PlaceColours& colours, std::uint64_t tag);

// A piece following a pointer: drawn on top at (x, y) (its top-left, board units) instead of its spot.
struct FloatingPiece {
    model::ModelId model = 0;
    int piece = -1;             // index in the model's pieces; -1 for a new piece from the tray
    model::Place place = model::Place::Ones;
    bool block = true;
    bool plain = false;
    model::BlockScale scale = model::kWholeNumberScale;
    float x = 0, y = 0;
};

// Draws one piece (block or counter) of a place at a top-left position, `alpha` 0 (invisible) to 1.
void addPiece(scene::Layer& layer, model::Place place, bool block, bool plain, model::BlockScale scale, float x, float y,
              palette::Scheme scheme, std::uint64_t tag, float alpha = 1.0f);
// The size of a piece's front face (its hit and drop box).
scene::Rect pieceFace(model::Place place, bool block, model::BlockScale scale);

struct ReadoutOptions {
    bool numeral = true, expanded = true, words = true, sentence = true;
    // Room the readouts may take (board units), so that text kept at its smallest size on screen never runs
    // into another model: lines that would reach below `bottom` are left out, last first (the numeral
    // always stays), and lines wider than `room` wrap (0: the chart's width, at least kReadoutRoom).
    float bottom = std::numeric_limits<float>::infinity();
    float room = 0;
};
inline constexpr float kReadoutRoom = 480.0f;    // board units
inline constexpr float kReadoutRoomPx = 520.0f;  // ...or this many pixels (at UI scale 1), when that is more

// Where the two parts of a blocks or counters model are: the chart with its pieces, and the readouts under it.
struct PiecesArea {
    scene::Rect chart, readouts;
};

// A blocks or counters model: its chart (when in one), its pieces and its readouts. Returns the area it
// covers in board units (and, when `areas` is given, the areas of its chart and of its readouts).
// Pieces listed in `floating` are left out here (the caller draws them on top). Pieces listed in
// `selected` (by index) are outlined.
// `animator` (may be null) moves pieces that are still sliding to their places at time `now`.
// `level` is the level shown, 0 concrete .. 1 pictorial .. 2 abstract; values in between are a transition.
// `text` sizes the readouts and button labels for the zoom drawn at: the readouts under the chart grow (and
// long lines wrap within the model's room) so that they keep their smallest size on screen.
scene::Rect buildPiecesModel(scene::Layer& layer, const model::Board& board, const model::Model& m,
                             palette::Scheme scheme, const ReadoutOptions& readouts,
                             const std::vector<FloatingPiece>& floating = {}, const std::vector<int>& selected = {},
                             const class PieceAnimator* animator = nullptr, double now = 0, float level = 0.0f,
                             const TextScale& text = {}, PiecesArea* areas = nullptr);

}  // namespace tenfold::repr
