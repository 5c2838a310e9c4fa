// Bar model rules: units and labels, the part-whole bar (built on the part-whole rules), comparison bars
// (the difference between the longest bar and each other) and equal-part bars ("3/4 of 24 is 18"), with
// their sentences and proportional lengths for drawing. Pure queries over the views in bar_model.hpp; the
// engine makes every change (quantity.hpp, engine_apply.cpp).
#include "model/bar_model.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "model/forms.hpp"
#include "model/fraction.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::string num(std::int64_t n) { return countNumeral(n); }
std::int64_t sizeOf(std::size_t n) { return static_cast<std::int64_t>(n); }

// Units written before the number ("£24") and units written straight after it ("24p").
constexpr std::array<std::string_view, 3> kPrefixUnits{"£", "€", "$"};
constexpr std::array<std::string_view, 2> kTightUnits{"p", "%"};
constexpr int kMoneyDecimals = 2;  // £2.50, not £2.5

bool contains(const auto& list, std::string_view s) { return std::find(list.begin(), list.end(), s) != list.end(); }

bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20; }

Cell tidy(const Cell& cell) {
    Cell out = cell;
    if (out.value) out.revealed = false;
    return out;
}

std::string cellWithUnit(const Cell& cell, const std::optional<Value>& workedOut, std::string_view unit) {
    if (cell.value) return valueWithUnit(*cell.value, unit);
    if (cell.revealed && workedOut) return valueWithUnit(*workedOut, unit);
    return withUnit(tr("manip.unknown"), unit);
}

std::vector<Cell> cellsOf(const std::vector<Bar>& bars) {
    std::vector<Cell> cells;
    for (const Bar& b : bars) cells.push_back(b.cell);
    return cells;
}

double toDouble(Value v) { return static_cast<double>(v.milli()); }

}  // namespace

Bar knownBar(Value v, std::string label) { return Bar{knownCell(v), std::move(label)}; }
Bar unknownBar(std::string label) { return Bar{unknownCell(), std::move(label)}; }

std::string withUnit(std::string_view numeralText, std::string_view unit) {
    if (unit.empty()) return std::string(numeralText);
    if (contains(kPrefixUnits, unit)) {
        std::string text(numeralText);
        const std::size_t point = text.find(tr("format.decimal_point"));
        if (point != std::string::npos) {
            const std::size_t decimals = text.size() - point - 1;
            for (std::size_t d = decimals; d < static_cast<std::size_t>(kMoneyDecimals); ++d) text += '0';
        }
        return tr("bar.unit.prefix", {text, unit});
    }
    if (contains(kTightUnits, unit)) return tr("bar.unit.tight", {numeralText, unit});
    return tr("bar.unit.suffix", {numeralText, unit});
}

std::string valueWithUnit(Value v, std::string_view unit) { return withUnit(numeral(v), unit); }

Status checkUnit(std::string_view unit) {
    if (unit.size() > kMaxUnitBytes) return Error{tr("error.bar.unit_too_long", {num(sizeOf(kMaxUnitBytes))})};
    for (char c : unit) {
        if (c >= '0' && c <= '9') return Error{tr("error.bar.unit_digit")};
        if (isControl(c)) return Error{tr("error.bar.control")};
    }
    return okStatus();
}

Status checkLabel(std::string_view label) {
    if (label.size() > kMaxLabelBytes) return Error{tr("error.bar.label_too_long", {num(sizeOf(kMaxLabelBytes))})};
    for (char c : label) {
        if (isControl(c)) return Error{tr("error.bar.control")};
    }
    return okStatus();
}

// ==== (1) Part-whole bar ========================================================================================

Result<PartWholeBar> makePartWholeBar(const Bar& whole, const std::vector<Bar>& parts, std::string unit) {
    PartWholeBar bar{whole, parts, std::move(unit)};
    bar.whole.cell = tidy(bar.whole.cell);
    for (Bar& p : bar.parts) p.cell = tidy(p.cell);
    return checkPartWholeBar(bar);
}

