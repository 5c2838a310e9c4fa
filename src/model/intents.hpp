// Intents: what a teacher or pupil asked for through a model's menu, its keypad or a tap, turned into the
// commands that do it. The rules of the maths live here, as pure functions of the board, so every view
// and panel asks the same question and gets the same answer ("add a part" means one thing for a
// part-whole model, another for comparison bars; a number typed where the "?" was answers it). The app
// only applies what an intent returns; the engine (applyCommand) still checks every command, so an
// intent never makes a board the engine would refuse.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/board.hpp"
#include "model/command.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// Where a number typed on the keypad goes: a model's whole, one of its parts, the difference beside a
// comparison bar, how many beads to count on, or the number a chart, a numeral card or a purse shows
// (Value: the model is rebuilt in its standard partition), or one row of a chart of numbers in rows (Row:
// that number alone changes, the other rows stay).
enum class SlotKind : int { Whole, Part, Difference, CountOn, Value, Row };
struct ValueSlot {
    ModelId model = 0;
    SlotKind kind = SlotKind::Whole;
    int index = 0;  // Part: the part (0-based); Difference: the comparison bar it stands beside; Row: the row (0-based)
    bool operator==(const ValueSlot&) const = default;
};

using Commands = std::vector<Command>;

// ---- Parts -----------------------------------------------------------------------------------------------
// "Add a part": a part-whole model or bead string splits its last part in two in the smallest place the
// part uses (47 as 40 and 7 -> 40, 4 and 3; never thousandths for 0.45), or adds an empty part when the last
// part is too small to split; equal parts share the whole into one more part (the shaded parts stay
// shaded); comparison bars gain a bar as long as the last one (the bars a child made keep their values).
Result<Commands> addPartIntent(const Board& board, ModelId model);
// "Remove a part": the last part gives its value to the part before it (the whole stays); equal parts
// share the whole into one part fewer; comparison bars lose their last bar.
Result<Commands> removePartIntent(const Board& board, ModelId model);
// How many parts a model of its kind may have: a part-whole model 2 to 5, a part-whole bar 2 to 12, equal
// parts 1 to 12, comparison bars 2 or 3, a bead string 1 to 12 parts, blocks, counters and numerals 1 to 12
// (a chart of numbers in rows: 1 to kMaxChartRows rows).
struct PartRange {
    int fewest = 1, most = 1;
};
PartRange partRange(const Model& m);
// Whether an intent would be accepted: its commands applied to a copy of the board (greys out a button).
bool accepted(const Board& board, const Result<Commands>& intent);

// ---- Bars ------------------------------------------------------------------------------------------------
// A bar's mode chosen from its menu: equal parts start with the parts it has (at least 2) and one shaded.
Commands barModeIntent(const Board& board, ModelId model, BarMode mode);
// A tap on part `part` of an equal-part bar: shades up to it, or unshades it when it is the last shaded.
Commands shadeIntent(const Board& board, ModelId model, int part);
// Labels typed into the editor: trailing empty labels are dropped; nothing when nothing changed.
Commands labelsIntent(const Board& board, ModelId model, std::vector<std::string> labels);

// ---- Beads -----------------------------------------------------------------------------------------------
// "Cover": hides the last part ("how many are hidden?"), or the second half of a string of one part; a
// second press takes the cover away. Refused when no beads are counted.
Result<Commands> toggleCoverIntent(const Board& board, ModelId model);
// "Count on": on a string of two or more parts, counts on the first part by the second (8 | 5: 8 + 5);
// again takes the marker away. With one part there is nothing to count on by yet: `ask` says the keypad
// must ask how many (countOnIntent then makes the marker).
struct CountOnChoice {
    Commands commands;
    std::optional<ValueSlot> ask;
};
Result<CountOnChoice> toggleCountOnIntent(const Board& board, ModelId model);
// Counting on `add` beads from the beads counted: the string grows to the next length that holds the hops.
Result<Commands> countOnIntent(const Board& board, ModelId model, Value add);
// The shortest string length a bead string can be changed to: it must still show every bead that is
// counted, counted on or covered.
int shortestBeadString(const BeadString& beads);

// ---- The keypad ------------------------------------------------------------------------------------------
// A number typed into a slot:
//  - the whole of an equal-part bar: the new whole shared again into as many equal parts (or refused);
//  - another whole: the whole changes (the last part takes up the difference);
//  - a part of a whole (part-whole model, part-whole bar, bead string): the neighbouring part takes up the
//    difference, so the whole stays (47 as 40 and 7, type 30: 30 and 17); comparison bars are separate
//    amounts, so a typed bar keeps the others;
//  - the difference beside a shorter comparison bar: that bar becomes the longest less the difference;
//  - how many to count on (see countOnIntent);
//  - a row of a rows chart: that row's number, built in its standard partition (the other rows stay).
// A value typed where the "?" was answers it: the "?" goes.
Result<Commands> typeValueIntent(const Board& board, const ValueSlot& slot, Value typed);
// "?" pressed on the keypad: the slot becomes the unknown (not for counting on).
Result<Commands> markUnknownIntent(const Board& board, const ValueSlot& slot);
// Whether typing into this slot answers the "?".
bool answersUnknown(const Quantity& q, const ValueSlot& slot);

// ---- Charts, counters and money ------------------------------------------------------------------------------
// Whether a model is a chart of several numbers in rows.
bool isRowsChart(const Model& m);
// "Exchange all": a chart's standard arrangement (no column with ten or more), or a purse's fewest coins.
// Refused, with the reason, when there is nothing to exchange.
Result<Commands> exchangeAllIntent(const Board& board, ModelId model);
// "Break all into" a place: everything above it broken down into it (347 into tens: 34 tens and 7 ones).
// Refused when nothing is above it, or when it would make more pieces than a model holds.
Result<Commands> breakAllIntent(const Board& board, ModelId model, Place into);
// The places "Break all into" offers: every column of the chart but the highest, highest first.
std::vector<Place> breakAllPlaces(const Model& m);
// A column tapped in the chart's column picker: a place outside the chart joins it (with those between);
// the chart's highest or lowest column goes, when no piece needs it; the others cannot go.
Result<Commands> columnIntent(const Board& board, ModelId model, Place column);
// "Fit": the chart shows the places its numbers use and the ones (0.45: O . Tth Hth; 347: H T O).
Result<Commands> fitColumnsIntent(const Board& board, ModelId model);
// "Rows": several numbers in one chart, each in its own row (on: a second, empty row to type or build
// into; off: the rows become the parts of one number again).
Result<Commands> rowsIntent(const Board& board, ModelId model);
// "Plain counters" / "Value counters" for a counters model (value counters are never a fixed set).
Result<Commands> plainCountersIntent(const Board& board, ModelId model, bool plain);
// "Fixed set": plain counters that children only move between columns (none come or go); again to free them.
Result<Commands> fixedSetIntent(const Board& board, ModelId model);
// "Duplicate": an unlinked copy of the model at `at`, the same kind, level, arrangement and number.
Result<Commands> duplicateIntent(const Board& board, ModelId model, Point at);

// ---- The whole board ---------------------------------------------------------------------------------------
// "Clear": every piece taken off every blocks and counters model. Linked models share their pieces' value,
// so each group is emptied through one of its models (highest index first).
Commands clearPiecesIntent(const Board& board);
// "Whole board: abstract": every model that is not at the level goes there, in one step.
Commands boardLevelIntent(const Board& board, Level level);
// The level every model shows, when they agree.
std::optional<Level> commonLevel(const Board& board);

}  // namespace tenfold::model
