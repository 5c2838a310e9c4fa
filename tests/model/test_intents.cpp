// Intents: what a menu, a keypad or a tap asks for, turned into commands by the model's rules. Each rule
// is checked on the boards a teacher would make, and random intents on random boards keep every invariant
// of the engine.
#include <catch2/catch.hpp>

#include <random>

#include "model/command.hpp"
#include "model/intents.hpp"

using namespace tenfold::model;

namespace {

Value v(std::int64_t n) { return Value::whole(n).value(); }
Value dec(const char* s) { return Value::parse(s).value(); }

// A board with one model of `kind` showing `parts` (each a part of the group), and its model id.
struct OneModel {
    Board board;
    ModelId id = 0;
};
OneModel modelOf(Representation kind, const std::vector<Value>& parts) {
    Board b;
    Value total{};
    for (const Value& p : parts) total = add(total, p).value();
    b = applyCommand(b, AddModel{kind, Level::Concrete, Point{0, 0}, total, std::nullopt}).value();
    const ModelId id = b.models.back().id;
    if (parts.size() > 1) b = applyCommand(b, Repartition{id, parts}).value();
    return {b, id};
}

Board applied(const Board& b, const Result<Commands>& intent) {
    REQUIRE(intent.ok());
    Board out = b;
    for (const Command& c : intent.value()) {
        auto next = applyCommand(out, c);
        INFO(describeCommand(c));
        REQUIRE(next.ok());
        out = std::move(next.value());
    }
    return out;
}

const Quantity& quantityOf(const Board& b, ModelId id) { return findGroup(b, findModel(b, id)->group)->quantity; }
std::vector<Value> partsOf(const Board& b, ModelId id) { return quantityOf(b, id).partValues(); }
const Model& modelIn(const Board& b, ModelId id) { return *findModel(b, id); }

Board asBar(OneModel& m, BarMode mode, int parts = 0, int shaded = 0) {
    const int n = parts > 0 ? parts : quantityOf(m.board, m.id).partCount();
    m.board = applyCommand(m.board, SetBar{m.id, mode, n, shaded, ""}).value();
    return m.board;
}

}  // namespace

SCENARIO("Add a part means what the kind of model means by it") {
    GIVEN("47 as a part-whole model of 40 and 7") {
        auto m = modelOf(Representation::PartWhole, {v(40), v(7)});
        THEN("the last part splits in two in the place it uses: 40, 4 and 3") {
            const Board b = applied(m.board, addPartIntent(m.board, m.id));
            CHECK(partsOf(b, m.id) == std::vector<Value>{v(40), v(4), v(3)});
            CHECK(quantityOf(b, m.id).value() == v(47));
        }
    }
    GIVEN("0.45 as 0.4 and 0.05") {
        auto m = modelOf(Representation::PartWhole, {dec("0.4"), dec("0.05")});
        THEN("hundredths split into hundredths, never thousandths") {
            const Board b = applied(m.board, addPartIntent(m.board, m.id));
            CHECK(partsOf(b, m.id) == std::vector<Value>{dec("0.4"), dec("0.03"), dec("0.02")});
        }
    }
    GIVEN("a part too small to split (7 as 6 and 1)") {
        auto m = modelOf(Representation::Beads, {v(6), v(1)});
        const auto intent = addPartIntent(m.board, m.id);
        REQUIRE(intent.ok());
        CHECK(std::holds_alternative<AddPart>(intent.value().front()));
    }
    GIVEN("comparison bars of 13 and 5") {
        auto m = modelOf(Representation::Bar, {v(13), v(5)});
        asBar(m, BarMode::Comparison);
        THEN("a third bar as long as the last comes, and the first two keep their values") {
            const Board b = applied(m.board, addPartIntent(m.board, m.id));
            CHECK(partsOf(b, m.id) == std::vector<Value>{v(13), v(5), v(5)});
        }
    }
    GIVEN("24 in 3 equal parts with 2 shaded") {
        auto m = modelOf(Representation::Bar, {v(24)});
        asBar(m, BarMode::EqualParts, 3, 2);
        THEN("it is shared into 6 equal parts with the shaded amount kept: 2/3 is 4/6, never 2/4") {
            const Board b = applied(m.board, addPartIntent(m.board, m.id));
            CHECK(partsOf(b, m.id) == std::vector<Value>(6, v(4)));
            CHECK(modelIn(b, m.id).layouts.bar.shaded == 4);
        }
        AND_WHEN("24 is in 6 parts with 2 shaded and one more is asked for") {
            Board b = applyCommand(m.board, SetBar{m.id, BarMode::EqualParts, 6, 2, ""}).value();
            THEN("7 (24 does not share into it) is passed over: 12 parts, 4 shaded") {
                const Board after = applied(b, addPartIntent(b, m.id));
                CHECK(partsOf(after, m.id) == std::vector<Value>(12, v(2)));
                CHECK(modelIn(after, m.id).layouts.bar.shaded == 4);
            }
        }
        AND_WHEN("24 is in 12 parts and one more is asked for") {
            Board b = applyCommand(m.board, SetBar{m.id, BarMode::EqualParts, 12, 2, ""}).value();
            THEN("it is refused with a reason") {
                const auto intent = addPartIntent(b, m.id);
                REQUIRE_FALSE(intent.ok());
                CHECK_FALSE(intent.error().message.empty());
            }
        }
    }
}

