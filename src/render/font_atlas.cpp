// Building the signed-distance glyph atlas with stb_truetype (Debian's libstb), and laying out strings.
#include "render/font_atlas.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace tenfold::render {

namespace {
constexpr int kPadding = 8;                 // distance field reach around each glyph, in atlas pixels
constexpr unsigned char kOnEdge = 128;      // value on the outline
constexpr float kDistScale = 128.0f / kPadding;
constexpr int kAtlasWidth = 1024;
constexpr char32_t kExtraGlyphs[] = {0xA3, 0xB7, 0xD7, 0xF7, 0x2013, 0x2019, 0x201C, 0x201D, 0x2026, 0x2212, 0xFFFD};
}  // namespace

float FontAtlas::onEdge() { return static_cast<float>(kOnEdge) / 255.0f; }
float FontAtlas::perTexel() { return kDistScale / 255.0f; }

std::string findBoardFont() {
    const char* candidates[] = {
        "/usr/share/fonts/truetype/andika/Andika-Regular.ttf",
        "/usr/share/fonts/truetype/andika/Andika-R.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    };
    for (const char* c : candidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(c, ec)) return c;
    }
    return {};
}

char32_t nextCodePoint(std::string_view s, size_t& i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i++);
    if (c < 0x80) return c;
    int extra = (c >= 0xF0) ? 3 : (c >= 0xE0) ? 2 : (c >= 0xC0) ? 1 : -1;
    if (extra < 0 || i + static_cast<size_t>(extra) > s.size()) return 0xFFFD;
    char32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        unsigned char cc = byte(i);
        if ((cc & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (cc & 0x3F);
        ++i;
    }
    return cp;
}

bool FontAtlas::build(const std::string& fontPath, std::string& error) {
    std::ifstream in(fontPath, std::ios::binary);
    if (!in) {
        error = "cannot open font " + fontPath;
        return false;
    }
    std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    stbtt_fontinfo font;
    if (data.empty() || !stbtt_InitFont(&font, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0))) {
        error = "not a TrueType font: " + fontPath;
        return false;
    }
    const float scale = stbtt_ScaleForPixelHeight(&font, kBasePixels);
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&font, &ascent, &descent, &gap);
    ascent_ = static_cast<float>(ascent) * scale;
    descent_ = -static_cast<float>(descent) * scale;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    if (stbtt_GetCodepointBox(&font, 'H', &x0, &y0, &x1, &y1)) capHeight_ = static_cast<float>(y1) * scale;

    std::vector<char32_t> codes;
    for (char32_t c = 32; c < 127; ++c) codes.push_back(c);
    codes.insert(codes.end(), std::begin(kExtraGlyphs), std::end(kExtraGlyphs));

    struct Bitmap {
        char32_t cp;
        int w, h, xoff, yoff;
        std::vector<unsigned char> px;
    };
    std::vector<Bitmap> bitmaps;
    for (char32_t cp : codes) {
        Bitmap b{cp, 0, 0, 0, 0, {}};
        unsigned char* sdf = stbtt_GetCodepointSDF(&font, scale, static_cast<int>(cp), kPadding, kOnEdge, kDistScale,
                                                   &b.w, &b.h, &b.xoff, &b.yoff);
        if (sdf) {
            b.px.assign(sdf, sdf + static_cast<size_t>(b.w) * static_cast<size_t>(b.h));
            stbtt_FreeSDF(sdf, nullptr);
        }
        int advance = 0, lsb = 0;
        stbtt_GetCodepointHMetrics(&font, static_cast<int>(cp), &advance, &lsb);
        Glyph g;
        g.advance = static_cast<float>(advance) * scale;
        g.xoff = static_cast<float>(b.xoff);
        g.yoff = static_cast<float>(b.yoff);
        g.w = static_cast<float>(b.w);
        g.h = static_cast<float>(b.h);
        glyphs_[cp] = g;
        bitmaps.push_back(std::move(b));
    }
    // Shelf packing, tallest first.
    std::vector<size_t> order(bitmaps.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return bitmaps[a].h > bitmaps[b].h; });
    int x = 0, y = 0, shelf = 0;
    std::vector<std::pair<int, int>> positions(bitmaps.size());
    for (size_t i : order) {
        if (x + bitmaps[i].w + 1 > kAtlasWidth) {
            x = 0;
            y += shelf + 1;
            shelf = 0;
        }
        positions[i] = {x, y};
        x += bitmaps[i].w + 1;
        shelf = std::max(shelf, bitmaps[i].h);
    }
    width_ = kAtlasWidth;
    height_ = 1;
    while (height_ < y + shelf + 1) height_ *= 2;
    pixels_.assign(static_cast<size_t>(width_) * static_cast<size_t>(height_), 0);
    for (size_t i = 0; i < bitmaps.size(); ++i) {
        const Bitmap& b = bitmaps[i];
        auto [px, py] = positions[i];
        for (int row = 0; row < b.h; ++row) {
            std::copy_n(b.px.begin() + row * b.w, b.w,
                        pixels_.begin() + (py + row) * width_ + px);
        }
        Glyph& g = glyphs_[b.cp];
        g.u0 = static_cast<float>(px) / static_cast<float>(width_);
        g.v0 = static_cast<float>(py) / static_cast<float>(height_);
        g.u1 = static_cast<float>(px + b.w) / static_cast<float>(width_);
        g.v1 = static_cast<float>(py + b.h) / static_cast<float>(height_);
    }
    return true;
}

const FontAtlas::Glyph* FontAtlas::find(char32_t cp) const {
    auto it = glyphs_.find(cp);
    if (it == glyphs_.end()) it = glyphs_.find(0xFFFD);
    if (it == glyphs_.end()) it = glyphs_.find(U'?');
    return it == glyphs_.end() ? nullptr : &it->second;
}

float FontAtlas::measure(std::string_view utf8, float size) const {
    float k = size / kBasePixels;
    float width = 0;
    for (size_t i = 0; i < utf8.size();) {
        if (const Glyph* g = find(nextCodePoint(utf8, i))) width += g->advance * k;
    }
    return width;
}

void FontAtlas::layout(std::string_view utf8, float x, float y, float size, std::vector<GlyphQuad>& out) const {
    float k = size / kBasePixels;
    float pen = x;
    for (size_t i = 0; i < utf8.size();) {
        const Glyph* g = find(nextCodePoint(utf8, i));
        if (!g) continue;
        if (g->w > 0 && g->h > 0) {
            out.push_back({pen + g->xoff * k, y + g->yoff * k, pen + (g->xoff + g->w) * k, y + (g->yoff + g->h) * k,
                           g->u0, g->v0, g->u1, g->v1});
        }
        pen += g->advance * k;
    }
}

}  // namespace tenfold::render
