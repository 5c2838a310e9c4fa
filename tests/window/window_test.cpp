// Real-window test: the app in a real X window (Xvfb), real mouse clicks through the XTEST extension, and
// pictures of the window read back from the X server. For each step of a script it moves the pointer to a
// named spot (found with `tenfold --spots` after replaying the steps before it offscreen), waits until the
// window is still, takes a picture, clicks, takes a picture 150 ms later and another once the window is still
// again, all WITHOUT any further input, then nudges the pointer by one pixel and back and takes a last one.
// The tap must have shown its result with no further input (the still picture differs from the first), and
// the screen must not have been stale (the nudge changes nothing: a touch screen never sends it). A change
// the app scheduled itself (a message leaving) is let happen before the nudge. X damage events time each
// click to the first frame that shows its final result.
//
//   tenfold_window_test --app build/tenfold [--steps FILE] [--size 1366x768] [--out DIR] [--board FILE]
//                       [--latency N SPOT] [--idle SECONDS] [--fit]
//   --fit: the app chooses its first window's size: it must fit the screen, and after the window is made
//   smaller and the app quits (Ctrl+Q) the next start opens it at that size.
//   steps file: one "tap SPOT" per line (SPOT as in replay scripts: button:undo, tab:1, circle:2:1, ...);
//   # comments and blank lines are ignored.
// Exit status 0 when every step showed its result at once, 1 when one did not, 2 when the test could not
// run (no display, no window). Needs an X server with the XTEST and DAMAGE extensions ($DISPLAY).
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>

#include <nlohmann/json.hpp>
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct Options {
    std::string app, steps, out = "window-test", size = "1366x768";
    int width = 1366, height = 768;
    int latencyRuns = 0;
    std::string latencySpot;
    std::string board;      // a board file to open (else the default board)
    double idleSeconds = 0;  // measure the app's CPU at rest for this long
    double waitAfterClick = 0.150;
    bool fit = false;        // check the first window fits the screen and its size is remembered, then stop
};

struct Picture {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;  // 3 bytes a pixel
    bool operator==(const Picture& o) const { return width == o.width && height == o.height && rgb == o.rgb; }
};

class Connection {
public:
    explicit Connection(::Display* d) : d_(d) {}
    ~Connection() {
        if (d_) XCloseDisplay(d_);
    }
    ::Display* get() const { return d_; }

private:
    ::Display* d_;
};

// The app's top-level window: the first window whose name is "Tenfold".
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

Picture grab(::Display* d, Window w, int width, int height) {
    Picture p;
    XImage* img = XGetImage(d, w, 0, 0, static_cast<unsigned>(width), static_cast<unsigned>(height), AllPlanes, ZPixmap);
    if (!img) return p;
    p.width = width;
    p.height = height;
    p.rgb.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    // 24-bit colour in 32-bit pixels (what Xvfb -screen WxHx24 gives): read the bytes directly, fast
    // enough to take a picture at every frame the app presents.
    const bool direct = img->bits_per_pixel == 32 && img->red_mask == 0xFF0000 && img->green_mask == 0xFF00 &&
                        img->blue_mask == 0xFF && img->byte_order == LSBFirst;
    for (int y = 0; y < height; ++y) {
        const auto* row = reinterpret_cast<const std::uint8_t*>(img->data) + static_cast<std::ptrdiff_t>(y) * img->bytes_per_line;
        std::uint8_t* o = &p.rgb[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) * 3];
        for (int x = 0; x < width; ++x, o += 3) {
            if (direct) {
                o[0] = row[x * 4 + 2];
                o[1] = row[x * 4 + 1];
                o[2] = row[x * 4];
            } else {
                const unsigned long px = XGetPixel(img, x, y);
                o[0] = static_cast<std::uint8_t>((px & img->red_mask) >> 16);
                o[1] = static_cast<std::uint8_t>((px & img->green_mask) >> 8);
                o[2] = static_cast<std::uint8_t>(px & img->blue_mask);
            }
        }
    }
    XDestroyImage(img);
    return p;
}

std::size_t differingPixels(const Picture& a, const Picture& b) {
    if (a.width != b.width || a.height != b.height) return static_cast<std::size_t>(std::max(a.width * a.height, b.width * b.height));
    std::size_t n = 0;
    for (std::size_t i = 0; i + 2 < a.rgb.size(); i += 3) {
        if (a.rgb[i] != b.rgb[i] || a.rgb[i + 1] != b.rgb[i + 1] || a.rgb[i + 2] != b.rgb[i + 2]) ++n;
    }
    return n;
}

