// Bar and block menu intents (see bar_intents.hpp): numbers of equal parts that keep the shaded amount,
// fraction wall rows, not to scale, which block is one.
#include "model/bar_intents.hpp"

#include <algorithm>

#include "model/forms.hpp"
#include "model/fraction_bars.hpp"
#include "model/linked_rules.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

struct Found {
    const Model* model = nullptr;
    const Group* group = nullptr;
};
Found find(const Board& board, ModelId id) {
    const Model* m = findModel(board, id);
    const Group* g = m != nullptr ? findGroup(board, m->group) : nullptr;
    return g != nullptr ? Found{m, g} : Found{};
}
Error noModel() { return Error{tr("intent.no_model")}; }

bool isBarIn(const Model& m, BarMode mode) { return m.kind == Representation::Bar && m.layouts.bar.mode == mode; }
bool isWall(const Model& m) { return isBarIn(m, BarMode::Fractions) && !m.layouts.bar.rows.empty(); }

std::string num(std::int64_t n) { return countNumeral(n); }

// "a", "a or b", "a, b or c".
std::string orList(const std::vector<std::string>& items) {
    if (items.empty()) return {};
    std::string out = items.back();
    if (items.size() == 1) return out;
    out = tr("manip.or.two", {items[items.size() - 2], out});
    for (std::size_t i = items.size() - 2; i-- > 0;) out = tr("manip.list.more", {items[i], out});
    return out;
}

std::string fractionWritten(const FractionRow& row) { return tr("fraction.text", {num(row.shaded), num(row.parts)}); }

// The row the part buttons change: an equal-part bar as one row, or a wall's last row.
FractionRow rowOf(const Model& m, const Quantity& q) {
    if (isWall(m)) return m.layouts.bar.rows.back();
    return FractionRow{q.partCount(), m.layouts.bar.shaded};
}

// Why `parts` cannot be chosen, or nothing when it can.
enum class Why { None, Sharing, Shading };
struct Check {
    Why why = Why::None;
    std::string reason;  // the full refusal
    FractionRow row;     // the row it makes, when it can
};
Check check(const Board& board, const Model& m, const Quantity& q, int parts) {
    const FractionRow row = rowOf(m, q);
    Check out;
    if (isBarIn(m, BarMode::EqualParts)) {
        auto shared = shareEqually(board, m, parts);
        if (!shared) return Check{Why::Sharing, shared.error().message, {}};
    }
    auto kept = repartitionRow(row, parts);
    if (!kept) {
        // The numbers of parts that keep the shading and (for equal parts) share the whole.
        std::vector<int> keep;
        for (const int n : partsKeepingShaded(row)) {
            if (n == row.parts) continue;
            if (isBarIn(m, BarMode::EqualParts) && !shareEqually(board, m, n)) continue;
            keep.push_back(n);
        }
        const std::string reason =
            keep.empty() ? tr("error.frac.not_kept_only", {fractionWritten(row), partsName(parts), num(parts)})
                         : tr("error.frac.not_kept", {fractionWritten(row), partsName(parts), num(parts), countList(keep)});
        return Check{Why::Shading, reason, {}};
    }
    out.row = kept.value();
    return out;
}

Commands commandsFor(const Model& m, const FractionRow& row) {
    if (isWall(m)) {
        std::vector<FractionRow> rows = m.layouts.bar.rows;
        rows.back() = row;
        return {SetFractionRows{m.id, rows}};
    }
    return {SetBar{m.id, BarMode::EqualParts, row.parts, row.shaded, m.layouts.bar.unit}};
}

bool takesParts(const Model& m) { return isBarIn(m, BarMode::EqualParts) || isWall(m); }

}  // namespace

int shownParts(const Model& m, const Quantity& q) {
    if (isWall(m)) return m.layouts.bar.rows.back().parts;
    return q.partCount();
}

