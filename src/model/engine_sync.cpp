// Projections of a linked group's quantity onto each kind of model, keeping the pupil's layout where it
// can: pieces keep their spots, bead strings only ever grow, bars and part-whole models check their rules.
#include "model/engine_sync.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/bar_model.hpp"
#include "model/forms.hpp"
#include "model/fraction_bars.hpp"
#include "model/money.hpp"
#include "model/pieces.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

using Need = std::vector<std::array<std::int64_t, kPlaceCount>>;

Need needOf(const Quantity& q) {
    Need need(q.parts.size());
    for (std::size_t i = 0; i < q.parts.size(); ++i)
        for (const Place p : kAllPlaces) need[i][static_cast<std::size_t>(placeIndex(p))] = q.parts[i].count(p);
    return need;
}

std::int64_t& slot(Need& need, int part, Place p) {
    return need[static_cast<std::size_t>(part)][static_cast<std::size_t>(placeIndex(p))];
}

std::string worth(Place p) { return numeral(Value::fromMilli(placeMilli(p)).valueOr(Value{})); }

Status checkScaleShows(const PiecesLayout& layout, const PlaceCounts& all) {
    for (const Place p : kAllPlaces) {
        if (all.count(p) == 0) continue;
        if (!blockForPlace(p, layout.scale))
            return Error{tr("engine.layout.no_block_for", {placeNamePlural(p), worth(layout.scale.cubePlace)})};
    }
    return okStatus();
}

Status checkPiecesShape(const PiecesLayout& layout) {
    if (!isPlace(layout.lowestColumn) || !isPlace(layout.highestColumn) || !isPlace(layout.scale.cubePlace))
        return Error{tr("engine.layout.not_a_place")};
    if (static_cast<int>(layout.lowestColumn) > static_cast<int>(layout.highestColumn))
        return Error{tr("engine.layout.columns_order")};
    if (static_cast<std::int64_t>(layout.pieces.size()) > kMaxPieces)
        return Error{tr("engine.quantity.too_many_pieces", {countNumeral(kMaxPieces)})};
    if (layout.rows < 0 || layout.rows > kMaxChartRows)
        return Error{tr("engine.chart.rows_count", {countNumeral(kMaxChartRows)})};
    if (layout.rows > 0 && !layout.inChart) return Error{tr("engine.chart.rows_need_chart")};
    if (layout.fixed && !layout.plain) return Error{tr("engine.chart.fixed_needs_plain")};
    for (const Piece& piece : layout.pieces) {
        if (piece.part < 0 || piece.part >= kMaxGroupParts)
            return Error{tr("engine.layout.piece_part", {countNumeral(piece.part + 1)})};
        if (!isPlace(piece.place)) return Error{tr("engine.layout.not_a_place")};
        if (!isValidPoint(piece.at)) return Error{tr("engine.layout.position")};
    }
    return okStatus();
}

std::vector<int> dividersFor(const Quantity& q) {
    std::vector<int> out;
    std::int64_t sum = 0;
    for (int i = 0; i + 1 < q.partCount(); ++i) {
        sum += q.parts[static_cast<std::size_t>(i)].value().wholePart();
        out.push_back(static_cast<int>(sum));
    }
    return out;
}

}  // namespace

int tidyIndex(const PiecesLayout& layout, int part, Place p) {
    return static_cast<int>(std::count_if(layout.pieces.begin(), layout.pieces.end(), [&](const Piece& x) {
        return x.place == p && (layout.inChart || x.part == part);
    }));
}

Point tidySpot(const PiecesLayout& layout, int part, Place p, int index, bool blocks, const Quantity& q) {
    if (layout.inChart) return tidyPosition(layout, part, p, index, blocks);
    const ChartGeometry g;
    // Where the piece sits within its column, as the chart's own tidy rows would have it.
    const Point inPart = tidyPosition(layout, 0, p, index, blocks, g);
    const double inColumn = inPart.x - static_cast<double>(static_cast<int>(layout.highestColumn) - static_cast<int>(p)) * g.columnWidth;
    auto span = [&](int i, int& high, int& low) {
        const bool has = i < q.partCount() && !q.parts[static_cast<std::size_t>(i)].isEmpty();
        high = has ? static_cast<int>(q.parts[static_cast<std::size_t>(i)].highestUsedPlace()) : static_cast<int>(p);
        low = has ? static_cast<int>(q.parts[static_cast<std::size_t>(i)].lowestUsedPlace()) : static_cast<int>(p);
    };
    double left = 0.0;
    for (int i = 0; i < part; ++i) {
        int high = 0, low = 0;
        span(i, high, low);
        left += static_cast<double>(high - low + 1) * g.columnWidth + g.gapBetweenParts;
    }
    int high = 0, low = 0;
    span(part, high, low);
    high = std::max(high, static_cast<int>(p));
    return Point{left + static_cast<double>(high - static_cast<int>(p)) * g.columnWidth + inColumn, inPart.y};
}

