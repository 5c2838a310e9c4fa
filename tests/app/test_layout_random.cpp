// Random edits never leave two models covering each other: after every edit the app's rule (the models
// that changed size stay, the ones they now cover move: repr::keepApart) is applied as the app applies it,
// and the board is then drawn with the board font to look for overlaps. Edits are the ones a class makes
// from the screen (pieces, parts, wholes, bars, beads, levels, linked views), on the busy lesson board.
#include "model/board_file.hpp"
#include "model/command.hpp"
#include "board_font.hpp"
#include "render/font_atlas.hpp"
#include "representations/board_layout.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <string>

using namespace tenfold;

namespace {
class Edits {
public:
    explicit Edits(std::uint32_t seed) : rng_(seed) {}
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

    model::Command next(const model::Board& b) {
        const model::Model& m = b.models[static_cast<std::size_t>(range(0, static_cast<int>(b.models.size()) - 1))];
        const model::Place place = std::array{model::Place::Ones, model::Place::Tens, model::Place::Hundreds}[static_cast<std::size_t>(range(0, 2))];
        switch (range(0, 13)) {
        case 0:
        case 1: return model::AddPiece{m.id, 0, place, std::nullopt};
        case 2: return model::RemovePiece{m.id, 0};
        case 3: return model::SetWhole{m.id, model::Value::whole(range(0, 999)).value()};
        case 4: return model::SetPart{m.id, 0, model::Value::whole(range(0, 99)).value(), true};
        case 5: return model::AddPart{m.id};
        case 6: return model::RemovePart{m.id, 0};
        case 7: return model::SetLevel{m.id, static_cast<model::Level>(range(0, model::kLevelCount - 1))};
        case 8: {
            if (b.models.size() > 9) return model::RemoveModel{m.id};
            // "Show as": a linked view beside the model.
            const model::Point at{m.at.x + range(100, 900), m.at.y + range(-100, 400)};
            return model::AddModel{static_cast<model::Representation>(range(0, model::kRepresentationCount - 1)), model::Level::Concrete,
                                   at, model::Value{}, m.id};
        }
        case 9: return model::SetBeadStringSize{m.id, std::array{10, 20, 50, 100}[static_cast<std::size_t>(range(0, 3))]};
        case 10: return model::SetBarText{m.id, {"Tom", "Sam", "a longer label"}, range(0, 1) ? "kg" : ""};
        case 11: return model::SetBar{m.id, static_cast<model::BarMode>(range(0, 2)), range(1, 6), 0, ""};
        case 12: return model::Exchange{m.id, 0, place, range(0, 1) == 0};
        default: return model::SetChart{m.id, true, model::Place::Ones, place};
        }
    }

private:
    std::mt19937 rng_;
};
}  // namespace

SCENARIO("After any edit no two models cover each other", "[layout]") {
    const std::filesystem::path file = std::filesystem::path(TENFOLD_SOURCE_DIR) / "tests" / "golden" / "boards" / "lesson-concrete.json";
    auto loaded = model::loadBoardFile(file.string());
    REQUIRE(loaded.ok());
    repr::BoardViewOptions view;
    view.text = &boardFont();
    int applied = 0, moved = 0, overlaps = 0;
    for (const std::uint32_t seed : {1u, 2u, 3u, 4u}) {
        Edits edits(seed);
        model::Board board = loaded.value();
        for (int step = 0; step < 150; ++step) {
            const model::Board before = board;
            auto after = model::applyCommand(board, edits.next(board));
            if (!after) continue;
            ++applied;
            board = after.value();
            for (const model::Command& mv : repr::keepApart(before, board, view, view)) {
                auto parted = model::applyCommand(board, mv);
                REQUIRE(parted.ok());
                board = parted.value();
                ++moved;
            }
            const int now = repr::overlapCount(repr::modelAreas(board, view));
            INFO("seed " << seed << ", step " << step);
            CHECK(now == 0);
            overlaps += now;
        }
    }
    WARN("random edits: " << applied << " applied, " << moved << " models moved out of the way, " << overlaps << " overlaps");
    CHECK(applied > 100);
    CHECK(moved > 0);
}
