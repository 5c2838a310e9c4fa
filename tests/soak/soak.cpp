// Soak test: random multi-finger event streams on a board of linked models, through the real event path
// (a replay script, which pushes SDL finger events), then 14 and 20 fingers dropping tray pieces into
// linked charts at once. After every burst the script checks that every finger is up, that the board's
// invariants hold (every linked view shows its group's value, every piece where the quantity says) and
// that replaying the command log gives the board; at the end undoing everything must give the start.
// The 14 and 20 fingers must each land a piece in both linked charts, and undoing each drop must restore
// the start.
// Positions come from `tenfold --spots` (the spots the app draws at the start); the stream is random but
// reproducible (--seed). Run under the sanitizer build (scripts/soak), any sanitizer report fails it.
//
//   tenfold_soak --app TENFOLD --board BOARD --out DIR [--bursts 40] [--seed 1] [--size 1366x768]
// Prints the events sent and the sanitizer reports; exit status 0 when everything held.
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;  // x, y: the centre
};

struct Options {
    std::string app, board, out = "soak", size = "1366x768";
    int bursts = 40;
    unsigned seed = 1;
    int width = 1366, height = 768;
};

// Runs a command, returning what it printed (stdout and stderr) and its exit status.
std::string run(const std::string& command, int& status) {
    std::string text;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) {
        status = -1;
        return text;
    }
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) text.append(buffer.data(), n);
    const int raw = pclose(pipe);
    status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + (WIFSIGNALED(raw) ? WTERMSIG(raw) : 0);
    return text;
}

std::string env(const Options& o) {
    return "SDL_VIDEODRIVER=offscreen XDG_DATA_HOME='" + o.out + "/data' XDG_CONFIG_HOME='" + o.out + "/config' ";
}

