// Tests for the file seam: reading refuses folders, pipes, devices and large files without waiting or
// reading them; writing is atomic, never follows a planted link, keeps the old file on a full disk, and
// tidies up after saves that were killed.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "model/file_store.hpp"

using namespace tenfold::model;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = fs::temp_directory_path() / ("tenfold-files-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
void put(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
std::size_t entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}
std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

// A disk that fills up after `room` bytes, or whose flush fails.
class FailingDisk : public PosixFileStore {
public:
    explicit FailingDisk(std::size_t room, bool syncFails = false) : room_(room), syncFails_(syncFails) {}

protected:
    long writeSome(int fd, const char* data, std::size_t size) const override {
        if (room_ == 0) {
            errno = ENOSPC;
            return -1;
        }
        const std::size_t n = std::min(size, room_);
        room_ -= n;
        return PosixFileStore::writeSome(fd, data, n);
    }
    int syncFile(int fd) const override {
        if (syncFails_) {
            errno = EIO;
            return -1;
        }
        return PosixFileStore::syncFile(fd);
    }

private:
    mutable std::size_t room_;
    bool syncFails_;
};

}  // namespace

SCENARIO("Reading a user's file takes only ordinary files, up to a limit", "[files]") {
    TempDir dir;
    const PosixFileStore store;
    GIVEN("an ordinary file") {
        put(dir.path / "board.json", "{\"a\": 1}");
        THEN("it is read whole, up to and including the limit") {
            CHECK(store.read(dir.path / "board.json", 1024).value() == "{\"a\": 1}");
            CHECK(store.read(dir.path / "board.json", 8).value() == "{\"a\": 1}");
        }
        THEN("one byte over the limit is refused, naming the file and the limit") {
            const auto r = store.read(dir.path / "board.json", 7);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == quoted(dir.path / "board.json") + " is larger than 7 bytes, too large for Tenfold to open.");
        }
    }
    GIVEN("an empty file") {
        put(dir.path / "empty.json", "");
        THEN("it is read as empty text") { CHECK(store.read(dir.path / "empty.json", 16).value().empty()); }
    }
    GIVEN("a sparse file of 1 GB") {
        { put(dir.path / "huge.json", "{"); }
        fs::resize_file(dir.path / "huge.json", 1024u * 1024u * 1024u);
        THEN("it is refused before a byte is read") {
            const auto r = store.read(dir.path / "huge.json", 16u * 1024u * 1024u);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == quoted(dir.path / "huge.json") + " is larger than 16 MB, too large for Tenfold to open.");
        }
    }
#ifndef __EMSCRIPTEN__  // the browser has no pipes
    GIVEN("a pipe that nobody writes to") {
        const fs::path fifo = dir.path / "pipe.replay";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        THEN("it is refused at once, without waiting for a writer") {
            const auto started = std::chrono::steady_clock::now();
            const auto r = store.read(fifo, 1024);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == quoted(fifo) + " is not an ordinary file (it is a device, a pipe or a socket), so Tenfold does not read it.");
            CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
        }
    }
#endif
    GIVEN("devices that never end or never start") {
        const std::string device = GENERATE(std::string("/dev/zero"), std::string("/dev/urandom"), std::string("/dev/null"));
        THEN(device + " is refused") {
            const auto r = store.read(device, 1024);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "\"" + device + "\" is not an ordinary file (it is a device, a pipe or a socket), so Tenfold does not read it.");
        }
    }
    GIVEN("a folder, and a file that is not there") {
        THEN("each is refused with its own reason") {
            CHECK(store.read(dir.path, 1024).error().message == quoted(dir.path) + " is a folder, not a file.");
            CHECK(store.read(dir.path / "none.json", 1024).error().message == "There is no file " + quoted(dir.path / "none.json") + ".");
            CHECK(store.read(dir.path / "none" / "x.json", 1024).error().message ==
                  "There is no file " + quoted(dir.path / "none" / "x.json") + ".");
        }
    }
    GIVEN("a file Tenfold may not read") {
        put(dir.path / "secret.json", "{}");
        fs::permissions(dir.path / "secret.json", fs::perms::none);
        THEN("it is refused (unless running as root, who may read anything)") {
            const auto r = store.read(dir.path / "secret.json", 1024);
            if (::geteuid() != 0) CHECK(r.error().message == quoted(dir.path / "secret.json") + " cannot be opened: Tenfold is not allowed to use that place.");
            else CHECK(r.ok());
        }
    }
}

