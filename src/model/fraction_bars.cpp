// The rules of a fraction wall (see fraction_bars.hpp): labels, readings, comparisons and re-partitioning
// rows with the shaded amount kept, in exact integers (never floating point).
#include "model/fraction_bars.hpp"

#include <numeric>

#include "model/bar_model.hpp"
#include "model/forms.hpp"
#include "model/fraction.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::string num(std::int64_t n) { return countNumeral(n); }

bool isWholeOne(Value v) { return v == Value::whole(1).value(); }

std::string wholeText(Value whole, std::string_view unit) { return valueWithUnit(whole, unit); }

// The row's shaded amount of the whole, when it is exact to thousandths.
std::optional<Value> shadedAmount(const FractionRow& row, Value whole) {
    const std::int64_t scaled = whole.milli() * row.shaded;  // at most ~1.2e11: fits
    if (row.parts <= 0 || scaled % row.parts != 0) return std::nullopt;
    const auto v = Value::fromMilli(scaled / row.parts);
    return v ? std::optional<Value>(v.value()) : std::nullopt;
}

// "2/4" as written, not simplified.
std::string fractionAsWritten(const FractionRow& row) { return tr("fraction.text", {num(row.shaded), num(row.parts)}); }

}  // namespace

Ratio lowestTerms(std::int64_t numerator, std::int64_t denominator) {
    if (denominator <= 0) return Ratio{0, 1};
    if (numerator == 0) return Ratio{0, 1};
    const std::int64_t g = std::gcd(numerator, denominator);
    return Ratio{numerator / g, denominator / g};
}

std::string ratioText(const Ratio& r) {
    if (r.numerator == 0) return num(0);
    if (r.denominator == 1) return num(r.numerator);
    return tr("fraction.text", {num(r.numerator), num(r.denominator)});
}

Status checkFractionRow(const FractionRow& row) {
    if (row.parts < kMinFractionParts || row.parts > kMaxFractionParts)
        return Error{tr("error.frac.parts", {num(row.parts), num(kMinFractionParts), num(kMaxFractionParts)})};
    if (row.shaded < 0 || row.shaded > row.parts) return Error{tr("error.frac.shaded", {num(row.parts)})};
    return okStatus();
}

Status checkFractionRows(const std::vector<FractionRow>& rows) {
    if (static_cast<int>(rows.size()) < kMinFractionRows || static_cast<int>(rows.size()) > kMaxFractionRows)
        return Error{tr("error.frac.rows", {num(kMinFractionRows), num(kMaxFractionRows)})};
    for (const FractionRow& row : rows)
        if (auto ok = checkFractionRow(row); !ok) return ok;
    return okStatus();
}

Ratio shadedFraction(const FractionRow& row) { return Ratio{row.shaded, row.parts}; }

std::string partLabel(int parts) {
    if (parts == 1) return num(1);
    return tr("fraction.text", {num(1), num(parts)});
}

std::string rowReading(const FractionRow& row, Value whole, std::string_view unit) {
    return tr("bar.frac.of", {fractionAsWritten(row), wholeText(whole, unit)});
}

std::string rowSentence(const FractionRow& row, Value whole, std::string_view unit) {
    if (row.shaded == 0)
        return tr(row.parts == 1 ? "bar.frac.cut.one" : "bar.frac.cut.other",
                  {num(row.parts), tr("bar.frac.of", {partLabel(row.parts), wholeText(whole, unit)})});
    const auto amount = shadedAmount(row, whole);
    if (amount && !isWholeOne(whole))
        return tr("bar.eq.fraction", {fractionAsWritten(row), wholeText(whole, unit), valueWithUnit(*amount, unit)});
    const char* key = row.shaded == row.parts ? "bar.frac.shaded.whole"
                      : row.shaded == 1       ? "bar.frac.shaded.one"
                                              : "bar.frac.shaded.other";
    return tr(key, {num(row.shaded), num(row.parts), rowReading(row, whole, unit)});
}

RowComparison compareRows(const FractionRow& a, const FractionRow& b) {
    // a.shaded/a.parts - b.shaded/b.parts over the common denominator a.parts * b.parts (at most 144).
    const std::int64_t left = static_cast<std::int64_t>(a.shaded) * b.parts;
    const std::int64_t right = static_cast<std::int64_t>(b.shaded) * a.parts;
    RowComparison out;
    out.order = left > right ? 1 : left < right ? -1 : 0;
    out.difference = lowestTerms(left > right ? left - right : right - left, static_cast<std::int64_t>(a.parts) * b.parts);
    return out;
}

