// Tests for lesson files: a hand-written lesson with every field loads as written, saving then loading
// gives an equal lesson (logs included), every refusal names its place and reason, saving is atomic, and
// a step's board is its log replayed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/lesson_file.hpp"

using namespace tenfold::model;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
const fs::path kLessons = fs::path(TENFOLD_TEST_DATA_DIR) / "lessons";

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
Lesson everyField() {
    auto l = loadLessonFile(kLessons / "every-field.json");
    REQUIRE(l.ok());
    return l.value();
}
// The message for the example lesson with the value at `pointer` replaced (or removed, with a null json).
std::string refusalWith(const std::string& pointer, const json& value, bool remove = false) {
    json j = json::parse(readFile(kLessons / "every-field.json"));
    const json::json_pointer p(pointer);
    if (remove) j[p.parent_pointer()].erase(p.back());
    else j[p] = value;
    auto r = lessonFromJson(j.dump());
    return r.ok() ? std::string("(loaded)") : r.error().message;
}
}  // namespace

SCENARIO("A lesson written by hand loads as written", "[lesson-file]") {
    const Lesson l = everyField();
    THEN("the lesson and its steps are read") {
        CHECK(l.title == "Tens and ones: every field");
        CHECK(l.year == 2);
        REQUIRE(l.steps.size() == 5);
        const Step& s = l.steps[0];
        CHECK(s.title == "Partition numbers to 100");
        CHECK(s.prompt == "Show 47 with base 10 blocks.");
        CHECK(s.stem == "__ tens and __ ones make __.");
        CHECK(s.notes == "Count the tens in tens first: 10, 20, 30, 40.");
        REQUIRE(s.log.size() == 3);
        CHECK(s.log[1] == Command{AddPiece{1, 0, Place::Tens, Point{40, 120}}});
        REQUIRE(s.answer);
        CHECK(s.answer->groups[0].quantity.value() == v(47));
    }
    THEN("the checks are read field by field") {
        const Check& c = *l.steps[0].check;
        CHECK(c.model == ModelId{1});
        CHECK(c.shownAs == Representation::Blocks);
        CHECK(c.value == v(47));
        CHECK(c.arrangement == ArrangementRule::Standard);
        CHECK(c.pieces == 11);
        CHECK(c.inParts == 1);
        CHECK(l.steps[1].check->question == Operation{v(30), v(17), false});
        CHECK(l.steps[1].check->parts == std::vector<Value>{v(30), v(17)});
        CHECK(answerOf(*l.steps[2].check->unknown).value() == v(15));
        CHECK(l.steps[3].check->unknown->difference);
        CHECK(l.steps[4].check->fraction == ShadedFraction{2, 4});
    }
    THEN("a step's board is its log replayed on the board it starts from") {
        const Board now = boardNow(l.steps[0]).value();
        CHECK(now.groups[0].quantity.value() == v(21));
        CHECK(now.models[0].layouts.blocks.pieces.size() == 3);
    }
}

SCENARIO("Saving a lesson and opening it again gives an equal lesson", "[lesson-file]") {
    const Lesson l = everyField();
    WHEN("it is written as JSON and read back") {
        auto again = lessonFromJson(lessonToJson(l));
        REQUIRE(again.ok());
        THEN("it is equal, logs, checks and boards included") { CHECK(again.value() == l); }
    }
    WHEN("a class works on a step in a session and the lesson is saved") {
        auto session = sessionOf(l.steps[0]);
        REQUIRE(session.ok());
        Session s = session.value();
        // From 2 tens and 1 one: two more tens, seven more ones, one taken back with undo: 47.
        for (int i = 0; i < 2; ++i) REQUIRE(s.apply(AddPiece{1, 0, Place::Tens, std::nullopt}).ok());
        for (int i = 0; i < 7; ++i) REQUIRE(s.apply(AddPiece{1, 0, Place::Ones, std::nullopt}).ok());
        REQUIRE(s.undo());
        Lesson saved = l;
        saved.steps[0] = withSession(l.steps[0], s);
        const fs::path path = fs::temp_directory_path() / "tenfold-test-lesson.json";
        REQUIRE(saveLessonFile(saved, path).ok());
        auto opened = loadLessonFile(path);
        REQUIRE(opened.ok());
        THEN("the step opens as the class left it, with its history") {
            CHECK(opened.value() == saved);
            CHECK(boardNow(opened.value().steps[0]).value() == s.board());
            CHECK(opened.value().steps[0].log.size() == s.log().size());
            CHECK(checkStep(s.board(), *saved.steps[0].check).right);
        }
        THEN("no temporary file is left") { CHECK_FALSE(fs::exists(path.string() + ".saving")); }
        fs::remove(path);
    }
    WHEN("a lesson that breaks a rule is saved") {
        Lesson bad = l;
        bad.steps[1].prompt.clear();
        const fs::path path = fs::temp_directory_path() / "tenfold-test-bad-lesson.json";
        fs::remove(path);
        const Status ok = saveLessonFile(bad, path);
        THEN("it is refused with the place, and nothing is written") {
            REQUIRE_FALSE(ok.ok());
            CHECK(ok.error().message == "/steps/1/prompt: This text must not be empty.");
            CHECK_FALSE(fs::exists(path));
        }
    }
}