void save(const Picture& p, const std::string& path) {
    if (p.width > 0) stbi_write_png(path.c_str(), p.width, p.height, 3, p.rgb.data(), p.width * 3);
}

// Waits for damage on the window; returns the times (seconds since t0) of the damage events seen until
// `quiet` seconds pass with none, or `limit` seconds in all.
std::vector<double> collectDamage(::Display* d, int damageEvent, Damage damage, Clock::time_point t0, double quiet, double limit) {
    std::vector<double> times;
    const Clock::time_point start = Clock::now();
    double last = secondsSince(start);
    while (true) {
        while (XPending(d) > 0) {
            XEvent e;
            XNextEvent(d, &e);
            if (e.type == damageEvent + XDamageNotify) {
                times.push_back(secondsSince(t0));
                XDamageSubtract(d, damage, None, None);
                last = secondsSince(start);
            }
        }
        const double now = secondsSince(start);
        if (now - last >= quiet || now >= limit) break;
        pollfd fd{ConnectionNumber(d), POLLIN, 0};
        poll(&fd, 1, 5);
    }
    return times;
}

struct Spot {
    double x = 0, y = 0, w = 0, h = 0;  // centre and size
    bool contains(double px, double py) const { return std::abs(px - x) <= 0.5 * w && std::abs(py - y) <= 0.5 * h; }
};
using Spots = std::map<std::string, Spot>;

// Every named spot after the given taps, from `tenfold --spots` (offscreen, the same steps replayed).
std::optional<Spots> spotsAfter(const Options& o, const std::vector<std::string>& taps, std::string& error) {
    const std::string script = o.out + "/before.replay";
    {
        std::ofstream s(script);
        for (const std::string& t : taps) s << "tap mouse " << t << "\n";
    }
    const std::string command = "SDL_VIDEODRIVER=offscreen '" + o.app + "' --spots --size " + o.size + " --replay '" + script + "' " +
                                (o.board.empty() ? std::string() : "'" + o.board + "' ") + "2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        error = "cannot run " + o.app;
        return std::nullopt;
    }
    std::string text;
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) text.append(buffer.data(), n);
    const int status = pclose(pipe);
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (status != 0 || doc.is_discarded() || !doc.is_object()) {
        error = "tenfold --spots failed: " + text;
        return std::nullopt;
    }
    Spots out;
    for (const auto& [name, r] : doc.items()) out[name] = Spot{r["x"].get<double>(), r["y"].get<double>(), r["w"].get<double>(), r["h"].get<double>()};
    return out;
}

std::optional<Spot> spotOf(const Options& o, const std::vector<std::string>& before, const std::string& name, std::string& error) {
    const std::optional<Spots> all = spotsAfter(o, before, error);
    if (!all) return std::nullopt;
    const auto it = all->find(name);
    if (it == all->end()) {
        error = "'" + name + "' is not on screen after the steps before it";
        return std::nullopt;
    }
    return it->second;
}

// Controls a finger can press (not drop areas, pieces or the tray's band).
bool isControl(const std::string& name) {
    for (const char* kind : {"button:", "tab:", "tray:", "break:", "exchange:", "circle:", "barpart:", "barwhole:", "difference:"}) {
        if (name.rfind(kind, 0) == 0) return true;
    }
    return false;
}

// A control that, after the tap, stands where the finger was and did not before: a second tap would press
// it by mistake (Remove sliding into the place of Cut link).
std::optional<std::string> slidUnder(const Spots& before, const Spots& after, const std::string& tapped, const Spot& at) {
    for (const auto& [name, spot] : after) {
        if (name == tapped || !isControl(name) || !spot.contains(at.x, at.y)) continue;
        const auto was = before.find(name);
        if (was == before.end() || !was->second.contains(at.x, at.y)) return name;
    }
    return std::nullopt;
}

struct Step {
    std::string spot;
    bool mayCover = false;   // a tap that opens a panel over itself (allowed to put a control under the finger)
    double calm = 0;         // the message it brings must be gone within this many seconds, with no input
};

