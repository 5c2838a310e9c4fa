// Backdrops and the high-contrast change of a scene.
#include "representations/look.hpp"

#include "representations/legibility.hpp"
#include "representations/palette.hpp"

#include <algorithm>

namespace tenfold::repr {

namespace {
using scene::Colour;

// A colour moved `t` of the way to black, made opaque.
Colour darker(const Colour& c, float t) {
    return {c.r * (1 - t), c.g * (1 - t), c.b * (1 - t), 1.0f};
}

constexpr Colour kBlack = Colour::rgb(0x000000);
constexpr Colour kWhite = Colour::rgb(0xFFFFFF);
// Fills at least this opaque are made solid; fainter ones are tints and shadows, left as they are.
constexpr float kSolidFrom = 0.5f;
// Outlines are this much darker and thicker.
constexpr float kOutlineDarker = 0.6f;
constexpr float kOutlineThicker = 1.6f;
// Fills darker than this are dark buttons and ink; lines (a shape far longer than it is wide) darker
// than kLightFill are darkened too. The pieces keep their colours: their outlines carry the contrast.
constexpr float kDarkFill = 0.15f;
constexpr float kLightFill = 0.6f;
constexpr float kLineRatio = 0.15f;

void highContrast(scene::Layer& layer) {
    for (scene::Text& t : layer.texts) {
        const float alpha = t.colour.a;
        // Dark text becomes black, light text (on a message, a dark piece) white; a fading text keeps fading.
        t.colour = luminance(t.colour) < 0.4f ? kBlack : kWhite;
        t.colour.a = alpha >= kSolidFrom ? 1.0f : alpha;
    }
    for (scene::Shape& s : layer.shapes) {
        if (s.decoration) continue;
        if (s.fill.a >= kSolidFrom) s.fill.a = 1.0f;
        // A dark fill (a button under light text) and a line or tick are darker still; the pieces keep their
        // colour and get a darker outline.
        const bool outlined = s.outline.a > 0 && s.outlineWidth > 0;
        const float thinnest = std::min(std::abs(s.w), std::abs(s.h)), longest = std::max(std::abs(s.w), std::abs(s.h));
        const bool line = s.kind == scene::ShapeKind::Capsule || thinnest <= kLineRatio * longest;
        if (s.fill.a >= kSolidFrom && (luminance(s.fill) < kDarkFill || (line && !outlined && luminance(s.fill) < kLightFill))) {
            const float alpha = s.fill.a;
            s.fill = darker(s.fill, kOutlineDarker);
            s.fill.a = alpha;
        }
        if (outlined) {
            s.outline = darker(s.outline, kOutlineDarker);
            s.outlineWidth *= kOutlineThicker;
        }
        s.cellLine = std::min(1.0f, s.cellLine * kOutlineThicker);
    }
}
}  // namespace

std::string_view backdropId(Backdrop b) {
    switch (b) {
    case Backdrop::Cream: return "cream";
    case Backdrop::White: return "white";
    case Backdrop::BlueTint: return "blue-tint";
    case Backdrop::Paper: break;
    }
    return "paper";
}

std::optional<Backdrop> backdropNamed(std::string_view id) {
    for (const Backdrop b : kBackdrops) {
        if (backdropId(b) == id) return b;
    }
    return std::nullopt;
}

Surface surfaceFor(const Look& look) {
    Surface s{palette::kPaper, palette::kGrid};
    switch (look.backdrop) {
    case Backdrop::Cream: s.paper = Colour::rgb(0xFAF3E1); break;
    case Backdrop::White: s.paper = Colour::rgb(0xFFFFFF); s.grid = Colour::rgb(0xD9D9D9, 0.55f); break;
    case Backdrop::BlueTint: s.paper = Colour::rgb(0xEEF4FA); s.grid = Colour::rgb(0xC9D6E3, 0.55f); break;
    case Backdrop::Paper: break;
    }
    if (look.highContrast) s.grid.a = 0;
    return s;
}

void applyHighContrast(scene::Scene& s) {
    highContrast(s.board);
    highContrast(s.screen);
}

}  // namespace tenfold::repr
