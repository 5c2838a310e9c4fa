// Pointer gestures on the board: drags of pieces and tray tiles, taps, pan, pinch and selection boxes.
#include "interaction/board_input.hpp"

#include "interaction/hit_test.hpp"
#include "model/bar_intents.hpp"
#include "model/linked_rules.hpp"
#include "model/pieces.hpp"
#include "model/text.hpp"
#include "representations/bar_bead_view.hpp"
#include "representations/tags.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

namespace tenfold::interaction {

namespace {
constexpr float kWheelStep = 1.15f;  // zoom factor per wheel notch

bool isPieces(const model::Model& m) {
    return m.kind == model::Representation::Blocks || m.kind == model::Representation::Counters;
}
const model::PiecesLayout& piecesOf(const model::Model& m) {
    return m.kind == model::Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
}
bool isBlocks(const model::Model& m) { return m.kind == model::Representation::Blocks; }

// The extra room around a chart that still counts as dropping onto it (board units).
constexpr double kDropSlack = 20.0;
}  // namespace

// The fewest beads a string can have counted: the last part keeps at least one bead.
int fewestCounted(const model::BeadString& beads) { return beads.dividers.empty() ? 0 : beads.dividers.back() + 1; }

int partForNewPiece(const model::Model& m, model::Place p, double centreY) {
    const model::PiecesLayout& layout = piecesOf(m);
    if (const auto bands = model::partBands(layout, m.kind == model::Representation::Blocks); !bands.empty()) {
        // A chart in bands: the piece joins the part whose band its centre was dropped in; between two
        // bands, the nearer one (the split is the middle of the gap).
        int best = bands.front().part;
        double bestDistance = 1e300;
        for (const model::PartBand& band : bands) {
            const double distance = centreY < band.top ? band.top - centreY : centreY > band.bottom ? centreY - band.bottom : 0.0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = band.part;
            }
        }
        return best;
    }
    int last = 0;
    for (const model::Piece& piece : layout.pieces) {
        if (piece.place == p) return piece.part;
        last = std::max(last, piece.part);
    }
    return last;
}

std::vector<model::Command> BoardInput::duplicateSelection(const model::Board& board) const {
    std::vector<model::Command> out;
    constexpr double kCopyOffset = 24.0;  // loose copies sit a little below and to the right of the originals
    for (const PieceRef& r : selection_) {
        const model::Model* m = model::findModel(board, r.model);
        if (m == nullptr || !isPieces(*m) || r.piece >= static_cast<int>(piecesOf(*m).pieces.size())) continue;
        const model::Piece& p = piecesOf(*m).pieces[static_cast<size_t>(r.piece)];
        std::optional<model::Point> at;
        if (!piecesOf(*m).inChart) at = model::Point{p.at.x + kCopyOffset, p.at.y + kCopyOffset};
        out.push_back(model::AddPiece{m->id, p.part, p.place, at});
    }
    return out;
}

DropTarget dropTargetAt(const model::Board& board, const scene::Layer& drawn, float bx, float by) {
    // Where the charts and models are is what was drawn: their shapes in the scene, not a second copy of
    // the chart's measurements.
    auto inside = [&](const scene::Rect& r, float slack) {
        return bx >= r.x - slack && bx <= r.x + r.w + slack && by >= r.y - slack && by <= r.y + r.h + slack;
    };
    // Later models are drawn on top, so they are found first.
    for (auto it = board.models.rbegin(); it != board.models.rend(); ++it) {
        const model::Model& m = *it;
        if (!isPieces(m)) continue;
        const model::PiecesLayout& layout = piecesOf(m);
        if (layout.inChart) {
            const auto columns = model::chartColumns(layout);
            // The column under the point, or the nearest one when the point is in the slack beside the chart.
            std::optional<model::Place> best;
            float bestDistance = 1e30f;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const std::uint64_t tag = repr::makeTag(m.id, repr::TagKind::Column, static_cast<std::uint32_t>(i));
                const auto column = areaOf(drawn, [&](std::uint64_t t) { return t == tag; });
                if (!column || !inside(*column, static_cast<float>(kDropSlack))) continue;
                const float distance = std::abs(bx - (column->x + 0.5f * column->w));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = columns[i];
                }
            }
            if (best) return DropTarget{&m, best};
            continue;
        }
        // Loose pieces: anywhere in what the model draws (its tab aside), or where its first piece would go.
        const auto area = areaOf(drawn, [&](std::uint64_t t) {
            return repr::tagModel(t) == m.id && repr::tagKind(t) != repr::TagKind::Tab;
        });
        const model::ChartGeometry g;
        const scene::Rect fallback{static_cast<float>(m.at.x), static_cast<float>(m.at.y), static_cast<float>(g.columnWidth),
                                   static_cast<float>(g.columnWidth)};
        if (inside(area.value_or(fallback), static_cast<float>(kDropSlack))) return DropTarget{&m, std::nullopt};
    }
    return {};
}

