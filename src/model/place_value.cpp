// PlaceCounts and the exchanges between adjacent places. Every operation keeps the invariant (counts
// >= 0, total <= 9,999,999.999) and every exchange keeps the value.
#include "model/place_value.hpp"

#include <string>

#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::size_t slot(Place p) { return static_cast<std::size_t>(placeIndex(p)); }

Error notAPlace() { return Error{tr("error.place.not_a_place")}; }

}  // namespace

Result<PlaceCounts> PlaceCounts::of(std::initializer_list<std::pair<Place, std::int64_t>> counts) {
    PlaceCounts result;
    for (const auto& [place, n] : counts) {
        if (!isPlace(place)) return notAPlace();
        if (n < 0) return Error{tr("error.place.negative_count")};
        const Status s = result.addCount(place, n);
        if (!s) return s.error();
    }
    return result;
}

std::int64_t PlaceCounts::count(Place p) const { return isPlace(p) ? counts_[slot(p)] : 0; }

Status PlaceCounts::setCount(Place p, std::int64_t n) {
    if (!isPlace(p)) return notAPlace();
    if (n < 0) return Error{tr("error.place.negative_count")};
    const std::int64_t others = totalMilli() - counts_[slot(p)] * placeMilli(p);
    // others <= kMaxMilli, so the comparison below cannot overflow.
    if (n > (kMaxMilli - others) / placeMilli(p)) return Error{tr("error.place.total_too_large")};
    counts_[slot(p)] = n;
    return okStatus();
}

Status PlaceCounts::addCount(Place p, std::int64_t delta) {
    if (!isPlace(p)) return notAPlace();
    const std::int64_t current = counts_[slot(p)];
    if (delta < 0 && delta < -current) {  // current >= 0, so -current cannot overflow (delta may be INT64_MIN)
        // delta >= -kMaxMilli-ish is not guaranteed: compare before negating anything large.
        const std::string asked = delta < -kMaxMilli ? countNumeral(kMaxMilli) : countNumeral(-delta);
        return Error{tr("error.place.take_too_many", {placeCountPhrase(p, current), asked})};
    }
    if (delta > kMaxMilli) return Error{tr("error.place.total_too_large")};
    return setCount(p, current + delta);
}

std::int64_t PlaceCounts::totalMilli() const {
    std::int64_t total = 0;
    for (Place p : kAllPlaces) total += counts_[slot(p)] * placeMilli(p);
    return total;
}

Value PlaceCounts::value() const { return Value::fromMilli(totalMilli()).value(); }

std::int64_t PlaceCounts::pieceCount() const {
    std::int64_t n = 0;
    for (std::int64_t c : counts_) n += c;
    return n;
}

bool PlaceCounts::isCanonical() const {
    for (std::int64_t c : counts_)
        if (c >= kExchangeRate) return false;
    return true;
}

Place PlaceCounts::highestUsedPlace() const {
    for (auto it = kAllPlaces.rbegin(); it != kAllPlaces.rend(); ++it)
        if (counts_[slot(*it)] != 0) return *it;
    return Place::Ones;
}

Place PlaceCounts::lowestUsedPlace() const {
    for (Place p : kAllPlaces)
        if (counts_[slot(p)] != 0) return p;
    return Place::Ones;
}

PlaceCounts canonical(Value v) {
    PlaceCounts result;
    std::int64_t rest = v.milli();
    for (auto it = kAllPlaces.rbegin(); it != kAllPlaces.rend(); ++it) {
        const std::int64_t unit = placeMilli(*it);
        // Each count is below ten and the total is v itself, so setCount cannot refuse.
        (void)result.setCount(*it, rest / unit);
        rest %= unit;
    }
    return result;
}

Result<PlaceCounts> exchangeUp(const PlaceCounts& counts, Place from) {
    if (!isPlace(from)) return notAPlace();
    const std::optional<Place> to = placeAbove(from);
    if (!to) return Error{tr("error.exchange.no_place_above", {placeHeading(from)})};
    const std::int64_t have = counts.count(from);
    if (have < kExchangeRate) {
        const std::string need = placeCountPhrase(from, kExchangeRate);
        const std::string get = placeCountPhrase(*to, 1);
        if (have == 0) return Error{tr("error.exchange.none_up", {placeName(from, true), need, get})};
        return Error{tr("error.exchange.not_enough", {placeCountPhrase(from, have), need, get})};
    }
    PlaceCounts result = counts;
    // The value is unchanged, so neither step can leave the range.
    (void)result.setCount(from, have - kExchangeRate);
    (void)result.setCount(*to, counts.count(*to) + 1);
    return result;
}

Result<PlaceCounts> exchangeDown(const PlaceCounts& counts, Place from) {
    if (!isPlace(from)) return notAPlace();
    const std::optional<Place> to = placeBelow(from);
    if (!to) return Error{tr("error.exchange.no_place_below", {placeHeading(from)})};
    const std::int64_t have = counts.count(from);
    if (have == 0) return Error{tr("error.exchange.none_down", {placeName(from, true)})};
    PlaceCounts result = counts;
    (void)result.setCount(from, have - 1);
    (void)result.setCount(*to, counts.count(*to) + kExchangeRate);
    return result;
}

PlaceCounts exchangeAll(const PlaceCounts& counts) { return canonical(counts.value()); }

Result<PlaceCounts> breakAllDownTo(const PlaceCounts& counts, Place lowest) {
    if (!isPlace(lowest)) return notAPlace();
    PlaceCounts result;
    std::int64_t intoLowest = 0;
    for (Place p : kAllPlaces) {
        if (static_cast<int>(p) < static_cast<int>(lowest)) {
            (void)result.setCount(p, counts.count(p));
        } else {
            intoLowest += counts.count(p) * (placeMilli(p) / placeMilli(lowest));
        }
    }
    // Same total value as before, so this cannot refuse.
    (void)result.setCount(lowest, intoLowest);
    return result;
}

}  // namespace tenfold::model
