// Lesson files: writing a lesson as JSON (boards in the board format, checks, command logs), reading it
// back with the board reader's checks (board_file_json.hpp), the rules of a lesson (validateLesson) and
// atomic saving. A problem is thrown as a file::Fault with its JSON pointer and becomes one Error.
#include "model/lesson_file.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include "model/board_file_json.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

using nlohmann::json;  // what the writers build
using In = file::json;  // what the readers read (the strict reader's values)
using file::fail;
using file::join;
using file::optional;
using file::required;
constexpr int kIndent = 2;
constexpr std::string_view kKinds = "blocks, counters, beads, part-whole, bar, numeral, money";

// A board's validateBoard error (already "pointer: reason") named from the enclosing file's pointer.
Error under(const std::string& base, const Error& e) {
    if (!e.message.empty() && e.message.front() == '/') return Error{base + e.message};
    return Error{tr("engine.file.error_at", {base, e.message})};
}
Error at(const std::string& pointer, const std::string& reason) {
    return Error{tr("engine.file.error_at", {pointer.empty() ? "/" : pointer, reason})};
}
// Like the board reader's onlyKeys, in the words of a lesson file.
void onlyKeys(const In& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed) {
    for (std::size_t i = 0; i < obj.size(); ++i) {
        const std::string_view key = obj.key(i);
        bool known = false;
        for (const auto k : allowed) known = known || key == k;
        if (!known) fail(join(ptr, key), tr("lesson.file.unknown_key", {excerpt(key)}));
    }
}

// ---- Writing ------------------------------------------------------------------------------------------------

json cellJson(const Cell& c) { return c.value ? file::valueJson(*c.value) : json("?"); }

json checkJson(const Check& c) {
    json out = json::object();
    if (c.model) out["model"] = *c.model;
    if (c.shownAs) out["shownAs"] = representationId(*c.shownAs);
    if (c.value) out["value"] = file::valueJson(*c.value);
    if (c.question)
        out["question"] = json{{c.question->subtract ? "subtract" : "add",
                                json::array({file::valueJson(c.question->a), file::valueJson(c.question->b)})}};
    if (c.arrangement != ArrangementRule::Any) out["arrangement"] = arrangementRuleId(c.arrangement);
    if (c.pieces) out["pieces"] = *c.pieces;
    if (c.inParts) out["inParts"] = *c.inParts;
    if (!c.parts.empty()) {
        json parts = json::array();
        for (const Value v : c.parts) parts.push_back(file::valueJson(v));
        out["parts"] = parts;
    }
    if (c.fraction) out["fraction"] = std::to_string(c.fraction->shaded) + "/" + std::to_string(c.fraction->parts);
    if (c.unknown) {
        json u = json::object();
        json parts = json::array();
        for (const Cell& p : c.unknown->parts) parts.push_back(cellJson(p));
        u["parts"] = parts;
        if (c.unknown->difference) u["difference"] = "?";
        else u["whole"] = cellJson(c.unknown->whole);
        out["unknown"] = u;
    }
    return out;
}

json boardJson(const Board& b) { return json::parse(boardToJson(b)); }

json stepJson(const Step& s) {
    json out{{"title", s.title}, {"prompt", s.prompt}, {"board", boardJson(s.board)}};
    if (s.check) out["check"] = checkJson(*s.check);
    if (!s.stem.empty()) out["stem"] = s.stem;
    if (s.answer) out["answer"] = boardJson(*s.answer);
    if (!s.notes.empty()) out["notes"] = s.notes;
    if (!s.log.empty()) {
        json log = json::array();
        for (const Command& c : s.log) log.push_back(file::commandJson(c));
        out["log"] = log;
    }
    return out;
}

// ---- Reading ------------------------------------------------------------------------------------------------

std::string longText(const In& j, const std::string& ptr, std::size_t max) {
    if (!j.isString()) fail(ptr, tr("engine.file.expected_text"));
    const std::string s(j.text());
    if (s.size() > max) fail(ptr, tr("engine.file.text_too_long", {countNumeral(static_cast<std::int64_t>(max))}));
    return s;
}

Cell cell(const In& j, const std::string& ptr) { return file::isQuestion(j) ? unknownCell() : knownCell(file::value(j, ptr)); }