bool BoardInput::pieceHeld(const PieceRef& ref) const {
    for (const auto& [key, t] : pointers_) {
        for (const Drag& d : t.drags) {
            if (d.ref == ref) return true;
        }
    }
    return false;
}

std::size_t BoardInput::pointersWith(Grab g) const {
    return static_cast<std::size_t>(
        std::count_if(pointers_.begin(), pointers_.end(), [&](const auto& kv) { return kv.second.grab == g; }));
}

namespace {
// A piece is known across a change by its part, place and how many of that part and place come before it
// (indices shift when an earlier piece is taken away; this does not).
struct PieceKey {
    int part = 0, place = 0, ordinal = 0;
    bool operator==(const PieceKey&) const = default;
};
std::optional<PieceKey> keyOf(const model::Board& b, const PieceRef& r) {
    const model::Model* m = model::findModel(b, r.model);
    if (m == nullptr || !isPieces(*m)) return std::nullopt;
    const auto& pieces = piecesOf(*m).pieces;
    if (r.piece < 0 || r.piece >= static_cast<int>(pieces.size())) return std::nullopt;
    const model::Piece& p = pieces[static_cast<size_t>(r.piece)];
    int ordinal = 0;
    for (int i = 0; i < r.piece; ++i) {
        const model::Piece& q = pieces[static_cast<size_t>(i)];
        if (q.part == p.part && q.place == p.place) ++ordinal;
    }
    return PieceKey{p.part, static_cast<int>(p.place), ordinal};
}
std::optional<int> indexOf(const model::Board& b, model::ModelId model, const PieceKey& k) {
    const model::Model* m = model::findModel(b, model);
    if (m == nullptr || !isPieces(*m)) return std::nullopt;
    const auto& pieces = piecesOf(*m).pieces;
    int ordinal = 0;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].part == k.part && static_cast<int>(pieces[i].place) == k.place && ordinal++ == k.ordinal) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}
// The same piece after a change, if it is still there.
std::optional<PieceRef> follow(const model::Board& before, const model::Board& after, const PieceRef& r) {
    const auto key = keyOf(before, r);
    if (!key) return std::nullopt;
    const auto index = indexOf(after, r.model, *key);
    if (!index) return std::nullopt;
    return PieceRef{r.model, *index};
}
}  // namespace

void BoardInput::boardChanged(const model::Board& before, const model::Board& after) {
    // Another finger's change must not make this finger drop its piece: follow each held and selected
    // piece to its new index, and let go only of pieces that are gone.
    std::vector<PieceRef> kept;
    for (const PieceRef& r : selection_) {
        if (auto f = follow(before, after, r)) kept.push_back(*f);
    }
    selection_ = kept;
    for (auto& [key, t] : pointers_) {
        if (t.grab != Grab::Pieces) continue;
        std::vector<Drag> drags;
        for (const Drag& d : t.drags) {
            if (auto f = follow(before, after, d.ref)) drags.push_back(Drag{*f, d.offsetX, d.offsetY});
        }
        t.drags = drags;
        if (t.drags.empty()) t.grab = Grab::None;
    }
}

