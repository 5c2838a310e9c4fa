// Drawing base-10 blocks, counters and place value charts.
#include "representations/pieces_view.hpp"

#include "model/forms.hpp"
#include "model/text.hpp"
#include "model/pieces.hpp"
#include "model/words.hpp"
#include "representations/piece_animator.hpp"
#include "representations/pieces_levels.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace tenfold::repr {

namespace {
constexpr float kBlockRadius = 2.0f;
constexpr float kBlockOutline = 1.2f;
constexpr float kCellLine = 0.28f;
constexpr int kCellsPerSide = 10;
constexpr float kCounterOutline = 2.5f;
constexpr float kHeadingSize = 44.0f;
constexpr float kColumnGap = 6.0f;           // space between chart columns
constexpr float kMinChartBody = 300.0f;      // height of the columns below the headings, at least
constexpr float kChartPadding = 16.0f;
constexpr float kDecimalLine = 4.0f;
constexpr float kReadoutGap = 26.0f;
constexpr float kNumeralSize = kReadoutNumeralSize;
constexpr float kLineSize = 32.0f;
constexpr float kLineGap = 14.0f;
constexpr float kSelectedOutline = 4.0f;
constexpr float kButtonArea = 58.0f;         // room at the foot of each column for Exchange / Break
constexpr float kButtonHeight = 42.0f;
constexpr float kButtonTextSize = 22.0f;
constexpr int kTenToExchange = 10;
constexpr float kColumnDigitSize = 120.0f;   // abstract level: the digit a column holds
constexpr float kLooseNumeralSize = 110.0f;  // abstract level: the numeral where loose pieces were
constexpr float kBandLine = 2.0f;            // the line between two parts' bands in a chart
constexpr float kBandLabelGap = 14.0f;       // a band's part value, this far right of the chart
constexpr float kBandLabelWidth = 80.0f;

float f(double v) { return static_cast<float>(v); }

scene::Text text(std::string s, float x, float y, float size, scene::Colour c, scene::Align a, std::uint64_t tag) {
    scene::Text t;
    t.text = std::move(s);
    t.x = x;
    t.y = y;
    t.size = size;
    t.colour = c;
    t.align = a;
    t.tag = tag;
    return t;
}
}  // namespace

scene::Rect blockFace(model::BlockKind kind) {
    const float ten = kCubeSize * kCellsPerSide;
    switch (kind) {
    case model::BlockKind::Cube: return {0, 0, kCubeSize, kCubeSize};
    case model::BlockKind::Rod: return {0, 0, kCubeSize, ten};
    case model::BlockKind::Flat: return {0, 0, ten, ten};
    case model::BlockKind::BigCube: return {0, 0, ten, ten};
    }
    return {0, 0, kCubeSize, kCubeSize};
}

void addBlock(scene::Layer& layer, model::BlockKind kind, float x, float y, const palette::PlaceColours& colours,
              std::uint64_t tag) {
    const scene::Rect face = blockFace(kind);
    auto faceShape = [&](float fx, float fy, int cellsX, int cellsY, float shade) {
        scene::Shape s = scene::rect(fx + 0.5f * face.w, fy + 0.5f * face.h, face.w, face.h, colours.fill, kBlockRadius);
        s.fill.r *= shade;
        s.fill.g *= shade;
        s.fill.b *= shade;
        s.outline = colours.edge;
        s.outlineWidth = kBlockOutline;
        s.shading = 1.0f;
        s.cellsX = cellsX;
        s.cellsY = cellsY;
        s.cellLine = kCellLine;
        s.tag = tag;
        layer.shapes.push_back(s);
    };
    switch (kind) {
    case model::BlockKind::Cube: faceShape(x, y, 1, 1, 1.0f); break;
    case model::BlockKind::Rod: faceShape(x, y, 1, kCellsPerSide, 1.0f); break;
    case model::BlockKind::Flat: faceShape(x, y, kCellsPerSide, kCellsPerSide, 1.0f); break;
    case model::BlockKind::BigCube: {
        // Ten flats stacked, back to front, each a little lower and to the left: a thousand is ten hundreds.
        const float step = kBigCubeDepth / static_cast<float>(kCellsPerSide - 1);
        for (int i = kCellsPerSide - 1; i > 0; --i) {
            const float d = step * static_cast<float>(i);
            faceShape(x + d, y - d, 1, 1, 0.86f + 0.01f * static_cast<float>(kCellsPerSide - i));
        }
        faceShape(x, y, kCellsPerSide, kCellsPerSide, 1.0f);
        break;
    }
    }
}

