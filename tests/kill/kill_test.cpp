// Kill test: nothing a class made is lost when Tenfold is killed. The real app runs in a real X window
// (Xvfb); real clicks through XTEST add ones to the default board's chart (the tray's ones tile with "Keep
// adding" on, then taps on the chart's ones column, each one change), now and then save it from Boards
// ("Save as"), and it is killed with SIGKILL at a random moment, at least 50 times. Before each restart:
// the recovery slot must read whole (it loads and validates) and hold every change made up to at most
// --max-loss seconds before the kill (the loss: from the first change missing from it to the kill; the
// largest is reported), and every board and thumbnail in the boards folder must load (no file ever
// half-written). After each restart the window must offer the recovered work (pressing Enter carries on,
// Escape starts afresh and empties the slot), and carrying on must give exactly that board: the next
// round's changes are counted from its value.
// Then quitting in a real window: Ctrl+Q on unsaved changes asks (the app keeps running) and Escape
// cancels; SIGTERM then stops it promptly and keeps the latest board in the slot; closing the window
// (WM_DELETE_WINDOW) with unsaved changes asks, and a real click on Save keeps the board in Boards, quits
// and empties the slot; Ctrl+Q on an unchanged board quits at once; and a start with a damaged settings
// file shows a notice the plain start did not. --kills 0 runs only these.
//
//   tenfold_kill_test --app build/tenfold --out DIR [--kills 50] [--seed 1] [--size 1366x768]
//                     [--max-loss 1.0] [--time-limit 170] [--lesson LESSON.json]
// With --lesson: a lesson being presented is kept whole. The app opens the lesson, goes to its second
// step (a chart), adds ones there and is killed; the slot must hold the whole lesson, at that step, with
// the changes; carrying on must open the lesson at that step as the class left it (one more change is
// kept after it, in the lesson), and its other steps as they were.
// Exit status 0 when everything held, 1 when something did not, 2 when the test could not run. Needs an X
// server with XTEST ($DISPLAY).
#include "app/board_library.hpp"
#include "model/board.hpp"
#include "model/board_file.hpp"
#include "model/lesson.hpp"
#include "model/lesson_file.hpp"

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace tenfold;
using Clock = std::chrono::steady_clock;

double now() { return std::chrono::duration<double>(Clock::now().time_since_epoch()).count(); }
void sleepFor(double seconds) {
    if (seconds > 0) usleep(static_cast<useconds_t>(seconds * 1e6));
}

constexpr std::int64_t kStartValue = 234;     // the default board's chart
constexpr std::int64_t kAfreshAbove = 290;    // start afresh once the chart holds this much (it keeps its size)
constexpr double kKeyHoldSeconds = 0.08;      // a key held as a finger would (ImGui sees it pressed)

struct Options {
    std::string app, out = "kill-test", size = "1366x768";
    std::string lesson;  // a lesson whose second step has a chart (model 1): the lesson's own round
    int width = 1366, height = 768;
    int kills = 50;
    unsigned seed = 1;
    double maxLoss = 1.0;
    double timeLimit = 170;
};

int failures = 0;
void fail(const std::string& what) {
    ++failures;
    std::cout << "FAIL  " << what << std::endl;
}

struct Spot {
    double x = 0, y = 0;
};

// Every named spot after the given taps on a board (default: the default board), from `tenfold --spots`.
std::map<std::string, Spot> spotsAfter(const Options& o, const std::vector<std::string>& lines, const std::string& board = {}) {
    const std::string script = o.out + "/spots.replay";
    {
        std::ofstream s(script);
        for (const std::string& l : lines) s << l << "\n";
    }
    const std::string command = "SDL_VIDEODRIVER=offscreen XDG_DATA_HOME='" + o.out + "/spots-data' XDG_CONFIG_HOME='" + o.out +
                                "/spots-config' '" + o.app + "' --spots --size " + o.size + " --replay '" + script + "' " +
                                (board.empty() ? std::string() : "'" + board + "' ") + "2>&1";
    std::map<std::string, Spot> out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::string text;
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) text.append(buffer.data(), n);
    pclose(pipe);
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        std::cerr << "kill_test: tenfold --spots failed: " << text << "\n";
        return out;
    }
    for (const auto& [name, r] : doc.items()) out[name] = Spot{r["x"].get<double>(), r["y"].get<double>()};
    return out;
}

