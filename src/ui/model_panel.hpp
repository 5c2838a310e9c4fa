// The menu of a picked model (show as, level, cut link, and what its kind can do), the on-screen keypad
// for typing a value at a whiteboard, and the board's level bar (concrete, pictorial, abstract for every
// model at once). ImGui panels: they report what was pressed; the app turns that into model commands.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/money.hpp"
#include "model/representation.hpp"

namespace tenfold::ui {

struct ModelPanelState {
    float displayWidth = 0;
    float x = -1, y = -1;   // the menu's top-left corner (display coordinates); below 0: the top middle
    std::string title;      // "Part-whole model: 47"
    model::Representation kind = model::Representation::Blocks;
    model::Level level = model::Level::Concrete;
    bool linked = false;
    bool canAddPart = false, canRemovePart = false;  // as the model's rules say (model::addPartIntent, ...)
    model::BarMode barMode = model::BarMode::PartWhole;
    bool hasUnknown = false;
    bool covered = false;   // a bead string has a cover
    bool factFamily = false;
    int beadStringSize = 10;      // beads: the string's length,
    int shortestBeadString = 10;  // and the shortest it may have (model::shortestBeadString)
    bool countOn = false;     // beads: a count-on marker is shown
    std::string unit;         // bars: the unit ("cm", "£", "")
    int blockOne = -1;        // blocks: which block is one (a model::BlockKind), -1 none (the cube is 0.001)
    int parts = 0;            // equal parts and fraction walls: the parts shown (a wall's last row)
    bool notToScale = false;  // part-whole and comparison bars: drawn not to scale
    // Bars showing a fraction: the other bars of the same whole it can be compared with, each with the
    // fraction it shows ("3/4"), from model::comparableBars.
    std::vector<std::pair<std::uint32_t, std::string>> compareWith;
    bool factFamilyBar = false;  // a part-whole bar: its fact family can be shown
    // Charts: the places "Break all into" offers (model::breakAllPlaces); counters: plain, and a fixed set.
    std::vector<model::Place> breakAllPlaces;
    bool plainCounters = false, fixedSet = false, rows = false;
    std::vector<model::Place> addPlaces;  // charts: the columns the chart may gain (model::placesToAdd)
    // Money: the coins and notes that can be broken into change, and those that make a larger coin.
    std::vector<model::Coin> breakableCoins, exchangeableCoins;
};

struct ModelPanelActions {
    std::optional<model::Representation> showAs;      // a new linked view of this kind
    std::optional<model::Representation> changeInto;  // this model, shown as another kind (arrangements kept)
    std::optional<model::Level> level;
    bool cutLink = false, remove = false, close = false;
    bool turn = false, addPart = false, removePart = false, toggleFactFamily = false, reveal = false;
    bool toggleCover = false;
    std::optional<model::BarMode> barMode;
    std::optional<int> beadStringSize;   // one of model::kBeadStringSizes
    bool toggleCountOn = false;
    std::optional<std::string> unit;     // one of model::kBarUnits
    bool editLabels = false;
    std::optional<int> blockOne;         // blocks: the block chosen as one (a model::BlockKind)
    std::optional<int> chooseParts;      // equal parts, or a wall's last row: 1..12 chosen directly
    bool addRow = false, removeRow = false, sameParts = false, toggleScale = false;
    std::optional<std::uint32_t> compareWith;  // bars: the bar this one is compared with as fractions
    // Charts and money: Exchange all, Break all into a place, value or plain counters, a fixed set, numbers in
    // rows; any model: Duplicate.
    bool exchangeAll = false, fixedSet = false, rows = false, duplicate = false, fitColumns = false;
    std::optional<model::Place> breakAll;
    std::optional<bool> plainCounters;
    std::optional<model::Place> addColumn;               // charts: a column added (with the places between)
    std::optional<model::Coin> breakCoin, exchangeCoin;  // money: one coin into change, coins for a larger one
    bool any() const {
        return showAs || changeInto || level || cutLink || remove || close || turn || addPart || removePart ||
               toggleFactFamily || reveal || toggleCover || barMode || beadStringSize || toggleCountOn || unit || editLabels ||
               blockOne || chooseParts || addRow || removeRow || sameParts || toggleScale || exchangeAll || fixedSet || rows ||
               duplicate || breakAll || plainCounters || fitColumns || breakCoin || exchangeCoin || compareWith || addColumn;
    }
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
    bool any() const { return ok || cancel; }
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
    bool any() const { return key != 0 || back || unknown || cancel || ok; }
};

}  // namespace tenfold::ui