SCENARIO("Remove a part gives its value back, or takes the last bar away") {
    GIVEN("a part-whole model of 40, 4 and 3") {
        auto m = modelOf(Representation::PartWhole, {v(40), v(4), v(3)});
        const Board b = applied(m.board, removePartIntent(m.board, m.id));
        CHECK(partsOf(b, m.id) == std::vector<Value>{v(40), v(7)});
    }
    GIVEN("three comparison bars") {
        auto m = modelOf(Representation::Bar, {v(13), v(5), v(9)});
        asBar(m, BarMode::Comparison);
        const Board b = applied(m.board, removePartIntent(m.board, m.id));
        THEN("the last bar goes and nothing of it is added to another bar") {
            CHECK(partsOf(b, m.id) == std::vector<Value>{v(13), v(5)});
        }
    }
    GIVEN("the part limits of each kind") {
        CHECK(partRange(modelOf(Representation::PartWhole, {v(4), v(3)}).board.models.back()).most == kMaxParts);
        auto bar = modelOf(Representation::Bar, {v(13), v(5)});
        asBar(bar, BarMode::Comparison);
        CHECK(partRange(modelIn(bar.board, bar.id)).most == kMaxComparisonBars);
        CHECK(partRange(modelIn(bar.board, bar.id)).fewest == kMinComparisonBars);
    }
}

