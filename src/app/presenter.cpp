// The open lesson: steps and their sessions, Check, the choices of Vary, "How we built it" and the history
// that "continue from here" sets aside.
#include "app/presenter.hpp"

#include "model/lesson_check.hpp"
#include "model/text.hpp"

#include <utility>

namespace tenfold::app {

std::vector<VaryChoice> varyChoices(const model::Step& step) {
    using model::NumberRule;
    using model::VaryWhat;
    struct Kind {
        model::Variation variation;
        const char* name;
        const char* key;
    };
    const Kind kinds[] = {
        {{VaryWhat::Number, NumberRule::TimesTen, 0}, "times-ten", "ui.lesson.vary.times_ten"},
        {{VaryWhat::Number, NumberRule::OneMoreTen, 0}, "one-more-ten", "ui.lesson.vary.one_more_ten"},
        {{VaryWhat::Number, NumberRule::OneMoreHundred, 0}, "one-more-hundred", "ui.lesson.vary.one_more_hundred"},
        {{VaryWhat::Number, NumberRule::NextMultiple, 2}, "next-multiple-2", "ui.lesson.vary.next_multiple"},
        {{VaryWhat::Number, NumberRule::NextMultiple, 5}, "next-multiple-5", "ui.lesson.vary.next_multiple"},
        {{VaryWhat::Number, NumberRule::NextMultiple, 10}, "next-multiple-10", "ui.lesson.vary.next_multiple"},
        {{VaryWhat::Representation, NumberRule::TimesTen, 0}, "representation", "ui.lesson.vary.representation"},
        {{VaryWhat::Unknown, NumberRule::TimesTen, 0}, "unknown", "ui.lesson.vary.unknown"},
    };
    std::vector<VaryChoice> out;
    for (const Kind& k : kinds) {
        VaryChoice c;
        c.variation = k.variation;
        c.name = k.name;
        c.label = model::tr(k.key, {model::countNumeral(k.variation.multipleOf)});
        c.step = model::vary(step, k.variation);
        out.push_back(std::move(c));
    }
    return out;
}

model::Result<Presenter> Presenter::open(model::Lesson lesson, std::filesystem::path file, std::size_t step,
                                         model::Session& session) {
    if (lesson.steps.empty()) return model::Error{model::tr("lesson.file.no_steps")};
    if (step >= lesson.steps.size())
        return model::Error{model::trCount("lesson.report.no_such_step", static_cast<std::int64_t>(lesson.steps.size()),
                                           {model::countNumeral(static_cast<std::int64_t>(step + 1))})};
    Presenter p;
    p.lesson_ = std::move(lesson);
    p.file_ = std::move(file);
    const std::size_t n = p.lesson_.steps.size();
    p.parked_.resize(n);
    p.others_.resize(n);
    p.otherIsOriginal_.assign(n, false);
    p.current_ = step;
    model::Result<model::Session> first = p.take(step);
    if (!first) return first.error();
    session = std::move(first.value());
    return p;
}

Presenter Presenter::fromBoard(const model::Session& session, std::filesystem::path file) {
    Presenter p;
    p.lesson_.title = model::tr("ui.lesson.new_title");
    p.lesson_.year = 1;
    // The board with the history that built it: nothing the class did is lost, and How we built it works.
    model::Step first = stepFromBoard(session.start(), 1);
    first.log = session.log();
    p.lesson_.steps.push_back(std::move(first));
    p.file_ = std::move(file);
    p.parked_.resize(1);
    p.others_.resize(1);
    p.otherIsOriginal_.assign(1, false);
    return p;
}

model::Step Presenter::stepFromBoard(const model::Board& board, std::size_t number) {
    model::Step s;
    s.title = model::tr("ui.lesson.added_title", {model::countNumeral(static_cast<std::int64_t>(number))});
    s.prompt = model::tr("ui.lesson.added_prompt");
    s.board = board;
    return s;
}

model::Result<model::Session> Presenter::take(std::size_t i) {
    if (parked_[i]) {
        model::Session s = std::move(*parked_[i]);
        parked_[i].reset();
        return s;
    }
    return model::sessionOf(lesson_.steps[i]);
}

bool Presenter::goTo(std::size_t i, model::Session& session) {
    if (i >= count() || i == current_) return false;
    if (playback_) stopPlayback(session);
    model::Result<model::Session> next = take(i);
    if (!next) return false;  // a lesson that opened replays every log: not reached
    parked_[current_] = std::move(session);  // the step left keeps what the class did to it
    current_ = i;
    session = std::move(next.value());
    verdict_.reset();
    return true;
}

model::Lesson Presenter::lessonNow(const model::Session& session) const {
    model::Lesson out = lesson_;
    for (std::size_t i = 0; i < out.steps.size(); ++i) {
        const model::Session* s = nullptr;
        if (i == current_) s = playback_ ? &playback_->held : &session;
        else if (parked_[i]) s = &*parked_[i];
        if (s != nullptr) out.steps[i] = model::withSession(out.steps[i], *s);
    }
    return out;
}

void Presenter::insertAfter(model::Step step, model::Session& session) {
    if (playback_) stopPlayback(session);
    const std::size_t at = current_ + 1;
    lesson_.steps.insert(lesson_.steps.begin() + static_cast<std::ptrdiff_t>(at), std::move(step));
    parked_.insert(parked_.begin() + static_cast<std::ptrdiff_t>(at), std::optional<model::Session>{});
    others_.insert(others_.begin() + static_cast<std::ptrdiff_t>(at), std::optional<model::Session>{});
    otherIsOriginal_.insert(otherIsOriginal_.begin() + static_cast<std::ptrdiff_t>(at), false);
    parked_[current_] = std::move(session);
    current_ = at;
    session = model::Session(lesson_.steps[at].board);
    verdict_.reset();
}

bool Presenter::check(const model::Board& board) {
    if (!step().check) {
        verdict_.reset();
        return false;
    }
    verdict_ = model::checkStep(board, *step().check);
    return true;
}

bool Presenter::startPlayback(model::Session& session) {
    if (playback_) return false;
    std::vector<model::Command> log = session.log();
    if (log.empty()) return false;
    model::Result<model::LogPlayback> made = model::LogPlayback::make(session.start(), std::move(log));
    if (!made) return false;  // a session's own log always replays: not reached
    playback_.emplace(Playback{std::move(made.value()), std::move(session), false, 0.0});
    session = model::Session(playback_->log.board());
    verdict_.reset();
    return true;
}

bool Presenter::seek(std::size_t k, model::Session& session) {
    if (!playback_ || !playback_->log.seek(k)) return false;
    session = model::Session(playback_->log.board());
    if (playback_->log.position() == playback_->log.length()) playback_->playing = false;
    return true;
}

void Presenter::play(double now) {
    if (!playback_) return;
    playback_->playing = true;
    playback_->nextAt = now + kPlaybackSecondsPerCommand;
}

bool Presenter::advance(double now, model::Session& session) {
    if (!playing() || now < playback_->nextAt) return false;
    const bool changed = seek(playback_->log.position() + 1, session);
    playback_->nextAt = now + kPlaybackSecondsPerCommand;
    if (playback_->log.position() >= playback_->log.length()) playback_->playing = false;
    return changed;
}

std::optional<double> Presenter::nextTick() const {
    if (!playing()) return std::nullopt;
    return playback_->nextAt;
}

void Presenter::stopPlayback(model::Session& session) {
    if (!playback_) return;
    session = std::move(playback_->held);
    playback_.reset();
}

void Presenter::continueFromHere(model::Session& session) {
    if (!playback_) return;
    if (playback_->log.position() == playback_->log.length()) {
        stopPlayback(session);  // from the end: the history as it was, nothing to set aside
        return;
    }
    model::Session here = playback_->log.continueHere();
    // What is set aside is always the class's own history: continuing again from a new way replaces
    // only the new way.
    if (!others_[current_] || !otherIsOriginal_[current_]) {
        others_[current_] = std::move(playback_->held);
        otherIsOriginal_[current_] = true;
    }
    playback_.reset();
    session = std::move(here);
}

void Presenter::backToOther(model::Session& session) {
    if (playback_) stopPlayback(session);
    if (!others_[current_]) return;
    std::swap(session, *others_[current_]);
    otherIsOriginal_[current_] = !otherIsOriginal_[current_];
}

}  // namespace tenfold::app
