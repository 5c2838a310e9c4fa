// Representations and levels: file names, display names, the block scale that fits a quantity, and the
// conversion rules (what each kind of model can show, with the reason when it cannot).
#include "model/representation.hpp"

#include <array>
#include <string>

#include "model/bead_string.hpp"
#include "model/forms.hpp"
#include "model/money.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& ids, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == id) return static_cast<E>(i);
    return std::nullopt;
}

constexpr std::array<std::string_view, kRepresentationCount> kRepresentationIds{
    "blocks", "counters", "beads", "part-whole", "bar", "numeral", "money"};
constexpr std::array<std::string_view, kLevelCount> kLevelIds{"concrete", "pictorial", "abstract"};
constexpr std::array<std::string_view, 3> kExchangeIds{"automatic", "offered", "off"};
constexpr std::array<std::string_view, kBarModeCount> kBarModeIds{"part-whole", "equal-parts", "comparison", "fractions"};
constexpr std::array<std::string_view, kOrientationCount> kOrientationIds{"whole-above", "whole-right",
                                                                         "whole-below", "whole-left"};
constexpr std::array<std::string_view, kPlaceCount> kPlaceIds{
    "thousandths", "hundredths", "tenths",        "ones",          "tens",
    "hundreds",    "thousands",  "ten_thousands", "hundred_thousands", "millions"};

int nonZeroPlaces(const PlaceCounts& c) {
    int n = 0;
    for (const Place p : kAllPlaces)
        if (c.count(p) > 0) ++n;
    return n;
}

}  // namespace

std::string_view representationId(Representation r) { return kRepresentationIds.at(static_cast<std::size_t>(r)); }
std::optional<Representation> representationFromId(std::string_view id) {
    return lookup<Representation>(kRepresentationIds, id);
}
std::string_view levelId(Level l) { return kLevelIds.at(static_cast<std::size_t>(l)); }
std::optional<Level> levelFromId(std::string_view id) { return lookup<Level>(kLevelIds, id); }
std::string_view exchangeModeId(ExchangeMode m) { return kExchangeIds.at(static_cast<std::size_t>(m)); }
std::optional<ExchangeMode> exchangeModeFromId(std::string_view id) { return lookup<ExchangeMode>(kExchangeIds, id); }
std::string_view barModeId(BarMode m) { return kBarModeIds.at(static_cast<std::size_t>(m)); }
std::optional<BarMode> barModeFromId(std::string_view id) { return lookup<BarMode>(kBarModeIds, id); }
std::string_view orientationId(Orientation o) { return kOrientationIds.at(static_cast<std::size_t>(o)); }
std::optional<Orientation> orientationFromId(std::string_view id) { return lookup<Orientation>(kOrientationIds, id); }
std::string_view placeId(Place p) {
    return isPlace(p) ? kPlaceIds.at(static_cast<std::size_t>(placeIndex(p))) : std::string_view{};
}
std::optional<Place> placeFromId(std::string_view id) {
    for (const Place p : kAllPlaces)
        if (placeId(p) == id) return p;
    return std::nullopt;
}

std::string representationName(Representation r) {
    return tr("engine.kind." + std::string(representationId(r)));
}
std::string levelName(Level l) { return tr("engine.level." + std::string(levelId(l))); }
std::string placeNamePlural(Place p) { return tr("place." + std::string(placeId(p)) + ".plural"); }

Result<BlockScale> blockScaleFor(const Quantity& q, BlockScale preferred) {
    const PlaceCounts all = q.pooled();
    if (all.isEmpty()) return preferred;
    const int low = static_cast<int>(all.lowestUsedPlace());
    const int high = static_cast<int>(all.highestUsedPlace());
    if (high - low >= kBlockPlaces)
        return Error{tr("engine.convert.blocks_span",
                        {numeral(q.value()), placeNamePlural(all.lowestUsedPlace()),
                         placeNamePlural(all.highestUsedPlace())})};
    const auto fits = [&](int cube) { return cube <= low && high < cube + kBlockPlaces; };
    if (fits(static_cast<int>(preferred.cubePlace))) return preferred;
    if (fits(static_cast<int>(Place::Ones))) return kWholeNumberScale;
    // The highest cube place that still reaches the lowest place used: flat as one for 0.45.
    const int cube = std::min(low, static_cast<int>(Place::Ones));
    const int chosen = fits(cube) ? cube : high - (kBlockPlaces - 1);
    auto scale = makeScale(static_cast<Place>(chosen));
    if (!scale) return scale.error();
    return scale.value();
}

Status canShowAs(const Quantity& q, Representation r) {
    if (auto ok = checkQuantity(q); !ok) return ok.error();
    const std::int64_t pieces = q.pooled().pieceCount();
    switch (r) {
        case Representation::Blocks:
        case Representation::Counters:
            if (pieces > kMaxPieces)
                return Error{tr("engine.convert.too_many_pieces",
                                {countNumeral(pieces), countNumeral(kMaxPieces)})};
            if (r == Representation::Blocks) {
                if (auto scale = blockScaleFor(q); !scale) return scale.error();
            }
            return okStatus();
        case Representation::Beads: {
            const Value v = q.value();
            if (!v.isWhole()) return Error{tr("engine.convert.beads_decimal", {numeral(v)})};
            if (v.wholePart() > kLargestBeadString)
                return Error{tr("engine.convert.beads_too_many",
                                {numeral(v), countNumeral(kLargestBeadString)})};
            for (const Value part : q.partValues()) {
                if (!part.isWhole()) return Error{tr("engine.convert.beads_decimal", {numeral(part)})};
                if (part.isZero() && q.partCount() > 1) return Error{tr("engine.convert.beads_empty_part")};
            }
            return okStatus();
        }
        case Representation::PartWhole:
            if (q.partCount() == 1) {
                if (nonZeroPlaces(q.parts[0]) > kMaxParts)
                    return Error{tr("engine.convert.part_whole_places",
                                    {numeral(q.value()), countNumeral(kMaxParts)})};
                return okStatus();
            }
            if (q.partCount() > kMaxParts)
                return Error{tr("engine.convert.part_whole_parts",
                                {countNumeral(q.partCount()), countNumeral(kMinParts), countNumeral(kMaxParts)})};
            return okStatus();
        case Representation::Bar:
        case Representation::Numeral:
            return okStatus();
        case Representation::Money:
            return canShowAsMoney(q.value());
    }
    return okStatus();
}

}  // namespace tenfold::model