void BoardInput::down(const Key& key, const PointerEvent& e, Camera& camera, const InputContext& ctx, InputResult& out) {
    Tracked t;
    t.x = t.downX = e.x;
    t.y = t.downY = e.y;
    if (ctx.onPanel != nullptr && ctx.onPanel(ctx.panelSelf, e.x, e.y)) {
        t.grab = Grab::None;  // a panel's: tracked so its lift does nothing on the board
        pointers_[key] = t;
        return;
    }
    if (e.y >= ctx.trayTop) {
        // The tray: a tile gives a new piece; anywhere on the band takes selected pieces back.
        const std::uint64_t tag = hitTest(ctx.scene.screen, e.x, e.y, 0);
        t.grab = Grab::TrayNew;
        if (tag != 0 && repr::tagKind(tag) == repr::TagKind::Tray) {
            t.trayItem = static_cast<int>(repr::tagIndex(tag));  // a tile, or the Keep adding switch
            t.tag = tag;
        }
        pointers_[key] = t;
        return;
    }
    float bx = 0, by = 0;
    camera.toBoard(e.x, e.y, bx, by);
    const float margin = kHitMarginPx * ctx.uiScale / camera.pixelsPerUnit();
    const std::uint64_t tag = hitTest(ctx.scene.board, bx, by, margin);
    t.tag = tag;
    if (tag != 0 && repr::tagKind(tag) == repr::TagKind::Piece) {
        const PieceRef ref{repr::tagModel(tag), static_cast<int>(repr::tagIndex(tag))};
        const model::Model* m = model::findModel(ctx.board, ref.model);
        if (m != nullptr && isPieces(*m) && ref.piece < static_cast<int>(piecesOf(*m).pieces.size()) && !pieceHeld(ref)) {
            // A selected piece brings the rest of the selection of its model along.
            std::vector<PieceRef> refs{ref};
            if (std::find(selection_.begin(), selection_.end(), ref) != selection_.end()) {
                for (const PieceRef& s : selection_) {
                    if (s.model == ref.model && !(s == ref) && !pieceHeld(s)) refs.push_back(s);
                }
            }
            t.grab = Grab::Pieces;
            for (const PieceRef& r : refs) {
                const model::Piece& p = piecesOf(*m).pieces[static_cast<size_t>(r.piece)];
                t.drags.push_back(Drag{r, static_cast<float>(m->at.x + p.at.x) - bx, static_cast<float>(m->at.y + p.at.y) - by});
            }
            pointers_[key] = t;
            out.redraw = true;
            return;
        }
        pointers_[key] = t;  // held by another finger: this one does nothing
        return;
    }
    if (tag != 0 && repr::tagKind(tag) == repr::TagKind::Button) {
        t.grab = Grab::Button;
        pointers_[key] = t;
        return;
    }
    if (tag != 0 && (repr::tagKind(tag) == repr::TagKind::Handle || repr::tagKind(tag) == repr::TagKind::Tab)) {
        const model::Model* m = model::findModel(ctx.board, repr::tagModel(tag));
        if (m != nullptr) {
            t.grab = repr::tagKind(tag) == repr::TagKind::Tab ? Grab::Tab : Grab::Handle;
            t.downBx = bx;
            t.downBy = by;
            t.startCounted = m->layouts.beads.counted;
            t.tabDx = m->at.x - bx;
            t.tabDy = m->at.y - by;
            t.gesture = ++gestures_;
            pointers_[key] = t;
            return;
        }
    }
    t.grab = ctx.selectMode && pointersWith(Grab::Pan) == 0 ? Grab::Box : Grab::Pan;
    pointers_[key] = t;
    out.redraw = t.grab == Grab::Box;
}

