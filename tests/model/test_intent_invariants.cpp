// The invariants test, driven through the intents: long seeded sequences of what the menus, the keypad
// and the toolbar ask for (add or remove a part, type a value into any slot, mark the "?", bar modes,
// shading, labels, cover, count on, Clear, the whole board's level) on a board holding every kind of
// model, linked. After every intent the board is valid (every view shows its group's value), a refused
// intent changes nothing and says why, undo returns exactly, and each intent's promise holds: a part typed
// into a part-whole model keeps the whole, a typed whole is the whole, a value typed where the "?" was
// answers it, Clear leaves no pieces, and the whole board's level is every model's level.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <utility>

#include "model/command.hpp"
#include "model/intents.hpp"

using namespace tenfold::model;

namespace {

Board everyKind() {
    // 47 as blocks (a bead string holds 100 at most), linked to every other kind of model.
    auto start = applyCommand(Board{}, AddModel{Representation::Blocks, Level::Concrete, Point{0, 0}, Value::whole(47).value(), std::nullopt});
    REQUIRE(start.ok());
    Board b = start.value();
    const ModelId first = b.models.front().id;
    double x = 700;
    for (int k = 0; k < kRepresentationCount; ++k) {
        auto added = applyCommand(b, AddModel{static_cast<Representation>(k), Level::Concrete, Point{x, 0}, Value{}, first});
        REQUIRE(added.ok());
        b = added.value();
        x += 700;
    }
    // And a part-whole model of its own, with a value to share.
    auto own = applyCommand(b, AddModel{Representation::PartWhole, Level::Concrete, Point{0, 900}, Value::whole(47).value(), std::nullopt});
    REQUIRE(own.ok());
    return own.value();
}

struct Step {
    Step(std::string w, Result<Commands> i, std::optional<ValueSlot> t = std::nullopt, Value v = {})
        : what(std::move(w)), intent(std::move(i)), typed(t), value(v) {}
    std::string what;
    Result<Commands> intent;
    std::optional<ValueSlot> typed;  // a value typed into this slot
    Value value;
    std::optional<Level> level;
    bool clear = false;
};

class Asks {
public:
    explicit Asks(std::uint32_t seed) : rng_(seed) {}
    // mt19937's numbers are the same everywhere; the standard distributions are not (libstdc++ natively,
    // libc++ in the browser build), so the draws are made from the numbers themselves.
    int range(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<std::uint32_t>(hi - lo + 1)); }

    Step next(const Board& b) {
        const Model& m = b.models[static_cast<std::size_t>(range(0, static_cast<int>(b.models.size()) - 1))];
        const Group* g = findGroup(b, m.group);
        const int parts = g ? g->quantity.partCount() : 1;
        const ValueSlot slot{m.id, static_cast<SlotKind>(range(0, 3)), range(0, parts)};
        const Value v = range(0, 9) < 8 ? Value::whole(range(0, 120)).value() : Value::fromMilli(range(0, 20000)).value();
        switch (range(0, 12)) {
        case 0: return {"add a part", addPartIntent(b, m.id)};
        case 1: return {"remove a part", removePartIntent(b, m.id)};
        case 2:
        case 3:
        case 4: return {"type a value", typeValueIntent(b, slot, v), slot, v};
        case 5: return {"mark the unknown", markUnknownIntent(b, slot)};
        case 6: return {"bar mode", barModeIntent(b, m.id, static_cast<BarMode>(range(0, 2)))};
        case 7: return {"shade", shadeIntent(b, m.id, range(0, parts))};
        case 8: return {"labels", labelsIntent(b, m.id, {"Tom", range(0, 1) ? "Sam" : ""})};
        case 9: return {"cover", toggleCoverIntent(b, m.id)};
        case 10: return {"count on", countOnIntent(b, m.id, Value::whole(range(0, 30)).value())};
        case 11: {
            const Level l = static_cast<Level>(range(0, kLevelCount - 1));
            Step s{"whole board level", boardLevelIntent(b, l)};
            s.level = l;
            return s;
        }
        default: {
            Step s{"clear", clearPiecesIntent(b)};
            s.clear = true;
            return s;
        }
        }
    }

private:
    std::mt19937 rng_;
};

bool noPieces(const Board& b) {
    for (const Model& m : b.models) {
        if (m.kind == Representation::Blocks && !m.layouts.blocks.pieces.empty()) return false;
        if (m.kind == Representation::Counters && !m.layouts.counters.pieces.empty()) return false;
    }
    return true;
}

}  // namespace

SCENARIO("Random intents keep every invariant and keep their own promises", "[intents][invariants]") {
    for (const std::uint32_t seed : {5u, 61u, 2026u}) {
        Asks asks(seed);
        Session s(everyKind());
        int applied = 0, refused = 0, empty = 0, typedParts = 0, answered = 0, levels = 0;
        for (int step = 0; step < 2500; ++step) {
            const Board before = s.board();
            const Step ask = asks.next(before);
            INFO("seed " << seed << ", step " << step << ": " << ask.what);
            if (!ask.intent) {
                ++refused;
                CHECK_FALSE(ask.intent.error().message.empty());
                continue;
            }
            if (ask.intent.value().empty()) {
                ++empty;
                continue;
            }
            const Status st = s.applyAll(ask.intent.value());
            if (!st.ok()) {
                // The engine refused what the intent asked: nothing changed, and the reason is there to show.
                ++refused;
                CHECK(s.board() == before);
                CHECK_FALSE(st.error().message.empty());
                continue;
            }
            ++applied;
            const Board& after = s.board();
            CHECK(validateBoard(after).ok());
            if (ask.typed) {
                const Model* m = findModel(before, ask.typed->model);
                const Group* was = m ? findGroup(before, m->group) : nullptr;
                const Model* now = findModel(after, ask.typed->model);
                const Group* is = now ? findGroup(after, now->group) : nullptr;
                REQUIRE(is != nullptr);
                if (ask.typed->kind == SlotKind::Whole && m->kind != Representation::Beads) {
                    CHECK(is->quantity.totalMilli() == ask.value.milli());
                }
                if (ask.typed->kind == SlotKind::Part && m->kind == Representation::PartWhole) {
                    ++typedParts;
                    CHECK(is->quantity.totalMilli() == was->quantity.totalMilli());
                    CHECK(is->quantity.partValues()[static_cast<std::size_t>(ask.typed->index)] == ask.value);
                }
                if (answersUnknown(was->quantity, *ask.typed)) {
                    ++answered;
                    CHECK(is->quantity.unknown.kind == UnknownKind::None);
                }
            }
            if (ask.level) {
                ++levels;
                CHECK(commonLevel(after) == ask.level);
            }
            // (Clear is refused on this board while its bead string shows parts: no part of a string may be
            // empty, and a part-whole model needs two parts. When it applies, no piece is left.)
            if (ask.clear) CHECK(noPieces(after));
            if (asks.range(0, 9) == 0) {
                REQUIRE(s.undo());
                CHECK(s.board() == before);
                REQUIRE(s.redo());
                CHECK(s.board() == after);
            }
        }
        INFO("seed " << seed << ": " << applied << " applied, " << refused << " refused, " << empty << " changed nothing, "
                     << typedParts << " parts typed, " << answered << " unknowns answered");
        // The sequence really exercised the intents.
        CHECK(applied > 500);
        CHECK(refused > 0);
        CHECK(typedParts > 5);
        CHECK(answered > 0);
        CHECK(levels > 20);
    }
}
