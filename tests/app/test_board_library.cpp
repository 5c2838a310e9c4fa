// The board library: the boards folder, safe file names from typed names (never outside the folder),
// " (2)" for a taken name, listing newest first with thumbnails (tidying killed saves), saving as a copy
// and in place (never through a planted link, never losing the old file on a full disk), renaming,
// duplicating, deleting with undo, and the recovery slot for autosave.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <algorithm>
#include <cerrno>
#include <iterator>

#include "app/board_library.hpp"
#include "model/board_file.hpp"
#include "model/file_store.hpp"
#include "model/lesson.hpp"

using tenfold::app::BoardEntry;
using tenfold::app::BoardLibrary;
using tenfold::app::safeBoardStem;
namespace fs = std::filesystem;
using tenfold::model::Status;

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

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

tenfold::model::Board boardOf(int value) {
    auto b = tenfold::model::boardFromJson(R"({"format": "tenfold-board", "version": 1, "models": [{"kind": "numeral", "value": )" +
                                           std::to_string(value) + "}]}");
    REQUIRE(b.ok());
    return b.value();
}

tenfold::model::Board loaded(const fs::path& p) {
    auto b = tenfold::model::loadBoardFile(p);
    REQUIRE(b.ok());
    return b.value();
}

// A disk with no room left, put behind the file seam.
class FullDisk : public tenfold::model::PosixFileStore {
protected:
    long writeSome(int, const char*, std::size_t) const override {
        errno = ENOSPC;
        return -1;
    }
};

std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

SCENARIO("an opened board saves back to its own file; Save as makes a new copy") {
    TempDir dir;
    BoardLibrary library(dir.path / "boards");
    const auto first = library.saveAs(boardOf(47), "Year 3");
    REQUIRE(first.ok());
    WHEN("the opened board is changed and saved in place") {
        REQUIRE(library.saveInPlace(boardOf(48), first.value()).ok());
        THEN("its own file holds the change and no other board appears") {
            CHECK(loaded(first.value()) == boardOf(48));
            CHECK(names(library.list()) == std::vector<std::string>{"Year 3"});
        }
    }
    WHEN("it is saved as the same name") {
        const auto copy = library.saveAs(boardOf(49), "Year 3");
        THEN("a copy \"Year 3 (2)\" is made and the first is unchanged") {
            REQUIRE(copy.ok());
            CHECK(copy.value() == library.folder() / "Year 3 (2).json");
            CHECK(loaded(first.value()) == boardOf(47));
            CHECK(loaded(copy.value()) == boardOf(49));
        }
    }
    WHEN("a file outside the folder is saved in place") {
        const Status st = library.saveInPlace(boardOf(1), dir.path / "elsewhere.json");
        THEN("it is refused: the library only writes its own boards") {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().message == "\"" + (dir.path / "elsewhere.json").string() +
                                            "\" is not a board in the boards folder, so it cannot be changed from here.");
            CHECK_FALSE(fs::exists(dir.path / "elsewhere.json"));
        }
    }
}

SCENARIO("a save never writes through a link planted in the boards folder") {
    TempDir dir;
    BoardLibrary library(dir.path / "boards");
    fs::create_directories(library.folder());
    const fs::path outside = dir.path / "outside.json";
    std::ofstream(outside) << "precious";
    GIVEN("a link under the temporary name older versions used, pointing outside the folder") {
        fs::create_symlink(outside, library.folder() / "Board 1.json.saving");
        WHEN("Board 1 is saved") {
            const auto saved = library.saveAs(boardOf(5), "Board 1");
            THEN("the board lands in the folder and the file outside is untouched") {
                REQUIRE(saved.ok());
                CHECK(loaded(saved.value()) == boardOf(5));
                CHECK(slurp(outside) == "precious");
            }
        }
    }
}

