// Keeping the teacher's work: what autosave writes and when (every change of the board, its file or its
// name goes through noteWorkChanged), the offer of recovered work when the window opens, the question
// about unsaved changes when Tenfold is closed, saving the open board for the gallery and that question,
// and what happens to the recovery slot when Tenfold stops (a clean quit empties it; a stop signal keeps
// the work in it).
#include "app/app.hpp"

#include "model/board_file.hpp"
#include "model/lesson_file.hpp"
#include "model/text.hpp"
#include "platform/stop_signal.hpp"

#include <chrono>
#include <cmath>
#include <iostream>

namespace tenfold::app {

namespace {
// Autosave's clock: steady, and cheap to read on every change.
double steadyNow() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
constexpr int kWritePollMs = 50;            // while a write is under way: how soon its result is looked at
constexpr double kStartNoticeSeconds = 12;  // a notice at start (settings reset, work not kept) stays this long
}  // namespace

AutosaveWork App::autosaveWork() const {
    // The open work: the board, or the whole lesson being presented (every step as the class left it).
    AutosaveWork work;
    work.board = session_.board();
    if (lesson_) {
        work.lesson = lesson_->lessonNow(session_);
        work.step = lesson_->current();
        if (lessons_.owns(lesson_->file())) work.origin = lesson_->file().stem().string();
    } else if (!boardFile_.empty() && library_.owns(boardFile_)) {
        work.origin = boardFile_.stem().string();
    }
    return work;
}

void App::noteWorkChanged() {
    if (autosave_) autosave_->changed(steadyNow());
}

void App::tickAutosave() {
    // While recovered work waits for an answer, the slot holding it is not written over.
    if (!autosave_ || asking_ == Asking::Recovery) return;
#ifdef __EMSCRIPTEN__
    if (boardInput_.anyDown()) return;  // the page writes in its frame: once a drag is over, not during it
#endif
    const auto t0 = std::chrono::steady_clock::now();
    if (autosave_->tick(steadyNow(), [this] { return autosaveWork(); }))
        autosaveSnapshotMs_.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    if (const std::optional<std::string> problem = autosave_->takeProblem()) {
        std::cerr << "tenfold: " << *problem << "\n";
        showMessage(model::tr("autosave.failed", {*problem}));
        scheduler_.inputArrived();
    }
}

int App::autosaveWaitMs(int wait) const {
    if (!autosave_ || asking_ == Asking::Recovery) return wait;
    int ms = 0;
    if (const std::optional<double> due = autosave_->dueAt()) {
        ms = std::max(0, static_cast<int>(std::ceil((*due - steadyNow()) * 1000.0)));
    } else if (autosave_->pending()) {
        ms = kWritePollMs;  // a write under way: its result (a failure to say) is looked at soon
    } else {
        return wait;
    }
    return wait < 0 ? ms : std::min(wait, ms);
}

void App::showStartNotice() {
    // Settings reset (a damaged file) or not kept (no folder): said on screen, not only on stderr.
    if (const std::string notice = settings_.screenNotice(); !notice.empty()) showMessage(notice, 0, kStartNoticeSeconds);
}

void App::startKeepingWork() {
    savedBoard_ = session_.board();  // what the window opens with has nothing unsaved yet
    showStartNotice();
    recoverySlot_ = ClaimedSlot::claim();
    if (!recoverySlot_) {
        const std::string why = model::tr(recoveryFilePath().empty() ? "autosave.no_folder" : "autosave.slots_taken");
        std::cerr << "tenfold: " << why << "\n";
        if (message_.empty()) showMessage(why, 0, kStartNoticeSeconds);
        return;
    }
    const RecoverySlot slot = recoverySlot_->slot();  // the worker's own copy: it shares nothing with the frame
    autosave_ = std::make_unique<Autosave>([slot](const AutosaveWork& w) { return writeWork(slot, w); });
    offerRecovery();
}

std::filesystem::path App::libraryBoardNamed(const std::string& name) const {
    if (name.empty()) return {};
    // The name is only looked up in the library, never used as a path of its own.
    const model::Result<std::filesystem::path> path = library_.pathFor(name, true);
    std::error_code ec;
    if (!path || !library_.owns(path.value()) || !std::filesystem::is_regular_file(path.value(), ec)) return {};
    return path.value();
}

std::filesystem::path App::savedLessonNamed(const std::string& name) const {
    if (name.empty()) return {};
    const model::Result<std::filesystem::path> path = lessons_.pathFor(name);
    std::error_code ec;
    if (!path || !lessons_.owns(path.value()) || !std::filesystem::is_regular_file(path.value(), ec)) return {};
    return path.value();
}

void App::offerRecovery() {
    model::Result<std::optional<RecoveredBoard>> read = recoverySlot_->slot().read();
    if (!read) {
        // Damaged (it was not written by Tenfold): said, and left as it is until new work is kept there.
        std::cerr << "tenfold: " << read.error().message << "\n";
        showMessage(read.error().message, 0, kStartNoticeSeconds);
        return;
    }
    if (!read.value()) return;
    RecoveredBoard recovered = std::move(*read.value());
    // Work that its library board or saved lesson (or the board Tenfold starts with) already holds is not
    // offered.
    bool nothingLost = false;
    if (recovered.lesson) {
        if (const std::filesystem::path origin = savedLessonNamed(recovered.origin); !origin.empty()) {
            const model::Result<model::Lesson> kept = model::loadLessonFile(origin);
            nothingLost = kept && kept.value() == *recovered.lesson;
        }
    } else {
        std::optional<model::Board> kept;
        if (const std::filesystem::path origin = libraryBoardNamed(recovered.origin); !origin.empty()) {
            if (model::Result<model::Board> b = model::loadBoardFile(origin)) kept = std::move(b.value());
        }
        nothingLost = kept ? *kept == recovered.board : recovered.origin.empty() && recovered.board == session_.board();
    }
    if (nothingLost) {
        if (const model::Status cleared = recoverySlot_->slot().clear(); !cleared) std::cerr << "tenfold: " << cleared.error().message << "\n";
        return;
    }
    ui::Question q;
    q.text = recoveryQuestion(recovered);
    q.detail = model::tr("recovery.detail");
    q.choices = {{model::tr("recovery.carry_on"), "recovery-carry-on"}, {model::tr("recovery.start_afresh"), "recovery-start-afresh"}};
    q.enterChoice = 0;
    q.escapeChoice = 1;
    question_.open(std::move(q));
    recovered_ = std::move(recovered);
    asking_ = Asking::Recovery;
}

bool App::unsavedChanges() const {
    // A lesson: any step changed from its file (moving between steps changes nothing to keep).
    if (lesson_) return !savedLesson_ || !(lesson_->lessonNow(session_) == *savedLesson_);
    return !savedBoard_ || !(session_.board() == *savedBoard_);
}

bool App::askToQuit() {
#ifdef __EMSCRIPTEN__
    return false;  // a page has nothing to quit to: it stays, and its working board is kept as it changes
#endif
    if (asking_ == Asking::Quit) return false;  // the question is already there
    // Recovered work not answered for stays in its slot for the next start.
    if (asking_ == Asking::Recovery || !unsavedChanges()) return true;
    gallery_.close();  // the question has the screen
    ui::Question q;
    if (lesson_) {
        const bool named = lessons_.owns(lesson_->file());
        q.text = named ? model::tr("quit.ask_lesson_named", {lesson_->file().stem().string()}) : model::tr("quit.ask_lesson");
        if (!named) q.detail = model::tr("quit.lesson_save_as_detail", {lesson_->lesson().title});
    } else {
        const bool named = !boardFile_.empty() && library_.owns(boardFile_);
        q.text = named ? model::tr("quit.ask_named", {boardFile_.stem().string()}) : model::tr("quit.ask");
        if (!named) q.detail = model::tr("quit.save_as_detail", {library_.nextDefaultName()});
    }
    q.choices = {{model::tr("quit.save"), "quit-save"}, {model::tr("quit.dont_save"), "quit-dont-save"},
                 {model::tr("quit.cancel"), "quit-cancel"}};
    q.escapeChoice = 2;
    question_.open(std::move(q));
    asking_ = Asking::Quit;
    scheduler_.inputArrived();
    return false;
}

void App::applyQuestion(int choice) {
    if (choice < 0) return;
    const Asking asked = asking_;
    auto done = [&] {
        asking_ = Asking::Nothing;
        question_.close();
    };
    if (asked == Asking::Recovery && recovered_) {
        if (choice == 0) {
            // Carry on: the recovered board is open, unsaved; its library board (if any) is not touched
            // until the teacher saves.
            RecoveredBoard r = std::move(*recovered_);
            if (r.lesson) {
                // The lesson at the step that was on the screen, every step as the class left it; its saved
                // file (if any) is not touched until the teacher saves.
                const std::filesystem::path origin = savedLessonNamed(r.origin);
                std::optional<model::Lesson> kept;
                if (!origin.empty()) {
                    if (model::Result<model::Lesson> l = model::loadLessonFile(origin)) kept = std::move(l.value());
                }
                if (lesson_) closeLesson();
                std::string error;
                if (!startLesson(std::move(*r.lesson), origin, r.step, error)) {
                    showMessage(error);  // the slot keeps the work: it is offered again at the next start
                } else {
                    savedLesson_ = std::move(kept);
                    noteWorkChanged();
                }
            } else {
                const std::filesystem::path origin = libraryBoardNamed(r.origin);
                std::optional<model::Board> kept;
                if (!origin.empty()) {
                    if (model::Result<model::Board> b = model::loadBoardFile(origin)) kept = std::move(b.value());
                }
                openBoard(std::move(r.board));
                boardKept(origin, kept);
            }
        } else if (const model::Status cleared = recoverySlot_->slot().clear(); !cleared) {
            showMessage(cleared.error().message);  // Start afresh: the recovered work goes
        }
        recovered_.reset();
        done();
    } else if (asked == Asking::Quit) {
        if (choice == 0) {
            model::Status saved = model::okStatus();
            if (lesson_) {
                // The lesson back into its own file, or a new one in the lessons folder.
                if (model::Result<std::filesystem::path> kept = keepLesson(false); !kept) saved = kept.error();
            } else if (!boardFile_.empty() && library_.owns(boardFile_)) {
                saved = saveInPlace();
            } else if (model::Result<std::filesystem::path> copy = saveAsNew(library_.nextDefaultName()); !copy) {
                saved = copy.error();
            }
            if (!saved) {
                question_.setDetail(saved.error().message);  // the board stays, and the question with it
                return;
            }
            quitting_ = true;
        } else if (choice == 1) {
            quitting_ = true;
        }
        done();
    }
}

void App::saveThumbnail(const std::filesystem::path& boardFile) {
    std::string error;
    if (!writeThumbnail(BoardLibrary::thumbnailFor(boardFile), error)) std::cerr << "tenfold: " << error << "\n";
}

model::Status App::saveInPlace() {
    // Back into the file the open board came from; the previous file stays whole if this fails.
    if (const model::Status saved = library_.saveInPlace(session_.board(), boardFile_); !saved) return saved;
    saveThumbnail(boardFile_);
    boardKept(boardFile_, session_.board());
    return model::okStatus();
}

model::Result<std::filesystem::path> App::saveAsNew(std::string_view typedName) {
    model::Result<std::filesystem::path> saved = library_.saveAs(session_.board(), typedName);
    if (!saved) return saved;
    saveThumbnail(saved.value());
    boardKept(saved.value(), session_.board());  // from now on Save writes to the new copy
    return saved;
}

void App::boardKept(std::filesystem::path file, std::optional<model::Board> kept) {
    boardFile_ = std::move(file);
    savedBoard_ = std::move(kept);
    noteWorkChanged();  // the name kept with the work may have changed
}

void App::keepWorkForSignal(int signal) {
    bool kept = false;
    if (autosave_ && asking_ != Asking::Recovery) {
        const model::Status written = autosave_->flush([this] { return autosaveWork(); });
        if (!written) std::cerr << "tenfold: " << written.error().message << "\n";
        autosave_->stop();
        std::error_code ec;
        kept = written && unsavedChanges() && recoverySlot_ && std::filesystem::exists(recoverySlot_->slot().file(), ec);
    } else {
        kept = recovered_.has_value();  // the offer was not answered: the work is still where it was
        if (autosave_) autosave_->stop();
    }
    std::cerr << "tenfold: stopped by " << platform::signalName(signal)
              << (kept ? "; the open work is kept and offered when Tenfold starts again" : "") << ".\n";
}

void App::finishKeepingWork() {
    if (autosave_) autosave_->stop();  // waits for a write under way: nothing lands after the slot is emptied
    if (!recoverySlot_ || asking_ == Asking::Recovery) return;
    if (const model::Status cleared = recoverySlot_->slot().clear(); !cleared) std::cerr << "tenfold: " << cleared.error().message << "\n";
}

}  // namespace tenfold::app
