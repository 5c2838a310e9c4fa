// The command line: what the user asked for, or a one-line reason why it cannot be done (exit status 2).
// Pure parsing, no side effects, so every path is unit-tested.
#pragma once

#include <string>
#include <vector>

namespace tenfold::app {

enum class Mode { Run, Help, Version, Screenshot, Bench, Describe, Replay, Spots, Check };

struct Options {
    Mode mode = Mode::Run;
    std::string board;        // board file; empty: the built-in default board
    std::string output;       // --screenshot OUT.png
    std::string texts;        // --texts OUT.json: the texts drawn in the screenshot
    std::string script;       // --replay SCRIPT (with --spots: played before the spots are printed)
    int width = 1920, height = 1080;
    bool sizeGiven = false;   // without a mode: the window's first size
    int frames = 120;         // --bench
    bool json = false;        // describe --json, check --json
    int step = 0;             // check --step N (from 1); 0: every step
    bool answers = false;     // check --answers: check the answer boards instead of the saved ones
    float scale = 0;          // --scale: UI scale; 0 follows the display
    // --room INCHESxMETRES: the classroom board and its back row (0: as the teacher's settings say)
    float roomInches = 0, roomMetres = 0;
    std::string background;   // --background NAME: paper, cream, white or blue-tint (empty: as in settings)
    bool highContrast = false;  // --high-contrast
};

struct ParsedCommandLine {
    Options options;
    std::string error;        // non-empty: print "tenfold: <error>" and exit 2
};

ParsedCommandLine parseCommandLine(const std::vector<std::string>& args);  // args without argv[0]
std::string helpText();

inline constexpr int kMinSize = 64;
inline constexpr int kMaxSize = 8192;
inline constexpr int kMaxFrames = 100000;

}  // namespace tenfold::app
