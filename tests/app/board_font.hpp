// The board font, built once, for the tests that read scenes as the app draws them (legibility, layout).
#pragma once

#include "render/font_atlas.hpp"

#include <catch2/catch.hpp>

#include <string>

inline const tenfold::render::FontAtlas& boardFont() {
    static tenfold::render::FontAtlas font;
    static bool built = false;
    if (!built) {
        std::string error;
        const std::string path = tenfold::render::findBoardFont();
        REQUIRE_FALSE(path.empty());
        REQUIRE(font.build(path, error));
        built = true;
    }
    return font;
}