SCENARIO("Lesson files are read and written through the file seam, like boards", "[lesson-file]") {
    const Lesson l = everyField();
    const fs::path dir = fs::temp_directory_path() / "tenfold-test-lesson-seam";
    fs::remove_all(dir);
    fs::create_directories(dir);
    THEN("a folder given as a lesson is named as a folder, not read") {
        auto r = loadLessonFile(dir);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("is a folder, not a file.") != std::string::npos);
    }
    THEN("a new copy never writes over a file that is there, and the file is left whole") {
        const fs::path path = dir / "taken.json";
        REQUIRE(saveLessonFile(l, path).ok());
        const std::string before = readFile(path);
        Lesson other = l;
        other.title = "Another lesson";
        const Status again = saveLessonFile(other, path, WriteMode::CreateNew);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.find("is already there, so Tenfold will not write over it.") != std::string::npos);
        CHECK(readFile(path) == before);
        AND_THEN("replacing it is what Save in place does") {
            REQUIRE(saveLessonFile(other, path, WriteMode::Replace).ok());
            CHECK(loadLessonFile(path).value().title == "Another lesson");
        }
    }
    fs::remove_all(dir);
}

SCENARIO("A broken lesson is refused, naming the place and the reason", "[lesson-file]") {
    THEN("the lesson itself") {
        CHECK(refusalWith("/format", "tenfold-board") == "/format: This is not a Tenfold lesson file.");
        CHECK(lessonFromJson(R"({"format": "tenfold-board", "version": 1, "models": []})").error().message ==
              "/format: This is not a Tenfold lesson file.");  // a board file is named as such, before its keys
        CHECK(refusalWith("/version", 2) == "/version: This lesson is in format version 2, but this Tenfold reads version 1.");
        CHECK(refusalWith("/title", nullptr, true) == "/: \"title\" is missing.");
        CHECK(refusalWith("/title", "") == "/title: This text must not be empty.");
        CHECK(refusalWith("/colour", "red") == "/colour: \"colour\" is not something a lesson file can say here.");
        CHECK(refusalWith("/year", 7) == "/year: This should be a whole number from 0 to 6, not 7.");
        CHECK(refusalWith("/steps", json::array()) == "/steps: A lesson needs at least one step.");
        CHECK(refusalWith("/steps", json::array({1})) == "/steps/0: This should be an object in { }.");
    }
    THEN("a step") {
        CHECK(refusalWith("/steps/0/prompt", nullptr, true) == "/steps/0: \"prompt\" is missing.");
        CHECK(refusalWith("/steps/0/prompt", "") == "/steps/0/prompt: This text must not be empty.");
        CHECK(refusalWith("/steps/0/title", std::string(201, 'a')) == "/steps/0/title: This text is longer than 200 characters.");
        CHECK(refusalWith("/steps/0/notes", std::string(2001, 'a')) == "/steps/0/notes: This text is longer than 2,000 characters.");
        CHECK(refusalWith("/steps/0/stem", 4) == "/steps/0/stem: This should be text in quotes.");
        CHECK(refusalWith("/steps/0/board", nullptr, true) == "/steps/0: \"board\" is missing.");
    }
    THEN("a board inside a step, named from the lesson's root") {
        CHECK(refusalWith("/steps/0/board/models/0/value", "x").rfind("/steps/0/board/models/0/value: ", 0) == 0);
        CHECK(refusalWith("/steps/0/board/format", "tenfold-lesson") == "/steps/0/board/format: This is not a Tenfold board file.");
        CHECK(refusalWith("/steps/0/board/version", 3).rfind("/steps/0/board/version: ", 0) == 0);
        CHECK(refusalWith("/steps/1/answer/models/0/kind", "abacus").rfind("/steps/1/answer/models/0/kind: \"abacus\" is not one of", 0) == 0);
        // A board that reads but breaks a board rule: pieces that do not show its value.
        CHECK(refusalWith("/steps/0/answer/models/0/blocks/pieces", json::array({{{"place", "tens"}}}))
                  .rfind("/steps/0/answer/models/0/blocks/pieces", 0) == 0);
    }
    THEN("a check") {
        CHECK(refusalWith("/steps/0/check/colour", 1) == "/steps/0/check/colour: \"colour\" is not something a lesson file can say here.");
        CHECK(refusalWith("/steps/0/check", json::object()).rfind("/steps/0/check: A check needs something to check", 0) == 0);
        CHECK(refusalWith("/steps/1/check/value", 48) == "/steps/1/check: The question makes 47, but the value is 48.");
        CHECK(refusalWith("/steps/1/check/question", {{"add", {30, 18}}}) == "/steps/1/check: The parts add up to 47, but the whole is 48.");
        CHECK(refusalWith("/steps/1/check/question", {{"subtract", {30, 47}}}).rfind("/steps/1/check/question/subtract: ", 0) == 0);
        CHECK(refusalWith("/steps/1/check/question", {{"add", {30, 17}}, {"subtract", {1, 1}}}).rfind("/steps/1/check/question: ", 0) == 0);
        CHECK(refusalWith("/steps/1/check/question", {{"add", {30}}}) == "/steps/1/check/question/add: This should be two numbers, such as [52, 37].");
        CHECK(refusalWith("/steps/0/check/model", 9) == "/steps/0/check/model: There is no model 9 on this board.");
        CHECK(refusalWith("/steps/0/check/arrangement", "tidy").rfind("/steps/0/check/arrangement: \"tidy\" is not one of: any, standard, not-standard", 0) == 0);
        CHECK(refusalWith("/steps/0/check/pieces", 0) == "/steps/0/check/pieces: This should be a whole number from 1 to 10,000, not 0.");
        CHECK(refusalWith("/steps/0/check/inParts", 2) == "(loaded)");
        CHECK(refusalWith("/steps/1/check/parts", json::array()) == "/steps/1/check/parts: There must be at least one part.");
        CHECK(refusalWith("/steps/4/check/fraction", "13/13").rfind("/steps/4/check/fraction: A bar in equal parts has 1 to 12 parts", 0) == 0);
        CHECK(refusalWith("/steps/4/check/fraction", "3/x").rfind("/steps/4/check/fraction: ", 0) == 0);
        CHECK(refusalWith("/steps/2/check/unknown/parts", {"?", "?"}) == "/steps/2/check/unknown: Exactly one value must be \"?\".");
        CHECK(refusalWith("/steps/2/check/unknown/parts", {60, "?"}).rfind("/steps/2/check/unknown: ", 0) == 0);
        CHECK(refusalWith("/steps/3/check/unknown/difference", 8) == "/steps/3/check/unknown/difference: The difference is what is asked: write \"?\".");
    }
    THEN("a command log") {
        CHECK(refusalWith("/steps/0/log", 3) == "/steps/0/log: This should be a list in [ ].");
        CHECK(refusalWith("/steps/0/log/1/place", "dozens").rfind("/steps/0/log/1/place: \"dozens\" is not one of", 0) == 0);
        CHECK(refusalWith("/steps/0/log/1/command", "wiggle").rfind("/steps/0/log/1/command: \"wiggle\" is not one of", 0) == 0);
        CHECK(refusalWith("/steps/0/log/1/model", 9) ==
              "/steps/0/log/1: This command cannot be replayed on the step's board: There is no model 9 on this board.");
    }
    THEN("text that is not a lesson at all") {
        CHECK(lessonFromJson("{\"format\": ").error().message.rfind("This is not a lesson file: the text stops making sense at character", 0) == 0);
        CHECK(lessonFromJson("[]").error().message == "/: This should be an object in { }.");
        CHECK(lessonFromJson(std::string(40, '[') + std::string(40, ']')).error().message == "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: The file is nested more than 16 levels deep.");
        CHECK(lessonFromJson(std::string(kMaxLessonFileBytes + 1, ' ')).error().message == "The file is larger than 16 MB, too large for a lesson.");
    }
}

