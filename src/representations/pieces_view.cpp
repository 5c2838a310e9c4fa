// Drawing base-10 blocks, counters and place value charts.
#include "representations/pieces_view.hpp"

#include "model/forms.hpp"
#include "model/text.hpp"
#include "model/pieces.hpp"
#include "model/take_away.hpp"
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
// A counter's value: as large as fits in the disc (a 1 or 10, then 100, then 1,000 and 0.01).
constexpr float kCounterLabel = 30.0f, kCounterLabel3 = 23.0f, kCounterLabel4 = 17.0f;
constexpr float kHeadingSize = 44.0f;
constexpr float kHeadingFill = 0.75f;        // a heading's letter is at most this share of the heading's height
constexpr float kColumnGap = 6.0f;           // space between chart columns
constexpr float kMinChartBody = 300.0f;      // height of the columns below the headings, at least
constexpr float kChartPadding = 16.0f;
constexpr float kDecimalLine = 4.0f;
constexpr float kReadoutGap = 26.0f;
constexpr float kNumeralSize = kReadoutNumeralSize;
constexpr float kLineSize = 32.0f;
constexpr float kLineGap = 14.0f;
constexpr float kDescent = 0.25f;            // below a line's baseline, per size
constexpr float kSelectedOutline = 4.0f;
constexpr float kButtonArea = 58.0f;         // the strip above the headings for Exchange / Break
constexpr float kButtonHeight = 42.0f;
constexpr float kButtonTextSize = 22.0f;
constexpr float kButtonPadding = 4.0f;       // between a button's label and its edge
constexpr int kTenToExchange = 10;
constexpr float kColumnDigitSize = 120.0f;   // abstract level: the digit a column holds
constexpr float kLooseNumeralSize = 110.0f;  // abstract level: the numeral where loose pieces were
constexpr float kBandLine = 2.0f;            // the line between two parts' bands in a chart
constexpr float kBandLabelGap = 14.0f;       // a band's part value, this far right of the chart
constexpr float kBandLabelWidth = 80.0f;

float f(double v) { return static_cast<float>(v); }

