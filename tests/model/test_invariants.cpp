// Invariants of the representation engine under long random command sequences from a seeded generator:
// every model of a group shows the group's value (counted from its own pieces or beads), exchanges never
// change a value, refused commands change nothing, undo returns exactly to the previous board, redo
// re-applies, and replaying the log from the starting board reproduces every board on the way.
#include <catch2/catch.hpp>

#include <random>

#include "model/board_file.hpp"
#include "model/command.hpp"
#include "model/describe.hpp"

using namespace tenfold::model;

namespace {

constexpr int kStepsPerSeed = 2500;
constexpr std::uint32_t kSeeds[] = {1u, 20240611u, 777u};
constexpr int kUndoPercent = 12;
constexpr int kRedoPercent = 60;
constexpr int kFileCheckEvery = 80;  // applied steps between save/load round trips

class Gen {
  public:
    explicit Gen(std::uint32_t seed) : rng_(seed) {}
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(int percent) { return range(1, 100) <= percent; }
    Place place() { return kAllPlaces[static_cast<std::size_t>(range(2, 6))]; }  // hundredths..thousands
    Value value() {
        const int kind = range(1, 10);
        if (kind <= 6) return Value::whole(range(0, 120)).value();
        if (kind <= 8) return Value::fromMilli(range(0, 20) * 500).value();  // halves
        if (kind == 9) return Value::whole(range(0, 3000)).value();
        return Value::whole(range(0, 9'999'999)).value();
    }
    Point point() { return Point{static_cast<double>(range(-500, 2500)), static_cast<double>(range(-500, 1500))}; }

