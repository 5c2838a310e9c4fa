// Fraction: construction with range checks, reading "3/4", comparison by value, simplification and
// "n/d of a value" in exact thousandths.
#include "model/fraction.hpp"

#include <numeric>
#include <string>

#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

// A short run of digits as a number; nothing for empty, non-digits or more digits than any limit needs.
std::optional<std::int64_t> readSmall(std::string_view s) {
    constexpr std::size_t kMaxDigits = 6;
    s = trim(s);
    if (s.empty() || s.size() > kMaxDigits) return std::nullopt;
    std::int64_t n = 0;
    for (char c : s) {
        if (!isDigit(c)) return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

}  // namespace

Result<Fraction> Fraction::make(std::int64_t numerator, std::int64_t denominator) {
    if (denominator < 1 || denominator > kMaxDenominator) return Error{tr("error.fraction.denominator")};
    if (numerator < 0 || numerator > kMaxNumerator) return Error{tr("error.fraction.numerator")};
    return Fraction(numerator, denominator);
}

Result<Fraction> Fraction::parse(std::string_view text) {
    const std::string_view s = trim(text);
    const std::size_t slash = s.find('/');
    const std::optional<std::int64_t> n = readSmall(s.substr(0, slash));
    const std::optional<std::int64_t> d =
        slash == std::string_view::npos ? std::optional<std::int64_t>(1) : readSmall(s.substr(slash + 1));
    if (!n || !d) return Error{tr("error.fraction.not_a_fraction", {std::string(s)})};
    return make(*n, *d);
}

bool operator==(const Fraction& a, const Fraction& b) {
    return a.numerator_ * b.denominator_ == b.numerator_ * a.denominator_;
}

std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) {
    return a.numerator_ * b.denominator_ <=> b.numerator_ * a.denominator_;
}

bool identical(const Fraction& a, const Fraction& b) {
    return a.numerator() == b.numerator() && a.denominator() == b.denominator();
}

Fraction simplify(const Fraction& f) {
    if (f.numerator() == 0) return Fraction::make(0, 1).value();
    const std::int64_t g = std::gcd(f.numerator(), f.denominator());
    return Fraction::make(f.numerator() / g, f.denominator() / g).value();
}

std::string fractionText(const Fraction& f) {
    return tr("fraction.text", {countNumeral(f.numerator()), countNumeral(f.denominator())});
}

Result<Value> fractionOf(const Fraction& f, Value whole) {
    // whole.milli() <= ~1e10 and numerator <= 1000: the product fits easily in int64.
    const std::int64_t scaled = whole.milli() * f.numerator();
    if (scaled % f.denominator() != 0)
        return Error{tr("error.fraction.inexact", {fractionText(f), numeral(whole)})};
    const std::int64_t result = scaled / f.denominator();
    if (result > kMaxMilli) return Error{tr("error.value.result_too_large")};
    return Value::fromMilli(result);
}

}  // namespace tenfold::model