Result<PiecesLayout> syncPieces(const PiecesLayout& layout, const Quantity& q, bool blocks) {
    const PlaceCounts all = q.pooled();
    if (all.pieceCount() > kMaxPieces)
        return Error{tr("engine.convert.too_many_pieces", {countNumeral(all.pieceCount()), countNumeral(kMaxPieces)})};
    PiecesLayout out = layout;
    if (blocks) {
        auto scale = blockScaleFor(q, layout.scale);
        if (!scale) return scale.error();
        out.scale = scale.value();
        out.plain = false;
        out.fixed = false;
    }
    if (out.rows > 0) {
        // One row per number: the rows follow the group's parts.
        if (q.partCount() > kMaxChartRows) return Error{tr("engine.chart.rows_count", {countNumeral(kMaxChartRows)})};
        out.rows = q.partCount();
    }
    // (No pieces yet: a fixed set written by hand is laid out afresh with the counters its number needs.)
    if (out.fixed && !layout.pieces.empty() && all.pieceCount() != static_cast<std::int64_t>(layout.pieces.size()))
        return Error{trCount("engine.chart.fixed_set", static_cast<std::int64_t>(layout.pieces.size()))};
    // A take-away ends when the number grows again.
    if (out.takeAwayFrom && q.value() > *out.takeAwayFrom) out.takeAwayFrom.reset();
    if (!all.isEmpty()) {
        if (static_cast<int>(all.lowestUsedPlace()) < static_cast<int>(out.lowestColumn))
            out.lowestColumn = all.lowestUsedPlace();
        if (static_cast<int>(all.highestUsedPlace()) > static_cast<int>(out.highestColumn))
            out.highestColumn = all.highestUsedPlace();
    }
    Need need = needOf(q);
    std::vector<char> keep(layout.pieces.size(), 0);
    out.pieces = layout.pieces;
    // First the pieces already in the right part, then pieces of the right place handed to another part.
    for (std::size_t i = 0; i < out.pieces.size(); ++i) {
        Piece& piece = out.pieces[i];
        if (piece.part < q.partCount() && isPlace(piece.place) && slot(need, piece.part, piece.place) > 0) {
            --slot(need, piece.part, piece.place);
            keep[i] = 1;
        }
    }
    for (std::size_t i = 0; i < out.pieces.size(); ++i) {
        if (keep[i] || !isPlace(out.pieces[i].place)) continue;
        for (int part = 0; part < q.partCount(); ++part) {
            if (slot(need, part, out.pieces[i].place) > 0) {
                --slot(need, part, out.pieces[i].place);
                out.pieces[i].part = part;
                keep[i] = 1;
                break;
            }
        }
    }
    std::vector<Piece> kept;
    kept.reserve(static_cast<std::size_t>(all.pieceCount()));
    // Running tidy index per (part, place); in a chart the parts share one index per place.
    Need next(static_cast<std::size_t>(std::max(q.partCount(), kMaxGroupParts)));
    const auto nextIndex = [&](int part, Place p) -> std::int64_t& { return slot(next, out.inChart ? 0 : part, p); };
    for (std::size_t i = 0; i < out.pieces.size(); ++i) {
        if (!keep[i]) continue;
        kept.push_back(out.pieces[i]);
        ++nextIndex(out.pieces[i].part, out.pieces[i].place);
    }
    for (int part = 0; part < q.partCount(); ++part) {
        for (int i = kPlaceCount - 1; i >= 0; --i) {
            const Place p = kAllPlaces[static_cast<std::size_t>(i)];
            for (std::int64_t n = slot(need, part, p); n > 0; --n) {
                std::int64_t& index = nextIndex(part, p);
                kept.push_back(Piece{part, p, tidySpot(out, part, p, static_cast<int>(index), blocks, q)});
                ++index;
            }
        }
    }
    out.pieces = std::move(kept);
    // In a chart, pieces always sit in tidy rows in their columns (a piece dropped there snaps into place);
    // loose pieces stay where the pupil put them.
    if (out.inChart) return tidyLayout(out, blocks);
    return out;
}

Result<BeadString> syncBeads(const BeadString& beads, const Quantity& q) {
    if (auto ok = canShowAs(q, Representation::Beads); !ok) return ok.error();
    auto size = beadStringSizeFor(q.value());
    if (!size) return size.error();
    BeadString out = beads;
    out.size = std::max(beads.size, size.value());
    out.counted = static_cast<int>(q.value().wholePart());
    out.dividers = dividersFor(q);
    // A count-on marker follows the parts: the first counted on by the second (8 | 5 is 8 + 5).
    if (out.countOn && q.partCount() >= 2) {
        const auto start = static_cast<int>(q.parts[0].value().wholePart());
        const auto add = static_cast<int>(q.parts[1].value().wholePart());
        if (add >= 1) out.countOn = CountOnMarker{start, add};
    }
    return checkBeadString(out);
}

