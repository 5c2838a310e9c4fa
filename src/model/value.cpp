// Value: reading typed numbers, range checks and exact arithmetic on thousandths.
#include "model/value.hpp"

#include <string>

#include "model/excerpt.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr int kMaxWholeDigits = 7;  // 9,999,999
constexpr std::size_t kCommaGroup = 3;

// 10^(place+3) for each place, lowest first.
constexpr std::array<std::int64_t, kPlaceCount> kPlaceMilli{
    1, 10, 100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000, 1'000'000'000};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

bool allDigits(std::string_view s) {
    for (char c : s)
        if (!isDigit(c)) return false;
    return true;
}

// Checks the commas of a whole part ("1,234,567") and returns the digits alone, or nothing when a comma
// is misplaced.
std::optional<std::string> stripCommas(std::string_view whole) {
    if (whole.find(',') == std::string_view::npos) return std::string(whole);
    std::string digits;
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const std::size_t comma = whole.find(',', start);
        const std::string_view group =
            whole.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        const bool sizeOk = first ? (!group.empty() && group.size() <= kCommaGroup) : group.size() == kCommaGroup;
        if (!sizeOk) return std::nullopt;
        digits += group;
        first = false;
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return digits;
}

Error tooLarge() { return Error{tr("error.value.too_large")}; }

// A negative amount of thousandths written as a numeral ("-3", "-0.5") for a refusal message.
std::string negativeNumeral(std::int64_t milli) {
    if (milli < -kMaxMilli) return "-" + numeral(Value::fromMilli(kMaxMilli).value()) + "...";
    return "-" + numeral(Value::fromMilli(-milli).value());
}

}  // namespace

std::optional<Place> placeAbove(Place p) {
    if (!isPlace(p) || p == kHighestPlace) return std::nullopt;
    return static_cast<Place>(static_cast<int>(p) + 1);
}

std::optional<Place> placeBelow(Place p) {
    if (!isPlace(p) || p == kLowestPlace) return std::nullopt;
    return static_cast<Place>(static_cast<int>(p) - 1);
}

std::int64_t placeMilli(Place p) {
    if (!isPlace(p)) return 0;
    return kPlaceMilli[static_cast<std::size_t>(placeIndex(p))];
}

Result<Value> Value::fromMilli(std::int64_t milli) {
    if (milli < 0) return Error{tr("error.value.negative", {negativeNumeral(milli)})};
    if (milli > kMaxMilli) return tooLarge();
    return Value(milli);
}

Result<Value> Value::whole(std::int64_t n) {
    if (n < 0) return Error{tr("error.value.negative", {countNumeral(n)})};  // countNumeral is safe for any n
    if (n > kMaxWhole) return tooLarge();
    return Value(n * kMilliPerOne);
}

Result<Value> Value::parse(std::string_view text) {
    const std::string_view s = trim(text);
    if (s.empty()) return Error{tr("error.value.empty")};
    const std::string shown(s);
    std::string_view body = s;
    const bool negative = body.front() == '-';
    if (negative) body.remove_prefix(1);
    for (char c : body)
        if (!isDigit(c) && c != ',' && c != '.') return Error{tr("error.value.not_a_number", {shown})};
    if (body.empty() || body == ".") return Error{tr("error.value.not_a_number", {shown})};
    const std::size_t point = body.find('.');
    if (point != std::string_view::npos && body.find('.', point + 1) != std::string_view::npos)
        return Error{tr("error.value.two_points", {shown})};
    const std::string_view wholeText = body.substr(0, point);
    const std::string_view fracText =
        point == std::string_view::npos ? std::string_view{} : body.substr(point + 1);
    if (point != std::string_view::npos && fracText.empty()) return Error{tr("error.value.ends_with_point", {shown})};
    if (fracText.find(',') != std::string_view::npos) return Error{tr("error.value.bad_commas", {shown})};
    const std::optional<std::string> wholeDigits = stripCommas(wholeText);
    if (!wholeDigits || !allDigits(*wholeDigits) || !allDigits(fracText))
        return Error{tr("error.value.bad_commas", {shown})};
    if (negative) {
        // Only a real number gets the "less than zero" reason; "-0" is still refused (there is no sign).
        return Error{tr("error.value.negative", {std::string(s)})};
    }
    if (fracText.size() > static_cast<std::size_t>(kMaxDecimalPlaces))
        return Error{tr("error.value.too_many_decimals")};
    // Leading zeros are fine ("007"); what is left must fit in seven digits.
    std::string_view digits = *wholeDigits;
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    if (digits.size() > static_cast<std::size_t>(kMaxWholeDigits)) return tooLarge();
    std::int64_t whole = 0;
    for (char c : digits) whole = whole * 10 + (c - '0');
    std::int64_t frac = 0;
    std::int64_t scale = kMilliPerOne;
    for (char c : fracText) {
        scale /= 10;
        frac += (c - '0') * scale;
    }
    return fromMilli(whole * kMilliPerOne + frac);
}

