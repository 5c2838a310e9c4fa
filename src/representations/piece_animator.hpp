// Makes changes to pieces visible: when the board changes, pieces slide from where they were to where
// they now are, and an exchange is an event a child can watch. Ten ones gathered into a ten slide together
// and fade into the new rod; a rod broken into ones splits into ten cubes that travel to their places.
// Pure and time-driven (seconds of app time from update(dt)); with reduced motion nothing moves.
#pragma once

#include "model/board.hpp"

#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace tenfold::repr {

class PieceAnimator {
public:
    static constexpr double kDuration = 0.35;  // seconds: short, calm

    struct Spot {
        float x = 0, y = 0;  // top-left, board units (absolute)
        float alpha = 1;
    };
    // Where pieces were let go by a pointer (model, index before the change -> spot): they start from
    // there rather than from their old places.
    using Dropped = std::map<std::pair<model::ModelId, int>, Spot>;

    // Call after every change of the board (a command, undo, redo), with the board before and after.
    void boardChanged(const model::Board& before, const model::Board& after, double now, bool reducedMotion,
                      const Dropped& dropped = {});
    // Forget everything (a new board was opened).
    void clear();
    bool active(double now) const;
    // Where piece `index` of model `model` is drawn now, if it is moving.
    std::optional<Spot> spotOf(model::ModelId model, int index, double now) const;

    // A piece that is gone from the board but still seen leaving (the ten ones of an exchange).
    struct Ghost {
        model::ModelId model = 0;
        model::Place place = model::Place::Ones;
        bool block = true, plain = false;
        model::BlockScale scale = model::kWholeNumberScale;
        Spot spot;
    };
    std::vector<Ghost> ghosts(double now) const;

private:
    struct Tween {
        float fromX, fromY, toX, toY;
        bool fadeIn = false;  // a piece made by an exchange appears as the others arrive
    };
    struct Leaving {
        Ghost ghost;
        float toX, toY;
    };
    double start_ = -1;
    std::map<std::pair<model::ModelId, int>, Tween> tweens_;
    std::vector<Leaving> leaving_;
};

}  // namespace tenfold::repr