Status checkBarLabels(const BarLayout& bar) {
    if (!isValidUnit(bar.unit)) return checkUnit(bar.unit).error();
    if (bar.labels.size() > static_cast<std::size_t>(kMaxGroupParts) + 1)
        return Error{tr("engine.bar.too_many_labels", {countNumeral(kMaxGroupParts + 1)})};
    for (const std::string& label : bar.labels)
        if (auto ok = checkLabel(label); !ok) return ok;
    return okStatus();
}

Status checkBar(const BarLayout& bar, const Quantity& q) {
    if (auto ok = checkBarLabels(bar); !ok) return ok;
    switch (bar.mode) {
        case BarMode::PartWhole:
            if (bar.shaded != 0) return Error{tr("engine.bar.shaded_only_equal")};
            return okStatus();
        case BarMode::EqualParts: {
            if (q.partCount() < kMinEqualParts)
                return Error{tr("engine.bar.equal_parts_count", {countNumeral(kMinEqualParts), countNumeral(kMaxGroupParts)})};
            for (const auto& part : q.parts)
                if (part.totalMilli() != q.parts[0].totalMilli()) return Error{tr("engine.bar.equal_parts_unequal")};
            if (bar.shaded < 0 || bar.shaded > q.partCount())
                return Error{tr("engine.bar.shaded_range", {countNumeral(q.partCount())})};
            return okStatus();
        }
        case BarMode::Comparison:
            if (bar.shaded != 0) return Error{tr("engine.bar.shaded_only_equal")};
            if (q.partCount() < kMinComparisonBars || q.partCount() > kMaxComparisonBars)
                return Error{tr("engine.bar.comparison_count", {countNumeral(kMinComparisonBars),
                                                                countNumeral(kMaxComparisonBars),
                                                                countNumeral(q.partCount())})};
            return okStatus();
        case BarMode::Fractions:
            // The rows are layout only: any quantity can be the whole of a fraction wall.
            if (bar.shaded != 0) return Error{tr("engine.bar.shaded_only_equal")};
            return checkFractionRows(bar.rows);
    }
    return Error{tr("engine.layout.unknown_bar_mode")};
}

Result<Quantity> prepareQuantityFor(const Quantity& q, Representation kind) {
    if (auto ok = canShowAs(q, kind); !ok) return ok.error();
    if (kind != Representation::PartWhole || q.partCount() != 1) return q;
    Quantity out;
    out.parts.clear();
    for (int i = kPlaceCount - 1; i >= 0; --i) {
        const Place p = kAllPlaces[static_cast<std::size_t>(i)];
        if (q.parts[0].count(p) == 0) continue;
        PlaceCounts part;
        (void)part.setCount(p, q.parts[0].count(p));
        out.parts.push_back(part);
    }
    while (out.partCount() < kMinParts) {
        if (out.parts.empty()) out.parts.push_back(q.parts[0]);
        else out.parts.emplace_back();
    }
    out.unknown = q.unknown;
    if (out.unknown.kind == UnknownKind::Part) out.unknown = Unknown{};
    return checkQuantity(out);
}

Result<Model> projectModel(const Model& m, const Quantity& q) {
    Model out = m;
    switch (m.kind) {
        case Representation::Blocks:
        case Representation::Counters: {
            const bool blocks = m.kind == Representation::Blocks;
            auto synced = syncPieces(blocks ? m.layouts.blocks : m.layouts.counters, q, blocks);
            if (!synced) return synced.error();
            (blocks ? out.layouts.blocks : out.layouts.counters) = std::move(synced.value());
            return out;
        }
        case Representation::Beads: {
            auto synced = syncBeads(m.layouts.beads, q);
            if (!synced) return synced.error();
            out.layouts.beads = synced.value();
            return out;
        }
        case Representation::PartWhole:
            if (q.partCount() < kMinParts || q.partCount() > kMaxParts)
                return Error{tr("engine.convert.part_whole_parts",
                                {countNumeral(q.partCount()), countNumeral(kMinParts), countNumeral(kMaxParts)})};
            return out;
        case Representation::Bar:
            if (auto ok = checkBar(m.layouts.bar, q); !ok) return ok.error();
            return out;
        case Representation::Numeral:
            return out;
        case Representation::Money: {
            if (auto ok = canShowAsMoney(q.value()); !ok) return ok.error();
            const std::int64_t pence = q.value().wholePart();
            MoneyLayout& money = out.layouts.money;
            money = syncCoins(money, pence);
            if (money.takeAwayFrom && pence > *money.takeAwayFrom) money.takeAwayFrom.reset();
            if (auto ok = checkMoney(money); !ok) return ok.error();
            return out;
        }
    }
    return out;
}