Result<BarChoice> choosePartsIntent(const Board& board, ModelId model, int parts) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const Model& m = *f.model;
    if (!takesParts(m)) return Error{tr("engine.bar.fractions_only")};
    if (parts < kMinFractionParts || parts > kMaxFractionParts)
        return Error{tr("error.eq.parts", {num(parts), num(kMinFractionParts), num(kMaxFractionParts)})};
    if (parts == shownParts(m, f.group->quantity)) return BarChoice{};
    const Check c = check(board, m, f.group->quantity, parts);
    if (c.why != Why::None) return Error{c.reason};
    return BarChoice{commandsFor(m, c.row), {}};
}

Result<BarChoice> stepPartsIntent(const Board& board, ModelId model, int direction) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const Model& m = *f.model;
    if (!takesParts(m)) return Error{tr("engine.bar.fractions_only")};
    const Quantity& q = f.group->quantity;
    const FractionRow from = rowOf(m, q);
    const int step = direction >= 0 ? 1 : -1;
    std::vector<int> notShared, notKept;
    std::string firstReason, unshownReason;
    for (int n = from.parts + step; n >= kMinFractionParts && n <= kMaxFractionParts; n += step) {
        const Check c = check(board, m, q, n);
        if (c.why == Why::None) {
            BarChoice out{commandsFor(m, c.row), {}};
            std::vector<std::string> sentences;
            if (!notShared.empty()) {
                std::vector<std::string> counts;
                for (const int k : notShared) counts.push_back(num(k));
                sentences.push_back(!unshownReason.empty() ? unshownReason
                                                           : tr("bar.parts.not_shared", {numeral(q.value()), orList(counts)}));
            }
            if (!notKept.empty()) {
                std::vector<std::string> names;
                for (const int k : notKept) names.push_back(partsName(k));
                sentences.push_back(tr("bar.parts.not_kept", {fractionWritten(from), orList(names)}));
            }
            if (!sentences.empty()) {
                sentences.push_back(c.row.shaded > 0 ? tr("bar.parts.went_on_kept", {num(n), fractionWritten(c.row), fractionWritten(from)})
                                                     : tr("bar.parts.went_on", {num(n)}));
                for (const std::string& s : sentences) out.note = out.note.empty() ? s : tr("manip.sentences", {out.note, s});
            }
            return out;
        }
        if (firstReason.empty()) firstReason = c.reason;
        if (c.why == Why::Sharing) {
            // Shared exactly, but with a place a linked view does not show: say that reason as it is.
            if (unshownReason.empty() && divideEqually(q.value(), n)) unshownReason = c.reason;
            notShared.push_back(n);
        } else {
            notKept.push_back(n);
        }
    }
    if (!firstReason.empty()) return Error{firstReason};
    return Error{tr("error.eq.parts", {num(from.parts + step), num(kMinFractionParts), num(kMaxFractionParts)})};
}

Commands fractionsModeIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return {};
    const Model& m = *f.model;
    const bool equal = isBarIn(m, BarMode::EqualParts);
    const int parts = equal ? f.group->quantity.partCount() : std::max(2, std::min(f.group->quantity.partCount(), kMaxFractionParts));
    const int shaded = equal ? m.layouts.bar.shaded : 1;
    return {SetBar{model, BarMode::Fractions, parts, shaded, m.layouts.bar.unit}};
}

Result<Commands> addRowIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isWall(*f.model)) return Error{tr("engine.bar.fractions_only")};
    std::vector<FractionRow> rows = f.model->layouts.bar.rows;
    if (static_cast<int>(rows.size()) >= kMaxFractionRows)
        return Error{tr("error.frac.rows", {num(kMinFractionRows), num(kMaxFractionRows)})};
    rows.push_back(FractionRow{std::min(rows.back().parts + 1, kMaxFractionParts), 0});
    return Commands{SetFractionRows{model, rows}};
}

Result<Commands> removeRowIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isWall(*f.model)) return Error{tr("engine.bar.fractions_only")};
    std::vector<FractionRow> rows = f.model->layouts.bar.rows;
    if (static_cast<int>(rows.size()) <= kMinFractionRows)
        return Error{tr("error.frac.rows", {num(kMinFractionRows), num(kMaxFractionRows)})};
    rows.pop_back();
    return Commands{SetFractionRows{model, rows}};
}

