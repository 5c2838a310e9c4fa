// Drawing money: each coin's and note's shape, colours and printed value, and a purse laid out largest
// first with its amount, words and take-away sentence (see money_view.hpp).
#include "representations/money_view.hpp"

#include "model/describe.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"
#include "model/take_away.hpp"
#include "representations/palette.hpp"
#include "representations/tags.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace tenfold::repr {

namespace {
using scene::Colour;
constexpr float kPi = 3.14159265f;
constexpr Colour kCopper = Colour::rgb(0xD08A55), kCopperEdge = Colour::rgb(0x8A4F24);
constexpr Colour kSilver = Colour::rgb(0xD5D9DE), kSilverEdge = Colour::rgb(0x575F69);
constexpr Colour kGold = Colour::rgb(0xE6C35C), kGoldEdge = Colour::rgb(0x8C6A12);
// Notes: the hues of the real notes, light enough for dark printing (at least 4.5:1 with the ink).
constexpr std::array<Colour, 4> kNoteFill{Colour::rgb(0x8FD3CB), Colour::rgb(0xF2AE72), Colour::rgb(0xC7B3E6),
                                          Colour::rgb(0xF0A393)};
constexpr std::array<Colour, 4> kNoteEdge{Colour::rgb(0x2C7A72), Colour::rgb(0x9A5518), Colour::rgb(0x5E4691),
                                          Colour::rgb(0x9C3A27)};
// Millimetres of the real coins and notes, drawn at kUnitsPerMm (notes at kNoteUnitsPerMm: smaller than life,
// so a purse fits beside a chart, and still larger than every coin).
constexpr float kUnitsPerMm = 4.0f, kNoteUnitsPerMm = 1.7f;
constexpr std::array<float, 8> kCoinMm{20.3f, 25.9f, 18.0f, 24.5f, 21.4f, 27.3f, 23.4f, 28.4f};
constexpr std::array<std::array<float, 2>, 4> kNoteMm{{{135, 70}, {142, 75}, {149, 80}, {156, 85}}};
constexpr float kGap = 12.0f, kKindGap = 26.0f, kPad = 26.0f, kRowWidth = 760.0f;
constexpr float kAmountSize = 56.0f, kWordsSize = 26.0f, kSumSize = 34.0f;
// At most this many coins and notes are drawn one by one; beyond it each kind is drawn once with "× n".
constexpr std::int64_t kMostDrawn = 60;

scene::Text centred(std::string s, float x, float y, float size, Colour c, std::uint64_t tag, scene::TextRole role) {
    return scene::centredText(std::move(s), x, y, size, c, tag, role);
}

// A regular polygon with rounded corners: a disc for its inside and a capsule along each side. Only the
// first shape of a coin carries its meaning for the legibility audit (its edge against the mat); the rest
// of the coin lies on it (decoration, still tagged so that a finger on any of it takes the coin).
void polygon(scene::Layer& layer, int sides, float x, float y, float across, Colour fill, std::uint64_t tag, bool outer) {
    const float corner = 0.12f;  // the capsules' half-thickness, of the corner radius
    const float r = 0.5f * across / (1.0f + corner);
    const float inner = r * std::cos(kPi / static_cast<float>(sides));
    scene::Shape d = scene::disc(x, y, 2.0f * inner, fill);
    d.tag = tag;
    d.decoration = !outer;
    layer.shapes.push_back(d);
    for (int i = 0; i < sides; ++i) {
        const float a0 = -0.5f * kPi + 2.0f * kPi * static_cast<float>(i) / static_cast<float>(sides);
        const float a1 = -0.5f * kPi + 2.0f * kPi * static_cast<float>(i + 1) / static_cast<float>(sides);
        scene::Shape c = scene::capsule(x + r * std::cos(a0), y + r * std::sin(a0), x + r * std::cos(a1),
                                        y + r * std::sin(a1), corner * r, fill);
        c.tag = tag;
        c.decoration = true;
        layer.shapes.push_back(c);
    }
}

void disc(scene::Layer& layer, float x, float y, float d, Colour fill, std::uint64_t tag, bool outer) {
    scene::Shape s = scene::disc(x, y, d, fill);
    s.tag = tag;
    s.decoration = !outer;
    s.shading = 0.3f;
    layer.shapes.push_back(s);
}

}  // namespace

