// Board state -> the board layer of the scene: every model drawn by the view of its kind.
#pragma once

#include "model/board.hpp"
#include "representations/pieces_view.hpp"
#include "representations/scene.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace tenfold::repr {

struct BoardViewOptions {
    ReadoutOptions readouts;
    std::vector<FloatingPiece> floating;                  // pieces following pointers, drawn on top
    std::vector<std::pair<model::ModelId, int>> selected;  // selected pieces (model, index)
    std::optional<scene::Rect> selectionBox;               // a box being drawn, board units
    const class PieceAnimator* animator = nullptr;          // pieces still sliding, and exchanges in progress
    double now = 0;                                         // app time, seconds
    bool colourBlind = false;                               // the colour-blind-safe palette, whatever the board says
};

// Builds the board layer and returns the area the board's content covers (what "Fit" shows); an empty
// board gives a calm 16:9 area around the origin.
scene::Rect buildBoard(scene::Layer& layer, const model::Board& board, const BoardViewOptions& options = {});

}  // namespace tenfold::repr
