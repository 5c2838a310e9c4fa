// Pointers on the board: pan, pinch, finger storms, and what dragging and tapping pieces asks the model to do.
#include "interaction/board_input.hpp"
#include "model/board.hpp"
#include "representations/board_scene.hpp"
#include "representations/tags.hpp"

#include <catch2/catch.hpp>

using namespace tenfold;
using namespace tenfold::interaction;

namespace {
PointerEvent ev(PointerPhase phase, std::int64_t id, float x, float y, PointerSource src = PointerSource::Touch) {
    return PointerEvent{phase, src, id, x, y, 1};
}

// A board, its scene and a camera looking at it at zoom 1 (board units = pixels, origin at screen centre).
struct Fixture {
    model::Board board;
    scene::Scene scene;
    repr::TraySpec tray;
    Camera camera;
    BoardInput input;
    explicit Fixture(model::Board b = model::Board{}) : board(std::move(b)) {
        camera.setViewport(1000, 800, 1);
        const scene::Rect bounds = repr::buildBoard(scene.board, board);
        if (!board.models.empty()) camera.fit(bounds, 40, 112);
        tray = repr::traySpecFor(board);
        repr::buildTrayItems(scene.screen, tray, 800, 1, repr::palette::Scheme::Standard, -1);
    }
    InputContext ctx() { return InputContext{board, scene, tray, 800 - 112, 1, false, nullptr, nullptr}; }
    InputResult send(PointerPhase phase, std::int64_t id, float x, float y, PointerSource src = PointerSource::Touch) {
        return input.pointer(ev(phase, id, x, y, src), camera, ctx());
    }
    // Screen position of a board point.
    std::pair<float, float> screen(double bx, double by) const {
        float sx = 0, sy = 0;
        camera.toScreen(static_cast<float>(bx), static_cast<float>(by), sx, sy);
        return {sx, sy};
    }
    // A screen point on piece `i` of model `m` that no later piece covers: the middle of its top edge
    // (flats are fanned, each showing its top edge).
    std::pair<float, float> pieceCentre(const model::Model& m, int i) const {
        const auto& p = m.layouts.blocks.pieces[static_cast<size_t>(i)];
        const scene::Rect face = repr::pieceFace(p.place, true, m.layouts.blocks.scale);
        return screen(m.at.x + p.at.x + 0.5 * face.w, m.at.y + p.at.y + 4.0);
    }
};
}  // namespace

SCENARIO("one finger on the empty board pans it") {
    Fixture f;
    f.send(PointerPhase::Down, 7, 100, 100);
    CHECK(f.send(PointerPhase::Move, 7, 160, 130).viewChanged);
    CHECK(f.camera.centreX() == Approx(-60));
    CHECK(f.camera.centreY() == Approx(-30));
    f.send(PointerPhase::Up, 7, 160, 130);
    CHECK_FALSE(f.input.anyDown());
}

SCENARIO("two fingers moving apart zoom in") {
    Fixture f;
    f.send(PointerPhase::Down, 1, 400, 400);
    f.send(PointerPhase::Down, 2, 600, 400);
    f.send(PointerPhase::Move, 2, 800, 400);  // distance 200 -> 400
    CHECK(f.camera.zoom() == Approx(2.0f));
}

SCENARIO("a finger storm does no harm") {
    Fixture f(model::defaultBoard());
    for (int i = 0; i < 100; ++i) f.send(PointerPhase::Down, i, 10.0f * static_cast<float>(i), 50);
    CHECK(f.input.pointersDown() == BoardInput::kMaxPointers);
    for (int i = 0; i < 100; ++i) f.send(PointerPhase::Move, i, 10.0f * static_cast<float>(i) + 30, 55);
    std::size_t commands = 0;
    for (int i = 0; i < 100; ++i) commands += f.send(PointerPhase::Up, i, 0, 0).commands.size();
    CHECK_FALSE(f.input.anyDown());
    CHECK(f.camera.zoom() >= Camera::kMinZoom);
    CHECK(f.camera.zoom() <= Camera::kMaxZoom);
    CHECK(commands == 0);  // none of them landed on a piece: nothing was asked of the model
}