Result<PartWholeBar> checkPartWholeBar(const PartWholeBar& bar) {
    if (bar.parts.size() < static_cast<std::size_t>(kMinBarParts)) {
        return Error{tr("error.bar.too_few_parts", {num(kMinBarParts)})};
    }
    if (bar.parts.size() > static_cast<std::size_t>(kMaxBarParts)) {
        return Error{tr("error.bar.too_many_parts", {num(kMaxBarParts)})};
    }
    if (const Status s = checkUnit(bar.unit); !s) return s.error();
    if (const Status s = checkLabel(bar.whole.label); !s) return s.error();
    for (const Bar& p : bar.parts) {
        if (const Status s = checkLabel(p.label); !s) return s.error();
    }
    if (const Status s = checkWholeAndParts(bar.whole.cell, cellsOf(bar.parts)); !s) return s.error();
    return bar;
}

Result<WholeAndParts> solve(const PartWholeBar& bar) { return solveWholeAndParts(bar.whole.cell, cellsOf(bar.parts)); }

PartWholeBar reveal(const PartWholeBar& bar, bool revealed) {
    PartWholeBar out = bar;
    if (!out.whole.cell.value) out.whole.cell.revealed = revealed;
    for (Bar& p : out.parts) {
        if (!p.cell.value) p.cell.revealed = revealed;
    }
    return out;
}

namespace {
// The text of the whole and of every part, with the unit, "?" for an unknown that is not revealed.
struct BarTexts {
    std::string whole;
    std::vector<std::string> parts;
};
BarTexts textsOf(const PartWholeBar& bar) {
    const auto solved = solve(bar);
    BarTexts out;
    out.whole = cellWithUnit(bar.whole.cell, solved ? std::optional<Value>(solved.value().whole) : std::nullopt,
                             bar.unit);
    for (std::size_t i = 0; i < bar.parts.size(); ++i) {
        const std::optional<Value> worked =
            solved ? std::optional<Value>(solved.value().parts[i]) : std::nullopt;
        out.parts.push_back(cellWithUnit(bar.parts[i].cell, worked, bar.unit));
    }
    return out;
}
}  // namespace

std::string stemSentence(const PartWholeBar& bar) {
    const BarTexts texts = textsOf(bar);
    std::string out = tr("pw.stem.whole", {texts.whole});
    for (std::size_t i = 0; i < texts.parts.size(); ++i) {
        const char* key =
            i == 0 ? "pw.stem.one" : (i + 1 == texts.parts.size() ? "pw.stem.other" : "pw.stem.another");
        out = tr("manip.sentences", {out, tr(key, {texts.parts[i]})});
    }
    return out;
}

std::string additionSentence(const PartWholeBar& bar) {
    const BarTexts texts = textsOf(bar);
    std::string sum = texts.parts.front();
    for (std::size_t i = 1; i < texts.parts.size(); ++i) sum = tr("manip.plus", {sum, texts.parts[i]});
    return tr("manip.equals", {sum, texts.whole});
}

std::vector<std::string> barFacts(const PartWholeBar& bar) {
    const BarTexts texts = textsOf(bar);
    std::vector<std::string> out;
    if (texts.parts.empty()) return out;
    auto add = [&](std::string fact) {
        if (std::find(out.begin(), out.end(), fact) == out.end()) out.push_back(std::move(fact));
    };
    auto joined = [](const std::vector<std::string>& items, const char* key) {
        std::string s = items.front();
        for (std::size_t i = 1; i < items.size(); ++i) s = tr(key, {s, items[i]});
        return s;
    };
    const std::vector<std::string>& parts = texts.parts;
    const std::vector<std::string> reversed(parts.rbegin(), parts.rend());
    add(tr("manip.equals", {joined(parts, "manip.plus"), texts.whole}));
    add(tr("manip.equals", {joined(reversed, "manip.plus"), texts.whole}));
    if (parts.size() < 2) return out;
    // The whole less every part but one leaves that part: but the last, then but the first.
    std::vector<std::string> taken{texts.whole};
    taken.insert(taken.end(), parts.begin(), parts.end() - 1);
    add(tr("manip.equals", {joined(taken, "manip.minus"), parts.back()}));
    taken = {texts.whole};
    taken.insert(taken.end(), reversed.begin(), reversed.end() - 1);
    add(tr("manip.equals", {joined(taken, "manip.minus"), parts.front()}));
    return out;
}

