// Tests for commands in files: every kind of Command written as JSON and read back exactly, refusals that
// name the place and the reason, and a session's log saved and replayed to the same board.
#include <catch2/catch.hpp>

#include <variant>

#include "model/board_file.hpp"
#include "model/command_file.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
Value d(const char* text) { return Value::parse(text).value(); }

// One command of the variant's kind `index`, with fields away from their defaults.
Command sample(std::size_t index) {
    switch (index) {
        case 0: return AddModel{Representation::Beads, Level::Pictorial, Point{12.5, -40}, v(47), ModelId{3}};
        case 1: return RemoveModel{4};
        case 2: return MoveModel{2, Point{0.1, 1e5}};
        case 3: return ShowAs{2, Representation::PartWhole};
        case 4: return SetLevel{2, Level::Abstract};
        case 5: return CutLink{7};
        case 6: return SetSettings{Settings{ExchangeMode::Off, 150, "colour-blind-safe", BeadColours::Tens}};
        case 7: return AddPiece{2, 1, Place::Tenths, Point{40, 120}};
        case 8: return RemovePiece{2, 17};
        case 9: return MovePiece{2, 3, Point{330.25, 96}, Place::Hundreds};
        case 10: return Exchange{2, 1, Place::Tens, false};
        case 11: return ExchangeAll{2};
        case 12: return BreakDown{2, Place::Tens};
        case 13: return SetChart{2, false, Place::Hundredths, Place::TenThousands};
        case 14: return SetPlainCounters{5, true};
        case 15: return SetBlockScale{2, Place::Hundredths};
        case 16: return SetCountedBeads{6, 37};
        case 17: return MoveBeadDivider{6, 1, 23};
        case 18: return SetBeadStringSize{6, 50};
        case 19: return SetBeadCover{6, BeadCover{8, 10}};
        case 20: return SetCountOn{6, CountOnMarker{8, 5}};
        case 21: return SetPart{3, 1, d("0.45"), true};
        case 22: return SetWhole{3, v(1234567)};
        case 23: return Repartition{3, {v(30), v(17), d("2.5")}};
        case 24: return AddPart{3};
        case 25: return RemovePart{3, 2};
        case 26: return SetUnknown{3, Unknown{UnknownKind::Part, 1}};
        case 27: return SetOrientation{3, Orientation::WholeLeft};
        case 28: return SetBar{8, BarMode::EqualParts, 4, 3, "cm"};
        case 29: return SetBarText{8, {"Sweets", "", "Sam"}, "kg"};
        case 30: return SetFractionRows{8, {FractionRow{2, 1}, FractionRow{8, 3}, FractionRow{12, 0}}};
        case 31: return SetBarScale{8, true};
        case 32: return DuplicateModel{4, Point{250, -12.5}};
        case 33: return SetValue{2, d("3.47")};
        case 34: return SetRows{2, true};
        case 35: return SetFixedSet{5, true};
        case 36: return AddCoin{9, Coin::L20};
        case 37: return RemoveCoin{9, Coin::P2};
        case 38: return ExchangeCoin{9, Coin::P50, true};
        default: return RemoveModel{1};
    }
}

std::string refusal(const std::string& text) {
    auto r = commandFromJson(text);
    return r.ok() ? std::string("(read)") : r.error().message;
}
}  // namespace

SCENARIO("Every kind of command is written as JSON and read back exactly", "[command-file]") {
    constexpr std::size_t kinds = std::variant_size_v<Command>;
    REQUIRE(commandIds().size() == kinds);
    for (std::size_t i = 0; i < kinds; ++i) {
        const Command c = sample(i);
        REQUIRE(c.index() == i);
        const std::string text = commandToJson(c);
        INFO(text);
        // Plain checks, not sections: a section in a loop would run for the first kind only.
        CHECK(text.find("\"command\":\"" + std::string(commandId(c)) + "\"") != std::string::npos);
        auto back = commandFromJson(text);
        REQUIRE(back.ok());
        CHECK(back.value() == c);
    }
    WHEN("optional fields are left out") {
        for (const Command& c : {Command{AddModel{Representation::Blocks, Level::Concrete, Point{}, v(5), std::nullopt}},
                                 Command{AddPiece{2, 0, Place::Ones, std::nullopt}}, Command{SetBeadCover{6, std::nullopt}},
                                 Command{SetCountOn{6, std::nullopt}}, Command{SetUnknown{3, Unknown{}}},
                                 Command{SetUnknown{3, Unknown{UnknownKind::Difference, 0}}},
                                 Command{SetUnknown{3, Unknown{UnknownKind::Whole, 0}}}}) {
            auto back = commandFromJson(commandToJson(c));
            REQUIRE(back.ok());
            CHECK(back.value() == c);
        }
    }
    WHEN("a decimal value is written") {
        THEN("it is text, so it stays exact") { CHECK(commandToJson(SetWhole{3, d("0.1")}).find("\"value\":\"0.1\"") != std::string::npos); }
    }
    THEN("the names are all different") {
        auto ids = commandIds();
        std::sort(ids.begin(), ids.end());
        CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    }
}