Result<Commands> samePartsIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isWall(*f.model)) return Error{tr("engine.bar.fractions_only")};
    const std::vector<FractionRow>& rows = f.model->layouts.bar.rows;
    auto common = commonParts(rows);
    if (!common) return common.error();
    if (common.value() == rows) return Error{tr("bar.parts.already_same", {num(rows.front().parts)})};
    return Commands{SetFractionRows{model, common.value()}};
}

Commands fractionShadeIntent(const Board& board, ModelId model, int row, int part) {
    const Found f = find(board, model);
    if (f.model == nullptr || !isWall(*f.model)) return {};
    std::vector<FractionRow> rows = f.model->layouts.bar.rows;
    if (row < 0 || row >= static_cast<int>(rows.size())) return {};
    FractionRow& r = rows[static_cast<std::size_t>(row)];
    if (part < 0 || part >= r.parts) return {};
    r.shaded = r.shaded == part + 1 ? part : part + 1;
    return {SetFractionRows{model, rows}};
}

std::optional<FractionRow> barFraction(const Model& m, const Quantity& q) {
    if (isWall(m)) {
        for (const FractionRow& row : m.layouts.bar.rows)
            if (row.shaded > 0) return row;
        return m.layouts.bar.rows.front();
    }
    if (isBarIn(m, BarMode::EqualParts)) return FractionRow{q.partCount(), m.layouts.bar.shaded};
    return std::nullopt;
}

namespace {
// Two bars have one whole when they show the same number in the same unit (and neither asks for it).
bool sameWhole(const Model& a, const Quantity& qa, const Model& b, const Quantity& qb) {
    const bool known = qa.unknown.kind != UnknownKind::Whole && qb.unknown.kind != UnknownKind::Whole;
    return known && qa.value() == qb.value() && a.layouts.bar.unit == b.layouts.bar.unit;
}
}  // namespace

std::vector<ModelId> comparableBars(const Board& board, ModelId model) {
    const Found f = find(board, model);
    std::vector<ModelId> out;
    if (f.model == nullptr || !barFraction(*f.model, f.group->quantity)) return out;
    for (const Model& other : board.models) {
        if (other.id == model) continue;
        const Group* g = findGroup(board, other.group);
        if (g == nullptr || !barFraction(other, g->quantity)) continue;
        if (sameWhole(*f.model, f.group->quantity, other, g->quantity)) out.push_back(other.id);
    }
    return out;
}

Result<std::string> compareBarsIntent(const Board& board, ModelId model, ModelId other) {
    const Found a = find(board, model), b = find(board, other);
    if (a.model == nullptr || b.model == nullptr || model == other) return noModel();
    const auto fa = barFraction(*a.model, a.group->quantity), fb = barFraction(*b.model, b.group->quantity);
    if (!fa || !fb) return Error{tr("error.frac.compare.no_fraction")};
    if (!sameWhole(*a.model, a.group->quantity, *b.model, b.group->quantity))
        return Error{tr("error.frac.compare.wholes",
                        {valueWithUnit(a.group->quantity.value(), a.model->layouts.bar.unit),
                         valueWithUnit(b.group->quantity.value(), b.model->layouts.bar.unit)})};
    return comparisonSentence(*fa, *fb, a.group->quantity.value(), a.model->layouts.bar.unit);
}

Commands toggleScaleIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr || f.model->kind != Representation::Bar) return {};
    return {SetBarScale{model, !f.model->layouts.bar.notToScale}};
}

Result<Commands> blockOneIntent(const Board& board, ModelId model, BlockKind one) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (f.model->kind != Representation::Blocks) return Error{tr("engine.blocks.blocks_only")};
    const BlockScale scale = scaleWhereOneIs(one);
    if (f.model->layouts.blocks.scale == scale) return Commands{};
    return Commands{SetBlockScale{model, scale.cubePlace}};
}

}  // namespace tenfold::model
