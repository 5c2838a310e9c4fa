// Bar models: (1) the part-whole bar (whole bar above, parts below), (2) comparison bars (2 or 3 bars
// aligned at the left, the difference between the longest and each other marked), (3) equal-part bars
// (a whole in n equal parts, k shaded: "3/4 of 24 is 18"). One value at a time may be unknown ("?") and
// is worked out. Every bar may carry a label; a model carries one unit ("cm", "kg", "£" or none) that
// goes into its sentences ("£24", "24 cm"). Layout functions give proportional lengths for drawing only
// (the whole, or the longest bar, fills the width); values always stay exact.
// The states are derived views: the engine holds the numbers (a group's Quantity and a model's
// BarLayout) and bar_views.hpp builds these views from them; the free functions only ask questions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/part_whole.hpp"
#include "model/quantity.hpp"
#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// The limits of each bar mode. A part-whole bar and an equal-part bar have as many parts as a linked
// group can have (a bar of twelfths); a number not split into parts is drawn as a single bar.
inline constexpr int kMinBarParts = 2;                  // parts of a part-whole bar
inline constexpr int kMaxBarParts = kMaxGroupParts;
inline constexpr int kMinComparisonBars = 2;
inline constexpr int kMaxComparisonBars = 3;
inline constexpr int kMinEqualParts = 1;
inline constexpr int kMaxEqualParts = kMaxGroupParts;
// A fraction wall: 1 to 12 rows under the whole, each row the whole cut into 1 to 12 equal parts.
inline constexpr int kMinFractionRows = 1;
inline constexpr int kMaxFractionRows = kMaxGroupParts;
inline constexpr int kMinFractionParts = 1;
inline constexpr int kMaxFractionParts = kMaxGroupParts;
inline constexpr std::size_t kMaxLabelBytes = 40;  // a bar's label ("Tom", "Apples")
inline constexpr std::size_t kMaxUnitBytes = 8;    // "cm", "kg", "ml", "£"
// The units a bar can be given with one tap (no keyboard at a whiteboard); "" is none.
inline constexpr std::string_view kBarUnits[] = {"", "cm", "m", "g", "kg", "ml", "l", "\u00a3", "p"};

// One row of a fraction wall: the whole cut into `parts` equal parts, the first `shaded` of them shaded
// ("3/8 of 1"). Layout only: a row never changes the number it shows (fraction_bars.hpp has its rules).
struct FractionRow {
    int parts = 2;
    int shaded = 0;
    bool operator==(const FractionRow&) const = default;
};

// One bar or segment: its value (or unknown) and an optional label.
struct Bar {
    Cell cell;
    std::string label;
    bool operator==(const Bar&) const = default;
};
Bar knownBar(Value v, std::string label = {});
Bar unknownBar(std::string label = {});

// A number with the model's unit: "24" + "cm" -> "24 cm", "£" -> "£24" (money shows pence as two digits:
// "£2.50"), "" -> "24". Also used for "?": "? cm", "£?".
std::string withUnit(std::string_view numeralText, std::string_view unit);
std::string valueWithUnit(Value v, std::string_view unit);
// Refuses a unit or label that is too long to show (or a unit with a digit or space in it).
Status checkUnit(std::string_view unit);
Status checkLabel(std::string_view label);

// ==== (1) Part-whole bar ========================================================================================

// Invariants (checkPartWholeBar): kMinBarParts..kMaxBarParts parts; at most one value unknown and the
// values fitting together, as in the part-whole model (checkWholeAndParts); labels and unit short enough.
struct PartWholeBar {
    Bar whole;
    std::vector<Bar> parts;
    std::string unit;
    bool operator==(const PartWholeBar&) const = default;
};
Result<PartWholeBar> makePartWholeBar(const Bar& whole, const std::vector<Bar>& parts, std::string unit = {});
Result<PartWholeBar> checkPartWholeBar(const PartWholeBar& bar);
Result<WholeAndParts> solve(const PartWholeBar& bar);
// Shows (or hides again) the worked-out value of the unknown.
PartWholeBar reveal(const PartWholeBar& bar, bool revealed = true);
// "The whole is 24 cm. One part is 16 cm. The other part is ? cm." (middle parts: "Another part is ...").
std::string stemSentence(const PartWholeBar& bar);
// "16 cm + 8 cm = 24 cm" (the unknown as "?" unless revealed).
std::string additionSentence(const PartWholeBar& bar);
// The bar's fact family, whole last: for parts a and b of w, "a + b = w", "b + a = w" and the subtraction
// facts "w - a = b", "w - b = a" ("47 - 40 = 7", "47 - 7 = 40"; with the unit: "47 cm - 40 cm = 7 cm").
// With more parts: the parts added in order and in reverse order, and the whole less every part but the
// last (then but the first). A fact that would repeat (5 + 5 = 10) is given once; unknowns read "?".
std::vector<std::string> barFacts(const PartWholeBar& bar);

// Lengths for drawing, in board units. The whole bar is `width` long and the parts share it in proportion
// to their values (the unknown's worked-out value included). When everything is zero, or nothing can be
// worked out (a state checkPartWholeBar refuses), the parts share it equally, so each can still be tapped.
struct PartWholeBarLayout {
    double whole = 0.0;
    std::vector<double> parts;
};
PartWholeBarLayout layoutPartWholeBar(const PartWholeBar& bar, double width);