CoinSize coinSize(model::Coin c) {
    const int i = model::coinIndex(c);
    if (model::isNote(c)) {
        const auto& mm = kNoteMm[static_cast<std::size_t>(i - model::coinIndex(model::Coin::L5))];
        return {mm[0] * kNoteUnitsPerMm, mm[1] * kNoteUnitsPerMm};
    }
    const float d = kCoinMm[static_cast<std::size_t>(i)] * kUnitsPerMm;
    return {d, d};
}

void drawCoin(scene::Layer& layer, model::Coin c, float x, float y, float scale, bool flat, std::uint64_t tag,
              const TextScale& text) {
    using model::Coin;
    const CoinSize size = coinSize(c);
    const float w = size.w * scale, h = size.h * scale;
    const std::string value = model::moneyNumeral(model::coinPence(c));
    const float edge = 3.0f * scale;
    if (model::isNote(c)) {
        const auto n = static_cast<std::size_t>(model::coinIndex(c) - model::coinIndex(Coin::L5));
        scene::Shape note = scene::rect(x, y, w, h, flat ? palette::kCard : kNoteFill[n], 8.0f * scale);
        note.outline = flat ? palette::kInk : kNoteEdge[n];
        note.outlineWidth = edge;
        note.tag = tag;
        layer.shapes.push_back(note);
        // The clear window of a polymer note, on the right; the value large on the left.
        scene::Shape window = scene::rect(x + 0.32f * w, y, 0.16f * w, 0.56f * h, flat ? palette::kCard : palette::kTrayTile,
                                          6.0f * scale);
        window.outline = flat ? palette::kSoftInk : kNoteEdge[n];
        window.outlineWidth = 0.6f * edge;
        window.decoration = true;
        layer.shapes.push_back(window);
        const float s = text.size(scene::TextRole::Label, 0.42f * h);
        layer.texts.push_back(centred(value, x - 0.12f * w, y, s, palette::kInk, tag, scene::TextRole::Label));
        return;
    }
    const bool copper = c == Coin::P1 || c == Coin::P2;
    const bool sevenSided = c == Coin::P20 || c == Coin::P50;
    const Colour body = flat ? palette::kCard : copper ? kCopper : c == Coin::L1 || c == Coin::L2 ? kGold : kSilver;
    const Colour rim = flat ? palette::kInk : copper ? kCopperEdge : c == Coin::L1 || c == Coin::L2 ? kGoldEdge : kSilverEdge;
    if (sevenSided || c == Coin::L1) {
        const int sides = sevenSided ? 7 : 12;
        polygon(layer, sides, x, y, w + 2 * edge, rim, tag, true);
        polygon(layer, sides, x, y, w, body, tag, false);
    } else {
        disc(layer, x, y, w + 2 * edge, rim, tag, true);
        disc(layer, x, y, w, body, tag, false);
    }
    // The two-metal coins: £1 silver inside gold, £2 silver centre in a gold ring.
    if (c == Coin::L1 || c == Coin::L2) {
        const float inner = (c == Coin::L1 ? 0.66f : 0.72f) * w;
        scene::Shape ring = scene::disc(x, y, inner + edge, rim);
        ring.decoration = true;
        layer.shapes.push_back(ring);
        disc(layer, x, y, inner, flat ? palette::kCard : kSilver, tag, false);
    }
    // The value as large as fits across the coin's face.
    float nominal = 0.44f * w;
    if (const float across = text.measure(value, nominal); across > 0.58f * w) nominal *= 0.58f * w / across;
    const float s = text.size(scene::TextRole::Label, nominal);
    layer.texts.push_back(centred(value, x, y, s, palette::kInk, tag, scene::TextRole::Label));
}

