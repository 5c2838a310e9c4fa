// Rules for edits that reach linked views (see linked_rules.hpp): places a linked view shows, equal shares
// that keep to them, which block is one, a new model's whole following its parts, bar boundary steps.
#include "model/linked_rules.hpp"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "model/forms.hpp"
#include "model/fraction_bars.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

bool inColumns(const PiecesLayout& layout, Place p) {
    return static_cast<int>(p) >= static_cast<int>(layout.lowestColumn) &&
           static_cast<int>(p) <= static_cast<int>(layout.highestColumn);
}

// The lowest place a value's standard partition uses (Ones for 0).
Place lowestNeeded(Value v) { return v.isZero() ? Place::Ones : canonical(v).lowestUsedPlace(); }

std::string kindNamePlural(Representation r) { return representationName(r); }

}  // namespace

bool showsPlace(const Model& m, Place p) {
    switch (m.kind) {
        case Representation::Blocks:
            if (!blockForPlace(p, m.layouts.blocks.scale)) return false;
            return !m.layouts.blocks.inChart || inColumns(m.layouts.blocks, p);
        case Representation::Counters:
            return m.layouts.counters.inChart && inColumns(m.layouts.counters, p);
        case Representation::Beads:
        case Representation::PartWhole:
        case Representation::Bar:
        case Representation::Numeral:
            return true;
        case Representation::Money:
            return static_cast<int>(p) >= static_cast<int>(Place::Ones);  // whole pence: no part of a penny
    }
    return true;
}

std::optional<UnshownPlace> unshownPlace(const Board& b, GroupId group, const Quantity& before, const Quantity& after) {
    const PlaceCounts was = before.pooled();
    const PlaceCounts now = after.pooled();
    for (const Model& m : b.models) {
        if (m.group != group) continue;
        for (int i = kPlaceCount - 1; i >= 0; --i) {
            const Place p = kAllPlaces[static_cast<std::size_t>(i)];
            if (now.count(p) == 0 || was.count(p) > 0) continue;
            if (!showsPlace(m, p)) return UnshownPlace{m.id, m.kind, p};
        }
    }
    return std::nullopt;
}

Quantity withoutUnneededPlaces(const Quantity& q) {
    Quantity out = q;
    for (PlaceCounts& part : out.parts) {
        const Place needed = lowestNeeded(part.value());
        for (const Place p : kAllPlaces) {
            if (static_cast<int>(p) >= static_cast<int>(needed)) break;
            // The value needs nothing of p, so p holds tens of pieces (and what is below it has been moved up).
            while (part.count(p) >= kExchangeRate) {
                auto up = exchangeUp(part, p);
                if (!up) break;
                part = up.value();
            }
        }
    }
    return out;
}

Result<Quantity> shareEqually(const Board& b, const Model& m, int parts) {
    const Group* g = findGroup(b, m.group);
    if (g == nullptr) return Error{tr("engine.board.no_such_group", {countNumeral(m.group)})};
    if (parts < kMinEqualParts || parts > kMaxEqualParts)
        return Error{tr("engine.bar.equal_parts_count", {countNumeral(kMinEqualParts), countNumeral(kMaxEqualParts)})};
    const Quantity& q = g->quantity;
    auto share = divideEqually(q.value(), parts);
    if (!share) return share.error();
    auto split = repartition(q, std::vector<Value>(static_cast<std::size_t>(parts), share.value()));
    if (!split) return split.error();
    const Quantity out = withoutUnneededPlaces(split.value());
    if (const auto unshown = unshownPlace(b, m.group, q, out)) {
        std::vector<int> fine;
        for (int n = 2; n <= kMaxEqualParts; ++n) {
            if (n == parts) continue;
            auto other = divideEqually(q.value(), n);
            if (!other) continue;
            auto otherSplit = repartition(q, std::vector<Value>(static_cast<std::size_t>(n), other.value()));
            if (otherSplit && !unshownPlace(b, m.group, q, withoutUnneededPlaces(otherSplit.value()))) fine.push_back(n);
        }
        const std::string whole = numeral(q.value()), count = countNumeral(parts), each = numeral(share.value()),
                          kind = kindNamePlural(unshown->kind), place = placeNamePlural(unshown->place), list = countList(fine);
        return Error{tr(fine.empty() ? "engine.bar.share_unshown_none" : "engine.bar.share_unshown",
                        {whole, count, each, kind, place, list})};
    }
    return out;
}

std::vector<int> equalPartsThatShare(const Board& b, const Model& m) {
    std::vector<int> out;
    for (int n = 2; n <= kMaxEqualParts; ++n)
        if (shareEqually(b, m, n)) out.push_back(n);
    return out;
}

std::optional<BlockKind> blockThatIsOne(BlockScale scale) {
    auto kind = blockForPlace(Place::Ones, scale);
    if (!kind) return std::nullopt;
    return kind.value();
}