// ==== (2) Comparison bars =======================================================================================

// bars[i] + differences[i] = bars[longest] for every i; differences[longest] is always a known 0.
// Invariants (checkComparison): kMinComparisonBars..kMaxComparisonBars bars, as many differences, longest
// in range, differences[longest] a known 0, known values fitting together, no known bar longer than a
// known longest bar, and every value worked out from what is known (one thing at a time is asked: a bar,
// or the differences).
struct ComparisonBars {
    std::vector<Bar> bars;      // top to bottom, all starting at the left edge
    std::vector<Cell> differences;
    int longest = 0;
    std::string unit;
    bool operator==(const ComparisonBars&) const = default;
};
// Bars with every value known: the longest is found (the first of equal longest ones) and the differences
// are left unknown, to be worked out ("13 and 5" -> the difference "?" is 8).
Result<ComparisonBars> makeComparison(const std::vector<Bar>& bars, std::string unit = {});
// Any mix of known and unknown, with the longest bar named and the differences given.
Result<ComparisonBars> makeComparison(const std::vector<Bar>& bars, const std::vector<Cell>& differences,
                                      int longest, std::string unit = {});
Result<ComparisonBars> checkComparison(const ComparisonBars& bars);

struct SolvedComparison {
    std::vector<Value> bars;
    std::vector<Value> differences;  // 0 for the longest bar
    bool operator==(const SolvedComparison&) const = default;
};
// Every value, or a refusal saying it cannot be worked out yet.
Result<SolvedComparison> solve(const ComparisonBars& bars);
// Shows (or hides again) every worked-out value.
ComparisonBars reveal(const ComparisonBars& bars, bool revealed = true);
// For bar `index` (not the longest): "The difference between 13 cm and 5 cm is 8 cm." Unknowns read "?".
Result<std::string> differenceSentence(const ComparisonBars& bars, int index);
// "13 is 8 more than 5." and "5 is 8 less than 13." (unknowns read "?").
Result<std::string> moreThanSentence(const ComparisonBars& bars, int index);
Result<std::string> lessThanSentence(const ComparisonBars& bars, int index);

// The longest bar is `width` long; every other bar and difference in proportion, with the worked-out
// values of the unknowns. Bars of nothing (the longest is 0) are all 0 long with no differences; bars
// that cannot be worked out (a state checkComparison refuses) are all drawn `width` long.
struct ComparisonLayout {
    std::vector<double> bars;
    std::vector<double> differences;  // drawn after each bar, ending where the longest bar ends
};
ComparisonLayout layoutComparison(const ComparisonBars& bars, double width);

// ==== (3) Equal-part bars =======================================================================================

// A whole in `parts` equal parts with `shaded` of them shaded. The whole and the shaded amount are each a
// cell: normally the whole is known and the shaded amount unknown (worked out), or the other way round
// ("2/3 of ? is 16"). Invariants (checkEqualParts): kMinEqualParts <= parts <= kMaxEqualParts,
// 0 <= shaded <= parts, the whole or the shaded amount known (at most one unknown, worked out from the
// other), the whole shares exactly into the parts (to thousandths), known values fit together.
struct EqualPartBar {
    Cell whole;
    int parts = 1;
    int shaded = 0;
    Cell shadedAmount;
    std::string label;
    std::string unit;
    bool operator==(const EqualPartBar&) const = default;
};
// A bar of `whole` in `parts` equal parts with `shaded` shaded (the shaded amount to be worked out).
// Refuses parts outside kMinEqualParts..kMaxEqualParts, shaded outside 0..parts and a whole that does not
// share exactly (10 in 3).
Result<EqualPartBar> makeEqualParts(Value whole, int parts, int shaded, std::string unit = {});
// The whole unknown, the shaded amount known: "2/3 of ? is 16".
Result<EqualPartBar> makeEqualPartsFromShaded(Value shadedAmount, int parts, int shaded,
                                              std::string unit = {});
Result<EqualPartBar> checkEqualParts(const EqualPartBar& bar);

struct SolvedEqualParts {
    Value whole;
    Value part;    // one equal part
    Value shaded;  // the shaded parts together
    bool operator==(const SolvedEqualParts&) const = default;
};
Result<SolvedEqualParts> solve(const EqualPartBar& bar);
EqualPartBar reveal(const EqualPartBar& bar, bool revealed = true);
// "3/4 of 24 is 18." ("3/4 of £24 is £18.", unknowns as "?").
std::string fractionSentence(const EqualPartBar& bar);
// "24 in 3 equal parts is 8 in each part." (one equal part: "24 in 1 equal part is 24.").
std::string equalPartsSentence(const EqualPartBar& bar);
// Reads the shaded part of the bar: "2 of the 3 equal parts are shaded: 16.", "1 of the 4 equal parts is
// shaded: 6.", "The whole bar is shaded: 24." (all parts shaded).
std::string shadedSentence(const EqualPartBar& bar);
// Every part is width / parts long (nothing for a count of parts outside the limits).
std::vector<double> layoutEqualParts(const EqualPartBar& bar, double width);

}  // namespace tenfold::model
