// Tests for board files: example boards load as written by hand, saving then loading gives an equal
// board, saving is atomic, broken or hostile files are refused naming the place and the reason (quoting
// only an excerpt), numbers are read exactly as written, and a key given twice is refused.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "model/board_file.hpp"
#include "model/command.hpp"

using namespace tenfold::model;
namespace fs = std::filesystem;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }

const fs::path kTestBoards = fs::path(TENFOLD_TEST_DATA_DIR) / "boards";
const fs::path kAssetBoards = fs::path(TENFOLD_TEST_DATA_DIR) / ".." / ".." / "assets" / "boards";

int count(const Model& m, Place p) {
    int n = 0;
    for (const Piece& piece : (m.kind == Representation::Counters ? m.layouts.counters : m.layouts.blocks).pieces)
        if (piece.place == p) ++n;
    return n;
}

std::string refusal(const std::string& text) {
    auto r = boardFromJson(text);
    return r.ok() ? std::string("(loaded)") : r.error().message;
}

// A board file with one model written inline.
std::string withModel(const std::string& model) {
    return R"({"format": "tenfold-board", "version": 1, "models": [)" + model + "]}";
}
}  // namespace

SCENARIO("The lesson boards written by hand load and are laid out") {
    WHEN("47 as blocks, part-whole and bar is loaded") {
        auto b = loadBoardFile(kAssetBoards / "forty-seven.json");
        REQUIRE(b.ok());
        const Board& board = b.value();
        THEN("three models show one group of 40 and 7") {
            REQUIRE(board.models.size() == 3);
            CHECK(board.groups.size() == 1);
            CHECK(board.groups[0].quantity.partValues() == std::vector<Value>{v(40), v(7)});
            CHECK(count(board.models[0], Place::Tens) == 4);
            CHECK(count(board.models[0], Place::Ones) == 7);
            CHECK(board.models[1].layouts.orientation == Orientation::WholeLeft);
            CHECK(board.models[2].kind == Representation::Bar);
        }
        THEN("ids were given in file order after the group's") {
            CHECK(board.models[0].id == 2);
            CHECK(board.models[2].id == 4);
            CHECK(board.nextId == 5);
        }
    }
    WHEN("0.45 in a decimal chart is loaded") {
        auto b = loadBoardFile(kAssetBoards / "decimal-chart.json");
        REQUIRE(b.ok());
        const Model& chart = b.value().models[0];
        THEN("the flat is one and the chart holds 4 tenths (rods) and 5 hundredths (cubes)") {
            CHECK(chart.layouts.blocks.scale == kDecimalScale);
            CHECK(count(chart, Place::Tenths) == 4);
            CHECK(count(chart, Place::Hundredths) == 5);
            CHECK(b.value().groups[0].quantity.value() == Value::parse("0.45").value());
        }
    }
    WHEN("the bead string 7 | 3 with a part-whole of 10 is loaded") {
        auto b = loadBoardFile(kAssetBoards / "bead-string-ten.json");
        REQUIRE(b.ok());
        THEN("the missing part is worked out as 3 and marked unknown, and the string is split after bead 7") {
            const Quantity& q = b.value().groups[0].quantity;
            CHECK(q.partValues() == std::vector<Value>{v(7), v(3)});
            CHECK(q.unknown == Unknown{UnknownKind::Part, 1});
            CHECK(b.value().models[0].layouts.beads.counted == 10);
            CHECK(b.value().models[0].layouts.beads.dividers == std::vector<int>{7});
        }
    }
    WHEN("a bar of 24 in 3 equal parts with 2 shaded is loaded") {
        auto b = loadBoardFile(kTestBoards / "bar-equal-parts.json");
        REQUIRE(b.ok());
        THEN("it is three parts of 8, two shaded") {
            CHECK(b.value().groups[0].quantity.partValues() == std::vector<Value>{v(8), v(8), v(8)});
            CHECK(b.value().models[0].layouts.bar.shaded == 2);
        }
    }
    WHEN("comparison bars of 13 and 5 are loaded") {
        auto b = loadBoardFile(kTestBoards / "comparison-bars.json");
        REQUIRE(b.ok());
        THEN("the difference is the unknown") {
            CHECK(b.value().groups[0].quantity.partValues() == std::vector<Value>{v(13), v(5)});
            CHECK(b.value().groups[0].quantity.unknown.kind == UnknownKind::Difference);
        }
    }
    WHEN("plain counters placed by hand as 4 tens and 13 ones are loaded") {
        auto b = loadBoardFile(kTestBoards / "hand-written-pieces.json");
        REQUIRE(b.ok());
        THEN("they read 53, keep their places and the settings are read") {
            CHECK(b.value().groups[0].quantity.value() == v(53));
            CHECK(b.value().models[0].layouts.counters.pieces[4].at == Point{400, 80});
            CHECK(b.value().settings.exchange == ExchangeMode::Off);
            CHECK(b.value().settings.palette == "colour-blind-safe");
            CHECK(b.value().nextId == 10);
        }
    }
}

