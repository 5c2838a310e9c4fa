// Fraction: an exact fraction n/d (1 <= d <= 100) for bar models and equal parts: "3/4 of 24 is 18".
// Compared by value (1/8 < 1/4, 2/4 == 1/2), simplified on request, never converted to floating point.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

inline constexpr std::int64_t kMaxDenominator = 100;
inline constexpr std::int64_t kMaxNumerator = 1000;  // improper fractions up to 10 wholes of hundredths

class Fraction {
  public:
    // Refuses a denominator outside 1..100 and a numerator outside 0..1000.
    static Result<Fraction> make(std::int64_t numerator, std::int64_t denominator);
    // Reads "3/4", " 3 / 4 ", "5" (a whole number, denominator 1).
    static Result<Fraction> parse(std::string_view text);

    [[nodiscard]] std::int64_t numerator() const { return numerator_; }
    [[nodiscard]] std::int64_t denominator() const { return denominator_; }
    [[nodiscard]] bool isProper() const { return numerator_ < denominator_; }
    [[nodiscard]] bool isUnit() const { return numerator_ == 1; }

    // Equal and ordered by value: 2/4 == 1/2, 1/8 < 1/4.
    friend bool operator==(const Fraction& a, const Fraction& b);
    friend std::strong_ordering operator<=>(const Fraction& a, const Fraction& b);

  private:
    Fraction(std::int64_t n, std::int64_t d) : numerator_(n), denominator_(d) {}
    std::int64_t numerator_ = 0;
    std::int64_t denominator_ = 1;
};

// Same written form, not just the same value (2/4 and 1/2 are not identical).
bool identical(const Fraction& a, const Fraction& b);
// Lowest terms: 6/8 -> 3/4, 0/5 -> 0/1.
Fraction simplify(const Fraction& f);
// "3/4"
std::string fractionText(const Fraction& f);
// "3/4 of 24" -> 18. Refuses when the result is not a whole number of thousandths (1/3 of 1) or too big.
Result<Value> fractionOf(const Fraction& f, Value whole);

}  // namespace tenfold::model
