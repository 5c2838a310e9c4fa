// Building the board layer from the board.
#include "representations/board_scene.hpp"

#include "representations/bar_bead_view.hpp"
#include "representations/money_view.hpp"
#include "representations/palette.hpp"
#include "representations/part_whole_view.hpp"
#include "representations/piece_animator.hpp"
#include "representations/tags.hpp"
#include "model/representation.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace tenfold::repr {

namespace {
constexpr scene::Rect kEmptyBoardArea{-800.0f, -420.0f, 1600.0f, 840.0f};
constexpr float kTabText = 30.0f;
constexpr float kTabPad = 18.0f;
constexpr float kTabHeightPerText = kTabHeight / kTabText;  // a tab grows with its text
// Link colours: distinct hues, darker than the pieces' colours so they read as marks, not as values, and
// dark enough for the tab's white name (at least 5:1).
constexpr std::array<scene::Colour, 5> kLinkColours{scene::Colour::rgb(0x7B4FB3), scene::Colour::rgb(0x17706F),
                                                    scene::Colour::rgb(0xA34E1E), scene::Colour::rgb(0x3F6FB5),
                                                    scene::Colour::rgb(0x7A5F14)};
constexpr scene::Colour kPlainTab = scene::Colour::rgb(0xE9E4D8);
constexpr float kBetweenModels = 26.0f;  // the least space kept between a chart's readouts and another model

bool overlaps(const scene::Rect& a, const scene::Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}


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
    const TextScale text{options.text, options.pixelsPerUnit, options.uiScale, options.floors};
    layer.pixelsPerUnit = options.pixelsPerUnit;
    // Links first, under everything: a thin line from tab to tab of the models of one group.
    const std::size_t linksAt = layer.shapes.size();
    std::vector<std::pair<const model::Model*, scene::Rect>> tabs;
    // What each model added to the layer, and where it is.
    struct Built {
        std::size_t shapes = 0, shapesEnd = 0, texts = 0, textsEnd = 0;
        scene::Rect drawn{};   // the model, without its tab
        PiecesArea pieces{};   // a chart's own area and its readouts' (charts only)
    };
    std::vector<Built> built;
    auto buildPieces = [&](scene::Layer& into, const model::Model& m, const ReadoutOptions& readouts, PiecesArea* area) {
        std::vector<int> selected;
        for (const auto& [model, piece] : options.selected) {
            if (model == m.id) selected.push_back(piece);
        }
        return buildPiecesModel(into, board, m, scheme, readouts, options.floating, selected, options.animator, options.now,
                                shownLevel(m, options), text, area);
    };
    for (const model::Model& m : board.models) {
        Built b;
        b.shapes = layer.shapes.size();
        b.texts = layer.texts.size();
        scene::Rect& r = b.drawn;
        switch (m.kind) {
        case model::Representation::Blocks:
        case model::Representation::Counters:
            r = buildPieces(layer, m, options.readouts, &b.pieces);
            break;
        case model::Representation::PartWhole:
            r = buildPartWholeModel(layer, board, m, shownLevel(m, options),
                                    std::find(options.factFamilies.begin(), options.factFamilies.end(), m.id) !=
                                        options.factFamilies.end(),
                                    text);
            break;
        case model::Representation::Beads:
            r = buildBeadString(layer, board, m, shownLevel(m, options), text);
            break;
        case model::Representation::Bar:
            r = buildBarModel(layer, board, m, shownLevel(m, options), text,
                              std::find(options.factFamilies.begin(), options.factFamilies.end(), m.id) !=
                                  options.factFamilies.end());
            break;
        case model::Representation::Money:
            r = buildMoneyModel(layer, board, m, shownLevel(m, options), text);
            break;
        default:
            r = buildNumeralCard(layer, board, m, text);
            break;
        }
        b.shapesEnd = layer.shapes.size();
        b.textsEnd = layer.texts.size();
        // The model's tab: its kind, in its link colour; drag it to move the model, tap it for its menu. Over a
        // chart it starts at the chart, whatever width the readouts take; else at the model's left edge.
        const std::string name = model::representationName(m.kind);
        const float tabText = text.size(scene::TextRole::Button, kTabText);
        const float tabH = kTabHeightPerText * tabText;
        const float tabW = text.measure(name, tabText) + 2 * kTabPad * tabText / kTabText;
        const bool chart = m.kind == model::Representation::Blocks || m.kind == model::Representation::Counters;
        const scene::Rect tab{chart ? static_cast<float>(m.at.x) : r.x, r.y - kTabGap - tabH, tabW, tabH};
        tabs.emplace_back(&m, tab);
        built.push_back(b);
    }
    auto areaOf = [&](std::size_t i) { return scene::unite(built[i].drawn, tabs[i].second); };
    // A chart's readouts keep their smallest size on screen, so when the board is zoomed far out they could
    // run into another model: then they wrap to the room beside them (halfway to another chart's readouts)
    // and the lines that do not fit above the model below are left out (the numeral always stays). Last
    // model first, so that the layer ranges of the models not yet looked at stay where they are.
    auto hasReadouts = [&](std::size_t j) { return built[j].pieces.readouts.w > 0 && built[j].pieces.readouts.h > 0; };
    auto bodyOf = [&](std::size_t j) {  // a model without its readouts
        return scene::unite(hasReadouts(j) ? built[j].pieces.chart : built[j].drawn, tabs[j].second);
    };
    const std::vector<Built> first = built;  // readouts as first laid out, for halving the room between two
    for (std::size_t i = built.size(); i-- > 0;) {
        if (!hasReadouts(i)) continue;
        const scene::Rect ro = built[i].pieces.readouts;
        const float cx = ro.x + 0.5f * ro.w;
        ReadoutOptions room = options.readouts;
        bool crowded = false;
        float half = std::numeric_limits<float>::infinity();  // the room either side of the chart's middle
        for (std::size_t j = 0; j < built.size(); ++j) {
            if (j == i) continue;
            if (const scene::Rect o = bodyOf(j); overlaps(ro, o)) {
                crowded = true;
                if (o.x >= cx) half = std::min(half, o.x - cx - kBetweenModels);
                if (o.x + o.w <= cx) half = std::min(half, cx - o.x - o.w - kBetweenModels);
                if (o.y > ro.y) room.bottom = std::min(room.bottom, o.y - kBetweenModels);
            }
            if (hasReadouts(j) && overlaps(ro, first[j].pieces.readouts)) {
                const scene::Rect& other = first[j].pieces.readouts;
                const float ocx = other.x + 0.5f * other.w;
                crowded = true;
                if (std::abs(ocx - cx) > 1.0f) half = std::min(half, 0.5f * (std::abs(ocx - cx) - kBetweenModels));
                else if (other.y > ro.y) room.bottom = std::min(room.bottom, other.y - kBetweenModels);
            }
        }
        if (!crowded) continue;
        const model::Model& m = *tabs[i].first;
        // Never narrower than the chart (or kReadoutRoom when the chart is wider).
        if (std::isfinite(half)) room.room = std::max(2 * half, std::min(built[i].pieces.chart.w, kReadoutRoom));
        // Lines that wrap make the readouts taller: they stop above any model below them in their new width.
        const float span = room.room > 0 ? room.room : ro.w;
        for (std::size_t j = 0; j < built.size(); ++j) {
            if (j == i) continue;
            const scene::Rect o = bodyOf(j);
            if (o.y > ro.y && o.x < cx + 0.5f * span && o.x + o.w > cx - 0.5f * span) {
                room.bottom = std::min(room.bottom, o.y - kBetweenModels);
            }
        }
        scene::Layer again;
        built[i].drawn = buildPieces(again, m, room, &built[i].pieces);
        Built& b = built[i];
        layer.shapes.erase(layer.shapes.begin() + static_cast<std::ptrdiff_t>(b.shapes),
                           layer.shapes.begin() + static_cast<std::ptrdiff_t>(b.shapesEnd));
        layer.shapes.insert(layer.shapes.begin() + static_cast<std::ptrdiff_t>(b.shapes), again.shapes.begin(), again.shapes.end());
        layer.texts.erase(layer.texts.begin() + static_cast<std::ptrdiff_t>(b.texts),
                          layer.texts.begin() + static_cast<std::ptrdiff_t>(b.textsEnd));
        layer.texts.insert(layer.texts.begin() + static_cast<std::ptrdiff_t>(b.texts), again.texts.begin(), again.texts.end());
    }
    bool any = false;
    scene::Rect bounds{};
    for (std::size_t i = 0; i < built.size(); ++i) {
        const scene::Rect r = areaOf(i);
        if (options.areas != nullptr) options.areas->emplace_back(tabs[i].first->id, r);
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
                                                 tab.y + 0.5f * tab.h, tab.h / kTabHeightPerText,
                                                 linked ? palette::kCard : palette::kInk, tag, scene::TextRole::Button));
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
    // A piece's own label (a counter's "10") too small to be drawn right is left out: the piece's colour,
    // size and column still say what it is.
    std::erase_if(layer.texts, [&](const scene::Text& t) { return !text.legible(t.size); });
    return any ? bounds : kEmptyBoardArea;
}

}  // namespace tenfold::repr