ExactMilli readJsonNumberMilli(std::string_view s) {
    // number = [ "-" ] ( "0" / digit1-9 *digit ) [ "." 1*digit ] [ ( "e" / "E" ) [ "-" / "+" ] 1*digit ]
    ExactMilli out;
    std::size_t i = 0;
    const bool negative = i < s.size() && s[i] == '-';
    if (negative) ++i;
    const std::size_t intStart = i;
    while (i < s.size() && isDigit(s[i])) ++i;
    const std::string_view intDigits = s.substr(intStart, i - intStart);
    std::string_view fracDigits;
    if (i < s.size() && s[i] == '.') {
        const std::size_t fracStart = ++i;
        while (i < s.size() && isDigit(s[i])) ++i;
        fracDigits = s.substr(fracStart, i - fracStart);
        if (fracDigits.empty()) out.problem = NumberProblem::NotJsonNumber;
    }
    // The exponent, saturated far beyond anything that could still fit.
    constexpr std::int64_t kExponentCap = 1'000'000'000'000;
    std::int64_t exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool minus = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) minus = s[i++] == '-';
        const std::size_t expStart = i;
        while (i < s.size() && isDigit(s[i])) {
            if (exponent < kExponentCap) exponent = exponent * 10 + (s[i] - '0');
            ++i;
        }
        if (i == expStart) out.problem = NumberProblem::NotJsonNumber;
        if (minus) exponent = -exponent;
    }
    if (intDigits.empty() || (intDigits.size() > 1 && intDigits.front() == '0') || i != s.size())
        out.problem = NumberProblem::NotJsonNumber;
    if (out.problem != NumberProblem::None) return out;

    // The digits without the point, as one whole number D, with the value D * 10^scale thousandths.
    std::int64_t scale = exponent - static_cast<std::int64_t>(fracDigits.size()) + kMaxDecimalPlaces;
    // Leading zeros say nothing; trailing zeros only move the scale.
    std::size_t first = 0;
    const std::size_t total = intDigits.size() + fracDigits.size();
    const auto digit = [&](std::size_t k) { return k < intDigits.size() ? intDigits[k] : fracDigits[k - intDigits.size()]; };
    while (first < total && digit(first) == '0') ++first;
    if (first == total) return out;  // zero (also written -0 or 0.000e5)
    std::size_t last = total;
    while (digit(last - 1) == '0') {
        --last;
        ++scale;
    }
    if (scale < 0) {
        out.problem = NumberProblem::NotThousandths;
        return out;
    }
    constexpr std::int64_t kMaxDigits = 18;  // below 10^18 thousandths: no overflow in int64
    const auto significant = static_cast<std::int64_t>(last - first);
    if (significant + scale > kMaxDigits) {
        out.problem = NumberProblem::TooLarge;
        return out;
    }
    std::int64_t milli = 0;
    for (std::size_t k = first; k < last; ++k) milli = milli * 10 + (digit(k) - '0');
    for (std::int64_t k = 0; k < scale; ++k) milli *= 10;
    out.milli = negative ? -milli : milli;
    return out;
}

Result<Value> Value::fromJsonNumber(std::string_view written) {
    const ExactMilli r = readJsonNumberMilli(written);
    const std::string shown = excerpt(written);
    switch (r.problem) {
        case NumberProblem::NotJsonNumber: return Error{tr("error.value.not_a_number", {shown})};
        case NumberProblem::NotThousandths: return Error{tr("error.value.not_exact", {shown})};
        case NumberProblem::TooLarge:
            if (!written.empty() && written.front() == '-') return Error{tr("error.value.negative", {shown})};
            return Error{tr("error.value.too_large_text", {shown})};
        case NumberProblem::None: break;
    }
    if (r.milli < 0) return Error{tr("error.value.negative", {shown})};
    if (r.milli > kMaxMilli) return Error{tr("error.value.too_large_text", {shown})};
    return Value(r.milli);
}

int Value::decimalPlaces() const {
    std::int64_t f = fractionMilli();
    if (f == 0) return 0;
    int places = kMaxDecimalPlaces;
    while (f % 10 == 0) {
        f /= 10;
        --places;
    }
    return places;
}

Result<Value> add(Value a, Value b) {
    const std::int64_t sum = a.milli() + b.milli();  // both <= kMaxMilli: no overflow
    if (sum > kMaxMilli) return Error{tr("error.value.result_too_large")};
    return Value::fromMilli(sum);
}

Result<Value> subtract(Value a, Value b) {
    if (b > a) return Error{tr("error.value.take_too_much", {numeral(a), numeral(b)})};
    return Value::fromMilli(a.milli() - b.milli());
}

Result<Value> multiply(Value a, std::int64_t factor) {
    if (factor < 0) return Error{tr("error.value.negative_factor")};
    if (factor != 0 && a.milli() > kMaxMilli / factor) return Error{tr("error.value.result_too_large")};
    return Value::fromMilli(a.milli() * factor);
}

Result<Value> divideEqually(Value a, std::int64_t parts) {
    if (parts <= 0) return Error{tr("error.value.no_parts")};
    if (a.milli() % parts != 0)
        return Error{tr("error.value.not_equal_parts", {numeral(a), countNumeral(parts)})};
    return Value::fromMilli(a.milli() / parts);
}

}  // namespace tenfold::model