SCENARIO("A number typed on the keypad goes where it was asked for") {
    GIVEN("47 as 40 and 7 in a part-whole model") {
        auto m = modelOf(Representation::PartWhole, {v(40), v(7)});
        WHEN("30 is typed into the first part") {
            const Board b = applied(m.board, typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Part, 0}, v(30)));
            THEN("the whole stays and the other part takes up the difference: 30 and 17") {
                CHECK(partsOf(b, m.id) == std::vector<Value>{v(30), v(17)});
            }
        }
        WHEN("the second part is the \"?\" and 7 is typed into it") {
            Board asked = applyCommand(m.board, SetUnknown{m.id, Unknown{UnknownKind::Part, 1}}).value();
            REQUIRE(answersUnknown(quantityOf(asked, m.id), ValueSlot{m.id, SlotKind::Part, 1}));
            CHECK_FALSE(answersUnknown(quantityOf(asked, m.id), ValueSlot{m.id, SlotKind::Part, 0}));
            const Board b = applied(asked, typeValueIntent(asked, ValueSlot{m.id, SlotKind::Part, 1}, v(7)));
            THEN("the answer takes the \"?\" away") { CHECK(quantityOf(b, m.id).unknown.kind == UnknownKind::None); }
        }
        WHEN("a new whole is typed") {
            const Board b = applied(m.board, typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Whole, 0}, v(50)));
            CHECK(quantityOf(b, m.id).value() == v(50));
            CHECK(partsOf(b, m.id).front() == v(40));
        }
    }
    GIVEN("24 in 3 equal parts") {
        auto m = modelOf(Representation::Bar, {v(24)});
        asBar(m, BarMode::EqualParts, 3, 1);
        THEN("a new whole of 36 is shared again into 3 equal parts of 12") {
            const Board b = applied(m.board, typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Whole, 0}, v(36)));
            CHECK(partsOf(b, m.id) == std::vector<Value>{v(12), v(12), v(12)});
            CHECK(modelIn(b, m.id).layouts.bar.mode == BarMode::EqualParts);
            CHECK(modelIn(b, m.id).layouts.bar.shaded == 1);
        }
        THEN("a whole of 10 cannot be shared into 3 exactly, and the engine says so") {
            CHECK_FALSE(accepted(m.board, typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Whole, 0}, v(10))));
        }
    }
    GIVEN("comparison bars of 13 and 5") {
        auto m = modelOf(Representation::Bar, {v(13), v(5)});
        asBar(m, BarMode::Comparison);
        WHEN("a difference of 10 is typed beside the shorter bar") {
            const Board b = applied(m.board, typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Difference, 1}, v(10)));
            THEN("that bar becomes the longest less the difference: 3") {
                CHECK(partsOf(b, m.id) == std::vector<Value>{v(13), v(3)});
            }
        }
        WHEN("a difference larger than the longest bar is typed") {
            CHECK_FALSE(typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Difference, 1}, v(20)).ok());
        }
        WHEN("the second bar is typed as 8") {
            const Board b = applied(m.board, typeValueIntent(m.board, ValueSlot{m.id, SlotKind::Part, 1}, v(8)));
            THEN("the first bar keeps its value: bars are separate amounts") {
                CHECK(partsOf(b, m.id) == std::vector<Value>{v(13), v(8)});
            }
        }
    }
    GIVEN("a slot for a model that is gone") {
        Board empty;
        CHECK_FALSE(typeValueIntent(empty, ValueSlot{9, SlotKind::Whole, 0}, v(1)).ok());
        CHECK_FALSE(markUnknownIntent(empty, ValueSlot{9, SlotKind::Whole, 0}).ok());
    }
}

SCENARIO("\"?\" on the keypad makes that circle the unknown") {
    auto m = modelOf(Representation::PartWhole, {v(40), v(7)});
    const Board b = applied(m.board, markUnknownIntent(m.board, ValueSlot{m.id, SlotKind::Part, 1}));
    CHECK(quantityOf(b, m.id).unknown == Unknown{UnknownKind::Part, 1});
    CHECK_FALSE(markUnknownIntent(m.board, ValueSlot{m.id, SlotKind::CountOn, 0}).ok());
}

