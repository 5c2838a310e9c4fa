// The board document: look-ups, the full check of a board's invariants (naming the place of the first
// problem as a JSON pointer that matches the board file), name rules, and the default board.
#include "model/board.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "model/bar_model.hpp"
#include "model/engine_sync.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

Error at(const std::string& pointer, const std::string& reason) {
    return Error{tr("engine.file.error_at", {pointer, reason})};
}

std::string layoutKey(Representation r) {
    switch (r) {
        case Representation::Blocks: return "/blocks/pieces";
        case Representation::Counters: return "/counters/pieces";
        case Representation::Beads: return "/beads";
        case Representation::PartWhole: return "/group";
        case Representation::Bar: return "/bar";
        case Representation::Numeral: return "";
        case Representation::Money: return "/money";
    }
    return "";
}

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-' ||
           c == '_';
}

}  // namespace

const Model* findModel(const Board& b, ModelId id) {
    for (const Model& m : b.models)
        if (m.id == id) return &m;
    return nullptr;
}
Model* findModel(Board& b, ModelId id) {
    for (Model& m : b.models)
        if (m.id == id) return &m;
    return nullptr;
}
const Group* findGroup(const Board& b, GroupId id) {
    for (const Group& g : b.groups)
        if (g.id == id) return &g;
    return nullptr;
}
Group* findGroup(Board& b, GroupId id) {
    for (Group& g : b.groups)
        if (g.id == id) return &g;
    return nullptr;
}
std::vector<ModelId> modelsInGroup(const Board& b, GroupId id) {
    std::vector<ModelId> out;
    for (const Model& m : b.models)
        if (m.group == id) out.push_back(m.id);
    return out;
}

bool isValidPaletteName(std::string_view name) {
    if (name.empty() || name.size() > kMaxNameLength) return false;
    return std::all_of(name.begin(), name.end(), isNameChar);
}

bool isValidUnit(std::string_view unit) { return checkUnit(unit).ok(); }

bool isValidPoint(Point p) {
    return std::isfinite(p.x) && std::isfinite(p.y) && std::fabs(p.x) <= kMaxCoordinate &&
           std::fabs(p.y) <= kMaxCoordinate;
}

Status validateBoard(const Board& b) {
    const auto idOk = [&](std::uint32_t id) { return id >= 1 && id <= kMaxId && id < b.nextId; };
    if (b.nextId < 1 || b.nextId > kMaxId + 1)
        return at("/nextId", tr("engine.board.bad_id", {countNumeral(kMaxId)}));
    if (static_cast<int>(b.settings.exchange) < 0 || static_cast<int>(b.settings.exchange) > 2)
        return at("/settings/exchange", tr("engine.board.bad_exchange"));
    if (b.settings.blockScalePercent < kMinBlockScalePercent || b.settings.blockScalePercent > kMaxBlockScalePercent)
        return at("/settings/blockScale", tr("engine.board.bad_block_scale", {countNumeral(kMinBlockScalePercent),
                                                                              countNumeral(kMaxBlockScalePercent)}));
    if (!isValidPaletteName(b.settings.palette))
        return at("/settings/palette", tr("engine.board.bad_palette", {countNumeral(static_cast<std::int64_t>(kMaxNameLength))}));
    if (static_cast<int>(b.settings.beadColours) >= kBeadColoursCount)
        return at("/settings/beadColours", tr("engine.board.bad_bead_colours"));
    if (static_cast<int>(b.models.size()) > kMaxModels)
        return at("/models", tr("engine.board.too_many_models", {countNumeral(kMaxModels)}));

    std::set<std::uint32_t> ids;
    for (std::size_t i = 0; i < b.groups.size(); ++i) {
        const Group& g = b.groups[i];
        const std::string here = "/groups/" + std::to_string(i);
        if (!idOk(g.id)) return at(here + "/id", tr("engine.board.bad_id", {countNumeral(kMaxId)}));
        if (!ids.insert(g.id).second) return at(here + "/id", tr("engine.board.duplicate_id", {countNumeral(g.id)}));
        if (auto ok = checkQuantity(g.quantity); !ok) return at(here, ok.error().message);
        if (modelsInGroup(b, g.id).empty()) return at(here, tr("engine.board.orphan_group"));
    }
    for (std::size_t i = 0; i < b.models.size(); ++i) {
        const Model& m = b.models[i];
        const std::string here = "/models/" + std::to_string(i);
        if (!idOk(m.id)) return at(here + "/id", tr("engine.board.bad_id", {countNumeral(kMaxId)}));
        if (!ids.insert(m.id).second) return at(here + "/id", tr("engine.board.duplicate_id", {countNumeral(m.id)}));
        if (static_cast<int>(m.kind) < 0 || static_cast<int>(m.kind) >= kRepresentationCount)
            return at(here + "/kind", tr("engine.board.bad_kind"));
        if (static_cast<int>(m.level) < 0 || static_cast<int>(m.level) >= kLevelCount)
            return at(here + "/level", tr("engine.board.bad_level"));
        if (!isValidPoint(m.at)) return at(here + "/x", tr("engine.layout.position"));
        const Group* g = findGroup(b, m.group);
        if (!g) return at(here + "/group", tr("engine.board.no_such_group", {countNumeral(m.group)}));
        if (auto ok = layoutsWellFormed(m.layouts); !ok) return at(here, ok.error().message);
        if (auto ok = layoutShows(m, g->quantity); !ok) return at(here + layoutKey(m.kind), ok.error().message);
    }
    return okStatus();
}

Board defaultBoard() {
    constexpr double kChartX = 160.0;
    constexpr double kChartY = 120.0;
    constexpr double kPartWholeX = 1100.0;
    constexpr std::int64_t kHundreds = 200;
    constexpr std::int64_t kTens = 30;
    constexpr std::int64_t kOnes = 4;
    Board b;
    // The models are 1 and 2 (the first model on the board is model 1); their group comes after them.
    Model chart;
    chart.id = b.nextId++;
    chart.kind = Representation::Blocks;
    chart.at = Point{kChartX, kChartY};
    Model cherry;
    cherry.id = b.nextId++;
    cherry.kind = Representation::PartWhole;
    cherry.level = Level::Pictorial;
    cherry.at = Point{kPartWholeX, kChartY};
    const GroupId group = b.nextId++;
    chart.group = group;
    cherry.group = group;
    Quantity q = quantityOfParts({Value::whole(kHundreds).value(), Value::whole(kTens).value(),
                                  Value::whole(kOnes).value()})
                     .value();
    b.groups.push_back(Group{group, Quantity{}});
    b.models = {chart, cherry};
    return commitQuantity(b, group, q).value();
}

}  // namespace tenfold::model