PartWholeBarLayout layoutPartWholeBar(const PartWholeBar& bar, double width) {
    PartWholeBarLayout layout;
    layout.whole = width;
    const std::size_t count = bar.parts.size();
    if (count == 0) return layout;
    const auto solved = solve(bar);
    double total = 0.0;
    if (solved) {
        for (const Value& v : solved.value().parts) total += toDouble(v);
    }
    if (total <= 0.0) {
        layout.parts.assign(count, width / static_cast<double>(count));
        return layout;
    }
    for (const Value& v : solved.value().parts) layout.parts.push_back(toDouble(v) / total * width);
    return layout;
}

// ==== (2) Comparison bars =======================================================================================

namespace {

bool hasBar(const ComparisonBars& bars, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < bars.bars.size();
}
Error noBar(const ComparisonBars& bars, int index) {
    return Error{tr("error.cmp.no_bar", {num(index + 1), num(sizeOf(bars.bars.size()))})};
}

// What is known or can be worked out, bar by bar, from bars[i] + differences[i] = bars[longest].
struct Propagated {
    std::vector<std::optional<Value>> bars;
    std::vector<std::optional<Value>> differences;
    bool complete = false;
};

// Works out whatever can be worked out; refuses values that do not fit together.
Result<Propagated> propagate(const ComparisonBars& cmp) {
    Propagated p;
    for (const Bar& b : cmp.bars) p.bars.push_back(b.cell.value);
    for (const Cell& d : cmp.differences) p.differences.push_back(d.value);
    const auto longest = static_cast<std::size_t>(cmp.longest);
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t i = 0; i < p.bars.size(); ++i) {
            if (i == longest) continue;
            auto& top = p.bars[longest];
            auto& bar = p.bars[i];
            auto& diff = p.differences[i];
            const std::string barNumber = num(sizeOf(i + 1));
            if (top && bar && diff) {
                const auto sum = add(*bar, *diff);
                if (!sum || sum.value() != *top) {
                    return Error{tr("error.cmp.not_fit", {valueWithUnit(*bar, cmp.unit), valueWithUnit(*diff, cmp.unit),
                                                          sum ? valueWithUnit(sum.value(), cmp.unit) : std::string(),
                                                          valueWithUnit(*top, cmp.unit)})};
                }
            } else if (top && bar) {
                if (*bar > *top) {
                    return Error{tr("error.cmp.longer", {barNumber, valueWithUnit(*bar, cmp.unit),
                                                         valueWithUnit(*top, cmp.unit)})};
                }
                diff = subtract(*top, *bar).value();
                changed = true;
            } else if (top && diff) {
                if (*diff > *top) {
                    return Error{tr("error.cmp.difference_too_big",
                                    {valueWithUnit(*diff, cmp.unit), valueWithUnit(*top, cmp.unit)})};
                }
                bar = subtract(*top, *diff).value();
                changed = true;
            } else if (bar && diff) {
                const auto sum = add(*bar, *diff);
                if (!sum) return sum.error();
                top = sum.value();
                changed = true;
            }
        }
    }
    p.complete = std::all_of(p.bars.begin(), p.bars.end(), [](const auto& v) { return v.has_value(); }) &&
                 std::all_of(p.differences.begin(), p.differences.end(), [](const auto& v) { return v.has_value(); });
    return p;
}

