// Value: reading typed numbers, range checks and exact arithmetic on thousandths.
#include "model/value.hpp"

#include <string>

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
