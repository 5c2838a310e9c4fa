// Quantity: the authoritative quantity of a linked group (parts as PlaceCounts, plus the unknown), and
// the pure edits on it: pieces, exchanges, re-partitioning with the fewest exchanges the greedy rule gives.
#include "model/quantity.hpp"

#include <string>

#include "model/forms.hpp"
#include "model/representation.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

Error partMissing(int part) {
    return Error{tr("engine.quantity.no_such_part", {countNumeral(static_cast<std::int64_t>(part) + 1)})};
}

bool hasPart(const Quantity& q, int part) { return part >= 0 && part < q.partCount(); }

// The unknown of q after the parts changed in number: an unknown part that no longer exists is dropped.
Unknown keptUnknown(const Quantity& q) {
    if (q.unknown.kind == UnknownKind::Part && !hasPart(q, q.unknown.part)) return Unknown{};
    if (q.unknown.kind == UnknownKind::Difference && q.partCount() < 2) return Unknown{};
    return q.unknown;
}

// Takes `milli` out of `pool` into a new PlaceCounts, largest pieces first, exchanging a piece of the pool
// down only when what is left cannot be made from smaller pieces. Precondition: pool holds at least milli.
PlaceCounts takeFromPool(PlaceCounts& pool, std::int64_t milli) {
    PlaceCounts out;
    std::int64_t rest = milli;
    while (rest > 0) {
        for (int i = kPlaceCount - 1; i >= 0 && rest > 0; --i) {
            const Place p = kAllPlaces[static_cast<std::size_t>(i)];
            const std::int64_t unit = placeMilli(p);
            const std::int64_t take = std::min(pool.count(p), rest / unit);
            if (take > 0) {
                (void)pool.addCount(p, -take);
                (void)out.addCount(p, take);
                rest -= take * unit;
            }
        }
        if (rest == 0) break;
        // Every piece small enough is used up: break the smallest piece that is too big.
        bool exchanged = false;
        for (const Place p : kAllPlaces) {
            if (placeMilli(p) > rest && pool.count(p) > 0) {
                auto broken = exchangeDown(pool, p);
                if (!broken) break;
                pool = broken.value();
                exchanged = true;
                break;
            }
        }
        if (!exchanged) break;  // cannot happen when the precondition holds
    }
    return out;
}

}  // namespace

std::int64_t Quantity::totalMilli() const {
    std::int64_t total = 0;
    for (const auto& part : parts) total += part.totalMilli();
    return total;
}

Value Quantity::value() const { return Value::fromMilli(totalMilli()).valueOr(Value{}); }

std::vector<Value> Quantity::partValues() const {
    std::vector<Value> out;
    out.reserve(parts.size());
    for (const auto& part : parts) out.push_back(part.value());
    return out;
}

PlaceCounts Quantity::pooled() const {
    PlaceCounts all;
    for (const auto& part : parts)
        for (const Place p : kAllPlaces) (void)all.addCount(p, part.count(p));
    return all;
}

Result<Quantity> checkQuantity(const Quantity& q) {
    if (q.parts.empty()) return Error{tr("engine.quantity.no_parts")};
    if (q.partCount() > kMaxGroupParts)
        return Error{tr("engine.quantity.too_many_parts", {countNumeral(kMaxGroupParts)})};
    if (q.totalMilli() > kMaxMilli) return Error{tr("engine.quantity.too_large")};
    if (static_cast<int>(q.unknown.kind) < static_cast<int>(UnknownKind::None) ||
        static_cast<int>(q.unknown.kind) > static_cast<int>(UnknownKind::Difference))
        return Error{tr("engine.quantity.bad_unknown")};
    if (q.unknown.kind == UnknownKind::Part && !hasPart(q, q.unknown.part)) return partMissing(q.unknown.part);
    if (q.unknown.kind == UnknownKind::Difference && q.partCount() < 2)
        return Error{tr("engine.quantity.difference_needs_two")};
    return q;
}

