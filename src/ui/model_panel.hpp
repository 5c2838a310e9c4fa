// The menu of a picked model (show as, level, cut link, and what its kind can do), the on-screen keypad
// for typing a value at a whiteboard, and the board's level bar (concrete, pictorial, abstract for every
// model at once). ImGui panels: they report what was pressed; the app turns that into model commands.
#pragma once

#include <string>

namespace tenfold::ui {

struct ModelPanelState {
    float displayWidth = 0;
    std::string title;      // "Part-whole model: 47"
    int kind = 0;           // model::Representation
    int level = 0;          // model::Level
    bool linked = false;
    int parts = 1;
    int barMode = 0;        // model::BarMode
    bool hasUnknown = false;
    bool covered = false;   // a bead string has a cover
    bool factFamily = false;
};

struct ModelPanelActions {
    int showAs = -1;        // a new linked view of this kind
    int level = -1;
    bool cutLink = false, remove = false, close = false;
    bool turn = false, addPart = false, removePart = false, toggleFactFamily = false, reveal = false;
    bool toggleCover = false;
    int barMode = -1;
};

struct KeypadState {
    float displayWidth = 0, displayHeight = 0;
    std::string title;      // "The whole", "Part 2"
    std::string text;       // typed so far
};

struct KeypadActions {
    char key = 0;           // '0'..'9' or '.'
    bool back = false, unknown = false, cancel = false, ok = false;
};

}  // namespace tenfold::ui
