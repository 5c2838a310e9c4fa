// Rules for edits that reach linked views a teacher did not touch: an equal share made through a bar must
// not give the linked blocks a place they do not show (24 in 5 equal parts would put tenths into a chart
// of ones), a part that no longer needs a place loses it (4 as 40 tenths is 4 ones again), which block is
// one is said when it has to change, a new model's whole follows its parts until the whole is given, and
// a bar boundary snaps to the place its parts use. Pure functions over the board; the engine
// (engine_apply.cpp) and the intents ask them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/board.hpp"
#include "model/command.hpp"
#include "model/quantity.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// ---- Places a linked view shows ------------------------------------------------------------------------
// Whether model m can show a piece of place p as it is now laid out: blocks need a block for p under their
// scale (and a column, in a chart); counters in a chart need a column; loose counters show only the places
// they already hold. Bead strings, part-whole models, bars and numerals show any place (a bead string
// refuses decimals with its own reason).
bool showsPlace(const Model& m, Place p);

// A place `after` uses that `before` did not and that a model of the group cannot show as it is laid out.
struct UnshownPlace {
    ModelId model = 0;
    Representation kind = Representation::Blocks;
    Place place = Place::Ones;
    bool operator==(const UnshownPlace&) const = default;
};
std::optional<UnshownPlace> unshownPlace(const Board& b, GroupId group, const Quantity& before, const Quantity& after);

// Each part that holds pieces of places its value does not need gets them exchanged up (a part of 4 held
// as 40 tenths is 4 ones again; 4 tens and 13 ones stays as it is: ones are needed for 53).
Quantity withoutUnneededPlaces(const Quantity& q);

// The group's quantity shared into `parts` equal parts through bar `m`: exact to thousandths, without a
// place the linked views do not show ("24 in 5 equal parts is 4.8 in each part, but the linked base 10
// blocks show no tenths: 24 shares into 2, 3, 4, 6, 8 or 12 equal parts without them."), and with places
// no part needs tidied away.
Result<Quantity> shareEqually(const Board& b, const Model& m, int parts);
// The numbers of equal parts (2..12) that shareEqually accepts for model m.
std::vector<int> equalPartsThatShare(const Board& b, const Model& m);

// ---- Which block is one --------------------------------------------------------------------------------
// A line for each blocks model whose scale an edit changed by itself ("To show 0.123, the big cube is one
// now (it was the flat)."); none for a model whose scale the commands chose (SetBlockScale).
struct ModelNote {
    ModelId model = 0;
    std::string text;
    bool operator==(const ModelNote&) const = default;
};
std::vector<ModelNote> blockScaleNotes(const Board& before, const Board& after, const std::vector<Command>& commands);
// The block that is one under a scale, if any (the flat for the decimal scale).
std::optional<BlockKind> blockThatIsOne(BlockScale scale);

// ---- A new model's whole follows its parts ---------------------------------------------------------------
// The board after `command` with each group's wholeFollowsParts kept up to date: a new model of nothing
// (not linked) starts with its whole following its parts; typing the whole, or any other edit that
// changes the whole (pieces, beads), gives the whole, so it stops following. Typing a part (SetPart
// without keepWhole), adding or removing a part and marking the "?" keep it. A part typed into a whole
// of 0 (a board read from a file) starts it following.
Board followWholeRule(const Board& before, Board after, const Command& command);

// ---- Bar boundaries ------------------------------------------------------------------------------------
// The step a bar boundary moves by: the place every part uses (tens when the parts are tens, tenths when
// one is 2.5), a place finer when the two parts beside the boundary could not move at that step (100 and
// 100 move in tens), never finer than ones for whole numbers.
std::int64_t boundaryStepMilli(const std::vector<Value>& parts, int boundary);
// The value part `boundary` takes when the boundary after it is dragged `milli` thousandths from the
// part's left end (clamped so both parts keep at least one step); none when it would not change.
std::optional<Value> snapBoundary(const std::vector<Value>& parts, int boundary, double milli);

}  // namespace tenfold::model
