// Autosave: the work that is open (the board, and the name of the library board it came from) is kept in
// a recovery slot about half a second after it changes, so a crash, a kill or a power cut loses at most
// that much. The frame only notes that something changed and, once the delay has passed, hands a copy of
// the work to a worker thread that writes it (the file seam's atomic write), so no frame waits on the disk.
// Where there are no threads (the browser) the writing is done by the frame itself.
//
// Also here: which recovery slot this run keeps its work in (one of a few beside the boards folder, each
// held by one running Tenfold at a time, so two windows never write over each other's work), and the
// question the next start asks about work left there ("Carry on with the board from 10:42?").
// No SDL, GL or ImGui: tested on its own (tests/app/test_autosave.cpp).
#pragma once

#include "app/board_library.hpp"
#include "model/board.hpp"
#include "model/result.hpp"

#include <condition_variable>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace tenfold::app {

// What autosave keeps: returned by one function of the App (App::autosaveWork), so whatever else becomes
// open work later is added there and here, nowhere else. The open board, or the lesson being presented.
struct AutosaveWork {
    model::Board board;  // the board on the screen (with a lesson open: its step's)
    std::string origin;  // the library board (or, for a lesson, the lessons-folder lesson) it came from or
                         // was saved as: a name, never a path; "" none
    std::optional<model::Lesson> lesson;  // the whole lesson, every step as the class left it
    std::size_t step = 0;                 // the lesson's step on the screen, from 0
};
// Writes the work into the slot: the lesson with its step when one is open, else the board.
model::Status writeWork(const RecoverySlot& slot, const AutosaveWork& work);

// How long after a change (seconds) its snapshot is taken: changes made within it are kept together.
inline constexpr double kAutosaveDelaySeconds = 0.5;

class Autosave {
public:
    using Writer = std::function<model::Status(const AutosaveWork&)>;
    enum class Mode {
        Worker,  // a thread of its own writes (natively)
        Inline,  // tick() writes before it returns (the browser: no threads)
    };
    explicit Autosave(Writer writer, Mode mode = Mode::Worker, double delaySeconds = kAutosaveDelaySeconds);
    // As stop().
    ~Autosave();
    Autosave(const Autosave&) = delete;
    Autosave& operator=(const Autosave&) = delete;

    // Something that is kept changed at `now` (seconds, any steady clock; the same one for every call).
    void changed(double now);
    // When tick() takes the next snapshot (the first change not yet handed over, plus the delay).
    std::optional<double> dueAt() const;
    // True while a change is not on the disk yet (waiting for its time, handed over, or being written).
    bool pending() const;
    // When a snapshot is due at `now`: takes it from `work` and hands it over (replacing one handed over
    // earlier that the worker has not started on). True when it took one.
    bool tick(double now, const std::function<AutosaveWork()>& work);
    // Writes the work now if anything changed since the last snapshot, and waits until everything handed
    // over is on the disk (Tenfold is being stopped: what it had is kept). The last write's result.
    model::Status flush(const std::function<AutosaveWork()>& work);
    // Waits for a write under way, drops what was not started, and stops the worker (joined). Nothing is
    // written afterwards, whatever changes. Safe to call twice.
    void stop();

    // A write that failed, said once: when writes fail after having worked (or from the first), the
    // message of the failure; then nothing until a write works again and another fails.
    std::optional<std::string> takeProblem();
    // Finished writes (failed ones too).
    std::uint64_t writes() const;

private:
    void run();
    void write(const AutosaveWork& work);

    Writer writer_;
    Mode mode_;
    double delay_;
    std::optional<double> dirtySince_;  // the frame's: the first change not handed over yet

    mutable std::mutex mutex_;
    std::condition_variable wake_;      // the worker: something was handed over, or stop
    std::condition_variable written_;   // flush(): the worker finished a write
    std::optional<AutosaveWork> handed_;
    bool writing_ = false;
    bool stopping_ = false;
    bool stopped_ = false;
    std::uint64_t writes_ = 0;
    model::Status last_ = model::okStatus();
    bool failing_ = false;              // the last write failed
    std::optional<std::string> problem_;
    std::thread worker_;
};

// The recovery slots: recovery.tenfold, then recovery-2.tenfold ... beside the boards folder.
inline constexpr int kRecoverySlots = 4;
std::filesystem::path recoverySlotPath(const std::filesystem::path& first, int n);  // n from 1

// The recovery slot this run holds, by a lock on a file beside it (NAME.lock, released by the system when
// the process ends, however it ends). A slot that no running Tenfold holds and that has work in it comes
// first: that work was left by a run that stopped.
class ClaimedSlot {
public:
    // Claims a slot among recoverySlotPath(first, 1..kRecoverySlots); none when every one is held by
    // another run or there is no folder to keep them in.
    static std::unique_ptr<ClaimedSlot> claim(const std::filesystem::path& first = recoveryFilePath(),
                                              const std::filesystem::path& boardsFolder = boardsFolderPath());
    ~ClaimedSlot();
    ClaimedSlot(const ClaimedSlot&) = delete;
    ClaimedSlot& operator=(const ClaimedSlot&) = delete;
    const RecoverySlot& slot() const { return slot_; }

private:
    ClaimedSlot(RecoverySlot slot, int lock) : slot_(std::move(slot)), lock_(lock) {}
    RecoverySlot slot_;
    int lock_ = -1;
};

// "10:42" when `then` is the same day as `now`, else "10:42 on 3 March" (local times; text table).
std::string recoveryTimeText(const std::tm& then, const std::tm& now);
// The question the start asks: "Carry on with the board from 10:42?", or with the library board's name
// ("Carry on with \"Year 3\" as it was at 10:42?"), or for a lesson ("Carry on with the lesson \"Tens
// and ones\" at step 3, as it was at 10:42?").
std::string recoveryQuestion(const RecoveredBoard& recovered, WallClock::time_point now = WallClock::now());

}  // namespace tenfold::app
