// Intents turned into commands (see intents.hpp).
#include "model/intents.hpp"

#include <algorithm>

#include "model/bar_intents.hpp"
#include "model/money.hpp"
#include "model/pieces.hpp"
#include "model/text.hpp"

namespace tenfold::model {

namespace {

struct Found {
    const Model* model = nullptr;
    const Quantity* quantity = nullptr;
};
Found find(const Board& board, ModelId id) {
    const Model* m = findModel(board, id);
    const Group* g = m != nullptr ? findGroup(board, m->group) : nullptr;
    return g != nullptr ? Found{m, &g->quantity} : Found{};
}
Error noModel() { return Error{tr("intent.no_model")}; }

bool isBar(const Model& m, BarMode mode) { return m.kind == Representation::Bar && m.layouts.bar.mode == mode; }
bool isPieces(const Model& m) { return m.kind == Representation::Blocks || m.kind == Representation::Counters; }
const PiecesLayout& piecesOf(const Model& m) { return m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters; }
int exponent(Place p) { return static_cast<int>(p); }

// Splits the last part in two (47 as 40 and 7 -> 40, 4 and 3), in the smallest place the part already uses:
// 0.45 -> 0.23 and 0.22, never thousandths. A part too small to split gives an empty new part instead.
Commands splitLastPart(const Model& m, const Quantity& q) {
    std::vector<Value> parts = q.partValues();
    const Value last = parts.back();
    const std::int64_t unit = last.isWhole() ? 1000 : last.milli() % 100 == 0 ? 100 : last.milli() % 10 == 0 ? 10 : 1;
    const std::int64_t units = last.milli() / unit;
    if (units < 2) return {AddPart{m.id}};
    const Result<Value> second = Value::fromMilli(units / 2 * unit);
    const Result<Value> first = Value::fromMilli(last.milli() - units / 2 * unit);
    parts.back() = first.value();
    parts.push_back(second.value());
    return {Repartition{m.id, parts}};
}

}  // namespace

Result<Commands> addPartIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const Model& m = *f.model;
    const Quantity& q = *f.quantity;
    if (isBar(m, BarMode::Comparison)) {
        // Another bar as long as the last one: the bars a child made keep their values.
        return Commands{AddPart{m.id}, SetPart{m.id, q.partCount(), q.partValues().back(), false}};
    }
    if (isRowsChart(m)) return Commands{AddPart{m.id}};  // another number: an empty row to build or type into
    if (isBar(m, BarMode::EqualParts) || isBar(m, BarMode::Fractions)) {
        // The next number of parts that shares the whole and keeps the shaded amount (2/3 -> 4/6).
        auto step = stepPartsIntent(board, m.id, 1);
        if (!step) return step.error();
        return step.value().commands;
    }
    return splitLastPart(m, q);
}

Result<Commands> removePartIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const Model& m = *f.model;
    const Quantity& q = *f.quantity;
    const int last = q.partCount() - 1;
    if (isBar(m, BarMode::Comparison) || isRowsChart(m)) {
        // The last bar (or row) goes; nothing of it is added to another.
        return Commands{SetPart{m.id, last, Value{}, false}, RemovePart{m.id, last}};
    }
    if (isBar(m, BarMode::EqualParts) || isBar(m, BarMode::Fractions)) {
        auto step = stepPartsIntent(board, m.id, -1);
        if (!step) return step.error();
        return step.value().commands;
    }
    return Commands{RemovePart{m.id, last}};
}

PartRange partRange(const Model& m) {
    switch (m.kind) {
    case Representation::PartWhole: return {kMinParts, kMaxParts};
    case Representation::Bar:
        switch (m.layouts.bar.mode) {
        case BarMode::PartWhole: return {kMinBarParts, kMaxBarParts};
        case BarMode::EqualParts: return {kMinEqualParts, kMaxEqualParts};
        case BarMode::Comparison: return {kMinComparisonBars, kMaxComparisonBars};
        case BarMode::Fractions: return {kMinFractionParts, kMaxFractionParts};
        }
        break;
    case Representation::Blocks:
    case Representation::Counters:
        if (isRowsChart(m)) return {1, kMaxChartRows};
        break;
    default: break;
    }
    return {1, kMaxGroupParts};
}

