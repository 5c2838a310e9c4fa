// applyCommand: what each command does to a board. Edits through a model become edits of its group's
// quantity, and commitQuantity brings every linked model in step (or refuses the whole command when one
// of them cannot show the result). Layout-only commands change just the model they name.
#include <algorithm>
#include <type_traits>

#include "model/command.hpp"
#include "model/engine_sync.hpp"
#include "model/forms.hpp"
#include "model/fraction_bars.hpp"
#include "model/linked_rules.hpp"
#include "model/pieces.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

struct Target {
    Model model;
    Quantity quantity;
};

Result<Target> locate(const Board& b, ModelId id) {
    const Model* m = findModel(b, id);
    if (!m) return Error{tr("engine.board.no_such_model", {countNumeral(id)})};
    const Group* g = findGroup(b, m->group);
    if (!g) return Error{tr("engine.board.no_such_group", {countNumeral(m->group)})};
    return Target{*m, g->quantity};
}

bool isPieces(const Model& m) { return m.kind == Representation::Blocks || m.kind == Representation::Counters; }
PiecesLayout& piecesOf(Model& m) { return m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters; }

Board withModel(const Board& b, const Model& m) {
    Board out = b;
    *findModel(out, m.id) = m;
    return out;
}

// Commits a new quantity for the target's group, with the target model's layout replaced first (so a piece
// the pupil placed keeps its spot).
Result<Board> commitThrough(const Board& b, const Model& m, const Result<Quantity>& q) {
    if (!q) return q.error();
    return commitQuantity(withModel(b, m), m.group, q.value());
}

Quantity autoExchange(const Board& b, const Quantity& q) {
    return b.settings.exchange == ExchangeMode::Automatic ? exchangeAllParts(q) : q;
}

Status exchangeAllowed(const Board& b) {
    if (b.settings.exchange == ExchangeMode::Off) return Error{tr("engine.exchange.off")};
    return okStatus();
}

Status needsPieces(const Model& m) {
    if (!isPieces(m)) return Error{tr("engine.piece.not_pieces")};
    return okStatus();
}

Result<int> pieceIndex(const Model& m, int piece) {
    const auto& layout = m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
    if (piece < 0 || piece >= static_cast<int>(layout.pieces.size()))
        return Error{tr("engine.piece.no_such_piece", {countNumeral(static_cast<std::int64_t>(piece) + 1)})};
    return piece;
}

Status columnInChart(const PiecesLayout& layout, Place p) {
    if (!isPlace(p)) return Error{tr("engine.layout.not_a_place")};
    if (layout.inChart && (static_cast<int>(p) < static_cast<int>(layout.lowestColumn) ||
                           static_cast<int>(p) > static_cast<int>(layout.highestColumn)))
        return Error{tr("engine.chart.no_column", {placeNamePlural(p)})};
    return okStatus();
}

Status notFixed(const PiecesLayout& layout) {
    if (layout.fixed) return Error{trCount("engine.chart.fixed_set", static_cast<std::int64_t>(layout.pieces.size()))};
    return okStatus();
}

Status needsMoney(const Model& m) {
    if (m.kind != Representation::Money) return Error{tr("money.model_only")};
    return okStatus();
}

// Pence added to the last part, place by place (20p is 2 tens), so the arrangement the pieces have stays.
Result<Quantity> addPence(const Quantity& q, std::int64_t pence) {
    auto v = Value::whole(pence);
    if (!v) return v.error();
    Quantity out = q;
    PlaceCounts& last = out.parts.back();
    const PlaceCounts add = canonical(v.value());
    for (const Place p : kAllPlaces)
        if (auto ok = last.addCount(p, add.count(p)); !ok) return Error{tr("engine.quantity.too_large")};
    return checkQuantity(out);
}

