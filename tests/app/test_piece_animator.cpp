// Exchange as a visible event: pieces slide, gathered ones fade into the new ten, a broken ten splits.
#include "model/command.hpp"
#include "representations/piece_animator.hpp"

#include <catch2/catch.hpp>

using namespace tenfold;

namespace {
model::Board blocksOf(std::int64_t value) {
    model::Session s(model::Board{});
    REQUIRE(s.apply(model::AddModel{model::Representation::Blocks, model::Level::Concrete, model::Point{0, 0},
                                    model::Value::whole(value).value(), std::nullopt})
                .ok());
    return s.board();
}
model::Board after(const model::Board& b, const model::Command& c) {
    auto r = model::applyCommand(b, c);
    REQUIRE(r.ok());
    return r.value();
}
}  // namespace

SCENARIO("a ten broken into ones splits and the ones travel to their column") {
    const model::Board before = blocksOf(13);
    const model::Model& m = before.models.front();
    const model::Board broken = after(before, model::Exchange{m.id, 0, model::Place::Tens, false});
    repr::PieceAnimator a;
    a.boardChanged(before, broken, 10.0, false);
    const auto& pieces = broken.models.front().layouts.blocks.pieces;
    REQUIRE(pieces.size() == 13);
    THEN("at the start the new ones are inside the rod, by the end they are in their places") {
        int moving = 0;
        for (int i = 0; i < 13; ++i) {
            const auto start = a.spotOf(m.id, i, 10.0);
            if (!start) continue;
            ++moving;
            CHECK(start->x < static_cast<float>(pieces[static_cast<size_t>(i)].at.x));  // the tens column is left of the ones
        }
        CHECK(moving == 10);
        CHECK(a.active(10.0 + 0.5 * repr::PieceAnimator::kDuration));
        CHECK_FALSE(a.active(10.0 + 1.01 * repr::PieceAnimator::kDuration));
        CHECK_FALSE(a.spotOf(m.id, 0, 10.0 + 1.01 * repr::PieceAnimator::kDuration).has_value());
    }
}

SCENARIO("ten ones exchanged for a ten slide together and fade into it") {
    model::Board before = blocksOf(13);
    const model::ModelId id = before.models.front().id;
    before = after(before, model::Exchange{id, 0, model::Place::Tens, false});  // 13 ones
    const model::Board gathered = after(before, model::Exchange{id, 0, model::Place::Ones, true});
    repr::PieceAnimator a;
    a.boardChanged(before, gathered, 0.0, false);
    const auto ghosts = a.ghosts(0.0);
    THEN("ten ghosts leave, heading for the new rod, which fades in") {
        CHECK(ghosts.size() == 10);
        const auto late = a.ghosts(0.9 * repr::PieceAnimator::kDuration);
        REQUIRE(late.size() == 10);
        CHECK(late.front().spot.alpha < 0.5f);
        CHECK(late.front().spot.x < ghosts.front().spot.x);  // moving left, towards the tens
        int rod = -1;
        const auto& pieces = gathered.models.front().layouts.blocks.pieces;
        for (size_t i = 0; i < pieces.size(); ++i) {
            if (pieces[i].place == model::Place::Tens) rod = static_cast<int>(i);
        }
        REQUIRE(rod >= 0);
        const auto early = a.spotOf(id, rod, 0.0);
        REQUIRE(early.has_value());
        CHECK(early->alpha == Approx(0.0f));
    }
}

SCENARIO("with reduced motion nothing moves") {
    const model::Board before = blocksOf(13);
    const model::Board broken = after(before, model::Exchange{before.models.front().id, 0, model::Place::Tens, false});
    repr::PieceAnimator a;
    a.boardChanged(before, broken, 0.0, true);
    CHECK_FALSE(a.active(0.0));
    CHECK(a.ghosts(0.0).empty());
}
