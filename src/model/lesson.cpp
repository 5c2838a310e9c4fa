// Lessons: the board of a step as the class left it, a session on a step, and year group names.
#include "model/lesson.hpp"

#include "model/text.hpp"

namespace tenfold::model {

Result<Board> boardNow(const Step& step) {
    Board b = step.board;
    for (std::size_t i = 0; i < step.log.size(); ++i) {
        auto next = applyCommand(b, step.log[i]);
        if (!next)
            return Error{tr("lesson.log.refused", {countNumeral(static_cast<std::int64_t>(i + 1)), next.error().message})};
        b = std::move(next.value());
    }
    return b;
}

Result<Session> sessionOf(const Step& step) {
    Session session(step.board);
    for (std::size_t i = 0; i < step.log.size(); ++i) {
        if (auto ok = session.apply(step.log[i]); !ok)
            return Error{tr("lesson.log.refused", {countNumeral(static_cast<std::int64_t>(i + 1)), ok.error().message})};
    }
    return session;
}

Step withSession(Step step, const Session& session) {
    step.board = session.start();
    step.log = session.log();
    return step;
}

Result<std::vector<StepVerdict>> checkLesson(const Lesson& lesson, bool answers, std::optional<int> only) {
    const int count = static_cast<int>(lesson.steps.size());
    if (only && (*only < 1 || *only > count))
        return Error{trCount("lesson.report.no_such_step", count, {countNumeral(*only)})};
    std::vector<StepVerdict> out;
    for (int i = 0; i < count; ++i) {
        if (only && *only != i + 1) continue;
        const Step& step = lesson.steps[static_cast<std::size_t>(i)];
        StepVerdict sv;
        sv.step = i + 1;
        if (step.check && (!answers || step.answer)) {
            auto board = answers ? Result<Board>(*step.answer) : boardNow(step);
            if (!board) return board.error();
            sv.checked = true;
            sv.verdict = checkStep(board.value(), *step.check);
        }
        out.push_back(std::move(sv));
    }
    return out;
}

std::string yearGroupName(int year) {
    if (year == kReceptionYear) return tr("lesson.year.reception");
    return tr("lesson.year.n", {countNumeral(year)});
}

}  // namespace tenfold::model
