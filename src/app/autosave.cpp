// Autosave's timing and its worker thread, the claiming of a recovery slot, and the words of the question
// about recovered work.
#include "app/autosave.hpp"

#include "model/excerpt.hpp"
#include "model/text.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#ifndef __EMSCRIPTEN__
#include <pthread.h>
#include <signal.h>
#endif

#include <cstdio>
#include <utility>

namespace tenfold::app {

Autosave::Autosave(Writer writer, Mode mode, double delaySeconds)
    : writer_(std::move(writer)), mode_(mode), delay_(delaySeconds) {
#ifdef __EMSCRIPTEN__
    mode_ = Mode::Inline;  // a page has no threads
#endif
    if (mode_ == Mode::Worker) worker_ = std::thread([this] { run(); });
}

Autosave::~Autosave() { stop(); }

void Autosave::changed(double now) {
    if (!dirtySince_) dirtySince_ = now;
}

std::optional<double> Autosave::dueAt() const {
    if (!dirtySince_) return std::nullopt;
    return *dirtySince_ + delay_;
}

bool Autosave::pending() const {
    if (dirtySince_) return true;
    const std::lock_guard<std::mutex> lock(mutex_);
    return handed_.has_value() || writing_;
}

bool Autosave::tick(double now, const std::function<AutosaveWork()>& work) {
    if (!dirtySince_ || now < *dirtySince_ + delay_) return false;
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (stopped_ || stopping_) return false;
    }
    dirtySince_.reset();
    AutosaveWork snapshot = work();  // the only copy the frame makes: the worker writes from it
    if (mode_ == Mode::Inline) {
        write(snapshot);
        return true;
    }
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        handed_ = std::move(snapshot);
    }
    wake_.notify_one();
    return true;
}

model::Status Autosave::flush(const std::function<AutosaveWork()>& work) {
    if (dirtySince_) {
        // Whatever the time: the snapshot is taken now.
        dirtySince_.reset();
        AutosaveWork snapshot = work();
        if (mode_ == Mode::Inline) {
            write(snapshot);
        } else {
            const std::lock_guard<std::mutex> lock(mutex_);
            if (!stopped_) handed_ = std::move(snapshot);
        }
        wake_.notify_one();
    }
    std::unique_lock<std::mutex> lock(mutex_);
    written_.wait(lock, [&] { return stopped_ || (!handed_ && !writing_); });
    return last_;
}

void Autosave::stop() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (stopped_) return;
        stopping_ = true;
        handed_.reset();
    }
    wake_.notify_one();
    if (worker_.joinable()) worker_.join();
    const std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    written_.notify_all();
}

std::optional<std::string> Autosave::takeProblem() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return std::exchange(problem_, std::nullopt);
}

std::uint64_t Autosave::writes() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return writes_;
}

void Autosave::write(const AutosaveWork& work) {
    model::Status result = writer_(work);
    const std::lock_guard<std::mutex> lock(mutex_);
    ++writes_;
    if (!result && !failing_) problem_ = result.error().message;
    failing_ = !result;
    last_ = std::move(result);
}

void Autosave::run() {
#ifndef __EMSCRIPTEN__
    // Stop signals go to the frame's thread, which keeps the work before it stops; a write here is never
    // interrupted by one.
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stops, nullptr);
#endif
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        wake_.wait(lock, [&] { return stopping_ || handed_.has_value(); });
        if (stopping_) break;
        AutosaveWork work = std::move(*handed_);
        handed_.reset();
        writing_ = true;
        lock.unlock();
        write(work);
        lock.lock();
        writing_ = false;
        written_.notify_all();
    }
}

std::filesystem::path recoverySlotPath(const std::filesystem::path& first, int n) {
    if (n <= 1 || first.empty()) return first;
    std::filesystem::path p = first;
    p.replace_filename(first.stem().string() + "-" + std::to_string(n) + first.extension().string());
    return p;
}

namespace {
constexpr mode_t kLockFileMode = 0600;
constexpr std::size_t kMaxShownTitleBytes = 60;  // a lesson title in the question: the title a teacher gave, not a page

std::filesystem::path lockPathFor(const std::filesystem::path& slot) {
    std::filesystem::path p = slot;
    p += ".lock";
    return p;
}

// The lock of a slot, taken without waiting; -1 when another run holds it (or it cannot be made).
int tryLock(const std::filesystem::path& slot) {
    const int fd = ::open(lockPathFor(slot).c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, kLockFileMode);
    if (fd < 0) return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
}  // namespace

std::unique_ptr<ClaimedSlot> ClaimedSlot::claim(const std::filesystem::path& first, const std::filesystem::path& boardsFolder) {
    if (first.empty()) return nullptr;
    std::error_code ec;
    std::filesystem::create_directories(first.parent_path(), ec);
    int chosen = -1, chosenFd = -1;
    for (int n = 1; n <= kRecoverySlots; ++n) {
        const std::filesystem::path slot = recoverySlotPath(first, n);
        const int fd = tryLock(slot);
        if (fd < 0) continue;
        const bool holdsWork = std::filesystem::exists(std::filesystem::symlink_status(slot, ec));
        if (chosenFd < 0 || holdsWork) {
            if (chosenFd >= 0) ::close(chosenFd);  // an empty slot gives way to one with work left in it
            chosen = n;
            chosenFd = fd;
            if (holdsWork) break;
        } else {
            ::close(fd);
        }
    }
    if (chosenFd < 0) return nullptr;
    return std::unique_ptr<ClaimedSlot>(new ClaimedSlot(RecoverySlot(recoverySlotPath(first, chosen), boardsFolder), chosenFd));
}

ClaimedSlot::~ClaimedSlot() {
    if (lock_ >= 0) ::close(lock_);
}

std::string recoveryTimeText(const std::tm& then, const std::tm& now) {
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", then.tm_hour, then.tm_min);
    if (then.tm_year == now.tm_year && then.tm_yday == now.tm_yday) return clock;
    const std::string month = model::tr("time.month." + std::to_string(then.tm_mon + 1));
    return model::tr("recovery.day_time", {clock, std::to_string(then.tm_mday), month});
}

model::Status writeWork(const RecoverySlot& slot, const AutosaveWork& work) {
    if (work.lesson) return slot.writeLesson(*work.lesson, work.step, work.origin);
    return slot.write(work.board, work.origin);
}

std::string recoveryQuestion(const RecoveredBoard& recovered, WallClock::time_point now) {
    const std::time_t at = WallClock::to_time_t(recovered.savedAt), today = WallClock::to_time_t(now);
    std::tm then{}, local{};
    localtime_r(&at, &then);
    localtime_r(&today, &local);
    const std::string when = recoveryTimeText(then, local);
    if (recovered.lesson) {
        const std::string step = model::countNumeral(static_cast<std::int64_t>(recovered.step + 1));
        return model::tr("recovery.ask_lesson", {model::excerpt(recovered.lesson->title, kMaxShownTitleBytes), step, when});
    }
    if (recovered.origin.empty()) return model::tr("recovery.ask", {when});
    return model::tr("recovery.ask_named", {recovered.origin, when});
}

}  // namespace tenfold::app
