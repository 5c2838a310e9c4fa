// The board library: the boards folder, safe file names from typed names (never outside the folder),
// " (2)" for a taken name, listing newest first with thumbnails, and saving through the model's board files.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

#include "app/board_library.hpp"
#include "model/board_file.hpp"

using tenfold::app::BoardEntry;
using tenfold::app::BoardLibrary;
using tenfold::app::safeBoardStem;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = fs::temp_directory_path() /
               ("tenfold-library-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

struct EnvVar {
    std::string name;
    std::optional<std::string> saved;
    EnvVar(std::string n, std::optional<std::string> value) : name(std::move(n)) {
        if (const char* old = std::getenv(name.c_str())) saved = old;
        if (value) {
            ::setenv(name.c_str(), value->c_str(), 1);
        } else {
            ::unsetenv(name.c_str());
        }
    }
    ~EnvVar() {
        if (saved) {
            ::setenv(name.c_str(), saved->c_str(), 1);
        } else {
            ::unsetenv(name.c_str());
        }
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;
};

void touch(const fs::path& p, const std::string& text = "x") {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

std::vector<std::string> names(const std::vector<BoardEntry>& entries) {
    std::vector<std::string> out;
    for (const BoardEntry& e : entries) out.push_back(e.name);
    return out;
}

}  // namespace

SCENARIO("a typed board name becomes a safe file name") {
    const auto [typed, stem] = GENERATE(table<std::string, std::string>({
        {"Year 3: 347!", "Year 3 347"},
        {"Board 1", "Board 1"},
        {"  spaces   everywhere  ", "spaces everywhere"},
        {"tabs\tand\nnew lines", "tabs and new lines"},
        {"../../etc/passwd", "etcpasswd"},
        {"/absolute/path", "absolutepath"},
        {"..", ""},
        {"a\\b:c*d?e\"f<g>h|i", "abcdefghi"},
        {"Part-whole (47) & bars, +2_x", "Part-whole (47) & bars, +2_x"},
        {"Caf\xC3\xA9 \xE2\x80\x93 r\xC3\xA9sum\xC3\xA9", "Caf\xC3\xA9 \xE2\x80\x93 r\xC3\xA9sum\xC3\xA9"},
        {"\xD0\x9A\xD0\xBB\xD0\xB0\xD1\x81\xD1\x81 4", "\xD0\x9A\xD0\xBB\xD0\xB0\xD1\x81\xD1\x81 4"},
        {"bad\xFF\xC3 bytes", "bad bytes"},
        {"over\xC0\xAFlong", "overlong"},
        {"right\xE2\x80\xAEto left", "rightto left"},
        {"zero\xE2\x80\x8Bwidth", "zerowidth"},
        {"!!!", ""},
        {"", ""},
    }));
    GIVEN("the name \"" + typed + "\"") {
        THEN("the file name stem is \"" + stem + "\"") { CHECK(safeBoardStem(typed) == stem); }
    }
}

SCENARIO("a very long name is cut without splitting a character") {
    GIVEN("a name of many two-byte letters") {
        std::string typed;
        for (int i = 0; i < 100; ++i) typed += "\xC3\xA9";  // é
        const std::string stem = safeBoardStem(typed);
        THEN("it fits the limit and ends on a whole letter") {
            CHECK(stem.size() <= tenfold::app::kMaxBoardNameBytes);
            CHECK(stem.size() % 2 == 0);
            CHECK(stem.size() >= tenfold::app::kMaxBoardNameBytes - 1);
        }
    }
}

SCENARIO("the boards folder is in the user's data folder") {
    GIVEN("XDG_DATA_HOME is set") {
        EnvVar data("XDG_DATA_HOME", "/srv/data");
        EnvVar home("HOME", "/home/teacher");
        CHECK(tenfold::app::boardsFolderPath() == fs::path("/srv/data/tenfold/boards"));
    }
    GIVEN("only HOME, or an XDG_DATA_HOME that is not absolute") {
        EnvVar home("HOME", "/home/teacher");
        const auto value = GENERATE(as<std::optional<std::string>>{}, std::nullopt, std::string("rel/data"));
        EnvVar data("XDG_DATA_HOME", value);
        CHECK(tenfold::app::boardsFolderPath() == fs::path("/home/teacher/.local/share/tenfold/boards"));
    }
    GIVEN("neither") {
        EnvVar data("XDG_DATA_HOME", std::nullopt);
        EnvVar home("HOME", std::nullopt);
        const BoardLibrary library;
        THEN("there is no folder; nothing is listed and saving is refused with a reason") {
            CHECK(library.folder().empty());
            CHECK(library.list().empty());
            const auto path = library.pathFor("Board 1", false);
            REQUIRE_FALSE(path.ok());
            CHECK(path.error().message.find("HOME") != std::string::npos);
        }
    }
}

SCENARIO("a board's file name is chosen safely inside the boards folder") {
    TempDir dir;
    EnvVar data("XDG_DATA_HOME", dir.path.string());
    const BoardLibrary library;
    REQUIRE(library.folder() == dir.path / "tenfold" / "boards");
    GIVEN("names that try to leave the folder or are empty") {
        const std::string typed = GENERATE(std::string("../../outside"), std::string("/etc/passwd"),
                                           std::string("a/../../b"), std::string("..\\..\\x"));
        THEN("the path is always directly inside the folder") {
            const auto path = library.pathFor(typed, false);
            REQUIRE(path.ok());
            CHECK(path.value().parent_path() == library.folder());
            CHECK(path.value().extension() == ".json");
        }
    }
    GIVEN("an empty or punctuation-only name") {
        const std::string typed = GENERATE(std::string(""), std::string("   "), std::string("?!/."));
        THEN("it is refused with a message asking for a name") {
            const auto path = library.pathFor(typed, false);
            REQUIRE_FALSE(path.ok());
            CHECK(path.error().message.find("name") != std::string::npos);
        }
    }
    GIVEN("a board called \"Year 3 347\" is already saved") {
        touch(library.folder() / "Year 3 347.json");
        THEN("a new one with the same name gets \" (2)\", then \" (3)\"") {
            CHECK(library.pathFor("Year 3: 347!", false).value() == library.folder() / "Year 3 347 (2).json");
            touch(library.folder() / "Year 3 347 (2).json");
            CHECK(library.pathFor("Year 3 347", false).value() == library.folder() / "Year 3 347 (3).json");
        }
        THEN("overwriting, when asked, uses the same file") {
            CHECK(library.pathFor("Year 3 347", true).value() == library.folder() / "Year 3 347.json");
        }
    }
}

SCENARIO("boards are saved into the library and listed newest first") {
    TempDir dir;
    EnvVar data("XDG_DATA_HOME", dir.path.string());
    const BoardLibrary library;
    GIVEN("no boards folder yet") {
        REQUIRE_FALSE(fs::exists(library.folder()));
        THEN("the list is empty and the first suggested name is Board 1") {
            CHECK(library.list().empty());
            CHECK(library.nextDefaultName() == "Board 1");
        }
        WHEN("the default board is saved as \"Board 1\"") {
            const tenfold::model::Board board = tenfold::model::defaultBoard();
            const auto saved = library.save(board, "Board 1", false);
            THEN("the folder is made, the file loads back as the same board, and Board 2 is suggested next") {
                REQUIRE(saved.ok());
                CHECK(saved.value() == library.folder() / "Board 1.json");
                const auto loaded = tenfold::model::loadBoardFile(saved.value());
                REQUIRE(loaded.ok());
                CHECK(loaded.value() == board);
                CHECK(library.nextDefaultName() == "Board 2");
            }
            AND_WHEN("it is saved again under the same name") {
                const auto again = library.save(board, "Board 1", false);
                THEN("the first is kept and the second is Board 1 (2)") {
                    REQUIRE(again.ok());
                    CHECK(again.value().filename() == "Board 1 (2).json");
                    CHECK(names(library.list()).size() == 2);
                }
            }
        }
    }
    GIVEN("three boards saved at different times, one with a thumbnail, and other files around them") {
        const fs::path folder = library.folder();
        touch(folder / "Oldest.json");
        touch(folder / "Newest.json");
        touch(folder / "Middle.json");
        touch(folder / "Middle.png");
        touch(folder / "notes.txt");
        touch(folder / ".hidden.json");
        touch(folder / "Board 1.json.saving");
        fs::create_directories(folder / "folder.json");
        const auto now = fs::file_time_type::clock::now();
        fs::last_write_time(folder / "Oldest.json", now - std::chrono::hours(48));
        fs::last_write_time(folder / "Middle.json", now - std::chrono::hours(1));
        fs::last_write_time(folder / "Newest.json", now);
        WHEN("the library is listed") {
            const std::vector<BoardEntry> boards = library.list();
            THEN("only the board files are there, newest first") {
                CHECK(names(boards) == std::vector<std::string>{"Newest", "Middle", "Oldest"});
            }
            THEN("each has its path, modified time and thumbnail path") {
                REQUIRE(boards.size() == 3);
                CHECK(boards[1].path == folder / "Middle.json");
                CHECK(boards[1].thumbnail == folder / "Middle.png");
                CHECK(boards[1].hasThumbnail);
                CHECK(boards[0].thumbnail == folder / "Newest.png");
                CHECK_FALSE(boards[0].hasThumbnail);
                CHECK(boards[0].modified > boards[1].modified);
                CHECK(boards[1].modified > boards[2].modified);
            }
        }
    }
}

SCENARIO("a broken board file in the library is listed but refused when opened") {
    TempDir dir;
    const BoardLibrary library(dir.path / "boards");
    GIVEN("a board file that is not JSON") {
        touch(library.folder() / "Broken.json", "{ not a board");
        THEN("it is listed (so the teacher can see it) and loading it gives an error, not a crash") {
            REQUIRE(names(library.list()) == std::vector<std::string>{"Broken"});
            const auto loaded = tenfold::model::loadBoardFile(library.list()[0].path);
            CHECK_FALSE(loaded.ok());
        }
    }
}

SCENARIO("a thumbnail sits beside its board") {
    CHECK(BoardLibrary::thumbnailFor("/b/Year 3 347.json") == fs::path("/b/Year 3 347.png"));
    CHECK(BoardLibrary::thumbnailFor("/b/Board 1 (2).json") == fs::path("/b/Board 1 (2).png"));
}