  private:
    std::mt19937 rng_;
};

ModelId anyModel(Gen& g, const Board& b) {
    if (b.models.empty() || g.chance(3)) return static_cast<ModelId>(g.range(1, 500));
    return b.models[static_cast<std::size_t>(g.range(0, static_cast<int>(b.models.size()) - 1))].id;
}

int pieceCount(const Board& b, ModelId id) {
    const Model* m = findModel(b, id);
    if (!m) return 0;
    return static_cast<int>((m->kind == Representation::Counters ? m->layouts.counters : m->layouts.blocks).pieces.size());
}

int partCount(const Board& b, ModelId id) {
    const Model* m = findModel(b, id);
    const Group* g = m ? findGroup(b, m->group) : nullptr;
    return g ? g->quantity.partCount() : 1;
}

Command randomCommand(Gen& g, const Board& b) {
    const ModelId m = anyModel(g, b);
    const int part = g.range(0, partCount(b, m));  // sometimes one past the last part
    switch (g.range(0, 35)) {
        case 0: {
            std::optional<ModelId> link;
            if (g.chance(60)) link = anyModel(g, b);
            return AddModel{static_cast<Representation>(g.range(0, kRepresentationCount - 1)), Level::Concrete, g.point(),
                            g.value(), link};
        }
        case 1: return g.chance(30) ? Command{RemoveModel{m}} : Command{MoveModel{m, g.point()}};
        case 2:
        case 3: return ShowAs{m, static_cast<Representation>(g.range(0, kRepresentationCount - 1))};
        case 4: return SetLevel{m, static_cast<Level>(g.range(0, kLevelCount - 1))};
        case 5: return CutLink{m};
        case 6: {
            Settings s;
            s.exchange = static_cast<ExchangeMode>(g.range(0, 2));
            s.blockScalePercent = g.range(40, 310);
            s.beadColours = static_cast<BeadColours>(g.range(0, 2));
            return SetSettings{s};
        }
        case 7:
        case 8: {
            std::optional<Point> at;
            if (g.chance(50)) at = g.point();
            return AddPiece{m, part, g.place(), at};
        }
        case 9: return RemovePiece{m, g.range(0, pieceCount(b, m))};
        case 10:
        case 11: return MovePiece{m, g.range(0, pieceCount(b, m)), g.point(), g.place()};
        case 12:
        case 13: return Exchange{m, part, g.place(), g.chance(50)};
        case 14: return g.chance(50) ? Command{ExchangeAll{m}} : Command{BreakDown{m, g.place()}};
        case 15: {
            const int low = g.range(-3, 3);
            return SetChart{m, g.chance(80), static_cast<Place>(low), static_cast<Place>(low + g.range(0, 4))};
        }
        case 16: return g.chance(50) ? Command{SetPlainCounters{m, g.chance(50)}} : Command{SetBlockScale{m, static_cast<Place>(g.range(-3, 2))}};
        case 17: return SetCountedBeads{m, g.range(0, 101)};
        case 18: return MoveBeadDivider{m, g.range(0, 3), g.range(0, 100)};
        case 19: return g.chance(50) ? Command{SetBeadStringSize{m, std::array{10, 20, 50, 100, 30}[static_cast<std::size_t>(g.range(0, 4))]}}
                                     : Command{SetBeadCover{m, g.chance(30) ? std::nullopt : std::optional<BeadCover>(BeadCover{g.range(0, 50), g.range(0, 100)})}};
        case 20: return SetPart{m, part, g.value(), g.chance(50)};
        case 21: return SetWhole{m, g.value()};
        case 22:
        case 23: {
            const Model* model = findModel(b, m);
            const Group* group = model ? findGroup(b, model->group) : nullptr;
            const std::int64_t total = group ? group->quantity.totalMilli() : 0;
            const int n = g.range(1, 4);
            std::vector<Value> parts;
            std::int64_t left = total;
            for (int i = 0; i + 1 < n; ++i) {
                const std::int64_t take = left == 0 ? 0 : (left / 1000 > 0 ? 1000 * g.range(0, static_cast<int>(std::min<std::int64_t>(left / 1000, 1'000'000))) : left);
                parts.push_back(Value::fromMilli(take).value());
                left -= take;
            }
            parts.push_back(Value::fromMilli(left).value());
            if (g.chance(5)) parts.back() = g.value();  // sometimes not adding up
            return Repartition{m, parts};
        }
        case 24: return g.chance(50) ? Command{AddPart{m}} : Command{RemovePart{m, part}};
        case 25: return SetUnknown{m, Unknown{static_cast<UnknownKind>(g.range(0, 3)), part}};
        case 26: return SetOrientation{m, static_cast<Orientation>(g.range(0, kOrientationCount - 1))};
        case 27: return SetCountOn{m, g.chance(30) ? std::nullopt : std::optional<CountOnMarker>(CountOnMarker{g.range(-1, 60), g.range(0, 60)})};
        case 28: {
            std::vector<std::string> labels;
            for (int i = g.range(0, 14); i > 0; --i) labels.push_back(g.chance(20) ? std::string(41, 'x') : g.chance(50) ? "Tom" : "");
            return SetBarText{m, labels, g.chance(20) ? "kg" : g.chance(5) ? "2 m" : ""};
        }
        case 30: return g.chance(50) ? Command{DuplicateModel{m, g.point()}} : Command{SetValue{m, g.value()}};
        case 31: return g.chance(50) ? Command{SetRows{m, g.chance(70)}} : Command{SetFixedSet{m, g.chance(60)}};
        case 32:
        case 33: return AddCoin{m, kAllCoins[static_cast<std::size_t>(g.range(0, kCoinCount - 1))]};
        case 34: return RemoveCoin{m, kAllCoins[static_cast<std::size_t>(g.range(0, kCoinCount - 1))]};
        case 35: return ExchangeCoin{m, kAllCoins[static_cast<std::size_t>(g.range(0, kCoinCount - 1))], g.chance(50)};
        default: {
            const auto mode = static_cast<BarMode>(g.range(0, 2));
            const int n = g.range(1, 6);
            return SetBar{m, mode, n, mode == BarMode::EqualParts ? g.range(0, n) : 0, g.chance(20) ? "cm" : ""};
        }
    }
}

// The value a model shows, counted from what it draws: its pieces, its counted beads, or its group.
std::int64_t shownMilli(const Model& m, const Group& g) {
    switch (m.kind) {
        case Representation::Blocks:
        case Representation::Counters: {
            std::int64_t sum = 0;
            for (const Piece& p : (m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters).pieces)
                sum += placeMilli(p.place);
            return sum;
        }
        case Representation::Beads: return static_cast<std::int64_t>(m.layouts.beads.counted) * kMilliPerOne;
        case Representation::Money: return totalPence(m.layouts.money) * kMilliPerOne;
        default: {
            std::int64_t sum = 0;
            for (const Value v : g.quantity.partValues()) sum += v.milli();
            return sum;
        }
    }
}

bool isExchange(const Command& c, const Board& before) {
    if (std::holds_alternative<Exchange>(c) || std::holds_alternative<ExchangeAll>(c) || std::holds_alternative<BreakDown>(c) ||
        std::holds_alternative<ExchangeCoin>(c))
        return true;
    if (const auto* move = std::get_if<MovePiece>(&c)) {
        const Model* m = findModel(before, move->model);
        return m && !(m->kind == Representation::Counters && m->layouts.counters.plain);
    }
    return false;
}

struct Tally {
    int applied = 0;
    int refused = 0;
    int exchanges = 0;
    int undos = 0;
    int redos = 0;
    int fileChecks = 0;
};

}  // namespace

