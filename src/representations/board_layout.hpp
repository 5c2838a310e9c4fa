// Models on a board keep clear of each other. After an edit makes a model bigger (a longer bead string, a
// chart that gains a column, labels on a bar, a fact family shown), the models it now covers are pushed
// right or down, as little as clears them, as part of the same undo step. Pure: it works on the areas the
// board view draws (buildBoard) and returns the moves as commands.
#pragma once

#include "model/command.hpp"
#include "representations/board_scene.hpp"
#include "representations/scene.hpp"

#include <functional>
#include <utility>
#include <vector>

namespace tenfold::repr {

using ModelAreas = std::vector<std::pair<model::ModelId, scene::Rect>>;

inline constexpr float kModelGap = 40.0f;  // board units kept free between two models

// Where every model of the board is drawn (its tab included), as buildBoard draws it with these options.
ModelAreas modelAreas(const model::Board& board, const BoardViewOptions& options = {});
// How many pairs of models overlap (closer than `gap`).
int overlapCount(const ModelAreas& areas, float gap = 0);
// The moves that part overlapping models: the models in `stay` keep their place (the ones an edit changed),
// the others move right or down out of the way, by the least that clears them with kModelGap between.
// Two models that both stay, or neither, are parted by moving the later one on the board.
std::vector<model::Command> separateModels(const model::Board& board, const ModelAreas& areas,
                                           const std::vector<model::ModelId>& stay);

// After an edit: the models whose size changed (or that are new) keep their place, and the models they now
// cover move out of their way (separateModels). `beforeView`/`afterView` draw the board as it was and is
// (readouts, fact families, font). `grown` is set to the last model that changed size (0: none), for the
// app to bring into view.
std::vector<model::Command> keepApart(const model::Board& before, const model::Board& after,
                                      const BoardViewOptions& beforeView, const BoardViewOptions& afterView,
                                      model::ModelId* grown = nullptr);

// Text that keeps its smallest size on screen grows, in board units, as the board zooms out: on a classroom
// board, whose floors are large, models that were apart can overlap at the zoom that fits them all. From
// `startZoom`, fits the board (`fit`: the area -> the zoom showing it) with `options` (text, floors, UI
// scale) at that zoom, parts the models that overlap there, and fits again, until nothing overlaps (a few
// passes). Returns the moves (each model's final place) as one undo step; empty when nothing overlaps.
std::vector<model::Command> roomForText(const model::Board& board, const BoardViewOptions& options, float startZoom,
                                        const std::function<float(const scene::Rect& area)>& fit);

}  // namespace tenfold::repr
