// The misconception rules, the pure functions they use and the catalogue's words (all text from the table, "lesson.mis.*").
// Numbers are compared through their digits (whole part and decimal part as written, no thousands commas),
// never through floating point.
#include "model/misconceptions.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr std::array<std::string_view, kMisconceptionCount> kIds{
    "place-holder-zero", "concatenation",      "digits-swapped",     "counting-pieces",
    "ten-not-exchanged", "smaller-from-larger", "larger-denominator", "longer-decimal"};

std::string key(Misconception m, std::string_view part) {
    std::string k = "lesson.mis.";
    k += kIds[static_cast<std::size_t>(m)];
    k += '.';
    k += part;
    return k;
}

// A value's digits as written: whole part and the decimal digits that are needed (3.07 -> "3", "07").
struct Digits {
    std::string whole;
    std::string decimals;
};
Digits digitsOf(Value v) {
    Digits d{std::to_string(v.wholePart()), {}};
    const int places = v.decimalPlaces();
    if (places > 0) {
        std::string frac = std::to_string(v.fractionMilli());
        frac.insert(0, static_cast<std::size_t>(kMaxDecimalPlaces) - frac.size(), '0');
        frac.resize(static_cast<std::size_t>(places));
        d.decimals = frac;
    }
    return d;
}
std::optional<Value> fromDigits(const std::string& whole, const std::string& decimals) {
    if (whole.empty() || whole.size() > 7 || decimals.size() > static_cast<std::size_t>(kMaxDecimalPlaces)) return std::nullopt;
    std::int64_t w = 0;
    const auto res = std::from_chars(whole.data(), whole.data() + whole.size(), w);
    if (res.ec != std::errc() || res.ptr != whole.data() + whole.size()) return std::nullopt;
    std::string frac = decimals;
    frac.resize(static_cast<std::size_t>(kMaxDecimalPlaces), '0');
    std::int64_t f = 0;
    std::from_chars(frac.data(), frac.data() + frac.size(), f);
    auto v = Value::fromMilli(w * kMilliPerOne + f);
    if (!v) return std::nullopt;
    return v.value();
}
std::optional<Value> wholeValue(std::int64_t n) {
    auto v = Value::whole(n);
    if (!v) return std::nullopt;
    return v.value();
}

bool hasDecimalPlaces(const PlaceCounts& c) {
    return c.count(Place::Tenths) != 0 || c.count(Place::Hundredths) != 0 || c.count(Place::Thousandths) != 0;
}

// Every arrangement the rules may read: the board's pieces and the checked model's own.
std::vector<PlaceCounts> arrangements(const Attempt& a) {
    std::vector<PlaceCounts> out = a.pieces;
    if (a.built) out.push_back(*a.built);
    return out;
}

// {x, y} is {p, q} in either order.
bool samePair(Value x, Value y, Value p, Value q) { return (x == p && y == q) || (x == q && y == p); }

// Every way of leaving out one or more of the zeros of `digits` that `holds` says hold a place.
std::vector<std::string> zerosLeftOut(const std::string& digits, bool (*holds)(const std::string&, std::size_t)) {
    std::vector<std::size_t> zeros;
    for (std::size_t i = 0; i < digits.size(); ++i)
        if (digits[i] == '0' && holds(digits, i)) zeros.push_back(i);
    std::vector<std::string> out{digits};
    for (std::size_t mask = 1; mask < (std::size_t{1} << zeros.size()); ++mask) {
        std::string kept;
        for (std::size_t i = 0, z = 0; i < digits.size(); ++i) {
            const bool isZero = z < zeros.size() && zeros[z] == i;
            if (isZero && ((mask >> z++) & 1u)) continue;
            kept += digits[i];
        }
        if (!kept.empty()) out.push_back(kept);
    }
    return out;
}
// In the whole part every zero after the first digit holds a place (305, 40, 305,000).
bool holdsWholePlace(const std::string& /*digits*/, std::size_t i) { return i > 0; }
// After the point a zero holds a place when a digit follows it (3.07, 0.05); decimals end without zeros.
bool holdsDecimalPlace(const std::string& digits, std::size_t i) { return i + 1 < digits.size(); }

}  // namespace

