// Playing a step's command log back: boards kept at checkpoints, seeking, the narration of each command,
// and the session that "continue from here" makes.
#include "model/lesson_playback.hpp"

#include "model/text.hpp"

namespace tenfold::model {

Result<LogPlayback> LogPlayback::make(Board start, std::vector<Command> log) {
    LogPlayback p;
    p.start_ = std::move(start);
    p.log_ = std::move(log);
    Board b = p.start_;
    p.checkpoints_.push_back(b);
    for (std::size_t i = 0; i < p.log_.size(); ++i) {
        auto next = applyCommand(b, p.log_[i]);
        if (!next)
            return Error{tr("lesson.log.refused", {countNumeral(static_cast<std::int64_t>(i + 1)), next.error().message})};
        b = std::move(next.value());
        if ((i + 1) % kPlaybackCheckpoint == 0) p.checkpoints_.push_back(b);
    }
    p.board_ = p.start_;
    return p;
}

bool LogPlayback::seek(std::size_t k) {
    if (k > log_.size()) k = log_.size();
    if (k == position_) return false;
    // From the board shown when it is on the way, else from the last checkpoint at or before k.
    const std::size_t checkpoint = k / kPlaybackCheckpoint;
    std::size_t from = checkpoint * kPlaybackCheckpoint;
    Board b;
    if (position_ < k && position_ >= from) {
        from = position_;
        b = std::move(board_);
    } else {
        b = checkpoints_[checkpoint];
    }
    for (std::size_t i = from; i < k; ++i) {
        // Every command replayed when the playback was made: none is refused now.
        auto next = applyCommand(b, log_[i]);
        if (!next) break;
        b = std::move(next.value());
    }
    board_ = std::move(b);
    position_ = k;
    return true;
}

std::string LogPlayback::narration() const {
    if (position_ == 0) return tr("lesson.playback.start");
    return describeCommand(log_[position_ - 1]);
}

Session LogPlayback::continueHere() const {
    Session s(start_);
    for (const Command& c : log_) (void)s.apply(c);
    for (std::size_t i = position_; i < log_.size(); ++i) s.undo();
    return s;
}

}  // namespace tenfold::model