Status layoutShows(const Model& m, const Quantity& q) {
    if (auto ok = layoutsWellFormed(m.layouts); !ok) return ok;
    switch (m.kind) {
        case Representation::Blocks:
        case Representation::Counters: {
            const bool blocks = m.kind == Representation::Blocks;
            const PiecesLayout& layout = blocks ? m.layouts.blocks : m.layouts.counters;
            if (blocks && (layout.plain || layout.fixed)) return Error{tr("engine.layout.blocks_plain")};
            if (layout.rows > 0 && layout.rows != q.partCount())
                return Error{tr("engine.layout.rows_mismatch", {countNumeral(layout.rows), countNumeral(q.partCount())})};
            Need need = needOf(q);
            for (const Piece& piece : layout.pieces) {
                if (piece.part >= q.partCount())
                    return Error{tr("engine.layout.piece_part", {countNumeral(piece.part + 1)})};
                --slot(need, piece.part, piece.place);
            }
            for (int part = 0; part < q.partCount(); ++part)
                for (int i = kPlaceCount - 1; i >= 0; --i)
                    if (const Place p = kAllPlaces[static_cast<std::size_t>(i)]; slot(need, part, p) != 0) {
                        const std::int64_t wanted = q.parts[static_cast<std::size_t>(part)].count(p);
                        return Error{tr("engine.layout.pieces_mismatch",
                                        {countNumeral(part + 1), placeCountPhrase(p, wanted),
                                         placeCountPhrase(p, wanted - slot(need, part, p))})};
                    }
            const PlaceCounts all = q.pooled();
            if (blocks)
                if (auto ok = checkScaleShows(layout, all); !ok) return ok;
            if (layout.inChart && !all.isEmpty() &&
                (static_cast<int>(all.lowestUsedPlace()) < static_cast<int>(layout.lowestColumn) ||
                 static_cast<int>(all.highestUsedPlace()) > static_cast<int>(layout.highestColumn)))
                return Error{tr("engine.layout.column_missing")};
            return okStatus();
        }
        case Representation::Beads: {
            if (auto ok = canShowAs(q, Representation::Beads); !ok) return ok;
            if (m.layouts.beads.counted != q.value().wholePart())
                return Error{tr("engine.layout.beads_mismatch", {countNumeral(m.layouts.beads.counted), numeral(q.value())})};
            if (m.layouts.beads.dividers != dividersFor(q)) return Error{tr("engine.layout.dividers_mismatch")};
            return okStatus();
        }
        case Representation::Money: {
            if (auto ok = canShowAsMoney(q.value()); !ok) return ok;
            if (totalPence(m.layouts.money) != q.value().wholePart())
                return Error{tr("engine.layout.money_mismatch",
                                {moneyNumeral(totalPence(m.layouts.money)), moneyNumeral(q.value().wholePart())})};
            return okStatus();
        }
        case Representation::PartWhole:
        case Representation::Bar:
        case Representation::Numeral: {
            auto projected = projectModel(m, q);
            if (!projected) return projected.error();
            return okStatus();
        }
    }
    return okStatus();
}

Status layoutsWellFormed(const Layouts& layouts) {
    if (auto ok = checkPiecesShape(layouts.blocks); !ok) return ok;
    if (auto ok = checkPiecesShape(layouts.counters); !ok) return ok;
    if (auto ok = checkBeadString(layouts.beads); !ok) return ok.error();
    if (static_cast<int>(layouts.orientation) < 0 || static_cast<int>(layouts.orientation) >= kOrientationCount)
        return Error{tr("engine.layout.orientation")};
    if (auto ok = checkMoney(layouts.money); !ok) return ok;
    if (auto ok = checkBarLabels(layouts.bar); !ok) return ok;
    if (layouts.bar.shaded < 0 || layouts.bar.shaded > kMaxGroupParts)
        return Error{tr("engine.bar.shaded_range", {countNumeral(kMaxGroupParts)})};
    if (!layouts.bar.rows.empty())
        if (auto ok = checkFractionRows(layouts.bar.rows); !ok) return ok;
    return okStatus();
}

Result<Board> commitQuantity(const Board& b, GroupId group, const Quantity& q) {
    if (auto ok = checkQuantity(q); !ok) return ok.error();
    Board out = b;
    Group* g = findGroup(out, group);
    if (!g) return Error{tr("engine.board.no_such_group", {countNumeral(group)})};
    g->quantity = q;
    for (Model& m : out.models) {
        if (m.group != group) continue;
        auto projected = projectModel(m, q);
        if (!projected) return projected.error();
        m = std::move(projected.value());
    }
    return out;
}

}  // namespace tenfold::model
