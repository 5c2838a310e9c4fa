// Building the board layer from the board.
#include "representations/board_scene.hpp"

#include "representations/bar_bead_view.hpp"
#include "representations/palette.hpp"
#include "representations/part_whole_view.hpp"
#include "representations/piece_animator.hpp"
#include "representations/tags.hpp"

#include <algorithm>

namespace tenfold::repr {

namespace {
constexpr scene::Rect kEmptyBoardArea{-800.0f, -420.0f, 1600.0f, 840.0f};

scene::Rect unite(const scene::Rect& a, const scene::Rect& b) {
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const float x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return {x0, y0, x1 - x0, y1 - y0};
}
}  // namespace

float shownLevel(const model::Model& m, const BoardViewOptions& options) {
    for (const auto& [id, level] : options.levels) {
        if (id == m.id) return level;
    }
    return static_cast<float>(static_cast<int>(m.level));
}

scene::Rect buildBoard(scene::Layer& layer, const model::Board& board, const BoardViewOptions& options) {
    const palette::Scheme scheme =
        options.colourBlind ? palette::Scheme::ColourBlind : palette::schemeNamed(board.settings.palette);
    bool any = false;
    scene::Rect bounds{};
    for (const model::Model& m : board.models) {
        scene::Rect r{};
        switch (m.kind) {
        case model::Representation::Blocks:
        case model::Representation::Counters: {
            std::vector<int> selected;
            for (const auto& [model, piece] : options.selected) {
                if (model == m.id) selected.push_back(piece);
            }
            r = buildPiecesModel(layer, board, m, scheme, options.readouts, options.floating, selected, options.animator,
                                 options.now, shownLevel(m, options));
            break;
        }
        case model::Representation::PartWhole:
            r = buildPartWholeModel(layer, board, m);
            break;
        case model::Representation::Beads:
            r = buildBeadString(layer, board, m);
            break;
        case model::Representation::Bar:
            r = buildBarModel(layer, board, m);
            break;
        default:
            r = buildNumeralCard(layer, board, m);
            break;
        }
        bounds = any ? unite(bounds, r) : r;
        any = true;
    }
    // Pieces leaving in an exchange, then pieces being dragged, over everything else.
    if (options.animator != nullptr) {
        for (const PieceAnimator::Ghost& g : options.animator->ghosts(options.now)) {
            addPiece(layer, g.place, g.block, g.plain, g.scale, g.spot.x, g.spot.y, scheme, 0, g.spot.alpha);
        }
    }
    for (const FloatingPiece& fp : options.floating) {
        const std::uint64_t tag = fp.piece >= 0 ? makeTag(fp.model, TagKind::Piece, static_cast<std::uint32_t>(fp.piece)) : 0;
        addPiece(layer, fp.place, fp.block, fp.plain, fp.scale, fp.x, fp.y, scheme, tag);
    }
    if (options.selectionBox) {
        const scene::Rect& b = *options.selectionBox;
        scene::Shape box = scene::rect(b.x + 0.5f * b.w, b.y + 0.5f * b.h, b.w, b.h, palette::kSelectionFill, 6.0f);
        box.outline = palette::kSelection;
        box.outlineWidth = 2.0f;
        layer.shapes.push_back(box);
    }
    return any ? bounds : kEmptyBoardArea;
}

}  // namespace tenfold::repr