bool accepted(const Board& board, const Result<Commands>& intent) {
    if (!intent || intent.value().empty()) return false;
    Board b = board;
    for (const Command& c : intent.value()) {
        Result<Board> next = applyCommand(b, c);
        if (!next) return false;
        b = std::move(next.value());
    }
    return true;
}

Commands barModeIntent(const Board& board, ModelId model, BarMode mode) {
    const Found f = find(board, model);
    if (f.model == nullptr) return {};
    if (mode == BarMode::Fractions) return fractionsModeIntent(board, model);
    const int parts = mode == BarMode::EqualParts ? std::max(2, f.quantity->partCount()) : f.quantity->partCount();
    return {SetBar{model, mode, parts, mode == BarMode::EqualParts ? std::min(1, parts) : 0, f.model->layouts.bar.unit}};
}

Commands shadeIntent(const Board& board, ModelId model, int part) {
    const Found f = find(board, model);
    if (f.model == nullptr || !isBar(*f.model, BarMode::EqualParts)) return {};
    const int shaded = f.model->layouts.bar.shaded == part + 1 ? part : part + 1;
    return {SetBar{model, BarMode::EqualParts, f.quantity->partCount(), shaded, f.model->layouts.bar.unit}};
}

Commands labelsIntent(const Board& board, ModelId model, std::vector<std::string> labels) {
    const Found f = find(board, model);
    if (f.model == nullptr) return {};
    while (!labels.empty() && labels.back().empty()) labels.pop_back();
    if (labels == f.model->layouts.bar.labels) return {};
    return {SetBarText{model, labels, f.model->layouts.bar.unit}};
}

Result<Commands> toggleCoverIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const BeadString& beads = f.model->layouts.beads;
    if (beads.cover) return Commands{SetBeadCover{model, std::nullopt}};
    if (beads.counted == 0) return Error{tr("intent.cover.nothing_counted")};
    // Hide the last part ("how many are hidden?"), or half of a string of one part.
    const int first = beads.dividers.empty() ? beads.counted / 2 + 1 : beads.dividers.back() + 1;
    return Commands{SetBeadCover{model, BeadCover{first, beads.counted}}};
}

Result<CountOnChoice> toggleCountOnIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const Quantity& q = *f.quantity;
    if (f.model->layouts.beads.countOn) return CountOnChoice{{SetCountOn{model, std::nullopt}}, std::nullopt};
    if (q.partCount() >= 2 && q.partValues()[1].wholePart() >= 1) {
        // 8 | 5: count on from the first part by the second.
        const CountOnMarker marker{static_cast<int>(q.partValues()[0].wholePart()), static_cast<int>(q.partValues()[1].wholePart())};
        return CountOnChoice{{SetCountOn{model, marker}}, std::nullopt};
    }
    return CountOnChoice{{}, ValueSlot{model, SlotKind::CountOn, 0}};
}

Result<Commands> countOnIntent(const Board& board, ModelId model, Value add) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const BeadString& beads = f.model->layouts.beads;
    const int start = beads.counted;
    if (!add.isWhole() || add.wholePart() < 1 || start + add.wholePart() > kLargestBeadString)
        return Error{tr("app.count_on_range", {std::to_string(kLargestBeadString - start)})};
    const int n = static_cast<int>(add.wholePart());
    Commands out;
    if (start + n > beads.size) {
        // The string grows to the next length that holds the hops, in the same step.
        for (const int size : kBeadStringSizes) {
            if (size >= start + n) {
                out.push_back(SetBeadStringSize{model, size});
                break;
            }
        }
    }
    out.push_back(SetCountOn{model, CountOnMarker{start, n}});
    return out;
}