SCENARIO("Saving a file is atomic and leaves nothing behind", "[files]") {
    TempDir dir;
    const PosixFileStore store;
    const fs::path file = dir.path / "Board 1.json";
    WHEN("a new file is saved, and then saved again") {
        REQUIRE(store.write(file, "first").ok());
        REQUIRE(store.write(file, "second").ok());
        THEN("it holds the last text and nothing else is in the folder") {
            CHECK(slurp(file) == "second");
            CHECK(entries(dir.path) == 1);
        }
    }
    WHEN("a file that only its owner may read is saved over") {
        put(file, "old");
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
        REQUIRE(store.write(file, "new").ok());
        THEN("it keeps its permissions") {
            CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
        }
    }
    WHEN("a file is made only if nothing has its name") {
        REQUIRE(store.write(file, "mine", WriteMode::CreateNew).ok());
        const Status again = store.write(file, "other", WriteMode::CreateNew);
        THEN("the second is refused and the first kept") {
            REQUIRE_FALSE(again.ok());
            CHECK(again.error().message == quoted(file) + " is already there, so Tenfold will not write over it.");
            CHECK(slurp(file) == "mine");
            CHECK(entries(dir.path) == 1);
        }
    }
    WHEN("the folder is not there") {
        const Status st = store.write(dir.path / "missing" / "x.json", "text");
        THEN("it is refused with the reason") {
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().message == quoted(dir.path / "missing" / "x.json") + " could not be saved: the folder is not there. Nothing on the disk was changed.");
        }
    }
    WHEN("what is there is not an ordinary file") {
        fs::create_directories(dir.path / "folder.json");
        THEN("a folder and a device are never written over") {
            CHECK(store.write(dir.path / "folder.json", "x").error().message ==
                  quoted(dir.path / "folder.json") + " is not an ordinary file, so Tenfold will not write over it.");
            CHECK(store.write("/dev/full", "x").error().message == "\"/dev/full\" is not an ordinary file, so Tenfold will not write over it.");
            CHECK(store.write("/dev/null", "x").error().message == "\"/dev/null\" is not an ordinary file, so Tenfold will not write over it.");
            CHECK(fs::is_character_file("/dev/full"));
        }
    }
}

SCENARIO("Saving never writes through a link someone planted", "[files]") {
    TempDir dir;
    const PosixFileStore store;
    const fs::path folder = dir.path / "boards";
    fs::create_directories(folder);
    const fs::path outside = dir.path / "outside.txt";
    put(outside, "precious");
    const fs::path file = folder / "Board 1.json";
    GIVEN("links planted under the temporary names a save could use, and the name older versions used") {
        fs::create_symlink(outside, folder / "Board 1.json.saving");
        // The next temporary names of this process are ".Board 1.json.saving-PID-N" with N counting up.
        for (int n = 0; n < 50; ++n) {
            std::error_code ec;
            fs::create_symlink(outside, folder / (".Board 1.json.saving-" + std::to_string(::getpid()) + "-" + std::to_string(n)), ec);
        }
        WHEN("the board is saved") {
            const Status st = store.write(file, "the board");
            THEN("the save lands in the folder and the file outside is untouched") {
                REQUIRE(st.ok());
                CHECK(slurp(file) == "the board");
                CHECK_FALSE(fs::is_symlink(file));
                CHECK(slurp(outside) == "precious");
            }
        }
    }
    GIVEN("the board's own name is a link to a file outside") {
        fs::create_symlink(outside, file);
        WHEN("the board is saved") {
            REQUIRE(store.write(file, "the board").ok());
            THEN("the link is replaced by the board and the file outside is untouched") {
                CHECK_FALSE(fs::is_symlink(file));
                CHECK(slurp(file) == "the board");
                CHECK(slurp(outside) == "precious");
            }
        }
    }
}