SCENARIO("A bad command is refused with its place and reason", "[command-file]") {
    CHECK(refusal(R"({"command": "wiggle", "model": 2})").rfind("/command: \"wiggle\" is not one of: add-model, ", 0) == 0);
    CHECK(refusal(R"({"command": "remove-model", "model": 2, "colour": 1})") ==
          "/colour: \"colour\" is not something a lesson file can say here.");
    CHECK(refusal(R"({"command": "remove-model"})") == "/: \"model\" is missing.");
    CHECK(refusal(R"({"model": 2})") == "/: \"command\" is missing.");
    CHECK(refusal(R"({"command": "remove-model", "model": 0})") ==
          "/model: This should be a whole number from 1 to 1,000,000,000, not 0.");
    CHECK(refusal(R"({"command": "add-piece", "model": 2, "part": 0, "place": "dozens"})").rfind("/place: \"dozens\" is not one of:", 0) == 0);
    CHECK(refusal(R"({"command": "add-piece", "model": 2, "part": 12, "place": "ones"})") ==
          "/part: This should be a whole number from 0 to 11, not 12.");
    CHECK(refusal(R"({"command": "add-piece", "model": 2, "part": 0, "place": "ones", "x": 4})") == "/: \"y\" is missing.");
    CHECK(refusal(R"({"command": "set-whole", "model": 2, "value": -3})").rfind("/value: ", 0) == 0);
    CHECK(refusal(R"({"command": "set-bar", "model": 2, "mode": "equal-parts", "unit": "12 cm"})").rfind("/unit: ", 0) == 0);
    CHECK(refusal(R"({"command": "set-bead-cover", "model": 2, "cover": [3]})") == "/cover: This should be a pair of whole numbers, such as [3, 7].");
    CHECK(refusal(R"({"command": "set-unknown", "model": 2, "unknown": "everything"})").rfind("/unknown: \"everything\" is not one of:", 0) == 0);
    CHECK(refusal(R"({"command": "repartition", "model": 2, "parts": [1, "x"]})").rfind("/parts/1: ", 0) == 0);
    CHECK(refusal(R"({"command": "set-chart", "model": 2, "chart": true, "columns": ["ones"]})") ==
          "/columns: The columns are given as [lowest, highest], such as [\"ones\", \"thousands\"].");
    CHECK(refusal(R"([1, 2])") == "/: This should be an object in { }.");
    CHECK(refusal(R"({"command": )").rfind("This is not a command: the text stops making sense at character", 0) == 0);
}

SCENARIO("A session's log written as JSON replays to the same board", "[command-file]") {
    GIVEN("a class that built 47, exchanged a ten and re-partitioned it") {
        Session s(boardFromJson(R"({"format": "tenfold-board", "version": 1, "groups": [{"id": 1, "value": 40}],
            "models": [{"id": 2, "kind": "blocks", "group": 1}, {"id": 3, "kind": "part-whole", "group": 1, "x": 900}]})")
                      .value());
        for (int i = 0; i < 7; ++i) REQUIRE(s.apply(AddPiece{2, 0, Place::Ones, std::nullopt}).ok());
        REQUIRE(s.apply(Repartition{3, {v(30), v(17)}}).ok());
        REQUIRE(s.apply(SetUnknown{3, Unknown{UnknownKind::Part, 1}}).ok());
        REQUIRE(s.apply(SetOrientation{3, Orientation::WholeBelow}).ok());
        WHEN("every command of the log is written and read back") {
            Board b = s.start();
            for (const Command& c : s.log()) {
                auto back = commandFromJson(commandToJson(c));
                REQUIRE(back.ok());
                auto next = applyCommand(b, back.value());
                REQUIRE(next.ok());
                b = next.value();
            }
            THEN("the replayed board is the session's board") { CHECK(b == s.board()); }
        }
    }
}