SCENARIO("Saving then loading gives an equal board") {
    for (const fs::path& dir : {kAssetBoards, kTestBoards}) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (entry.path().extension() != ".json") continue;
            INFO(entry.path().string());
            auto b = loadBoardFile(entry.path());
            REQUIRE(b.ok());
            CHECK(validateBoard(b.value()).ok());
            auto again = boardFromJson(boardToJson(b.value()));
            REQUIRE(again.ok());
            CHECK(again.value() == b.value());
        }
    }
    GIVEN("the default board after some edits, with a kept layout and decimals") {
        Session s;
        REQUIRE(s.apply(MovePiece{1, 0, Point{12.375, -4.5}, Place::Hundreds}).ok());
        REQUIRE(s.apply(ShowAs{2, Representation::Bar}).ok());
        REQUIRE(s.apply(SetUnknown{2, Unknown{UnknownKind::Part, 1}}).ok());
        REQUIRE(s.apply(AddModel{Representation::Counters, Level::Pictorial, Point{0, 900}, Value::parse("3.07").value(), std::nullopt}).ok());
        REQUIRE(s.apply(Exchange{5, 0, Place::Ones, false}).ok());
        REQUIRE(s.apply(ShowAs{5, Representation::Numeral}).ok());
        REQUIRE(s.apply(AddModel{Representation::Bar, Level::Pictorial, Point{0, 1500}, v(18), std::nullopt}).ok());
        REQUIRE(s.apply(SetBarText{s.board().models.back().id, {"Sweets", "Tom's"}, "£"}).ok());
        REQUIRE(s.apply(AddModel{Representation::Beads, Level::Concrete, Point{0, 2000}, v(8), std::nullopt}).ok());
        REQUIRE(s.apply(SetCountOn{s.board().models.back().id, CountOnMarker{6, 3}}).ok());
        Settings settings = s.board().settings;
        settings.beadColours = BeadColours::Tens;
        REQUIRE(s.apply(SetSettings{settings}).ok());
        const fs::path dir = fs::current_path() / "board_file_test";
        fs::create_directories(dir);
        const fs::path file = dir / "lesson.json";
        WHEN("it is saved and loaded") {
            REQUIRE(saveBoardFile(s.board(), file).ok());
            auto loaded = loadBoardFile(file);
            THEN("the board is equal and no temporary file is left") {
                REQUIRE(loaded.ok());
                CHECK(loaded.value() == s.board());
                int files = 0;
                for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
                CHECK(files == 1);
            }
        }
        WHEN("it is saved into a folder that does not exist") {
            const Status st = saveBoardFile(s.board(), dir / "missing" / "lesson.json");
            THEN("it is refused") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == "\"" + (dir / "missing" / "lesson.json").string() +
                                                "\" could not be saved: the folder is not there. Nothing on the disk was changed.");
            }
        }
        fs::remove_all(dir);
    }
}

