// Place value chart helpers for pieces: columns, headings, positions, counts and the tidy layout.
#include "model/pieces.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "model/forms.hpp"
#include "model/quantity.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

int exponent(Place p) { return static_cast<int>(p); }

bool chartOk(const PiecesLayout& layout) {
    return isPlace(layout.highestColumn) && isPlace(layout.lowestColumn) &&
           exponent(layout.highestColumn) >= exponent(layout.lowestColumn);
}

int columnCount(const PiecesLayout& layout) {
    return chartOk(layout) ? exponent(layout.highestColumn) - exponent(layout.lowestColumn) + 1 : 0;
}

// Places within a group of three (ones, tens, hundreds) for the two-tier chart.
constexpr int kGroupSize = 3;
constexpr double kTopPadding = 14.0;      // above the first tidy row of a column (or of a band)
constexpr double kEmptyRowHeight = 60.0;  // a row of a rows chart with nothing in it yet: room for a counter

// How tall each part's band of tidy rows is (from the top of the chart's body) and where it starts: the
// parts that have pieces, and every row of a rows chart (an empty row keeps room for its first piece).
struct BandPlan {
    std::map<int, double> height, offset;
};
BandPlan bandPlan(const PiecesLayout& layout, bool blocks, const ChartGeometry& g) {
    BandPlan plan;
    std::map<std::pair<int, int>, int> count;
    for (const Piece& piece : layout.pieces) ++count[{piece.part, exponent(piece.place)}];
    for (const auto& [key, n] : count) {
        const auto place = static_cast<Place>(key.second);
        const Point last = tidyPosition(layout, key.first, place, n - 1, blocks, g);
        plan.height[key.first] = std::max(plan.height[key.first], last.y - g.headerHeight + tidyPattern(layout, place, blocks).ph);
    }
    for (int row = 0; row < layout.rows; ++row) plan.height[row] = std::max(plan.height[row], kTopPadding + kEmptyRowHeight);
    double y = 0.0;
    for (const auto& [part, h] : plan.height) {
        plan.offset[part] = y;
        y += h + kPartBandGap;
    }
    return plan;
}

}  // namespace

std::vector<Place> chartColumns(const PiecesLayout& layout) {
    std::vector<Place> columns;
    if (!chartOk(layout)) return columns;
    for (int e = exponent(layout.highestColumn); e >= exponent(layout.lowestColumn); --e)
        columns.push_back(static_cast<Place>(e));
    return columns;
}

Status checkChartColumns(Place highest, Place lowest) {
    if (!isPlace(highest) || !isPlace(lowest)) return Error{tr("error.place.not_a_place")};
    if (exponent(highest) < exponent(lowest)) return Error{tr("error.chart.columns_order")};
    return okStatus();
}

std::string columnGroupHeading(Place p) {
    if (!isPlace(p) || exponent(p) < exponent(Place::Ones)) return "";
    if (exponent(p) >= exponent(Place::Millions)) return tr("chart.group.millions");
    if (exponent(p) >= exponent(Place::Thousands)) return tr("chart.group.thousands");
    return tr("chart.group.ones");
}

std::string columnGroupLabel(Place p) {
    if (!isPlace(p) || exponent(p) < exponent(Place::Ones)) return placeShortLabel(p);
    // Within each group of three: ones, tens, hundreds.
    return placeShortLabel(static_cast<Place>(exponent(p) % kGroupSize));
}

std::optional<Place> columnAt(const PiecesLayout& layout, double x, const ChartGeometry& g) {
    if (!layout.inChart || !chartOk(layout) || !std::isfinite(x) || x < 0.0 || g.columnWidth <= 0.0) return std::nullopt;
    const double index = std::floor(x / g.columnWidth);
    if (index >= static_cast<double>(columnCount(layout))) return std::nullopt;
    return static_cast<Place>(exponent(layout.highestColumn) - static_cast<int>(index));
}

std::optional<double> columnLeft(const PiecesLayout& layout, Place p, const ChartGeometry& g) {
    if (!chartOk(layout) || !isPlace(p) || exponent(p) > exponent(layout.highestColumn) ||
        exponent(p) < exponent(layout.lowestColumn))
        return std::nullopt;
    return static_cast<double>(exponent(layout.highestColumn) - exponent(p)) * g.columnWidth;
}

std::optional<double> decimalPointX(const PiecesLayout& layout, const ChartGeometry& g) {
    if (!layout.inChart || !columnLeft(layout, Place::Ones, g) || !columnLeft(layout, Place::Tenths, g))
        return std::nullopt;
    return columnLeft(layout, Place::Tenths, g);
}