scene::Rect buildMoneyModel(scene::Layer& layer, const model::Board& board, const model::Model& m, float level,
                            const TextScale& text) {
    const model::Group* group = model::findGroup(board, m.group);
    if (group == nullptr) return {};
    const model::MoneyLayout& money = m.layouts.money;
    const std::uint64_t tag = makeTag(m.id, TagKind::Model, 0);
    const float x0 = static_cast<float>(m.at.x), y0 = static_cast<float>(m.at.y);
    const bool abstract = level >= 1.5f;
    const bool flat = level >= 0.5f;
    // The mat the coins lie on: laid out first, drawn under them.
    const std::size_t matAt = layer.shapes.size();
    layer.shapes.push_back(scene::Shape{});
    float cursorX = x0 + kPad, rowTop = y0 + kPad, rowH = 0.0f, right = x0 + kPad;
    if (!abstract) {
        const bool each = model::coinCount(money) <= kMostDrawn;
        for (int i = model::kCoinCount - 1; i >= 0; --i) {
            const model::Coin c = model::kAllCoins[static_cast<std::size_t>(i)];
            const std::int64_t n = model::countOf(money, c);
            if (n == 0) continue;
            const CoinSize size = coinSize(c);
            const std::int64_t drawn = each ? n : 1;
            for (std::int64_t k = 0; k < drawn; ++k) {
                if (cursorX + size.w > x0 + kPad + kRowWidth && cursorX > x0 + kPad) {
                    cursorX = x0 + kPad;
                    rowTop += rowH + kGap;
                    rowH = 0.0f;
                }
                drawCoin(layer, c, cursorX + 0.5f * size.w, rowTop + 0.5f * size.h, 1.0f, flat,
                         makeTag(m.id, TagKind::Handle, handleIndex(Handle::Coin, static_cast<std::uint32_t>(model::coinIndex(c)))),
                         text);
                cursorX += size.w + (k + 1 < drawn ? kGap : kKindGap);
                right = std::max(right, cursorX);
                rowH = std::max(rowH, size.h);
            }
            if (!each) {
                const std::string times = model::tr("money.how_many", {model::countNumeral(n)});
                const float s = text.size(scene::TextRole::Readout, kWordsSize);
                layer.texts.push_back(scene::Text{times, cursorX - kKindGap + 8.0f, rowTop + 0.5f * size.h + 0.35f * s, s,
                                                  palette::kInk, scene::Align::Left, tag, scene::TextRole::Readout});
                cursorX += text.measure(times, s) + kKindGap;
                right = std::max(right, cursorX);
            }
        }
    }
    float y = rowTop + rowH + kPad;
    std::vector<scene::Text> lines;
    float widest = 0.0f;
    auto line = [&](const std::string& s, float nominal, scene::TextRole role) {
        const float size = text.size(role, nominal);
        widest = std::max(widest, text.measure(s, size));
        lines.push_back(centred(s, 0.0f, y + 0.5f * size, size, palette::kInk, tag, role));
        y += size * 1.35f;
    };
    const std::int64_t pence = group->quantity.value().isWhole() ? group->quantity.value().wholePart() : 0;
    if (abstract) line(model::coinsSentence(money), kSumSize, scene::TextRole::Readout);
    const float amountTop = y;
    line(model::moneyNumeral(pence), kAmountSize, scene::TextRole::Numeral);
    const float amountBottom = y;
    line(model::moneyWords(pence), kWordsSize, scene::TextRole::Readout);
    if (const auto s = model::takeAwaySentence(money, pence)) line(*s, kSumSize, scene::TextRole::Readout);
    const float width = std::max({right - x0 + kPad - kKindGap, widest + 2 * kPad, 320.0f});
    for (scene::Text& t : lines) {
        t.x = x0 + 0.5f * width;
        layer.texts.push_back(t);
    }
    // The amount is a target of its own: a tap on it opens the keypad to type a new amount.
    scene::Shape amount = scene::rect(x0 + 0.5f * width, 0.5f * (amountTop + amountBottom), width - 2 * kPad,
                                      amountBottom - amountTop, Colour{1, 1, 1, 0});
    amount.tag = makeTag(m.id, TagKind::Handle, handleIndex(Handle::Value, 0));
    layer.shapes.push_back(amount);
    const float height = y - y0 + 0.5f * kPad;
    scene::Shape mat = scene::rect(x0 + 0.5f * width, y0 + 0.5f * height, width, height, palette::kCard, 18.0f);
    mat.outline = palette::kCardEdge;
    mat.outlineWidth = 2.0f;
    mat.tag = tag;
    layer.shapes[matAt] = mat;
    return {x0, y0, width, height};
}

}  // namespace tenfold::repr