SCENARIO("A save that cannot complete leaves the old file as it was and says why", "[files]") {
    TempDir dir;
    const fs::path file = dir.path / "Lesson.json";
    put(file, "the old board");
    GIVEN("a disk that fills up part of the way through") {
        const std::size_t room = GENERATE(0u, 1u, 5000u);
        const FailingDisk disk(room);
        const std::string text(10'000, 'x');
        WHEN("the board is saved") {
            const Status st = disk.write(file, text);
            THEN("the save is refused, the old file is intact and no temporary file is left") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == quoted(file) + " could not be saved: the disk is full. Nothing on the disk was changed.");
                CHECK(slurp(file) == "the old board");
                CHECK(entries(dir.path) == 1);
            }
        }
    }
    GIVEN("a disk whose flush fails") {
        const FailingDisk disk(1'000'000, true);
        WHEN("the board is saved") {
            const Status st = disk.write(file, "new");
            THEN("the save is refused and the old file is intact") {
                REQUIRE_FALSE(st.ok());
                CHECK(st.error().message == quoted(file) + " could not be saved: the disk reported an error. Nothing on the disk was changed.");
                CHECK(slurp(file) == "the old board");
                CHECK(entries(dir.path) == 1);
            }
        }
    }
    GIVEN("the failing disk put behind the seam") {
        const FailingDisk disk(0);
        const UseFileStore use(disk);
        THEN("every write through fileStore() meets it, until it is taken away") {
            CHECK_FALSE(fileStore().write(file, "new").ok());
            CHECK(slurp(file) == "the old board");
        }
    }
    // Afterwards the POSIX store is back.
    CHECK(fileStore().write(file, "new").ok());
    CHECK(slurp(file) == "new");
}

#ifndef __EMSCRIPTEN__  // a killed save is another process's: the browser has no other processes
SCENARIO("Temporary files of saves that were killed are tidied up", "[files]") {
    TempDir dir;
    const PosixFileStore store;
    // A process that has ended: its number is free (until the system hands it out again).
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    REQUIRE(child > 0);
    ::waitpid(child, nullptr, 0);
    const std::string dead = std::to_string(child);
    const std::string alive = std::to_string(::getpid());
    const fs::path outside = dir.path / ".." / (dir.path.filename().string() + "-outside.txt");
    put(outside, "precious");
    put(dir.path / (".Board 1.json.saving-" + dead + "-0"), "half a board");
    put(dir.path / (".Board 2.json.saving-" + alive + "-7"), "a save in progress");
    put(dir.path / (".Board 3.json.saving-" + alive + "-8"), "an old save of a number now reused");
    fs::last_write_time(dir.path / (".Board 3.json.saving-" + alive + "-8"),
                        fs::file_time_type::clock::now() - std::chrono::seconds(kStaleSaveSeconds + 60));
    put(dir.path / "Board 4.json.saving", "what an older Tenfold left");
    fs::create_symlink(outside, dir.path / (".Board 5.json.saving-" + dead + "-1"));
    put(dir.path / "Board 1.json", "a board");
    put(dir.path / ".saving-notes", "not ours");
    put(dir.path / ".x.saving-12ab-3", "not ours");
    WHEN("the folder is tidied") {
        const int removed = store.removeLeftovers(dir.path);
        THEN("what dead or old saves left is gone; saves in progress, boards and other files stay") {
            CHECK(removed == 4);
            CHECK_FALSE(fs::exists(dir.path / (".Board 1.json.saving-" + dead + "-0")));
            CHECK(fs::exists(dir.path / (".Board 2.json.saving-" + alive + "-7")));
            CHECK_FALSE(fs::exists(dir.path / (".Board 3.json.saving-" + alive + "-8")));
            CHECK_FALSE(fs::exists(dir.path / "Board 4.json.saving"));
            CHECK_FALSE(fs::is_symlink(dir.path / (".Board 5.json.saving-" + dead + "-1")));
            CHECK(slurp(outside) == "precious");
            CHECK(fs::exists(dir.path / "Board 1.json"));
            CHECK(fs::exists(dir.path / ".saving-notes"));
            CHECK(fs::exists(dir.path / ".x.saving-12ab-3"));
        }
    }
    fs::remove(outside);
    THEN("the names are recognised") {
        CHECK(isSaveInProgressName(".Board 1.json.saving-123-0"));
        CHECK_FALSE(isSaveInProgressName("Board 1.json"));
        CHECK_FALSE(isSaveInProgressName(".saving-1-2"));
        CHECK_FALSE(isSaveInProgressName(".a.saving-1-"));
    }
}
#endif

SCENARIO("Sizes are written for people", "[files]") {
    CHECK(sizeText(16u * 1024u * 1024u) == "16 MB");
    CHECK(sizeText(64u * 1024u) == "64 KB");
    CHECK(sizeText(900) == "900 bytes");
    CHECK(sizeText(1500) == "1,500 bytes");
}
