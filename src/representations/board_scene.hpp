// Board state -> the board layer of the scene: every model drawn by the view of its kind.
#pragma once

#include "model/board.hpp"
#include "representations/legibility.hpp"
#include "representations/pieces_view.hpp"
#include "representations/scene.hpp"
#include "representations/text_metrics.hpp"

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
    // The level each model is shown at now, 0 concrete .. 2 abstract; in between while a change of level
    // is animating. Models not listed are shown at their own level.
    std::vector<std::pair<model::ModelId, float>> levels;
    std::vector<model::ModelId> factFamilies;             // part-whole models and bars showing their fact family
    model::ModelId selectedModel = 0;                      // the model whose tab is picked (0: none)
    std::vector<std::pair<model::ModelId, scene::Rect>>* areas = nullptr;  // filled with each model's area
    // Text: the board font's metrics (null: fallbackMetrics(), for unit tests without a font), and the zoom
    // the board is drawn at (pixels per unit) with the UI scale, so text keeps its smallest size on screen
    // (legibility.hpp). pixelsPerUnit 0: text at its own size (pictures of the board alone).
    const TextMetrics* text = nullptr;
    float pixelsPerUnit = 0;
    float uiScale = 1;
    TextFloors floors{};                                  // the laptop floors, or a room's (legibility.hpp)
};

// Linked models share a colour: on the tab above each model and on the thin line joining them. A model on
// its own has a plain tab. Colours are handed out by the group's place on the board.
scene::Colour linkColour(const model::Board& board, model::GroupId group);
inline constexpr float kTabHeight = 52.0f;   // board units, at least (a tab grows with its text)
inline constexpr float kTabGap = 14.0f;      // between the tab and the model

// The level a model is drawn at: the animated one when listed, else its own.
float shownLevel(const model::Model& m, const BoardViewOptions& options);

// Builds the board layer and returns the area the board's content covers (what "Fit" shows); an empty
// board gives a calm 16:9 area around the origin.
scene::Rect buildBoard(scene::Layer& layer, const model::Board& board, const BoardViewOptions& options = {});

}  // namespace tenfold::repr
