// Part-whole model rules: working out the unknown circle, standard and non-standard partitions, the fact
// family and the stem sentence. Pure queries over the PartWhole view (see part_whole.hpp); the engine
// makes every change (quantity.hpp, engine_apply.cpp).
#include "model/part_whole.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "model/forms.hpp"
#include "model/place_value.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::string num(std::int64_t n) { return countNumeral(n); }

int countUnknown(const Cell& whole, const std::vector<Cell>& parts) {
    int unknowns = whole.value ? 0 : 1;
    for (const Cell& p : parts) unknowns += p.value ? 0 : 1;
    return unknowns;
}


// The sum of the known parts (refusing one beyond the largest number).
Result<Value> knownSum(const std::vector<Cell>& parts) {
    Value sum;
    for (const Cell& p : parts) {
        if (!p.value) continue;
        const auto next = add(sum, *p.value);
        if (!next) return next.error();
        sum = next.value();
    }
    return sum;
}

// A known cell never carries the "revealed" flag, so equal-looking cells compare equal.
Cell tidy(const Cell& cell) {
    Cell out = cell;
    if (out.value) out.revealed = false;
    return out;
}

Error noPart(const PartWhole& model, int index) {
    return Error{tr("error.pw.no_part", {num(index + 1), num(static_cast<std::int64_t>(model.parts.size()))})};
}

bool hasPart(const PartWhole& model, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < model.parts.size();
}

// The worked-out value of every circle, where there is one (nothing when it cannot be worked out).
struct WorkedOut {
    std::optional<Value> whole;
    std::vector<std::optional<Value>> parts;
};
WorkedOut workedOut(const PartWhole& model) {
    WorkedOut out;
    out.parts.resize(model.parts.size());
    const auto solved = solve(model);
    if (!solved) return out;
    out.whole = solved.value().whole;
    for (std::size_t i = 0; i < model.parts.size(); ++i) out.parts[i] = solved.value().parts[i];
    return out;
}

// "a + b + c" from the texts of the parts, in the order given.
std::string sumOf(const std::vector<std::string>& terms) {
    std::string out = terms.empty() ? std::string{} : terms.front();
    for (std::size_t i = 1; i < terms.size(); ++i) out = tr("manip.plus", {out, terms[i]});
    return out;
}

void addOnce(std::vector<std::string>& list, std::string sentence) {
    if (std::find(list.begin(), list.end(), sentence) == list.end()) list.push_back(std::move(sentence));
}

// The stem sentence for a whole text and part texts (shared by the filled and blank forms).
std::string stemFor(const std::string& whole, const std::vector<std::string>& parts) {
    std::string out = tr("pw.stem.whole", {whole});
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const char* key = i == 0 ? "pw.stem.one" : (i + 1 == parts.size() ? "pw.stem.other" : "pw.stem.another");
        out = tr("manip.sentences", {out, tr(key, {parts[i]})});
    }
    return out;
}

}  // namespace

Cell knownCell(Value v) { return Cell{v, false}; }
Cell unknownCell() { return Cell{}; }

// ---- Working out the unknown ----------------------------------------------------------------------------

Status checkWholeAndParts(const Cell& whole, const std::vector<Cell>& parts) {
    const int unknowns = countUnknown(whole, parts);
    if (unknowns > 1) return Error{tr("error.pw.cannot_work_out", {num(unknowns)})};
    const auto sum = knownSum(parts);
    if (!sum) return sum.error();
    if (!whole.value) return okStatus();
    if (unknowns == 0) {
        if (sum.value() != *whole.value) {
            return Error{tr("error.pw.not_adding_up", {numeral(sum.value()), numeral(*whole.value)})};
        }
        return okStatus();
    }
    if (sum.value() > *whole.value) {
        return Error{tr("error.pw.parts_exceed_whole", {numeral(sum.value()), numeral(*whole.value)})};
    }
    return okStatus();
}