int shortestBeadString(const BeadString& beads) {
    const int needed = std::max({beads.counted, beads.countOn ? beads.countOn->start + beads.countOn->add : 0,
                                 beads.cover ? beads.cover->last : 0});
    for (const int size : kBeadStringSizes) {
        if (size >= needed) return size;
    }
    return kLargestBeadString;
}

bool answersUnknown(const Quantity& q, const ValueSlot& slot) {
    const Unknown& u = q.unknown;
    switch (slot.kind) {
    case SlotKind::Whole: return u.kind == UnknownKind::Whole;
    case SlotKind::Difference: return u.kind == UnknownKind::Difference;
    case SlotKind::Part: return u.kind == UnknownKind::Part && u.part == slot.index;
    case SlotKind::Value: return u.kind != UnknownKind::None;  // the model's number, typed, is known
    case SlotKind::CountOn:
    case SlotKind::Row: return false;
    }
    return false;
}

Result<Commands> typeValueIntent(const Board& board, const ValueSlot& slot, Value typed) {
    const Found f = find(board, slot.model);
    if (f.model == nullptr) return noModel();
    const Model& m = *f.model;
    const Quantity& q = *f.quantity;
    const BarLayout& bar = m.layouts.bar;
    Commands out;
    switch (slot.kind) {
    case SlotKind::CountOn: return countOnIntent(board, slot.model, typed);
    case SlotKind::Value: out.push_back(SetValue{m.id, typed}); break;
    case SlotKind::Row:
        // One number of a rows chart: only that row changes (the rows are numbers of their own).
        if (!isRowsChart(m) || slot.index < 0 || slot.index >= q.partCount())
            return Error{tr("intent.row.none", {std::to_string(slot.index + 1)})};
        out.push_back(SetPart{m.id, slot.index, typed, false});
        break;
    case SlotKind::Whole:
        if (isBar(m, BarMode::EqualParts)) {
            // A new whole for equal parts: shared again into as many equal parts (or refused).
            const int n = q.partCount();
            out.push_back(SetBar{m.id, BarMode::PartWhole, n, 0, bar.unit});
            out.push_back(SetWhole{m.id, typed});
            out.push_back(SetBar{m.id, BarMode::EqualParts, n, bar.shaded, bar.unit});
        } else {
            out.push_back(SetWhole{m.id, typed});
        }
        break;
    case SlotKind::Difference: {
        // The difference beside a shorter bar: that bar becomes the longest less the difference.
        if (slot.index < 0 || slot.index >= q.partCount()) return noModel();
        const std::vector<Value> parts = q.partValues();
        const Value longest = *std::max_element(parts.begin(), parts.end());
        const Result<Value> shorter = subtract(longest, typed);
        if (!shorter) return shorter.error();
        out.push_back(SetPart{m.id, slot.index, shorter.value(), false});
        break;
    }
    case SlotKind::Part: {
        if (slot.index < 0 || slot.index >= q.partCount()) return noModel();
        // A part typed into a whole keeps the whole: the neighbouring part takes up the difference, and the
        // linked pieces regroup. Comparison bars are separate amounts, so each keeps its own value.
        // A new model's whole follows its parts until the whole is given: typing 7 then 2 into a new
        // part-whole model makes 7 and 2, whole 9.
        const Group* g = findGroup(board, m.group);
        // A whole of 0 has nothing to keep (a board made before the rule, or from a file), so it follows too.
        const bool follows = g != nullptr && (g->wholeFollowsParts || q.value().isZero());
        // A row of a rows chart is a number of its own too.
        const bool keepWhole = !isBar(m, BarMode::Comparison) && !isRowsChart(m) && q.partCount() >= 2 && !follows;
        out.push_back(SetPart{m.id, slot.index, typed, keepWhole});
        break;
    }
    }
    if (answersUnknown(q, slot)) out.push_back(SetUnknown{m.id, Unknown{}});
    return out;
}

