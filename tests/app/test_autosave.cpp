// Autosave: when a change is written (about half a second later, by a thread of its own), that the latest
// work wins, that stopping waits for a write under way and writes nothing after, that a failing write is
// said once; the recovery slot a run claims (never one another run holds); the words of the question
// about recovered work.
#include "app/autosave.hpp"

#include "model/board.hpp"
#include "model/text.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

using namespace tenfold;
using namespace tenfold::app;

namespace {

// A board told apart from others by its next id.
AutosaveWork workNumbered(int n) {
    AutosaveWork w;
    w.board = model::defaultBoard();
    w.board.nextId = 1000 + n;
    w.origin = "Board " + std::to_string(n);
    return w;
}

// A writer that records what it was given and on which thread; it can be held (a slow disk).
struct Recorder {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<int> written;  // nextId - 1000 of each board
    std::vector<std::thread::id> threads;
    bool held = false;
    bool inside = false;
    model::Status answer = model::okStatus();

    Autosave::Writer writer() {
        return [this](const AutosaveWork& w) {
            std::unique_lock<std::mutex> lock(mutex);
            inside = true;
            cv.notify_all();
            cv.wait(lock, [&] { return !held; });
            written.push_back(static_cast<int>(w.board.nextId) - 1000);
            threads.push_back(std::this_thread::get_id());
            inside = false;
            return answer;
        };
    }
    void hold() {
        const std::lock_guard<std::mutex> lock(mutex);
        held = true;
    }
    void release() {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            held = false;
        }
        cv.notify_all();
    }
    void waitUntilInside() {
        std::unique_lock<std::mutex> lock(mutex);
        cv.wait(lock, [&] { return inside; });
    }
    std::vector<int> copy() {
        const std::lock_guard<std::mutex> lock(mutex);
        return written;
    }
};

struct TempFolder {
    std::filesystem::path path;
    TempFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "tenfold-autosave-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

}  // namespace

SCENARIO("a change is written about half a second later, by a thread of its own") {
    GIVEN("autosave with a worker") {
        Recorder rec;
        Autosave autosave(rec.writer());
        int current = 1;
        const auto work = [&] { return workNumbered(current); };
        WHEN("nothing changed") {
            THEN("nothing is due and nothing is written") {
                CHECK_FALSE(autosave.dueAt());
                CHECK_FALSE(autosave.pending());
                CHECK_FALSE(autosave.tick(100.0, work));
            }
        }
        WHEN("the board changes at 10 s, and again at 10.3 s") {
            autosave.changed(10.0);
            autosave.changed(10.3);
            THEN("its snapshot is due at 10.5 s, counted from the first change") {
                REQUIRE(autosave.dueAt());
                CHECK(*autosave.dueAt() == Approx(10.0 + kAutosaveDelaySeconds));
                CHECK(autosave.pending());
                CHECK_FALSE(autosave.tick(10.4, work));
            }
            AND_WHEN("the frame ticks at 10.5 s") {
                current = 2;
                CHECK(autosave.tick(10.5, work));
                CHECK(autosave.flush(work));
                THEN("the work as it was then is written once, not on the frame's thread") {
                    CHECK(rec.copy() == std::vector<int>{2});
                    REQUIRE(rec.threads.size() == 1);
                    CHECK(rec.threads[0] != std::this_thread::get_id());
                    CHECK_FALSE(autosave.pending());
                    CHECK_FALSE(autosave.dueAt());
                    CHECK(autosave.writes() == 1);
                }
            }
        }
    }
    GIVEN("autosave written by the frame itself (no threads, as in a browser)") {
        Recorder rec;
        Autosave autosave(rec.writer(), Autosave::Mode::Inline, 0.0);
        autosave.changed(3.0);
        THEN("the next tick writes before it returns, on the frame's thread") {
            CHECK(autosave.tick(3.0, [] { return workNumbered(7); }));
            CHECK(rec.copy() == std::vector<int>{7});
            CHECK(rec.threads.at(0) == std::this_thread::get_id());
            CHECK_FALSE(autosave.pending());
        }
    }
}

SCENARIO("while the disk is slow, the latest work is what gets written next") {
    Recorder rec;
    Autosave autosave(rec.writer());
    rec.hold();
    autosave.changed(0.0);
    REQUIRE(autosave.tick(1.0, [] { return workNumbered(1); }));
    rec.waitUntilInside();  // the first write is under way, and stuck
    autosave.changed(1.1);
    REQUIRE(autosave.tick(2.0, [] { return workNumbered(2); }));
    autosave.changed(2.1);
    REQUIRE(autosave.tick(3.0, [] { return workNumbered(3); }));
    CHECK(autosave.pending());
    rec.release();
    CHECK(autosave.flush([] { return workNumbered(99); }));
    THEN("the first is finished and the third replaces the second, which was never started") {
        CHECK(rec.copy() == std::vector<int>{1, 3});
    }
}

SCENARIO("stopping waits for a write under way, drops what waits, and writes nothing afterwards") {
    Recorder rec;
    Autosave autosave(rec.writer());
    rec.hold();
    autosave.changed(0.0);
    REQUIRE(autosave.tick(1.0, [] { return workNumbered(1); }));
    rec.waitUntilInside();
    autosave.changed(1.0);
    REQUIRE(autosave.tick(2.0, [] { return workNumbered(2); }));
    std::atomic<bool> stopped{false};
    std::thread releaser([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        CHECK_FALSE(stopped.load());  // stop() is still waiting for the write
        rec.release();
    });
    autosave.stop();
    stopped = true;
    releaser.join();
    THEN("the write under way landed and the one waiting did not") { CHECK(rec.copy() == std::vector<int>{1}); }
    AND_THEN("later changes are not written") {
        autosave.changed(5.0);
        CHECK_FALSE(autosave.tick(10.0, [] { return workNumbered(3); }));
        (void)autosave.flush([] { return workNumbered(4); });
        CHECK(rec.copy() == std::vector<int>{1});
        autosave.stop();  // twice is harmless
    }
}