UnknownQuestion readQuestion(const In& j, const std::string& ptr) {
    file::object(j, ptr);
    onlyKeys(j, ptr, {"whole", "parts", "difference"});
    UnknownQuestion q;
    const std::string partsPtr = join(ptr, "parts");
    const In parts = file::array(required(j, ptr, "parts"), partsPtr, kMaxGroupParts);
    if (parts.size() == 0) fail(partsPtr, tr("engine.quantity.no_parts"));
    int questions = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        q.parts.push_back(cell(parts[i], join(partsPtr, i)));
        if (!q.parts.back().value) ++questions;
    }
    if (const auto d = optional(j, "difference")) {
        if (!file::isQuestion(*d)) fail(join(ptr, "difference"), tr("lesson.file.difference_question"));
        if (optional(j, "whole")) fail(join(ptr, "whole"), tr("lesson.file.difference_whole"));
        if (parts.size() != 2 || questions != 0) fail(partsPtr, tr("lesson.check.difference_bars"));
        q.difference = true;
        q.whole = knownCell(Value{});
        return q;
    }
    q.whole = cell(required(j, ptr, "whole"), join(ptr, "whole"));
    if (!q.whole.value) ++questions;
    if (questions != 1) fail(ptr, tr("lesson.file.one_question"));
    if (auto a = answerOf(q); !a) fail(ptr, a.error().message);
    return q;
}

Check readCheck(const In& j, const std::string& ptr) {
    file::object(j, ptr);
    onlyKeys(j, ptr, {"model", "shownAs", "value", "question", "arrangement", "pieces", "inParts", "parts", "fraction",
                            "unknown"});
    Check c;
    if (const auto m = optional(j, "model")) c.model = static_cast<ModelId>(file::integer(*m, join(ptr, "model"), 1, kMaxId));
    if (const auto k = optional(j, "shownAs"))
        c.shownAs = file::named<Representation>(*k, join(ptr, "shownAs"), representationFromId, kKinds);
    if (const auto v = optional(j, "value")) c.value = file::value(*v, join(ptr, "value"));
    if (const auto q = optional(j, "question")) {
        const std::string here = join(ptr, "question");
        file::object(*q, here);
        onlyKeys(*q, here, {"add", "subtract"});
        if (q->size() != 1) fail(here, tr("lesson.file.question_one"));
        const bool subtract = q->find("subtract").has_value();
        const std::string key = subtract ? "subtract" : "add";
        const std::string opPtr = join(here, key);
        const In pair = file::array(*q->find(key), opPtr, 2);
        if (pair.size() != 2) fail(opPtr, tr("lesson.file.question_pair"));
        Operation op{file::value(pair[0], join(opPtr, std::size_t{0})), file::value(pair[1], join(opPtr, std::size_t{1})), subtract};
        if (auto r = resultOf(op); !r) fail(opPtr, r.error().message);
        c.question = op;
    }
    if (const auto a = optional(j, "arrangement"))
        c.arrangement = file::named<ArrangementRule>(*a, join(ptr, "arrangement"), arrangementRuleFromId, "any, standard, not-standard");
    if (const auto p = optional(j, "pieces")) c.pieces = file::smallInt(*p, join(ptr, "pieces"), 1, static_cast<int>(kMaxPieces));
    if (const auto n = optional(j, "inParts")) c.inParts = file::smallInt(*n, join(ptr, "inParts"), 1, kMaxGroupParts);
    if (const auto parts = optional(j, "parts")) {
        const std::string here = join(ptr, "parts");
        file::array(*parts, here, kMaxGroupParts);
        if (parts->size() == 0) fail(here, tr("engine.quantity.no_parts"));
        for (std::size_t i = 0; i < parts->size(); ++i) c.parts.push_back(file::value((*parts)[i], join(here, i)));
    }
    if (const auto f = optional(j, "fraction")) {
        const std::string here = join(ptr, "fraction");
        auto fr = Fraction::parse(file::text(*f, here));
        if (!fr) fail(here, fr.error().message);
        const ShadedFraction sf{static_cast<int>(fr.value().numerator()), static_cast<int>(fr.value().denominator())};
        if (sf.parts > kMaxGroupParts || sf.shaded > sf.parts) fail(here, tr("lesson.check.fraction_range", {countNumeral(kMaxGroupParts)}));
        c.fraction = sf;
    }
    if (const auto u = optional(j, "unknown")) c.unknown = readQuestion(*u, join(ptr, "unknown"));
    return c;
}