SCENARIO("moves and lifts of pointers never pressed are ignored") {
    Fixture f;
    CHECK_FALSE(f.send(PointerPhase::Move, 42, 500, 500).viewChanged);
    CHECK(f.send(PointerPhase::Up, 42, 500, 500).commands.empty());
    CHECK(f.camera.centreX() == Approx(0));
}

SCENARIO("mouse and finger with the same id are different pointers") {
    Fixture f;
    f.send(PointerPhase::Down, 0, 100, 100, PointerSource::Mouse);
    f.send(PointerPhase::Down, 0, 300, 100, PointerSource::Touch);
    CHECK(f.input.pointersDown() == 2);
}

SCENARIO("dragging pieces asks the model to move or remove them") {
    GIVEN("the default board: 234 as blocks in a chart") {
        Fixture f(model::defaultBoard());
        const model::Model& chart = f.board.models.front();
        REQUIRE(chart.kind == model::Representation::Blocks);
        const int last = static_cast<int>(chart.layouts.blocks.pieces.size()) - 1;
        REQUIRE(chart.layouts.blocks.pieces[static_cast<size_t>(last)].place == model::Place::Ones);
        const auto [x, y] = f.pieceCentre(chart, last);
        WHEN("a finger drags a one onto the tray") {
            f.send(PointerPhase::Down, 1, x, y);
            f.send(PointerPhase::Move, 1, x, 600);
            THEN("it floats under the finger while dragged") {
                const auto floating = f.input.floating(f.board, f.camera, f.tray);
                REQUIRE(floating.size() == 1);
                CHECK(floating[0].piece == last);
            }
            const InputResult r = f.send(PointerPhase::Up, 1, x, 760);
            THEN("the model is asked to remove that piece") {
                REQUIRE(r.commands.size() == 1);
                CHECK(std::get<model::RemovePiece>(r.commands[0]) == model::RemovePiece{chart.id, last});
            }
        }
        WHEN("a finger drags it within its column") {
            f.send(PointerPhase::Down, 1, x, y);
            const InputResult r = f.send(PointerPhase::Up, 1, x, y + 60);
            THEN("it is a move in the ones column") {
                REQUIRE(r.commands.size() == 1);
                const auto& move = std::get<model::MovePiece>(r.commands[0]);
                CHECK(move.piece == last);
                CHECK(move.column == model::Place::Ones);
            }
        }
        WHEN("two fingers drag two different pieces at once") {
            const auto [x2, y2] = f.pieceCentre(chart, 0);
            f.send(PointerPhase::Down, 1, x, y);
            f.send(PointerPhase::Down, 2, x2, y2);
            f.send(PointerPhase::Move, 1, x, y + 30);
            f.send(PointerPhase::Move, 2, x2, y2 + 30);
            THEN("both float") { CHECK(f.input.floating(f.board, f.camera, f.tray).size() == 2); }
            const auto r1 = f.send(PointerPhase::Up, 1, x, 760);
            const auto r2 = f.send(PointerPhase::Up, 2, x2, 760);
            THEN("each finger's piece is removed") {
                REQUIRE(r1.commands.size() == 1);
                REQUIRE(r2.commands.size() == 1);
                CHECK(std::get<model::RemovePiece>(r1.commands[0]).piece == last);
                CHECK(std::get<model::RemovePiece>(r2.commands[0]).piece == 0);
            }
        }
        WHEN("a second finger lands on the piece the first one holds") {
            f.send(PointerPhase::Down, 1, x, y);
            f.send(PointerPhase::Down, 2, x, y);
            f.send(PointerPhase::Move, 2, x + 100, y);
            THEN("only one copy floats and the second finger asks nothing") {
                CHECK(f.input.floating(f.board, f.camera, f.tray).size() == 0);  // finger 1 has not moved yet
                CHECK(f.send(PointerPhase::Up, 2, x + 100, 760).commands.empty());
            }
        }
    }
}