Quantity quantityOf(Value v) {
    Quantity q;
    q.parts = {canonical(v)};
    return q;
}

Result<Quantity> quantityOfParts(const std::vector<Value>& parts) {
    Quantity q;
    q.parts.clear();
    for (const Value v : parts) q.parts.push_back(canonical(v));
    return checkQuantity(q);
}

Result<Quantity> addPiece(const Quantity& q, int part, Place p) {
    if (!hasPart(q, part)) return partMissing(part);
    Quantity out = q;
    if (auto st = out.parts[static_cast<std::size_t>(part)].addCount(p, 1); !st) return st.error();
    if (out.pooled().pieceCount() > kMaxPieces)
        return Error{tr("engine.quantity.too_many_pieces", {countNumeral(kMaxPieces)})};
    return checkQuantity(out);
}

Result<Quantity> removePiece(const Quantity& q, int part, Place p) {
    if (!hasPart(q, part)) return partMissing(part);
    if (q.parts[static_cast<std::size_t>(part)].count(p) == 0)
        return Error{tr("engine.quantity.no_piece", {placeNamePlural(p)})};
    Quantity out = q;
    if (auto st = out.parts[static_cast<std::size_t>(part)].addCount(p, -1); !st) return st.error();
    return out;
}

Result<Quantity> exchangeUpIn(const Quantity& q, int part, Place p) {
    if (!hasPart(q, part)) return partMissing(part);
    auto changed = exchangeUp(q.parts[static_cast<std::size_t>(part)], p);
    if (!changed) return changed.error();
    Quantity out = q;
    out.parts[static_cast<std::size_t>(part)] = changed.value();
    return out;
}

Result<Quantity> exchangeDownIn(const Quantity& q, int part, Place p) {
    if (!hasPart(q, part)) return partMissing(part);
    auto changed = exchangeDown(q.parts[static_cast<std::size_t>(part)], p);
    if (!changed) return changed.error();
    Quantity out = q;
    out.parts[static_cast<std::size_t>(part)] = changed.value();
    if (out.pooled().pieceCount() > kMaxPieces)
        return Error{tr("engine.quantity.too_many_pieces", {countNumeral(kMaxPieces)})};
    return out;
}

Quantity exchangeAllParts(const Quantity& q) {
    Quantity out = q;
    for (auto& part : out.parts) part = exchangeAll(part);
    return out;
}

Result<Quantity> breakAllPartsDownTo(const Quantity& q, Place lowest) {
    Quantity out = q;
    for (auto& part : out.parts) {
        auto broken = breakAllDownTo(part, lowest);
        if (!broken) return broken.error();
        part = broken.value();
        if (part.pieceCount() > kMaxPieces) break;
    }
    if (out.pooled().pieceCount() > kMaxPieces)
        return Error{tr("engine.quantity.too_many_pieces", {countNumeral(kMaxPieces)})};
    return out;
}

Result<Quantity> repartition(const Quantity& q, const std::vector<Value>& newParts) {
    if (newParts.empty()) return Error{tr("engine.quantity.no_parts")};
    if (static_cast<int>(newParts.size()) > kMaxGroupParts)
        return Error{tr("engine.quantity.too_many_parts", {countNumeral(kMaxGroupParts)})};
    std::int64_t sum = 0;
    for (const Value v : newParts) sum += v.milli();
    if (sum != q.totalMilli()) {
        const auto shown = Value::fromMilli(sum);
        const std::string sumText = shown ? numeral(shown.value()) : countNumeral(sum / kMilliPerOne);
        return Error{tr("engine.quantity.parts_must_add_up", {sumText, numeral(q.value())})};
    }
    PlaceCounts pool = q.pooled();
    Quantity out;
    out.parts.clear();
    for (const Value v : newParts) out.parts.push_back(takeFromPool(pool, v.milli()));
    out.unknown = q.unknown;
    out.unknown = keptUnknown(out);
    return checkQuantity(out);
}

