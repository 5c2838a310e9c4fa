// Derived views of a linked group for part-whole models and bar models (see bar_views.hpp): which value
// shows "?" comes from the quantity's Unknown, everything else from its parts and the model's BarLayout.
#include "model/bar_views.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::string labelAt(const BarLayout& bar, std::size_t n) { return n < bar.labels.size() ? bar.labels[n] : std::string(); }

bool asksPart(const Quantity& q, std::size_t i) {
    return q.unknown.kind == UnknownKind::Part && q.unknown.part == static_cast<int>(i);
}

Cell cellFor(Value v, bool asked) { return asked ? unknownCell() : knownCell(v); }

// The first of the longest parts (the bar the others are compared with).
std::size_t longestOf(const std::vector<Value>& values) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < values.size(); ++i)
        if (values[i] > values[best]) best = i;
    return best;
}

// Every bar known, for drawing a quantity that no checked view fits (a part-whole bar of one part).
ComparisonBars knownComparison(const std::vector<Value>& values) {
    ComparisonBars cmp;
    for (const Value v : values) cmp.bars.push_back(knownBar(v));
    cmp.longest = static_cast<int>(longestOf(values));
    cmp.differences.assign(values.size(), unknownCell());
    if (!values.empty()) cmp.differences[static_cast<std::size_t>(cmp.longest)] = knownCell(Value());
    return cmp;
}

}  // namespace

Result<PartWhole> partWholeOf(const Quantity& q, Orientation orientation) {
    if (q.partCount() < kMinParts) return Error{tr("error.pw.too_few_parts", {countNumeral(kMinParts)})};
    if (q.partCount() > kMaxParts) return Error{tr("error.pw.too_many_parts", {countNumeral(kMaxParts)})};
    const std::vector<Value> values = q.partValues();
    std::vector<Cell> parts;
    for (std::size_t i = 0; i < values.size(); ++i) parts.push_back(cellFor(values[i], asksPart(q, i)));
    return makePartWhole(cellFor(q.value(), q.unknown.kind == UnknownKind::Whole), parts, orientation);
}

Result<PartWholeBar> partWholeBarOf(const Quantity& q, const BarLayout& bar) {
    if (q.partCount() < kMinBarParts) return Error{tr("error.bar.too_few_parts", {countNumeral(kMinBarParts)})};
    if (q.partCount() > kMaxBarParts) return Error{tr("error.bar.too_many_parts", {countNumeral(kMaxBarParts)})};
    const std::vector<Value> values = q.partValues();
    std::vector<Bar> parts;
    for (std::size_t i = 0; i < values.size(); ++i)
        parts.push_back(Bar{cellFor(values[i], asksPart(q, i)), labelAt(bar, i + 1)});
    const Bar whole{cellFor(q.value(), q.unknown.kind == UnknownKind::Whole), labelAt(bar, 0)};
    return makePartWholeBar(whole, parts, bar.unit);
}

Result<ComparisonBars> comparisonOf(const Quantity& q, const BarLayout& bar) {
    if (q.partCount() < kMinComparisonBars || q.partCount() > kMaxComparisonBars)
        return Error{tr("error.cmp.bar_count", {countNumeral(q.partCount()), countNumeral(kMinComparisonBars), countNumeral(kMaxComparisonBars)})};
    const std::vector<Value> values = q.partValues();
    const std::size_t longest = longestOf(values);
    const bool differenceAsked = q.unknown.kind == UnknownKind::Difference;
    std::vector<Bar> bars;
    std::vector<Cell> differences;
    for (std::size_t i = 0; i < values.size(); ++i) {
        bars.push_back(Bar{cellFor(values[i], asksPart(q, i)), labelAt(bar, i + 1)});
        // values[longest] is the largest, so the difference is never negative.
        differences.push_back(cellFor(subtract(values[longest], values[i]).value(), differenceAsked && i != longest));
    }
    return makeComparison(bars, differences, static_cast<int>(longest), bar.unit);
}

Result<EqualPartBar> equalPartsOf(const Quantity& q, const BarLayout& bar) {
    const int n = q.partCount();
    if (n < kMinEqualParts || n > kMaxEqualParts)
        return Error{tr("engine.bar.equal_parts_count", {countNumeral(kMinEqualParts), countNumeral(kMaxEqualParts)})};
    const std::vector<Value> values = q.partValues();
    for (const Value v : values)
        if (v != values.front()) return Error{tr("engine.bar.equal_parts_unequal")};
    EqualPartBar out;
    out.parts = n;
    out.shaded = bar.shaded;
    out.label = labelAt(bar, 0);
    out.unit = bar.unit;
    if (q.unknown.kind == UnknownKind::Whole) {
        // The whole is asked for: the shaded amount is what is given ("2/3 of ? is 16").
        const auto shadedAmount = multiply(values.front(), bar.shaded);
        if (!shadedAmount) return shadedAmount.error();
        out.shadedAmount = knownCell(shadedAmount.value());
    } else {
        out.whole = knownCell(q.value());
        out.shadedAmount.revealed = q.unknown.kind == UnknownKind::None;  // worked out, and shown unless a value is asked
    }
    return checkEqualParts(out);
}

