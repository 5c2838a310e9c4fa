// Board text: a signed-distance glyph atlas built once from a TrueType font (Andika by default), and the
// layout of strings into glyph quads. The atlas is sharp at any zoom because it stores distances.
#pragma once

#include "representations/text_metrics.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tenfold::render {

struct GlyphQuad {
    float x0, y0, x1, y1;  // in the caller's units
    float u0, v0, u1, v1;
};

class FontAtlas final : public repr::TextMetrics {
public:
    // Builds the atlas from a font file. Returns false (with `error` set) when the file is missing or broken.
    bool build(const std::string& fontPath, std::string& error);
    bool ready() const { return !pixels_.empty(); }

    int width() const { return width_; }
    // How the atlas stores distances: the value (0..1) on a glyph's outline, and its change per texel of
    // distance (inside is larger).
    static float onEdge();
    static float perTexel();
    int height() const { return height_; }
    const std::vector<std::uint8_t>& pixels() const { return pixels_; }

    // Width of a UTF-8 string at em size `size` (same units as `size`): the sum of its glyphs' advances,
    // exactly as layout() places them.
    float measure(std::string_view utf8, float size) const override;
    // Glyph quads of a string whose baseline starts at (x, y).
    void layout(std::string_view utf8, float x, float y, float size, std::vector<GlyphQuad>& out) const;
    float ascent(float size) const { return ascent_ * size / kBasePixels; }
    float descent(float size) const { return descent_ * size / kBasePixels; }  // below the baseline, positive
    float capHeight(float size) const { return capHeight_ * size / kBasePixels; }

private:
    static constexpr float kBasePixels = 64.0f;  // the em size glyph distances are sampled at
    struct Glyph {
        float advance = 0, xoff = 0, yoff = 0, w = 0, h = 0;
        float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
    };
    const Glyph* find(char32_t cp) const;

    std::unordered_map<char32_t, Glyph> glyphs_;
    std::vector<std::uint8_t> pixels_;
    int width_ = 0, height_ = 0;
    float ascent_ = 0, descent_ = 0, capHeight_ = 0;
};

// The first font file that exists of Andika (fonts-sil-andika), then DejaVu Sans; empty when none does.
std::string findBoardFont();

// Decodes one UTF-8 code point at `i`, advancing `i`; malformed bytes decode as U+FFFD.
char32_t nextCodePoint(std::string_view s, size_t& i);

}  // namespace tenfold::render
