// Quantity: the one authoritative quantity of a linked group. It holds the value as a partition into
// parts (each part a PlaceCounts, so "4 tens and 13 ones" and "30 and 17" are both representable) and
// which circle, if any, is shown as unknown. Every model in a group is a projection of its Quantity.
// The operations here are pure: each returns the changed quantity or a refusal with a reason.
#pragma once

#include <cstdint>
#include <vector>

#include "model/place_value.hpp"
#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// A group may be split into at most this many parts (a bar of twelfths); a part-whole model shows 2..5.
inline constexpr int kMaxGroupParts = 12;
// The most pieces (blocks or counters) one model may hold: 9,999 loose ones fit, 12,345 do not.
inline constexpr std::int64_t kMaxPieces = 10'000;

// Which circle (or bar) is shown as "?". The quantity always knows every value; the unknown only says
// what the pupils are asked to find.
enum class UnknownKind : int { None, Whole, Part, Difference };
struct Unknown {
    UnknownKind kind = UnknownKind::None;
    int part = 0;  // only for UnknownKind::Part
    bool operator==(const Unknown&) const = default;
};

struct Quantity {
    std::vector<PlaceCounts> parts{PlaceCounts{}};  // at least one part
    Unknown unknown;
    bool operator==(const Quantity&) const = default;

    [[nodiscard]] int partCount() const { return static_cast<int>(parts.size()); }
    // The sum of the parts in thousandths (may exceed the largest number only in a quantity that
    // checkQuantity refuses).
    [[nodiscard]] std::int64_t totalMilli() const;
    // The whole. Precondition: checkQuantity(*this) is ok.
    [[nodiscard]] Value value() const;
    // The value of each part, in order.
    [[nodiscard]] std::vector<Value> partValues() const;
    // All parts put together place by place (what a chart with every piece shows).
    [[nodiscard]] PlaceCounts pooled() const;
};

// The quantity if it keeps every invariant: 1..kMaxGroupParts parts, the whole within range, an unknown
// part that exists, a difference only with 2 or more parts.
Result<Quantity> checkQuantity(const Quantity& q);

// One part holding the standard partition of v (347 -> 3 hundreds, 4 tens and 7 ones).
Quantity quantityOf(Value v);
// One part per value, each in its standard partition. Refuses 0 or too many parts and too large a sum.
Result<Quantity> quantityOfParts(const std::vector<Value>& parts);

// ---- Edits through pieces ---------------------------------------------------------------------------------
// Adds one piece of place p to part `part`.
Result<Quantity> addPiece(const Quantity& q, int part, Place p);
// Takes one piece of place p from part `part`; refuses when there is none there (an exchange is needed).
Result<Quantity> removePiece(const Quantity& q, int part, Place p);
// Ten of p in `part` become one of the place above / one of p becomes ten of the place below.
Result<Quantity> exchangeUpIn(const Quantity& q, int part, Place p);
Result<Quantity> exchangeDownIn(const Quantity& q, int part, Place p);
// Every part exchanged to its standard partition; the parts keep their values.
Quantity exchangeAllParts(const Quantity& q);
// Every part broken down so that no piece is above `lowest` (places below it are left alone). Refuses
// when that makes more pieces than a model can hold.
Result<Quantity> breakAllPartsDownTo(const Quantity& q, Place lowest);

// ---- Edits of the partition --------------------------------------------------------------------------------
// Re-partitions the same whole into new part values (47 = 40 + 7 -> 30 + 17). The pieces there are
// regrouped into the new parts, taking the largest pieces that fit and exchanging a piece down only when
// a part cannot be made otherwise. Refuses parts that do not add up to the whole.
Result<Quantity> repartition(const Quantity& q, const std::vector<Value>& newParts);
// Sets one part's value. With keepWhole, the neighbouring part (the next one, or the previous one for the
// last part) takes up the difference, so the whole stays; otherwise the whole changes.
Result<Quantity> setPartValue(const Quantity& q, int part, Value v, bool keepWhole);
// Sets the whole. With one part, that part becomes v; with several, the last part takes up the difference.
Result<Quantity> setWholeValue(const Quantity& q, Value v);
// Adds a part of value 0 at the end / removes a part, giving its pieces to the part before it (or after
// it, for the first part): the whole does not change.
Result<Quantity> addEmptyPart(const Quantity& q);
Result<Quantity> removePart(const Quantity& q, int part);
// Marks what is unknown. Refuses a part that is not there and a difference with only one part.
Result<Quantity> setUnknown(const Quantity& q, Unknown unknown);

}  // namespace tenfold::model
