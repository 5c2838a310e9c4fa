// Bar and part-whole views of a linked group: the one place that turns the engine's state (a group's
// Quantity, with a model's BarLayout or orientation) into the derived views of part_whole.hpp and
// bar_model.hpp, and into the lengths a bar is drawn with. describe and the board's views ask these
// views their questions (solve, sentences, layout) instead of working the numbers out again.
// The quantity knows every value; its one Unknown says which circle or bar shows "?".
#pragma once

#include <vector>

#include "model/bar_model.hpp"
#include "model/board.hpp"
#include "model/part_whole.hpp"
#include "model/quantity.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// The part-whole model of q: the whole and each part, the one asked for ("?") left unknown. Refuses a
// quantity of fewer than kMinParts or more than kMaxParts parts (a number not split into parts is split
// by place first: prepareQuantityFor in engine_sync.hpp).
Result<PartWhole> partWholeOf(const Quantity& q, Orientation orientation);

// The part-whole bar of q, with the layout's unit and labels (labels[0] the whole, labels[n] part n-1).
// Refuses fewer than kMinBarParts or more than kMaxBarParts parts.
Result<PartWholeBar> partWholeBarOf(const Quantity& q, const BarLayout& bar);

// Comparison bars of q: each part is a bar (labels[n] on bar n-1), the first of the longest is the one
// the others are compared with. A part asked for leaves its bar "?" (its difference from the longest is
// given); the difference asked for leaves every difference "?". Refuses fewer than kMinComparisonBars or
// more than kMaxComparisonBars bars.
Result<ComparisonBars> comparisonOf(const Quantity& q, const BarLayout& bar);

// The equal-part bar of q: as many equal parts as q has parts, the layout's shaded parts, unit and
// label (labels[0]). Normally the whole is known and the shaded amount worked out (shown once nothing is
// asked for); with the whole asked for, the shaded amount is given instead ("2/3 of ? is 16"). Refuses
// parts of different values, a count of parts outside kMinEqualParts..kMaxEqualParts, and a whole asked
// for with nothing shaded (there is nothing to work it out from).
Result<EqualPartBar> equalPartsOf(const Quantity& q, const BarLayout& bar);

// The lengths a bar model is drawn with, in board units, `width` being the whole (part-whole, equal parts
// and each row of a fraction wall) or the longest bar (comparison). As the layout functions of
// bar_model.hpp define them: layoutPartWholeBar, layoutComparison, layoutEqualParts. A part-whole bar of
// one part (a number not split yet) is the whole, drawn `width` long. A fraction wall's parts are those
// of its first row (each row: layoutFractionRow).
//
// Not to scale (BarLayout::notToScale, part-whole and comparison bars): every part, bar and difference is
// at least as long as `least` asks (its value or label must be readable: least[i] for part or bar i,
// leastDifference for a difference), and the long ones are shortened to make room; each length drawn
// shorter than to scale is `broken` (the board draws a break mark on it). With nothing too short, the
// lengths are to scale even then.
struct BarLengths {
    double whole = 0.0;
    std::vector<double> parts;        // each part, or each comparison bar, in order
    std::vector<double> differences;  // comparison only: from the end of each bar to the end of the longest
    std::vector<bool> broken;         // not to scale: part or bar i drawn shorter than to scale
    std::vector<bool> differenceBroken;  // not to scale: difference i drawn shorter than to scale
    bool notToScale = false;          // some length is not to scale (the board says so)
    bool operator==(const BarLengths&) const = default;
};
BarLengths barLengths(const Quantity& q, const BarLayout& bar, double width, const std::vector<double>& least = {},
                      double leastDifference = 0.0);
// Lengths for values laid end to end in `width` (the to-scale share of each), each at least least[i] long:
// values that would be shorter get their least, and the others share what is left in proportion, each
// marked broken when it ends up shorter than to scale. Everything too short: each its least (the total is
// then more than `width`).
struct ReadableLengths {
    std::vector<double> lengths;
    std::vector<bool> broken;
};
ReadableLengths readableLengths(const std::vector<Value>& values, double width, const std::vector<double>& least);
// Each part of a fraction-wall row: width / parts.
std::vector<double> layoutFractionRow(const FractionRow& row, double width);

// How many beads a bead string shows pushed across: all it counts, except that while the number counted
// on is the "?" (38 + ? = 40: a count-on marker with the second part asked for) those beads wait on the
// uncounted side, and move across when the answer is revealed.
int beadsShownCounted(const BeadString& beads, const Quantity& q);
// Whether the count-on marker's number of hops is the "?" (38 + ? = 40).
bool countOnAsked(const BeadString& beads, const Quantity& q);

}  // namespace tenfold::model
