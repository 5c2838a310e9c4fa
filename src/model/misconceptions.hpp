// The catalogue of misconceptions a check can name: each is a pure rule over an Attempt (what a right model
// shows and what the board shows, with the pieces as they lie and the question that was asked), with an id
// for files and tools, a teacher-language explanation, an example and a child-facing hint, all from the text
// table. Checking a step uses diagnose() to explain a wrong model; the rules never decide right or wrong.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/fraction.hpp"
#include "model/place_value.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// In catalogue order, which is also the order diagnose() tries them.
enum class Misconception : int {
    PlaceHolderZero,    // 305 built as 35
    Concatenation,      // 4 tens and 13 ones read as 413
    DigitsSwapped,      // 47 built as 74
    CountingPieces,     // 6 tens and 3 ones read as 9
    TenNotExchanged,    // 1 more than 59 written as 510
    SmallerFromLarger,  // 52 - 37 answered as 25
    LargerDenominator,  // 1/8 taken for larger than 1/4
    LongerDecimal       // 0.45 taken for larger than 0.5
};
inline constexpr int kMisconceptionCount = 8;
inline constexpr std::array<Misconception, kMisconceptionCount> kMisconceptions{
    Misconception::PlaceHolderZero,   Misconception::Concatenation,     Misconception::DigitsSwapped,
    Misconception::CountingPieces,    Misconception::TenNotExchanged,   Misconception::SmallerFromLarger,
    Misconception::LargerDenominator, Misconception::LongerDecimal};

// A question the pupils were asked: a + b, or a - b.
struct Operation {
    Value a;
    Value b;
    bool subtract = false;
    bool operator==(const Operation&) const = default;
};
// a + b or a - b, refused out of range (a - b with b > a).
Result<Value> resultOf(const Operation& op);

// What was asked for and what is there.
struct Attempt {
    Value expected;                          // what a right model shows, or the right answer
    Value shown;                             // what the model shows, or the answer given
    std::vector<PlaceCounts> pieces;         // every arrangement of pieces on the board, as it lies
    std::optional<PlaceCounts> built;        // the pieces of the model being checked (blocks or counters)
    bool standardWanted = false;             // the check asked for the standard arrangement
    std::optional<Operation> question;       // the sum or difference that was asked
    std::optional<Fraction> expectedFraction;  // fraction checks: what should be shaded ...
    std::optional<Fraction> shownFraction;     // ... and what is
};

// ---- The rules (each pure; true when the attempt shows that thinking) ----------------------------------------
// The answer is the expected number with a zero that holds an empty place left out: 305 as 35, 109 as 19,
// 3.07 as 3.7.
bool placeHolderZeroLeftOut(const Attempt& a);
// Some pieces on the board, with ten or more in a column, read column by column as digits side by side:
// 4 tens and 13 ones read as 413 (or 413 built as 4 tens and 13 ones).
bool readByConcatenation(const Attempt& a);
// The same digits with two of them in each other's places: 47 as 74, 352 as 325.
bool digitsSwapped(const Attempt& a);
// Some pieces on the board counted one each, whatever their value: 6 tens and 3 ones read as 9 (or 9 built
// with 6 tens and 3 ones).
bool countedPiecesNotValue(const Attempt& a);
// Ten left in a column without exchanging: 1 more than 59 written 510 (5 tens and 10 ones read as digits),
// or the pieces built with ten or more in a column when the standard arrangement was asked for.
bool tenNotExchanged(const Attempt& a);
// In a subtraction, the smaller digit taken from the larger in every column: 52 - 37 answered 25.
bool smallerDigitFromLarger(const Attempt& a);
// Of two fractions with the same numerator, the one with the larger denominator taken for the larger:
// 1/8 shown when 1/4 was wanted.
bool largerDenominatorTakenAsLarger(const Attempt& a);
// A decimal with more digits after the point taken for the larger: 0.45 shown when 0.5 was wanted.
bool longerDecimalTakenAsLarger(const Attempt& a);

bool matches(Misconception m, const Attempt& a);
// The first misconception of the catalogue the attempt shows, if any.
std::optional<Misconception> diagnose(const Attempt& a);

// ---- Pure functions the rules use -------------------------------------------------------------------------------
// Counts of whole-number places written side by side, highest place first: 4 tens 13 ones -> 413,
// 1 hundred 0 tens 12 ones -> 1012. None with decimal places or above the largest whole number.
std::optional<Value> concatenatedReading(const PlaceCounts& counts);
// The column-by-column difference taking the smaller digit from the larger: (52, 37) -> 25. Whole numbers.
std::optional<Value> smallerFromLargerDifference(Value a, Value b);
// The numbers the expected one becomes with one or more of its place holder zeros left out (305 -> 35;
// 305,000 -> 35,000, 30,500, 3,500, ...; 3.07 -> 3.7).
std::vector<Value> withoutPlaceHolderZeros(Value v);

// ---- The catalogue's words -------------------------------------------------------------------------------------
std::string_view misconceptionId(Misconception m);  // "place-holder-zero", ...
std::optional<Misconception> misconceptionFromId(std::string_view id);
std::string misconceptionName(Misconception m);         // "Place holder zero left out"
std::string misconceptionExplanation(Misconception m);  // for the teacher: what the pupil thinks, what helps
std::string misconceptionExample(Misconception m);      // "305 built as 35"
// For the pupil, naming what was wanted and what is there: "This shows 35, not 305. ..."
std::string misconceptionHint(Misconception m, std::string_view expected, std::string_view shown);
// The same for an answer to a question, without giving the right answer away: "25 takes the smaller digit ..."
std::string misconceptionAnswerHint(Misconception m, std::string_view given);
// What to look at on the model: "the column with nothing in it".
std::string misconceptionLook(Misconception m);
// The catalogue's own example as an attempt (the rule of each entry matches its example).
Attempt misconceptionExampleAttempt(Misconception m);

}  // namespace tenfold::model