ReadableLengths readableLengths(const std::vector<Value>& values, double width, const std::vector<double>& least) {
    const std::size_t n = values.size();
    ReadableLengths out;
    out.lengths.assign(n, 0.0);
    out.broken.assign(n, false);
    double total = 0.0;
    for (const Value v : values) total += static_cast<double>(v.milli());
    auto leastOf = [&](std::size_t i) { return i < least.size() ? std::max(0.0, least[i]) : 0.0; };
    std::vector<char> fixed(n, 0);  // given their least length
    // Each round fixes every value that would still be too short; a value fixed stays fixed, so this ends.
    for (std::size_t round = 0; round <= n; ++round) {
        double room = width, share = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i]) room -= leastOf(i);
            else share += static_cast<double>(values[i].milli());
        }
        bool more = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i]) continue;
            const double len = share > 0.0 && room > 0.0 ? room * static_cast<double>(values[i].milli()) / share : 0.0;
            if (len < leastOf(i)) {
                fixed[i] = 1;
                more = true;
            }
        }
        if (!more) {
            for (std::size_t i = 0; i < n; ++i) {
                if (fixed[i]) {
                    out.lengths[i] = leastOf(i);
                    continue;
                }
                out.lengths[i] = share > 0.0 ? room * static_cast<double>(values[i].milli()) / share : 0.0;
                const double toScale = total > 0.0 ? width * static_cast<double>(values[i].milli()) / total : 0.0;
                constexpr double kShortened = 0.98;  // a hair shorter is not worth a break mark
                out.broken[i] = out.lengths[i] < kShortened * toScale;
            }
            return out;
        }
    }
    return out;
}

std::vector<double> layoutFractionRow(const FractionRow& row, double width) {
    if (row.parts < kMinFractionParts || row.parts > kMaxFractionParts) return {};
    return std::vector<double>(static_cast<std::size_t>(row.parts), width / static_cast<double>(row.parts));
}

bool countOnAsked(const BeadString& beads, const Quantity& q) {
    return beads.countOn.has_value() && q.partCount() >= 2 && q.unknown.kind == UnknownKind::Part && q.unknown.part == 1;
}

int beadsShownCounted(const BeadString& beads, const Quantity& q) {
    if (!countOnAsked(beads, q)) return beads.counted;
    return std::max(0, beads.counted - static_cast<int>(q.parts[1].value().wholePart()));
}

BarLengths barLengths(const Quantity& q, const BarLayout& bar, double width, const std::vector<double>& least,
                      double leastDifference) {
    BarLengths out;
    out.whole = width;
    switch (bar.mode) {
        case BarMode::PartWhole: {
            auto view = partWholeBarOf(q, bar);
            if (!view) {
                // A number not split into parts (or a view that cannot be made): every value as it is.
                PartWholeBar known{knownBar(q.value()), {}, bar.unit};
                for (const Value v : q.partValues()) known.parts.push_back(knownBar(v));
                view = known;
            }
            const PartWholeBarLayout layout = layoutPartWholeBar(view.value(), width);
            out.whole = layout.whole;
            out.parts = layout.parts;
            out.broken.assign(out.parts.size(), false);
            if (bar.notToScale && q.partCount() >= 2 && q.value().milli() > 0) {
                const ReadableLengths readable = readableLengths(q.partValues(), width, least);
                out.parts = readable.lengths;
                out.broken = readable.broken;
                out.whole = 0.0;
                for (const double len : out.parts) out.whole += len;
                out.notToScale = std::find(out.broken.begin(), out.broken.end(), true) != out.broken.end() ||
                                 out.whole > width + 0.5;
            }
            break;
        }
        case BarMode::EqualParts: {
            EqualPartBar view;
            view.parts = q.partCount();
            if (auto made = equalPartsOf(q, bar)) view = made.value();
            out.parts = layoutEqualParts(view, width);
            break;
        }
        case BarMode::Comparison: {
            const auto view = comparisonOf(q, bar);
            const ComparisonLayout layout =
                layoutComparison(view ? view.value() : knownComparison(q.partValues()), width);
            out.parts = layout.bars;
            out.differences = layout.differences;
            out.broken.assign(out.parts.size(), false);
            out.differenceBroken.assign(out.parts.size(), false);
            if (bar.notToScale && view && !out.parts.empty()) {
                // Each shorter bar and its difference share the longest bar's length; the longest is the
                // measure of the others.
                const std::vector<Value> values = q.partValues();
                const auto longest = static_cast<std::size_t>(view.value().longest);
                for (std::size_t i = 0; i < values.size(); ++i) {
                    if (i == longest) continue;
                    const Value diff = subtract(values[longest], values[i]).valueOr(Value{});
                    if (diff.isZero()) continue;
                    const double barLeast = i < least.size() ? least[i] : 0.0;
                    const ReadableLengths pair = readableLengths({values[i], diff}, width, {barLeast, leastDifference});
                    out.parts[i] = pair.lengths[0];
                    out.differences[i] = pair.lengths[1];
                    out.broken[i] = pair.broken[0];
                    out.differenceBroken[i] = pair.broken[1];
                    if (pair.lengths[0] + pair.lengths[1] > width + 0.5) out.parts[longest] = std::max(out.parts[longest], pair.lengths[0] + pair.lengths[1]);
                }
                const double widest = *std::max_element(out.parts.begin(), out.parts.end());
                for (std::size_t i = 0; i < out.parts.size(); ++i)
                    if (i != longest) out.differences[i] = std::max(0.0, widest - out.parts[i]);
                out.whole = widest;
                out.notToScale = std::find(out.broken.begin(), out.broken.end(), true) != out.broken.end() ||
                                 std::find(out.differenceBroken.begin(), out.differenceBroken.end(), true) != out.differenceBroken.end();
            }
            break;
        }
        case BarMode::Fractions: {
            const FractionRow first = bar.rows.empty() ? FractionRow{1, 0} : bar.rows.front();
            out.parts = layoutFractionRow(first, width);
            break;
        }
    }
    return out;
}

}  // namespace tenfold::model