Window findWindow(::Display* d, Window w) {
    char* name = nullptr;
    if (XFetchName(d, w, &name) && name) {
        const bool match = std::strcmp(name, "Tenfold") == 0;
        XFree(name);
        if (match) return w;
    }
    Window root = 0, parent = 0, *children = nullptr;
    unsigned int n = 0;
    if (!XQueryTree(d, w, &root, &parent, &children, &n)) return 0;
    Window found = 0;
    for (unsigned int i = 0; i < n && !found; ++i) found = findWindow(d, children[i]);
    if (children) XFree(children);
    return found;
}

std::vector<std::uint8_t> grab(::Display* d, Window w, int width, int height) {
    XImage* img = XGetImage(d, w, 0, 0, static_cast<unsigned>(width), static_cast<unsigned>(height), AllPlanes, ZPixmap);
    if (!img) return {};
    std::vector<std::uint8_t> bytes(img->data, img->data + static_cast<std::ptrdiff_t>(img->bytes_per_line) * height);
    XDestroyImage(img);
    return bytes;
}

// The app in a window of the asked size, with a data and settings folder of its own.
pid_t launch(const Options& o, const std::string& file = {}) {
    const pid_t app = fork();
    if (app == 0) {
        setenv("SDL_VIDEODRIVER", "x11", 1);
        setenv("XDG_CONFIG_HOME", (o.out + "/xdg/config").c_str(), 1);
        setenv("XDG_DATA_HOME", (o.out + "/xdg/data").c_str(), 1);
        setenv("XDG_RUNTIME_DIR", (o.out + "/xdg/run").c_str(), 1);
        setenv("TENFOLD_FRAME_LOG", (o.out + "/frames.log").c_str(), 1);
        if (freopen((o.out + "/app.log").c_str(), "a", stderr) == nullptr) _exit(2);
        const char* args[] = {o.app.c_str(), "--size", o.size.c_str(), file.empty() ? nullptr : file.c_str(), nullptr};
        execv(o.app.c_str(), const_cast<char* const*>(args));
        _exit(127);
    }
    return app;
}

std::uintmax_t frameLogSize(const Options& o) {
    std::error_code ec;
    const std::uintmax_t n = fs::file_size(o.out + "/frames.log", ec);
    return ec ? 0 : n;
}

// When the window first showed each number of board steps (index k: k + 1 steps), from the frame log lines
// written since `from` (each line: presented-at, next-change-at, steps). A change the app never showed
// before it was killed never reached it (the machine was busy): it is not work the app lost.
// Steps are counted from the last line before `from` (the same run's).
std::vector<double> shownAt(const Options& o, std::uintmax_t from) {
    std::ifstream log(o.out + "/frames.log");
    std::vector<double> out;
    std::size_t baseline = 0;
    std::uintmax_t at = 0;
    std::string line;
    while (std::getline(log, line)) {
        const bool before = at < from;
        at += line.size() + 1;
        std::istringstream in(line);
        double presented = 0, due = 0;
        std::size_t steps = 0;
        if (!(in >> presented >> due >> steps)) continue;
        if (before) {
            baseline = steps;
            continue;
        }
        while (steps > baseline && out.size() < steps - baseline) out.push_back(presented);
    }
    return out;
}

// How many frames the window presented since `from` (the frame log's lines written after it).
std::size_t shownAtLines(const Options& o, std::uintmax_t from) {
    std::ifstream log(o.out + "/frames.log");
    log.seekg(static_cast<std::streamoff>(from));
    std::size_t n = 0;
    std::string line;
    while (std::getline(log, line)) n += line.empty() ? 0 : 1;
    return n;
}

// The window, once it is there and has presented a frame.
Window waitForWindow(::Display* d, const Options& o, std::uintmax_t logBefore) {
    Window w = 0;
    for (int i = 0; i < 200 && !w; ++i) {
        sleepFor(0.05);
        w = findWindow(d, DefaultRootWindow(d));
    }
    for (int i = 0; i < 100 && frameLogSize(o) == logBefore; ++i) sleepFor(0.02);
    sleepFor(0.15);  // the first frames settle
    return w;
}

