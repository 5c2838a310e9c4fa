// PlaceCounts: a quantity held as how many of each place there are (millions .. thousandths), in any
// arrangement: 4 tens and 13 ones (53), 67 tens and 4 ones (674). Exchanges between adjacent places
// (ten of a place for one of the next place up, and back) always keep the value the same.
// Invariant: every count is >= 0 and the total value never exceeds 9,999,999.999.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <utility>

#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

inline constexpr std::int64_t kExchangeRate = 10;  // ten of one place make one of the next place up

class PlaceCounts {
  public:
    PlaceCounts() = default;  // nothing in any place: zero

    // Builds counts place by place, e.g. of({{Place::Tens, 4}, {Place::Ones, 13}}). Refuses negative
    // counts, non-places and totals above the largest number.
    static Result<PlaceCounts> of(std::initializer_list<std::pair<Place, std::int64_t>> counts);

    // 0 for something that is not a place.
    [[nodiscard]] std::int64_t count(Place p) const;
    // Sets one count; refuses (leaving the counts unchanged) a negative count, a non-place or a total
    // above the largest number.
    [[nodiscard]] Status setCount(Place p, std::int64_t n);
    // Adds (or, with a negative delta, takes away) pieces in one place, refusing as setCount does and
    // refusing to take away more than there are.
    [[nodiscard]] Status addCount(Place p, std::int64_t delta);

    // Always in range thanks to the invariant.
    [[nodiscard]] Value value() const;
    [[nodiscard]] std::int64_t totalMilli() const;
    // How many pieces in all (4 tens and 13 ones: 17).
    [[nodiscard]] std::int64_t pieceCount() const;
    // No place has ten or more, i.e. the standard partition.
    [[nodiscard]] bool isCanonical() const;
    [[nodiscard]] bool isEmpty() const { return pieceCount() == 0; }
    // The highest / lowest place with a non-zero count (Ones when empty).
    [[nodiscard]] Place highestUsedPlace() const;
    [[nodiscard]] Place lowestUsedPlace() const;

    bool operator==(const PlaceCounts&) const = default;  // same arrangement (not just the same value)

  private:
    std::array<std::int64_t, kPlaceCount> counts_{};
};

// The standard partition of a value: 347 -> 3 hundreds, 4 tens and 7 ones.
PlaceCounts canonical(Value v);
// Ten of `from` become one of the place above. Refuses when there are fewer than ten or no place above.
Result<PlaceCounts> exchangeUp(const PlaceCounts& counts, Place from);
// One of `from` becomes ten of the place below. Refuses when there are none or no place below.
Result<PlaceCounts> exchangeDown(const PlaceCounts& counts, Place from);
// Exchanges up wherever there are ten or more, until the partition is standard. The value is unchanged.
PlaceCounts exchangeAll(const PlaceCounts& counts);
// Breaks everything above `lowest` down into `lowest` (places below it are left alone):
// 3 hundreds 4 tens 7 ones broken down to tens -> 34 tens 7 ones. Refuses a non-place.
Result<PlaceCounts> breakAllDownTo(const PlaceCounts& counts, Place lowest);

}  // namespace tenfold::model
