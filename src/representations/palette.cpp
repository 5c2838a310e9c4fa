// Place colours for the two palettes.
#include "representations/palette.hpp"

#include <array>

namespace tenfold::repr::palette {

namespace {
using scene::Colour;
constexpr int kHues = 4;
constexpr int kDecimalHues = 3;
// Whole places are indexed by the place's power of ten modulo 4, so any four neighbouring places
// (Th H T O, or M HTh TTh Th) all differ: ones, tens, hundreds, thousands. Tenths, hundredths and
// thousandths have hues of their own, so 0.45 never looks like 4 thousands and 5 hundreds.
constexpr std::array<PlaceColours, kHues> kStandard{{
    {Colour::rgb(0xF4C95D), Colour::rgb(0x8F6A17), Colour::rgb(0xF4C95D, 0.30f)},  // warm yellow
    {Colour::rgb(0x6FA8DC), Colour::rgb(0x2B5A87), Colour::rgb(0x6FA8DC, 0.30f)},  // soft blue
    {Colour::rgb(0x7BC47F), Colour::rgb(0x36753A), Colour::rgb(0x7BC47F, 0.30f)},  // leaf green
    {Colour::rgb(0xE58F8F), Colour::rgb(0x944040), Colour::rgb(0xE58F8F, 0.30f)},  // rose
}};
// Okabe-Ito hues: distinguishable with the common colour vision deficiencies.
constexpr std::array<PlaceColours, kHues> kColourBlind{{
    {Colour::rgb(0xE69F00), Colour::rgb(0x5C3F00), Colour::rgb(0xE69F00, 0.28f)},  // orange
    {Colour::rgb(0x56B4E9), Colour::rgb(0x0A4668), Colour::rgb(0x56B4E9, 0.28f)},  // sky blue
    {Colour::rgb(0x009E73), Colour::rgb(0x003D2C), Colour::rgb(0x009E73, 0.28f)},  // bluish green
    {Colour::rgb(0xCC79A7), Colour::rgb(0x5A2746), Colour::rgb(0xCC79A7, 0.28f)},  // reddish purple
}};
constexpr std::array<PlaceColours, kDecimalHues> kStandardDecimals{{
    {Colour::rgb(0xB59BD9), Colour::rgb(0x5B3F87), Colour::rgb(0xB59BD9, 0.30f)},  // lilac: tenths
    {Colour::rgb(0x5CC2B8), Colour::rgb(0x1F6B63), Colour::rgb(0x5CC2B8, 0.30f)},  // teal: hundredths
    {Colour::rgb(0xF2A65A), Colour::rgb(0x8A4F14), Colour::rgb(0xF2A65A, 0.30f)},  // apricot: thousandths
}};
// The rest of Okabe-Ito's set.
constexpr std::array<PlaceColours, kDecimalHues> kColourBlindDecimals{{
    {Colour::rgb(0x0072B2), Colour::rgb(0x00304D), Colour::rgb(0x0072B2, 0.28f)},  // blue: tenths
    {Colour::rgb(0xF0E442), Colour::rgb(0x6B6400), Colour::rgb(0xF0E442, 0.28f)},  // yellow: hundredths
    {Colour::rgb(0xD55E00), Colour::rgb(0x5E2A00), Colour::rgb(0xD55E00, 0.28f)},  // vermilion: thousandths
}};
}  // namespace

std::string_view schemeId(Scheme scheme) { return scheme == Scheme::ColourBlind ? "colour-blind-safe" : "standard"; }

Scheme schemeNamed(std::string_view name) {
    return name == "colour-blind-safe" || name == "colour-blind" ? Scheme::ColourBlind : Scheme::Standard;
}

PlaceColours placeColours(model::Place p, Scheme scheme) {
    if (const int e = static_cast<int>(p); e < 0 && e >= -kDecimalHues) {
        const auto d = static_cast<size_t>(-e - 1);
        return scheme == Scheme::ColourBlind ? kColourBlindDecimals[d] : kStandardDecimals[d];
    }
    const int index = ((static_cast<int>(p) % kHues) + kHues) % kHues;
    return scheme == Scheme::ColourBlind ? kColourBlind[static_cast<size_t>(index)] : kStandard[static_cast<size_t>(index)];
}

}  // namespace tenfold::repr::palette
