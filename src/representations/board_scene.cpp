// Building the board layer from the board.
#include "representations/board_scene.hpp"

#include "representations/bar_bead_view.hpp"
#include "representations/palette.hpp"
#include "representations/part_whole_view.hpp"
#include "representations/piece_animator.hpp"
#include "representations/tags.hpp"
#include "model/representation.hpp"

#include <algorithm>
#include <array>

namespace tenfold::repr {

namespace {
constexpr scene::Rect kEmptyBoardArea{-800.0f, -420.0f, 1600.0f, 840.0f};
constexpr float kTabText = 30.0f;
constexpr float kTabPad = 18.0f;
constexpr float kCharAdvance = 0.55f;  // a rough width per character, to size the tab
// Link colours: distinct hues, darker than the pieces' colours so they read as marks, not as values.
constexpr std::array<scene::Colour, 5> kLinkColours{scene::Colour::rgb(0x7B4FB3), scene::Colour::rgb(0x1F8A8A),
                                                    scene::Colour::rgb(0xC0612B), scene::Colour::rgb(0x3F6FB5),
                                                    scene::Colour::rgb(0x8A6D1F)};
constexpr scene::Colour kPlainTab = scene::Colour::rgb(0xE9E4D8);


}  // namespace

scene::Colour linkColour(const model::Board& board, model::GroupId group) {
    if (model::modelsInGroup(board, group).size() < 2) return kPlainTab;
    std::size_t linked = 0;
    for (const model::Group& g : board.groups) {
        if (g.id == group) break;
        if (model::modelsInGroup(board, g.id).size() >= 2) ++linked;
    }
    return kLinkColours[linked % kLinkColours.size()];
}

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
    // Links first, under everything: a thin line from tab to tab of the models of one group.
    const std::size_t linksAt = layer.shapes.size();
    std::vector<std::pair<const model::Model*, scene::Rect>> tabs;
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
            r = buildPartWholeModel(layer, board, m, shownLevel(m, options),
                                    std::find(options.factFamilies.begin(), options.factFamilies.end(), m.id) !=
                                        options.factFamilies.end());
            break;
        case model::Representation::Beads:
            r = buildBeadString(layer, board, m, shownLevel(m, options));
            break;
        case model::Representation::Bar:
            r = buildBarModel(layer, board, m, shownLevel(m, options));
            break;
        default:
            r = buildNumeralCard(layer, board, m);
            break;
        }
        // The model's tab: its kind, in its link colour; drag it to move the model, tap it for its menu.
        const std::string name = model::representationName(m.kind);
        const float tabW = static_cast<float>(name.size()) * kCharAdvance * kTabText + 2 * kTabPad;
        const scene::Rect tab{r.x, r.y - kTabGap - kTabHeight, tabW, kTabHeight};
        tabs.emplace_back(&m, tab);
        r = scene::unite(r, tab);
        if (options.areas != nullptr) options.areas->emplace_back(m.id, r);
        bounds = any ? scene::unite(bounds, r) : r;
        any = true;
    }
    std::vector<scene::Shape> links;
    const model::Model* pickedModel = model::findModel(board, options.selectedModel);
    for (const model::Group& g : board.groups) {
        if (pickedModel == nullptr || pickedModel->group != g.id) continue;  // links are drawn for the picked model
        const scene::Rect* previous = nullptr;
        for (const auto& [m, tab] : tabs) {
            if (m->group != g.id) continue;
            if (previous != nullptr) {
                scene::Colour c = linkColour(board, g.id);
                c.a = 0.55f;
                links.push_back(scene::capsule(previous->x + 0.5f * previous->w, previous->y + 0.5f * previous->h,
                                               tab.x + 0.5f * tab.w, tab.y + 0.5f * tab.h, 1.5f, c));
            }
            previous = &tab;
        }
    }
    layer.shapes.insert(layer.shapes.begin() + static_cast<std::ptrdiff_t>(linksAt), links.begin(), links.end());
    for (const auto& [m, tab] : tabs) {
        const scene::Colour c = linkColour(board, m->group);
        const bool linked = !(c == kPlainTab);
        const bool picked = options.selectedModel == m->id;
        const std::uint64_t tag = makeTag(m->id, TagKind::Tab, 0);
        scene::Shape s = scene::rect(tab.x + 0.5f * tab.w, tab.y + 0.5f * tab.h, tab.w, tab.h, c, 0.5f * tab.h);
        s.outline = picked ? palette::kSelection : (linked ? c : palette::kCardEdge);
        s.outlineWidth = picked ? 4.0f : 1.5f;
        s.tag = tag;
        layer.shapes.push_back(s);
        layer.texts.push_back(scene::centredText(model::representationName(m->kind), tab.x + 0.5f * tab.w,
                                              tab.y + 0.5f * tab.h, kTabText, linked ? palette::kCard : palette::kInk, tag));
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