SCENARIO("a save that meets a full disk leaves the board that was there and says why") {
    TempDir dir;
    BoardLibrary library(dir.path / "boards");
    const auto saved = library.saveAs(boardOf(47), "Lesson");
    REQUIRE(saved.ok());
    const std::string before = slurp(saved.value());
    GIVEN("the disk is full") {
        const FullDisk disk;
        const tenfold::model::UseFileStore use(disk);
        WHEN("the changed board is saved in place, and saved as a new name") {
            const Status inPlace = library.saveInPlace(boardOf(48), saved.value());
            const auto asNew = library.saveAs(boardOf(48), "Lesson 2");
            THEN("both are refused with the reason, the old file is whole and nothing is left behind") {
                REQUIRE_FALSE(inPlace.ok());
                CHECK(inPlace.error().message == "\"" + saved.value().string() +
                                                     "\" could not be saved: the disk is full. Nothing on the disk was changed.");
                REQUIRE_FALSE(asNew.ok());
                CHECK(slurp(saved.value()) == before);
                CHECK(filesIn(library.folder()) == std::vector<std::string>{"Lesson.json"});
            }
        }
    }
}

SCENARIO("listing the boards tidies what killed saves left") {
    TempDir dir;
    BoardLibrary library(dir.path / "boards");
    REQUIRE(library.saveAs(boardOf(3), "Board 1").ok());
    // A save killed half way by a process that is gone: a hidden temporary file of a dead process.
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    REQUIRE(child > 0);
    ::waitpid(child, nullptr, 0);
    const fs::path leftover = library.folder() / (".Board 1.json.saving-" + std::to_string(child) + "-0");
    touch(leftover, "{ half a bo");
    WHEN("the folder is listed") {
        const auto boards = library.list();
        THEN("the leftover is gone and the board is listed") {
            CHECK(names(boards) == std::vector<std::string>{"Board 1"});
            CHECK_FALSE(fs::exists(leftover));
            CHECK(filesIn(library.folder()) == std::vector<std::string>{"Board 1.json"});
        }
    }
}

SCENARIO("boards are renamed and duplicated with their thumbnails") {
    TempDir dir;
    BoardLibrary library(dir.path / "boards");
    const auto b = library.saveAs(boardOf(47), "Board 1");
    REQUIRE(b.ok());
    touch(BoardLibrary::thumbnailFor(b.value()), "picture");
    REQUIRE(library.saveAs(boardOf(12), "Tens").ok());
    WHEN("Board 1 is renamed \"Year 3: place value\"") {
        const auto renamed = library.rename(b.value(), "Year 3: place value");
        THEN("the board and its thumbnail have the new safe name and the old name is gone") {
            REQUIRE(renamed.ok());
            CHECK(renamed.value() == library.folder() / "Year 3 place value.json");
            CHECK(loaded(renamed.value()) == boardOf(47));
            CHECK(slurp(library.folder() / "Year 3 place value.png") == "picture");
            CHECK_FALSE(fs::exists(b.value()));
            CHECK_FALSE(fs::exists(library.folder() / "Board 1.png"));
        }
    }
    WHEN("Board 1 is renamed to the name of another board") {
        const auto renamed = library.rename(b.value(), "Tens");
        THEN("it becomes \"Tens (2)\" and the other board is untouched") {
            REQUIRE(renamed.ok());
            CHECK(renamed.value() == library.folder() / "Tens (2).json");
            CHECK(loaded(library.folder() / "Tens.json") == boardOf(12));
        }
    }
    WHEN("it is renamed to its own name, or to a name with no letters") {
        THEN("the first changes nothing and the second is refused") {
            CHECK(library.rename(b.value(), "Board 1").value() == b.value());
            CHECK(library.rename(b.value(), "?!").error().message == "Please give the board a name with some letters or numbers.");
            CHECK(fs::exists(b.value()));
        }
    }
    WHEN("Board 1 is duplicated twice") {
        const auto one = library.duplicate(b.value());
        const auto two = library.duplicate(b.value());
        THEN("the copies are \"Board 1 (2)\" and \"Board 1 (3)\", each with the thumbnail, the original kept") {
            REQUIRE(one.ok());
            REQUIRE(two.ok());
            CHECK(one.value() == library.folder() / "Board 1 (2).json");
            CHECK(two.value() == library.folder() / "Board 1 (3).json");
            CHECK(slurp(one.value()) == slurp(b.value()));
            CHECK(slurp(library.folder() / "Board 1 (3).png") == "picture");
            CHECK(loaded(b.value()) == boardOf(47));
        }
    }
    WHEN("a path outside the folder is renamed or duplicated") {
        touch(dir.path / "other.json", "x");
        THEN("both are refused") {
            CHECK_FALSE(library.rename(dir.path / "other.json", "New").ok());
            CHECK_FALSE(library.duplicate(dir.path / "other.json").ok());
            CHECK_FALSE(library.rename(library.folder() / ".." / "other.json", "New").ok());
            CHECK(fs::exists(dir.path / "other.json"));
        }
    }
}