Board readEmbeddedBoard(const In& j, const std::string& ptr) {
    try {
        return file::readBoard(j, true);
    } catch (const file::Fault& f) {
        throw file::Fault{ptr + f.pointer, f.reason};
    }
}

Step readStep(const In& j, const std::string& ptr) {
    file::object(j, ptr);
    onlyKeys(j, ptr, {"title", "prompt", "board", "check", "stem", "answer", "notes", "log"});
    Step s;
    s.title = file::text(required(j, ptr, "title"), join(ptr, "title"));
    s.prompt = file::text(required(j, ptr, "prompt"), join(ptr, "prompt"));
    s.board = readEmbeddedBoard(required(j, ptr, "board"), join(ptr, "board"));
    if (const auto c = optional(j, "check")) s.check = readCheck(*c, join(ptr, "check"));
    if (const auto t = optional(j, "stem")) s.stem = file::text(*t, join(ptr, "stem"));
    if (const auto a = optional(j, "answer")) s.answer = readEmbeddedBoard(*a, join(ptr, "answer"));
    if (const auto n = optional(j, "notes")) s.notes = longText(*n, join(ptr, "notes"), kMaxNotesBytes);
    if (const auto log = optional(j, "log")) {
        const std::string here = join(ptr, "log");
        file::array(*log, here, kMaxLogCommands);
        s.log.reserve(log->size());
        for (std::size_t i = 0; i < log->size(); ++i) s.log.push_back(file::readCommand((*log)[i], join(here, i)));
    }
    return s;
}

Lesson readLesson(const In& root) {
    file::object(root, "");
    const In format = required(root, "", "format");
    if (!format.isString() || format.text() != kLessonFormatName) fail("/format", tr("lesson.file.not_lesson"));
    onlyKeys(root, "", {"format", "version", "title", "year", "steps"});
    const std::int64_t version = file::integer(required(root, "", "version"), "/version", 1, kMaxId);
    if (version != kLessonFormatVersion)
        fail("/version", tr("lesson.file.newer_version", {countNumeral(version), countNumeral(kLessonFormatVersion)}));
    Lesson l;
    l.title = file::text(required(root, "", "title"), "/title");
    l.year = file::smallInt(required(root, "", "year"), "/year", kReceptionYear, kLastPrimaryYear);
    const In steps = file::array(required(root, "", "steps"), "/steps", kMaxLessonSteps);
    for (std::size_t i = 0; i < steps.size(); ++i) l.steps.push_back(readStep(steps[i], join("/steps", i)));
    return l;
}

Error tooBig() {
    return Error{tr("lesson.file.too_big", {countNumeral(static_cast<std::int64_t>(kMaxLessonFileBytes / (1024u * 1024u)))})};
}

}  // namespace

