// Bead string: a string of 10, 20, 50 or 100 beads. Beads are counted by pushing them to the left-hand
// side; dividers split the string into parts; a cover hides a run of beads ("how many are hidden?"); a
// count-on marker shows bridging ten (8 + 5 as 8, then 2 to make 10, then 3 more).
// The state (BeadString) is a plain value; everything shown is derived from it by the pure functions
// below, and every change is a function that returns the new state or a refusal with a reason.
//
// Numbering: beads are numbered 1..size from the left. A position is a gap between beads, 0..size:
// position p lies just after bead p (a divider at position 7 of a 10-string splits it 7 | 3).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// The lengths a bead string comes in.
inline constexpr std::array<int, 4> kBeadStringSizes{10, 20, 50, 100};
inline constexpr int kLargestBeadString = 100;
// The colour changes every 5 beads on the short strings and every 10 on the 100-string.
inline constexpr int kShortStringColourGroup = 5;
inline constexpr int kLongStringColourGroup = 10;
// Bridging ten counts on to the next multiple of this.
inline constexpr int kBridgeBase = 10;

// A cover over beads first..last (inclusive, 1-based). It always hides at least one bead.
struct BeadCover {
    int first = 1;
    int last = 1;
    bool operator==(const BeadCover&) const = default;
};

// A count-on marker: start at `start` (0..size) and count on `add` more beads (start + add <= size).
struct CountOnMarker {
    int start = 0;
    int add = 0;
    bool operator==(const CountOnMarker&) const = default;
};

// The whole state of one bead string.
// Invariants (checkBeadString): size is one of kBeadStringSizes; 0 <= counted <= size; dividers sorted,
// distinct, each in 1..size-1; a cover lies within 1..size with first <= last; a count-on marker fits.
struct BeadString {
    int size = kBeadStringSizes[0];
    int counted = 0;               // beads pushed to the left-hand (counted) side: beads 1..counted
    std::vector<int> dividers;     // positions, sorted and distinct
    std::optional<BeadCover> cover;
    std::optional<CountOnMarker> countOn;
    bool operator==(const BeadString&) const = default;
};

// ---- Making and checking -------------------------------------------------------------------------------

// A fresh string with no beads counted, no dividers, no cover. Refuses sizes other than 10, 20, 50, 100.
Result<BeadString> makeBeadString(int size);
// The given state if it keeps every invariant, else the first broken rule as a reason (for board files).
Result<BeadString> checkBeadString(const BeadString& beads);
// The smallest bead string that can show a value as beads: 7 -> 10, 47 -> 50, 100 -> 100. Refuses
// decimals (a bead is one) and anything above 100.
Result<int> beadStringSizeFor(Value v);

// ---- Colour groups --------------------------------------------------------------------------------------

// Where a string's colour changes: by its length (every 5 beads, every 10 on the 100-string), or every 5
// or every 10 on every string (a board setting).
enum class BeadColours : std::uint8_t { ByLength, Fives, Tens };
inline constexpr int kBeadColoursCount = 3;
std::string_view beadColoursId(BeadColours c);  // "by-length", "fives", "tens"
std::optional<BeadColours> beadColoursFromId(std::string_view id);
// The group size for a string of `size` beads with the board's choice (0 for a size that is not a string).
int colourGroupSize(int size, BeadColours choice);

// 5 for the 10-, 20- and 50-strings, 10 for the 100-string (0 for a size that is not a bead string).
int colourGroupSize(int size);
// Which colour group bead `bead` (1..size) is in, counting from 0: on a 20-string beads 1-5 are group 0,
// 6-10 group 1, ... A renderer alternates two colours by group % 2. Refuses a bead that is not there.
Result<int> colourGroupOf(const BeadString& beads, int bead);
// The group of every bead, bead 1 first (size entries).
std::vector<int> colourGroups(const BeadString& beads);

// ---- Counting by pushing beads ----------------------------------------------------------------------------