SCENARIO("Beads: the cover, counting on and the shortest string") {
    GIVEN("a string of 10 counted as 7 and 3") {
        auto m = modelOf(Representation::Beads, {v(7), v(3)});
        THEN("Cover hides the last part, and Cover again takes it away") {
            const Board covered = applied(m.board, toggleCoverIntent(m.board, m.id));
            CHECK(modelIn(covered, m.id).layouts.beads.cover == BeadCover{8, 10});
            const Board uncovered = applied(covered, toggleCoverIntent(covered, m.id));
            CHECK_FALSE(modelIn(uncovered, m.id).layouts.beads.cover.has_value());
        }
        THEN("Count on marks 7 + 3, and asks nothing") {
            const auto choice = toggleCountOnIntent(m.board, m.id);
            REQUIRE(choice.ok());
            CHECK_FALSE(choice.value().ask.has_value());
            REQUIRE(choice.value().commands.size() == 1);
            CHECK(std::get<SetCountOn>(choice.value().commands.front()).marker == CountOnMarker{7, 3});
        }
    }
    GIVEN("8 beads counted on one part of a 10-string") {
        auto m = modelOf(Representation::Beads, {v(8)});
        THEN("Count on asks how many") {
            const auto choice = toggleCountOnIntent(m.board, m.id);
            REQUIRE(choice.ok());
            CHECK(choice.value().ask == ValueSlot{m.id, SlotKind::CountOn, 0});
        }
        WHEN("5 are counted on") {
            const Board b = applied(m.board, countOnIntent(m.board, m.id, v(5)));
            THEN("the string grows to 20 to hold the hops, in the same step") {
                CHECK(modelIn(b, m.id).layouts.beads.size == 20);
                CHECK(modelIn(b, m.id).layouts.beads.countOn == CountOnMarker{8, 5});
                CHECK(shortestBeadString(modelIn(b, m.id).layouts.beads) == 20);
            }
        }
        THEN("counting on 0, a half, or past the longest string is refused with the range") {
            CHECK_FALSE(countOnIntent(m.board, m.id, v(0)).ok());
            CHECK_FALSE(countOnIntent(m.board, m.id, dec("0.5")).ok());
            CHECK_FALSE(countOnIntent(m.board, m.id, v(93)).ok());
            CHECK(countOnIntent(m.board, m.id, v(92)).ok());
        }
    }
    GIVEN("a string with nothing counted") {
        Board b = applyCommand(Board{}, AddModel{Representation::Beads, Level::Concrete, Point{}, v(0), std::nullopt}).value();
        CHECK_FALSE(toggleCoverIntent(b, b.models.back().id).ok());
    }
}

SCENARIO("Bars: modes, shading by a tap, labels") {
    auto m = modelOf(Representation::Bar, {v(24)});
    GIVEN("a bar of 24 made into equal parts") {
        const Board b = applied(m.board, Result<Commands>(barModeIntent(m.board, m.id, BarMode::EqualParts)));
        THEN("it starts in 2 equal parts with one shaded") {
            CHECK(partsOf(b, m.id) == std::vector<Value>{v(12), v(12)});
            CHECK(modelIn(b, m.id).layouts.bar.shaded == 1);
        }
        AND_WHEN("the second part is tapped, then tapped again") {
            const Board two = applied(b, Result<Commands>(shadeIntent(b, m.id, 1)));
            CHECK(modelIn(two, m.id).layouts.bar.shaded == 2);
            const Board one = applied(two, Result<Commands>(shadeIntent(two, m.id, 1)));
            CHECK(modelIn(one, m.id).layouts.bar.shaded == 1);
        }
    }
    GIVEN("labels typed with empty fields at the end") {
        const Commands c = labelsIntent(m.board, m.id, {"Sweets", "", ""});
        REQUIRE(c.size() == 1);
        CHECK(std::get<SetBarText>(c.front()).labels == std::vector<std::string>{"Sweets"});
        const Board b = applied(m.board, Result<Commands>(c));
        THEN("the same labels again change nothing (no undo step)") {
            CHECK(labelsIntent(b, m.id, {"Sweets", ""}).empty());
        }
    }
}

SCENARIO("The whole board's level, and Clear on linked models") {
    Board b = defaultBoard();
    CHECK(commonLevel(b) == std::nullopt);  // blocks concrete, part-whole pictorial
    const Board abstract = applied(b, Result<Commands>(boardLevelIntent(b, Level::Abstract)));
    CHECK(commonLevel(abstract) == Level::Abstract);
    CHECK(boardLevelIntent(abstract, Level::Abstract).empty());
    GIVEN("blocks linked to counters (both show 234)") {
        b = applyCommand(b, AddModel{Representation::Counters, Level::Concrete, Point{0, 900}, v(234), b.models.front().id}).value();
        THEN("Clear empties the group once, through one model, and every linked view shows 0") {
            const Board cleared = applied(b, Result<Commands>(clearPiecesIntent(b)));
            for (const Model& m : cleared.models) CHECK(findGroup(cleared, m.group)->quantity.value() == v(0));
        }
    }
}