InputResult BoardInput::pointer(const PointerEvent& e, Camera& camera, const InputContext& ctx) {
    InputResult out;
    const Key key{static_cast<int>(e.source), e.id};
    auto it = pointers_.find(key);
    switch (e.phase) {
    case PointerPhase::Down:
        if (it != pointers_.end()) pointers_.erase(it);  // a lost "up": start again
        if (pointers_.size() >= kMaxPointers) return out;
        down(key, e, camera, ctx, out);
        return out;
    case PointerPhase::Move: {
        if (it == pointers_.end()) return out;
        Tracked& t = it->second;
        const float dx = e.x - t.x, dy = e.y - t.y;
        if (std::hypot(e.x - t.downX, e.y - t.downY) > kTapSlopPx * ctx.uiScale) t.moved = true;
        if (t.grab == Grab::Pan) {
            const std::size_t panning = pointersWith(Grab::Pan);
            if (panning == 1) {
                camera.panPixels(dx, dy);
                out.viewChanged = dx != 0 || dy != 0;
            } else if (panning == 2) {
                // Pinch: the other panning pointer stays put; zoom by the change of distance about the midpoint.
                const Tracked* other = nullptr;
                for (const auto& [k, o] : pointers_) {
                    if (!(k == key) && o.grab == Grab::Pan) other = &o;
                }
                const float before = std::hypot(t.x - other->x, t.y - other->y);
                const float after = std::hypot(e.x - other->x, e.y - other->y);
                camera.panPixels(0.5f * dx, 0.5f * dy);
                if (before > 1.0f && after > 1.0f) camera.zoomAbout(0.5f * (e.x + other->x), 0.5f * (e.y + other->y), after / before);
                out.viewChanged = true;
            }
        } else if (t.grab != Grab::None) {
            out.redraw = dx != 0 || dy != 0;
        }
        t.x = e.x;
        t.y = e.y;
        if ((t.grab == Grab::Handle || t.grab == Grab::Tab) && t.moved) dragHandle(t, camera, ctx, out);
        return out;
    }
    case PointerPhase::Up:
        if (it == pointers_.end()) return out;
        it->second.x = e.x;
        it->second.y = e.y;
        if (std::hypot(e.x - it->second.downX, e.y - it->second.downY) > kTapSlopPx * ctx.uiScale) it->second.moved = true;
        if (it->second.grab == Grab::Pieces && it->second.moved) {
            for (const repr::FloatingPiece& fp : floating(ctx.board, camera, ctx.tray)) {
                const bool mine = std::any_of(it->second.drags.begin(), it->second.drags.end(),
                                              [&](const Drag& d) { return d.ref == PieceRef{fp.model, fp.piece}; });
                if (mine) out.dropped.push_back(fp);
            }
        }
        up(it->second, camera, ctx, out);
        pointers_.erase(key);
        out.redraw = true;
        return out;
    case PointerPhase::Cancel:
        if (it != pointers_.end()) pointers_.erase(it);
        out.redraw = true;
        return out;
    }
    return out;
}

void BoardInput::up(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out) {
    if (!t.moved) {
        tap(t, camera, ctx, out);
        return;
    }
    switch (t.grab) {
    case Grab::Pieces: dropPieces(t, camera, ctx, out); break;
    case Grab::TrayNew: dropNew(t, camera, ctx, out); break;
    case Grab::Box: {
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        camera.toBoard(std::min(t.downX, t.x), std::min(t.downY, t.y), x0, y0);
        camera.toBoard(std::max(t.downX, t.x), std::max(t.downY, t.y), x1, y1);
        selection_.clear();
        for (std::uint64_t tag : tagsInside(ctx.scene.board, scene::Rect{x0, y0, x1 - x0, y1 - y0})) {
            if (repr::tagKind(tag) == repr::TagKind::Piece) {
                selection_.push_back(PieceRef{repr::tagModel(tag), static_cast<int>(repr::tagIndex(tag))});
            }
        }
        break;
    }
    default: break;
    }
}