// Beads on the counted (left-hand) side and on the other side.
int countedBeads(const BeadString& beads);
int uncountedBeads(const BeadString& beads);
// Whether bead `bead` is on the counted side (false for a bead that is not there).
bool isCounted(const BeadString& beads, int bead);
// Sets how many are counted (0..size).
Result<BeadString> setCounted(const BeadString& beads, int counted);
// Pushes `n` more beads to the counted side (refuses when there are not that many left to push).
Result<BeadString> pushBeads(const BeadString& beads, int n);
// Pulls `n` beads back from the counted side (refuses when fewer than n are counted).
Result<BeadString> pullBeads(const BeadString& beads, int n);
// What touching a bead does: an uncounted bead is pushed across together with every bead before it
// (counted becomes `bead`); a counted bead is pulled back with every bead after it (counted becomes
// bead - 1). Refuses a bead that is not there.
Result<BeadString> touchBead(const BeadString& beads, int bead);

// ---- Dividers and parts ----------------------------------------------------------------------------------

// Adds a divider at position 1..size-1 (refuses the ends and a place that already has one).
Result<BeadString> addDivider(const BeadString& beads, int position);
// Moves the divider at `from` to `to` (refuses when there is none at `from`, or `to` is taken or off the
// string). Dividers stay sorted; moving one past another is allowed.
Result<BeadString> moveDivider(const BeadString& beads, int from, int to);
// Removes the divider at `position` (refuses when there is none there).
Result<BeadString> removeDivider(const BeadString& beads, int position);
// Removes every divider.
BeadString clearDividers(const BeadString& beads);
// How many beads are in each part, left to right: a 10-string with a divider at 7 -> {7, 3}; no
// dividers -> {size}.
std::vector<int> partSizes(const BeadString& beads);
// "7 and 3 make 10." for any number of parts ("2, 5 and 3 make 10.").
std::string partsSentence(const BeadString& beads);

// ---- Cover: how many are hidden? --------------------------------------------------------------------------

// Covers beads first..last (1-based, inclusive). Refuses an empty or reversed range and beads not there.
Result<BeadString> setCover(const BeadString& beads, int first, int last);
BeadString clearCover(const BeadString& beads);
// Hidden and visible beads (no cover: 0 hidden, all visible).
int hiddenBeads(const BeadString& beads);
int visibleBeads(const BeadString& beads);
// Whether bead `bead` is under the cover.
bool isHidden(const BeadString& beads, int bead);
// "There are 10 beads. 6 can be seen. How many are hidden?" Refuses when nothing is covered.
Result<std::string> coverQuestion(const BeadString& beads);
// "10 is 6 and 4." (the answer, to reveal). Refuses when nothing is covered.
Result<std::string> coverAnswer(const BeadString& beads);

// ---- Count on, bridging ten -------------------------------------------------------------------------------

// One hop of counting on: from `from`, `by` more, to `to`.
struct BridgeStep {
    int from = 0;
    int by = 0;
    int to = 0;
    bool operator==(const BridgeStep&) const = default;
};
// Puts a count-on marker for start + add. Refuses a start off the string, add < 1, and a total beyond the
// last bead.
Result<BeadString> setCountOn(const BeadString& beads, int start, int add);
BeadString clearCountOn(const BeadString& beads);
// The hops for start + add through the next ten: 8 + 5 -> {8 +2 -> 10}, {10 +3 -> 13}. One hop when no
// ten is crossed (3 + 4, 10 + 5) or the sum lands on the ten (6 + 4). Refuses negative numbers and add < 1.
Result<std::vector<BridgeStep>> bridgeSteps(int start, int add);
// The hops of the string's marker (refuses when there is no marker).
Result<std::vector<BridgeStep>> bridgeSteps(const BeadString& beads);
// "8 + 5 = 13: 8 and 2 make 10, and 3 more make 13." or, without a ten to bridge, "3 + 4 = 7."
// Refuses as bridgeSteps does.
Result<std::string> bridgeSentence(int start, int add);

}  // namespace tenfold::model
