// Lesson files: a lesson as one JSON document (format "tenfold-lesson", version 1) with its steps' boards
// embedded in the board format, their checks and their command logs. Read with the board reader's checks,
// limits and error style: a problem is named by its place (a JSON pointer such as /steps/2/check/value, or
// /steps/1/board/models/0/parts/1 inside an embedded board) and the reason; a log must replay on its board.
// Also the lesson in words (tenfold describe) and the report of its checks (tenfold check).
// See docs/lesson-format.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "model/board_file.hpp"
#include "model/lesson.hpp"

namespace tenfold::model {

inline constexpr std::string_view kLessonFormatName = "tenfold-lesson";
inline constexpr int kLessonFormatVersion = 1;
inline constexpr std::size_t kMaxLessonFileBytes = kMaxBoardFileBytes;
inline constexpr std::size_t kMaxLessonSteps = 50;
inline constexpr std::size_t kMaxLogCommands = 10'000;  // per step
inline constexpr std::size_t kMaxNotesBytes = 2'000;    // teacher notes; other texts follow the board rule

// Every rule of a lesson, or the first broken one with its place: titles and prompts present, a year
// group from Reception (0) to Year 6, 1 to 50 steps, every board and answer board valid, every log
// replaying on its board, every check consistent and naming a model the board has.
Status validateLesson(const Lesson& lesson);

// The lesson as JSON text (pretty printed, two spaces).
std::string lessonToJson(const Lesson& lesson);
// A lesson from JSON text: read, its boards laid out, then checked with validateLesson.
Result<Lesson> lessonFromJson(std::string_view text);
// Whether the text is a JSON document that says it is a lesson ("format": "tenfold-lesson").
bool isLessonText(std::string_view text);

// Atomic like board files, through the file seam (model/file_store.hpp): a temporary file, flushed, then
// renamed. Refuses a lesson validateLesson refuses; with WriteMode::CreateNew, a name that is taken.
Status saveLessonFile(const Lesson& lesson, const std::filesystem::path& path, WriteMode mode = WriteMode::Replace);
Result<Lesson> loadLessonFile(const std::filesystem::path& path);

// The lesson in words: each step's title, prompt, stem sentence, check, notes, its board as the class left
// it (described like a board) and its answer's stem sentences.
std::string describeLesson(const Lesson& lesson);
// The same as one JSON document: {"format": "tenfold-lesson-describe", "version": 1, ...}.
std::string describeLessonJson(const Lesson& lesson);

// The report of checkLesson, one line per step and a summary, or as JSON ({"format": "tenfold-check"}).
std::string checkReport(const Lesson& lesson, const std::vector<StepVerdict>& verdicts, bool answers);
std::string checkReportJson(const Lesson& lesson, const std::vector<StepVerdict>& verdicts, bool answers);

}  // namespace tenfold::model