std::string comparisonSentence(const FractionRow& a, const FractionRow& b, Value whole, std::string_view unit) {
    const RowComparison c = compareRows(a, b);
    if (c.order == 0) return tr("bar.frac.equal", {fractionAsWritten(a), fractionAsWritten(b)});
    return tr(c.order > 0 ? "bar.frac.greater" : "bar.frac.less",
              {fractionAsWritten(a), fractionAsWritten(b), tr("bar.frac.of", {ratioText(c.difference), wholeText(whole, unit)})});
}

std::string comparisonSymbols(const FractionRow& a, const FractionRow& b) {
    const RowComparison c = compareRows(a, b);
    const char* key = c.order > 0 ? "bar.frac.symbol.greater" : c.order < 0 ? "bar.frac.symbol.less" : "bar.frac.symbol.equal";
    return tr(key, {fractionAsWritten(a), fractionAsWritten(b)});
}

std::vector<std::string> comparisonWritten(const FractionRow& a, const FractionRow& b) {
    const RowComparison c = compareRows(a, b);
    std::vector<std::string> out{comparisonSymbols(a, b)};
    if (c.order == 0) return out;
    const FractionRow& greater = c.order > 0 ? a : b;
    const FractionRow& smaller = c.order > 0 ? b : a;
    out.push_back(tr("manip.equals", {tr("manip.minus", {fractionAsWritten(greater), fractionAsWritten(smaller)}),
                                      ratioText(c.difference)}));
    return out;
}

std::optional<std::pair<int, int>> comparedRows(const std::vector<FractionRow>& rows) {
    int first = -1;
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        if (rows[static_cast<std::size_t>(i)].shaded == 0) continue;
        if (first < 0) {
            first = i;
        } else {
            return std::pair{first, i};
        }
    }
    return std::nullopt;
}

std::string wallSentence(const std::vector<FractionRow>& rows, Value whole, std::string_view unit) {
    if (rows.empty()) return {};
    if (const auto pair = comparedRows(rows))
        return comparisonSentence(rows[static_cast<std::size_t>(pair->first)], rows[static_cast<std::size_t>(pair->second)], whole, unit);
    for (const FractionRow& row : rows)
        if (row.shaded > 0) return rowSentence(row, whole, unit);
    return rowSentence(rows.front(), whole, unit);
}

std::vector<std::string> wallWritten(const std::vector<FractionRow>& rows) {
    const auto pair = comparedRows(rows);
    if (!pair) return {};
    return comparisonWritten(rows[static_cast<std::size_t>(pair->first)], rows[static_cast<std::size_t>(pair->second)]);
}

std::vector<int> partsKeepingShaded(const FractionRow& row) {
    std::vector<int> out;
    for (int n = kMinFractionParts; n <= kMaxFractionParts; ++n)
        if ((static_cast<std::int64_t>(row.shaded) * n) % row.parts == 0) out.push_back(n);
    return out;
}

Result<FractionRow> repartitionRow(const FractionRow& row, int parts) {
    if (auto ok = checkFractionRow(row); !ok) return ok.error();
    if (auto ok = checkFractionRow(FractionRow{parts, 0}); !ok) return ok.error();
    const std::int64_t scaled = static_cast<std::int64_t>(row.shaded) * parts;
    if (scaled % row.parts != 0) {
        std::vector<int> keep = partsKeepingShaded(row);
        std::erase(keep, row.parts);
        if (keep.empty()) return Error{tr("error.frac.not_kept_only", {fractionAsWritten(row), partsName(parts), num(parts)})};
        return Error{tr("error.frac.not_kept", {fractionAsWritten(row), partsName(parts), num(parts), countList(keep)})};
    }
    return FractionRow{parts, static_cast<int>(scaled / row.parts)};
}

Result<std::vector<FractionRow>> commonParts(const std::vector<FractionRow>& rows) {
    if (auto ok = checkFractionRows(rows); !ok) return ok.error();
    std::int64_t common = 1;
    for (const FractionRow& row : rows) common = std::lcm(common, static_cast<std::int64_t>(row.parts));
    if (common > kMaxFractionParts) return Error{tr("error.frac.no_common", {num(common), num(kMaxFractionParts)})};
    std::vector<FractionRow> out;
    for (const FractionRow& row : rows) out.push_back(repartitionRow(row, static_cast<int>(common)).value());
    return out;
}

std::string partsName(int parts) {
    if (parts < 1 || parts > kMaxFractionParts) return num(parts);
    return tr("fraction.parts." + std::to_string(parts));
}

std::string countList(const std::vector<int>& counts) {
    if (counts.empty()) return {};
    std::string out = num(counts.back());
    if (counts.size() == 1) return out;
    out = tr("manip.or.two", {num(counts[counts.size() - 2]), out});
    for (std::size_t i = counts.size() - 2; i-- > 0;) out = tr("manip.list.more", {num(counts[i]), out});
    return out;
}

}  // namespace tenfold::model