SCENARIO("tap a piece, then tap where it goes") {
    Fixture f(model::defaultBoard());
    const model::Model& chart = f.board.models.front();
    const auto [x, y] = f.pieceCentre(chart, 0);
    f.send(PointerPhase::Down, 1, x, y);
    f.send(PointerPhase::Up, 1, x, y);
    REQUIRE(f.input.selection().size() == 1);
    WHEN("the tray is tapped next") {
        const auto& tile = f.tray.items.front().rect;
        f.send(PointerPhase::Down, 2, tile.x + 10, tile.y + 10);
        const auto r = f.send(PointerPhase::Up, 2, tile.x + 10, tile.y + 10);
        THEN("the piece goes back to the tray") {
            REQUIRE(r.commands.size() == 1);
            CHECK(std::holds_alternative<model::RemovePiece>(r.commands[0]));
            CHECK(f.input.selection().empty());
        }
    }
}

SCENARIO("tap a tray tile, then tap the chart, to add a piece without dragging") {
    Fixture f(model::defaultBoard());
    const model::Model& chart = f.board.models.front();
    REQUIRE(f.tray.model == chart.id);
    // The last tray tile is the ones (largest place first).
    const int ones = static_cast<int>(f.tray.items.size()) - 1;
    REQUIRE(f.tray.items[static_cast<size_t>(ones)].place == model::Place::Ones);
    const auto& tile = f.tray.items[static_cast<size_t>(ones)].rect;
    f.send(PointerPhase::Down, 1, tile.x + 20, tile.y + 20);
    f.send(PointerPhase::Up, 1, tile.x + 20, tile.y + 20);
    CHECK(f.input.armedTrayItem() == ones);
    const auto [cx, cy] = f.screen(chart.at.x + 3 * 160 + 80, chart.at.y + 200);  // in the ones column
    f.send(PointerPhase::Down, 2, cx, cy);
    const auto r = f.send(PointerPhase::Up, 2, cx, cy);
    REQUIRE(r.commands.size() == 1);
    const auto& add = std::get<model::AddPiece>(r.commands[0]);
    CHECK(add.model == chart.id);
    CHECK(add.place == model::Place::Ones);
    THEN("the tile is put back: a stray tap later adds nothing") {
        CHECK(f.input.armedTrayItem() == -1);
        f.send(PointerPhase::Down, 3, cx, cy);
        CHECK(f.send(PointerPhase::Up, 3, cx, cy).commands.empty());
    }
}

SCENARIO("with Keep adding on, every tap on the chart adds a piece, until the tile is put back") {
    Fixture f(model::defaultBoard());
    const model::Model& chart = f.board.models.front();
    const int ones = static_cast<int>(f.tray.items.size()) - 1;
    const auto& tile = f.tray.items[static_cast<size_t>(ones)].rect;
    f.send(PointerPhase::Down, 1, tile.x + 20, tile.y + 20);
    f.send(PointerPhase::Up, 1, tile.x + 20, tile.y + 20);
    // The switch appears once a tile is chosen (the tray is drawn again, as every frame does).
    f.scene.screen.clear();
    repr::buildTrayItems(f.scene.screen, f.tray, 800, 1, repr::palette::Scheme::Standard, f.input.armedTrayItem(),
                         f.input.keepAdding());
    REQUIRE(f.tray.keepAdding.w > 0);
    const auto& keep = f.tray.keepAdding;
    f.send(PointerPhase::Down, 1, keep.x + 10, keep.y + 10);
    f.send(PointerPhase::Up, 1, keep.x + 10, keep.y + 10);
    REQUIRE(f.input.keepAdding());
    const auto [cx, cy] = f.screen(chart.at.x + 3 * 160 + 80, chart.at.y + 200);
    for (int i = 0; i < 3; ++i) {
        f.send(PointerPhase::Down, 2, cx, cy);
        CHECK(f.send(PointerPhase::Up, 2, cx, cy).commands.size() == 1);
    }
    CHECK(f.input.armedTrayItem() == ones);
    // A tap on the chosen tile puts it back (and Keep adding with it).
    f.send(PointerPhase::Down, 1, tile.x + 20, tile.y + 20);
    f.send(PointerPhase::Up, 1, tile.x + 20, tile.y + 20);
    CHECK(f.input.armedTrayItem() == -1);
    CHECK_FALSE(f.input.keepAdding());
}