SCENARIO("a deleted board can be brought back for a while") {
    TempDir dir;
    BoardLibrary library(dir.path / "boards");
    const auto b = library.saveAs(boardOf(47), "Lesson");
    REQUIRE(b.ok());
    touch(BoardLibrary::thumbnailFor(b.value()), "picture");
    const auto t0 = tenfold::app::WallClock::now();
    WHEN("it is deleted") {
        const auto deleted = library.remove(b.value(), t0);
        REQUIRE(deleted.ok());
        THEN("it is gone from the list and waits in the trash") {
            CHECK(library.list().empty());
            CHECK(fs::exists(deleted.value().inTrash));
            CHECK(deleted.value().name == "Lesson");
            CHECK(library.recentlyRemoved().size() == 1);
        }
        AND_WHEN("the delete is undone") {
            const auto back = library.undoRemove();
            THEN("the board and its thumbnail are back where they were") {
                REQUIRE(back.ok());
                CHECK(back.value() == b.value());
                CHECK(loaded(b.value()) == boardOf(47));
                CHECK(slurp(BoardLibrary::thumbnailFor(b.value())) == "picture");
                CHECK(library.recentlyRemoved().empty());
                CHECK(library.undoRemove().error().message == "There is no deleted board to bring back.");
            }
        }
        AND_WHEN("another board took its name meanwhile, and the delete is undone") {
            REQUIRE(library.saveAs(boardOf(5), "Lesson").ok());
            const auto back = library.undoRemove();
            THEN("it comes back as \"Lesson (2)\" and the new board is kept") {
                REQUIRE(back.ok());
                CHECK(back.value() == library.folder() / "Lesson (2).json");
                CHECK(loaded(back.value()) == boardOf(47));
                CHECK(loaded(b.value()) == boardOf(5));
            }
        }
        AND_WHEN("less than the undo time passes") {
            library.forgetRemoved(t0 + std::chrono::minutes(tenfold::app::kUndoDeleteMinutes - 1));
            THEN("it can still come back") { CHECK(library.undoRemove().ok()); }
        }
        AND_WHEN("the undo time passes") {
            library.forgetRemoved(t0 + std::chrono::minutes(tenfold::app::kUndoDeleteMinutes));
            THEN("it is gone for good") {
                CHECK(library.recentlyRemoved().empty());
                CHECK_FALSE(fs::exists(deleted.value().inTrash));
                CHECK_FALSE(library.undoRemove().ok());
            }
        }
        AND_WHEN("the app quits and empties the trash") {
            library.emptyTrash();
            THEN("nothing is left of it") {
                CHECK_FALSE(fs::exists(library.folder() / tenfold::app::kTrashFolderName));
                CHECK(filesIn(library.folder()).empty());
            }
        }
    }
    WHEN("a board that is not there is deleted") {
        THEN("it is refused") { CHECK_FALSE(library.remove(library.folder() / "None.json", t0).ok()); }
    }
}