Result<Commands> markUnknownIntent(const Board& board, const ValueSlot& slot) {
    const Found f = find(board, slot.model);
    if (f.model == nullptr) return noModel();
    switch (slot.kind) {
    case SlotKind::Whole: return Commands{SetUnknown{slot.model, Unknown{UnknownKind::Whole, 0}}};
    case SlotKind::Difference: return Commands{SetUnknown{slot.model, Unknown{UnknownKind::Difference, 0}}};
    case SlotKind::Part: return Commands{SetUnknown{slot.model, Unknown{UnknownKind::Part, slot.index}}};
    case SlotKind::Value:
    case SlotKind::Row: return Error{tr("intent.unknown.value")};
    case SlotKind::CountOn: break;
    }
    return Error{tr("intent.unknown.count_on")};
}

bool isRowsChart(const Model& m) { return isPieces(m) && piecesOf(m).rows > 0; }

Result<Commands> exchangeAllIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (f.model->kind == Representation::Money) {
        const MoneyLayout& money = f.model->layouts.money;
        if (fewestCoins(totalPence(money)).counts == money.counts) return Error{tr("intent.exchange_all.fewest")};
        return Commands{ExchangeAll{model}};
    }
    if (!isPieces(*f.model)) return Error{tr("engine.piece.not_pieces")};
    const bool standard = std::all_of(f.quantity->parts.begin(), f.quantity->parts.end(),
                                      [](const PlaceCounts& p) { return p.isCanonical(); });
    if (standard) return Error{tr("intent.exchange_all.standard")};
    return Commands{ExchangeAll{model}};
}

std::vector<Place> breakAllPlaces(const Model& m) {
    std::vector<Place> out;
    if (!isPieces(m)) return out;
    const std::vector<Place> columns = chartColumns(piecesOf(m));
    for (std::size_t i = 1; i < columns.size(); ++i) {
        if (m.kind == Representation::Blocks && !blockForPlace(columns[i], m.layouts.blocks.scale)) continue;
        out.push_back(columns[i]);
    }
    return out;
}

Result<Commands> breakAllIntent(const Board& board, ModelId model, Place into) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isPieces(*f.model)) return Error{tr("engine.piece.not_pieces")};
    if (!isPlace(into)) return Error{tr("engine.layout.not_a_place")};
    const PlaceCounts all = f.quantity->pooled();
    if (all.isEmpty() || exponent(all.highestUsedPlace()) <= exponent(into))
        return Error{tr("intent.break_all.nothing", {placeNamePlural(into)})};
    return Commands{BreakDown{model, into}};
}

Result<Commands> columnIntent(const Board& board, ModelId model, Place column) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isPieces(*f.model)) return Error{tr("engine.piece.not_pieces")};
    if (!isPlace(column)) return Error{tr("engine.layout.not_a_place")};
    const PiecesLayout& layout = piecesOf(*f.model);
    if (!layout.inChart) return Error{tr("engine.chart.rows_need_chart")};
    Place lowest = layout.lowestColumn, highest = layout.highestColumn;
    const PlaceCounts all = f.quantity->pooled();
    const bool used = all.count(column) > 0;
    if (exponent(column) > exponent(highest)) highest = column;
    else if (exponent(column) < exponent(lowest)) lowest = column;
    else if (lowest == highest) return Error{tr("intent.columns.last")};
    else if (used) return Error{tr("intent.columns.used", {placeNamePlural(column)})};
    else if (column == highest) highest = static_cast<Place>(exponent(highest) - 1);
    else if (column == lowest) lowest = static_cast<Place>(exponent(lowest) + 1);
    else return Error{tr("intent.columns.middle", {placeNamePlural(column)})};
    return Commands{SetChart{model, true, lowest, highest}};
}

