// Which places a place value chart may show, and the columns its menu offers to add. A chart shows a run
// of places with no gap, from millions down to thousandths (the places Tenfold holds exactly). Counters may
// show any of them; base 10 blocks only the places that have a block while the chosen block is one (with
// the cube as one there is no block for tenths: the flat must be one first). Pure: the menu and the intent
// ask the same function, so a button is offered only for a column the chart may gain.
#pragma once

#include <vector>

#include "model/board.hpp"
#include "model/intents.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// Whether model m, as it is laid out now, may show a column for place p: it must be a chart of pieces, and
// blocks need a block for p. Refused with the reason a teacher can act on.
Status chartMayShow(const Model& m, Place p);
// The columns the chart's menu offers to add, highest first: the next place above the highest column (up
// to millions) and every place below the lowest (down to thousandths), each one the chart may show.
// Empty for anything that is not a chart.
std::vector<Place> placesToAdd(const Model& m);
// "Add a column" for place p: the chart gains p and the places between (0.45 needs tenths and
// hundredths: one tap on hundredths). Refused, with the reason, when the chart already shows p or may not.
Result<Commands> addPlaceIntent(const Board& board, ModelId model, Place p);

}  // namespace tenfold::model