SCENARIO("Whether a file is a lesson", "[lesson-file]") {
    CHECK(isLessonText(readFile(kLessons / "every-field.json")));
    CHECK_FALSE(isLessonText(R"({"format": "tenfold-board", "version": 1, "models": []})"));
    CHECK_FALSE(isLessonText("not json"));
    CHECK_FALSE(isLessonText("[1, 2]"));
}

SCENARIO("A lesson in words", "[lesson-file]") {
    const Lesson l = everyField();
    const std::string text = describeLesson(l);
    THEN("each step's prompt, check, notes, board and answer are said") {
        CHECK(text.rfind("Lesson: Tens and ones: every field (Year 2), 5 steps\n", 0) == 0);
        CHECK(text.find("Step 1 of 5: Partition numbers to 100\nPrompt: Show 47 with base 10 blocks.\n") != std::string::npos);
        CHECK(text.find("Check: Model 1 is right when it is shown as base 10 blocks, shows 47, is arranged the standard way, uses "
                        "exactly 11 pieces and is in 1 part.") != std::string::npos);
        CHECK(text.find("Teacher notes: Count the tens in tens first") != std::string::npos);
        CHECK(text.find("Board, as the class left it after 3 commands:\nModel 1: base 10 blocks") != std::string::npos);
        CHECK(text.find("Answer: 4 tens and 7 ones make 47.") != std::string::npos);
    }
    THEN("the JSON form holds the same") {
        const json j = json::parse(describeLessonJson(l));
        CHECK(j["format"] == "tenfold-lesson-describe");
        CHECK(j["yearGroup"] == "Year 2");
        CHECK(j["steps"].size() == 5);
        CHECK(j["steps"][0]["commands"] == 3);
        CHECK(j["steps"][0]["models"][0]["value"] == "21");
    }
    THEN("year groups are named") {
        CHECK(yearGroupName(0) == "Reception");
        CHECK(yearGroupName(6) == "Year 6");
    }
}

