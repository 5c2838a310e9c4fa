// Intents of a bar's and a block model's menu beyond the shared ones of intents.hpp: the number of equal
// parts (one more, one fewer, or chosen directly) with the shaded amount kept (2/3 -> 4/6, never 2/4),
// the rows of a fraction wall (add, remove, one number of parts for all, shading by a tap), a bar drawn
// not to scale, and which block is one. Pure functions of the board that return commands, as intents.hpp
// does; the engine still checks every command.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/bar_model.hpp"
#include "model/blocks.hpp"
#include "model/intents.hpp"

namespace tenfold::model {

// What a menu button does, and a line to say beside the model when it did not do quite what was pressed
// ("2/3 is not a whole number of quarters or fifths. So the bar has 6 equal parts: 4/6 is the same as
// 2/3."). An empty note says nothing.
struct BarChoice {
    Commands commands;
    std::string note;
};

// How many equal parts the menu's part buttons show: an equal-part bar's parts, a fraction wall's last row
// (the row the buttons change), else the group's parts.
int shownParts(const Model& m, const Quantity& q);

// "Parts: N" on an equal-part bar or a fraction wall (its last row). The shaded amount is kept: refused,
// with the reason and the numbers of parts that keep it, when it is not a whole number of the new parts
// (2/3 in quarters). An equal-part bar must also share its whole into N (exactly, and without a place the
// linked views do not show).
Result<BarChoice> choosePartsIntent(const Board& board, ModelId model, int parts);
// "More parts" (+1) / "Fewer parts" (-1) on an equal-part bar or a fraction wall: the nearest number of
// parts that way that choosePartsIntent accepts (24 with 2/3 shaded: 3 -> 6 -> 12); the note says which
// numbers were passed over and why.
Result<BarChoice> stepPartsIntent(const Board& board, ModelId model, int direction);

// A bar's mode from its menu (barModeIntent for the others): a fraction wall starts with one row, the
// equal parts the bar shows (with their shading) or halves with one shaded; a wall left earlier comes
// back as it was.
Commands fractionsModeIntent(const Board& board, ModelId model);
// "Add row": a row under the last with one more part (halves, thirds, quarters, ...), nothing shaded.
Result<Commands> addRowIntent(const Board& board, ModelId model);
// "Remove row": the last row goes (a wall keeps at least one).
Result<Commands> removeRowIntent(const Board& board, ModelId model);
// "Same parts": every row re-partitioned into the smallest number of parts all of them share, each
// keeping its shaded amount (halves and thirds -> sixths: 1/2 is 3/6, 2/3 is 4/6).
Result<Commands> samePartsIntent(const Board& board, ModelId model);
// A tap on part `part` of row `row`: shades up to it, or unshades it when it is the row's last shaded.
Commands fractionShadeIntent(const Board& board, ModelId model, int row, int part);

// ---- Two bars compared as fractions -----------------------------------------------------------------------
// The fraction a bar shows, to compare it with another bar: an equal-part bar's shaded parts (2 of 3), a
// fraction wall's first shaded row (else its first row). None for a bar in another mode, or not a bar.
std::optional<FractionRow> barFraction(const Model& m, const Quantity& q);
// The bars a bar's menu offers to compare it with: every other bar showing a fraction of the same whole
// (the same number and unit), in board order. None when this bar shows no fraction.
std::vector<ModelId> comparableBars(const Board& board, ModelId model);
// "Compare with" another bar: which fraction is greater and by how much, as a fraction of the whole, by the
// wall's own rule ("2/3 is less than 3/4 by 1/12 of 1."). Refused, with the reason, when either bar shows
// no fraction or the wholes differ (a fraction of 1 and a fraction of 2 are not parts of one whole).
Result<std::string> compareBarsIntent(const Board& board, ModelId model, ModelId other);

// "Not to scale" on a part-whole or comparison bar: on, or back to scale.
Commands toggleScaleIntent(const Board& board, ModelId model);

// "One is: cube / rod / flat / big cube" on base 10 blocks (refused by the engine when that block cannot
// show the number, with the reason).
Result<Commands> blockOneIntent(const Board& board, ModelId model, BlockKind one);

}  // namespace tenfold::model