void BoardInput::tap(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out) {
    out.redraw = true;
    if (t.grab == Grab::None) return;
    if (t.grab == Grab::TrayNew) {
        if (!selection_.empty()) {
            // Selected pieces, then a tap on the tray: they go back to the tray (highest index first).
            std::vector<PieceRef> refs = selection_;
            std::sort(refs.begin(), refs.end(), [](const PieceRef& a, const PieceRef& b) { return a.piece > b.piece; });
            for (const PieceRef& r : refs) out.commands.push_back(model::RemovePiece{r.model, r.piece});
            selection_.clear();
            return;
        }
        if (t.trayItem == static_cast<int>(repr::kKeepAddingIndex)) {
            keepAdding_ = !keepAdding_;
        } else if (t.trayItem >= 0 && t.trayItem < static_cast<int>(ctx.tray.items.size()) &&
                   ctx.tray.items[static_cast<size_t>(t.trayItem)].coin) {
            // A coin or note: straight into the purse (a purse has no places to choose between).
            out.commands.push_back(model::AddCoin{ctx.tray.model, *ctx.tray.items[static_cast<size_t>(t.trayItem)].coin});
            armed_ = -1;
        } else if (t.trayItem >= 0) {
            armed_ = armed_ == t.trayItem ? -1 : t.trayItem;
            keepAdding_ = false;  // a tile just chosen gives one piece
        }
        return;
    }
    if (t.grab == Grab::Handle || t.grab == Grab::Tab) {
        tapHandle(t, ctx, out);
        return;
    }
    if (t.grab == Grab::Button) {
        const model::Place place = repr::columnButtonPlace(t.tag);
        const bool upwards = repr::columnButtonOf(t.tag) == repr::ColumnButton::Exchange;
        const model::Model* m = model::findModel(ctx.board, repr::tagModel(t.tag));
        if (m == nullptr) return;
        // Exchange in the part that has enough (ten to exchange up, one to break).
        const model::Group* g = model::findGroup(ctx.board, m->group);
        int part = 0;
        if (g != nullptr) {
            for (int i = 0; i < g->quantity.partCount(); ++i) {
                const std::int64_t n = g->quantity.parts[static_cast<size_t>(i)].count(place);
                if ((upwards && n >= 10) || (!upwards && n >= 1)) {
                    part = i;
                    break;
                }
            }
        }
        out.commands.push_back(model::Exchange{m->id, part, place, upwards});
        return;
    }
    // A tap on a piece selects it, unless a tray tile is chosen: then the tap adds a piece there, as it
    // would on the column around it.
    if (t.grab == Grab::Pieces && !t.drags.empty() && armed_ < 0) {
        const PieceRef ref = t.drags.front().ref;
        const auto it = std::find(selection_.begin(), selection_.end(), ref);
        if (it != selection_.end()) {
            selection_.erase(it);
        } else {
            if (!ctx.selectMode) selection_.clear();  // outside select mode one piece at a time
            selection_.push_back(ref);
        }
        armed_ = -1;
        return;
    }
    // A tap on the board: where a chosen tray piece or the selected pieces go.
    float bx = 0, by = 0;
    camera.toBoard(t.x, t.y, bx, by);
    if (armed_ >= 0 && armed_ < static_cast<int>(ctx.tray.items.size())) {
        t.trayItem = armed_;
        dropNew(t, camera, ctx, out);
        // One piece, then the tile is put back (a stray tap later adds nothing), unless Keep adding is on.
        if (!out.commands.empty() && !keepAdding_) armed_ = -1;
        return;
    }
    if (!selection_.empty()) {
        t.drags.clear();
        for (const PieceRef& r : selection_) {
            const model::Model* m = model::findModel(ctx.board, r.model);
            if (m == nullptr || r.piece >= static_cast<int>(piecesOf(*m).pieces.size())) continue;
            t.drags.push_back(Drag{r, 0, 0});
        }
        dropPieces(t, camera, ctx, out);
        selection_.clear();
        return;
    }
    armed_ = -1;
}

void BoardInput::dropNew(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out) {
    if (t.trayItem < 0 || t.trayItem >= static_cast<int>(ctx.tray.items.size())) return;
    if (t.y >= ctx.trayTop) return;  // dropped back on the tray: nothing happens
    const repr::TrayItem& item = ctx.tray.items[static_cast<size_t>(t.trayItem)];
    if (item.coin) {
        // A coin dragged out of the tray goes into the purse, wherever it is let go on the board.
        out.commands.push_back(model::AddCoin{ctx.tray.model, *item.coin});
        return;
    }
    float bx = 0, by = 0;
    camera.toBoard(t.x, t.y, bx, by);
    const DropTarget target = dropTargetAt(ctx.board, ctx.scene.board, bx, by);
    if (target.model == nullptr && dropOnCircle(t, bx, by, ctx, out)) return;
    const model::Model* m = target.model != nullptr ? target.model : model::findModel(ctx.board, ctx.tray.model);
    if (m == nullptr || !isPieces(*m)) return;
    if (target.model == nullptr) {
        if (dropOnCircle(t, bx, by, ctx, out)) return;
        out.message = model::tr("app.drop.on_chart");
        return;
    }
    // A plain counter takes its column's value; blocks and valued counters go to their own column.
    model::Place place = item.place;
    if (item.plain && target.column) place = *target.column;
    const scene::Rect face = repr::pieceFace(place, item.block, item.scale);
    const model::Point at{bx - m->at.x - 0.5 * face.w, by - m->at.y - 0.5 * face.h};
    out.commands.push_back(model::AddPiece{m->id, partForNewPiece(*m, place, at.y + 0.5 * face.h), place, at});
}