SCENARIO("Checking a lesson's steps", "[lesson-file]") {
    const Lesson l = everyField();
    WHEN("the saved boards are checked") {
        const auto verdicts = checkLesson(l, false).value();
        THEN("every step with a check is checked and none is right yet") {
            REQUIRE(verdicts.size() == 5);
            for (const StepVerdict& sv : verdicts) {
                CHECK(sv.checked);
                CHECK_FALSE(sv.verdict.right);
            }
            const std::string report = checkReport(l, verdicts, false);
            CHECK(report.find("Step 1, Partition numbers to 100: not right. This shows 21, not 47.") != std::string::npos);
            CHECK(report.find("0 of 5 checked steps are right.") != std::string::npos);
        }
    }
    WHEN("the answer boards are checked") {
        const auto verdicts = checkLesson(l, true).value();
        THEN("the steps with answers are right, the others are not checked") {
            CHECK(verdicts[0].verdict.right);
            CHECK(verdicts[1].verdict.right);
            CHECK_FALSE(verdicts[2].checked);
            const json j = json::parse(checkReportJson(l, verdicts, true));
            CHECK(j["format"] == "tenfold-check");
            CHECK(j["checked"] == 2);
            CHECK(j["right"] == 2);
        }
    }
    WHEN("one step is asked for") {
        CHECK(checkLesson(l, false, 2).value().size() == 1);
        CHECK(checkLesson(l, false, 6).error().message == "The lesson has 5 steps: choose a step from 1 to 5.");
    }
}