SCENARIO("Random intents on random boards keep every invariant of the engine") {
    std::mt19937 rng(4242);
    auto range = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Session s(defaultBoard());
    int applied = 0, refused = 0;
    bool refusalsChangeNothing = true, boardsValid = true, partCountsFollow = true, answersClear = true;
    for (int step = 0; step < 3000; ++step) {
        const Board before = s.board();
        // Now and then a new model of a random kind, linked or not, so every intent meets every kind.
        if (before.models.empty() || range(1, 20) == 1) {
            const auto kind = static_cast<Representation>(range(0, kRepresentationCount - 1));
            const std::optional<ModelId> link =
                before.models.empty() || range(0, 1) == 0 ? std::nullopt : std::optional<ModelId>(before.models.back().id);
            (void)s.apply(AddModel{kind, Level::Concrete, Point{0, 0}, v(range(1, 60)), link});
            continue;
        }
        const Model& m = before.models[static_cast<std::size_t>(range(0, static_cast<int>(before.models.size()) - 1))];
        const Quantity q = findGroup(before, m.group)->quantity;
        const int part = range(0, q.partCount() - 1);
        Result<Commands> intent = Commands{};
        const int which = range(0, 11);
        ValueSlot slot{m.id, static_cast<SlotKind>(range(0, 2)), part};
        switch (which) {
            case 0: intent = addPartIntent(before, m.id); break;
            case 1: intent = removePartIntent(before, m.id); break;
            case 2: intent = toggleCoverIntent(before, m.id); break;
            case 3: {
                const auto c = toggleCountOnIntent(before, m.id);
                intent = c ? Result<Commands>(c.value().commands) : Result<Commands>(c.error());
                break;
            }
            case 4: intent = countOnIntent(before, m.id, v(range(0, 30))); break;
            case 5: intent = typeValueIntent(before, slot, v(range(0, 80))); break;
            case 6: intent = markUnknownIntent(before, slot); break;
            case 7: intent = barModeIntent(before, m.id, static_cast<BarMode>(range(0, kBarModeCount - 1))); break;
            case 8: intent = shadeIntent(before, m.id, part); break;
            case 9: intent = boardLevelIntent(before, static_cast<Level>(range(0, 2))); break;
            case 10: intent = labelsIntent(before, m.id, {"A", range(0, 1) ? "B" : ""}); break;
            default: intent = clearPiecesIntent(before); break;
        }
        if (!intent || intent.value().empty()) continue;
        const Status st = s.applyAll(intent.value());
        if (!st.ok()) {
            ++refused;
            refusalsChangeNothing = refusalsChangeNothing && s.board() == before && !st.error().message.empty();
            continue;
        }
        ++applied;
        const Board& after = s.board();
        boardsValid = boardsValid && validateBoard(after).ok();
        const Model* still = findModel(after, m.id);
        if (still != nullptr) {
            const Quantity& now = findGroup(after, still->group)->quantity;
            // Equal parts step to the next number that shares the whole and keeps the shading (3 -> 6);
            // a fraction wall's rows are layout, the number keeps its parts.
            const bool equal = m.kind == Representation::Bar && m.layouts.bar.mode == BarMode::EqualParts;
            const bool wall = m.kind == Representation::Bar && m.layouts.bar.mode == BarMode::Fractions;
            if (which == 0 && !wall) partCountsFollow = partCountsFollow && (equal ? now.partCount() > q.partCount() : now.partCount() == q.partCount() + 1);
            if (which == 1 && !wall) partCountsFollow = partCountsFollow && (equal ? now.partCount() < q.partCount() : now.partCount() == q.partCount() - 1);
            if (which == 5 && answersUnknown(q, slot)) answersClear = answersClear && now.unknown.kind == UnknownKind::None;
        }
        if (range(1, 10) == 1) (void)s.undo();
    }
    INFO(applied << " applied, " << refused << " refused");
    CHECK(refusalsChangeNothing);
    CHECK(boardsValid);
    CHECK(partCountsFollow);
    CHECK(answersClear);
    CHECK(applied > 500);
    CHECK(refused > 50);
}