std::vector<Step> readSteps(const std::string& path) {
    // tap SPOT [may-cover] [calm SECONDS]
    std::vector<Step> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string verb, spot, word;
        if (!(words >> verb) || verb[0] == '#') continue;
        if (verb != "tap" || !(words >> spot)) continue;
        Step st{spot};
        while (words >> word) {
            if (word == "may-cover") st.mayCover = true;
            if (word == "calm") words >> st.calm;
        }
        out.push_back(st);
    }
    return out;
}

// When the app's last frame said the picture will change by itself next (steady-clock seconds), or -1.
double nextChange(const Options& o) {
    std::ifstream log(o.out + "/frames.log");
    std::string line, last;
    while (std::getline(log, line)) {
        if (!line.empty()) last = line;
    }
    double presented = 0, due = -1;
    std::istringstream(last) >> presented >> due;
    return due;
}

// Starts the app in a window (of the asked size when `sized`, else the size it chooses), with settings and
// saved boards of its own in the output folder.
pid_t launch(const Options& o, bool sized) {
    const pid_t app = fork();
    if (app == 0) {
        setenv("SDL_VIDEODRIVER", "x11", 1);
        setenv("XDG_CONFIG_HOME", (o.out + "/xdg/config").c_str(), 1);
        setenv("XDG_DATA_HOME", (o.out + "/xdg/data").c_str(), 1);
        setenv("XDG_RUNTIME_DIR", (o.out + "/xdg/run").c_str(), 1);
        setenv("TENFOLD_FRAME_LOG", (o.out + "/frames.log").c_str(), 1);
        const std::string log = o.out + "/app.log";
        if (freopen(log.c_str(), "a", stderr) == nullptr) _exit(2);
        std::vector<const char*> args{o.app.c_str()};
        if (sized) {
            args.push_back("--size");
            args.push_back(o.size.c_str());
        }
        if (!o.board.empty()) args.push_back(o.board.c_str());
        args.push_back(nullptr);
        execv(o.app.c_str(), const_cast<char* const*>(args.data()));
        _exit(127);
    }
    return app;
}

Window waitForWindow(::Display* d) {
    Window w = 0;
    for (int i = 0; i < 100 && !w; ++i) {
        usleep(100000);
        w = findWindow(d, DefaultRootWindow(d));
    }
    usleep(300000);  // mapped and drawn
    return w;
}

// The first window fits the screen, and the next start opens it at the size it was left at.
int fitTest(const Options& o, ::Display* d) {
    const int screenW = DisplayWidth(d, DefaultScreen(d)), screenH = DisplayHeight(d, DefaultScreen(d));
    int failures = 0;
    auto geometry = [&](Window w, int& x, int& y, int& width, int& height) {
        XWindowAttributes a{};
        XGetWindowAttributes(d, w, &a);
        Window child = 0;
        XTranslateCoordinates(d, w, DefaultRootWindow(d), 0, 0, &x, &y, &child);
        width = a.width;
        height = a.height;
    };
    pid_t app = launch(o, false);
    Window w = waitForWindow(d);
    if (!w) {
        std::cerr << "window_test: the app's window did not appear\n";
        kill(app, SIGTERM);
        return 2;
    }
    int x = 0, y = 0, width = 0, height = 0;
    geometry(w, x, y, width, height);
    const bool fits = x >= 0 && y >= 0 && x + width <= screenW && y + height <= screenH;
    std::cout << (fits ? "ok    " : "FAIL  ") << "the first window (" << width << "x" << height << " at " << x << "," << y
              << ") fits the " << screenW << "x" << screenH << " screen" << std::endl;
    failures += fits ? 0 : 1;
    // The teacher makes it smaller and quits with Ctrl+Q.
    constexpr int kLeftW = 1000, kLeftH = 620;
    XResizeWindow(d, w, kLeftW, kLeftH);
    XSync(d, False);
    usleep(500000);
    XTestFakeMotionEvent(d, -1, x + 100, y + 100, 0);
    const KeyCode control = XKeysymToKeycode(d, XStringToKeysym("Control_L")), q = XKeysymToKeycode(d, XStringToKeysym("q"));
    XTestFakeKeyEvent(d, control, True, 0);
    XTestFakeKeyEvent(d, q, True, 0);
    XTestFakeKeyEvent(d, q, False, 0);
    XTestFakeKeyEvent(d, control, False, 0);
    XFlush(d);
    int status = 0;
    bool exited = false;
    for (int i = 0; i < 100 && !exited; ++i) {
        usleep(100000);
        exited = waitpid(app, &status, WNOHANG) == app;
    }
    if (!exited) {
        std::cout << "FAIL  Ctrl+Q did not close the app" << std::endl;
        kill(app, SIGKILL);
        waitpid(app, nullptr, 0);
        return 1;
    }
    app = launch(o, false);
    w = waitForWindow(d);
    geometry(w, x, y, width, height);
    const bool kept = width == kLeftW && height == kLeftH;
    std::cout << (kept ? "ok    " : "FAIL  ") << "the next start opens it at the size it was left (" << width << "x" << height
              << ", left at " << kLeftW << "x" << kLeftH << ")" << std::endl;
    failures += kept ? 0 : 1;
    kill(app, SIGTERM);
    waitpid(app, nullptr, 0);
    return failures == 0 ? 0 : 1;
}

