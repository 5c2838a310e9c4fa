// Taking away and comparing on a place value chart. Take-away: while pieces (or coins) are being taken
// away, the chart writes its number sentence ("52 - 37 = 15"), and when a column has run out while a
// larger place still has pieces it says which exchange comes next ("To take away more ones, exchange a
// ten for ten ones."), naming the column whose Break gives them. Rows: a chart of several numbers, one
// per row, compares and orders them ("0.45 < 0.5", "The first place that differs is the tenths: ...").
// Pure rules, all text from the table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/board.hpp"
#include "model/place_value.hpp"

namespace tenfold::model {

// "52 - 37 = 15" while something has been taken away from the chart (its takeAwayFrom is above `now`).
std::optional<std::string> takeAwaySentence(const PiecesLayout& layout, Value now);
// "£5 - £1.20 = £3.80" for coins taken out of a purse.
std::optional<std::string> takeAwaySentence(const MoneyLayout& money, std::int64_t nowPence);

// The exchange a take-away needs next: the lowest column that has run out (`empty`) while a larger place
// still has pieces, and the nearest such place (`from`, whose Break gives ten of the place below it).
struct ExchangeHint {
    Place empty = Place::Ones;
    Place from = Place::Tens;
    std::string text;  // "To take away more ones, exchange a ten for ten ones."
};
// Only during a take-away, in a chart, and only for places the number used or the ones (a chart of 52 has
// no hint about tenths); nothing when no larger place has pieces left.
std::optional<ExchangeHint> takeAwayHint(const PiecesLayout& layout, const PlaceCounts& counts);

// ---- Several numbers in one chart ------------------------------------------------------------------------
// The numbers of a rows chart compared: two in their order ("0.45 < 0.5", "0.5 > 0.45", "0.5 = 0.50" is
// "0.5 = 0.5"); three or more from the smallest ("0.405 < 0.45 < 0.5"). Empty for fewer than two.
std::string compareSymbols(const std::vector<Value>& rows);
// In words: "0.45 is less than 0.5.", "47 is equal to 47.", "From the smallest: 0.405, 0.45 and 0.5."
std::string compareWords(const std::vector<Value>& rows);
// Why, for two different numbers: the largest place where their digits differ. "The first place that
// differs is the tenths: 4 tenths is less than 5 tenths." Nothing when they are equal.
std::optional<std::string> compareReason(Value a, Value b);

}  // namespace tenfold::model
