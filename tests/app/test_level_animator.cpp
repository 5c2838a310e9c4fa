// A change of level over time: the levels in between are drawn for a third of a second, then the new one.
#include "representations/level_animator.hpp"
#include "model/command.hpp"

#include <catch2/catch.hpp>

using namespace tenfold;

SCENARIO("a model going from concrete to abstract passes through the levels in between") {
    repr::LevelAnimator levels;
    const model::Board before = model::defaultBoard();
    const model::ModelId blocks = before.models.front().id;
    const model::Board after = model::applyCommand(before, model::SetLevel{blocks, model::Level::Abstract}).value();
    const model::Model& m = *model::findModel(after, blocks);
    WHEN("the level changes at 10 s") {
        levels.boardChanged(before, after, 10.0, false);
        THEN("it starts where it was, is half way half way through, and ends at the new level") {
            CHECK(levels.active(10.0));
            CHECK(levels.shownLevel(m, 10.0) == Approx(0.0f));
            CHECK(levels.shownLevel(m, 10.0 + 0.5 * repr::LevelAnimator::kDuration) == Approx(1.0f));
            CHECK(levels.shownLevel(m, 11.0) == Approx(2.0f));
            CHECK_FALSE(levels.active(11.0));
        }
        AND_WHEN("another edit comes while it is on its way") {
            const model::Board moved =
                model::applyCommand(after, model::MoveModel{blocks, model::Point{10, 10}}).value();
            levels.boardChanged(after, moved, 10.1, false);
            THEN("it carries on from where it was, not from the start") {
                CHECK(levels.shownLevel(*model::findModel(moved, blocks), 10.0 + 0.5 * repr::LevelAnimator::kDuration) ==
                      Approx(1.0f));
            }
        }
    }
    WHEN("motion is reduced") {
        levels.boardChanged(before, after, 10.0, true);
        THEN("the new level shows at once") {
            CHECK_FALSE(levels.active(10.0));
            CHECK(levels.shownLevel(m, 10.0) == Approx(2.0f));
        }
    }
    WHEN("the other model, whose level did not change, is drawn") {
        levels.boardChanged(before, after, 10.0, false);
        const model::Model& other = after.models.back();
        CHECK(levels.shownLevel(other, 10.1) == Approx(static_cast<float>(static_cast<int>(other.level))));
    }
}