SCENARIO("a write that fails is said once, until writing works again") {
    Recorder rec;
    rec.answer = model::Error{"the disk is full"};
    Autosave autosave(rec.writer(), Autosave::Mode::Inline, 0.0);
    auto writeOnce = [&](int n) {
        autosave.changed(static_cast<double>(n));
        REQUIRE(autosave.tick(static_cast<double>(n), [n] { return workNumbered(n); }));
    };
    writeOnce(1);
    CHECK(autosave.takeProblem() == std::optional<std::string>("the disk is full"));
    CHECK_FALSE(autosave.takeProblem());
    writeOnce(2);
    CHECK_FALSE(autosave.takeProblem());  // still failing: not said again
    rec.answer = model::okStatus();
    writeOnce(3);
    CHECK_FALSE(autosave.takeProblem());
    rec.answer = model::Error{"the disk is full"};
    writeOnce(4);
    CHECK(autosave.takeProblem() == std::optional<std::string>("the disk is full"));
}

SCENARIO("autosave keeps the work in the recovery slot, whole") {
    TempFolder tmp;
    const RecoverySlot slot(tmp.path / kRecoveryFileName, tmp.path / "boards");
    Autosave autosave([slot](const AutosaveWork& w) { return slot.write(w.board, w.origin); });
    const AutosaveWork work = workNumbered(5);
    autosave.changed(0.0);
    REQUIRE(autosave.tick(1.0, [&] { return work; }));
    REQUIRE(autosave.flush([&] { return work; }));
    const auto read = slot.read();
    REQUIRE(read);
    REQUIRE(read.value());
    CHECK(read.value()->board == work.board);
    CHECK(read.value()->origin == "Board 5");
}

SCENARIO("each running Tenfold claims a recovery slot of its own") {
    TempFolder tmp;
    const std::filesystem::path first = tmp.path / kRecoveryFileName;
    GIVEN("no slot is held") {
        auto a = ClaimedSlot::claim(first, tmp.path / "boards");
        REQUIRE(a);
        THEN("the first run gets the first slot") { CHECK(a->slot().file() == first); }
        AND_WHEN("other runs start while it runs") {
            auto b = ClaimedSlot::claim(first, tmp.path / "boards");
            REQUIRE(b);
            THEN("each gets another slot, until none is left") {
                CHECK(b->slot().file() == tmp.path / "recovery-2.tenfold");
                std::vector<std::unique_ptr<ClaimedSlot>> more;
                for (int n = 3; n <= kRecoverySlots; ++n) {
                    more.push_back(ClaimedSlot::claim(first, tmp.path / "boards"));
                    REQUIRE(more.back());
                    CHECK(more.back()->slot().file() == recoverySlotPath(first, n));
                }
                CHECK_FALSE(ClaimedSlot::claim(first, tmp.path / "boards"));
            }
        }
        AND_WHEN("it stops") {
            a.reset();
            THEN("its slot is free again") {
                auto again = ClaimedSlot::claim(first, tmp.path / "boards");
                REQUIRE(again);
                CHECK(again->slot().file() == first);
            }
        }
    }
    GIVEN("work left in the second slot by a run that stopped, and the first slot empty") {
        REQUIRE(RecoverySlot(recoverySlotPath(first, 2), tmp.path / "boards").write(model::defaultBoard(), ""));
        THEN("the next run claims the slot with the work, so it is offered") {
            auto a = ClaimedSlot::claim(first, tmp.path / "boards");
            REQUIRE(a);
            CHECK(a->slot().file() == recoverySlotPath(first, 2));
        }
    }
    GIVEN("no folder to keep slots in") {
        THEN("no slot is claimed") { CHECK_FALSE(ClaimedSlot::claim({}, {})); }
    }
}

SCENARIO("the question about recovered work says when it was kept") {
    std::tm now{};
    now.tm_year = 125;
    now.tm_yday = 40;
    now.tm_hour = 14;
    std::tm then = now;
    then.tm_hour = 10;
    then.tm_min = 42;
    then.tm_mday = 3;
    then.tm_mon = 2;
    WHEN("it was kept today") {
        THEN("the time is enough") { CHECK(recoveryTimeText(then, now) == "10:42"); }
    }
    WHEN("it was kept on another day") {
        then.tm_yday = 39;
        THEN("the day is said too") { CHECK(recoveryTimeText(then, now) == "10:42 on 3 March"); }
        THEN("every month has its name") {
            for (int m = 0; m < 12; ++m) {
                then.tm_mon = m;
                const std::string text = recoveryTimeText(then, now);
                CHECK(text.find('[') == std::string::npos);
            }
        }
    }
    WHEN("the question is asked") {
        RecoveredBoard r;
        r.board = model::defaultBoard();
        r.savedAt = WallClock::now();
        THEN("it offers the board") { CHECK(recoveryQuestion(r).rfind("Carry on with the board from ", 0) == 0); }
        r.origin = "Year 3";
        THEN("a board from the library is named") { CHECK(recoveryQuestion(r).find("\"Year 3\"") != std::string::npos); }
        AND_WHEN("it is a lesson that was at its third step") {
            r.lesson = model::Lesson{};
            r.lesson->title = "Tens and ones";
            r.lesson->steps.resize(4);
            r.step = 2;
            THEN("the lesson and its step are named") {
                const std::string q = recoveryQuestion(r);
                CHECK(q.rfind("Carry on with the lesson \"Tens and ones\" at step 3, as it was at ", 0) == 0);
            }
        }
    }
}