struct Session {
    ::Display* d = nullptr;
    Window w = 0;
    int ox = 0, oy = 0;
    void origin() {
        Window child = 0;
        XTranslateCoordinates(d, w, DefaultRootWindow(d), 0, 0, &ox, &oy, &child);
    }
    void click(const Spot& s) {
        XTestFakeMotionEvent(d, -1, ox + static_cast<int>(std::lround(s.x)), oy + static_cast<int>(std::lround(s.y)), 0);
        XTestFakeButtonEvent(d, 1, True, 0);
        XTestFakeButtonEvent(d, 1, False, 0);
        XFlush(d);
    }
    void key(KeySym sym, bool control = false) {
        const KeyCode k = XKeysymToKeycode(d, sym), ctrl = XKeysymToKeycode(d, XK_Control_L);
        if (control) XTestFakeKeyEvent(d, ctrl, True, 0);
        XTestFakeKeyEvent(d, k, True, 0);
        XFlush(d);
        sleepFor(kKeyHoldSeconds);
        XTestFakeKeyEvent(d, k, False, 0);
        if (control) XTestFakeKeyEvent(d, ctrl, False, 0);
        XFlush(d);
    }
    // What the window manager's close button sends.
    void closeWindow() {
        XEvent e{};
        e.xclient.type = ClientMessage;
        e.xclient.window = w;
        e.xclient.message_type = XInternAtom(d, "WM_PROTOCOLS", False);
        e.xclient.format = 32;
        e.xclient.data.l[0] = static_cast<long>(XInternAtom(d, "WM_DELETE_WINDOW", False));
        e.xclient.data.l[1] = CurrentTime;
        XSendEvent(d, w, False, NoEventMask, &e);
        XFlush(d);
    }
};

// What the recovery slot holds now.
struct SlotState {
    bool present = false;
    std::string error;  // not empty: it does not read whole
    model::Board board;
    std::string origin;
    std::int64_t value = 0;  // the chart's (model 1's group), in ones
    std::optional<model::Lesson> lesson;  // a lesson was kept (board: its step's as the class left it)
    std::size_t step = 0;
};

// The chart's value (model 1's group) in ones, or -1.
std::int64_t chartValue(const model::Board& board) {
    const model::Model* m = model::findModel(board, 1);
    const model::Group* g = m ? model::findGroup(board, m->group) : nullptr;
    return g ? g->quantity.value().wholePart() : -1;
}

SlotState readSlot(const Options& o) {
    SlotState s;
    const fs::path file = fs::path(o.out) / "xdg/data/tenfold" / app::kRecoveryFileName;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(file, ec))) return s;
    s.present = true;
    const auto read = app::RecoverySlot(file, fs::path(o.out) / "xdg/data/tenfold/boards").read();
    if (!read) {
        s.error = read.error().message;
        return s;
    }
    if (!read.value()) {
        s.present = false;
        return s;
    }
    s.board = read.value()->board;
    s.origin = read.value()->origin;
    if (read.value()->lesson) {
        s.lesson = read.value()->lesson;
        s.step = read.value()->step;
        const auto now = model::boardNow(s.lesson->steps.at(s.step));
        if (!now) {
            s.error = "its lesson's step does not replay: " + now.error().message;
            return s;
        }
        s.board = now.value();
    }
    if (const auto valid = model::validateBoard(s.board); !valid) {
        s.error = "it does not validate: " + valid.error().message;
        return s;
    }
    const model::Model* m = model::findModel(s.board, 1);
    const model::Group* g = m ? model::findGroup(s.board, m->group) : nullptr;
    if (!g) {
        s.error = "it has no chart (model 1)";
        return s;
    }
    s.value = g->quantity.value().wholePart();
    return s;
}

// Every board and thumbnail in the boards folder loads: no save was ever left half-written.
int checkBoardsFolder(const Options& o) {
    int files = 0;
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(o.out) / "xdg/data/tenfold/boards", ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path p = it->path();
        const std::string name = p.filename().string();
        if (name.empty() || name[0] == '.') continue;  // a save in progress, the trash
        if (p.extension() == ".json") {
            ++files;
            if (const auto board = model::loadBoardFile(p); !board) fail("\"" + name + "\" does not load: " + board.error().message);
        } else if (p.extension() == ".png") {
            ++files;
            int w = 0, h = 0, c = 0;
            unsigned char* pixels = stbi_load(p.c_str(), &w, &h, &c, 0);
            if (!pixels) fail("the thumbnail \"" + name + "\" does not load");
            stbi_image_free(pixels);
        }
    }
    return files;
}

