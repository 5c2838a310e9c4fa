// Value: an exact, non-negative quantity from 0 to 9,999,999.999, held as a whole number of thousandths.
// Also the places (thousandths .. millions) and the arithmetic the models need, all refusing with a reason
// instead of going negative, out of range or inexact. No floating point anywhere.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/result.hpp"

namespace tenfold::model {

// The places Tenfold can show, named by their power of ten (Ones = 10^0).
enum class Place : int {
    Thousandths = -3,
    Hundredths = -2,
    Tenths = -1,
    Ones = 0,
    Tens = 1,
    Hundreds = 2,
    Thousands = 3,
    TenThousands = 4,
    HundredThousands = 5,
    Millions = 6
};
inline constexpr int kPlaceCount = 10;  // Thousandths..Millions
inline constexpr Place kLowestPlace = Place::Thousandths;
inline constexpr Place kHighestPlace = Place::Millions;
// Every place, lowest first.
inline constexpr std::array<Place, kPlaceCount> kAllPlaces{
    Place::Thousandths, Place::Hundredths, Place::Tenths,           Place::Ones,
    Place::Tens,        Place::Hundreds,   Place::Thousands,        Place::TenThousands,
    Place::HundredThousands, Place::Millions};

inline constexpr std::int64_t kMilliPerOne = 1000;         // a Value counts thousandths
inline constexpr std::int64_t kMaxMilli = 9'999'999'999;   // 9,999,999.999
inline constexpr std::int64_t kMaxWhole = 9'999'999;       // the largest whole number
inline constexpr int kMaxDecimalPlaces = 3;                // thousandths

// True for the ten places above (guards against a Place made from an arbitrary int).
constexpr bool isPlace(Place p) {
    const int e = static_cast<int>(p);
    return e >= static_cast<int>(kLowestPlace) && e <= static_cast<int>(kHighestPlace);
}
// 0 for Thousandths .. 9 for Millions. Precondition: isPlace(p).
constexpr int placeIndex(Place p) { return static_cast<int>(p) - static_cast<int>(kLowestPlace); }
// The place one to the left / right, if there is one.
std::optional<Place> placeAbove(Place p);
std::optional<Place> placeBelow(Place p);
// The value of one in that place, in thousandths: 10^(place+3). Ones -> 1000, Tenths -> 100,
// Millions -> 1,000,000,000. Returns 0 for something that is not a place.
std::int64_t placeMilli(Place p);

class Value {
  public:
    constexpr Value() = default;  // zero

    // Refuses negative numbers and anything above 9,999,999.999.
    static Result<Value> fromMilli(std::int64_t milli);
    static Result<Value> whole(std::int64_t n);
    // Reads what a teacher types: "47", "1,234", " 12 ", "0.45", "3.07", ".5". Refuses empty text,
    // signs, letters, misplaced commas, more than three decimal places and numbers out of range, each with
    // its own reason.
    static Result<Value> parse(std::string_view text);
    // Reads a number as a JSON file writes it ("47", "0.45", "1e6", "1000000.0", "2.5E+2"), exactly: never
    // through a double, so 0.0009999999999999999999 is refused rather than rounded to 0.001. Refuses
    // numbers below zero, above 9,999,999.999 or finer than thousandths, quoting (an excerpt of) the text.
    static Result<Value> fromJsonNumber(std::string_view written);

    [[nodiscard]] constexpr std::int64_t milli() const { return milli_; }
    [[nodiscard]] constexpr bool isWhole() const { return milli_ % kMilliPerOne == 0; }
    [[nodiscard]] constexpr bool isZero() const { return milli_ == 0; }
    [[nodiscard]] constexpr std::int64_t wholePart() const { return milli_ / kMilliPerOne; }
    // The thousandths after the decimal point, 0..999.
    [[nodiscard]] constexpr std::int64_t fractionMilli() const { return milli_ % kMilliPerOne; }
    // How many decimal places are needed to write it exactly (0..3): 3.07 -> 2, 0.450 -> 2, 12 -> 0.
    [[nodiscard]] int decimalPlaces() const;

    auto operator<=>(const Value&) const = default;

  private:
    constexpr explicit Value(std::int64_t milli) : milli_(milli) {}
    std::int64_t milli_ = 0;
};

// A number written in JSON's form, read exactly as a whole count of thousandths ("0.45" -> 450,
// "-2" -> -2000, "1e6" -> 1,000,000,000). `problem` says why there is none: the text is not a JSON number,
// it is not a whole number of thousandths (0.0005), or it is 10^18 thousandths or more either way.
enum class NumberProblem { None, NotJsonNumber, NotThousandths, TooLarge };
struct ExactMilli {
    std::int64_t milli = 0;
    NumberProblem problem = NumberProblem::None;
};
ExactMilli readJsonNumberMilli(std::string_view written);

// Arithmetic that refuses instead of leaving the range: a - b refuses when b > a ("take away more than
// there is"), a + b and a * n refuse above 9,999,999.999.
Result<Value> add(Value a, Value b);
Result<Value> subtract(Value a, Value b);
Result<Value> multiply(Value a, std::int64_t factor);
// a shared into `parts` equal parts; refuses 0 parts and shares that are not a whole number of thousandths
// (10 into 3 equal parts).
Result<Value> divideEqually(Value a, std::int64_t parts);

}  // namespace tenfold::model
