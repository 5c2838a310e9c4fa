// Named colours of the board. Colour never carries meaning alone: values are printed, sizes differ.
// Text has a contrast of at least 4.5:1 with what it sits on, and the edges of what can be touched or
// read (columns, cards, tabs, tray tiles) at least 3:1 with the paper or tray around them (WCAG 2.2 AA;
// tests/app/test_legibility.cpp checks every golden board).
// Two palettes for the pieces: "standard" (calm, distinct hues) and "colour-blind-safe" (Okabe-Ito hues, safe
// for the common colour vision deficiencies, plus stronger outlines).
#pragma once

#include "model/value.hpp"
#include "representations/scene.hpp"

#include <string_view>

namespace tenfold::repr::palette {

inline constexpr scene::Colour kPaper = scene::Colour::rgb(0xF7F4EC);
inline constexpr scene::Colour kGrid = scene::Colour::rgb(0xD9D3C4, 0.55f);
inline constexpr scene::Colour kTray = scene::Colour::rgb(0xFFFFFF, 0.96f);
inline constexpr scene::Colour kTrayEdge = scene::Colour::rgb(0x8C8574);     // 3.7:1 on the tray
inline constexpr scene::Colour kTrayShadow = scene::Colour::rgb(0x000000, 0.05f);
inline constexpr scene::Colour kInk = scene::Colour::rgb(0x23262E);
inline constexpr scene::Colour kSoftInk = scene::Colour::rgb(0x6B6F7A);
inline constexpr scene::Colour kCard = scene::Colour::rgb(0xFFFFFF);
inline constexpr scene::Colour kCardEdge = scene::Colour::rgb(0x8C8574);     // 3.3:1 on the paper
inline constexpr scene::Colour kChartColumn = scene::Colour::rgb(0xFFFFFF, 0.85f);
inline constexpr scene::Colour kChartLine = scene::Colour::rgb(0x8C8574);    // 3.3:1 on the paper
inline constexpr scene::Colour kDecimalPoint = scene::Colour::rgb(0x23262E);
inline constexpr scene::Colour kSelection = scene::Colour::rgb(0x2F6FDE, 0.85f);
inline constexpr scene::Colour kSelectionFill = scene::Colour::rgb(0x2F6FDE, 0.08f);
inline constexpr scene::Colour kMessage = scene::Colour::rgb(0x2B2F3A, 0.92f);
inline constexpr scene::Colour kMessageText = scene::Colour::rgb(0xFFFFFF);
inline constexpr scene::Colour kTrayTile = scene::Colour::rgb(0xFAF8F2);
inline constexpr scene::Colour kArmed = scene::Colour::rgb(0x2F6FDE);

struct PlaceColours {
    scene::Colour fill;     // the piece
    scene::Colour edge;     // its outline
    scene::Colour heading;  // a soft tint for its chart column heading
};

enum class Scheme { Standard, ColourBlind };
Scheme schemeNamed(std::string_view name);
// The one name of each palette, in board files and the teacher's settings: "standard", "colour-blind-safe".
std::string_view schemeId(Scheme scheme);  // "colour-blind-safe" -> ColourBlind, anything else Standard

// Colours of a place's pieces: the same hue for a place in blocks, counters and chart headings.
PlaceColours placeColours(model::Place p, Scheme scheme);

}  // namespace tenfold::repr::palette