void BoardInput::dropPieces(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out) {
    if (t.drags.empty()) return;
    const model::ModelId id = t.drags.front().ref.model;
    const model::Model* m = model::findModel(ctx.board, id);
    if (m == nullptr || !isPieces(*m)) return;
    const model::PiecesLayout& layout = piecesOf(*m);
    std::vector<Drag> drags = t.drags;
    // Highest index first, so taking pieces away does not renumber the ones still to come.
    std::sort(drags.begin(), drags.end(), [](const Drag& a, const Drag& b) { return a.ref.piece > b.ref.piece; });
    if (t.y >= ctx.trayTop) {
        for (const Drag& d : drags) out.commands.push_back(model::RemovePiece{id, d.ref.piece});
        selection_.clear();
        return;
    }
    float bx = 0, by = 0;
    camera.toBoard(t.x, t.y, bx, by);
    const DropTarget target = dropTargetAt(ctx.board, ctx.scene.board, bx, by);
    if (target.model == nullptr || target.model->id != id) {
        out.message = model::tr("app.drop.on_chart");
        return;  // the pieces go back where they were
    }
    if (layout.inChart && !target.column) return;
    // Ten (or more) pieces of one place gathered into the column to its left: an exchange.
    if (target.column && drags.size() >= 10) {
        const model::Place from = layout.pieces[static_cast<size_t>(drags.front().ref.piece)].place;
        const bool samePlace = std::all_of(drags.begin(), drags.end(), [&](const Drag& d) {
            return layout.pieces[static_cast<size_t>(d.ref.piece)].place == from;
        });
        if (samePlace && static_cast<int>(*target.column) == static_cast<int>(from) + 1) {
            const int part = layout.pieces[static_cast<size_t>(drags.front().ref.piece)].part;
            out.commands.push_back(model::Exchange{id, part, from, true});
            selection_.clear();
            return;
        }
    }
    for (const Drag& d : drags) {
        const model::Piece& piece = layout.pieces[static_cast<size_t>(d.ref.piece)];
        const model::Place column = target.column.value_or(piece.place);
        const model::Point to{bx + d.offsetX - m->at.x, by + d.offsetY - m->at.y};
        out.commands.push_back(model::MovePiece{id, d.ref.piece, to, column});
    }
    selection_.clear();
}

bool BoardInput::gestureActive(std::uint64_t id) const {
    return id != 0 && std::any_of(pointers_.begin(), pointers_.end(), [&](const auto& kv) { return kv.second.gesture == id; });
}

void BoardInput::dragHandle(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out) {
    const model::Model* m = model::findModel(ctx.board, repr::tagModel(t.tag));
    if (m == nullptr) return;
    const model::Group* g = model::findGroup(ctx.board, m->group);
    if (g == nullptr) return;
    float bx = 0, by = 0;
    camera.toBoard(t.x, t.y, bx, by);
    std::optional<model::Command> command;
    if (t.grab == Grab::Tab) {
        const model::Point to{bx + t.tabDx, by + t.tabDy};
        if (model::isValidPoint(to) && !(to == m->at)) command = model::MoveModel{m->id, to};
    } else {
        const std::uint32_t index = repr::tagIndex(t.tag);
        const int n = static_cast<int>(repr::handleNumber(index));
        switch (repr::handleOf(index)) {
        case repr::Handle::Bead: {
            if (m->kind != model::Representation::Beads) break;
            // Pushed across: an uncounted bead dragged towards the counted side brings every bead before it;
            // a counted bead dragged away takes every bead after it back.
            const repr::BeadGeometry geo = repr::beadGeometry(*m);
            const float dx = bx - t.downBx;
            // Another finger on a bead of the same string: each finger only pushes its way (a push never
            // takes back beads the other finger pushed further), so two fingers working from both ends
            // do not undo each other's beads on every move.
            // Once shared, the rest of the drag stays that way: when the other finger lifts, this one must
            // not take back the beads it pushed.
            t.sharedString = t.sharedString || std::any_of(pointers_.begin(), pointers_.end(), [&](const auto& kv) {
                return &kv.second != &t && kv.second.grab == Grab::Handle && repr::tagModel(kv.second.tag) == m->id &&
                       repr::handleOf(repr::tagIndex(kv.second.tag)) == repr::Handle::Bead;
            });
            const bool shared = t.sharedString;
            const int now = m->layouts.beads.counted;
            int counted = shared ? now : t.startCounted;
            if (n > t.startCounted && dx < -0.5f * geo.step) counted = shared ? std::max(now, n) : n;
            if (n <= t.startCounted && dx > 0.5f * geo.step) counted = shared ? std::min(now, n - 1) : n - 1;
            // A bead in front of the last divider cannot be pulled back: every part keeps its beads. Said
            // once per drag; nothing moves (not even the beads after the divider, which nobody touched).
            const int lowest = fewestCounted(m->layouts.beads);
            if (counted < lowest) {
                counted = now;
                if (!t.told) {
                    out.message = model::tr("app.beads.past_divider");
                    out.messageModel = m->id;
                }
                t.told = true;
            }
            if (counted != m->layouts.beads.counted) command = model::SetCountedBeads{m->id, counted};
            break;
        }
        case repr::Handle::Divider: {
            const model::BeadString& beads = m->layouts.beads;
            if (m->kind != model::Representation::Beads || n >= static_cast<int>(beads.dividers.size())) break;
            const std::size_t i = static_cast<std::size_t>(n);
            // Between its neighbours, so every part keeps at least one bead.
            const int lowest = i > 0 ? beads.dividers[i - 1] + 1 : 1;
            const int highest = i + 1 < beads.dividers.size() ? beads.dividers[i + 1] - 1 : beads.counted - 1;
            const int position = std::clamp(repr::beadGeometry(*m).positionAt(bx), lowest, std::max(lowest, highest));
            if (position != beads.dividers[i] && position <= highest) command = model::MoveBeadDivider{m->id, n, position};
            break;
        }
        case repr::Handle::Boundary: {
            // A bar drawn not to scale has no length to read a value from: its parts are typed instead.
            if (m->kind != model::Representation::Bar || m->layouts.bar.notToScale || n + 1 >= g->quantity.partCount()) break;
            const std::vector<model::Value> parts = g->quantity.partValues();
            std::int64_t before = 0;
            for (int i = 0; i < n; ++i) before += parts[static_cast<std::size_t>(i)].milli();
            // Snapped to the largest place the parts use (tens when they are tens), as the model says.
            const double at = repr::barMilliAt(*m, g->quantity, bx) - static_cast<double>(before);
            if (const auto v = model::snapBoundary(parts, n, at)) command = model::SetPart{m->id, n, *v, true};
            break;
        }
        default: break;
        }
    }
    if (command) {
        out.commands.push_back(*command);
        out.gesture = t.gesture;
    }
}

