// Building the tray tiles.
#include "representations/tray_view.hpp"

#include "model/forms.hpp"
#include "model/pieces.hpp"
#include "model/text.hpp"
#include "representations/chrome.hpp"
#include "representations/money_view.hpp"
#include "representations/pieces_view.hpp"
#include "representations/tags.hpp"

#include <algorithm>

namespace tenfold::repr {

namespace {
constexpr float kTileGap = 10.0f;
constexpr float kTileMargin = 8.0f;      // above and below a tile, inside the band
constexpr float kLabelSize = 22.0f;
constexpr float kLabelSpace = 28.0f;     // the strip under the piece for its value
constexpr float kTileInset = 8.0f;       // space between a tile's edge and its piece
constexpr float kCancelRadius = 13.0f;   // the cross on a chosen tile
constexpr float kKeepAddingWidth = 132.0f;

// Scales and moves every shape and text of `from` into `to`.
void place(const scene::Layer& from, scene::Layer& to, float scale, float dx, float dy) {
    for (scene::Shape s : from.shapes) {
        s.x = s.x * scale + dx;
        s.y = s.y * scale + dy;
        if (s.kind == scene::ShapeKind::Capsule) {
            s.w = s.w * scale + dx;
            s.h = s.h * scale + dy;
        } else {
            s.w *= scale;
            s.h *= scale;
        }
        s.radius *= scale;
        s.outlineWidth = std::max(1.0f, s.outlineWidth * scale);
        to.shapes.push_back(s);
    }
    for (scene::Text t : from.texts) {
        t.x = t.x * scale + dx;
        t.y = t.y * scale + dy;
        t.size *= scale;
        to.texts.push_back(t);
    }
}

std::string placeKey(model::Place p) {
    switch (p) {
    case model::Place::Thousandths: return "thousandths";
    case model::Place::Hundredths: return "hundredths";
    case model::Place::Tenths: return "tenths";
    case model::Place::Ones: return "ones";
    case model::Place::Tens: return "tens";
    case model::Place::Hundreds: return "hundreds";
    case model::Place::Thousands: return "thousands";
    case model::Place::TenThousands: return "ten-thousands";
    case model::Place::HundredThousands: return "hundred-thousands";
    case model::Place::Millions: return "millions";
    }
    return "ones";
}
}  // namespace

TraySpec traySpecFor(const model::Board& board, model::ModelId active) {
    auto isPieces = [](const model::Model& m) {
        return m.kind == model::Representation::Blocks || m.kind == model::Representation::Counters;
    };
    auto isMoney = [](const model::Model& x) { return x.kind == model::Representation::Money; };
    const model::Model* m = model::findModel(board, active);
    if (m != nullptr && !(isPieces(*m) || isMoney(*m))) {
        // A part-whole model, a bar or beads: the pieces (or coins) of a model linked to it.
        const model::GroupId group = m->group;
        auto it = std::find_if(board.models.begin(), board.models.end(),
                               [&](const model::Model& x) { return x.group == group && (isPieces(x) || isMoney(x)); });
        m = it == board.models.end() ? nullptr : &*it;
    }
    if (m == nullptr) {
        auto it = std::find_if(board.models.begin(), board.models.end(), isPieces);
        if (it == board.models.end()) it = std::find_if(board.models.begin(), board.models.end(), isMoney);
        m = it == board.models.end() ? nullptr : &*it;
    }
    TraySpec spec;
    if (m == nullptr) return spec;
    if (isMoney(*m)) {
        // Every coin and note, the smallest first (as a child counts out change).
        spec.model = m->id;
        for (const model::Coin c : model::kAllCoins) {
            TrayItem item;
            item.name = std::string(model::coinId(c));
            item.coin = c;
            spec.items.push_back(item);
        }
        return spec;
    }
    spec.model = m->id;
    const bool blocks = m->kind == model::Representation::Blocks;
    const model::PiecesLayout& layout = blocks ? m->layouts.blocks : m->layouts.counters;
    if (!blocks && layout.plain) {
        // A fixed set only moves between columns: a tile would only ever refuse, so there is none.
        if (!layout.fixed) spec.items.push_back(TrayItem{layout.lowestColumn, false, true, layout.scale, "plain", {}, std::nullopt});
        return spec;
    }
    std::vector<model::Place> places = model::chartColumns(layout);
    if (blocks) {
        // Blocks can show only the places their scale has blocks for.
        places.erase(std::remove_if(places.begin(), places.end(),
                                    [&](model::Place p) { return !model::blockForPlace(p, layout.scale).ok(); }),
                     places.end());
    }
    for (model::Place p : places) spec.items.push_back(TrayItem{p, blocks, false, layout.scale, placeKey(p), {}, std::nullopt});
    return spec;
}

namespace {
float tileWidth(const TrayItem& item) { return item.coin ? kCoinTileWidth : kTrayTileWidth; }
}  // namespace

float trayTilesRight(const TraySpec& spec, float uiScale, bool tileChosen) {
    float tiles = kTileGap * uiScale;
    for (const TrayItem& item : spec.items) tiles += (tileWidth(item) + kTileGap) * uiScale;
    return tileChosen && !spec.items.empty() ? tiles + kKeepAddingWidth * uiScale : tiles;
}

void buildTrayItems(scene::Layer& screen, TraySpec& spec, float height, float uiScale, palette::Scheme scheme,
                    int armed, bool keepAdding) {
    const float band = trayHeightPx(uiScale);
    const float tileH = band - 2 * kTileMargin * uiScale;
    const float top = height - band + kTileMargin * uiScale;
    float x = kTileGap * uiScale;
    for (size_t i = 0; i < spec.items.size(); ++i) {
        TrayItem& item = spec.items[i];
        const float tileW = tileWidth(item) * uiScale;
        const std::uint64_t tag = makeTag(spec.model, TagKind::Tray, static_cast<std::uint32_t>(i));
        item.rect = scene::Rect{x, top, tileW, tileH};
        const bool isArmed = static_cast<int>(i) == armed;
        scene::Shape tile = scene::rect(x + 0.5f * tileW, top + 0.5f * tileH, tileW, tileH, palette::kTrayTile, 12.0f * uiScale);
        tile.outline = isArmed ? palette::kArmed : palette::kTrayEdge;
        tile.outlineWidth = (isArmed ? 4.0f : 1.5f) * uiScale;
        tile.tag = tag;
        screen.shapes.push_back(tile);

        if (item.coin) {
            // The coin or note, as large as the tile allows, its value printed on it (a tap gives one).
            const CoinSize size = coinSize(*item.coin);
            const float inset = kTileInset * uiScale;
            const float s = std::min((tileW - 2 * inset) / size.w, (tileH - 2 * inset) / size.h);
            scene::Layer coin;
            drawCoin(coin, *item.coin, 0, 0, 1.0f, false, tag);
            place(coin, screen, s, x + 0.5f * tileW, top + 0.5f * tileH);
            x += tileW + kTileGap * uiScale;
            continue;
        }
        // The piece, centred in the space above the label, at the tray's scale.
        scene::Layer piece;
        addPiece(piece, item.place, item.block, item.plain, item.scale, 0, 0, scheme, tag);
        const scene::Rect face = pieceFace(item.place, item.block, item.scale);
        const auto kind = model::blockForPlace(item.place, item.scale);
        const float depth = item.block && kind.ok() && kind.value() == model::BlockKind::BigCube ? kBigCubeDepth : 0.0f;
        const float areaH = tileH - kLabelSpace * uiScale;
        // The tray's scale, but never larger than the tile (a big cube with its depth must fit).
        const float fit = std::min((tileW - 2 * kTileInset * uiScale) / (face.w + depth),
                                   (areaH - kTileInset * uiScale) / (face.h + depth));
        const float s = std::min(kTrayPieceScale * uiScale, fit);
        const float px = x + 0.5f * (tileW - (face.w + depth) * s);
        // Centred: the piece with its depth reaches from py - depth * s to py + face.h * s.
        const float py = top + 0.5f * (areaH - (face.h - depth) * s);
        place(piece, screen, s, px, py);

        if (!item.plain) {
            scene::Text label;
            label.text = model::numeral(model::Value::fromMilli(model::placeMilli(item.place)).value());
            label.x = x + 0.5f * tileW;
            label.y = top + tileH - 0.35f * kLabelSpace * uiScale;
            label.size = kLabelSize * uiScale;
            label.colour = palette::kInk;
            label.align = scene::Align::Centre;
            label.tag = tag;
            label.role = scene::TextRole::Label;
            screen.texts.push_back(label);
        }
        if (isArmed) {
            // A cross in the corner: a tap on the tile again puts it back (always visibly cancellable).
            const float r = kCancelRadius * uiScale, cx = x + tileW - r - 4.0f * uiScale, cy = top + r + 4.0f * uiScale;
            scene::Shape badge = scene::disc(cx, cy, 2 * r, palette::kArmed);
            badge.tag = tag;
            screen.shapes.push_back(badge);
            const float arm = 0.45f * r, line = 0.13f * r;
            screen.shapes.push_back(scene::capsule(cx - arm, cy - arm, cx + arm, cy + arm, line, palette::kCard));
            screen.shapes.push_back(scene::capsule(cx - arm, cy + arm, cx + arm, cy - arm, line, palette::kCard));
        }
        x += tileW + kTileGap * uiScale;
    }
    spec.keepAdding = {};
    if (armed >= 0 && armed < static_cast<int>(spec.items.size())) {
        // "Keep adding": off, one tap on the board adds one piece and the tile is put back; on, every tap adds.
        const std::string label = model::tr("app.tray.keep_adding");
        const float w = kKeepAddingWidth * uiScale;
        spec.keepAdding = scene::Rect{x, top, w, tileH};
        const std::uint64_t tag = makeTag(spec.model, TagKind::Tray, kKeepAddingIndex);
        scene::Shape sw = scene::rect(x + 0.5f * w, top + 0.5f * tileH, w, tileH, keepAdding ? palette::kSelectionFill : palette::kTrayTile,
                                      12.0f * uiScale);
        sw.outline = keepAdding ? palette::kArmed : palette::kTrayEdge;
        sw.outlineWidth = (keepAdding ? 4.0f : 1.5f) * uiScale;
        sw.tag = tag;
        screen.shapes.push_back(sw);
        // A tick box and the words, so the switch is read by shape and text, not by colour alone.
        const float box = 0.28f * tileH, bx = x + 0.5f * w, by = top + 0.36f * tileH;
        scene::Shape frame = scene::rect(bx, by, box, box, palette::kCard, 6.0f * uiScale);
        frame.outline = palette::kInk;
        frame.outlineWidth = 2.0f * uiScale;
        frame.tag = tag;
        screen.shapes.push_back(frame);
        if (keepAdding) {
            const float t = 0.09f * box;
            screen.shapes.push_back(scene::capsule(bx - 0.28f * box, by, bx - 0.06f * box, by + 0.22f * box, t, palette::kInk));
            screen.shapes.push_back(scene::capsule(bx - 0.06f * box, by + 0.22f * box, bx + 0.3f * box, by - 0.24f * box, t, palette::kInk));
        }
        scene::Text t;
        t.text = label;
        t.x = x + 0.5f * w;
        t.y = top + tileH - 0.35f * kLabelSpace * uiScale;
        t.size = kLabelSize * uiScale;
        t.colour = palette::kInk;
        t.align = scene::Align::Centre;
        t.tag = tag;
        t.role = scene::TextRole::Button;
        screen.texts.push_back(t);
    }
}

}  // namespace tenfold::repr