// Whether the app will offer this work: unless its library board holds it already, or it is the board
// the app starts with anyway.
bool worthOffering(const Options& o, const SlotState& s) {
    if (!s.origin.empty()) {
        const fs::path named = fs::path(o.out) / "xdg/data/tenfold/boards" / (s.origin + ".json");
        std::error_code ec;
        if (fs::is_regular_file(named, ec)) {
            const auto board = model::loadBoardFile(named);
            return !(board && board.value() == s.board);
        }
    }
    return !(s.origin.empty() && s.value == kStartValue);
}

bool waitForExit(pid_t app, double seconds, int& status) {
    const double until = now() + seconds;
    while (now() < until) {
        if (waitpid(app, &status, WNOHANG) == app) return true;
        sleepFor(0.02);
    }
    return false;
}

void killHard(pid_t app) {
    kill(app, SIGKILL);
    waitpid(app, nullptr, 0);
}

// Until the X server has taken the window of a process that ended away.
void waitForNoWindow(::Display* d) {
    for (int i = 0; i < 100 && findWindow(d, DefaultRootWindow(d)); ++i) sleepFor(0.01);
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--app") o.app = v;
        else if (a == "--out") o.out = v;
        else if (a == "--kills") o.kills = std::atoi(v.c_str());
        else if (a == "--seed") o.seed = static_cast<unsigned>(std::strtoul(v.c_str(), nullptr, 10));
        else if (a == "--size") o.size = v;
        else if (a == "--max-loss") o.maxLoss = std::atof(v.c_str());
        else if (a == "--time-limit") o.timeLimit = std::atof(v.c_str());
        else if (a == "--lesson") o.lesson = v;
        else {
            std::cerr << "kill_test: unknown option " << a << "\n";
            return 2;
        }
    }
    if (o.app.empty() || std::sscanf(o.size.c_str(), "%dx%d", &o.width, &o.height) != 2) {
        std::cerr << "usage: tenfold_kill_test --app TENFOLD --out DIR [--kills N] [--seed S] [--size WxH] [--max-loss S]\n";
        return 2;
    }
    std::error_code ec;
    fs::remove_all(o.out, ec);
    for (const char* sub : {"xdg/config", "xdg/data", "xdg/run", "spots-data", "spots-config"}) fs::create_directories(fs::path(o.out) / sub, ec);
    fs::permissions(fs::path(o.out) / "xdg/run", fs::perms::owner_all, ec);
    ::Display* d = XOpenDisplay(nullptr);
    if (!d) {
        std::cerr << "kill_test: no X display (set DISPLAY, e.g. under xvfb-run)\n";
        return 2;
    }
    int ev = 0, er = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(d, &ev, &er, &major, &minor)) {
        std::cerr << "kill_test: the X server lacks XTEST\n";
        return 2;
    }
    // Where to click, from the same spots the app draws (offscreen, the same size).
    const auto armed = spotsAfter(o, {"tap mouse tray:ones"});
    const auto gallery = spotsAfter(o, {"tap mouse button:boards"});
    for (const char* name : {"tray:ones", "tray:keep-adding", "column:1:ones", "button:boards"}) {
        if (!armed.count(name)) {
            std::cerr << "kill_test: '" << name << "' is not on screen\n";
            return 2;
        }
    }
    if (!gallery.count("button:gallery-save")) {
        std::cerr << "kill_test: the gallery's Save is not on screen\n";
        return 2;
    }
    const Spot trayOnes = armed.at("tray:ones"), keepAdding = armed.at("tray:keep-adding"), column = armed.at("column:1:ones"),
               boards = armed.at("button:boards"), saveAs = gallery.at("button:gallery-save");

    std::mt19937 rng(o.seed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    const double started = now();

    // The rounds: start, answer the offer, make changes, kill.
    std::int64_t base = kStartValue;   // the chart's value when the last round's changes began
    std::vector<double> changes;       // when each change of the last round was made (shown on screen)
    std::size_t unshown = 0;           // clicks the app had not yet shown when it was killed (all rounds)
    std::size_t clicks = 0, lastClicks = 0;
    double killedAt = 0;
    double largestLoss = 0, totalLoss = 0;
    int kills = 0, carriedOn = 0, afresh = 0, saves = 0, losses = 0, filesChecked = 0;
    const int rounds = o.kills + 1;  // the last only inspects what the last kill left
    for (int round = 0; round < rounds; ++round) {
        // What the last kill left: the slot reads whole and is at most max-loss behind.
        const SlotState slot = readSlot(o);
        filesChecked += checkBoardsFolder(o);
        std::int64_t kept = 0;  // how many changes of the last round the slot holds
        bool comparable = round > 0;
        if (!slot.error.empty()) {
            fail("round " + std::to_string(round) + ": the recovery slot does not read whole: " + slot.error);
            comparable = false;
        } else if (slot.present) {
            kept = slot.value - base;
            if (kept < 0 || kept > static_cast<std::int64_t>(lastClicks)) {
                fail("round " + std::to_string(round) + ": the slot holds " + std::to_string(slot.value) + ", but the board went from " +
                     std::to_string(base) + " through " + std::to_string(lastClicks) + " clicks");
                comparable = false;
            }
        }
        if (comparable && static_cast<std::size_t>(kept) < changes.size()) {
            // Lost: the changes from the first one missing, to the kill.
            const double loss = killedAt - changes[static_cast<std::size_t>(kept)];
            largestLoss = std::max(largestLoss, loss);
            totalLoss += loss;
            ++losses;
            if (loss > o.maxLoss) {
                fail("round " + std::to_string(round) + ": the slot is " + std::to_string(loss) + " s behind the last change (" +
                     std::to_string(kept) + " of " + std::to_string(changes.size()) + " changes kept)");
            }
        }
        if (round == rounds - 1) break;
        if (now() - started > o.timeLimit) {
            fail("the time limit (" + std::to_string(o.timeLimit) + " s) passed after " + std::to_string(kills) + " kills");
            break;
        }

        // Start again: work worth offering is offered.
        const std::uintmax_t logBefore = frameLogSize(o);
        const pid_t app = launch(o);
        Session s{d, waitForWindow(d, o, logBefore)};
        if (!s.w) {
            fail("round " + std::to_string(round) + ": the window did not appear (see " + o.out + "/app.log)");
            killHard(app);
            break;
        }
        s.origin();
        XTestFakeMotionEvent(d, -1, s.ox + 10, s.oy + 10, 0);  // the pointer in the window: it gets the keys
        XFlush(d);
        base = kStartValue;
        if (slot.present && slot.error.empty() && worthOffering(o, slot)) {
            const auto before = grab(d, s.w, o.width, o.height);
            const bool carry = slot.value <= kAfreshAbove && uniform(0, 1) < 0.85;
            s.key(carry ? XK_Return : XK_Escape);
            // The answer takes the offer away: the picture changes (a busy machine may take a while).
            bool changed = false;
            for (int i = 0; i < 30 && !changed; ++i) {
                sleepFor(0.1);
                changed = grab(d, s.w, o.width, o.height) != before;
            }
            if (!changed) fail("round " + std::to_string(round) + ": no offer of the recovered work was shown");
            if (carry) {
                base = slot.value;
                ++carriedOn;
            } else {
                ++afresh;
                bool gone = false;
                for (int i = 0; i < 50 && !gone; ++i) {
                    gone = !readSlot(o).present;
                    if (!gone) sleepFor(0.02);
                }
                if (!gone) fail("round " + std::to_string(round) + ": Start afresh left the recovered work in the slot");
            }
        }
        // Changes: the ones tile with Keep adding, then taps on the ones column; now and then Save as.
        s.click(trayOnes);
        sleepFor(0.06);
        s.click(keepAdding);
        sleepFor(0.06);
        changes.clear();
        const std::uintmax_t roundLog = frameLogSize(o);  // the frame log from here on: this round's changes
        std::size_t roundClicks = 0;
        const double duration = uniform(0.2, 2.4);
        const double saveAt = uniform(0, 1) < 0.3 ? uniform(0, duration) : -1;
        const double t0 = now();
        bool saved = false;
        while (now() - t0 < duration) {
            if (saveAt >= 0 && !saved && now() - t0 >= saveAt) {
                s.click(boards);
                sleepFor(0.3);
                s.click(saveAs);
                saved = true;
                ++saves;
                sleepFor(uniform(0.0, 0.4));  // sometimes killed while it saves
                if (now() - t0 >= duration) break;
                sleepFor(0.3);  // the gallery has closed before the next tap
                continue;
            }
            s.click(column);
            ++roundClicks;
            sleepFor(uniform(0.06, 0.25));
        }
        if (uniform(0, 1) < 0.5) sleepFor(uniform(0, 1.2));  // some kills come once the changes are over
        kill(app, SIGKILL);
        killedAt = now();
        waitpid(app, nullptr, 0);
        // A change is made when the window shows it (the log counts steps from the board opened at start).
        changes = shownAt(o, roundLog);
        if (changes.size() > roundClicks) changes.resize(roundClicks);
        clicks += roundClicks;
        lastClicks = roundClicks;
        unshown += roundClicks - changes.size();
        waitForNoWindow(d);
        ++kills;
    }
    std::cout << (kills >= o.kills ? "ok    " : "FAIL  ") << kills << " kills survived: " << carriedOn << " carried on, " << afresh
              << " started afresh, " << saves << " saves from Boards, " << filesChecked << " board and thumbnail files checked" << std::endl;
    if (kills < o.kills) ++failures;
    std::printf("%zu clicks on the chart, %zu of them not yet shown by the window when it was killed (not counted as changes)\n",
                clicks, unshown);
    std::printf("largest loss %.3f s (limit %.2f s), mean loss %.3f s over %d kills that lost something\n", largestLoss, o.maxLoss,
                losses ? totalLoss / losses : 0.0, losses);

    // Quitting in a real window.
    {
        const SlotState slot = readSlot(o);
        const std::uintmax_t logBefore = frameLogSize(o);
        pid_t app = launch(o);
        Session s{d, waitForWindow(d, o, logBefore)};
        s.origin();
        XTestFakeMotionEvent(d, -1, s.ox + 10, s.oy + 10, 0);
        XFlush(d);
        if (slot.present && slot.error.empty() && worthOffering(o, slot)) {
            s.key(XK_Escape);  // start afresh
            sleepFor(0.25);
        }
        s.click(trayOnes);
        sleepFor(0.06);
        s.click(keepAdding);
        sleepFor(0.06);
        // Each click shown by the window before the next step (a busy machine delivers them late).
        const std::uintmax_t sectionLog = frameLogSize(o);
        auto shown = [&](std::size_t n) {
            for (int i = 0; i < 50 && shownAt(o, sectionLog).size() < n; ++i) sleepFor(0.1);
        };
        for (int i = 0; i < 3; ++i) {
            s.click(column);
            sleepFor(0.1);
        }
        shown(3);
        int status = 0;
        s.key(XK_q, true);
        if (waitForExit(app, 1.0, status)) fail("Ctrl+Q with unsaved changes quit without asking");
        else std::cout << "ok    Ctrl+Q with unsaved changes asks first" << std::endl;
        {
            // While the question waits for an answer nothing moves: the app draws no frames (no CPU).
            const std::uintmax_t resting = frameLogSize(o);
            sleepFor(1.0);
            const std::size_t frames = shownAtLines(o, resting);
            std::cout << (frames == 0 ? "ok    " : "FAIL  ") << "the question at rest draws no frames (" << frames << " in 1 s)" << std::endl;
            if (frames != 0) ++failures;
        }
        s.key(XK_Escape);  // Cancel
        sleepFor(0.3);
        if (waitForExit(app, 0.5, status)) fail("Escape (Cancel) quit the app");
        s.click(column);  // the board is usable again: one more change
        sleepFor(0.1);
        shown(4);
        const double term = now();
        kill(app, SIGTERM);
        if (!waitForExit(app, 5.0, status)) {
            fail("SIGTERM did not stop the app within 5 s");
            killHard(app);
        } else {
            const SlotState after = readSlot(o);
            const bool latest = after.present && after.error.empty() && after.value == kStartValue + 4;
            std::cout << (latest ? "ok    " : "FAIL  ") << "SIGTERM stopped it in " << std::lround((now() - term) * 1000)
                      << " ms, keeping the latest board (" << after.value << ", exit status "
                      << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << ")" << std::endl;
            if (!latest) ++failures;
        }
        // The kept work is offered; carried on, changed, and the window closed: the question, and Save.
        const auto question = spotsAfter(o, {"tap mouse tray:ones", "tap mouse column:1:ones", "quit"});
        if (!question.count("button:quit-save")) {
            fail("the quit question's Save is not on screen");
        } else {
            waitForNoWindow(d);
            const std::uintmax_t before2 = frameLogSize(o);
            app = launch(o);
            s = Session{d, waitForWindow(d, o, before2)};
            const std::uintmax_t launched = frameLogSize(o);  // this run's frames from here: steps from 0
            s.origin();
            XTestFakeMotionEvent(d, -1, s.ox + 10, s.oy + 10, 0);
            XFlush(d);
            s.key(XK_Return);  // carry on
            sleepFor(0.25);
            s.click(trayOnes);
            sleepFor(0.06);
            s.click(column);  // one more: 239
            sleepFor(0.2);
            for (int i = 0; i < 50 && shownAt(o, launched).size() < 1; ++i) sleepFor(0.1);
            std::set<fs::path> boardsBefore;
            for (fs::directory_iterator it(fs::path(o.out) / "xdg/data/tenfold/boards", ec), end; !ec && it != end; it.increment(ec))
                boardsBefore.insert(it->path());
            s.closeWindow();
            if (waitForExit(app, 1.0, status)) {
                fail("closing the window with unsaved changes quit without asking");
            } else {
                std::cout << "ok    closing the window with unsaved changes asks first" << std::endl;
                s.click(question.at("button:quit-save"));
                if (!waitForExit(app, 5.0, status)) {
                    fail("Save in the quit question did not quit");
                    killHard(app);
                } else {
                    std::optional<model::Board> savedBoard;
                    for (fs::directory_iterator it(fs::path(o.out) / "xdg/data/tenfold/boards", ec), end; !ec && it != end; it.increment(ec)) {
                        if (it->path().extension() == ".json" && !boardsBefore.count(it->path())) {
                            if (auto b = model::loadBoardFile(it->path())) savedBoard = b.value();
                        }
                    }
                    std::int64_t value = -1;
                    if (savedBoard) {
                        const model::Model* m = model::findModel(*savedBoard, 1);
                        if (const model::Group* g = m ? model::findGroup(*savedBoard, m->group) : nullptr) value = g->quantity.value().wholePart();
                    }
                    const bool ok = value == kStartValue + 5 && WIFEXITED(status) && WEXITSTATUS(status) == 0 && !readSlot(o).present;
                    std::cout << (ok ? "ok    " : "FAIL  ") << "Save kept the board in Boards (" << value
                              << "), quit with status 0 and emptied the recovery slot" << std::endl;
                    if (!ok) ++failures;
                }
            }
        }
        // Nothing unsaved: Ctrl+Q quits at once.
        waitForNoWindow(d);
        const std::uintmax_t before3 = frameLogSize(o);
        app = launch(o);
        s = Session{d, waitForWindow(d, o, before3)};
        s.origin();
        XTestFakeMotionEvent(d, -1, s.ox + 10, s.oy + 10, 0);
        XFlush(d);
        sleepFor(0.5);  // at rest
        const auto plain = grab(d, s.w, o.width, o.height);
        s.key(XK_q, true);
        const bool quick = waitForExit(app, 2.0, status);
        std::cout << (quick ? "ok    " : "FAIL  ") << "Ctrl+Q on an unchanged board quits at once" << std::endl;
        if (!quick) {
            ++failures;
            killHard(app);
        }
        // Settings that had to be reset are said on screen: the same start with a damaged settings file
        // shows something the plain start did not (the notice), and quits as before.
        waitForNoWindow(d);
        {
            fs::create_directories(fs::path(o.out) / "xdg/config/tenfold", ec);
            std::ofstream broken(fs::path(o.out) / "xdg/config/tenfold/settings.json", std::ios::trunc);
            broken << "{ \"uiScale\": ";
        }
        const std::uintmax_t before4 = frameLogSize(o);
        app = launch(o);
        s = Session{d, waitForWindow(d, o, before4)};
        sleepFor(0.5);
        const auto noticed = grab(d, s.w, o.width, o.height);
        const bool said = !plain.empty() && !noticed.empty() && noticed != plain;
        std::cout << (said ? "ok    " : "FAIL  ") << "a settings reset is said on screen at start" << std::endl;
        if (!said) ++failures;
        s.origin();
        XTestFakeMotionEvent(d, -1, s.ox + 10, s.oy + 10, 0);
        XFlush(d);
        s.key(XK_q, true);
        if (!waitForExit(app, 2.0, status)) {
            fail("Ctrl+Q after a settings reset did not quit");
            killHard(app);
        }
    }
    // A lesson being presented: kept whole, and carried on at its step.
    if (!o.lesson.empty()) {
        waitForNoWindow(d);
        fs::remove(fs::path(o.out) / "xdg/config/tenfold/settings.json", ec);  // no notice in the way
        const auto original = model::loadLessonFile(o.lesson);
        const auto step2 = spotsAfter(o, {"tap mouse button:lesson-next", "tap mouse tray:ones"}, o.lesson);
        const auto first = original ? model::boardNow(original.value().steps.at(1)) : model::Result<model::Board>(model::Error{"no lesson"});
        if (!original || !first || !step2.count("button:lesson-next") || !step2.count("tray:ones") || !step2.count("column:1:ones") ||
            chartValue(first.value()) < 0) {
            fail("the lesson " + o.lesson + " does not load or its second step has no chart with a ones tile");
        } else {
            const std::int64_t start = chartValue(first.value());
            const Spot next = step2.at("button:lesson-next"), ones = step2.at("tray:ones"), keep = step2.at("tray:keep-adding"),
                       col = step2.at("column:1:ones");
            // The lesson, its second step, three ones, then killed once autosave had its time.
            const std::uintmax_t before5 = frameLogSize(o);
            pid_t app = launch(o, o.lesson);
            Session s{d, waitForWindow(d, o, before5)};
            s.origin();
            s.click(next);
            sleepFor(0.5);
            s.click(ones);
            sleepFor(0.06);
            s.click(keep);
            sleepFor(0.06);
            const std::uintmax_t stepLog = frameLogSize(o);
            for (int i = 0; i < 3; ++i) {
                s.click(col);
                sleepFor(0.15);
            }
            for (int i = 0; i < 50 && shownAt(o, stepLog).size() < 3; ++i) sleepFor(0.1);
            sleepFor(1.2);
            killHard(app);
            waitForNoWindow(d);
            // The whole lesson, at step 2, with the three ones; the other steps as they were.
            auto keptWhole = [&](const SlotState& slot, std::int64_t value) {
                if (!slot.error.empty()) return "it does not read whole: " + slot.error;
                if (!slot.present) return std::string("the slot is empty");
                if (!slot.lesson) return std::string("the slot holds a board, not the lesson");
                if (slot.lesson->title != original.value().title || slot.lesson->steps.size() != original.value().steps.size())
                    return "the slot holds another lesson (\"" + slot.lesson->title + "\")";
                if (slot.step != 1) return "the slot's lesson is at step " + std::to_string(slot.step + 1) + ", not 2";
                if (chartValue(slot.board) != value)
                    return "step 2's chart holds " + std::to_string(chartValue(slot.board)) + ", not " + std::to_string(value);
                for (std::size_t k = 0; k < slot.lesson->steps.size(); ++k) {
                    if (k != 1 && !(slot.lesson->steps[k] == original.value().steps[k])) return "step " + std::to_string(k + 1) + " changed";
                }
                return std::string();
            };
            const std::string killed = keptWhole(readSlot(o), start + 3);
            std::cout << (killed.empty() ? "ok    " : "FAIL  ") << "a lesson killed at step 2 is kept whole, at its step, with its changes"
                      << (killed.empty() ? "" : ": " + killed) << std::endl;
            if (!killed.empty()) ++failures;
            // Carried on: the lesson at step 2 as the class left it; one more one, kept in the lesson.
            const std::uintmax_t before6 = frameLogSize(o);
            app = launch(o);
            s = Session{d, waitForWindow(d, o, before6)};
            s.origin();
            XTestFakeMotionEvent(d, -1, s.ox + 10, s.oy + 10, 0);
            XFlush(d);
            s.key(XK_Return);  // carry on
            sleepFor(0.5);
            const std::uintmax_t carried = frameLogSize(o);
            s.click(ones);
            sleepFor(0.06);
            s.click(col);
            for (int i = 0; i < 50 && shownAt(o, carried).size() < 1; ++i) sleepFor(0.1);
            sleepFor(1.2);
            killHard(app);
            waitForNoWindow(d);
            const std::string carriedOn = keptWhole(readSlot(o), start + 4);
            std::cout << (carriedOn.empty() ? "ok    " : "FAIL  ") << "carrying on opens the lesson at step 2 as the class left it"
                      << (carriedOn.empty() ? "" : ": " + carriedOn) << std::endl;
            if (!carriedOn.empty()) ++failures;
        }
    }
    XCloseDisplay(d);
    std::cout << (failures == 0 ? "nothing was lost" : std::to_string(failures) + " check(s) failed") << " (" << std::lround(now() - started)
              << " s)" << std::endl;
    return failures == 0 ? 0 : 1;
}
