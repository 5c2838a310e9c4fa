// `tenfold --screenshot OUT.png --texts OUT.json`: every text drawn in the picture, where it is and how it
// reads (string, screen rectangle, size in pixels, colour, what it sits on and the contrast), so tests can
// crop each one and read it back. The format is described in docs/texts-format.md.
#pragma once

#include "render/font_atlas.hpp"
#include "render/renderer.hpp"
#include "representations/scene.hpp"

#include <string>

namespace tenfold::app {

struct TextsPicture {
    int width = 0, height = 0;  // pixels
    float uiScale = 1;
    render::View board;         // where the board layer was drawn
    scene::Colour paper;
    std::string font;           // the board font's file
};

// The texts of `scene` as drawn, as one JSON document.
std::string textsJson(const scene::Scene& scene, const render::FontAtlas& font, const TextsPicture& picture);
// Writes textsJson to `path`; false with `error` set when the file cannot be written.
bool writeTexts(const std::string& path, const scene::Scene& scene, const render::FontAtlas& font,
                const TextsPicture& picture, std::string& error);

}  // namespace tenfold::app