int countOf(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Sanitizer reports in a run's output: AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer.
int sanitizerReports(const std::string& text) {
    return countOf(text, "ERROR: AddressSanitizer") + countOf(text, "ERROR: LeakSanitizer") + countOf(text, "runtime error:");
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--app") o.app = v;
        else if (a == "--board") o.board = v;
        else if (a == "--out") o.out = v;
        else if (a == "--bursts") o.bursts = std::atoi(v.c_str());
        else if (a == "--seed") o.seed = static_cast<unsigned>(std::strtoul(v.c_str(), nullptr, 10));
        else if (a == "--size") o.size = v;
    }
    if (o.app.empty() || o.board.empty() || o.bursts < 1 || std::sscanf(o.size.c_str(), "%dx%d", &o.width, &o.height) != 2) {
        std::cerr << "usage: tenfold_soak --app TENFOLD --board BOARD --out DIR [--bursts N] [--seed S] [--size WxH]\n";
        return 2;
    }
    std::error_code ec;
    std::filesystem::create_directories(o.out, ec);
    int reports = 0, status = 0;

    // Where things are at the start.
    const std::string spotsText = run(env(o) + "'" + o.app + "' --spots --size " + o.size + " '" + o.board + "'", status);
    reports += sanitizerReports(spotsText);
    const auto doc = nlohmann::json::parse(spotsText.substr(std::min(spotsText.find('{'), spotsText.size())), nullptr, false);
    if (status != 0 || doc.is_discarded() || !doc.is_object()) {
        std::cerr << "soak: tenfold --spots failed (status " << status << "): " << spotsText << "\n";
        return 2;
    }
    std::map<std::string, Rect> spots;
    std::vector<std::string> starts;  // where a finger may come down: pieces, tray tiles, columns, bars
    for (const auto& [name, r] : doc.items()) {
        spots[name] = Rect{r["x"].get<double>(), r["y"].get<double>(), r["w"].get<double>(), r["h"].get<double>()};
        const std::string kind = name.substr(0, name.find(':'));
        if (kind == "piece" || kind == "column" || kind == "boundary" || kind == "barpart" || kind == "break" ||
            (kind == "tray" && name != "tray"))
            starts.push_back(name);
    }
    for (const char* needed : {"tray:ones", "column:2:ones", "column:3:ones", "button:undo"}) {
        if (!spots.count(needed)) {
            std::cerr << "soak: '" << needed << "' is not on screen: the board must hold linked charts 2 and 3\n";
            return 2;
        }
    }
    if (starts.empty()) return 2;

    std::mt19937 rng(o.seed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); };
    auto inside = [&](const Rect& r) {
        std::ostringstream s;
        s << static_cast<int>(r.x + uniform(-0.4, 0.4) * r.w) << " " << static_cast<int>(r.y + uniform(-0.4, 0.4) * r.h);
        return s.str();
    };
    const double boardBottom = spots.at("button:undo").y - spots.at("button:undo").h;  // above the toolbar
    auto anywhere = [&] {
        std::ostringstream s;
        s << pick(5, o.width - 5) << " " << static_cast<int>(uniform(5, boardBottom));
        return s.str();
    };

    std::ostringstream script;
    long events = 0;
    int steps = 0;  // an upper bound on the undo steps the bursts made
    script << "# made by tenfold_soak --seed " << o.seed << " --bursts " << o.bursts << "\n";
    for (int b = 1; b <= o.bursts; ++b) {
        const int fingers = pick(2, 10);
        script << "# burst " << b << ": " << fingers << " fingers\n";
        for (int f = 1; f <= fingers; ++f) {
            script << "down finger:" << f << " " << inside(spots.at(starts[static_cast<std::size_t>(pick(0, static_cast<int>(starts.size()) - 1))])) << "\n";
            ++events;
        }
        const int moves = pick(2, 8);
        for (int m = 0; m < moves; ++m) {
            for (int f = 1; f <= fingers; ++f) {
                if (pick(0, 3) == 0) continue;  // not every finger moves every time
                script << "move finger:" << f << " " << anywhere() << "\n";
                ++events;
            }
        }
        for (int f = fingers; f >= 1; --f) {
            script << "up finger:" << f << " " << anywhere() << "\n";
            ++events;
        }
        steps += fingers + 1;
        script << "wait 0.05\nexpect pointers == 0\nexpect invariants == \"ok\"\nexpect replays == 1\n";
    }
    for (int i = 0; i < steps; ++i) script << "tap button:undo\n";
    events += 2L * steps;
    script << "expect at-start == 1\nexpect can-undo == 0\nexpect invariants == \"ok\"\n";
    // Many fingers at once, each from the tray's ones tile into one of the two linked charts, both on screen.
    script << "tap button:fit\nwait 1\n";
    events += 2;
    for (int fingers : {14, 20}) {
        script << "# " << fingers << " fingers drop a one each into the linked charts at once\n";
        for (int f = 1; f <= fingers; ++f) script << "down finger:" << f << " tray:ones\n";
        // The camera the bursts left is kept (they pan and zoom); the charts are found where they are now.
        for (int f = 1; f <= fingers; ++f) script << "move finger:" << f << " " << (f % 2 ? "column:2:ones" : "column:3:ones") << "\n";
        for (int f = 1; f <= fingers; ++f) script << "up finger:" << f << " " << (f % 2 ? "column:2:ones" : "column:3:ones") << "\n";
        events += 3L * fingers;
        script << "wait 0.5\nexpect pointers == 0\nexpect invariants == \"ok\"\n";
        script << "expect value 2 == " << 23 + fingers << "\nexpect value 3 == " << 23 + fingers << "\n";
        // Each finger's drop is a step of its own: as many undos give the start back.
        for (int f = 1; f <= fingers; ++f) script << "tap button:undo\n";
        script << "expect at-start == 1\nexpect can-undo == 0\n";
        events += 2L * fingers;
    }
    const std::string scriptPath = o.out + "/soak.replay";
    std::ofstream(scriptPath) << script.str();

    const std::string output = run(env(o) + "'" + o.app + "' --replay '" + scriptPath + "' --size " + o.size + " '" + o.board + "'", status);
    reports += sanitizerReports(output);
    std::cout << events << " events in " << o.bursts << " random bursts and two of 14 and 20 fingers; replay status " << status
              << "; sanitizer reports: " << reports << "\n";
    if (status != 0 || reports != 0) {
        std::cout << "FAIL (script: " << scriptPath << ")\n" << output.substr(0, 20000) << "\n";
        return 1;
    }
    std::cout << "ok\n";
    return 0;
}