SCENARIO("Broken and hostile board files are refused naming the place and the reason") {
    CHECK(refusal(R"({"format": "tenfold-board", "version": 1, "settings": {"beadColours": "sevens"}, "models": []})") ==
          "/settings/beadColours: \"sevens\" is not one of: by-length, fives, tens.");
    CHECK(refusal(withModel(R"({"kind": "bar", "value": 3, "bar": {"labels": ["Tom", 7]}})")).rfind("/models/0/bar/labels/1:", 0) == 0);
    CHECK(refusal(withModel(R"({"kind": "bar", "value": 3, "bar": {"labels": ["Tom", "Sam\u0007"]}})")).rfind("/models/0/bar/labels/1:", 0) == 0);
    CHECK(refusal(withModel(R"({"kind": "abacus", "value": 3})")) ==
          "/models/0/kind: \"abacus\" is not one of: blocks, counters, beads, part-whole, bar, numeral, money.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "value": 3, "x": "left"})")) ==
          "/models/0/x: A position must be a number from -1,000,000 to 1,000,000.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "value": 3, "y": 1e300})")) ==
          "/models/0/y: A position must be a number from -1,000,000 to 1,000,000, not 1e300.");
    CHECK(refusal(withModel(R"({"kind": "numeral", "value": -4})")).rfind("/models/0/value: ", 0) == 0);
    CHECK(refusal(withModel(R"({"kind": "numeral", "value": 99999999999999999999})")).rfind("/models/0/value: ", 0) == 0);
    CHECK(refusal(withModel(R"({"kind": "numeral", "value": true})")) ==
          "/models/0/value: This should be a number such as 47 or \"0.45\".");
    CHECK(refusal(withModel(R"({"kind": "numeral", "value": 0.1234})")).rfind("/models/0/value: ", 0) == 0);
    CHECK(refusal(withModel(R"({"kind": "blocks", "vlaue": 3})")) ==
          "/models/0/vlaue: \"vlaue\" is not something a board file can say here.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "group": 7})")) == "/models/0/group: There is no group 7.");
    CHECK(refusal(withModel(R"({"kind": "part-whole", "parts": [1, 1, 1, 1, 1, 1]})")) ==
          "/models/0/kind: A part-whole model has 2 to 5 parts, but this has 6.");
    CHECK(refusal(withModel(R"({"kind": "beads", "value": 201})")) ==
          "/models/0/kind: A bead string has at most 100 beads, so it cannot show 201.");
    CHECK(refusal(withModel(R"({"kind": "beads", "value": "0.5"})")) ==
          "/models/0/kind: A bead string shows whole numbers only, so it cannot show 0.5.");
    CHECK(refusal(withModel(R"({"kind": "part-whole", "whole": 10, "parts": ["?", "?"]})")) ==
          "/models/0/parts: More than one value is \"?\", so they cannot be worked out.");
    CHECK(refusal(withModel(R"({"kind": "part-whole", "whole": 30, "parts": [40, "?"]})")) ==
          "/models/0/whole: The parts given add up to more than the whole, 30.");
    CHECK(refusal(withModel(R"({"kind": "part-whole", "whole": 48, "parts": [40, 7]})")) ==
          "/models/0/whole: The parts add up to 47, but the whole is 48.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "parts": [{"counts": {"ones": -3}}]})")) ==
          "/models/0/parts/0/counts/ones: This should be a whole number from 0 to 9,999,999,999, not -3.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "value": 3, "id": 2}, {"kind": "blocks", "value": 4, "id": 2})")) ==
          "/models/1/id: The id 2 is used more than once.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "value": 47, "blocks": {"pieces": [{"place": "tens"}, {"place": "tens"}, {"place": "tens"}]}})")) ==
          "/models/0/blocks/pieces: Part 1 should have 4 tens, but the pieces show 3 tens.");
    CHECK(refusal(withModel(R"({"kind": "bar", "value": 10, "bar": {"mode": "equal-parts", "parts": 3}})")).rfind("/models/0/bar/parts: ", 0) == 0);
    CHECK(refusal(R"({"format": "tenfold-board", "version": 1, "groups": [{"id": 1, "value": 5}], "models": []})") ==
          "/groups/0: No model shows this group.");
    CHECK(refusal(R"({"format": "something-else", "version": 1, "models": []})") == "/format: This is not a Tenfold board file.");
    CHECK(refusal(R"({"format": "tenfold-board", "version": 2, "models": []})") ==
          "/version: This board is in format version 2, but this Tenfold reads version 1.");
    CHECK(refusal(R"({"format": "tenfold-board", "version": 1})") == "/: \"models\" is missing.");
    CHECK(refusal("[1, 2, 3]") == "/: This should be an object in { }.");
    CHECK(refusal(std::string(100, '[') + std::string(100, ']')) ==
          "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: The file is nested more than 16 levels deep.");
    CHECK(refusal(R"({"format": "tenfold-board", "version": 1, "models": [)") ==
          "This is not a board file: the text stops making sense at character 54.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "value": 3, "x": NaN})")).rfind("This is not a board file", 0) == 0);
    CHECK(refusal("").rfind("This is not a board file", 0) == 0);
    std::string many = R"({"format": "tenfold-board", "version": 1, "models": [)";
    for (int i = 0; i < 201; ++i) many += std::string(i ? "," : "") + R"({"kind": "numeral", "value": 1})";
    CHECK(refusal(many + "]}") == "/models: This list is longer than 200 items.");
    WHEN("the broken files written by hand are loaded") {
        const fs::path broken = kTestBoards / "broken";
        auto message = [&](const char* name) {
            auto r = loadBoardFile(broken / name);
            return r.ok() ? std::string("(loaded)") : r.error().message;
        };
        THEN("each names the place and the reason") {
            CHECK(message("duplicate-ids.json") == "/models/1/id: The id 2 is used more than once.");
            CHECK(message("missing-group.json") == "/models/1/group: There is no group 4.");
            CHECK(message("bad-part.json").rfind("/models/2/parts/1: ", 0) == 0);
            CHECK(message("truncated.json") == "This is not a board file: the text stops making sense at character 90.");
        }
    }
    WHEN("a file that does not exist is loaded") {
        auto r = loadBoardFile(kTestBoards / "no-such-board.json");
        THEN("it is refused") { CHECK_FALSE(r.ok()); }
    }
}