Result<WholeAndParts> solveWholeAndParts(const Cell& whole, const std::vector<Cell>& parts) {
    if (parts.empty()) return Error{tr("error.pw.too_few_parts", {num(1)})};
    const Status fits = checkWholeAndParts(whole, parts);
    if (!fits) return fits.error();
    const Value sum = knownSum(parts).value();  // checked just above

    WholeAndParts out;
    out.whole = whole.value ? *whole.value : sum;
    for (const Cell& p : parts) {
        // At most one part is unknown, and then the whole is known and at least the known sum.
        out.parts.push_back(p.value ? *p.value : subtract(out.whole, sum).value());
    }
    return out;
}

// ---- Making and checking -----------------------------------------------------------------------------------

Result<PartWhole> makePartWhole(const Cell& whole, const std::vector<Cell>& parts, Orientation orientation) {
    PartWhole model;
    model.whole = tidy(whole);
    for (const Cell& p : parts) model.parts.push_back(tidy(p));
    model.orientation = orientation;
    return checkPartWhole(model);
}

Result<PartWhole> checkPartWhole(const PartWhole& model) {
    const auto count = static_cast<std::int64_t>(model.parts.size());
    if (count < kMinParts) return Error{tr("error.pw.too_few_parts", {num(kMinParts)})};
    if (count > kMaxParts) return Error{tr("error.pw.too_many_parts", {num(kMaxParts)})};
    const int o = static_cast<int>(model.orientation);
    if (o < 0 || o >= kOrientationCount) return Error{tr("error.pw.orientation")};
    const Status fits = checkWholeAndParts(model.whole, model.parts);
    if (!fits) return fits.error();
    return model;
}

Result<PartWhole> standardPartWhole(Value whole) {
    const std::vector<Value> parts = standardPartition(whole);
    if (parts.size() < static_cast<std::size_t>(kMinParts)) {
        return Error{tr("error.pw.standard_too_few", {numeral(whole)})};
    }
    if (parts.size() > static_cast<std::size_t>(kMaxParts)) {
        return Error{tr("error.pw.standard_too_many",
                        {numeral(whole), num(static_cast<std::int64_t>(parts.size()))})};
    }
    std::vector<Cell> cells;
    for (Value v : parts) cells.push_back(knownCell(v));
    return makePartWhole(knownCell(whole), cells);
}

int unknownCount(const PartWhole& model) { return countUnknown(model.whole, model.parts); }

Result<WholeAndParts> solve(const PartWhole& model) { return solveWholeAndParts(model.whole, model.parts); }

Result<Value> wholeValue(const PartWhole& model) {
    if (model.whole.value) return *model.whole.value;
    const auto solved = solve(model);
    if (!solved) return solved.error();
    return solved.value().whole;
}

Result<Value> partValue(const PartWhole& model, int index) {
    if (!hasPart(model, index)) return noPart(model, index);
    const Cell& part = model.parts[static_cast<std::size_t>(index)];
    if (part.value) return *part.value;
    const auto solved = solve(model);
    if (!solved) return solved.error();
    return solved.value().parts[static_cast<std::size_t>(index)];
}

PartWhole reveal(const PartWhole& model, bool revealed) {
    PartWhole out = model;
    if (!out.whole.value) out.whole.revealed = revealed;
    for (Cell& p : out.parts) {
        if (!p.value) p.revealed = revealed;
    }
    return out;
}

// ---- Orientation ----------------------------------------------------------------------------------------------

std::string orientationName(Orientation orientation) {
    switch (orientation) {
        case Orientation::WholeAbove: return tr("pw.orientation.above");
        case Orientation::WholeRight: return tr("pw.orientation.right");
        case Orientation::WholeBelow: return tr("pw.orientation.below");
        case Orientation::WholeLeft: return tr("pw.orientation.left");
    }
    return tr("pw.orientation.above");
}