// The first of the longest bars, when every bar is known.
std::optional<int> longestKnown(const ComparisonBars& cmp) {
    std::optional<int> best;
    for (std::size_t i = 0; i < cmp.bars.size(); ++i) {
        const auto& v = cmp.bars[i].cell.value;
        if (!v) return std::nullopt;
        if (!best || *v > *cmp.bars[static_cast<std::size_t>(*best)].cell.value) best = static_cast<int>(i);
    }
    return best;
}

}  // namespace

Result<ComparisonBars> makeComparison(const std::vector<Bar>& bars, std::string unit) {
    ComparisonBars cmp;
    cmp.bars = bars;
    cmp.unit = std::move(unit);
    for (Bar& b : cmp.bars) b.cell = tidy(b.cell);
    const auto longest = longestKnown(cmp);
    if (!longest) {
        if (bars.size() < static_cast<std::size_t>(kMinComparisonBars) ||
            bars.size() > static_cast<std::size_t>(kMaxComparisonBars)) {
            return Error{tr("error.cmp.bar_count", {num(sizeOf(bars.size())), num(kMinComparisonBars), num(kMaxComparisonBars)})};
        }
        return Error{tr("error.cmp.need_values")};
    }
    cmp.longest = *longest;
    cmp.differences.assign(bars.size(), unknownCell());
    cmp.differences[static_cast<std::size_t>(cmp.longest)] = knownCell(Value());
    return checkComparison(cmp);
}

Result<ComparisonBars> makeComparison(const std::vector<Bar>& bars, const std::vector<Cell>& differences,
                                      int longest, std::string unit) {
    ComparisonBars cmp{bars, differences, longest, std::move(unit)};
    for (Bar& b : cmp.bars) b.cell = tidy(b.cell);
    for (Cell& d : cmp.differences) d = tidy(d);
    if (hasBar(cmp, longest) && cmp.differences.size() == cmp.bars.size()) {
        cmp.differences[static_cast<std::size_t>(longest)] = knownCell(Value());
    }
    return checkComparison(cmp);
}

Result<ComparisonBars> checkComparison(const ComparisonBars& cmp) {
    const std::size_t count = cmp.bars.size();
    if (count < static_cast<std::size_t>(kMinComparisonBars) || count > static_cast<std::size_t>(kMaxComparisonBars)) {
        return Error{tr("error.cmp.bar_count", {num(sizeOf(count)), num(kMinComparisonBars), num(kMaxComparisonBars)})};
    }
    if (cmp.differences.size() != count) {
        return Error{tr("error.cmp.difference_count", {num(sizeOf(count)), num(sizeOf(cmp.differences.size()))})};
    }
    if (!hasBar(cmp, cmp.longest)) return noBar(cmp, cmp.longest);
    if (cmp.differences[static_cast<std::size_t>(cmp.longest)] != knownCell(Value())) {
        return Error{tr("error.cmp.longest_difference")};
    }
    if (const Status s = checkUnit(cmp.unit); !s) return s.error();
    for (const Bar& b : cmp.bars) {
        if (const Status s = checkLabel(b.label); !s) return s.error();
    }
    const auto propagated = propagate(cmp);
    if (!propagated) return propagated.error();
    if (!propagated.value().complete) return Error{tr("error.cmp.cannot_work_out")};
    return cmp;
}

Result<SolvedComparison> solve(const ComparisonBars& cmp) {
    const auto p = propagate(cmp);
    if (!p) return p.error();
    if (!p.value().complete) return Error{tr("error.cmp.cannot_work_out")};
    SolvedComparison out;
    for (const auto& b : p.value().bars) out.bars.push_back(*b);
    for (const auto& d : p.value().differences) out.differences.push_back(*d);
    return out;
}

ComparisonBars reveal(const ComparisonBars& cmp, bool revealed) {
    ComparisonBars out = cmp;
    for (Bar& b : out.bars) {
        if (!b.cell.value) b.cell.revealed = revealed;
    }
    for (Cell& d : out.differences) {
        if (!d.value) d.revealed = revealed;
    }
    return out;
}