void BoardInput::tapHandle(Tracked& t, const InputContext& ctx, InputResult& out) {
    const model::Model* m = model::findModel(ctx.board, repr::tagModel(t.tag));
    if (m == nullptr) return;
    if (t.grab == Grab::Tab) {
        out.pickedModel = m->id;
        return;
    }
    const std::uint32_t index = repr::tagIndex(t.tag);
    const int n = static_cast<int>(repr::handleNumber(index));
    switch (repr::handleOf(index)) {
    case repr::Handle::Bead:
        if (m->kind == model::Representation::Beads) {
            // A tap pushes the bead across (with the beads before it), or brings it back (with those after),
            // as far as the last divider.
            const int counted = n > m->layouts.beads.counted ? n : n - 1;
            if (counted < fewestCounted(m->layouts.beads)) {
                out.message = model::tr("app.beads.past_divider");
                out.messageModel = m->id;
            } else {
                out.commands.push_back(model::SetCountedBeads{m->id, counted});
            }
        }
        break;
    case repr::Handle::BarPart:
        if (m->kind == model::Representation::Bar && m->layouts.bar.mode == model::BarMode::EqualParts) {
            out.commands = model::shadeIntent(ctx.board, m->id, n);
        } else if (m->kind == model::Representation::Bar && m->layouts.bar.mode == model::BarMode::Fractions) {
            out.commands = model::fractionShadeIntent(ctx.board, m->id, n / repr::kWallRowStride, n % repr::kWallRowStride);
        } else {
            out.ask = model::ValueSlot{m->id, model::SlotKind::Part, n};
        }
        break;
    case repr::Handle::BarWhole: out.ask = model::ValueSlot{m->id, model::SlotKind::Whole, 0}; break;
    case repr::Handle::Difference: out.ask = model::ValueSlot{m->id, model::SlotKind::Difference, n}; break;
    case repr::Handle::Circle:
        out.ask = n == 0 ? model::ValueSlot{m->id, model::SlotKind::Whole, 0} : model::ValueSlot{m->id, model::SlotKind::Part, n - 1};
        break;
    case repr::Handle::Coin:
        // A coin tapped in a purse is taken away (the take-away sentence follows).
        if (n < model::kCoinCount) out.commands.push_back(model::RemoveCoin{m->id, model::kAllCoins[static_cast<size_t>(n)]});
        break;
    case repr::Handle::Value: out.ask = model::ValueSlot{m->id, model::SlotKind::Value, 0}; break;
    case repr::Handle::Row: out.ask = model::ValueSlot{m->id, model::SlotKind::Row, n}; break;
    default: break;
    }
}