SCENARIO("Numbers in a board file are read exactly as written, or refused with their place and text") {
    GIVEN("values written in JSON's other forms that are exact") {
        const auto [written, expected] = GENERATE(table<std::string, std::string>({
            {"1e6", "1000000"}, {"1000000.0", "1000000"}, {"1E+6", "1000000"}, {"4.7e1", "47"},
            {"0.45", "0.45"}, {"4.50", "4.5"}, {"45e-2", "0.45"}, {"0.001", "0.001"}, {"9999999.999", "9999999.999"}}));
        WHEN("a numeral of " + written + " is read") {
            auto b = boardFromJson(withModel(R"({"kind": "numeral", "value": )" + written + "}"));
            THEN("it holds exactly " + expected) {
                REQUIRE(b.ok());
                CHECK(b.value().groups[0].quantity.value() == Value::parse(expected).value());
            }
        }
    }
    GIVEN("values that are not exact thousandths, or too large, or below zero") {
        const auto [written, message] = GENERATE(table<std::string, std::string>({
            {"0.0005", "/models/0/value: 0.0005 has more decimal places than Tenfold shows: numbers go to thousandths (3 decimal places)."},
            {"0.0009999999999999999999", "/models/0/value: 0.0009999999999999999999 has more decimal places than Tenfold shows: numbers go to thousandths (3 decimal places)."},
            {"1e-400", "/models/0/value: 1e-400 has more decimal places than Tenfold shows: numbers go to thousandths (3 decimal places)."},
            {"1e7", "/models/0/value: 1e7 is too big: 9,999,999.999 is the largest number Tenfold can show."},
            {"99999999999999999999", "/models/0/value: 99999999999999999999 is too big: 9,999,999.999 is the largest number Tenfold can show."},
            {"1e400", "/models/0/value: 1e400 is far too large a number for a board file."},
            {"-0.5", "/models/0/value: Tenfold shows numbers from 0 upwards, so it cannot show -0.5."}}));
        THEN(written + " is refused: " + message) { CHECK(refusal(withModel(R"({"kind": "numeral", "value": )" + written + "}")) == message); }
    }
    GIVEN("a number of ten million digits") {
        const std::string huge = "1" + std::string(10'000'000, '0');
        THEN("it is refused with its place and the first digits only") {
            const std::string m = refusal(withModel(R"({"kind": "numeral", "value": )" + huge + "}"));
            CHECK(m == "/models/0/value: " + huge.substr(0, 40) + "... is far too large a number for a board file.");
        }
    }
    GIVEN("whole numbers written as decimals or with an exponent where a whole number belongs") {
        THEN("they are read when they are exactly whole, and refused quoting the text when not") {
            auto b = boardFromJson(withModel(R"({"kind": "beads", "value": 7, "beads": {"size": 1e1}})"));
            REQUIRE(b.ok());
            CHECK(b.value().models[0].layouts.beads.size == 10);
            CHECK(refusal(withModel(R"({"kind": "beads", "value": 7, "beads": {"size": 10.5}})")) ==
                  "/models/0/beads/size: This should be a whole number from 0 to 100, not 10.5.");
            CHECK(refusal(withModel(R"({"kind": "blocks", "value": 3, "id": 1e12})")) ==
                  "/models/0/id: This should be a whole number from 1 to 1,000,000,000, not 1e12.");
        }
    }
    GIVEN("positions") {
        THEN("they are the nearest number to what is written, and one out of range is quoted") {
            auto b = boardFromJson(withModel(R"({"kind": "blocks", "value": 3, "x": 12.375, "y": -4e2})"));
            REQUIRE(b.ok());
            CHECK(b.value().models[0].at == Point{12.375, -400});
            CHECK(refusal(withModel(R"({"kind": "blocks", "value": 3, "x": 1e400})")) ==
                  "/models/0/x: 1e400 is far too large a number for a board file.");
        }
    }
}

