// Bar models: (1) the part-whole bar (whole bar above, parts below), (2) comparison bars (2 or 3 bars
// aligned at the left, the difference between the longest and each other marked), (3) equal-part bars
// (a whole in n equal parts, k shaded: "3/4 of 24 is 18"). Any one value may be unknown ("?") and is worked
// out when it can be. Every bar may carry a label; a model carries one unit ("cm", "kg", "£" or none)
// that goes into its sentences ("£24", "24 cm"). Layout helpers give proportional lengths for drawing
// only (the longest bar fills the width); values always stay exact.
// States are plain values; the free functions derive from them or return a changed copy or a refusal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/part_whole.hpp"
#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

inline constexpr int kMinBarParts = 2;          // parts of a part-whole bar
inline constexpr int kMaxBarParts = 10;
inline constexpr int kMinComparisonBars = 2;
inline constexpr int kMaxComparisonBars = 3;
inline constexpr int kMinEqualParts = 1;
inline constexpr int kMaxEqualParts = 100;
inline constexpr std::size_t kMaxLabelBytes = 40;  // a bar's label ("Tom", "Apples")
inline constexpr std::size_t kMaxUnitBytes = 8;    // "cm", "kg", "ml", "£"
// The units a bar can be given with one tap (no keyboard at a whiteboard); "" is none.
inline constexpr std::string_view kBarUnits[] = {"", "cm", "m", "g", "kg", "ml", "l", "\u00a3", "p"};

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

// Invariants (checkPartWholeBar): 2..10 parts; values fit together as in the part-whole model; label and
// unit short enough.
struct PartWholeBar {
    Bar whole;
    std::vector<Bar> parts;
    std::string unit;
    bool operator==(const PartWholeBar&) const = default;
};
Result<PartWholeBar> makePartWholeBar(const Bar& whole, const std::vector<Bar>& parts, std::string unit = {});
Result<PartWholeBar> checkPartWholeBar(const PartWholeBar& bar);
Result<WholeAndParts> solve(const PartWholeBar& bar);
// Resizing a segment: sets a part's value (or makes it unknown), keeping the others; when every value is
// then known the whole follows the parts. Refuses as the part-whole model does.
Result<PartWholeBar> setPart(const PartWholeBar& bar, int index, const Cell& part);
// Sets (or clears) the whole, refusing a whole that does not fit the known parts.
Result<PartWholeBar> setWhole(const PartWholeBar& bar, const Cell& whole);
Result<PartWholeBar> addPart(const PartWholeBar& bar, const Bar& part = unknownBar());
Result<PartWholeBar> removePart(const PartWholeBar& bar, int index);
Result<PartWholeBar> setLabel(const PartWholeBar& bar, int index, std::string label);  // -1: the whole
Result<PartWholeBar> setUnit(const PartWholeBar& bar, std::string unit);
// Shows (or hides again) the worked-out values of the unknowns.
PartWholeBar reveal(const PartWholeBar& bar, bool revealed = true);
// "The whole is 24 cm. One part is 16 cm. The other part is ? cm." (stem sentences for 2..10 parts).
std::string stemSentence(const PartWholeBar& bar);
// "16 cm + 8 cm = 24 cm" (the unknown as "?" unless revealed).
std::string additionSentence(const PartWholeBar& bar);

// Lengths for drawing, in board units. The whole bar is `width` long and the parts share it in proportion
// to their values. When the unknowns cannot be worked out, unknown parts share what the known parts leave
// of a known whole equally, or (whole unknown too) are drawn as long as the known parts on average (as
// one unit long when no part is known). All zero when everything is zero.
struct PartWholeBarLayout {
    double whole = 0.0;
    std::vector<double> parts;
};
PartWholeBarLayout layoutPartWholeBar(const PartWholeBar& bar, double width);

// ==== (2) Comparison bars =======================================================================================

