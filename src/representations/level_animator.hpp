// Makes a change of level visible: when a model goes from concrete to pictorial (or any level to another),
// it is drawn at the levels in between for a short time, so the blocks turn into their sketch and the sketch
// into digits in front of the children. Beside PieceAnimator: pure and time-driven (seconds of app time),
// and with reduced motion nothing moves.
#pragma once

#include "model/board.hpp"

#include <utility>
#include <vector>

namespace tenfold::repr {

class LevelAnimator {
public:
    static constexpr double kDuration = 0.35;  // seconds: under 0.4 s, like every animation

    // Call after every change of the board (a command, undo, redo), with the board before and after. A
    // model whose level changed starts from the level it was drawn at (so a change during a change carries
    // on from where it was); a change that is still running towards the same level keeps running.
    void boardChanged(const model::Board& before, const model::Board& after, double now, bool reducedMotion);
    // Forget everything (a new board was opened, reduced motion was chosen).
    void clear() { running_.clear(); }
    bool active(double now) const;
    // The level model `m` is drawn at now: 0 concrete .. 2 abstract, in between while it changes.
    float shownLevel(const model::Model& m, double now) const;
    // shownLevel of every model of the board, for the board view.
    std::vector<std::pair<model::ModelId, float>> shownLevels(const model::Board& board, double now) const;

private:
    struct Change {
        model::ModelId model = 0;
        float from = 0, to = 0;
        double start = 0;
    };
    std::vector<Change> running_;
};

}  // namespace tenfold::repr