Result<Place> plainCounterPlace(const PiecesLayout& layout, double x, const ChartGeometry& g) {
    const std::optional<Place> column = columnAt(layout, x, g);
    if (!column) return Error{tr("error.chart.plain_outside")};
    return *column;
}

Result<PlaceCounts> countsOfPieces(const PiecesLayout& layout, std::optional<int> part) {
    if (static_cast<std::int64_t>(layout.pieces.size()) > kMaxPieces)
        return Error{tr("error.pieces.too_many", {countNumeral(static_cast<std::int64_t>(layout.pieces.size())),
                                                  countNumeral(kMaxPieces)})};
    PlaceCounts counts;
    for (const Piece& piece : layout.pieces) {
        if (part && piece.part != *part) continue;
        const Status s = counts.addCount(piece.place, 1);
        if (!s) return s.error();
    }
    return counts;
}

Result<Value> valueOfPieces(const PiecesLayout& layout) {
    const Result<PlaceCounts> counts = countsOfPieces(layout);
    if (!counts) return counts.error();
    return counts.value().value();
}

std::vector<std::pair<Place, std::int64_t>> piecesPerColumn(const PiecesLayout& layout, double pieceWidth,
                                                            const ChartGeometry& g) {
    std::vector<std::pair<Place, std::int64_t>> result;
    for (Place p : chartColumns(layout)) result.emplace_back(p, 0);
    if (!layout.inChart) return result;
    for (const Piece& piece : layout.pieces) {
        const std::optional<Place> column = columnAt(layout, piece.at.x + pieceWidth / 2.0, g);
        if (!column) continue;
        const auto at = static_cast<std::size_t>(exponent(layout.highestColumn) - exponent(*column));
        ++result[at].second;
    }
    return result;
}

std::vector<std::size_t> piecesInWrongColumn(const PiecesLayout& layout, double pieceWidth, const ChartGeometry& g) {
    std::vector<std::size_t> wrong;
    if (!layout.inChart) return wrong;
    for (std::size_t i = 0; i < layout.pieces.size(); ++i) {
        const Piece& piece = layout.pieces[i];
        const std::optional<Place> column = columnAt(layout, piece.at.x + pieceWidth / 2.0, g);
        if (column != piece.place) wrong.push_back(i);
    }
    return wrong;
}

TidyPattern tidyPattern(const PiecesLayout& layout, Place p, bool blocks) {
    constexpr double kGap = 4.0;
    constexpr int kFive = 5;
    constexpr int kPairs = 2;
    constexpr double kFanStep = 34.0;     // the visible edge of each fanned flat
    constexpr double kBigCubeGap = 10.0;   // big cubes stand apart: a fan of cubes would not read as cubes
    constexpr double kFanX = 4.0;         // and a step to the right, so the fan reads as a pile of flats
    if (!blocks) {
        TidyPattern t{kCounterUnits, kCounterUnits, kCounterUnits + 2 * kGap, kCounterUnits + 2 * kGap, kPairs, kFive, 2 * kGap, 0};
        return t;
    }
    const Result<BlockKind> kind = blockForPlace(p, layout.scale);
    const double ten = kCubeUnits * static_cast<double>(kCubesPerBlockStep);
    switch (kind.ok() ? kind.value() : BlockKind::Cube) {
    case BlockKind::Cube:
        return TidyPattern{kCubeUnits, kCubeUnits, kCubeUnits + kGap, kCubeUnits + kGap, kFive, 2, 2 * kGap, 0};
    case BlockKind::Rod:
        return TidyPattern{kCubeUnits, ten, kCubeUnits + 2 * kGap, ten + 3 * kGap, kFive, 0, 0, 0};
    case BlockKind::Flat:
        return TidyPattern{ten, ten, 0, kFanStep, 1, 0, 0, 0, kFanX};
    case BlockKind::BigCube:
        return TidyPattern{ten, ten, 0, ten + kBigCubeDepthUnits + kBigCubeGap, 1, 0, 0, kBigCubeDepthUnits, 0};
    }
    return TidyPattern{};
}