scene::Text text(std::string s, float x, float y, float size, scene::Colour c, scene::Align a, std::uint64_t tag,
                 scene::TextRole role) {
    scene::Text t;
    t.text = std::move(s);
    t.x = x;
    t.y = y;
    t.size = size;
    t.colour = c;
    t.align = a;
    t.tag = tag;
    t.role = role;
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
        // The flats behind are its depth; the front face, outlined, is what marks the piece.
        const float step = kBigCubeDepth / static_cast<float>(kCellsPerSide - 1);
        for (int i = kCellsPerSide - 1; i > 0; --i) {
            const float d = step * static_cast<float>(i);
            faceShape(x + d, y - d, 1, 1, 0.86f + 0.01f * static_cast<float>(kCellsPerSide - i));
            layer.shapes.back().decoration = true;
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
    const float size = label.size() <= 2 ? kCounterLabel : label.size() <= 3 ? kCounterLabel3 : kCounterLabel4;
    layer.texts.push_back(text(label, x + r, y + r + 0.36f * size, size, palette::kInk, scene::Align::Centre, tag,
                               scene::TextRole::Label));
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
                             const PieceAnimator* animator, double now, float level, const TextScale& textScale,
                             PiecesArea* areas) {
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
    // Break and Exchange: labels at least their smallest size, the buttons and their strip grow with them.
    const float buttonText = textScale.size(scene::TextRole::Button, kButtonTextSize);
    const float buttonHeight = kButtonHeight * buttonText / kButtonTextSize;
    const float buttonArea = kButtonArea * buttonText / kButtonTextSize;
    // The buttons stand in a strip above the headings: outside the columns a child drops into, and in the
    // same place whatever the pieces (they never slide down as pieces arrive).
    const bool strip = layout.inChart && exchangeOn && level < 1.5f;
    // Two rows when exchange is offered (Exchange above, Break below), one for Break alone: each button as
    // wide as its column, so its label keeps its size.
    const bool offered = board.settings.exchange == model::ExchangeMode::Offered;
    const float stripHeight = strip ? buttonArea * (offered ? 2.0f : 1.0f) : 0.0f;
    const float top = strip ? oy - stripHeight : oy - kBigCubeDepth;
    const float chartWidth = f(g.columnWidth) * static_cast<float>(columns.size());
    // A column's letter grows like a readout when the board is zoomed out, as far as its heading holds it.
    const float headingSize = std::min(textScale.size(scene::TextRole::Readout, kHeadingSize), kHeadingFill * f(g.headerHeight));
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
            heading.decoration = true;  // a tint behind the column's letter, which says what the column is
            layer.shapes.push_back(heading);
            layer.texts.push_back(text(model::placeShortLabel(place), left + 0.5f * f(g.columnWidth),
                                       oy + 0.5f * f(g.headerHeight) + 0.38f * headingSize, headingSize, palette::kInk,
                                       scene::Align::Centre, tag, scene::TextRole::Label));
        }
        // Exchange (ten of a column for one of the next) and Break (one for ten of the column to the right):
        // the non-drag way to exchange, in the strip above the headings. Each has its own row, shown or not,
        // so one never slides into the place of the other.
        const model::Group* owner = model::findGroup(board, m.group);
        // While taking away, the column whose Break gives the place that ran out stands out (filled, with a
        // thicker edge: not by colour alone), and the sentence under the chart says so.
        const std::optional<model::ExchangeHint> hint =
            owner != nullptr ? model::takeAwayHint(layout, owner->quantity.pooled()) : std::nullopt;
        // At the abstract level there are no pieces to exchange: the digits show the result.
        for (size_t i = 0; owner != nullptr && strip && i < columns.size(); ++i) {
            const model::Place place = columns[i];
            const std::int64_t n = owner->quantity.pooled().count(place);
            const bool canExchange = board.settings.exchange == model::ExchangeMode::Offered && n >= kTenToExchange &&
                                     i > 0;
            const bool canBreak = n >= 1 && i + 1 < columns.size();
            const float x = ox + f(g.columnWidth) * static_cast<float>(i) + 4.0f;
            const float w = f(g.columnWidth) - kColumnGap - 8.0f;
            auto button = [&](bool up, const std::string& label) {
                // Exchange in the upper row, Break in the row next to the headings.
                const float cy = up ? oy - 1.5f * buttonArea : oy - 0.5f * buttonArea;
                const std::uint64_t tag = columnButtonTag(m.id, up ? ColumnButton::Exchange : ColumnButton::Break, place);
                const bool asked = !up && hint && hint->from == place;
                scene::Shape b = scene::rect(x + 0.5f * w, cy, w, buttonHeight, asked ? palette::kArmed : palette::kCard, 10.0f);
                b.outline = asked ? palette::kInk : palette::kArmed;
                b.outlineWidth = asked ? 4.0f : 2.0f;
                b.tag = tag;
                layer.shapes.push_back(b);
                // A label wider than its button would run into the next column: then it is as large as fits.
                const float fits = w - 2 * kButtonPadding;
                const float measured = textScale.measure(label, buttonText);
                const float size = measured > fits ? buttonText * fits / measured : buttonText;
                layer.texts.push_back(text(label, x + 0.5f * w, cy + 0.36f * size, size, asked ? palette::kCard : palette::kInk,
                                           scene::Align::Centre, tag, scene::TextRole::Button));
            };
            if (canExchange) button(true, model::tr("app.button.exchange"));
            if (canBreak) button(false, model::tr("app.button.break"));
        }
        // Parts in their own bands: a line between bands and each part's value beside its band (30 | 17).
        const float bandText = textScale.size(scene::TextRole::Readout, kLineSize);
        float bandLabels = 0;
        for (size_t i = 0; i < bands.size(); ++i) {
            const float top = f(bands[i].top), end = f(bands[i].bottom);
            if (i > 0) {
                const float y = oy + 0.5f * (f(bands[i - 1].bottom) + top) - 0.5f * kChartPadding;
                layer.shapes.push_back(scene::capsule(ox + 4.0f, y, ox + chartWidth - kColumnGap - 4.0f, y, kBandLine, palette::kChartLine));
            }
            if (level < 1.5f) {
                const std::string value = model::numeral(model::Value::fromMilli(bands[i].milli).valueOr(model::Value{}));
                layer.texts.push_back(text(value, ox + chartWidth + kBandLabelGap, oy + 0.5f * (top + end) + 0.36f * bandText,
                                           bandText, palette::kInk, scene::Align::Left, makeTag(m.id, TagKind::Readout, 0),
                                           scene::TextRole::Readout));
                bandLabels = std::max(bandLabels, textScale.measure(value, bandText));
                if (layout.rows > 0) {
                    // A row's number is a target of its own: a tap opens the keypad for that row alone. Invisible
                    // (the number is what a child sees), at least a finger wide and as tall as the row allows.
                    const float across = std::max(textScale.measure(value, bandText), 2.0f * bandText) + bandText;
                    const float tall = std::max(1.4f * bandText, std::min(end - top, 2.0f * bandText));
                    scene::Shape target = scene::rect(ox + chartWidth + kBandLabelGap + 0.5f * across - 0.5f * bandText,
                                                      oy + 0.5f * (top + end), across, tall, scene::Colour{1, 1, 1, 0});
                    target.tag = makeTag(m.id, TagKind::Handle, handleIndex(Handle::Row, static_cast<std::uint32_t>(bands[i].part)));
                    target.decoration = true;
                    layer.shapes.push_back(target);
                }
            }
        }
        if (!bands.empty()) right = std::max(right, chartWidth + kBandLabelGap + std::max(kBandLabelWidth, bandLabels));
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
    const float bodyBottom = oy + bottom;
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
                             digitAlpha, makeTag(m.id, TagKind::Column, static_cast<std::uint32_t>(i)), textScale.font());
            }
        };
        const float columnDigit = textScale.size(scene::TextRole::Numeral, kColumnDigitSize);
        if (bands.empty()) digitRow(layout, digitY, columnDigit);
        for (const model::PartBand& band : bands) {
            model::PiecesLayout of = layout;
            std::erase_if(of.pieces, [&](const model::Piece& p) { return p.part != band.part; });
            digitRow(of, bandY(band.part),
                     std::min(columnDigit, std::max(textScale.size(scene::TextRole::Numeral, kLineSize), f(band.bottom - band.top))));
        }
    }
    for (const LoosePart& part : parts) {
        const float size = textScale.size(scene::TextRole::Numeral, std::min(kLooseNumeralSize, std::max(kNumeralSize, part.h)));
        addBigNumber(layer, part.numeral, ox + part.cx, oy + part.cy, size,
                     std::max(part.w, 3.0f * size), digitAlpha, makeTag(m.id, TagKind::Readout, 0), textScale.font());
    }

    // Readouts under the chart, live: they always show the value the pieces make, however arranged. Each at
    // least its smallest size on screen; a line wider than the model's room wraps at its spaces, and lines
    // that would run into the model below are left out (a compact form when the board is zoomed far out).
    const float width = std::max(chartWidth, right);
    float y = oy + bottom + kReadoutGap;
    float widest = 0;  // the widest readout line, centred under the chart
    const model::Group* group = model::findGroup(board, m.group);
    if (group != nullptr) {
        const model::PlaceCounts counts = group->quantity.pooled();
        const model::Value value = group->quantity.value();
        const std::uint64_t tag = makeTag(m.id, TagKind::Readout, 0);
        const float cx = ox + 0.5f * width;
        const float room =
            readouts.room > 0 ? readouts.room : std::max({width, kReadoutRoom, kReadoutRoomPx * textScale.unitsPerPx()});
        bool full = false;  // a line did not fit above readouts.bottom: the rest are left out too
        if (readouts.numeral) {
            const float size = textScale.size(scene::TextRole::Numeral, kNumeralSize);
            y += size;
            // A chart of numbers in rows compares them ("0.45 < 0.5"); their total means nothing here.
            const bool rows = layout.rows > 1;
            layer.texts.push_back(text(rows ? model::compareSymbols(group->quantity.partValues()) : model::numeral(value), cx, y,
                                       size, palette::kInk, scene::Align::Centre, tag, scene::TextRole::Numeral));
            widest = std::max(widest, textScale.measure(layer.texts.back().text, size));
            // The number is a target of its own: a tap on it opens the keypad to type the chart's number (it is
            // rebuilt in its standard arrangement). Invisible: the numeral itself is what a child sees.
            const float across = std::max(textScale.measure(layer.texts.back().text, size), 2.0f * size);
            scene::Shape target = scene::rect(cx, y - 0.35f * size, across + size, 1.3f * size, scene::Colour{1, 1, 1, 0});
            target.tag = makeTag(m.id, TagKind::Handle, handleIndex(Handle::Value, 0));
            target.decoration = true;
            layer.shapes.push_back(target);
            y += kLineGap * size / kNumeralSize;
        }
        const float size = textScale.size(scene::TextRole::Readout, kLineSize);
        const float gap = kLineGap * size / kLineSize;
        auto line = [&](const std::string& s) {
            const std::vector<std::string> pieces = wrapText(s, size, room, textScale.font());
            const float height = static_cast<float>(pieces.size()) * (size + gap);
            full = full || y + height - gap + kDescent * size > readouts.bottom;
            if (full) return;
            for (const std::string& piece : pieces) {
                y += size;
                layer.texts.push_back(text(piece, cx, y, size, palette::kInk, scene::Align::Centre, tag,
                                           scene::TextRole::Readout));
                widest = std::max(widest, textScale.measure(piece, size));
                y += gap;
            }
        };
        if (layout.rows > 1) {
            // Rows: in words, and why (the first place that differs), for two numbers.
            const std::vector<model::Value> numbers = group->quantity.partValues();
            if (readouts.words) line(model::compareWords(numbers));
            if (readouts.sentence && numbers.size() == 2) {
                if (const auto why = model::compareReason(numbers[0], numbers[1])) line(*why);
            }
        } else {
            if (readouts.expanded) line(model::expandedForm(counts));
            if (readouts.words) line(model::words(value));
            if (readouts.sentence) line(model::placeValueStem(counts));
        }
        // Taking away: the subtraction so far ("52 - 37 = 15") and, when a place has run out, the exchange
        // that comes next ("To take away more ones, exchange a ten for ten ones.").
        if (const auto s = model::takeAwaySentence(layout, value)) line(*s);
        if (const auto h = model::takeAwayHint(layout, counts)) line(h->text);
    }
    if (areas != nullptr) {
        const float readoutsTop = oy + bottom;
        areas->chart = scene::Rect{ox, top, width, oy + bottom - top};
        areas->readouts = scene::Rect{ox + 0.5f * (width - widest), readoutsTop, widest, y - readoutsTop};
    }
    const float x0 = std::min(ox, ox + 0.5f * (width - widest)), x1 = std::max(ox + width, ox + 0.5f * (width + widest));
    return scene::Rect{x0, top, x1 - x0, y - top};
}

}  // namespace tenfold::repr