// ---- Partitions ------------------------------------------------------------------------------------------------

std::vector<Value> standardPartition(Value v) {
    const PlaceCounts counts = canonical(v);
    std::vector<Value> parts;
    for (auto it = kAllPlaces.rbegin(); it != kAllPlaces.rend(); ++it) {
        const std::int64_t count = counts.count(*it);
        if (count == 0) continue;
        // count < 10 and the place is within range, so the part is a valid Value.
        parts.push_back(Value::fromMilli(count * placeMilli(*it)).value());
    }
    return parts;
}

PartitionKind partitionKind(const PartWhole& model) {
    if (unknownCount(model) > 0) return PartitionKind::Unknown;
    const auto solved = solve(model);
    if (!solved) return PartitionKind::Unknown;
    std::vector<Value> parts = solved.value().parts;
    std::vector<Value> standard = standardPartition(solved.value().whole);
    std::sort(parts.begin(), parts.end());
    std::sort(standard.begin(), standard.end());
    return parts == standard ? PartitionKind::Standard : PartitionKind::NonStandard;
}

// ---- Sentences ---------------------------------------------------------------------------------------------------

std::string cellText(const Cell& cell, const std::optional<Value>& workedOut) {
    if (cell.value) return numeral(*cell.value);
    if (cell.revealed && workedOut) return numeral(*workedOut);
    return tr("manip.unknown");
}

FactFamily factFamily(const PartWhole& model) {
    const WorkedOut values = workedOut(model);
    const std::string w = cellText(model.whole, values.whole);
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < model.parts.size(); ++i) parts.push_back(cellText(model.parts[i], values.parts[i]));

    FactFamily family;
    if (parts.size() == 2) {
        const std::string& a = parts[0];
        const std::string& b = parts[1];
        addOnce(family.wholeLast, tr("manip.equals", {tr("manip.plus", {a, b}), w}));
        addOnce(family.wholeLast, tr("manip.equals", {tr("manip.plus", {b, a}), w}));
        addOnce(family.wholeLast, tr("manip.equals", {tr("manip.minus", {w, b}), a}));
        addOnce(family.wholeLast, tr("manip.equals", {tr("manip.minus", {w, a}), b}));
        addOnce(family.wholeFirst, tr("manip.equals", {w, tr("manip.plus", {a, b})}));
        addOnce(family.wholeFirst, tr("manip.equals", {w, tr("manip.plus", {b, a})}));
        addOnce(family.wholeFirst, tr("manip.equals", {a, tr("manip.minus", {w, b})}));
        addOnce(family.wholeFirst, tr("manip.equals", {b, tr("manip.minus", {w, a})}));
        return family;
    }
    std::vector<std::string> reversed(parts.rbegin(), parts.rend());
    addOnce(family.wholeLast, tr("manip.equals", {sumOf(parts), w}));
    addOnce(family.wholeLast, tr("manip.equals", {sumOf(reversed), w}));
    addOnce(family.wholeFirst, tr("manip.equals", {w, sumOf(parts)}));
    addOnce(family.wholeFirst, tr("manip.equals", {w, sumOf(reversed)}));
    return family;
}

std::string stemSentence(const PartWhole& model) {
    const WorkedOut values = workedOut(model);
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < model.parts.size(); ++i) parts.push_back(cellText(model.parts[i], values.parts[i]));
    return stemFor(cellText(model.whole, values.whole), parts);
}

Result<std::string> blankStemSentence(int partCount) {
    if (partCount < kMinParts) return Error{tr("error.pw.too_few_parts", {num(kMinParts)})};
    if (partCount > kMaxParts) return Error{tr("error.pw.too_many_parts", {num(kMaxParts)})};
    const std::string blank = tr("manip.blank");
    return stemFor(blank, std::vector<std::string>(static_cast<std::size_t>(partCount), blank));
}

}  // namespace tenfold::model