void addCounter(scene::Layer& layer, model::Place place, bool plain, float x, float y,
                const palette::PlaceColours& colours, std::uint64_t tag) {
    const float r = 0.5f * kCounterDiameter;
    scene::Shape disc = scene::disc(x + r, y + r, kCounterDiameter, colours.fill);
    disc.outline = colours.edge;
    disc.outlineWidth = kCounterOutline;
    disc.shading = 0.6f;
    disc.tag = tag;
    layer.shapes.push_back(disc);
    if (plain) return;
    const std::string label = model::numeral(model::Value::fromMilli(model::placeMilli(place)).value());
    // Long labels (1,000 and 0.01) get a smaller size so they stay inside the disc.
    const float size = label.size() <= 2 ? 26.0f : label.size() <= 3 ? 21.0f : 16.0f;
    layer.texts.push_back(text(label, x + r, y + r + 0.36f * size, size, palette::kInk, scene::Align::Centre, tag));
}

scene::Rect pieceFace(model::Place place, bool block, model::BlockScale scale) {
    if (block) {
        if (auto kind = model::blockForPlace(place, scale)) return blockFace(kind.value());
    }
    return scene::Rect{0, 0, kCounterDiameter, kCounterDiameter};
}

void addPiece(scene::Layer& layer, model::Place place, bool block, bool plain, model::BlockScale scale, float x, float y,
              palette::Scheme scheme, std::uint64_t tag, float alpha) {
    const palette::PlaceColours colours = palette::placeColours(place, scheme);
    const size_t shapes = layer.shapes.size(), texts = layer.texts.size();
    if (block) {
        if (auto kind = model::blockForPlace(place, scale)) addBlock(layer, kind.value(), x, y, colours, tag);
    } else {
        addCounter(layer, place, plain, x, y, colours, tag);
    }
    if (alpha >= 1.0f) return;
    for (size_t i = shapes; i < layer.shapes.size(); ++i) {
        layer.shapes[i].fill.a *= alpha;
        layer.shapes[i].outline.a *= alpha;
    }
    for (size_t i = texts; i < layer.texts.size(); ++i) layer.texts[i].colour.a *= alpha;
}

