// Which places a chart may show, and adding a column (see chart_places.hpp).
#include "model/chart_places.hpp"

#include "model/blocks.hpp"
#include "model/forms.hpp"
#include "model/pieces.hpp"
#include "model/representation.hpp"
#include "model/text.hpp"

namespace tenfold::model {

namespace {
int exponent(Place p) { return static_cast<int>(p); }
bool isPieces(const Model& m) { return m.kind == Representation::Blocks || m.kind == Representation::Counters; }
const PiecesLayout& piecesOf(const Model& m) { return m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters; }
}  // namespace

Status chartMayShow(const Model& m, Place p) {
    if (!isPieces(m)) return Error{tr("engine.piece.not_pieces")};
    if (!isPlace(p)) return Error{tr("engine.layout.not_a_place")};
    const PiecesLayout& layout = piecesOf(m);
    if (!layout.inChart) return Error{tr("intent.columns.loose")};
    if (m.kind == Representation::Blocks && !blockForPlace(p, layout.scale))
        return Error{tr("intent.columns.no_block", {placeCountPhrase(layout.scale.cubePlace, 1), placeName(p, true)})};
    return okStatus();
}

std::vector<Place> placesToAdd(const Model& m) {
    std::vector<Place> out;
    if (!isPieces(m) || !piecesOf(m).inChart) return out;
    const PiecesLayout& layout = piecesOf(m);
    const int above = exponent(layout.highestColumn) + 1;
    if (above <= exponent(Place::Millions) && chartMayShow(m, static_cast<Place>(above))) out.push_back(static_cast<Place>(above));
    for (int e = exponent(layout.lowestColumn) - 1; e >= exponent(Place::Thousandths); --e) {
        if (chartMayShow(m, static_cast<Place>(e))) out.push_back(static_cast<Place>(e));
    }
    return out;
}

Result<Commands> addPlaceIntent(const Board& board, ModelId model, Place p) {
    const Model* m = findModel(board, model);
    if (m == nullptr) return Error{tr("intent.no_model")};
    if (auto ok = chartMayShow(*m, p); !ok) return ok.error();
    const PiecesLayout& layout = piecesOf(*m);
    if (exponent(p) >= exponent(layout.lowestColumn) && exponent(p) <= exponent(layout.highestColumn))
        return Error{tr("intent.columns.shown", {placeName(p, true)})};
    // A place outside the chart joins it with the places between (columnIntent keeps the run whole).
    return columnIntent(board, model, p);
}

}  // namespace tenfold::model