Point tidyPosition(const PiecesLayout& layout, int part, Place p, int index, bool blocks, const ChartGeometry& g) {
    const TidyPattern t = tidyPattern(layout, p, blocks);
    const int row = index / t.perRow;
    const double groups = t.rowsPerGroup > 0 ? static_cast<double>(row / t.rowsPerGroup) : 0.0;
    constexpr int kFannedRows = 9;  // a fan of nine is centred in the column
    // A big cube's depth reaches to the right as far as it reaches up (t.top).
    const double rowWidth = static_cast<double>(t.perRow - 1) * t.stepX + t.pw + kFannedRows * t.fanX + t.top;
    const double inColumn = (g.columnWidth - rowWidth) / 2.0 + static_cast<double>(index % t.perRow) * t.stepX +
                            static_cast<double>(row) * t.fanX;
    const double down = t.top + kTopPadding + static_cast<double>(row) * t.stepY + groups * t.groupGap;
    const double fromLeft = static_cast<double>(exponent(layout.highestColumn) - exponent(p)) * g.columnWidth;
    if (layout.inChart) return Point{fromLeft + inColumn, g.headerHeight + down};
    const double partWidth = static_cast<double>(std::max(columnCount(layout), 1)) * g.columnWidth + g.gapBetweenParts;
    return Point{static_cast<double>(part) * partWidth + fromLeft + inColumn, down};
}

bool partsInBands(const PiecesLayout& layout) {
    if (!layout.inChart) return false;
    if (layout.rows > 0) return true;  // a rows chart: every number in its own row
    std::map<int, std::set<int>> placesOfPart, partsOfPlace;
    for (const Piece& piece : layout.pieces) {
        placesOfPart[piece.part].insert(exponent(piece.place));
        partsOfPlace[exponent(piece.place)].insert(piece.part);
    }
    if (placesOfPart.size() < 2) return false;
    // 200 + 30 + 4 needs no bands: the columns already show the parts.
    for (const auto& [part, places] : placesOfPart)
        if (places.size() > 1) return true;
    for (const auto& [place, ofParts] : partsOfPlace)
        if (ofParts.size() > 1) return true;
    return false;
}

std::vector<PartBand> partBands(const PiecesLayout& layout, bool blocks) {
    std::vector<PartBand> bands;
    if (!partsInBands(layout)) return bands;
    if (layout.rows > 0) {
        // Every row, empty or not, where the tidy layout puts it.
        const ChartGeometry g;
        const BandPlan plan = bandPlan(layout, blocks, g);
        for (const auto& [part, h] : plan.height) {
            const double top = g.headerHeight + plan.offset.at(part);
            PartBand band{part, top + kTopPadding, top + h, 0};
            for (const Piece& piece : layout.pieces)
                if (piece.part == part) band.milli += placeMilli(piece.place);
            bands.push_back(band);
        }
        return bands;
    }
    std::map<int, PartBand> byPart;
    for (const Piece& piece : layout.pieces) {
        const double foot = piece.at.y + tidyPattern(layout, piece.place, blocks).ph;
        auto [it, fresh] = byPart.try_emplace(piece.part, PartBand{piece.part, piece.at.y, foot, 0});
        it->second.top = std::min(it->second.top, piece.at.y);
        it->second.bottom = std::max(it->second.bottom, foot);
        it->second.milli += placeMilli(piece.place);
    }
    for (const auto& [part, band] : byPart) bands.push_back(band);
    std::sort(bands.begin(), bands.end(), [](const PartBand& a, const PartBand& b) { return a.top < b.top; });
    return bands;
}

Result<PiecesLayout> tidyLayout(const PiecesLayout& layout, bool blocks, const ChartGeometry& g) {
    if (static_cast<std::int64_t>(layout.pieces.size()) > kMaxPieces)
        return Error{tr("error.pieces.too_many", {countNumeral(static_cast<std::int64_t>(layout.pieces.size())),
                                                  countNumeral(kMaxPieces)})};
    PiecesLayout out = layout;
    if (partsInBands(layout)) {
        // Several parts in one chart: each part has its own band of rows, one under another, so 47 as
        // 30 and 17 shows as two groups in the same columns (and a rows chart keeps a band for every row).
        const BandPlan plan = bandPlan(layout, blocks, g);
        std::map<int, double> offset = plan.offset;
        std::map<std::pair<int, int>, int> next;
        for (Piece& piece : out.pieces) {
            int& index = next[{piece.part, exponent(piece.place)}];
            piece.at = tidyPosition(layout, piece.part, piece.place, index, blocks, g);
            piece.at.y += offset[piece.part];
            ++index;
        }
        return out;
    }
    // One part in a chart: one running index per place; loose, one per part and place.
    std::map<std::pair<int, int>, int> next;
    for (Piece& piece : out.pieces) {
        const int partKey = layout.inChart ? 0 : piece.part;
        int& index = next[{partKey, exponent(piece.place)}];
        piece.at = tidyPosition(layout, piece.part, piece.place, index, blocks, g);
        ++index;
    }
    return out;
}

}  // namespace tenfold::model
