// Named colours of the board. Colour never carries meaning alone: values are printed, sizes differ.
#pragma once

#include "representations/scene.hpp"

namespace tenfold::repr::palette {

inline constexpr scene::Colour kPaper = scene::Colour::rgb(0xF7F4EC);
inline constexpr scene::Colour kGrid = scene::Colour::rgb(0xD9D3C4, 0.55f);
inline constexpr scene::Colour kTray = scene::Colour::rgb(0xFFFFFF, 0.96f);
inline constexpr scene::Colour kTrayEdge = scene::Colour::rgb(0xC9C2B2);
inline constexpr scene::Colour kTrayShadow = scene::Colour::rgb(0x000000, 0.05f);
inline constexpr scene::Colour kInk = scene::Colour::rgb(0x23262E);
inline constexpr scene::Colour kSoftInk = scene::Colour::rgb(0x6B6F7A);

}  // namespace tenfold::repr::palette