SCENARIO("the recovery slot keeps a lesson being presented whole, with the step on the screen") {
    TempDir dir;
    const fs::path data = dir.path / "tenfold";
    tenfold::app::RecoverySlot slot(data / "recovery.tenfold", data / "boards");
    tenfold::model::Lesson lesson;
    lesson.title = "Tens and ones";
    lesson.year = 2;
    for (int v : {47, 52, 60}) {
        tenfold::model::Step step;
        step.title = "Show " + std::to_string(v);
        step.prompt = "Show " + std::to_string(v) + " another way.";
        step.board = boardOf(v);
        lesson.steps.push_back(step);
    }
    lesson.steps[1].notes = "The class changed this step.";
    const auto at = tenfold::app::WallClock::time_point(std::chrono::milliseconds(1'712'345'678'000));
    WHEN("the lesson is written at its second step, with the name of its saved file") {
        REQUIRE(slot.writeLesson(lesson, 1, "Tens and ones", at).ok());
        THEN("it reads back as that lesson, every step, at that step, with its time and name") {
            const auto r = slot.read();
            REQUIRE(r.ok());
            REQUIRE(r.value().has_value());
            REQUIRE(r.value()->lesson.has_value());
            CHECK(*r.value()->lesson == lesson);
            CHECK(r.value()->step == 1);
            CHECK(r.value()->savedAt == at);
            CHECK(r.value()->origin == "Tens and ones");
        }
        AND_WHEN("a board is written over it") {
            REQUIRE(slot.write(boardOf(9), "", at).ok());
            THEN("the slot holds the board, not a lesson") {
                const auto r = slot.read();
                REQUIRE(r.ok());
                CHECK_FALSE(r.value()->lesson.has_value());
                CHECK(r.value()->board == boardOf(9));
            }
        }
    }
    WHEN("a slot says its lesson was at a step the lesson does not have") {
        REQUIRE(slot.writeLesson(lesson, 1, "", at).ok());
        std::string text = slurp(slot.file());
        const std::size_t k = text.find("\"step\":1");
        REQUIRE(k != std::string::npos);
        text.replace(k, 8, "\"step\":3");
        touch(slot.file(), text);
        THEN("it is damaged, said as such") {
            const auto r = slot.read();
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.rfind("The board kept when Tenfold last stopped could not be read: ", 0) == 0);
        }
    }
    WHEN("the slot was written by the version before lessons were kept (a board, no kind)") {
        touch(slot.file(), "{\"format\":\"tenfold-recovery\",\"origin\":\"\",\"savedAt\":1712345678000,\"version\":1}\n" +
                               tenfold::model::boardToJson(boardOf(47)));
        THEN("its board is still recovered") {
            const auto r = slot.read();
            REQUIRE(r.ok());
            REQUIRE(r.value().has_value());
            CHECK(r.value()->board == boardOf(47));
            CHECK_FALSE(r.value()->lesson.has_value());
        }
    }
}

