// Where things are on screen, by name: every tray tile, panel button, model tab, handle, piece, chart
// column and column button of the last frame, as the replay language names them (tab:1, tray:tens,
// column:1:tens, button:show-counters, ...). Replay scripts and real-window tests find what to tap here,
// so both tap what the screen really shows. `tenfold --spots` prints the table as JSON.
#include "app/app.hpp"

#include "app/replay_script.hpp"
#include "platform/stop_signal.hpp"
#include "model/pieces.hpp"
#include "representations/chrome.hpp"
#include "representations/pieces_view.hpp"
#include "representations/tags.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <set>

namespace tenfold::app {

namespace {

std::string placeName(model::Place p) {
    std::string s(model::placeId(p));
    std::replace(s.begin(), s.end(), '_', '-');
    return s;
}

const char* handleName(repr::Handle h) {
    switch (h) {
    case repr::Handle::Bead: return "bead";
    case repr::Handle::Divider: return "divider";
    case repr::Handle::Boundary: return "boundary";
    case repr::Handle::BarPart: return "barpart";
    case repr::Handle::BarWhole: return "barwhole";
    case repr::Handle::Circle: return "circle";
    case repr::Handle::Difference: return "difference";
    case repr::Handle::Coin: return "coin";    // coin:MODEL:N, N the coin's index from 0 (1p) to 11 (£50)
    case repr::Handle::Value: return "value";  // value:MODEL:0, the number a money model shows
    case repr::Handle::Row: return "row";      // row:MODEL:N, the number of row N (from 0) of a rows chart
    }
    return "handle";
}

scene::Rect shapeBox(const scene::Shape& s) {
    if (s.kind == scene::ShapeKind::Capsule) {
        return {std::min(s.x, s.w) - s.radius, std::min(s.y, s.h) - s.radius, std::abs(s.w - s.x) + 2 * s.radius,
                std::abs(s.h - s.y) + 2 * s.radius};
    }
    return {s.x - 0.5f * s.w, s.y - 0.5f * s.h, s.w, s.h};
}

}  // namespace

std::map<std::string, scene::Rect> App::spots() const {
    std::map<std::string, scene::Rect> out;
    auto toScreen = [&](const scene::Rect& r) {
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        camera_.toScreen(r.x, r.y, x0, y0);
        camera_.toScreen(r.x + r.w, r.y + r.h, x1, y1);
        return scene::Rect{x0, y0, x1 - x0, y1 - y0};
    };
    // Panels: every named button of the last frame (display coordinates to pixels).
    for (const auto& [name, b] : panels_.buttons()) {
        out["button:" + name] = {b.x0 * panelScale_, b.y0 * panelScale_, (b.x1 - b.x0) * panelScale_, (b.y1 - b.y0) * panelScale_};
    }
    // The open model menu as a whole ("menu"), and every model as laid out, its tab included ("model:N").
    if (menuAt_ && !keypad_ && !labelEditor_ && model::findModel(session_.board(), pickedModel_) != nullptr) {
        out["menu"] = {menuAt_->x * panelScale_, menuAt_->y * panelScale_, panels_.menuWidth() * panelScale_,
                       panels_.menuHeight() * panelScale_};
    }
    for (const auto& [id, area] : modelAreas_) {
        if (const auto r = screenAreaOf(id)) out["model:" + std::to_string(id)] = *r;
    }
    addLessonSpots(out);  // the lesson bar's buttons and the scrubber's positions (app_lesson.cpp)
    if (gallery_.isOpen()) {
        for (const auto& [name, b] : gallery_.buttons()) {
            out["button:" + name] = {b.x0 * panelScale_, b.y0 * panelScale_, (b.x1 - b.x0) * panelScale_, (b.y1 - b.y0) * panelScale_};
        }
    }
    if (question_.isOpen()) {  // a question waiting for an answer (quitting with unsaved changes)
        for (const auto& [name, b] : question_.buttons()) {
            out["button:" + name] = {b.x0 * panelScale_, b.y0 * panelScale_, (b.x1 - b.x0) * panelScale_, (b.y1 - b.y0) * panelScale_};
        }
    }
    // The tray: each tile, and the band between the tiles and the toolbar (a tap there takes pieces back).
    const float w = static_cast<float>(width_), h = static_cast<float>(height_);
    const float trayH = repr::trayHeightPx(uiScale_);
    float tilesRight = 0;
    for (const repr::TrayItem& item : tray_.items) {
        out["tray:" + item.name] = item.rect;
        tilesRight = std::max(tilesRight, item.rect.x + item.rect.w);
    }
    if (tray_.keepAdding.w > 0) {
        out["tray:keep-adding"] = tray_.keepAdding;
        tilesRight = std::max(tilesRight, tray_.keepAdding.x + tray_.keepAdding.w);
    }
    float toolbarLeft = w;
    for (const auto& [name, b] : panels_.buttons()) {
        if (b.y0 * panelScale_ >= h - trayH) toolbarLeft = std::min(toolbarLeft, b.x0 * panelScale_);
    }
    out["tray"] = toolbarLeft - tilesRight > trayH ? scene::Rect{tilesRight, h - trayH, toolbarLeft - tilesRight, trayH}
                                                   : scene::Rect{0, h - trayH, w, trayH};
    // The board: tabs, handles, column buttons and pieces, wherever their shapes were drawn (the first
    // shape with a tag is the thing itself; later ones are its decoration).
    const model::Board& board = session_.board();
    std::set<std::uint64_t> pieces;  // the pieces a finger can take now
    for (const scene::Shape& s : scene_.board.shapes) {
        if (s.tag == 0) continue;
        const std::string id = std::to_string(repr::tagModel(s.tag));
        std::string name;
        switch (repr::tagKind(s.tag)) {
        case repr::TagKind::Tab: name = "tab:" + id; break;
        case repr::TagKind::Handle: {
            const std::uint32_t index = repr::tagIndex(s.tag);
            const repr::Handle handle = repr::handleOf(index);
            name = std::string(handleName(handle)) + ":" + id;
            if (handle != repr::Handle::BarWhole) name += ":" + std::to_string(repr::handleNumber(index));
            break;
        }
        case repr::TagKind::Button:
            name = std::string(repr::columnButtonOf(s.tag) == repr::ColumnButton::Exchange ? "exchange:" : "break:") + id + ":" +
                   placeName(repr::columnButtonPlace(s.tag));
            break;
        case repr::TagKind::Piece: pieces.insert(s.tag); continue;
        default: continue;
        }
        if (!out.count(name)) out[name] = toScreen(shapeBox(s));
    }
    for (const model::Model& m : board.models) {
        if (m.kind != model::Representation::Blocks && m.kind != model::Representation::Counters) continue;
        const model::PiecesLayout& layout = m.kind == model::Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
        const std::string id = std::to_string(m.id);
        // piece:MODEL:INDEX at the middle of the piece's top strip (fanned flats show only that much), where
        // it rests (a piece still sliding is taken where it is going); piece:MODEL:PLACE is the last piece of
        // that place, the one on top.
        for (std::size_t i = 0; i < layout.pieces.size(); ++i) {
            if (!pieces.count(repr::makeTag(m.id, repr::TagKind::Piece, static_cast<std::uint32_t>(i)))) continue;
            const model::Piece& piece = layout.pieces[i];
            const scene::Rect face = repr::pieceFace(piece.place, m.kind == model::Representation::Blocks, layout.scale);
            const scene::Rect strip = toScreen({static_cast<float>(m.at.x + piece.at.x), static_cast<float>(m.at.y + piece.at.y),
                                                face.w, std::min(face.h, static_cast<float>(model::kCubeUnits))});
            out["piece:" + id + ":" + std::to_string(i)] = strip;
            out["piece:" + id + ":" + placeName(piece.place)] = strip;
        }
        // column:MODEL:PLACE: the column as drawn, heading and body.
        const std::vector<model::Place> columns = layout.inChart ? model::chartColumns(layout) : std::vector<model::Place>{};
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::uint64_t tag = repr::makeTag(m.id, repr::TagKind::Column, static_cast<std::uint32_t>(i));
            std::optional<scene::Rect> area;
            for (const scene::Shape& s : scene_.board.shapes) {
                if (s.tag == tag) area = area ? scene::unite(*area, shapeBox(s)) : shapeBox(s);
            }
            if (area) out["column:" + id + ":" + placeName(columns[i])] = toScreen(*area);
        }
    }
    return out;
}

