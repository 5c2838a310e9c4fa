// Projections: how each kind of model shows a linked group's quantity, and how a model's layout is brought
// back in step after the quantity changed (keeping every piece that can stay where the pupil put it).
// Also the tidy spots new pieces go to, and the check that a layout shows exactly a quantity.
#pragma once

#include "model/board.hpp"
#include "model/quantity.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// Where the next tidy piece goes: the index-th piece (0-based) of place p, counted over all parts in a
// chart (the parts share the columns) and within the part for loose pieces; placed by tidyPosition
// (pieces.hpp), so new pieces land where "tidy up" would put them.
// Loose parts sit side by side, each as wide as the places it uses in q (47 as 30 and 17: the 30 takes
// one column, the 17 two), larger places on the left.
int tidyIndex(const PiecesLayout& layout, int part, Place p);
Point tidySpot(const PiecesLayout& layout, int part, Place p, int index, bool blocks, const Quantity& q);

// Brings a blocks or counters layout in step with q: keeps pieces whose part and place are still needed,
// hands a piece to another part when the parts changed (it keeps its spot), drops the ones left over
// and puts new ones at tidy spots. Widens the chart to every place used and, for blocks, changes which
// block is one only when the current choice cannot show q. Refuses what cannot be shown (with reason).
Result<PiecesLayout> syncPieces(const PiecesLayout& layout, const Quantity& q, bool blocks);
// Brings a bead string in step: counted beads = the whole, a divider after each part but the last, a
// longer string when the whole needs one. Refuses decimals, more than 100 and parts of zero.
Result<BeadString> syncBeads(const BeadString& beads, const Quantity& q);
// A bar's unit and labels (at most one per part and the whole, each short, no control characters).
Status checkBarLabels(const BarLayout& bar);
// Whether a bar layout can show q (its labels as checkBarLabels says): equal parts need parts of one value
// (kMinEqualParts..kMaxEqualParts, the most a quantity has) and 0..n shaded; comparison needs
// kMinComparisonBars..kMaxComparisonBars bars; a part-whole bar shows any quantity (a number not split
// into parts is one bar). Only an equal-part bar has shaded parts.
Status checkBar(const BarLayout& bar, const Quantity& q);

// The quantity made ready to be shown as `kind`: a one-part quantity shown as a part-whole is split by
// place (47 -> 40 and 7; 4 tens 13 ones -> 40 and 13; 7 -> 7 and 0). Otherwise unchanged.
Result<Quantity> prepareQuantityFor(const Quantity& q, Representation kind);

// The model with its current layout in step with q, or the reason it cannot show q.
Result<Model> projectModel(const Model& m, const Quantity& q);
// Whether the model's current layout shows exactly q (used when checking a board).
Status layoutShows(const Model& m, const Quantity& q);
// Whether a layout kept for another kind is well formed (pieces, bead string, bar settings).
Status layoutsWellFormed(const Layouts& layouts);

// The board with the group's quantity replaced and every model of the group in step; refused (and the
// board left as it was) when any model of the group cannot show the new quantity.
Result<Board> commitQuantity(const Board& b, GroupId group, const Quantity& q);

}  // namespace tenfold::model