SCENARIO("A key given twice in a board file is refused, not read as the last one") {
    CHECK(refusal(withModel(R"({"kind": "numeral", "value": 3, "value": 4})")) ==
          "/models/0/value: \"value\" is given twice here: say each thing once.");
    CHECK(refusal(R"({"format": "tenfold-board", "format": "tenfold-board", "version": 1, "models": []})") ==
          "/format: \"format\" is given twice here: say each thing once.");
    CHECK(refusal(withModel(R"({"kind": "blocks", "parts": [{"counts": {"ones": 3, "tens": 1, "ones": 4}}]})")) ==
          "/models/0/parts/0/counts/ones: \"ones\" is given twice here: say each thing once.");
}

SCENARIO("Refusals quote only a short excerpt of what a file says") {
    GIVEN("a model with a 10 MB unknown key") {
        const std::string key(10'000'000, 'k');
        const std::string m = refusal(withModel(R"({"kind": "numeral", "value": 3, ")" + key + R"(": 1})"));
        THEN("the message names the place and the key by its first 40 characters") {
            const std::string shown = std::string(40, 'k') + "...";
            CHECK(m == "/models/0/" + shown + ": \"" + shown + "\" is not something a board file can say here.");
        }
    }
    GIVEN("a long unknown name with a line break in it") {
        const std::string m = refusal(withModel(R"({"kind": "abacus\nabacus abacus abacus abacus abacus", "value": 3})"));
        THEN("the excerpt is one line") {
            CHECK(m == "/models/0/kind: \"abacus abacus abacus abacus abacus abacu...\" is not one of: blocks, counters, "
                       "beads, part-whole, bar, numeral, money.");
        }
    }
    GIVEN("an object with more keys than any part of a board has") {
        std::string many = R"({"kind": "numeral", "value": 3)";
        for (int i = 0; i < 70; ++i) many += ", \"k" + std::to_string(i) + "\": 1";
        THEN("it is refused while it is read") {
            CHECK(refusal(withModel(many + "}")) == "/models/0: This has more than 64 keys in its { }.");
        }
    }
    GIVEN("a list longer than any list of a board, of numbers") {
        std::string list = "[0";
        for (int i = 0; i < 10'001; ++i) list += ",0";
        THEN("it is refused at the list's place") {
            CHECK(refusal(withModel(R"({"kind": "beads", "value": 3, "beads": {"dividers": )" + list + "]}}")) ==
                  "/models/0/beads/dividers: This list is longer than 10,000 items.");
        }
    }
}

SCENARIO("A board whose file could not be opened again is not saved") {
    GIVEN("a board of 14 charts of 9,999 loose ones") {
        auto one = boardFromJson(R"({"format": "tenfold-board", "version": 1, "settings": {"exchange": "off"},
            "groups": [{"id": 1, "parts": [{"counts": {"ones": 9999}}]}],
            "models": [{"kind": "blocks", "group": 1, "blocks": {"chart": true, "columns": ["ones", "thousands"]}}]})");
        REQUIRE(one.ok());
        Board b = one.value();
        for (int i = 1; i < 14; ++i) {
            Group g = b.groups[0];
            g.id = b.nextId++;
            Model m = b.models[0];
            m.id = b.nextId++;
            m.group = g.id;
            m.at.y += 1500.0 * i;
            b.groups.push_back(g);
            b.models.push_back(m);
        }
        REQUIRE(validateBoard(b).ok());
        REQUIRE(boardToJson(b).size() > kMaxBoardFileBytes);
        const fs::path dir = fs::temp_directory_path() / ("tenfold-big-board-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        const fs::path file = dir / "big.json";
        std::ofstream(file) << "old";
        WHEN("it is saved") {
            const Status st = saveBoardFile(b, file);
            THEN("it is refused with the reason, and the file there is as it was") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message ==
                      "This board is too large to save: its file would be larger than 16 MB, the most Tenfold can open "
                      "again. Remove some pieces or models, or exchange, and save again.");
                std::ifstream in(file);
                std::string text;
                in >> text;
                CHECK(text == "old");
            }
        }
        fs::remove_all(dir);
    }
}