bool App::resolveSpot(const ScriptPoint& p, float& x, float& y, std::string& error) const {
    if (p.name.empty()) {
        if (p.board) {
            camera_.toScreen(p.x, p.y, x, y);
        } else {
            x = p.x;
            y = p.y;
        }
        return true;
    }
    const std::map<std::string, scene::Rect> all = spots();
    const auto it = all.find(p.name);
    if (it == all.end()) {
        error = "'" + p.name + "' is not on screen now";
        return false;
    }
    x = it->second.x + 0.5f * it->second.w;
    y = it->second.y + 0.5f * it->second.h;
    return true;
}

int App::runSpots() {
    std::unique_ptr<render::OffscreenTarget> offscreen = startOffscreen();
    if (!offscreen) return 1;
    render::OffscreenTarget& target = *offscreen;
    // The first frames lay the panels out, as a window's would; then the script, if any.
    savedBoard_ = session_.board();
    replayFrame(target);
    replayFrame(target);
    if (!options_.script.empty()) {
        const int played = playScript(target, false);
        if (played == 2) return 2;
        if (platform::stopSignal() != 0) return played;  // stopped: said by playScript
    }
    replayFrame(target);
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    for (const auto& [name, r] : spots()) {
        doc[name] = {{"x", std::round((r.x + 0.5f * r.w) * 10.0f) / 10.0f},
                     {"y", std::round((r.y + 0.5f * r.h) * 10.0f) / 10.0f},
                     {"w", std::round(r.w * 10.0f) / 10.0f},
                     {"h", std::round(r.h * 10.0f) / 10.0f}};
    }
    std::cout << doc.dump() << std::endl;

    return 0;
}

}  // namespace tenfold::app
