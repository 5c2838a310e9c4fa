// Part-whole ("cherry") model: a whole and 2 to 5 parts, one circle at a time may be unknown ("?"). The
// unknown is worked out (whole = sum of the parts; a part = whole minus the other parts), the model can be
// drawn with the whole above, below, left or right, and it gives its number sentences (the fact family,
// also with the whole first) and its stem sentence. Also the standard partition of a value by place
// (47 -> 40 and 7) and the rule that tells standard from non-standard partitions (30 and 17).
// The state (PartWhole) is a derived view: the engine holds the numbers (a group's Quantity) and
// bar_views.hpp builds this view from it; the free functions here only ask questions of the view.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

inline constexpr int kMinParts = 2;
inline constexpr int kMaxParts = 5;

// Where the whole is drawn relative to its parts.
enum class Orientation : int { WholeAbove = 0, WholeRight = 1, WholeBelow = 2, WholeLeft = 3 };
inline constexpr int kOrientationCount = 4;

// One circle (or one bar, in the bar models): a value, or unknown ("?") when value is empty.
// `revealed` only matters for an unknown: its worked-out value is then shown instead of "?".
struct Cell {
    std::optional<Value> value;
    bool revealed = false;
    bool operator==(const Cell&) const = default;
};
// A known cell / an unknown cell.
Cell knownCell(Value v);
Cell unknownCell();

// The state of one part-whole model.
// Invariants (checkPartWhole): kMinParts..kMaxParts parts; at most one circle unknown; when every circle
// is known the parts add up to the whole; when a part is unknown the other parts do not add up to more
// than the whole; when the whole is unknown the parts add up to no more than the largest number.
struct PartWhole {
    Cell whole;
    std::vector<Cell> parts;
    Orientation orientation = Orientation::WholeAbove;
    bool operator==(const PartWhole&) const = default;
};

// ---- Working out the unknown (shared with the part-whole bar) -----------------------------------------------

// Every value of a whole and its parts, once worked out.
struct WholeAndParts {
    Value whole;
    std::vector<Value> parts;
    bool operator==(const WholeAndParts&) const = default;
};
// Works out the unknown of whole = part + part + ...: the whole from the parts, or one part from the whole
// and the others. Refuses (with the reason) two or more unknowns ("cannot be worked out yet"), other parts
// adding up to more than the whole, known values that do not add up, and sums beyond the largest number.
// Needs at least one part.
Result<WholeAndParts> solveWholeAndParts(const Cell& whole, const std::vector<Cell>& parts);
// The rules a whole and its parts keep, shared with the part-whole bar: at most one unknown, and the known
// values fit together.
Status checkWholeAndParts(const Cell& whole, const std::vector<Cell>& parts);

// ---- Making and checking --------------------------------------------------------------------------------------

// A model from a whole and parts (at most one of them unknown). Refuses fewer than kMinParts or more than
// kMaxParts parts, two or more unknowns and values that do not fit together (see the invariants).
Result<PartWhole> makePartWhole(const Cell& whole, const std::vector<Cell>& parts,
                                Orientation orientation = Orientation::WholeAbove);
// The given state if it keeps every invariant, else the reason (for board files).
Result<PartWhole> checkPartWhole(const PartWhole& model);
// The model of the standard partition by place: 47 -> whole 47, parts 40 and 7; 347 -> 300, 40, 7.
// Refuses values with fewer than 2 or more than 5 non-zero places (7, 40, 1,234,567).
Result<PartWhole> standardPartWhole(Value whole);

// How many circles are unknown (whole included).
int unknownCount(const PartWhole& model);
// Every value, when it can be worked out (see solveWholeAndParts).
Result<WholeAndParts> solve(const PartWhole& model);
// The value of the whole / of part `index`: known, or worked out. Refuses what cannot be worked out
// and a part that is not there.
Result<Value> wholeValue(const PartWhole& model);
Result<Value> partValue(const PartWhole& model, int index);

// The view with the worked-out values of the unknown circles shown (or hidden again); nothing else changes.
PartWhole reveal(const PartWhole& model, bool revealed = true);

// ---- Orientation ------------------------------------------------------------------------------------------------

// "whole above", "whole on the right", ... (for describing the board). The engine turns a model with the
// SetOrientation command (a model's Layouts keep its orientation).
std::string orientationName(Orientation orientation);

// ---- Partitions ----------------------------------------------------------------------------------------------

// The standard partition of a value by place, highest place first, zero places left out:
// 47 -> {40, 7}; 3.07 -> {3, 0.07}; 40 -> {40}; 0 -> {} (empty).
std::vector<Value> standardPartition(Value v);
enum class PartitionKind : int {
    Standard,     // the parts are the standard partition of the whole, in any order (40 and 7; 7 and 40)
    NonStandard,  // any other parts that add up to the whole (30 and 17; 20, 20 and 7)
    Unknown       // something is unknown, so it cannot be said yet
};
PartitionKind partitionKind(const PartWhole& model);

// ---- Sentences --------------------------------------------------------------------------------------------------

// Number sentences: with the whole last ("7 + 2 = 9") and with the whole first ("9 = 7 + 2").
struct FactFamily {
    std::vector<std::string> wholeLast;
    std::vector<std::string> wholeFirst;
    bool operator==(const FactFamily&) const = default;
};
// For 2 parts a, b and whole w: a + b = w, b + a = w, w - b = a, w - a = b, and w = a + b, w = b + a,
// a = w - b, b = w - a. For 3 to 5 parts: the addition sentence with the parts in order and in reverse
// order, and the same with the whole first. A sentence that would repeat (5 + 5 = 10) is given once.
// An unknown circle shows "?" unless revealed (then its worked-out value, when there is one).
FactFamily factFamily(const PartWhole& model);
// "The whole is 9. One part is 7. The other part is 2." With more parts, the middle ones read "Another
// part is __.". Unknown circles read "?" (or their worked-out value when revealed).
std::string stemSentence(const PartWhole& model);
// The same stem sentence with every value left blank ("The whole is __. ..."), for kMinParts..kMaxParts.
Result<std::string> blankStemSentence(int partCount);

// What a circle shows: its numeral, the worked-out numeral when it is revealed, otherwise "?".
std::string cellText(const Cell& cell, const std::optional<Value>& workedOut);

}  // namespace tenfold::model
