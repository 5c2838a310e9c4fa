// Replay scripts: a small text format of timed pointer and finger events, taps on named tray items and
// buttons, waits, screenshots and expectations, used to test classroom flows through the real event path
// (tenfold --replay SCRIPT [BOARD]). Parsing is pure; the App runs the steps.
//
//   # a comment                         blank lines are ignored
//   down finger:1 400 300               press at screen pixels (ids: mouse, pen, finger:N)
//   move finger:1 board 120 -40         ...or at board units
//   up finger:1 420 310
//   tap mouse 400 300                   down and up at one spot
//   drag finger:2 100 100 to 400 300 [in 0.3]   down, moves over the given seconds (default 0.25), up
//   tap tray:ones | tap button:zoom-in  a named tray item or toolbar button, through the real event path
//   drag finger:1 tray:ones to column:2:ones     named spots work wherever a position does:
//       tray:NAME (a tray tile), tray (the tray band), piece:MODEL:INDEX (a piece on the board),
//       piece:MODEL:PLACE (the last piece of that place, e.g. piece:1:ones),
//       column:MODEL:PLACE (the middle of a chart column), exchange:MODEL:PLACE and break:MODEL:PLACE
//       (the buttons at the foot of a column), button:NAME (a button on any panel: toolbar, a model's
//       menu, the keypad), tab:MODEL (a model's tab), bead:MODEL:N (bead N, from 1), divider:MODEL:N
//       (a bead divider, from 0), boundary:MODEL:N (the bar boundary after part N, from 0),
//       barpart:MODEL:N, barwhole:MODEL, circle:MODEL:N (0 the whole of a part-whole, N part N),
//       difference:MODEL:N (the difference marked beside comparison bar N), scrub:K (where the scrubber
//       of "How we built it" stands for position K of the log, from 0)
//       coin:MODEL:N (a coin or note in a purse, N from 0 for 1p to 11 for £50), value:MODEL:0 (a purse's amount),
//       row:MODEL:N (the number beside row N, from 0, of a chart of numbers in rows)
//       menu (the open model menu as a whole), model:MODEL (a model as laid out, its tab included)
//   wait 0.5                            let time pass (fixed 1/60 s frames)
//   type "Tom's ribbon"                 type text into the field that has the keyboard (as a keyboard would)
//   quit                                close the window (its close button, Ctrl+Q): unsaved work is asked about
//   screenshot out.png                  write what the window shows
//   expect zoom > 1.5                   check a fact of the app or the board; see the App for subjects
//   expect words 1 == "three hundred and forty-seven"
//   expect tray == "tens,ones"          the tray's tiles by name, left to right ("" when it has none)
#pragma once

#include "interaction/input.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tenfold::app {

enum class StepKind { Down, Move, Up, Tap, Drag, Wait, Screenshot, Expect, Type, Quit };

struct ScriptPointer {
    interaction::PointerSource source = interaction::PointerSource::Mouse;
    std::int64_t id = 0;
};

struct ScriptPoint {
    float x = 0, y = 0;
    bool board = false;  // board units (else screen pixels)
    std::string name;    // a named spot the app finds on screen (see below); empty for coordinates
};

struct ReplayStep {
    int line = 0;
    std::string text;             // the line as written, for failure reports
    StepKind kind = StepKind::Wait;
    ScriptPointer pointer;
    ScriptPoint at, to;
    double seconds = 0;           // wait, drag duration
    std::string name;             // tray:ones, button:undo, screenshot file
    std::vector<std::string> subject;  // expect: the words before the operator
    std::string op;               // == != < > <= >=
    std::string expected;         // expect: the value after the operator (quotes removed)
};

struct ParsedScript {
    std::vector<ReplayStep> steps;
    std::string error;            // "line N: reason" when the script is malformed
};

ParsedScript parseReplayScript(std::string_view text);

// The longest script read (the longest in tests/replay is about 2 KB); a longer one is refused unread.
inline constexpr std::size_t kMaxReplayScriptBytes = 1024u * 1024u;

inline constexpr double kDefaultDragSeconds = 0.25;
inline constexpr double kMaxWaitSeconds = 60.0;

// Compares an actual value with an expected one: numerically when both read as numbers (so "347.0"
// equals "347"), else as text (only == and != then).
bool compareExpectation(const std::string& actual, const std::string& op, const std::string& expected);

}  // namespace tenfold::app
