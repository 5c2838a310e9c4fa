// "How we built it": the boards a step's command log passes through, from position 0 (the board the step
// started from) to position N (after all N commands), for playing the log back with play, pause, step and
// a scrubber, and "continue from here". Boards are kept incrementally: the board at every
// kPlaybackCheckpoint-th position is kept, so going to any position replays at most that many commands
// and stepping forward replays one; a long log never costs a frame more than a few commands. Pure.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/board.hpp"
#include "model/command.hpp"
#include "model/result.hpp"

namespace tenfold::model {

inline constexpr std::size_t kPlaybackCheckpoint = 32;

class LogPlayback {
public:
    // The playback of `log` from `start`, at position 0; refused with the reason (naming the command,
    // from 1) when a command of the log cannot be replayed.
    static Result<LogPlayback> make(Board start, std::vector<Command> log);

    [[nodiscard]] std::size_t length() const { return log_.size(); }
    [[nodiscard]] std::size_t position() const { return position_; }
    [[nodiscard]] const Board& board() const { return board_; }
    [[nodiscard]] const std::vector<Command>& log() const { return log_; }
    // Goes to position `k` (at most length()); false when it was already there.
    bool seek(std::size_t k);
    bool forward() { return position_ < log_.size() && seek(position_ + 1); }
    bool back() { return position_ > 0 && seek(position_ - 1); }
    // What the command that led to this position did ("Exchanged 10 ones for 1 ten."), or, at position 0,
    // that this is the board the step started from.
    [[nodiscard]] std::string narration() const;
    // "Continue from here": a session at this position whose undo history is the commands before it (one
    // undo step each, as in a reopened lesson) and whose redo holds the commands after it, so Redo brings
    // back what the class did next until something new is done.
    [[nodiscard]] Session continueHere() const;

private:
    LogPlayback() = default;
    Board start_;
    std::vector<Command> log_;
    std::vector<Board> checkpoints_;  // the board at position i * kPlaybackCheckpoint
    std::size_t position_ = 0;
    Board board_;
};

}  // namespace tenfold::model