// bars[i] + differences[i] = bars[longest] for every i; differences[longest] is always a known 0.
// Invariants (checkComparison): 2 or 3 bars, as many differences, longest in range, differences[longest]
// a known 0, known values fitting together, no known bar longer than a known longest bar.
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
// Resizing a bar: sets its value (or makes it unknown). Known differences follow the bars. When every bar
// is then known, the longest is found again. Refuses a bar longer than a known longest bar while some bar
// is unknown, and values that do not fit.
Result<ComparisonBars> setBar(const ComparisonBars& bars, int index, const Cell& value);
// Sets a difference (not the longest bar's). When its bar and the longest are both known, its bar follows.
Result<ComparisonBars> setDifference(const ComparisonBars& bars, int index, const Cell& difference);
Result<ComparisonBars> setLabel(const ComparisonBars& bars, int index, std::string label);
Result<ComparisonBars> setUnit(const ComparisonBars& bars, std::string unit);
// Shows (or hides again) every worked-out value.
ComparisonBars reveal(const ComparisonBars& bars, bool revealed = true);
// For bar `index` (not the longest): "The difference between 13 cm and 5 cm is 8 cm." Unknowns read "?".
Result<std::string> differenceSentence(const ComparisonBars& bars, int index);
// "13 is 8 more than 5." and "5 is 8 less than 13." (unknowns read "?").
Result<std::string> moreThanSentence(const ComparisonBars& bars, int index);
Result<std::string> lessThanSentence(const ComparisonBars& bars, int index);

// The longest bar is `width` long; every other bar and difference in proportion. Unknowns that cannot be
// worked out are drawn as half the longest bar (differences fill the rest); an unknown longest bar
// with no way to work it out is drawn half as long again as the longest known length.
struct ComparisonLayout {
    std::vector<double> bars;
    std::vector<double> differences;  // drawn after each bar, ending where the longest bar ends
};
ComparisonLayout layoutComparison(const ComparisonBars& bars, double width);

// ==== (3) Equal-part bars =======================================================================================

// A whole in `parts` equal parts with `shaded` of them shaded. The whole and the shaded amount are each a
// cell: normally the whole is known and the shaded amount unknown (worked out), or the other way round
// ("2/3 of ? is 16"). Invariants (checkEqualParts): 1 <= parts <= 100, 0 <= shaded <= parts, the whole
// shares exactly into the parts (to thousandths), known values fit together.
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
// Refuses parts outside 1..100, shaded outside 0..parts and a whole that does not share exactly (10 in 3).
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
// Changes that keep the other settings, refusing anything that would break an invariant (a whole that
// does not share exactly, more shaded parts than parts). Setting a known whole makes the shaded amount the
// unknown again (worked out from the whole); setting a known shaded amount makes the whole the unknown.
Result<EqualPartBar> setWhole(const EqualPartBar& bar, const Cell& whole);
Result<EqualPartBar> setParts(const EqualPartBar& bar, int parts);
Result<EqualPartBar> setShaded(const EqualPartBar& bar, int shaded);
Result<EqualPartBar> setShadedAmount(const EqualPartBar& bar, const Cell& amount);
Result<EqualPartBar> setLabel(const EqualPartBar& bar, std::string label);
Result<EqualPartBar> setUnit(const EqualPartBar& bar, std::string unit);
EqualPartBar reveal(const EqualPartBar& bar, bool revealed = true);
// "3/4 of 24 is 18." ("3/4 of £24 is £18.", unknowns as "?").
std::string fractionSentence(const EqualPartBar& bar);
// "24 in 3 equal parts is 8 in each part." (one equal part: "24 in 1 equal part is 24.").
std::string equalPartsSentence(const EqualPartBar& bar);
// Reads the shaded part of the bar: "2 of the 3 equal parts are shaded: 16.", "1 of the 4 equal parts is
// shaded: 6.", "The whole bar is shaded: 24." (all parts shaded).
std::string shadedSentence(const EqualPartBar& bar);
// Every part is width / parts long.
std::vector<double> layoutEqualParts(const EqualPartBar& bar, double width);

}  // namespace tenfold::model