double median(std::vector<double> v) {
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; i += 2) {
        const std::string a = argv[i], v = i + 1 < argc ? argv[i + 1] : "";
        if (a == "--fit") {
            o.fit = true;
            --i;
            continue;
        }
        if (a == "--app") o.app = v;
        else if (a == "--steps") o.steps = v;
        else if (a == "--out") o.out = v;
        else if (a == "--size") o.size = v;
        else if (a == "--board") o.board = v;
        else if (a == "--idle") o.idleSeconds = std::atof(v.c_str());
        else if (a == "--latency" && i + 2 < argc) {
            o.latencyRuns = std::atoi(v.c_str());
            o.latencySpot = argv[i + 2];
            ++i;
        } else {
            std::cerr << "window_test: unknown option " << a << "\n";
            return 2;
        }
    }
    if (std::sscanf(o.size.c_str(), "%dx%d", &o.width, &o.height) != 2 || o.app.empty()) {
        std::cerr << "usage: tenfold_window_test --app TENFOLD --steps FILE [--size WxH] [--out DIR] [--latency N SPOT]\n";
        return 2;
    }
    // Every run starts as a new user would: no settings, boards or recovered work left by an earlier run.
    std::string mk = "rm -rf '" + o.out + "/xdg' && mkdir -p '" + o.out + "/xdg/config' '" + o.out + "/xdg/data' '" + o.out + "/xdg/run' && chmod 700 '" + o.out + "/xdg/run'";
    if (std::system(mk.c_str()) != 0) return 2;
    Connection display(XOpenDisplay(nullptr));
    ::Display* d = display.get();
    if (!d) {
        std::cerr << "window_test: no X display (set DISPLAY, e.g. under xvfb-run)\n";
        return 2;
    }
    int damageEvent = 0, damageError = 0, xtestEvent = 0, xtestError = 0, major = 0, minor = 0;
    if (!XDamageQueryExtension(d, &damageEvent, &damageError) ||
        !XTestQueryExtension(d, &xtestEvent, &xtestError, &major, &minor)) {
        std::cerr << "window_test: the X server lacks DAMAGE or XTEST\n";
        return 2;
    }
    // The app, in a window of the asked size, with settings of its own (a teacher's are never touched).
    if (o.fit) return fitTest(o, d);
    const pid_t app = launch(o, true);
    auto stop = [&] {
        kill(app, SIGTERM);
        waitpid(app, nullptr, 0);
    };
    const Window w = waitForWindow(d);
    if (!w) {
        std::cerr << "window_test: the app's window did not appear (see " << o.out << "/app.log)\n";
        stop();
        return 2;
    }
    XWindowAttributes attributes{};
    XGetWindowAttributes(d, w, &attributes);
    int originX = 0, originY = 0;
    Window child = 0;
    XTranslateCoordinates(d, w, DefaultRootWindow(d), 0, 0, &originX, &originY, &child);
    if (attributes.width != o.width || attributes.height != o.height) {
        std::cerr << "window_test: the window is " << attributes.width << "x" << attributes.height << ", not " << o.size << "\n";
        stop();
        return 2;
    }
    const Damage damage = XDamageCreate(d, w, XDamageReportNonEmpty);
    XSync(d, False);
    auto move = [&](double x, double y) {
        XTestFakeMotionEvent(d, -1, originX + static_cast<int>(std::lround(x)), originY + static_cast<int>(std::lround(y)), 0);
        XFlush(d);
    };
    auto click = [&] {
        XTestFakeButtonEvent(d, 1, True, 0);
        XTestFakeButtonEvent(d, 1, False, 0);
        XFlush(d);
    };
    const Clock::time_point begin = Clock::now();
    collectDamage(d, damageEvent, damage, begin, 1.0, 10.0);  // the first frames

    // One tap on a spot: returns false (with the reason printed) when the screen did not show it at once.
    struct Tapped {
        bool shown = false, fresh = false, moving = false, slow = false;
        double latency = -1;  // seconds from the click to the first frame showing the final picture
    };
    auto tap = [&](const Spot& at, const std::string& label, int n) {
        Tapped r;
        move(at.x, at.y);
        collectDamage(d, damageEvent, damage, begin, 0.4, 5.0);  // hover settles
        const Picture hover = grab(d, w, o.width, o.height);
        // A picture at every frame the app presents, to time the click to the frame that shows its result.
        std::vector<std::pair<double, Picture>> frames;
        const Clock::time_point t0 = Clock::now();
        click();
        while (secondsSince(t0) < o.waitAfterClick) {
            const double left = o.waitAfterClick - secondsSince(t0);
            const std::vector<double> seen = collectDamage(d, damageEvent, damage, t0, std::min(0.01, left), left);
            if (!seen.empty()) frames.emplace_back(seen.back(), grab(d, w, o.width, o.height));
        }
        const Picture after = grab(d, w, o.width, o.height);
        // Something may still move by itself (an exchange slides for a third of a second): wait, with no
        // input at all, until the window is still.
        for (const double t : collectDamage(d, damageEvent, damage, t0, 0.5, 10.0)) frames.emplace_back(t, grab(d, w, o.width, o.height));
        // A change the app has scheduled for itself (a message leaving after a few seconds) is not one a
        // nudge caused: let it happen first. The app's frame log says when it is due.
        for (double due = nextChange(o); due > 0; due = nextChange(o)) {
            const double wait = due - std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
            if (wait > 10.0 || wait < -1.0) break;  // not soon, or long overdue (the app failed to wake: the nudge will tell)
            if (wait > 0) usleep(static_cast<useconds_t>(wait * 1e6));
            collectDamage(d, damageEvent, damage, t0, 0.5, 10.0);
        }
        const Picture settled = grab(d, w, o.width, o.height);
        // The nudge a mouse would make, and a touch screen never does.
        move(at.x + 1, at.y);
        usleep(100000);
        move(at.x, at.y);
        collectDamage(d, damageEvent, damage, begin, 0.5, 5.0);
        const Picture nudged = grab(d, w, o.width, o.height);
        // Shown: the result came with no further input. Fresh: a nudge changes nothing more. Slow (reported,
        // not failed: a loaded machine can be slow): nothing had changed yet 150 ms after the click.
        // (A message may have come and gone again by the time the window is still: shown all the same.)
        r.shown = differingPixels(hover, settled) > 0 || differingPixels(hover, after) > 0;
        r.fresh = settled == nudged;
        r.moving = !(after == settled);
        r.slow = after == hover;
        const Picture& result = r.shown && settled == hover ? after : settled;
        for (const auto& [t, p] : frames) {
            if (p == result) {
                r.latency = t;
                break;
            }
        }
        char prefix[64];
        std::snprintf(prefix, sizeof prefix, "%s/%02d-", o.out.c_str(), n);
        if (!r.shown || !r.fresh) {
            save(hover, prefix + std::string("before.png"));
            save(after, prefix + std::string("after-150ms.png"));
            save(settled, prefix + std::string("settled.png"));
            save(nudged, prefix + std::string("after-nudge.png"));
        }
        std::cout << (r.shown && r.fresh ? "ok    " : "FAIL  ") << label << ": "
                  << (r.shown ? (r.slow ? "result shown, but nothing had changed 150 ms after the click" : "result shown")
                              : "NOTHING SHOWN without further input")
                  << ", "
                  << (r.fresh ? "fresh" : "STALE (" + std::to_string(differingPixels(settled, nudged)) + " px changed only after a nudge)")
                  << (r.moving ? ", still moving at 150 ms (an animation)" : "") << ", click to final frame "
                  << (r.latency >= 0 ? std::to_string(static_cast<int>(std::lround(r.latency * 1000))) + " ms" : "-") << std::endl;
        return r;
    };

    int failures = 0, slow = 0;
    std::vector<double> latencies;
    if (!o.steps.empty()) {
        const std::vector<Step> steps = readSteps(o.steps);
        std::vector<std::string> taps;
        std::string error;
        std::optional<Spots> before = spotsAfter(o, taps, error);
        for (std::size_t i = 0; i < steps.size() && before; ++i) {
            const Step& st = steps[i];
            const auto found = before->find(st.spot);
            if (found == before->end()) {
                std::cout << "FAIL  " << st.spot << ": not on screen after the steps before it" << std::endl;
                ++failures;
                break;  // the window and the script no longer agree: later steps would tap the wrong things
            }
            const Spot at = found->second;
            move(at.x, at.y);
            collectDamage(d, damageEvent, damage, begin, 0.4, 5.0);
            const Picture beforeTap = grab(d, w, o.width, o.height);
            const Tapped r = tap(at, st.spot, static_cast<int>(i));
            if (!r.shown || !r.fresh) ++failures;
            if (r.slow) ++slow;
            if (r.latency >= 0) latencies.push_back(r.latency);
            taps.push_back(st.spot);
            std::optional<Spots> after = spotsAfter(o, taps, error);
            if (!after) break;
            // Nothing may slide under the finger that just tapped.
            if (const auto under = slidUnder(*before, *after, st.spot, at); under && !st.mayCover) {
                std::cout << "FAIL  " << st.spot << ": " << *under << " slid under the finger (a second tap would press it)" << std::endl;
                ++failures;
            }
            if (st.calm > 0) {
                // The message it brought leaves by itself, and the screen is as it was before the tap.
                const Clock::time_point t0 = Clock::now();
                bool back = false;
                while (!back && secondsSince(t0) < st.calm) {
                    collectDamage(d, damageEvent, damage, t0, 0.25, st.calm);
                    back = grab(d, w, o.width, o.height) == beforeTap;
                }
                std::cout << (back ? "ok    " : "FAIL  ") << st.spot << ": its message "
                          << (back ? "left by itself within " : "was still there after ") << st.calm << " s" << std::endl;
                if (!back) ++failures;
            }
            before = std::move(after);
        }
        if (!before) {
            std::cout << "FAIL  " << error << std::endl;
            ++failures;
        }
    }
    if (o.latencyRuns > 0) {
        // The same spot again and again (a button that toggles), for a steady median.
        std::string error;
        std::vector<double> runs;
        for (int i = 0; i < o.latencyRuns; ++i) {
            const std::optional<Spot> at = spotOf(o, {}, o.latencySpot, error);
            if (!at) {
                std::cout << "FAIL  " << error << std::endl;
                ++failures;
                break;
            }
            const Tapped r = tap(*at, o.latencySpot, 100 + i);
            if (r.latency >= 0) runs.push_back(r.latency);
        }
        std::cout << "click to frame, median of " << runs.size() << " taps on " << o.latencySpot << ": "
                  << std::lround(median(runs) * 1000) << " ms" << std::endl;
    }
    if (slow > 0) std::cout << slow << " step(s) showed nothing yet 150 ms after the click (a busy machine?)" << std::endl;
    if (!latencies.empty()) std::cout << "click to final frame, median over the steps: " << std::lround(median(latencies) * 1000) << " ms" << std::endl;
    if (o.idleSeconds > 0) {
        // At rest the app must not use the CPU: its user and system time over the period, in clock ticks.
        collectDamage(d, damageEvent, damage, begin, 1.0, 10.0);
        auto ticks = [&] {
            std::ifstream stat("/proc/" + std::to_string(app) + "/stat");
            std::string line;
            std::getline(stat, line);
            std::istringstream rest(line.substr(line.rfind(')') + 2));
            std::string field;
            long long total = 0;
            for (int i = 3; i <= 15 && (rest >> field); ++i) {
                if (i == 14 || i == 15) total += std::stoll(field);
            }
            return total;
        };
        const long long before = ticks();
        usleep(static_cast<useconds_t>(o.idleSeconds * 1e6));
        const long long after = ticks();
        std::cout << "idle CPU over " << o.idleSeconds << " s: " << (after - before) << " ticks (" << sysconf(_SC_CLK_TCK)
                  << " a second)" << std::endl;
    }
    stop();
    std::cout << (failures == 0 ? "every step showed its result at once" : std::to_string(failures) + " step(s) failed") << std::endl;
    return failures == 0 ? 0 : 1;
}