Result<Quantity> setPartValue(const Quantity& q, int part, Value v, bool keepWhole) {
    if (!hasPart(q, part)) return partMissing(part);
    std::vector<Value> values = q.partValues();
    if (keepWhole && q.partCount() > 1) {
        const int other = part + 1 < q.partCount() ? part + 1 : part - 1;
        const std::int64_t both = values[static_cast<std::size_t>(part)].milli() +
                                  values[static_cast<std::size_t>(other)].milli();
        if (v.milli() > both)
            return Error{tr("engine.quantity.part_too_big", {numeral(v), numeral(Value::fromMilli(both).valueOr(Value{}))})};
        values[static_cast<std::size_t>(part)] = v;
        values[static_cast<std::size_t>(other)] = Value::fromMilli(both - v.milli()).value();
        return repartition(q, values);
    }
    // The whole changes: the other parts keep their pieces, this part is laid out afresh, keeping the
    // pieces it had where they still fit.
    Quantity out = q;
    PlaceCounts pool = q.parts[static_cast<std::size_t>(part)];
    const std::int64_t had = pool.totalMilli();
    if (v.milli() > had) {
        auto extra = Value::fromMilli(v.milli() - had);
        if (!extra) return extra.error();
        for (const Place p : kAllPlaces) (void)pool.addCount(p, canonical(extra.value()).count(p));
    }
    out.parts[static_cast<std::size_t>(part)] = takeFromPool(pool, v.milli());
    if (out.totalMilli() > kMaxMilli) return Error{tr("engine.quantity.too_large")};
    if (out.pooled().pieceCount() > kMaxPieces)
        return Error{tr("engine.quantity.too_many_pieces", {countNumeral(kMaxPieces)})};
    return checkQuantity(out);
}

Result<Quantity> setWholeValue(const Quantity& q, Value v) {
    if (q.partCount() == 1) return setPartValue(q, 0, v, false);
    const int last = q.partCount() - 1;
    const std::int64_t others = q.totalMilli() - q.parts[static_cast<std::size_t>(last)].totalMilli();
    if (v.milli() < others) return Error{tr("engine.quantity.whole_too_small", {numeral(v)})};
    return setPartValue(q, last, Value::fromMilli(v.milli() - others).value(), false);
}

Result<Quantity> addEmptyPart(const Quantity& q) {
    if (q.partCount() >= kMaxGroupParts)
        return Error{tr("engine.quantity.too_many_parts", {countNumeral(kMaxGroupParts)})};
    Quantity out = q;
    out.parts.emplace_back();
    return out;
}

Result<Quantity> removePart(const Quantity& q, int part) {
    if (!hasPart(q, part)) return partMissing(part);
    if (q.partCount() == 1) return Error{tr("engine.quantity.no_parts")};
    Quantity out = q;
    const int into = part > 0 ? part - 1 : 1;
    for (const Place p : kAllPlaces)
        (void)out.parts[static_cast<std::size_t>(into)].addCount(p, q.parts[static_cast<std::size_t>(part)].count(p));
    out.parts.erase(out.parts.begin() + part);
    if (out.unknown.kind == UnknownKind::Part) {
        if (out.unknown.part == part) out.unknown = Unknown{};
        else if (out.unknown.part > part) --out.unknown.part;
    }
    out.unknown = keptUnknown(out);
    return out;
}

Result<Quantity> setUnknown(const Quantity& q, Unknown unknown) {
    if (static_cast<int>(unknown.kind) < static_cast<int>(UnknownKind::None) ||
        static_cast<int>(unknown.kind) > static_cast<int>(UnknownKind::Difference))
        return Error{tr("engine.quantity.bad_unknown")};
    Quantity out = q;
    out.unknown = unknown;
    if (unknown.kind != UnknownKind::Part) out.unknown.part = 0;
    return checkQuantity(out);
}

}  // namespace tenfold::model