SCENARIO("the recovery slot keeps the open board for autosave, and never a named board") {
    TempDir dir;
    const fs::path data = dir.path / "tenfold";
    tenfold::app::RecoverySlot slot(data / "recovery.tenfold", data / "boards");
    BoardLibrary library(data / "boards");
    const auto named = library.saveAs(boardOf(47), "Lesson");
    REQUIRE(named.ok());
    const std::string namedBefore = slurp(named.value());
    GIVEN("an empty slot") {
        THEN("there is nothing to recover") {
            const auto r = slot.read();
            REQUIRE(r.ok());
            CHECK_FALSE(r.value().has_value());
        }
    }
    WHEN("the open board is written with its time and the name it came from") {
        const auto at = tenfold::app::WallClock::time_point(std::chrono::milliseconds(1'712'345'678'123));
        REQUIRE(slot.write(boardOf(52), "Lesson", at).ok());
        THEN("it reads back whole, with its time and origin, and the named board is untouched") {
            const auto r = slot.read();
            REQUIRE(r.ok());
            REQUIRE(r.value().has_value());
            CHECK(r.value()->board == boardOf(52));
            CHECK(r.value()->savedAt == at);
            CHECK(r.value()->origin == "Lesson");
            CHECK(slurp(named.value()) == namedBefore);
            CHECK(names(library.list()) == std::vector<std::string>{"Lesson"});
        }
        AND_WHEN("it is written again and then cleared") {
            REQUIRE(slot.write(boardOf(53), "", at + std::chrono::seconds(1)).ok());
            CHECK(slot.read().value()->board == boardOf(53));
            REQUIRE(slot.clear().ok());
            THEN("the slot is empty and clearing again is fine") {
                CHECK_FALSE(slot.read().value().has_value());
                CHECK(slot.clear().ok());
            }
        }
    }
    WHEN("an origin that tries to be a path is written") {
        REQUIRE(slot.write(boardOf(1), "../../etc/passwd", tenfold::app::WallClock::now()).ok());
        THEN("only a safe name is kept") { CHECK(slot.read().value()->origin == "etcpasswd"); }
    }
    WHEN("a slot inside the boards folder is asked for") {
        tenfold::app::RecoverySlot bad(data / "boards" / "Lesson.json", data / "boards");
        const Status st = bad.write(boardOf(9), "", tenfold::app::WallClock::now());
        THEN("it is refused and the named board is untouched") {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().message == "The recovery file cannot be kept in the boards folder, where it could write over a saved board.");
            CHECK(slurp(named.value()) == namedBefore);
        }
    }
    WHEN("the slot is damaged") {
        touch(slot.file(), "{\"format\": \"tenfold-recovery\"}\n{ half a board");
        THEN("reading it says so") {
            const auto r = slot.read();
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.rfind("The board kept when Tenfold last stopped could not be read: ", 0) == 0);
        }
    }
    WHEN("the disk is full") {
        REQUIRE(slot.write(boardOf(60), "", tenfold::app::WallClock::now()).ok());
        const FullDisk disk;
        const tenfold::model::UseFileStore use(disk);
        THEN("writing fails and the slot keeps what it had") {
            CHECK_FALSE(slot.write(boardOf(61), "", tenfold::app::WallClock::now()).ok());
            CHECK(slot.read().value()->board == boardOf(60));
        }
    }
}

SCENARIO("what an earlier run left in the trash goes once the undo time has passed") {
    TempDir dir;
    const fs::path folder = dir.path / "boards";
    const auto t0 = tenfold::app::WallClock::now();
    fs::path inTrash;
    {
        BoardLibrary earlier(folder);
        REQUIRE(earlier.saveAs(boardOf(3), "Old").ok());
        const auto deleted = earlier.remove(folder / "Old.json", t0);
        REQUIRE(deleted.ok());
        inTrash = deleted.value().inTrash;
        // A crash: the trash is never emptied by that run.
        std::error_code ec;
        fs::copy_file(inTrash, dir.path / "kept.json", ec);
    }
    THEN("a library that lets go of its deletions removes its files") { CHECK_FALSE(fs::exists(inTrash)); }
    WHEN("a file like it is left by a run that crashed, and a later run looks after the undo time") {
        fs::rename(dir.path / "kept.json", inTrash);
        BoardLibrary later(folder);
        later.forgetRemoved(t0 + std::chrono::minutes(tenfold::app::kUndoDeleteMinutes - 1));
        const bool keptInTime = fs::exists(inTrash);
        later.forgetRemoved(t0 + std::chrono::minutes(tenfold::app::kUndoDeleteMinutes + 1));
        THEN("it stays until then, and then goes") {
            CHECK(keptInTime);
            CHECK_FALSE(fs::exists(inTrash));
        }
    }
}
