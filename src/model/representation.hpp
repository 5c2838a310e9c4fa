// Representations and levels: the kinds of model a linked group can be shown as (base 10 blocks, place
// value counters, bead string, part-whole, bar, numeral), the concrete/pictorial/abstract levels, the
// names used in board files and on screen, and whether a quantity can be shown as a kind (with the
// teacher-readable reason when it cannot: 201 beads, decimals on a bead string, 6 parts in a part-whole).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/bar_model.hpp"
#include "model/blocks.hpp"
#include "model/part_whole.hpp"
#include "model/quantity.hpp"
#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// Money (UK coins and notes, the quantity read as pence) is the last kind: a purse is not a place value
// chart, so it is a kind of its own rather than a mode of counters (money.hpp).
enum class Representation : int { Blocks, Counters, Beads, PartWhole, Bar, Numeral, Money };
inline constexpr int kRepresentationCount = 7;
enum class Level : int { Concrete, Pictorial, Abstract };
inline constexpr int kLevelCount = 3;
// What happens when a column reaches ten: exchanged at once, offered with a button, or never.
enum class ExchangeMode : int { Automatic, Offered, Off };
// Bar models: whole above its parts, n equal parts (some shaded), 2-3 bars compared, or the whole as a
// fraction wall (rows of equal parts named as fractions, the number itself never split).
enum class BarMode : int { PartWhole, EqualParts, Comparison, Fractions };
inline constexpr int kBarModeCount = 4;
// (kMinComparisonBars, kMaxComparisonBars and kMinEqualParts come from bar_model.hpp.)
// Base 10 blocks show four places at a time: cube, rod, flat, big cube.
inline constexpr int kBlockPlaces = 4;

// Names used in board files ("blocks", "part-whole", "concrete", "ten_thousands", ...) and back.
std::string_view representationId(Representation r);
std::optional<Representation> representationFromId(std::string_view id);
std::string_view levelId(Level l);
std::optional<Level> levelFromId(std::string_view id);
std::string_view exchangeModeId(ExchangeMode m);
std::optional<ExchangeMode> exchangeModeFromId(std::string_view id);
std::string_view barModeId(BarMode m);
std::optional<BarMode> barModeFromId(std::string_view id);
std::string_view orientationId(Orientation o);
std::optional<Orientation> orientationFromId(std::string_view id);
std::string_view placeId(Place p);
std::optional<Place> placeFromId(std::string_view id);

// Names shown to people, from the text table: "base 10 blocks", "concrete", "tens".
std::string representationName(Representation r);
std::string levelName(Level l);
std::string placeNamePlural(Place p);

// The scale that lets base 10 blocks show every place the quantity uses, preferring `preferred`, then
// the cube as one; refuses (with the reason) values spread over more than four places.
Result<BlockScale> blockScaleFor(const Quantity& q, BlockScale preferred = kWholeNumberScale);

// Whether the quantity can be shown as `r`, and the reason when it cannot. A part-whole needs 2 to 5
// parts, but a quantity of one part can be shown as one by splitting it by place (47 -> 40 and 7); the
// bar mode's own rules are checked when the bar is set up.
Status canShowAs(const Quantity& q, Representation r);

}  // namespace tenfold::model