std::vector<ModelNote> blockScaleNotes(const Board& before, const Board& after, const std::vector<Command>& commands) {
    std::vector<ModelNote> out;
    for (const Model& m : after.models) {
        if (m.kind != Representation::Blocks) continue;
        const Model* was = findModel(before, m.id);
        if (was == nullptr || was->kind != Representation::Blocks || was->layouts.blocks.scale == m.layouts.blocks.scale) continue;
        const bool chosen = std::any_of(commands.begin(), commands.end(), [&](const Command& c) {
            const auto* s = std::get_if<SetBlockScale>(&c);
            return s != nullptr && s->model == m.id;
        });
        if (chosen) continue;
        const Group* g = findGroup(after, m.group);
        const std::string value = g != nullptr ? numeral(g->quantity.value()) : std::string();
        const auto nowOne = blockThatIsOne(m.layouts.blocks.scale);
        const auto wasOne = blockThatIsOne(was->layouts.blocks.scale);
        std::string text;
        if (nowOne && wasOne) {
            text = tr("engine.blocks.one_changed", {value, blockName(*nowOne), blockName(*wasOne)});
        } else {
            const auto cubeNow = blockValue(BlockKind::Cube, m.layouts.blocks.scale);
            const auto cubeWas = blockValue(BlockKind::Cube, was->layouts.blocks.scale);
            text = tr("engine.blocks.cube_changed", {value, cubeNow ? numeral(cubeNow.value()) : std::string(),
                                                     cubeWas ? numeral(cubeWas.value()) : std::string()});
        }
        out.push_back(ModelNote{m.id, text});
    }
    return out;
}

Board followWholeRule(const Board& before, Board after, const Command& command) {
    if (const auto* add = std::get_if<AddModel>(&command)) {
        if (!add->linkedTo && add->value.isZero() && !after.models.empty()) {
            if (Group* g = findGroup(after, after.models.back().group)) g->wholeFollowsParts = true;
        }
        return after;
    }
    const bool wholeTyped = std::holds_alternative<SetWhole>(command);
    const auto* part = std::get_if<SetPart>(&command);
    const bool partTyped = part != nullptr && !part->keepWhole;
    for (Group& g : after.groups) {
        const Group* was = findGroup(before, g.id);
        // A part typed into a whole of 0 starts the whole following its parts (7, then 2: 9).
        if (!g.wholeFollowsParts && partTyped && was != nullptr && was->quantity.value().isZero()) {
            const Model* through = findModel(before, part->model);
            if (through != nullptr && through->group == g.id) g.wholeFollowsParts = true;
            continue;
        }
        if (!g.wholeFollowsParts) continue;
        const bool changed = was != nullptr && was->quantity.value() != g.quantity.value();
        const auto on = commandModel(command);
        const Model* through = on ? findModel(before, *on) : nullptr;
        const bool thisGroup = through != nullptr && through->group == g.id;
        if ((wholeTyped && thisGroup) || (changed && !partTyped)) g.wholeFollowsParts = false;
    }
    return after;
}

std::int64_t boundaryStepMilli(const std::vector<Value>& parts, int boundary) {
    if (boundary < 0 || boundary + 1 >= static_cast<int>(parts.size())) return kMilliPerOne;
    Place lowest = Place::Millions;
    bool any = false;
    for (const Value v : parts) {
        if (v.isZero()) continue;
        const Place p = lowestNeeded(v);
        if (!any || static_cast<int>(p) < static_cast<int>(lowest)) lowest = p;
        any = true;
    }
    const bool whole = std::all_of(parts.begin(), parts.end(), [](Value v) { return v.isWhole(); });
    const Place finest = whole ? Place::Ones : (any ? lowest : Place::Ones);
    if (!any) lowest = finest;
    std::int64_t step = placeMilli(lowest);
    const std::int64_t pair = parts[static_cast<std::size_t>(boundary)].milli() + parts[static_cast<std::size_t>(boundary) + 1].milli();
    // Both parts keep at least one step, so the boundary has pair / step - 1 places to go: at least two.
    while (step > placeMilli(finest) && pair / step < 3) step /= kExchangeRate;
    return step;
}

std::optional<Value> snapBoundary(const std::vector<Value>& parts, int boundary, double milli) {
    if (boundary < 0 || boundary + 1 >= static_cast<int>(parts.size()) || !std::isfinite(milli)) return std::nullopt;
    const std::int64_t step = boundaryStepMilli(parts, boundary);
    const std::int64_t pair = parts[static_cast<std::size_t>(boundary)].milli() + parts[static_cast<std::size_t>(boundary) + 1].milli();
    if (pair < 2 * step) return std::nullopt;
    const double clamped = std::clamp(milli, 0.0, static_cast<double>(pair));
    std::int64_t at = static_cast<std::int64_t>(std::llround(clamped / static_cast<double>(step))) * step;
    at = std::clamp(at, step, pair - step);
    if (at == parts[static_cast<std::size_t>(boundary)].milli()) return std::nullopt;
    const auto v = Value::fromMilli(at);
    if (!v) return std::nullopt;
    return v.value();
}

}  // namespace tenfold::model
