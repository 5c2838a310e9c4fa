// The lesson library: the lessons folder beside the boards folder, the shipped lessons listed in teaching
// order with their titles, saved lessons newest first, saving a copy ("Title (2)" when the name is taken),
// saving in place only into the folder's own files, a file that cannot be read still listed, and saving
// a lesson with its logs and opening it again gives the same lesson.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

#include "app/lesson_library.hpp"
#include "model/lesson_file.hpp"

using tenfold::app::LessonEntry;
using tenfold::app::LessonLibrary;
namespace fs = std::filesystem;
namespace model = tenfold::model;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = fs::temp_directory_path() / ("tenfold-lessons-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
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

const fs::path kShipped = fs::path(TENFOLD_SOURCE_DIR) / "assets" / "lessons";

model::Lesson shippedLesson() {
    auto l = model::loadLessonFile(kShipped / "03-partition-numbers-to-100.json");
    REQUIRE(l.ok());
    return l.value();
}

}  // namespace

SCENARIO("The lessons folder is beside the boards folder") {
    const char* old = std::getenv("XDG_DATA_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", "/data/teacher", 1);
    CHECK(tenfold::app::lessonsFolderPath() == fs::path("/data/teacher/tenfold/lessons"));
    if (old) ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_DATA_HOME");
}

SCENARIO("The shipped lessons are listed in teaching order, with their titles") {
    TempDir dir;
    LessonLibrary library(dir.path / "lessons", kShipped);
    const std::vector<LessonEntry> shipped = library.shipped();
    REQUIRE(shipped.size() >= 12);
    CHECK(shipped[0].name == "01-numbers-to-10");
    CHECK(shipped[2].title == "Partition numbers to 100");
    CHECK(shipped[2].year == 2);
    CHECK(shipped[2].steps == 7);
    for (const LessonEntry& e : shipped) {
        CHECK(e.shipped);
        CHECK(e.year >= 0);
        CHECK_FALSE(library.owns(e.path));  // never saved over in place
    }
    THEN("nothing is saved yet") { CHECK(library.list().empty()); }
}

SCENARIO("A lesson is saved as a copy, and then in place") {
    TempDir dir;
    LessonLibrary library(dir.path / "lessons", kShipped);
    model::Lesson lesson = shippedLesson();
    // What a class did to the first step: two tens.
    lesson.steps[0].log = {model::AddPiece{1, 0, model::Place::Tens, std::nullopt}, model::AddPiece{1, 0, model::Place::Tens, std::nullopt}};
    REQUIRE(model::validateLesson(lesson).ok());
    WHEN("it is saved as a copy") {
        auto first = library.saveAs(lesson, lesson.title);
        REQUIRE(first.ok());
        THEN("the folder is made and the file is named after the title") {
            CHECK(first.value() == dir.path / "lessons" / "Partition numbers to 100.json");
            CHECK(library.owns(first.value()));
        }
        THEN("it opens again as the same lesson, logs included") {
            auto again = model::loadLessonFile(first.value());
            REQUIRE(again.ok());
            CHECK(again.value() == lesson);
        }
        AND_WHEN("it is saved as a copy again") {
            auto second = library.saveAs(lesson, lesson.title);
            REQUIRE(second.ok());
            THEN("the name taken gets a number, and both are listed with their titles") {
                CHECK(second.value().filename() == "Partition numbers to 100 (2).json");
                const std::vector<LessonEntry> saved = library.list();
                REQUIRE(saved.size() == 2);
                for (const LessonEntry& e : saved) {
                    CHECK(e.title == "Partition numbers to 100");
                    CHECK_FALSE(e.shipped);
                    CHECK(e.steps == 7);
                }
            }
        }
        AND_WHEN("the class does more and it is saved in place") {
            lesson.steps[1].log = {model::SetCountedBeads{1, 47}};
            REQUIRE(library.saveInPlace(lesson, first.value()).ok());
            THEN("the file holds the new work, and nothing else is left in the folder") {
                auto again = model::loadLessonFile(first.value());
                REQUIRE(again.ok());
                CHECK(again.value().steps[1].log.size() == 1);
                int files = 0;
                for ([[maybe_unused]] const auto& f : fs::directory_iterator(dir.path / "lessons")) ++files;
                CHECK(files == 1);
            }
        }
    }
    THEN("a file outside the folder, a shipped one above all, is not saved over") {
        const fs::path shipped = kShipped / "03-partition-numbers-to-100.json";
        const auto refused = library.saveInPlace(lesson, shipped);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.find("is not a lesson in your lessons folder") != std::string::npos);
    }
    THEN("a lesson that breaks a rule is refused and nothing is written") {
        model::Lesson bad = lesson;
        bad.steps[0].prompt.clear();
        CHECK_FALSE(library.saveAs(bad, bad.title).ok());
        CHECK(library.list().empty());
    }
    THEN("a title with no letters or digits still gets a name") {
        auto odd = library.saveAs(lesson, "???");
        REQUIRE(odd.ok());
        CHECK(odd.value().filename() == "New lesson.json");
    }
}

SCENARIO("A saved lesson that cannot be read is still listed, by its file name") {
    TempDir dir;
    fs::create_directories(dir.path / "lessons");
    std::ofstream(dir.path / "lessons" / "Broken.json") << "{\"format\": \"tenfold-lesson\", ";
    LessonLibrary library(dir.path / "lessons", kShipped);
    const std::vector<LessonEntry> saved = library.list();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].title == "Broken");
    CHECK(saved[0].year == -1);
}