Result<Commands> fitColumnsIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isPieces(*f.model)) return Error{tr("engine.piece.not_pieces")};
    const PiecesLayout& layout = piecesOf(*f.model);
    if (!layout.inChart) return Error{tr("engine.chart.rows_need_chart")};
    const PlaceCounts all = f.quantity->pooled();
    Place highest = Place::Ones, lowest = Place::Ones;
    if (!all.isEmpty()) {
        highest = static_cast<Place>(std::max(exponent(all.highestUsedPlace()), exponent(Place::Ones)));
        lowest = static_cast<Place>(std::min(exponent(all.lowestUsedPlace()), exponent(Place::Ones)));
    }
    // Blocks show only the places their scale has blocks for.
    if (f.model->kind == Representation::Blocks) {
        const std::vector<Place> shown = placesShown(f.model->layouts.blocks.scale);
        if (!shown.empty()) {
            lowest = static_cast<Place>(std::max(exponent(lowest), exponent(shown.front())));
            highest = static_cast<Place>(std::min(exponent(highest), exponent(shown.back())));
            if (exponent(lowest) > exponent(highest)) lowest = highest;
        }
    }
    if (lowest == layout.lowestColumn && highest == layout.highestColumn) return Error{tr("intent.columns.fitted")};
    return Commands{SetChart{model, true, lowest, highest}};
}

Result<Commands> rowsIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (!isPieces(*f.model)) return Error{tr("engine.piece.not_pieces")};
    if (isRowsChart(*f.model)) return Commands{SetRows{model, false}};
    Commands out{SetRows{model, true}};
    if (f.quantity->partCount() == 1) out.push_back(AddPart{model});  // a second number, to build or type
    return out;
}

Result<Commands> plainCountersIntent(const Board& board, ModelId model, bool plain) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    if (f.model->kind != Representation::Counters) return Error{tr("engine.chart.plain_counters_only")};
    if (f.model->layouts.counters.plain == plain) return Commands{};
    return Commands{SetPlainCounters{model, plain}};
}

Result<Commands> fixedSetIntent(const Board& board, ModelId model) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    const PiecesLayout& layout = f.model->layouts.counters;
    if (f.model->kind != Representation::Counters || !layout.plain) return Error{tr("engine.chart.fixed_needs_plain")};
    if (!layout.fixed && layout.pieces.empty()) return Error{tr("intent.fixed.empty")};
    return Commands{SetFixedSet{model, !layout.fixed}};
}

Result<Commands> duplicateIntent(const Board& board, ModelId model, Point at) {
    const Found f = find(board, model);
    if (f.model == nullptr) return noModel();
    return Commands{DuplicateModel{model, at}};
}

Commands clearPiecesIntent(const Board& board) {
    Commands out;
    std::vector<GroupId> emptied;
    for (const Model& m : board.models) {
        if (m.kind != Representation::Blocks && m.kind != Representation::Counters) continue;
        if (std::find(emptied.begin(), emptied.end(), m.group) != emptied.end()) continue;
        const PiecesLayout& layout = m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
        if (layout.fixed) continue;  // a fixed set keeps its counters (Clear would be refused for it)
        emptied.push_back(m.group);
        for (int i = static_cast<int>(layout.pieces.size()) - 1; i >= 0; --i) out.push_back(RemovePiece{m.id, i});
    }
    return out;
}

Commands boardLevelIntent(const Board& board, Level level) {
    Commands out;
    for (const Model& m : board.models) {
        if (m.level != level) out.push_back(SetLevel{m.id, level});
    }
    return out;
}

std::optional<Level> commonLevel(const Board& board) {
    if (board.models.empty()) return std::nullopt;
    const Level l = board.models.front().level;
    for (const Model& m : board.models) {
        if (m.level != l) return std::nullopt;
    }
    return l;
}

}  // namespace tenfold::model