namespace {
struct PairTexts {
    std::string longest;
    std::string bar;
    std::string difference;
};
Result<PairTexts> pairTexts(const ComparisonBars& cmp, int index) {
    if (!hasBar(cmp, index)) return noBar(cmp, index);
    if (index == cmp.longest) return Error{tr("error.cmp.longest_difference")};
    const auto p = propagate(cmp);
    if (!p) return p.error();
    const auto i = static_cast<std::size_t>(index);
    const auto top = static_cast<std::size_t>(cmp.longest);
    return PairTexts{cellWithUnit(cmp.bars[top].cell, p.value().bars[top], cmp.unit),
                     cellWithUnit(cmp.bars[i].cell, p.value().bars[i], cmp.unit),
                     cellWithUnit(cmp.differences[i], p.value().differences[i], cmp.unit)};
}
}  // namespace

Result<std::string> differenceSentence(const ComparisonBars& cmp, int index) {
    const auto t = pairTexts(cmp, index);
    if (!t) return t.error();
    return tr("bar.cmp.difference", {t.value().longest, t.value().bar, t.value().difference});
}

Result<std::string> moreThanSentence(const ComparisonBars& cmp, int index) {
    const auto t = pairTexts(cmp, index);
    if (!t) return t.error();
    return tr("bar.cmp.more", {t.value().longest, t.value().difference, t.value().bar});
}

Result<std::string> lessThanSentence(const ComparisonBars& cmp, int index) {
    const auto t = pairTexts(cmp, index);
    if (!t) return t.error();
    return tr("bar.cmp.less", {t.value().bar, t.value().difference, t.value().longest});
}

ComparisonLayout layoutComparison(const ComparisonBars& cmp, double width) {
    ComparisonLayout layout;
    const std::size_t count = cmp.bars.size();
    const auto solved = solve(cmp);
    if (!solved) {
        layout.bars.assign(count, width);
        layout.differences.assign(count, 0.0);
        return layout;
    }
    layout.bars.assign(count, 0.0);
    layout.differences.assign(count, 0.0);
    const double longest = toDouble(solved.value().bars[static_cast<std::size_t>(cmp.longest)]);
    if (longest <= 0.0) return layout;
    for (std::size_t i = 0; i < count; ++i) {
        layout.bars[i] = toDouble(solved.value().bars[i]) / longest * width;
        layout.differences[i] = width - layout.bars[i];
    }
    return layout;
}

// ==== (3) Equal-part bars =======================================================================================

Result<EqualPartBar> makeEqualParts(Value whole, int parts, int shaded, std::string unit) {
    EqualPartBar bar;
    bar.whole = knownCell(whole);
    bar.parts = parts;
    bar.shaded = shaded;
    bar.unit = std::move(unit);
    return checkEqualParts(bar);
}

Result<EqualPartBar> makeEqualPartsFromShaded(Value shadedAmount, int parts, int shaded, std::string unit) {
    EqualPartBar bar;
    bar.parts = parts;
    bar.shaded = shaded;
    bar.shadedAmount = knownCell(shadedAmount);
    bar.unit = std::move(unit);
    return checkEqualParts(bar);
}

Result<EqualPartBar> checkEqualParts(const EqualPartBar& bar) {
    if (bar.parts < kMinEqualParts || bar.parts > kMaxEqualParts) return Error{tr("error.eq.parts", {num(bar.parts), num(kMinEqualParts), num(kMaxEqualParts)})};
    if (bar.shaded < 0 || bar.shaded > bar.parts) {
        return Error{tr("error.eq.shaded", {num(bar.shaded), num(bar.parts)})};
    }
    if (const Status s = checkUnit(bar.unit); !s) return s.error();
    if (const Status s = checkLabel(bar.label); !s) return s.error();
    const auto solved = solve(bar);
    if (!solved) return solved.error();
    return bar;
}