std::vector<Value> withoutPlaceHolderZeros(Value v) {
    const Digits d = digitsOf(v);
    std::vector<Value> out;
    for (const std::string& whole : zerosLeftOut(d.whole, holdsWholePlace))
        for (const std::string& decimals : zerosLeftOut(d.decimals, holdsDecimalPlace)) {
            const auto candidate = fromDigits(whole, decimals);
            if (candidate && *candidate != v && std::find(out.begin(), out.end(), *candidate) == out.end())
                out.push_back(*candidate);
        }
    return out;
}

Result<Value> resultOf(const Operation& op) { return op.subtract ? subtract(op.a, op.b) : add(op.a, op.b); }

std::optional<Value> concatenatedReading(const PlaceCounts& counts) {
    if (hasDecimalPlaces(counts)) return std::nullopt;
    const Place highest = counts.highestUsedPlace();
    std::string digits;
    for (int p = static_cast<int>(highest); p >= static_cast<int>(Place::Ones); --p)
        digits += std::to_string(counts.count(static_cast<Place>(p)));
    return fromDigits(digits, {});
}

std::optional<Value> smallerFromLargerDifference(Value a, Value b) {
    if (!a.isWhole() || !b.isWhole()) return std::nullopt;
    std::string x = std::to_string(a.wholePart());
    std::string y = std::to_string(b.wholePart());
    const std::size_t width = std::max(x.size(), y.size());
    x.insert(0, width - x.size(), '0');
    y.insert(0, width - y.size(), '0');
    std::string out;
    for (std::size_t i = 0; i < width; ++i) out += static_cast<char>('0' + std::abs(x[i] - y[i]));
    return fromDigits(out, {});
}

bool placeHolderZeroLeftOut(const Attempt& a) {
    if (a.shown == a.expected) return false;
    const auto candidates = withoutPlaceHolderZeros(a.expected);
    return std::find(candidates.begin(), candidates.end(), a.shown) != candidates.end();
}

bool readByConcatenation(const Attempt& a) {
    if (a.shown == a.expected) return false;
    for (const PlaceCounts& c : arrangements(a)) {
        if (c.isCanonical()) continue;
        const auto reading = concatenatedReading(c);
        if (reading && *reading != c.value() && samePair(a.expected, a.shown, c.value(), *reading)) return true;
    }
    return false;
}

bool digitsSwapped(const Attempt& a) {
    if (a.shown == a.expected) return false;
    const Digits e = digitsOf(a.expected);
    const Digits s = digitsOf(a.shown);
    if (e.whole.size() != s.whole.size() || e.decimals.size() != s.decimals.size()) return false;
    const std::string x = e.whole + "." + e.decimals;
    const std::string y = s.whole + "." + s.decimals;
    std::vector<std::size_t> differ;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != y[i]) differ.push_back(i);
    return differ.size() == 2 && x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]];
}

bool countedPiecesNotValue(const Attempt& a) {
    if (a.shown == a.expected) return false;
    for (const PlaceCounts& c : arrangements(a)) {
        const auto count = wholeValue(c.pieceCount());
        if (count && *count != c.value() && samePair(a.expected, a.shown, c.value(), *count)) return true;
    }
    return false;
}

bool tenNotExchanged(const Attempt& a) {
    if (a.standardWanted && a.built) {
        for (const Place p : kAllPlaces)
            if (a.built->count(p) >= kExchangeRate && placeAbove(p)) return true;
    }
    if (a.shown == a.expected || !a.expected.isWhole()) return false;
    // Ten of one place left unexchanged and the columns read as digits: 60 as 5 tens and 10 ones -> 510,
    // 100 as 9 tens and 10 ones -> 910 (the expected number less those ten, in the standard way, plus ten).
    for (int p = static_cast<int>(Place::Ones); p < static_cast<int>(kHighestPlace); ++p) {
        const Place place = static_cast<Place>(p);
        const std::int64_t rest = a.expected.milli() - kExchangeRate * placeMilli(place);
        if (rest < 0) break;
        PlaceCounts unexchanged = canonical(Value::fromMilli(rest).value());
        if (!unexchanged.addCount(place, kExchangeRate)) continue;
        const auto reading = concatenatedReading(unexchanged);
        if (reading && *reading == a.shown) return true;
    }
    return false;
}

