// The menu of a picked model (show as, level, cut link, and what its kind can do), the on-screen keypad
// for typing a value at a whiteboard, and the board's level bar (concrete, pictorial, abstract for every
// model at once). ImGui panels: they report what was pressed; the app turns that into model commands.
#pragma once

#include <string>
#include <vector>

namespace tenfold::ui {

struct ModelPanelState {
    float displayWidth = 0;
    float anchorX = -1;     // the menu's centre (display coordinates); below 0: the middle of the screen
    std::string title;      // "Part-whole model: 47"
    int kind = 0;           // model::Representation
    int level = 0;          // model::Level
    bool linked = false;
    int parts = 1;
    int barMode = 0;        // model::BarMode
    bool hasUnknown = false;
    bool covered = false;   // a bead string has a cover
    bool factFamily = false;
    int beadStringSize = 10;  // beads: the string's length, and the fewest beads it may have (those counted)
    int beadsCounted = 0;     // (the beads counted, counted on or covered: a shorter string cannot show them)
    bool countOn = false;     // beads: a count-on marker is shown
    std::string unit;         // bars: the unit ("cm", "£", "")
};

// The units a bar can be given without a keyboard.
inline const std::vector<std::string> kBarUnits{"", "cm", "m", "g", "kg", "ml", "l", "£", "p"};

struct ModelPanelActions {
    int showAs = -1;        // a new linked view of this kind
    int level = -1;
    bool cutLink = false, remove = false, close = false;
    bool turn = false, addPart = false, removePart = false, toggleFactFamily = false, reveal = false;
    bool toggleCover = false;
    int barMode = -1;
    int beadStringSize = -1;  // 10, 20, 50 or 100
    bool toggleCountOn = false;
    int unit = -1;            // an index into kBarUnits
    bool editLabels = false;
};

// Words for a bar model: one field per bar (the whole, then each part or comparison bar).
struct LabelEditorState {
    float displayWidth = 0, displayHeight = 0;
    std::string title;
    std::vector<std::string> names;    // "Whole", "Part 1", ...
    std::vector<std::string>* labels = nullptr;  // edited in place, one per name
    std::string message;                         // why the last OK was refused, or empty
};

struct LabelEditorActions {
    bool ok = false, cancel = false;
};

struct KeypadState {
    float displayWidth = 0, displayHeight = 0;
    std::string title;      // "The whole", "Part 2"
    std::string text;       // typed so far
    std::string message;    // why the last OK was refused (shown under the number), or empty
};

struct KeypadActions {
    char key = 0;           // '0'..'9' or '.'
    bool back = false, unknown = false, cancel = false, ok = false;
};

}  // namespace tenfold::ui
