// Parsing of tenfold's command line.
#include "app/cli.hpp"

#include "app/settings_store.hpp"
#include "representations/look.hpp"

#include <charconv>
#include <cstdlib>
#include <cstdio>

namespace tenfold::app {

namespace {

bool parseInt(const std::string& text, int& out) {
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

bool parseSize(const std::string& text, int& w, int& h) {
    const auto x = text.find_first_of("xX");
    if (x == std::string::npos) return false;
    return parseInt(text.substr(0, x), w) && parseInt(text.substr(x + 1), h) && w >= kMinSize && h >= kMinSize &&
           w <= kMaxSize && h <= kMaxSize;
}

}  // namespace

std::string helpText() {
    return "Tenfold: virtual maths manipulatives for primary classrooms.\n"
           "\n"
           "Usage:\n"
           "  tenfold [BOARD]                      open the app on BOARD (a .json board file) or the default board\n"
           "  tenfold --screenshot OUT.png [--size WxH] [BOARD]\n"
           "                                       render the board as the window shows it, write a PNG, exit\n"
           "  tenfold --bench [--frames N] [--size WxH] [BOARD]\n"
           "                                       render N frames offscreen and print timings as JSON\n"
           "  tenfold --replay SCRIPT [--size WxH] [BOARD]\n"
           "                                       play a script of pointer and finger events, check its expectations\n"
           "  tenfold --spots [--size WxH] [--replay SCRIPT] [BOARD]\n"
           "                                       print where every named spot is on screen (JSON), after the script\n"
           "  tenfold describe BOARD [--json]      print every model on BOARD with its value in words and numerals\n"
           "                                       (a lesson file: every step, its check and its board)\n"
           "  tenfold check LESSON [--step N] [--answers] [--json]\n"
           "                                       check each step's saved board (or answer board) and name the\n"
           "                                       misconception; exit 0 when all are right, 1 when some are not\n"
           "  tenfold --help | --version\n"
           "\n"
           "Options:\n"
           "  --size WxH     picture size in pixels (default 1920x1080); with no mode, the window's size\n"
           "  --frames N     frames to render for --bench (default 120)\n"
           "  --scale S      UI scale, 0.5 to 4 (default: follows the display)\n"
           "  --texts F.json with --screenshot: also write every text drawn, with its place, size and contrast\n"
           "  --room DxM     a classroom board of D inches, its back row M metres away (e.g. 75x8): text is\n"
           "                 sized to be read from there (default: as in the settings; none on a laptop)\n"
           "  --background B the board's backdrop: paper, cream, white or blue-tint\n"
           "  --high-contrast  black text and darker, thicker outlines"
           "\n"
           "With no display (a server, CI), set SDL_VIDEODRIVER=offscreen and use --screenshot or --bench.\n"
           "Keys in the app: F11 full screen, + and - zoom, 0 fit the board, Ctrl+Q quit.\n";
}

ParsedCommandLine parseCommandLine(const std::vector<std::string>& args) {
    ParsedCommandLine r;
    Options& o = r.options;
    std::vector<std::string> positional;
    bool screenshot = false, bench = false, describe = false, replay = false, frames = false, json = false, spots = false;
    bool check = false, stepGiven = false, answers = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* what) -> const std::string* {
            if (i + 1 >= args.size()) {
                r.error = a + " needs " + what;
                return nullptr;
            }
            return &args[++i];
        };
        if (a == "--help" || a == "-h") {
            o.mode = Mode::Help;
            return r;
        } else if (a == "--version") {
            o.mode = Mode::Version;
            return r;
        } else if (a == "--screenshot") {
            const std::string* v = value("an output file, e.g. --screenshot board.png");
            if (!v) return r;
            o.output = *v;
            screenshot = true;
        } else if (a == "--replay") {
            const std::string* v = value("a script file, e.g. --replay build-347.replay");
            if (!v) return r;
            o.script = *v;
            replay = true;
        } else if (a == "--bench") {
            bench = true;
        } else if (a == "--spots") {
            spots = true;
        } else if (a == "--size") {
            const std::string* v = value("a size, e.g. --size 1920x1080");
            if (!v) return r;
            if (!parseSize(*v, o.width, o.height)) {
                r.error = "--size takes WIDTHxHEIGHT between " + std::to_string(kMinSize) + " and " +
                          std::to_string(kMaxSize) + " pixels, e.g. 1920x1080 (got '" + *v + "')";
                return r;
            }
            o.sizeGiven = true;
        } else if (a == "--frames") {
            const std::string* v = value("a number of frames, e.g. --frames 120");
            if (!v) return r;
            if (!parseInt(*v, o.frames) || o.frames < 1 || o.frames > kMaxFrames) {
                r.error = "--frames takes a whole number from 1 to " + std::to_string(kMaxFrames) + " (got '" + *v + "')";
                return r;
            }
            frames = true;
        } else if (a == "--scale") {
            const std::string* v = value("a UI scale, e.g. --scale 1.5");
            if (!v) return r;
            char* end = nullptr;
            o.scale = std::strtof(v->c_str(), &end);
            if (end != v->c_str() + v->size() || !(o.scale >= 0.5f && o.scale <= 4.0f)) {
                r.error = "--scale takes a number from 0.5 to 4 (got '" + *v + "')";
                return r;
            }
        } else if (a == "--room") {
            const std::string* v = value("a board size and back row distance, e.g. --room 75x8");
            if (!v) return r;
            const auto x = v->find('x');
            char* end = nullptr;
            bool good = x != std::string::npos;
            if (good) {
                const std::string inches = v->substr(0, x), metres = v->substr(x + 1);
                o.roomInches = std::strtof(inches.c_str(), &end);
                good = !inches.empty() && end == inches.c_str() + inches.size();
                o.roomMetres = std::strtof(metres.c_str(), &end);
                good = good && !metres.empty() && end == metres.c_str() + metres.size();
            }
            if (!good || !(o.roomInches >= kMinBoardInches && o.roomInches <= kMaxBoardInches) ||
                !(o.roomMetres >= kMinBackRowMetres && o.roomMetres <= kMaxBackRowMetres)) {
                r.error = "--room takes INCHESxMETRES, a board of " + std::to_string(static_cast<int>(kMinBoardInches)) + " to " +
                          std::to_string(static_cast<int>(kMaxBoardInches)) + " inches and a back row " +
                          std::to_string(static_cast<int>(kMinBackRowMetres)) + " to " + std::to_string(static_cast<int>(kMaxBackRowMetres)) +
                          " metres away, e.g. 75x8 (got '" + *v + "')";
                return r;
            }
        } else if (a == "--background") {
            const std::string* v = value("a backdrop, e.g. --background cream");
            if (!v) return r;
            if (!repr::backdropNamed(*v)) {
                r.error = "--background takes paper, cream, white or blue-tint (got '" + *v + "')";
                return r;
            }
            o.background = *v;
        } else if (a == "--high-contrast") {
            o.highContrast = true;
        } else if (a == "--texts") {
            const std::string* v = value("an output file, e.g. --texts texts.json");
            if (!v) return r;
            o.texts = *v;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--step") {
            const std::string* v = value("a step number, e.g. --step 2");
            if (!v) return r;
            if (!parseInt(*v, o.step) || o.step < 1) {
                r.error = "--step takes a step number from 1 (got '" + *v + "')";
                return r;
            }
            stepGiven = true;
        } else if (a == "--answers") {
            answers = true;
        } else if (a.size() > 1 && a[0] == '-') {
            r.error = "unknown option '" + a + "' (see tenfold --help)";
            return r;
        } else if (positional.empty() && a == "describe" && !describe && !check) {
            describe = true;
        } else if (positional.empty() && a == "check" && !describe && !check) {
            check = true;
        } else {
            positional.push_back(a);
        }
    }
    if (check && (screenshot || bench || replay || spots)) {
        r.error = "check goes on its own, e.g. tenfold check lesson.json";
        return r;
    }
    if ((screenshot ? 1 : 0) + (bench ? 1 : 0) + (describe ? 1 : 0) + (replay && !spots ? 1 : 0) + (spots ? 1 : 0) > 1) {
        r.error = "choose one of --screenshot, --bench, --replay, --spots and describe";
        return r;
    }
    if (positional.size() > 1) {
        r.error = "one board file at a time (got '" + positional[0] + "' and '" + positional[1] + "')";
        return r;
    }
    if (!positional.empty()) o.board = positional[0];
    if (json && !describe && !check) {
        r.error = "--json goes with describe, e.g. tenfold describe board.json --json";
        return r;
    }
    if (!o.texts.empty() && !screenshot) {
        r.error = "--texts goes with --screenshot, e.g. tenfold --screenshot board.png --texts texts.json";
        return r;
    }
    if ((stepGiven || answers) && !check) {
        r.error = std::string(stepGiven ? "--step" : "--answers") + " goes with check, e.g. tenfold check lesson.json --step 2";
        return r;
    }
    if (frames && !bench) {
        r.error = "--frames goes with --bench";
        return r;
    }
    if (o.sizeGiven && describe) {
        r.error = "--size does not go with describe";
        return r;
    }
    if (describe) {
        if (o.board.empty()) {
            r.error = "describe needs a board file, e.g. tenfold describe lesson.json";
            return r;
        }
        o.mode = Mode::Describe;
        o.json = json;
    } else if (check) {
        if (o.board.empty()) {
            r.error = "check needs a lesson file, e.g. tenfold check lesson.json";
            return r;
        }
        o.mode = Mode::Check;
        o.json = json;
        o.answers = answers;
    } else if (screenshot) {
        o.mode = Mode::Screenshot;
    } else if (bench) {
        o.mode = Mode::Bench;
    } else if (spots) {
        o.mode = Mode::Spots;  // --replay, if given, is played first
    } else if (replay) {
        o.mode = Mode::Replay;
    }
    return r;
}

}  // namespace tenfold::app