bool BoardInput::dropOnCircle(Tracked& t, float bx, float by, const InputContext& ctx, InputResult& out) {
    // A piece from the tray dropped into a part-whole circle: the circle holds it, so its value grows.
    if (t.trayItem < 0 || t.trayItem >= static_cast<int>(ctx.tray.items.size())) return false;
    const std::uint64_t tag = hitTest(ctx.scene.board, bx, by, 0);
    if (tag == 0 || repr::tagKind(tag) != repr::TagKind::Handle || repr::handleOf(repr::tagIndex(tag)) != repr::Handle::Circle) {
        return false;
    }
    const model::Model* m = model::findModel(ctx.board, repr::tagModel(tag));
    const model::Group* g = m != nullptr ? model::findGroup(ctx.board, m->group) : nullptr;
    if (g == nullptr) return false;
    const int circle = static_cast<int>(repr::handleNumber(repr::tagIndex(tag)));
    const model::Place place = ctx.tray.items[static_cast<std::size_t>(t.trayItem)].place;
    const std::vector<model::Value> parts = g->quantity.partValues();
    const model::Value old = circle == 0 ? g->quantity.value() : parts[static_cast<std::size_t>(std::min<int>(circle, static_cast<int>(parts.size())) - 1)];
    const auto sum = model::add(old, model::Value::fromMilli(model::placeMilli(place)).value());
    if (!sum) {
        out.message = sum.error().message;
        return true;
    }
    if (circle == 0) {
        out.commands.push_back(model::SetWhole{m->id, sum.value()});
    } else {
        out.commands.push_back(model::SetPart{m->id, circle - 1, sum.value(), false});
    }
    return true;
}

InputResult BoardInput::wheel(const WheelEvent& e, Camera& camera) {
    InputResult out;
    if (e.steps == 0) return out;
    camera.zoomAbout(e.x, e.y, std::pow(kWheelStep, e.steps));
    out.viewChanged = true;
    return out;
}

std::vector<repr::FloatingPiece> BoardInput::floating(const model::Board& board, const Camera& camera,
                                                       const repr::TraySpec& tray) const {
    std::vector<repr::FloatingPiece> out;
    for (const auto& [key, t] : pointers_) {
        if (!t.moved) continue;
        float bx = 0, by = 0;
        camera.toBoard(t.x, t.y, bx, by);
        if (t.grab == Grab::TrayNew && t.trayItem >= 0 && t.trayItem < static_cast<int>(tray.items.size()) &&
            !tray.items[static_cast<size_t>(t.trayItem)].coin) {
            const repr::TrayItem& item = tray.items[static_cast<size_t>(t.trayItem)];
            const scene::Rect face = repr::pieceFace(item.place, item.block, item.scale);
            out.push_back(repr::FloatingPiece{tray.model, -1, item.place, item.block, item.plain, item.scale,
                                              bx - 0.5f * face.w, by - 0.5f * face.h});
        }
        if (t.grab == Grab::Pieces) {
            for (const Drag& d : t.drags) {
                const model::Model* m = model::findModel(board, d.ref.model);
                if (m == nullptr || !isPieces(*m)) continue;
                const model::PiecesLayout& layout = piecesOf(*m);
                if (d.ref.piece >= static_cast<int>(layout.pieces.size())) continue;
                const model::Piece& p = layout.pieces[static_cast<size_t>(d.ref.piece)];
                out.push_back(repr::FloatingPiece{m->id, d.ref.piece, p.place, isBlocks(*m), layout.plain, layout.scale,
                                                  bx + d.offsetX, by + d.offsetY});
            }
        }
    }
    return out;
}

std::optional<scene::Rect> BoardInput::selectionBox(const Camera& camera) const {
    for (const auto& [key, t] : pointers_) {
        if (t.grab != Grab::Box || !t.moved) continue;
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        camera.toBoard(std::min(t.downX, t.x), std::min(t.downY, t.y), x0, y0);
        camera.toBoard(std::max(t.downX, t.x), std::max(t.downY, t.y), x1, y1);
        return scene::Rect{x0, y0, x1 - x0, y1 - y0};
    }
    return std::nullopt;
}

}  // namespace tenfold::interaction
