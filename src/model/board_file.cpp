// Board files, writing side: the board as JSON (only what differs from the defaults, besides what every
// model needs), saving and reading through the file seam (file_store: atomic, bounded).
#include "model/board_file.hpp"

#include <nlohmann/json.hpp>

#include "model/board_file_json.hpp"
#include "model/file_store.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {

nlohmann::json file::fractionRowsJson(const std::vector<FractionRow>& rows) {
    nlohmann::json out = nlohmann::json::array();
    for (const FractionRow& r : rows) out.push_back(nlohmann::json{{"parts", r.parts}, {"shaded", r.shaded}});
    return out;
}

namespace {

using nlohmann::json;
constexpr int kIndent = 2;

// A whole number as a JSON number, a decimal as a string (so it stays exact): 47, "0.45".
json valueJson(Value v) {
    if (v.isWhole()) return v.wholePart();
    return numeral(v);
}

json countsJson(const PlaceCounts& c) {
    json out = json::object();
    for (const Place p : kAllPlaces)
        if (c.count(p) != 0) out[std::string(placeId(p))] = c.count(p);
    return out;
}

json partJson(const PlaceCounts& c) {
    if (c.isCanonical()) return valueJson(c.value());
    return json{{"counts", countsJson(c)}};
}

json groupJson(const Group& g) {
    json out{{"id", g.id}};
    json parts = json::array();
    for (const auto& part : g.quantity.parts) parts.push_back(partJson(part));
    out["parts"] = parts;
    switch (g.quantity.unknown.kind) {
        case UnknownKind::None: break;
        case UnknownKind::Whole: out["unknown"] = "whole"; break;
        case UnknownKind::Difference: out["unknown"] = "difference"; break;
        case UnknownKind::Part: out["unknown"] = json{{"part", g.quantity.unknown.part}}; break;
    }
    if (g.wholeFollowsParts) out["wholeFollowsParts"] = true;
    return out;
}

json piecesJson(const PiecesLayout& layout, bool blocks) {
    json out{{"chart", layout.inChart},
             {"columns", json::array({placeId(layout.lowestColumn), placeId(layout.highestColumn)})}};
    if (blocks) out["cube"] = placeId(layout.scale.cubePlace);
    else out["plain"] = layout.plain;
    if (layout.rows > 0) out["rows"] = layout.rows;
    if (layout.fixed) out["fixed"] = true;
    if (layout.takeAwayFrom) out["takeAwayFrom"] = valueJson(*layout.takeAwayFrom);
    json pieces = json::array();
    for (const Piece& p : layout.pieces)
        pieces.push_back(json{{"part", p.part}, {"place", placeId(p.place)}, {"x", p.at.x}, {"y", p.at.y}});
    out["pieces"] = pieces;
    return out;
}

json beadsJson(const BeadString& b) {
    json out{{"size", b.size}, {"counted", b.counted}, {"dividers", b.dividers}};
    if (b.cover) out["cover"] = json::array({b.cover->first, b.cover->last});
    if (b.countOn) out["countOn"] = json::array({b.countOn->start, b.countOn->add});
    return out;
}

json moneyJson(const MoneyLayout& money) {
    json coins = json::object();
    for (const Coin c : kAllCoins)
        if (countOf(money, c) > 0) coins[std::string(coinId(c))] = countOf(money, c);
    json out{{"coins", coins}};
    if (money.takeAwayFrom) out["takeAwayFrom"] = *money.takeAwayFrom;
    return out;
}

json modelJson(const Model& m) {
    json out{{"id", m.id},   {"kind", representationId(m.kind)}, {"level", levelId(m.level)},
             {"x", m.at.x},  {"y", m.at.y},                      {"group", m.group}};
    const Layouts defaults;
    if (m.kind == Representation::Blocks || !(m.layouts.blocks == defaults.blocks))
        out["blocks"] = piecesJson(m.layouts.blocks, true);
    if (m.kind == Representation::Counters || !(m.layouts.counters == defaults.counters))
        out["counters"] = piecesJson(m.layouts.counters, false);
    if (m.kind == Representation::Beads || !(m.layouts.beads == defaults.beads)) out["beads"] = beadsJson(m.layouts.beads);
    if (m.kind == Representation::PartWhole || m.layouts.orientation != defaults.orientation)
        out["orientation"] = orientationId(m.layouts.orientation);
    if (m.kind == Representation::Money || !(m.layouts.money == defaults.money)) out["money"] = moneyJson(m.layouts.money);
    if (m.kind == Representation::Bar || !(m.layouts.bar == defaults.bar)) {
        out["bar"] = json{{"mode", barModeId(m.layouts.bar.mode)}, {"shaded", m.layouts.bar.shaded}, {"unit", m.layouts.bar.unit}};
        if (!m.layouts.bar.labels.empty()) out["bar"]["labels"] = m.layouts.bar.labels;
        if (!m.layouts.bar.rows.empty()) out["bar"]["rows"] = file::fractionRowsJson(m.layouts.bar.rows);
        if (m.layouts.bar.notToScale) out["bar"]["notToScale"] = true;
    }
    return out;
}

}  // namespace

std::string boardToJson(const Board& board) {
    json root{{"format", kBoardFormatName}, {"version", kBoardFormatVersion}};
    root["settings"] = json{{"exchange", exchangeModeId(board.settings.exchange)},
                            {"blockScale", board.settings.blockScalePercent},
                            {"palette", board.settings.palette},
                            {"beadColours", beadColoursId(board.settings.beadColours)}};
    root["nextId"] = board.nextId;
    json groups = json::array();
    for (const Group& g : board.groups) groups.push_back(groupJson(g));
    root["groups"] = groups;
    json models = json::array();
    for (const Model& m : board.models) models.push_back(modelJson(m));
    root["models"] = models;
    return root.dump(kIndent, ' ', false, json::error_handler_t::replace) + "\n";
}

Status saveBoardFile(const Board& board, const std::filesystem::path& path, WriteMode mode) {
    if (auto ok = validateBoard(board); !ok) return ok;
    const std::string text = boardToJson(board);
    // Never save a file that could not be opened again.
    if (text.size() > kMaxBoardFileBytes)
        return Error{tr("engine.file.too_big_to_save", {sizeText(kMaxBoardFileBytes)})};
    return fileStore().write(path, text, mode);
}

Result<Board> loadBoardFile(const std::filesystem::path& path) {
    Result<std::string> text = fileStore().read(path, kMaxBoardFileBytes);
    if (!text) return text.error();
    return boardFromJson(text.value());
}

}  // namespace tenfold::model