scene::Rect buildPiecesModel(scene::Layer& layer, const model::Board& board, const model::Model& m,
                             palette::Scheme scheme, const ReadoutOptions& readouts,
                             const std::vector<FloatingPiece>& floating, const std::vector<int>& selected,
                             const PieceAnimator* animator, double now, float level) {
    const bool blocks = m.kind == model::Representation::Blocks;
    const model::PiecesLayout& layout = blocks ? m.layouts.blocks : m.layouts.counters;
    const float ox = f(m.at.x), oy = f(m.at.y);
    const model::ChartGeometry g;

    // Where the pieces reach, to size the chart around them.
    float bottom = f(g.headerHeight) + kMinChartBody;
    float right = 0;
    const std::vector<model::PartBand> bands = model::partBands(layout, blocks);
    for (const model::Piece& p : layout.pieces) {
        float h = kCounterDiameter, w = kCounterDiameter;
        if (blocks) {
            if (auto kind = model::blockForPlace(p.place, layout.scale)) {
                const scene::Rect face = blockFace(kind.value());
                w = face.w;
                h = face.h;
            }
        }
        bottom = std::max(bottom, f(p.at.y) + h + kChartPadding);
        right = std::max(right, f(p.at.x) + w);
    }

    const std::vector<model::Place> columns = layout.inChart ? model::chartColumns(layout) : std::vector<model::Place>{};
    const bool exchangeOn = board.settings.exchange != model::ExchangeMode::Off;
    if (layout.inChart && exchangeOn) bottom += kButtonArea;
    const float chartWidth = f(g.columnWidth) * static_cast<float>(columns.size());
    if (layout.inChart) {
        for (size_t i = 0; i < columns.size(); ++i) {
            const model::Place place = columns[i];
            const palette::PlaceColours colours = palette::placeColours(place, scheme);
            const float left = ox + f(g.columnWidth) * static_cast<float>(i);
            const float w = f(g.columnWidth) - kColumnGap;
            const std::uint64_t tag = makeTag(m.id, TagKind::Column, static_cast<std::uint32_t>(i));
            scene::Shape column = scene::rect(left + 0.5f * f(g.columnWidth), oy + 0.5f * bottom, w, bottom,
                                              palette::kChartColumn, 10.0f);
            column.outline = palette::kChartLine;
            column.outlineWidth = 1.5f;
            column.tag = tag;
            layer.shapes.push_back(column);
            scene::Shape heading = scene::rect(left + 0.5f * f(g.columnWidth), oy + 0.5f * f(g.headerHeight) + 3.0f,
                                               w - 8.0f, f(g.headerHeight) - 8.0f, colours.heading, 8.0f);
            heading.tag = tag;
            layer.shapes.push_back(heading);
            layer.texts.push_back(text(model::placeShortLabel(place), left + 0.5f * f(g.columnWidth),
                                       oy + 0.5f * f(g.headerHeight) + 0.38f * kHeadingSize, kHeadingSize,
                                       palette::kInk, scene::Align::Centre, tag));
        }
        // Exchange (ten of a column for one of the next) and Break (one for ten of the column to the right):
        // buttons at the foot of the column, the non-drag way to exchange.
        const model::Group* owner = model::findGroup(board, m.group);
        // At the abstract level there are no pieces to exchange: the digits show the result.
        for (size_t i = 0; owner != nullptr && exchangeOn && level < 1.5f && i < columns.size(); ++i) {
            const model::Place place = columns[i];
            const std::int64_t n = owner->quantity.pooled().count(place);
            const bool canExchange = board.settings.exchange == model::ExchangeMode::Offered && n >= kTenToExchange &&
                                     i > 0;
            const bool canBreak = n >= 1 && i + 1 < columns.size();
            const int shown = (canExchange ? 1 : 0) + (canBreak ? 1 : 0);
            if (shown == 0) continue;
            const float left = ox + f(g.columnWidth) * static_cast<float>(i) + 8.0f;
            const float w = (f(g.columnWidth) - kColumnGap - 16.0f - 6.0f * static_cast<float>(shown - 1)) / static_cast<float>(shown);
            const float cy = oy + bottom - 0.5f * kButtonArea;
            float x = left;
            auto button = [&](bool up, const std::string& label) {
                const std::uint64_t tag = columnButtonTag(m.id, up ? ColumnButton::Exchange : ColumnButton::Break, place);
                scene::Shape b = scene::rect(x + 0.5f * w, cy, w, kButtonHeight, palette::kCard, 10.0f);
                b.outline = palette::kArmed;
                b.outlineWidth = 2.0f;
                b.tag = tag;
                layer.shapes.push_back(b);
                layer.texts.push_back(text(label, x + 0.5f * w, cy + 0.36f * kButtonTextSize, kButtonTextSize, palette::kInk,
                                           scene::Align::Centre, tag));
                x += w + 6.0f;
            };
            if (canExchange) button(true, model::tr("app.button.exchange"));
            if (canBreak) button(false, model::tr("app.button.break"));
        }
        // Parts in their own bands: a line between bands and each part's value beside its band (30 | 17).
        for (size_t i = 0; i < bands.size(); ++i) {
            const float top = f(bands[i].top), end = f(bands[i].bottom);
            if (i > 0) {
                const float y = oy + 0.5f * (f(bands[i - 1].bottom) + top) - 0.5f * kChartPadding;
                layer.shapes.push_back(scene::capsule(ox + 4.0f, y, ox + chartWidth - kColumnGap - 4.0f, y, kBandLine, palette::kChartLine));
            }
            if (level < 1.5f) {
                layer.texts.push_back(text(model::numeral(model::Value::fromMilli(bands[i].milli).valueOr(model::Value{})),
                                           ox + chartWidth + kBandLabelGap, oy + 0.5f * (top + end) + 0.36f * kLineSize,
                                           kLineSize, palette::kSoftInk, scene::Align::Left, makeTag(m.id, TagKind::Readout, 0)));
            }
        }
        if (!bands.empty()) right = std::max(right, chartWidth + kBandLabelGap + kBandLabelWidth);
        if (auto dp = model::decimalPointX(layout, g)) {
            const float x = ox + f(*dp) - 0.5f * kColumnGap;
            layer.shapes.push_back(scene::capsule(x, oy - 6.0f, x, oy + bottom + 6.0f, kDecimalLine, palette::kDecimalPoint));
        }
    }

    // Away from concrete the pieces turn into a quick sketch, then into the digits: each column's digit
    // (or each loose part's numeral) sits where its pieces shrink to.
    const float digitAlpha = abstractAmount(level);
    const float pieceAlpha = 1.0f - digitAlpha;
    const bool draggable = level < kPiecesDraggableBelow;
    const float bodyTop = oy + f(g.headerHeight);
    const float bodyBottom = oy + bottom - (layout.inChart && exchangeOn ? kButtonArea : 0.0f);
    const float digitY = 0.5f * (bodyTop + bodyBottom);
    const std::vector<LoosePart> parts = !layout.inChart && level > 1.0f ? looseParts(layout, blocks)
                                                                          : std::vector<LoosePart>{};
    // With bands, each part's digits sit in its own band (30 over 17); else in the middle of the body.
    auto bandY = [&](int part) {
        const auto it = std::find_if(bands.begin(), bands.end(), [&](const model::PartBand& b) { return b.part == part; });
        return it == bands.end() ? digitY : oy + f(0.5 * (it->top + it->bottom));
    };
    auto digitSpot = [&](const model::Piece& p) -> std::pair<float, float> {
        if (layout.inChart) {
            if (auto left = model::columnLeft(layout, p.place, g)) return {ox + f(*left + 0.5 * g.columnWidth), bandY(p.part)};
        }
        for (const LoosePart& part : parts) {
            if (part.part == p.part) return {ox + part.cx, oy + part.cy};
        }
        return {ox + f(p.at.x), oy + f(p.at.y)};
    };

    // The pieces, in order (a later piece lies on an earlier one, as it was put down).
    for (size_t i = 0; i < layout.pieces.size() && pieceAlpha > 0.0f; ++i) {
        const int index = static_cast<int>(i);
        const bool isFloating = std::any_of(floating.begin(), floating.end(), [&](const FloatingPiece& fp) {
            return fp.model == m.id && fp.piece == index;
        });
        if (isFloating) continue;
        const model::Piece& p = layout.pieces[i];
        const std::uint64_t tag = draggable ? makeTag(m.id, TagKind::Piece, static_cast<std::uint32_t>(i)) : 0;
        float x = ox + f(p.at.x), y = oy + f(p.at.y), alpha = 1.0f;
        if (animator != nullptr) {
            if (auto spot = animator->spotOf(m.id, index, now)) {
                x = spot->x;
                y = spot->y;
                alpha = spot->alpha;
            }
        }
        if (std::find(selected.begin(), selected.end(), index) != selected.end()) {
            // A soft halo behind a selected piece (shape, not only colour: it is larger than the piece).
            const scene::Rect face = pieceFace(p.place, blocks, layout.scale);
            scene::Shape halo = scene::rect(x + 0.5f * face.w, y + 0.5f * face.h, face.w + 2 * kSelectedOutline,
                                            face.h + 2 * kSelectedOutline, palette::kSelection, 5.0f);
            halo.fill.a *= pieceAlpha;
            layer.shapes.push_back(halo);
        }
        if (level <= 0.0f) {
            addPiece(layer, p.place, blocks, layout.plain, layout.scale, x, y, scheme, tag, alpha);
            continue;
        }
        const auto [tx, ty] = digitSpot(p);
        addPieceAtLevel(layer, LevelPiece{p.place, blocks, layout.plain, layout.scale, x, y, alpha, tag, tx, ty}, scheme,
                        level);
    }
    if (digitAlpha > 0.0f && layout.inChart) {
        auto digitRow = [&](const model::PiecesLayout& of, float cy, float size) {
            const std::vector<std::string> digits = columnDigits(of, columns);
            for (size_t i = 0; i < columns.size(); ++i) {
                const float cx = ox + f(g.columnWidth) * (static_cast<float>(i) + 0.5f);
                addBigNumber(layer, digits[i], cx, cy, size, f(g.columnWidth) - kColumnGap - 2 * kChartPadding,
                             digitAlpha, makeTag(m.id, TagKind::Column, static_cast<std::uint32_t>(i)));
            }
        };
        if (bands.empty()) digitRow(layout, digitY, kColumnDigitSize);
        for (const model::PartBand& band : bands) {
            model::PiecesLayout of = layout;
            std::erase_if(of.pieces, [&](const model::Piece& p) { return p.part != band.part; });
            digitRow(of, bandY(band.part), std::min(kColumnDigitSize, std::max(kLineSize, f(band.bottom - band.top))));
        }
    }
    for (const LoosePart& part : parts) {
        const float size = std::min(kLooseNumeralSize, std::max(kNumeralSize, part.h));
        addBigNumber(layer, part.numeral, ox + part.cx, oy + part.cy, size,
                     std::max(part.w, 3.0f * size), digitAlpha, makeTag(m.id, TagKind::Readout, 0));
    }

    // Readouts under the chart, live: they always show the value the pieces make, however arranged.
    const float width = std::max(chartWidth, right);
    float y = oy + bottom + kReadoutGap;
    const model::Group* group = model::findGroup(board, m.group);
    if (group != nullptr) {
        const model::PlaceCounts counts = group->quantity.pooled();
        const model::Value value = group->quantity.value();
        const std::uint64_t tag = makeTag(m.id, TagKind::Readout, 0);
        const float cx = ox + 0.5f * width;
        if (readouts.numeral) {
            y += kNumeralSize;
            layer.texts.push_back(text(model::numeral(value), cx, y, kNumeralSize, palette::kInk, scene::Align::Centre, tag));
            y += kLineGap;
        }
        auto line = [&](const std::string& s) {
            y += kLineSize;
            layer.texts.push_back(text(s, cx, y, kLineSize, palette::kSoftInk, scene::Align::Centre, tag));
            y += kLineGap;
        };
        if (readouts.expanded) line(model::expandedForm(counts));
        if (readouts.words) line(model::words(value));
        if (readouts.sentence) line(model::placeValueStem(counts));
    }
    return scene::Rect{ox, oy - kBigCubeDepth, width, y - oy + kBigCubeDepth};
}

}  // namespace tenfold::repr
