// Place value chart helpers for pieces (base-10 blocks and place value counters, the Piece and
// PiecesLayout types of board.hpp): the chart's columns, headings and short labels ("Th" thousands,
// "Tth" tenths), the two-tier group headings, which column an x position falls in, where the decimal
// point line goes, the place value of plain counters from their column, the counts per column and
// per place, and a tidy layout of the pieces in rows of five. Positions are board units relative to the
// model (layout only: a piece's value always comes from its place, never from a coordinate).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/board.hpp"
#include "model/place_value.hpp"
#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// The chart's size, in board units. The defaults match the engine's tidy spots (engine_sync.hpp).
struct ChartGeometry {
    double columnWidth = 160.0;   // one column
    double headerHeight = 80.0;   // the headings above the columns
    double gapBetweenParts = 80.0;  // loose pieces: space between the parts' areas
};

// The columns of a chart, highest place first (the order they are drawn, left to right). Empty when
// the layout's lowest column is above its highest or either is not a place.
std::vector<Place> chartColumns(const PiecesLayout& layout);
// Refuses a chart whose columns are not a run from a higher place down to a lower one.
Status checkChartColumns(Place highest, Place lowest);
// The heading above a column in the two-tier chart of Years 5-6: "Millions", "Thousands" (over
// HTh TTh Th), "Ones" (over H T O); decimals have none ("").
std::string columnGroupHeading(Place p);
// The short label of a column inside its group, as the two-tier chart prints it: H T O under both
// "Thousands" and "Ones". (placeShortLabel in forms.hpp gives the one-tier labels: HTh TTh Th H T O.)
std::string columnGroupLabel(Place p);

// The column whose strip contains x (the chart starts at x = 0 with its highest column), or nothing
// outside the chart. Pass the centre of a piece, not its corner.
std::optional<Place> columnAt(const PiecesLayout& layout, double x, const ChartGeometry& g = {});
// The x of a column's left edge, or nothing when the chart does not show that place.
std::optional<double> columnLeft(const PiecesLayout& layout, Place p, const ChartGeometry& g = {});
// The x of the heavy decimal point line between ones and tenths; nothing unless the chart shows both.
std::optional<double> decimalPointX(const PiecesLayout& layout, const ChartGeometry& g = {});

// The place a plain counter dropped at x stands for: the column it lands in. Refused outside the chart
// (a plain counter has no value of its own).
Result<Place> plainCounterPlace(const PiecesLayout& layout, double x, const ChartGeometry& g = {});

// How many pieces there are of each place (all parts together, or only part `part`), refusing more than
// kMaxPieces, a piece with no real place and totals above the largest number.
Result<PlaceCounts> countsOfPieces(const PiecesLayout& layout, std::optional<int> part = std::nullopt);
// The value of all the pieces.
Result<Value> valueOfPieces(const PiecesLayout& layout);
// How many pieces sit in each column of the chart, by where they are (highest column first), whatever
// their own place: what a child counting the column would see.
std::vector<std::pair<Place, std::int64_t>> piecesPerColumn(const PiecesLayout& layout, double pieceWidth,
                                                            const ChartGeometry& g = {});
// The indices of pieces that sit in a column other than their own place (a hundreds counter dropped in
// the tens column), so a view can point them out. Loose layouts have none.
std::vector<std::size_t> piecesInWrongColumn(const PiecesLayout& layout, double pieceWidth,
                                             const ChartGeometry& g = {});

// Piece sizes in board units. The board draws pieces at exactly these sizes, so tidy pieces never
// overlap: a cube is kCubeUnits square, a rod ten cubes long, a flat ten by ten, a big cube a flat with
// kBigCubeDepthUnits of depth drawn above and to the right; a counter is a disc of kCounterUnits.
inline constexpr double kCubeUnits = 12.0;
inline constexpr double kBigCubeDepthUnits = 30.0;
inline constexpr double kCounterUnits = 46.0;

// How tidy pieces of one place sit in their column: each pw x ph, perRow side by side stepX apart, rows
// stepY apart, and an extra groupGap after every rowsPerGroup rows (a ten of cubes is two rows of five).
struct TidyPattern {
    double pw = 0, ph = 0;
    double stepX = 0, stepY = 0;
    int perRow = 1;
    int rowsPerGroup = 0;  // 0: no grouping
    double groupGap = 0;
    double top = 0;        // space above the first row (a big cube's depth)
    double fanX = 0;       // each row a little to the right: fanned flats read as separate pieces
};
// Blocks: ones in rows of five (a ten is two rows, as on a ten frame), rods five side by side, flats
// fanned downwards so every one shows its edge and can be counted, big cubes one under another.
// Counters: in pairs.
TidyPattern tidyPattern(const PiecesLayout& layout, Place p, bool blocks);

// Where the index-th (0-based) piece of place p of part `part` sits in the tidy layout (its top-left):
// centred in its column under the headings in a chart; loose, in its part's own area, larger places on
// the left.
Point tidyPosition(const PiecesLayout& layout, int part, Place p, int index, bool blocks, const ChartGeometry& g = {});
// Whether a chart shows its parts in bands: when it holds pieces of several parts and the columns alone
// do not show them (a place shared by two parts, as in 30 + 17, or a part using two places, as in 200 + 34).
// 200 + 30 + 4 and loose layouts have no bands.
bool partsInBands(const PiecesLayout& layout);
// One part's band in a chart: from the top of its highest piece to the foot of its lowest, and the value
// its pieces make (thousandths).
struct PartBand {
    int part = 0;
    double top = 0, bottom = 0;
    std::int64_t milli = 0;
};
// The bands of a chart that shows its parts in bands, top to bottom; empty when it does not.
std::vector<PartBand> partBands(const PiecesLayout& layout, bool blocks);
// The space between two parts' bands in a chart.
inline constexpr double kPartBandGap = 22.0;
// Every piece moved to its tidy position (parts in order, then places, keeping the pieces' order within
// each), nothing else changed. In a chart holding pieces of several parts, each part gets its own band of
// rows (part 0 at the top, kPartBandGap between bands), so a regrouping (47 as 30 and 17) is seen.
// Refuses more than kMaxPieces pieces.
Result<PiecesLayout> tidyLayout(const PiecesLayout& layout, bool blocks, const ChartGeometry& g = {});

}  // namespace tenfold::model
