// Variation: the next step made from a step by changing one thing, as mastery teachers do: the number (by
// a rule: times ten, one more ten, one more hundred, the next multiple of n), the representation (the
// same number in the next representation in the concrete-pictorial-abstract order), or the unknown
// (another part of the finished model becomes the "?": the answer board, when the step has one, with the
// "?" moved on from where the step had it). The result is an ordinary step (its check, answer board and
// the numbers in its prompt follow), with an empty command log. Every rule is a pure function.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/lesson.hpp"

namespace tenfold::model {

enum class NumberRule : int { TimesTen, OneMoreTen, OneMoreHundred, NextMultiple };
enum class VaryWhat : int { Number, Representation, Unknown };

struct Variation {
    VaryWhat what = VaryWhat::Number;
    NumberRule rule = NumberRule::TimesTen;  // for VaryWhat::Number
    std::int64_t multipleOf = 0;             // for NumberRule::NextMultiple: 2 or more
};

// Concrete with size (blocks, beads), concrete without size (counters), pictorial (part-whole, bar),
// abstract (numeral): the order "the next representation" follows. Money is a context of its own (whole
// pence), not a step of that order.
inline constexpr std::array<Representation, 6> kCpaOrder{
    Representation::Blocks, Representation::Beads, Representation::Counters,
    Representation::PartWhole, Representation::Bar, Representation::Numeral};

// 47 -> 470 (times ten), 57 (one more ten), 147 (one more hundred), 50 (next multiple of 5 or 10).
// Refuses results above the largest number and a multiple below 2.
Result<Value> varyNumber(Value v, NumberRule rule, std::int64_t multipleOf = 0);
// The quantity with its whole varied and its arrangement kept as far as it can be: times ten moves every
// piece one place up (4 tens and 13 ones -> 4 hundreds and 13 tens); equal parts stay equal; a standard
// partition stays standard (40 + 7 -> 50 + 7, keeping the number of parts); otherwise the piece is added
// to the part with most of that place. The "?" stays where it was.
Result<Quantity> varyQuantity(const Quantity& q, NumberRule rule, std::int64_t multipleOf = 0);
// The first kind after `current` in kCpaOrder that can show q (beads are skipped for 347).
Result<Representation> nextRepresentation(Representation current, const Quantity& q);
// The next "?": the whole, then each part in turn, then the whole again (comparison bars: the difference,
// then each bar). Refuses a quantity of one part (there is no other part).
Result<Unknown> nextUnknown(const Quantity& q, bool comparison);
// The text with every number that was changed written as its new value ("Show 47 as 40 and 7." with
// 47 -> 57 and 40 -> 50: "Show 57 as 50 and 7."). Numbers inside fractions (3/4) or words are kept.
std::string replaceNumbers(std::string_view text, const std::vector<std::pair<Value, Value>>& changes);
// The model a step is about: the check's model, else the first shown as the check asks, else the first.
const Model* mainModel(const Board& board, const std::optional<Check>& check);
// The next step, or the reason it cannot be made (a bead string cannot show 470, ...).
Result<Step> vary(const Step& step, const Variation& variation);

}  // namespace tenfold::model