SCENARIO("Random command sequences keep every invariant of the engine") {
    for (const std::uint32_t seed : kSeeds) {
        Gen g(seed);
        Session s(defaultBoard());
        std::vector<Board> timeline{s.board()};
        std::size_t cursor = 0;
        Tally tally;
        bool allViewsAgree = true;
        bool exchangesKeepValue = true;
        bool refusalsChangeNothing = true;
        bool undoExact = true;
        bool redoExact = true;
        bool boardsValid = true;
        bool savedBoardsLoadEqual = true;
        bool describedInFull = true;
        for (int step = 0; step < kStepsPerSeed; ++step) {
            const Board before = s.board();
            const Command c = randomCommand(g, before);
            const Status st = s.apply(c);
            if (!st.ok()) {
                ++tally.refused;
                refusalsChangeNothing = refusalsChangeNothing && s.board() == before && !st.error().message.empty();
                continue;
            }
            ++tally.applied;
            timeline.resize(cursor + 1);
            timeline.push_back(s.board());
            ++cursor;
            const Board& after = s.board();
            boardsValid = boardsValid && validateBoard(after).ok();
            for (const Model& m : after.models) {
                const Group* grp = findGroup(after, m.group);
                allViewsAgree = allViewsAgree && grp && shownMilli(m, *grp) == grp->quantity.totalMilli();
            }
            if (tally.applied % kFileCheckEvery == 0) {
                ++tally.fileChecks;
                const auto loaded = boardFromJson(boardToJson(after));
                savedBoardsLoadEqual = savedBoardsLoadEqual && loaded.ok() && loaded.value() == after;
                describedInFull = describedInFull && describeBoard(after).size() > after.models.size();
            }
            if (isExchange(c, before)) {
                ++tally.exchanges;
                for (const Group& grp : before.groups) {
                    const Group* now = findGroup(after, grp.id);
                    exchangesKeepValue = exchangesKeepValue && now && now->quantity.totalMilli() == grp.quantity.totalMilli();
                }
            }
            if (g.chance(kUndoPercent)) {
                REQUIRE(s.undo());
                ++tally.undos;
                --cursor;
                undoExact = undoExact && s.board() == timeline[cursor] && s.board() == before;
                if (g.chance(kRedoPercent)) {
                    REQUIRE(s.redo());
                    ++tally.redos;
                    ++cursor;
                    redoExact = redoExact && s.board() == timeline[cursor];
                }
            }
        }
        INFO("seed " << seed << ": " << tally.applied << " applied, " << tally.refused << " refused, " << tally.exchanges
                     << " exchanges, " << tally.undos << " undos, " << tally.redos << " redos");
        CHECK(boardsValid);
        CHECK(allViewsAgree);
        CHECK(exchangesKeepValue);
        CHECK(refusalsChangeNothing);
        CHECK(undoExact);
        CHECK(redoExact);
        CHECK(savedBoardsLoadEqual);
        CHECK(describedInFull);
        CHECK(tally.fileChecks > 10);
        // The sequence really exercised the engine.
        CHECK(tally.applied > kStepsPerSeed / 4);
        CHECK(tally.refused > 0);
        CHECK(tally.exchanges > 20);
        CHECK(tally.undos > 50);
        // Replaying the log from the start reproduces the board, and every board on the way.
        REQUIRE(s.log().size() == cursor);
        auto replayed = s.replay(cursor);
        REQUIRE(replayed.ok());
        CHECK(replayed.value() == s.board());
        for (std::size_t k = 0; k <= cursor; k += std::max<std::size_t>(1, cursor / 10)) {
            auto part = s.replay(k);
            REQUIRE(part.ok());
            CHECK(part.value() == timeline[k]);
        }
        // Undoing everything returns to the starting board exactly.
        while (s.undo()) {}
        CHECK(s.board() == timeline[0]);
    }
}
