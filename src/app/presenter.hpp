// A lesson while it is open on the screen: which step is shown, what the class did to every step (one
// model::Session per step, kept while the lesson is open), the prompt and the teacher notes shown or
// hidden, the verdict of the last Check, the steps Vary offers, "How we built it" (a step's log played
// back, paused, stepped and scrubbed) with "continue from here" and the history it set aside, and the
// lesson as it is now (every step with its log) for saving and autosave. Pure: no SDL, GL or ImGui. The
// app holds the session of the step on screen (App::session_); the presenter holds the others and hands
// sessions over when the step changes, so everything the app does to a board works on a step unchanged.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/command.hpp"
#include "model/lesson.hpp"
#include "model/lesson_playback.hpp"
#include "model/variation.hpp"

namespace tenfold::app {

// One choice Vary offers: what changes, its button's name (for scripts) and text key, and the step it
// makes or why it cannot be made.
struct VaryChoice {
    model::Variation variation;
    std::string name;        // "times-ten", "next-multiple-5", "representation", "unknown"
    std::string label;       // the button's words, from the text table
    model::Result<model::Step> step = model::Error{""};
};

// The kinds of Vary, in the order the buttons show them.
std::vector<VaryChoice> varyChoices(const model::Step& step);

// Seconds between two commands while "How we built it" plays.
inline constexpr double kPlaybackSecondsPerCommand = 0.8;

class Presenter {
public:
    // A presenter on `lesson` at step `step` (from 0), with the session of that step handed out in
    // `session`. Refused, with the reason, when a step's log cannot be replayed or there is no such step.
    static model::Result<Presenter> open(model::Lesson lesson, std::filesystem::path file, std::size_t step,
                                         model::Session& session);
    // A new lesson of one step made from a board ("Add this board as a step" with no lesson open); the
    // session that built the board carries on as that step's history.
    static Presenter fromBoard(const model::Session& session, std::filesystem::path file = {});

    const model::Lesson& lesson() const { return lesson_; }
    const std::filesystem::path& file() const { return file_; }
    void setFile(std::filesystem::path file) { file_ = std::move(file); }
    std::size_t current() const { return current_; }
    std::size_t count() const { return lesson_.steps.size(); }
    // The step on screen as it was written (title, prompt, check, notes; its board and log as opened).
    const model::Step& step() const { return lesson_.steps[current_]; }

    // Goes to step `i`: `session` (the step on screen) is kept with its step and the session of step `i`
    // is handed out in it. A playback is stopped first. False when `i` is not a step or is the current one.
    bool goTo(std::size_t i, model::Session& session);
    bool next(model::Session& session) { return current_ + 1 < count() && goTo(current_ + 1, session); }
    bool back(model::Session& session) { return current_ > 0 && goTo(current_ - 1, session); }

    // The lesson as it is now: each step with the board it started from and the log of what the class
    // did (the step on screen from `session`, or from the history set aside while its log plays back).
    model::Lesson lessonNow(const model::Session& session) const;

    // Inserts `step` after the step on screen and goes to it (its history starts empty).
    void insertAfter(model::Step step, model::Session& session);
    // A step made from the board on screen: "Step N" with a prompt to talk about it, no check.
    static model::Step stepFromBoard(const model::Board& board, std::size_t number);

    // ---- Check ---------------------------------------------------------------------------------------------
    // The verdict of the step's check on `board`; false (nothing kept) when the step has no check.
    bool check(const model::Board& board);
    const std::optional<model::Verdict>& verdict() const { return verdict_; }
    void clearVerdict() { verdict_.reset(); }

    // ---- What shows -----------------------------------------------------------------------------------------
    bool promptShown = true;
    bool notesShown = false;

    // ---- How we built it ----------------------------------------------------------------------------------
    // Starts playing back the log of the step on screen from its first board: the real session is set aside
    // and `session` becomes a board with no history at position 0. False when there is nothing to play.
    bool startPlayback(model::Session& session);
    bool playbackOn() const { return playback_.has_value(); }
    bool playing() const { return playback_ && playback_->playing; }
    const model::LogPlayback* playback() const { return playback_ ? &playback_->log : nullptr; }
    // Goes to position `k` of the log (shown in `session`); false when nothing changed.
    bool seek(std::size_t k, model::Session& session);
    void play(double now);
    void pause() { if (playback_) playback_->playing = false; }
    // While playing: the next command when its time has come (true when the board changed).
    bool advance(double now, model::Session& session);
    // When the next command is due while playing (app seconds).
    std::optional<double> nextTick() const;
    // Ends the playback; the step is back as the class left it.
    void stopPlayback(model::Session& session);
    // Ends the playback at the position shown: the board there, the commands before it to undo and those
    // after it to redo; the whole history as it was is kept aside (backToOther() brings it back).
    void continueFromHere(model::Session& session);

    // ---- The history set aside by "continue from here" ------------------------------------------------------
    bool hasOther() const { return others_[current_].has_value(); }
    // True while the history set aside is the one the class made before "continue from here".
    bool otherIsOriginal() const { return otherIsOriginal_[current_]; }
    // Swaps the history on screen with the one set aside ("Back to where we were", and back again).
    void backToOther(model::Session& session);

private:
    Presenter() = default;
    struct Playback {
        model::LogPlayback log;
        model::Session held;   // the step's real session while its log plays
        bool playing = false;
        double nextAt = 0;
    };
    model::Result<model::Session> take(std::size_t i);

    model::Lesson lesson_;
    std::filesystem::path file_;
    std::size_t current_ = 0;
    std::vector<std::optional<model::Session>> parked_;   // the sessions of the steps not on screen
    std::vector<std::optional<model::Session>> others_;   // per step: the history set aside
    std::vector<bool> otherIsOriginal_;
    std::optional<model::Verdict> verdict_;
    std::optional<Playback> playback_;
};

}  // namespace tenfold::app