bool smallerDigitFromLarger(const Attempt& a) {
    if (a.shown == a.expected || !a.question || !a.question->subtract) return false;
    const auto wrong = smallerFromLargerDifference(a.question->a, a.question->b);
    const auto right = resultOf(*a.question);
    return wrong && right && *wrong != right.value() && *wrong == a.shown;
}

bool largerDenominatorTakenAsLarger(const Attempt& a) {
    if (!a.expectedFraction || !a.shownFraction) return false;
    return a.expectedFraction->numerator() == a.shownFraction->numerator() && a.expectedFraction->numerator() > 0 &&
           a.shownFraction->denominator() > a.expectedFraction->denominator();
}

bool longerDecimalTakenAsLarger(const Attempt& a) {
    return a.shown != a.expected && a.shown.decimalPlaces() > a.expected.decimalPlaces() && a.shown < a.expected &&
           a.shown.wholePart() == a.expected.wholePart();
}

bool matches(Misconception m, const Attempt& a) {
    switch (m) {
        case Misconception::PlaceHolderZero: return placeHolderZeroLeftOut(a);
        case Misconception::Concatenation: return readByConcatenation(a);
        case Misconception::DigitsSwapped: return digitsSwapped(a);
        case Misconception::CountingPieces: return countedPiecesNotValue(a);
        case Misconception::TenNotExchanged: return tenNotExchanged(a);
        case Misconception::SmallerFromLarger: return smallerDigitFromLarger(a);
        case Misconception::LargerDenominator: return largerDenominatorTakenAsLarger(a);
        case Misconception::LongerDecimal: return longerDecimalTakenAsLarger(a);
    }
    return false;
}

std::optional<Misconception> diagnose(const Attempt& a) {
    for (const Misconception m : kMisconceptions)
        if (matches(m, a)) return m;
    return std::nullopt;
}

std::string_view misconceptionId(Misconception m) { return kIds[static_cast<std::size_t>(m)]; }

std::optional<Misconception> misconceptionFromId(std::string_view id) {
    for (const Misconception m : kMisconceptions)
        if (misconceptionId(m) == id) return m;
    return std::nullopt;
}

std::string misconceptionName(Misconception m) { return tr(key(m, "name")); }
std::string misconceptionExplanation(Misconception m) { return tr(key(m, "teacher")); }
std::string misconceptionExample(Misconception m) { return tr(key(m, "example")); }
std::string misconceptionHint(Misconception m, std::string_view expected, std::string_view shown) {
    return tr(key(m, "hint"), {expected, shown});
}
std::string misconceptionAnswerHint(Misconception m, std::string_view given) { return tr(key(m, "answer"), {given}); }
std::string misconceptionLook(Misconception m) { return tr(key(m, "look")); }

Attempt misconceptionExampleAttempt(Misconception m) {
    const auto v = [](std::int64_t n) { return Value::whole(n).value(); };
    Attempt a;
    switch (m) {
        case Misconception::PlaceHolderZero:
            a.expected = v(305);
            a.shown = v(35);
            break;
        case Misconception::Concatenation:
            a.expected = v(53);
            a.shown = v(413);
            a.pieces.push_back(PlaceCounts::of({{Place::Tens, 4}, {Place::Ones, 13}}).value());
            break;
        case Misconception::DigitsSwapped:
            a.expected = v(47);
            a.shown = v(74);
            break;
        case Misconception::CountingPieces:
            a.expected = v(63);
            a.shown = v(9);
            a.pieces.push_back(PlaceCounts::of({{Place::Tens, 6}, {Place::Ones, 3}}).value());
            break;
        case Misconception::TenNotExchanged:
            a.expected = v(60);
            a.shown = v(510);
            a.question = Operation{v(59), v(1), false};
            break;
        case Misconception::SmallerFromLarger:
            a.expected = v(15);
            a.shown = v(25);
            a.question = Operation{v(52), v(37), true};
            break;
        case Misconception::LargerDenominator:
            a.expectedFraction = Fraction::make(1, 4).value();
            a.shownFraction = Fraction::make(1, 8).value();
            break;
        case Misconception::LongerDecimal:
            a.expected = Value::parse("0.5").value();
            a.shown = Value::parse("0.45").value();
            break;
    }
    return a;
}

}  // namespace tenfold::model