Result<SolvedEqualParts> solve(const EqualPartBar& bar) {
    if (bar.parts < kMinEqualParts || bar.parts > kMaxEqualParts) return Error{tr("error.eq.parts", {num(bar.parts), num(kMinEqualParts), num(kMaxEqualParts)})};
    if (bar.shaded < 0 || bar.shaded > bar.parts) {
        return Error{tr("error.eq.shaded", {num(bar.shaded), num(bar.parts)})};
    }
    SolvedEqualParts out;
    if (bar.whole.value) {
        out.whole = *bar.whole.value;
        const auto part = divideEqually(out.whole, bar.parts);
        if (!part) return part.error();
        out.part = part.value();
        out.shaded = multiply(out.part, bar.shaded).value();  // at most the whole
        if (bar.shadedAmount.value && *bar.shadedAmount.value != out.shaded) {
            return Error{tr("error.eq.not_fit", {num(bar.shaded), valueWithUnit(out.part, bar.unit),
                                                 valueWithUnit(out.shaded, bar.unit),
                                                 valueWithUnit(*bar.shadedAmount.value, bar.unit)})};
        }
        return out;
    }
    if (!bar.shadedAmount.value) return Error{tr("error.eq.cannot_work_out")};
    if (bar.shaded == 0) return Error{tr("error.eq.none_shaded")};
    out.shaded = *bar.shadedAmount.value;
    const auto part = divideEqually(out.shaded, bar.shaded);
    if (!part) return part.error();
    out.part = part.value();
    const auto whole = multiply(out.part, bar.parts);
    if (!whole) return whole.error();
    out.whole = whole.value();
    return out;
}

EqualPartBar reveal(const EqualPartBar& bar, bool revealed) {
    EqualPartBar out = bar;
    if (!out.whole.value) out.whole.revealed = revealed;
    if (!out.shadedAmount.value) out.shadedAmount.revealed = revealed;
    return out;
}

namespace {
struct EqualTexts {
    std::string whole;
    std::string part;
    std::string shaded;
};
EqualTexts textsOf(const EqualPartBar& bar) {
    const auto solved = solve(bar);
    EqualTexts t;
    t.whole = cellWithUnit(bar.whole, solved ? std::optional<Value>(solved.value().whole) : std::nullopt, bar.unit);
    t.shaded = cellWithUnit(bar.shadedAmount, solved ? std::optional<Value>(solved.value().shaded) : std::nullopt,
                            bar.unit);
    // One part is shown when it is worked out from what is known; it is never a separate unknown.
    t.part = solved ? valueWithUnit(solved.value().part, bar.unit) : withUnit(tr("manip.unknown"), bar.unit);
    return t;
}
}  // namespace

std::string fractionSentence(const EqualPartBar& bar) {
    const EqualTexts t = textsOf(bar);
    const auto fraction = Fraction::make(bar.shaded, bar.parts);
    const std::string fractionWritten =
        fraction ? fractionText(fraction.value()) : tr("manip.unknown");
    return tr("bar.eq.fraction", {fractionWritten, t.whole, t.shaded});
}

std::string equalPartsSentence(const EqualPartBar& bar) {
    const EqualTexts t = textsOf(bar);
    return tr(bar.parts == 1 ? "bar.eq.each.one" : "bar.eq.each.other", {t.whole, num(bar.parts), t.part});
}

std::string shadedSentence(const EqualPartBar& bar) {
    const EqualTexts t = textsOf(bar);
    const char* key = bar.shaded == bar.parts ? "bar.eq.shaded.whole"
                      : bar.shaded == 1       ? "bar.eq.shaded.one"
                                              : "bar.eq.shaded.other";
    return tr(key, {num(bar.shaded), num(bar.parts), t.shaded});
}

std::vector<double> layoutEqualParts(const EqualPartBar& bar, double width) {
    if (bar.parts < kMinEqualParts || bar.parts > kMaxEqualParts) return {};
    return std::vector<double>(static_cast<std::size_t>(bar.parts), width / static_cast<double>(bar.parts));
}

}  // namespace tenfold::model
