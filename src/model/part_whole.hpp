// Part-whole ("cherry") model: a whole and 2 to 5 parts, any circle may be unknown ("?"). The unknown is
// worked out when it can be (whole = sum of the parts; a part = whole minus the other parts), the model
// can be drawn with the whole above, below, left or right, and it gives its number sentences (the fact
// family, also with the whole first) and its stem sentence. Also the standard partition of a value by
// place (47 -> 40 and 7) and the rule that tells standard from non-standard partitions (30 and 17).
// The state (PartWhole) is a plain value; the free functions derive from it or return a changed copy.
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
// Invariants (checkPartWhole): 2..5 parts; when every circle is known the parts add up to the whole;
// when only one part is unknown the other parts do not add up to more than the whole; when only the
// whole is unknown the parts add up to no more than the largest number.
struct PartWhole {
    Cell whole;
    std::vector<Cell> parts;
    Orientation orientation = Orientation::WholeAbove;
    bool operator==(const PartWhole&) const = default;
};

// ---- Working out the unknown (shared with the bar models) --------------------------------------------------

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
// The rules every change keeps, shared with the part-whole bar:
// the known values fit together (two or more unknowns are allowed here: nothing is worked out yet).
Status checkWholeAndParts(const Cell& whole, const std::vector<Cell>& parts);
// After the parts changed: when every part and the whole are known, the whole becomes the parts' sum
// (the whole follows the parts); otherwise the whole is kept. Refuses a sum beyond the largest number.
Result<Cell> wholeFollowingParts(const Cell& whole, const std::vector<Cell>& parts);
// Before the whole changes: refuses a new whole that differs from the sum of parts that are all known,
// or that is smaller than the known parts add up to.
Status checkNewWhole(const Cell& newWhole, const std::vector<Cell>& parts);

// ---- Making, checking, changing --------------------------------------------------------------------------------

// A model from a whole and parts (each possibly unknown). Refuses fewer than 2 or more than 5 parts and
// values that do not fit together (see the invariants).
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

// Sets (or, with an unknown cell, clears) a part's value, keeping the others. When afterwards every
// circle is known, the whole follows the parts (it becomes their sum). Refuses a part that is not there
// and a value that does not fit (the known parts would add up to more than a known whole).
Result<PartWhole> setPart(const PartWhole& model, int index, const Cell& part);
// Sets (or clears) the whole. Refuses a whole that does not fit the known parts: smaller than the parts
// add up to, or, when every part is known, different from their sum (make a part unknown first).
Result<PartWhole> setWhole(const PartWhole& model, const Cell& whole);
// Adds a part at the end (unknown by default); at most 5. When every circle is then known the whole
// follows the parts.
Result<PartWhole> addPart(const PartWhole& model, const Cell& part = unknownCell());
// Removes part `index`; at least 2 stay. When every circle is then known the whole follows the parts.
Result<PartWhole> removePart(const PartWhole& model, int index);
// Shows (or hides again) the worked-out values of the unknown circles; nothing else changes.
PartWhole reveal(const PartWhole& model, bool revealed = true);

// ---- Orientation ------------------------------------------------------------------------------------------------

PartWhole setOrientation(const PartWhole& model, Orientation orientation);
// Turns the picture a quarter turn clockwise: whole above -> right -> below -> left -> above.
PartWhole rotateClockwise(const PartWhole& model);
// "whole above", "whole on the right", ... (for describing the board).
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
// The same stem sentence with every value left blank ("The whole is __. ..."), for 2..5 parts.
Result<std::string> blankStemSentence(int partCount);

// What a circle shows: its numeral, the worked-out numeral when it is revealed, otherwise "?".
std::string cellText(const Cell& cell, const std::optional<Value>& workedOut);

}  // namespace tenfold::model