// Pence taken from the parts, the last first: the pieces that make it when a part has them (20p takes 2
// tens), else the part is laid out afresh with less, keeping the pieces that still fit.
Result<Quantity> takePence(const Quantity& q, std::int64_t pence) {
    Quantity out = q;
    std::int64_t left = pence * kMilliPerOne;
    for (int i = out.partCount() - 1; i >= 0 && left > 0; --i) {
        PlaceCounts& part = out.parts[static_cast<std::size_t>(i)];
        const std::int64_t take = std::min(left, part.totalMilli());
        if (take == 0) continue;
        const PlaceCounts want = canonical(Value::fromMilli(take).value());
        const bool has = std::all_of(kAllPlaces.begin(), kAllPlaces.end(), [&](Place p) { return part.count(p) >= want.count(p); });
        if (has) {
            for (const Place p : kAllPlaces) (void)part.addCount(p, -want.count(p));
        } else {
            auto fewer = setPartValue(out, i, Value::fromMilli(part.totalMilli() - take).value(), false);
            if (!fewer) return fewer.error();
            out = fewer.value();
        }
        left -= take;
    }
    return checkQuantity(out);
}

// Whether every part is one place in its standard form, largest first (234 as 200, 30 and 4).
bool splitByPlace(const Quantity& q) {
    for (int i = 0; i < q.partCount(); ++i) {
        const PlaceCounts& part = q.parts[static_cast<std::size_t>(i)];
        if (part.isEmpty() || part.lowestUsedPlace() != part.highestUsedPlace() || !part.isCanonical()) return false;
        if (i > 0 && static_cast<int>(part.highestUsedPlace()) >= static_cast<int>(q.parts[static_cast<std::size_t>(i - 1)].lowestUsedPlace()))
            return false;
    }
    return true;
}

// A value split by place, largest first, one part per place it uses (347: 300, 40 and 7).
std::vector<PlaceCounts> placeParts(Value v) {
    std::vector<PlaceCounts> out;
    const PlaceCounts all = canonical(v);
    for (auto it = kAllPlaces.rbegin(); it != kAllPlaces.rend(); ++it) {
        if (all.count(*it) == 0) continue;
        PlaceCounts one;
        (void)one.addCount(*it, all.count(*it));
        out.push_back(one);
    }
    return out;
}

struct Apply {
    const Board& b;

