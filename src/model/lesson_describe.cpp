// A lesson in words (plain text and JSON, for `tenfold describe LESSON`) and the report of its checks (for
// `tenfold check LESSON`). Every line comes from the text table ("lesson.describe.*", "lesson.report.*").
#include <nlohmann/json.hpp>

#include "model/describe.hpp"
#include "model/lesson_file.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

using nlohmann::json;
constexpr int kIndent = 2;

std::string count(std::size_t n) { return countNumeral(static_cast<std::int64_t>(n)); }

// The stem sentences of the models of a board, as one line.
std::string stems(const Board& b) {
    std::string out;
    for (const Model& m : b.models) {
        const std::string s = describeModel(b, m).stemSentence;
        out = out.empty() ? s : tr("engine.describe.sentences", {out, s});
    }
    return out;
}

std::vector<std::string> stemList(const Board& b) {
    std::vector<std::string> out;
    for (const Model& m : b.models) out.push_back(describeModel(b, m).stemSentence);
    return out;
}

}  // namespace

std::string describeLesson(const Lesson& lesson) {
    std::string out = trCount("lesson.describe.heading", static_cast<std::int64_t>(lesson.steps.size()),
                              {lesson.title, yearGroupName(lesson.year)}) + "\n\n";
    const std::string total = count(lesson.steps.size());
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const Step& s = lesson.steps[i];
        out += tr("lesson.describe.step", {count(i + 1), total, s.title}) + "\n";
        out += tr("lesson.describe.prompt", {s.prompt}) + "\n";
        if (!s.stem.empty()) out += tr("lesson.describe.stem", {s.stem}) + "\n";
        if (s.check) out += tr("lesson.describe.check", {describeCheck(*s.check)}) + "\n";
        if (!s.notes.empty()) out += tr("lesson.describe.notes", {s.notes}) + "\n";
        const Result<Board> now = boardNow(s);
        if (s.log.empty()) out += tr("lesson.describe.board") + "\n";
        else out += trCount("lesson.describe.board_after", static_cast<std::int64_t>(s.log.size())) + "\n";
        out += now ? describeBoard(now.value()) : now.error().message + "\n\n";
        if (s.answer) out += tr("lesson.describe.answer", {stems(*s.answer)}) + "\n\n";
    }
    return out;
}

std::string describeLessonJson(const Lesson& lesson) {
    json steps = json::array();
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const Step& s = lesson.steps[i];
        json step{{"step", i + 1},         {"title", s.title}, {"prompt", s.prompt}, {"stem", s.stem},
                  {"notes", s.notes},      {"commands", s.log.size()}};
        step["check"] = s.check ? json(describeCheck(*s.check)) : json(nullptr);
        const Result<Board> now = boardNow(s);
        step["models"] = now ? json::parse(describeBoardJson(now.value()))["models"] : json::array();
        step["answer"] = s.answer ? json(stemList(*s.answer)) : json(nullptr);
        steps.push_back(step);
    }
    const json root{{"format", "tenfold-lesson-describe"},
                    {"version", 1},
                    {"title", lesson.title},
                    {"year", lesson.year},
                    {"yearGroup", yearGroupName(lesson.year)},
                    {"steps", steps}};
    return root.dump(kIndent, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string checkReport(const Lesson& lesson, const std::vector<StepVerdict>& verdicts, bool answers) {
    std::string out = tr(answers ? "lesson.report.heading_answers" : "lesson.report.heading", {lesson.title}) + "\n";
    std::size_t checked = 0;
    std::size_t right = 0;
    for (const StepVerdict& sv : verdicts) {
        const std::string& title = lesson.steps[static_cast<std::size_t>(sv.step - 1)].title;
        const std::string n = countNumeral(sv.step);
        if (!sv.checked) {
            out += tr(answers ? "lesson.report.no_answer" : "lesson.report.no_check", {n, title}) + "\n";
            continue;
        }
        ++checked;
        if (sv.verdict.right) {
            ++right;
            out += tr("lesson.report.right", {n, title, sv.verdict.sentence}) + "\n";
        } else if (sv.verdict.misconception) {
            out += tr("lesson.report.wrong_because",
                      {n, title, misconceptionId(*sv.verdict.misconception), sv.verdict.sentence}) + "\n";
        } else {
            out += tr("lesson.report.wrong", {n, title, sv.verdict.sentence}) + "\n";
        }
    }
    out += tr("lesson.report.summary", {count(right), count(checked)}) + "\n";
    return out;
}

std::string checkReportJson(const Lesson& lesson, const std::vector<StepVerdict>& verdicts, bool answers) {
    json steps = json::array();
    std::size_t checked = 0;
    std::size_t right = 0;
    for (const StepVerdict& sv : verdicts) {
        json step{{"step", sv.step}, {"title", lesson.steps[static_cast<std::size_t>(sv.step - 1)].title}, {"checked", sv.checked}};
        if (sv.checked) {
            ++checked;
            if (sv.verdict.right) ++right;
            step["right"] = sv.verdict.right;
            step["sentence"] = sv.verdict.sentence;
            step["failed"] = sv.verdict.failed;
            step["model"] = sv.verdict.model ? json(*sv.verdict.model) : json(nullptr);
            if (sv.verdict.misconception) {
                step["misconception"] = misconceptionId(*sv.verdict.misconception);
                step["misconceptionName"] = misconceptionName(*sv.verdict.misconception);
                step["misconceptionExplanation"] = misconceptionExplanation(*sv.verdict.misconception);
            } else {
                step["misconception"] = nullptr;
            }
        }
        steps.push_back(step);
    }
    const json root{{"format", "tenfold-check"}, {"version", 1},   {"lesson", lesson.title}, {"boards", answers ? "answers" : "saved"},
                    {"steps", steps},            {"checked", checked}, {"right", right},        {"allRight", right == checked}};
    return root.dump(kIndent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace tenfold::model
