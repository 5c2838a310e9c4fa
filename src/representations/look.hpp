// How the whole board looks, as the teacher chose in Settings: the backdrop the board is drawn on (paper,
// cream, white or a blue tint, which some readers find easier) and high contrast. High contrast is one pure
// change of a finished scene, so every view, the tray and the messages get it alike: text in black or
// white, the outlines of what carries meaning darker and thicker, see-through fills made solid, and no grid
// on the backdrop. With every backdrop, text keeps 4.5:1 and shapes 3:1 (WCAG 2.2 AA); in high contrast,
// text reaches 7:1 and shapes 4.5:1 (tests/app/test_legibility.cpp checks every golden board).
#pragma once

#include "representations/scene.hpp"

#include <optional>
#include <string_view>

namespace tenfold::repr {

enum class Backdrop { Paper, Cream, White, BlueTint };
inline constexpr Backdrop kBackdrops[] = {Backdrop::Paper, Backdrop::Cream, Backdrop::White, Backdrop::BlueTint};
// The names in the teacher's settings: "paper", "cream", "white", "blue-tint".
std::string_view backdropId(Backdrop b);
std::optional<Backdrop> backdropNamed(std::string_view id);

struct Look {
    Backdrop backdrop = Backdrop::Paper;
    bool highContrast = false;
    bool operator==(const Look&) const = default;
};

// What the board is drawn on: its colour and the faint grid over it (none in high contrast).
struct Surface {
    scene::Colour paper;
    scene::Colour grid;
};
Surface surfaceFor(const Look& look);

// Makes a finished scene high contrast (both layers). Pure: the same scene always gives the same result.
void applyHighContrast(scene::Scene& s);

}  // namespace tenfold::repr