    Result<Board> operator()(const AddModel& c) const {
        if (static_cast<int>(b.models.size()) >= kMaxModels)
            return Error{tr("engine.board.too_many_models", {countNumeral(kMaxModels)})};
        if (!isValidPoint(c.at)) return Error{tr("engine.layout.position")};
        if (static_cast<int>(c.kind) < 0 || static_cast<int>(c.kind) >= kRepresentationCount)
            return Error{tr("engine.board.bad_kind")};
        if (static_cast<int>(c.level) < 0 || static_cast<int>(c.level) >= kLevelCount)
            return Error{tr("engine.board.bad_level")};
        if (b.nextId + 2 > kMaxId) return Error{tr("engine.board.bad_id", {countNumeral(kMaxId)})};
        Board out = b;
        Model m;
        m.kind = c.kind;
        m.level = c.level;
        m.at = c.at;
        Quantity q = quantityOf(c.value);
        if (c.linkedTo) {
            auto target = locate(b, *c.linkedTo);
            if (!target) return target.error();
            m.group = target.value().model.group;
            q = target.value().quantity;
        } else {
            m.group = out.nextId++;
            out.groups.push_back(Group{m.group, q});
        }
        m.id = out.nextId++;
        out.models.push_back(m);
        auto prepared = prepareQuantityFor(q, c.kind);
        if (!prepared) return prepared.error();
        return commitQuantity(out, m.group, prepared.value());
    }
    Result<Board> operator()(const RemoveModel& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Board out = b;
        std::erase_if(out.models, [&](const Model& m) { return m.id == c.model; });
        const GroupId g = t.value().model.group;
        if (modelsInGroup(out, g).empty()) std::erase_if(out.groups, [&](const Group& x) { return x.id == g; });
        return out;
    }
    Result<Board> operator()(const MoveModel& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (!isValidPoint(c.to)) return Error{tr("engine.layout.position")};
        Model m = t.value().model;
        m.at = c.to;
        return withModel(b, m);
    }
    Result<Board> operator()(const ShowAs& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (static_cast<int>(c.kind) < 0 || static_cast<int>(c.kind) >= kRepresentationCount)
            return Error{tr("engine.board.bad_kind")};
        auto prepared = prepareQuantityFor(t.value().quantity, c.kind);
        if (!prepared) return prepared.error();
        Model m = t.value().model;
        m.kind = c.kind;
        // Counters kept as a fixed set of another size can no longer be that set: they become free again.
        if (c.kind == Representation::Counters && m.layouts.counters.fixed &&
            static_cast<std::int64_t>(m.layouts.counters.pieces.size()) != prepared.value().pooled().pieceCount())
            m.layouts.counters.fixed = false;
        if (c.kind == Representation::Bar && !checkBar(m.layouts.bar, prepared.value())) {
            m.layouts.bar.mode = BarMode::PartWhole;  // the rows and labels are kept for later
            m.layouts.bar.shaded = 0;
        }
        return commitThrough(b, m, prepared);
    }
    Result<Board> operator()(const SetLevel& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (static_cast<int>(c.level) < 0 || static_cast<int>(c.level) >= kLevelCount)
            return Error{tr("engine.board.bad_level")};
        Model m = t.value().model;
        m.level = c.level;
        return withModel(b, m);
    }
    Result<Board> operator()(const CutLink& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (modelsInGroup(b, t.value().model.group).size() < 2) return Error{tr("engine.link.not_linked")};
        if (b.nextId + 1 > kMaxId) return Error{tr("engine.board.bad_id", {countNumeral(kMaxId)})};
        Board out = b;
        const GroupId g = out.nextId++;
        out.groups.push_back(Group{g, t.value().quantity});
        findModel(out, c.model)->group = g;
        return out;
    }
    Result<Board> operator()(const SetSettings& c) const {
        Board out = b;
        out.settings = c.settings;
        if (auto ok = validateBoard(out); !ok) return ok.error();
        return out;
    }
    Result<Board> operator()(const AddPiece& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsPieces(m); !ok) return ok.error();
        PiecesLayout& layout = piecesOf(m);
        if (auto ok = notFixed(layout); !ok) return ok.error();
        if (auto ok = columnInChart(layout, c.place); !ok) return ok.error();
        layout.takeAwayFrom.reset();  // adding a piece ends a take-away
        if (m.kind == Representation::Blocks) {
            if (auto block = blockForPlace(c.place, layout.scale); !block) return block.error();
        }
        if (c.at && !isValidPoint(*c.at)) return Error{tr("engine.layout.position")};
        auto q = addPiece(t.value().quantity, c.part, c.place);
        if (!q) return q.error();
        const Point at = c.at ? *c.at
                              : tidySpot(layout, c.part, c.place, tidyIndex(layout, c.part, c.place),
                                         m.kind == Representation::Blocks, q.value());
        layout.pieces.push_back(Piece{c.part, c.place, at});
        return commitThrough(b, m, autoExchange(b, q.value()));
    }
    Result<Board> operator()(const RemovePiece& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsPieces(m); !ok) return ok.error();
        auto index = pieceIndex(m, c.piece);
        if (!index) return index.error();
        PiecesLayout& layout = piecesOf(m);
        if (auto ok = notFixed(layout); !ok) return ok.error();
        const Piece piece = layout.pieces[static_cast<std::size_t>(c.piece)];
        auto q = removePiece(t.value().quantity, piece.part, piece.place);
        if (!q) return q.error();
        layout.pieces.erase(layout.pieces.begin() + c.piece);
        // The first piece taken away starts the take-away sentence ("52 - ..."); later ones continue it.
        const Value before = t.value().quantity.value();
        if (!layout.takeAwayFrom || *layout.takeAwayFrom < before) layout.takeAwayFrom = before;
        return commitThrough(b, m, q);
    }
    Result<Board> operator()(const MovePiece& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsPieces(m); !ok) return ok.error();
        auto index = pieceIndex(m, c.piece);
        if (!index) return index.error();
        if (!isValidPoint(c.to)) return Error{tr("engine.layout.position")};
        PiecesLayout& layout = piecesOf(m);
        if (auto ok = columnInChart(layout, c.column); !ok) return ok.error();
        Piece& piece = layout.pieces[static_cast<std::size_t>(c.piece)];
        const Place from = piece.place;
        if (c.column == from) {
            piece.at = c.to;
            if (layout.inChart) {
                // Dropped back in its own column: it snaps into the tidy rows there.
                auto tidy = tidyLayout(layout, m.kind == Representation::Blocks);
                if (!tidy) return tidy.error();
                layout = tidy.value();
            }
            return withModel(b, m);
        }
        const Quantity& q = t.value().quantity;
        if (m.kind == Representation::Counters && layout.plain && layout.inChart) {
            auto removed = removePiece(q, piece.part, from);
            if (!removed) return removed.error();
            auto added = addPiece(removed.value(), piece.part, c.column);
            if (!added) return added.error();
            piece.place = c.column;
            piece.at = c.to;
            // A fixed set keeps its counters: it is never exchanged by itself.
            return commitThrough(b, m, layout.fixed ? added.value() : autoExchange(b, added.value()));
        }
        if (static_cast<int>(c.column) == static_cast<int>(from) - 1) {
            if (auto ok = exchangeAllowed(b); !ok) return ok.error();
            auto broken = exchangeDownIn(q, piece.part, from);
            if (!broken) return broken.error();
            layout.pieces.erase(layout.pieces.begin() + c.piece);
            return commitThrough(b, m, broken);
        }
        if (static_cast<int>(c.column) == static_cast<int>(from) + 1)
            return Error{tr("engine.piece.need_ten", {placeNamePlural(from)})};
        return Error{tr("engine.piece.wrong_column", {placeNamePlural(from), placeNamePlural(c.column)})};
    }
    Result<Board> operator()(const Exchange& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (auto ok = exchangeAllowed(b); !ok) return ok.error();
        const Quantity& q = t.value().quantity;
        return commitThrough(b, t.value().model, c.up ? exchangeUpIn(q, c.part, c.place) : exchangeDownIn(q, c.part, c.place));
    }
    Result<Board> operator()(const ExchangeAll& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (auto ok = exchangeAllowed(b); !ok) return ok.error();
        if (t.value().model.kind == Representation::Money) {
            // The fewest coins and notes for the amount; the number itself stays as it is.
            Model m = t.value().model;
            const MoneyLayout fewest = fewestCoins(totalPence(m.layouts.money));
            m.layouts.money.counts = fewest.counts;
            return withModel(b, m);
        }
        return commitThrough(b, t.value().model, exchangeAllParts(t.value().quantity));
    }
    Result<Board> operator()(const BreakDown& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (auto ok = exchangeAllowed(b); !ok) return ok.error();
        return commitThrough(b, t.value().model, breakAllPartsDownTo(t.value().quantity, c.lowest));
    }
    Result<Board> operator()(const SetChart& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsPieces(m); !ok) return ok.error();
        if (!isPlace(c.lowest) || !isPlace(c.highest)) return Error{tr("engine.layout.not_a_place")};
        if (static_cast<int>(c.lowest) > static_cast<int>(c.highest)) return Error{tr("engine.layout.columns_order")};
        PiecesLayout& layout = piecesOf(m);
        const PlaceCounts all = t.value().quantity.pooled();
        if (c.inChart && !all.isEmpty() &&
            (static_cast<int>(all.lowestUsedPlace()) < static_cast<int>(c.lowest) ||
             static_cast<int>(all.highestUsedPlace()) > static_cast<int>(c.highest)))
            return Error{tr("engine.chart.too_narrow")};
        if (!c.inChart && layout.plain) return Error{tr("engine.chart.plain_needs_chart")};
        if (!c.inChart && layout.rows > 0) return Error{tr("engine.chart.rows_need_chart")};
        if (c.inChart != layout.inChart) layout.pieces.clear();  // laid out afresh for the new surface
        layout.inChart = c.inChart;
        layout.lowestColumn = c.lowest;
        layout.highestColumn = c.highest;
        return commitThrough(b, m, t.value().quantity);
    }
    Result<Board> operator()(const SetPlainCounters& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Counters) return Error{tr("engine.chart.plain_counters_only")};
        if (c.plain && !m.layouts.counters.inChart) return Error{tr("engine.chart.plain_needs_chart")};
        m.layouts.counters.plain = c.plain;
        if (!c.plain) m.layouts.counters.fixed = false;
        return withModel(b, m);
    }
    Result<Board> operator()(const SetBlockScale& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Blocks) return Error{tr("engine.blocks.blocks_only")};
        auto scale = makeScale(c.cube);
        if (!scale) return scale.error();
        const PlaceCounts all = t.value().quantity.pooled();
        for (const Place p : kAllPlaces)
            if (all.count(p) > 0)
                if (auto block = blockForPlace(p, scale.value()); !block) return block.error();
        m.layouts.blocks.scale = scale.value();
        return commitThrough(b, m, t.value().quantity);
    }
    Result<Board> operator()(const SetCountedBeads& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        const Model& m = t.value().model;
        if (m.kind != Representation::Beads) return Error{tr("engine.beads.beads_only")};
        if (c.counted < 0 || c.counted > m.layouts.beads.size)
            return Error{tr("engine.beads.not_on_string", {countNumeral(m.layouts.beads.size)})};
        auto value = Value::whole(c.counted);
        if (!value) return value.error();
        return commitThrough(b, m, setWholeValue(t.value().quantity, value.value()));
    }
    Result<Board> operator()(const MoveBeadDivider& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        const Model& m = t.value().model;
        if (m.kind != Representation::Beads) return Error{tr("engine.beads.beads_only")};
        const Quantity& q = t.value().quantity;
        if (c.divider < 0 || c.divider >= q.partCount() - 1)  // (divider + 1 could overflow)
            return Error{tr("engine.beads.no_such_divider", {countNumeral(static_cast<std::int64_t>(c.divider) + 1)})};
        std::vector<Value> parts = q.partValues();
        std::int64_t before = 0;
        for (int i = 0; i < c.divider; ++i) before += parts[static_cast<std::size_t>(i)].wholePart();
        const auto d = static_cast<std::size_t>(c.divider);
        const std::int64_t after = before + parts[d].wholePart() + parts[d + 1].wholePart();
        if (c.position <= before || c.position >= after)
            return Error{tr("engine.beads.divider_range", {countNumeral(before + 1), countNumeral(after - 1)})};
        parts[d] = Value::whole(c.position - before).value();
        parts[d + 1] = Value::whole(after - c.position).value();
        return commitThrough(b, m, repartition(q, parts));
    }
    // A change to a bead string's own layout (length, cover, count-on marker): the quantity stays.
    template <class Edit>
    Result<Board> editBeads(ModelId id, Edit edit) const {
        auto t = locate(b, id);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Beads) return Error{tr("engine.beads.beads_only")};
        Result<BeadString> edited = edit(m.layouts.beads);
        if (!edited) return edited.error();
        m.layouts.beads = edited.value();
        return withModel(b, m);
    }
    Result<Board> operator()(const SetBeadStringSize& c) const {
        return editBeads(c.model, [&](BeadString beads) -> Result<BeadString> {
            if (c.size < beads.counted) return Error{tr("engine.beads.string_too_short", {countNumeral(beads.counted)})};
            beads.size = c.size;
            return checkBeadString(beads);
        });
    }
    Result<Board> operator()(const SetBeadCover& c) const {
        return editBeads(c.model, [&](const BeadString& beads) -> Result<BeadString> {
            return c.cover ? setCover(beads, c.cover->first, c.cover->last) : clearCover(beads);
        });
    }
    Result<Board> operator()(const SetCountOn& c) const {
        return editBeads(c.model, [&](const BeadString& beads) -> Result<BeadString> {
            return c.marker ? setCountOn(beads, c.marker->start, c.marker->add) : clearCountOn(beads);
        });
    }
    Result<Board> operator()(const SetBarText& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Bar) return Error{tr("engine.bar.bar_only")};
        m.layouts.bar.labels = c.labels;
        m.layouts.bar.unit = c.unit;
        while (!m.layouts.bar.labels.empty() && m.layouts.bar.labels.back().empty()) m.layouts.bar.labels.pop_back();
        if (auto ok = checkBar(m.layouts.bar, t.value().quantity); !ok) return ok.error();
        return withModel(b, m);
    }
    Result<Board> operator()(const SetFractionRows& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Bar) return Error{tr("engine.bar.bar_only")};
        if (m.layouts.bar.mode != BarMode::Fractions) return Error{tr("engine.bar.fractions_only")};
        if (auto ok = checkFractionRows(c.rows); !ok) return ok.error();
        m.layouts.bar.rows = c.rows;
        return withModel(b, m);
    }
    Result<Board> operator()(const SetBarScale& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Bar) return Error{tr("engine.bar.bar_only")};
        m.layouts.bar.notToScale = c.notToScale;
        return withModel(b, m);
    }
    Result<Board> operator()(const SetPart& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        return commitThrough(b, t.value().model, setPartValue(t.value().quantity, c.part, c.value, c.keepWhole));
    }
    Result<Board> operator()(const SetWhole& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        return commitThrough(b, t.value().model, setWholeValue(t.value().quantity, c.value));
    }
    Result<Board> operator()(const Repartition& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        return commitThrough(b, t.value().model, repartition(t.value().quantity, c.parts));
    }
    Result<Board> operator()(const AddPart& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        return commitThrough(b, t.value().model, addEmptyPart(t.value().quantity));
    }
    Result<Board> operator()(const RemovePart& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        return commitThrough(b, t.value().model, removePart(t.value().quantity, c.part));
    }
    Result<Board> operator()(const SetUnknown& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        return commitThrough(b, t.value().model, setUnknown(t.value().quantity, c.unknown));
    }
    Result<Board> operator()(const SetOrientation& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (static_cast<int>(c.orientation) < 0 || static_cast<int>(c.orientation) >= kOrientationCount)
            return Error{tr("engine.layout.orientation")};
        Model m = t.value().model;
        m.layouts.orientation = c.orientation;
        return withModel(b, m);
    }
    Result<Board> operator()(const SetBar& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Bar) return Error{tr("engine.bar.bar_only")};
        Quantity q = t.value().quantity;
        if (c.mode == BarMode::EqualParts) {
            // Shared without a place the linked views do not show (no tenths in a chart of ones).
            auto split = shareEqually(b, m, c.parts);
            if (!split) return split.error();
            q = split.value();
        }
        m.layouts.bar.mode = c.mode;
        m.layouts.bar.shaded = c.mode == BarMode::Fractions ? 0 : c.shaded;
        m.layouts.bar.unit = c.unit;
        if (c.mode == BarMode::Fractions && m.layouts.bar.rows.empty())
            m.layouts.bar.rows = {FractionRow{std::max(c.parts, kMinFractionParts), c.shaded}};
        if (auto ok = checkBar(m.layouts.bar, q); !ok) return ok.error();
        return commitThrough(b, m, q);
    }
    Result<Board> operator()(const DuplicateModel& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        if (static_cast<int>(b.models.size()) >= kMaxModels)
            return Error{tr("engine.board.too_many_models", {countNumeral(kMaxModels)})};
        if (!isValidPoint(c.at)) return Error{tr("engine.layout.position")};
        if (b.nextId + 2 > kMaxId) return Error{tr("engine.board.bad_id", {countNumeral(kMaxId)})};
        Board out = b;
        Model copy = t.value().model;
        copy.group = out.nextId++;
        out.groups.push_back(Group{copy.group, t.value().quantity});
        copy.id = out.nextId++;
        copy.at = c.at;
        out.models.push_back(copy);
        return out;
    }
    Result<Board> operator()(const SetValue& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        const Quantity& q = t.value().quantity;
        Quantity typed = quantityOf(c.value);
        Model m = t.value().model;
        if (isPieces(m)) piecesOf(m).takeAwayFrom.reset();  // a new number, not a take-away
        m.layouts.money.takeAwayFrom.reset();
        if (q.partCount() > 1 && splitByPlace(q)) {
            // Split by place before, split by place again (234 as 200, 30, 4; 347 typed: 300, 40, 7), when
            // the linked views can show that many parts; else as below.
            const std::vector<PlaceCounts> parts = placeParts(c.value);
            if (parts.size() >= 2) {
                Quantity split = typed;
                split.parts = parts;
                if (auto done = commitThrough(b, m, checkQuantity(split)); done) return done;
            }
        }
        if (q.partCount() > 1) {
            auto whole = setWholeValue(q, c.value);
            if (!whole) return whole.error();
            typed = whole.value();
            for (PlaceCounts& part : typed.parts) part = canonical(part.value());
        } else {
            typed.unknown = q.unknown;
        }
        return commitThrough(b, m, checkQuantity(typed));
    }
    Result<Board> operator()(const SetRows& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsPieces(m); !ok) return ok.error();
        PiecesLayout& layout = piecesOf(m);
        if (c.rows && !layout.inChart) return Error{tr("engine.chart.rows_need_chart")};
        layout.rows = c.rows ? t.value().quantity.partCount() : 0;
        return commitThrough(b, m, t.value().quantity);
    }
    Result<Board> operator()(const SetFixedSet& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (m.kind != Representation::Counters || (c.fixed && !m.layouts.counters.plain))
            return Error{tr("engine.chart.fixed_needs_plain")};
        m.layouts.counters.fixed = c.fixed;
        return withModel(b, m);
    }
    Result<Board> operator()(const AddCoin& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsMoney(m); !ok) return ok.error();
        if (!isCoin(c.coin)) return Error{tr("money.not_a_coin")};
        auto q = addPence(t.value().quantity, coinPence(c.coin));
        if (!q) return q.error();
        ++m.layouts.money.counts[static_cast<std::size_t>(coinIndex(c.coin))];
        m.layouts.money.takeAwayFrom.reset();  // adding a coin ends a take-away
        if (auto ok = checkMoney(m.layouts.money); !ok) return ok.error();
        return commitThrough(b, m, autoExchange(b, q.value()));
    }
    Result<Board> operator()(const RemoveCoin& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsMoney(m); !ok) return ok.error();
        if (!isCoin(c.coin)) return Error{tr("money.not_a_coin")};
        if (countOf(m.layouts.money, c.coin) == 0) return Error{tr("money.no_coin", {moneyNumeral(coinPence(c.coin))})};
        auto q = takePence(t.value().quantity, coinPence(c.coin));
        if (!q) return q.error();
        const std::int64_t before = t.value().quantity.value().wholePart();
        --m.layouts.money.counts[static_cast<std::size_t>(coinIndex(c.coin))];
        if (!m.layouts.money.takeAwayFrom || *m.layouts.money.takeAwayFrom < before) m.layouts.money.takeAwayFrom = before;
        return commitThrough(b, m, q);
    }
    Result<Board> operator()(const ExchangeCoin& c) const {
        auto t = locate(b, c.model);
        if (!t) return t.error();
        Model m = t.value().model;
        if (auto ok = needsMoney(m); !ok) return ok.error();
        if (auto ok = exchangeAllowed(b); !ok) return ok.error();
        auto money = c.up ? exchangeCoinsUp(m.layouts.money, c.coin) : breakCoin(m.layouts.money, c.coin);
        if (!money) return money.error();
        m.layouts.money.counts = money.value().counts;
        return withModel(b, m);
    }
};

}  // namespace

Result<Board> applyCommand(const Board& board, const Command& command) {
    auto next = std::visit(Apply{board}, command);
    if (!next) return next;
    // A new model's whole follows its parts until the whole is given.
    return followWholeRule(board, std::move(next.value()), command);
}

}  // namespace tenfold::model
