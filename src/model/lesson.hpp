// Lessons: a title, a year group and an ordered list of small steps. Each step has a short title (the
// small step), a prompt for the class ("Show 47 another way."), the board it starts from, and optionally
// a check (what a right model is), a stem sentence to complete ("__ tens and __ ones is __."), an answer
// board to reveal, teacher notes, and the step's command log: what the class did to the board, so "How we
// built it" can replay it and a lesson saved after teaching opens as the class left it. Plain values;
// files in lesson_file.hpp, checking in lesson_check.hpp, variation in variation.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/board.hpp"
#include "model/command.hpp"
#include "model/lesson_check.hpp"

namespace tenfold::model {

inline constexpr int kReceptionYear = 0;  // year 0 is Reception
inline constexpr int kLastPrimaryYear = 6;

struct Step {
    std::string title;
    std::string prompt;
    Board board;                   // the board the step starts from
    std::optional<Check> check;
    std::string stem;              // a stem sentence with blanks "__" (empty: none)
    std::optional<Board> answer;   // the board to reveal
    std::string notes;             // for the teacher only
    std::vector<Command> log;      // what the class did, in order, from `board`
    bool operator==(const Step&) const = default;
};

struct Lesson {
    std::string title;
    int year = 1;
    std::vector<Step> steps;
    bool operator==(const Lesson&) const = default;
};

// The step's board as the class left it: its log replayed on its starting board (the reason of the first
// command that is refused, with its number from 1).
Result<Board> boardNow(const Step& step);
// A session on the step: starting from its board with its log as the history to undo or replay.
Result<Session> sessionOf(const Step& step);
// The step with the session's board kept: the log becomes the session's log (after undos, what is left).
Step withSession(Step step, const Session& session);

// The verdict on one step: on the board as the class left it, or on its answer board.
struct StepVerdict {
    int step = 0;          // from 1
    bool checked = false;  // false: the step has no check (or, for answers, no answer board)
    Verdict verdict;
};
// Every step's verdict (or only step `only`, from 1, when given).
Result<std::vector<StepVerdict>> checkLesson(const Lesson& lesson, bool answers, std::optional<int> only = std::nullopt);

// "Reception", "Year 2".
std::string yearGroupName(int year);

}  // namespace tenfold::model