Status validateLesson(const Lesson& l) {
    if (l.title.empty()) return at("/title", tr("lesson.file.empty_text"));
    if (l.title.size() > file::kMaxTextLength)
        return at("/title", tr("engine.file.text_too_long", {countNumeral(static_cast<std::int64_t>(file::kMaxTextLength))}));
    if (l.year < kReceptionYear || l.year > kLastPrimaryYear) return at("/year", tr("lesson.file.year"));
    if (l.steps.empty()) return at("/steps", tr("lesson.file.no_steps"));
    if (l.steps.size() > kMaxLessonSteps)
        return at("/steps", tr("engine.file.list_too_long", {countNumeral(static_cast<std::int64_t>(kMaxLessonSteps))}));
    for (std::size_t i = 0; i < l.steps.size(); ++i) {
        const Step& s = l.steps[i];
        const std::string here = join("/steps", i);
        const auto textOk = [&](const std::string& t, std::string_view key, std::size_t max, bool needed) -> Status {
            if (needed && t.empty()) return at(join(here, key), tr("lesson.file.empty_text"));
            if (t.size() > max)
                return at(join(here, key), tr("engine.file.text_too_long", {countNumeral(static_cast<std::int64_t>(max))}));
            return okStatus();
        };
        for (const Status& ok : {textOk(s.title, "title", file::kMaxTextLength, true), textOk(s.prompt, "prompt", file::kMaxTextLength, true),
                                 textOk(s.stem, "stem", file::kMaxTextLength, false), textOk(s.notes, "notes", kMaxNotesBytes, false)})
            if (!ok) return ok;
        if (auto ok = validateBoard(s.board); !ok) return under(join(here, "board"), ok.error());
        if (s.log.size() > kMaxLogCommands)
            return at(join(here, "log"), tr("engine.file.list_too_long", {countNumeral(static_cast<std::int64_t>(kMaxLogCommands))}));
        Board b = s.board;
        for (std::size_t c = 0; c < s.log.size(); ++c) {
            auto next = applyCommand(b, s.log[c]);
            if (!next) return at(join(join(here, "log"), c), tr("lesson.file.log_refused", {next.error().message}));
            b = std::move(next.value());
        }
        if (s.check) {
            if (auto ok = checkConsistent(*s.check); !ok) return at(join(here, "check"), ok.error().message);
            if (s.check->model && !findModel(s.board, *s.check->model))
                return at(join(join(here, "check"), "model"), tr("engine.board.no_such_model", {countNumeral(*s.check->model)}));
        }
        if (s.answer) {
            if (auto ok = validateBoard(*s.answer); !ok) return under(join(here, "answer"), ok.error());
        }
    }
    return okStatus();
}

std::string lessonToJson(const Lesson& l) {
    json root{{"format", kLessonFormatName}, {"version", kLessonFormatVersion}, {"title", l.title}, {"year", l.year}};
    json steps = json::array();
    for (const Step& s : l.steps) steps.push_back(stepJson(s));
    root["steps"] = steps;
    return root.dump(kIndent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Result<Lesson> lessonFromJson(std::string_view textIn) {
    try {
        if (textIn.size() > kMaxLessonFileBytes) return tooBig();
        // The board reader's strictness: numbers as written, no key given twice, limits with their places.
        const JsonLimits limits{kMaxJsonDepth, kMaxJsonArray, file::kBoardLimits.maxObject};
        JsonProblem problem;
        const std::optional<JsonDoc> doc = JsonDoc::parse(textIn, limits, problem);
        if (!doc) {
            if (problem.syntax) return Error{tr("lesson.file.not_json", {countNumeral(static_cast<std::int64_t>(problem.byte))})};
            return at(problem.pointer, problem.reason);
        }
        Lesson l = readLesson(doc->root());
        if (auto ok = validateLesson(l); !ok) return ok.error();
        return l;
    } catch (const file::Fault& f) {
        return at(f.pointer, f.reason);
    } catch (const std::bad_alloc&) {
        return tooBig();
    }
}

bool isLessonText(std::string_view textIn) {
    if (textIn.size() > kMaxLessonFileBytes) return false;
    JsonProblem problem;
    const std::optional<JsonDoc> doc = JsonDoc::parse(textIn, JsonLimits{kMaxJsonDepth, kMaxJsonArray, file::kBoardLimits.maxObject}, problem);
    if (!doc || !doc->root().isObject()) return false;
    const auto format = doc->root().find("format");
    return format && format->isString() && format->text() == kLessonFormatName;
}

Status saveLessonFile(const Lesson& lesson, const std::filesystem::path& path, WriteMode mode) {
    if (auto ok = validateLesson(lesson); !ok) return ok;
    const std::string text = lessonToJson(lesson);
    // Never save a file that could not be opened again.
    if (text.size() > kMaxLessonFileBytes) return tooBig();
    // Through the file seam, like board files: written beside the old file, flushed, then renamed over it.
    return fileStore().write(path, text, mode);
}

Result<Lesson> loadLessonFile(const std::filesystem::path& path) {
    // A pipe or a device is refused at once, a file that is too large before it is read.
    Result<std::string> text = fileStore().read(path, kMaxLessonFileBytes);
    if (!text) return text.error();
    return lessonFromJson(text.value());
}

}  // namespace tenfold::model