SCENARIO("Board files are read through the file seam: only ordinary files, never unboundedly") {
    const fs::path dir = fs::temp_directory_path() / ("tenfold-board-seam-" + std::to_string(::getpid()));
    fs::create_directories(dir);
#ifndef __EMSCRIPTEN__  // the browser has no pipes
    WHEN("a pipe with no writer is opened as a board") {
        const fs::path fifo = dir / "pipe.json";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        auto r = loadBoardFile(fifo);
        THEN("it is refused at once") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "\"" + fifo.string() +
                                           "\" is not an ordinary file (it is a device, a pipe or a socket), so Tenfold does not read it.");
        }
    }
#endif
    WHEN("/dev/zero is opened as a board") {
        auto r = loadBoardFile("/dev/zero");
        THEN("it is refused at once") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "\"/dev/zero\" is not an ordinary file (it is a device, a pipe or a socket), so Tenfold does not read it.");
        }
    }
    WHEN("a file of 17 MB is opened as a board") {
        const fs::path big = dir / "big.json";
        { std::ofstream(big) << "{"; }
        fs::resize_file(big, 17u * 1024u * 1024u);
        auto r = loadBoardFile(big);
        THEN("it is refused without being read") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "\"" + big.string() + "\" is larger than 16 MB, too large for Tenfold to open.");
        }
    }
    fs::remove_all(dir);
}

SCENARIO("A fraction wall, a bar not to scale and a whole that follows its parts are saved and read back", "[board-file]") {
    GIVEN("a board with a fraction wall of 1 and a new bar not to scale") {
        Board b = applyCommand(Board{}, AddModel{Representation::Bar, Level::Concrete, Point{0, 0}, Value::whole(1).value(), std::nullopt}).value();
        const ModelId wall = b.models.back().id;
        b = applyCommand(b, SetBar{wall, BarMode::Fractions, 2, 1, ""}).value();
        b = applyCommand(b, SetFractionRows{wall, {FractionRow{2, 1}, FractionRow{3, 2}, FractionRow{12, 0}}}).value();
        b = applyCommand(b, AddModel{Representation::Bar, Level::Pictorial, Point{0, 300}, Value{}, std::nullopt}).value();
        const ModelId scale = b.models.back().id;
        b = applyCommand(b, SetBarScale{scale, true}).value();
        REQUIRE(findGroup(b, b.models.back().group)->wholeFollowsParts);
        THEN("it reads back exactly") {
            auto back = boardFromJson(boardToJson(b));
            REQUIRE(back.ok());
            CHECK(back.value() == b);
        }
        THEN("a row of 13 parts is refused with where and why") {
            std::string text = boardToJson(b);
            const std::string twelve = "\"parts\": 12";
            const auto at = text.find(twelve);
            INFO(text);
            REQUIRE(at != std::string::npos);
            text.replace(at, twelve.size(), "\"parts\": 13");
            auto back = boardFromJson(text);
            REQUIRE_FALSE(back.ok());
            CHECK(back.error().message.find("rows") != std::string::npos);
        }
    }
}
