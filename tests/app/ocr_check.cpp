// Reads back every child-facing text of a screenshot and requires the exact text that was drawn.
// Takes the picture and its texts dump (tenfold --screenshot OUT.png --texts OUT.json), crops each text's
// rectangle, enlarges the crop (OCR reads letters best when they are large; nothing is added that was not
// drawn) and makes it black ink on white. Then:
// - lines (two characters or more) are read by tesseract in one run, one text line each (page
//   segmentation mode 7), and compared with their strings, every character but the spaces: tesseract drops
//   the spaces around "+" and "=" even in a 4K picture where they are plain to see ("40 + 7" reads "40+7"),
//   so spaces say nothing about the picture;
// - a single character (a column's "T", a counter's "1", a part's "5") is matched against every character
//   the board can show, drawn from the board font by stb_truetype's own rasteriser at the same size: the
//   one that correlates best with the crop's ink, wherever it is placed, must be the one written, and
//   correlate well enough. Tesseract cannot read a
//   lone character reliably (it reads a clean "T" as "7" and "O" as "0" or nothing).
// Usage: tenfold_ocr_check PICTURE.png TEXTS.json WORKDIR
// Exit 0 when every text reads right; 1 when some do not (each is listed); 2 on bad input or no tesseract.
#include <nlohmann/json.hpp>
#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>
#include <stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {
constexpr float kReadAtPx = 90.0f;     // crops are enlarged so that the text's size is about this
constexpr float kMaxEnlarge = 8.0f;
constexpr float kMarginX = 0.25f;      // crop margin around the text's box, in text sizes
constexpr float kMarginY = 0.08f;
constexpr int kBorder = 16;            // white border around each crop
// A single character must correlate with its glyph at least this well (a right one scores over 0.85).
constexpr float kLeastLikeness = 0.7f;
constexpr float kMatchAtPx = 24.0f;     // single characters larger than this are matched at this size
// Characters the board's texts use; tesseract (and the glyph match) pick only from these.
constexpr const char* kCharacters =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 +-=:,.?'()/";
const std::vector<std::string> kRoles{"numeral", "readout", "button", "label", "message"};

std::string collapse(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string withoutSpaces(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c != ' ') out.push_back(c);
    }
    return out;
}

// A one-bit picture: 1 for ink.
struct Ink {
    int w = 0, h = 0;
    std::vector<unsigned char> px;
    unsigned char at(int x, int y) const { return px[static_cast<size_t>(y * w + x)]; }
};

// Black-on-white ink of a grey crop: split into two tones at Otsu's threshold, the tone that covers most of
// the crop's edge is the background (so light text on a dark tab reads too), and marks touching the crop's
// edge are dropped: they belong to a neighbour (a tab's rounded end, a disc's rim), never to the text, which
// the crop's margin keeps off the edge.
Ink inkOf(const std::vector<unsigned char>& grey, int w, int h) {
    std::vector<double> histogram(256, 0.0);
    for (unsigned char v : grey) histogram[v] += 1;
    const double total = static_cast<double>(grey.size());
    double sumAll = 0;
    for (int i = 0; i < 256; ++i) sumAll += i * histogram[static_cast<size_t>(i)];
    double sumBelow = 0, below = 0, best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        below += histogram[static_cast<size_t>(t)];
        sumBelow += t * histogram[static_cast<size_t>(t)];
        const double above = total - below;
        if (below == 0 || above == 0) continue;
        const double m0 = sumBelow / below, m1 = (sumAll - sumBelow) / above;
        const double between = below * above * (m0 - m1) * (m0 - m1);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    Ink ink{w, h, std::vector<unsigned char>(grey.size())};
    int edgeDark = 0, edge = 0;
    auto dark = [&](int x, int y) { return grey[static_cast<size_t>(y * w + x)] <= threshold ? 1 : 0; };
    for (int x = 0; x < w; ++x) {
        edgeDark += dark(x, 0) + dark(x, h - 1);
        edge += 2;
    }
    for (int y = 0; y < h; ++y) {
        edgeDark += dark(0, y) + dark(w - 1, y);
        edge += 2;
    }
    const int inkTone = edgeDark * 2 > edge ? 0 : 1;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) ink.px[static_cast<size_t>(y * w + x)] = dark(x, y) == inkTone ? 1 : 0;
    }
    std::vector<int> stack;
    auto push = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= w || y >= h) return;
        const size_t i = static_cast<size_t>(y * w + x);
        if (!ink.px[i]) return;
        ink.px[i] = 0;
        stack.push_back(static_cast<int>(i));
    };
    for (int x = 0; x < w; ++x) {
        push(x, 0);
        push(x, h - 1);
    }
    for (int y = 0; y < h; ++y) {
        push(0, y);
        push(w - 1, y);
    }
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        const int x = i % w, y = i / w;
        push(x + 1, y);
        push(x - 1, y);
        push(x, y + 1);
        push(x, y - 1);
    }
    return ink;
}

// How much ink each pixel of a grey crop holds, 0..1: the background is the crop's edge (its median), the
// ink its farthest tone from that, so dark text on a card and white text on a tab read alike.
std::vector<float> inkShare(const std::vector<unsigned char>& grey, int w, int h) {
    std::vector<unsigned char> edge;
    for (int x = 0; x < w; ++x) {
        edge.push_back(grey[static_cast<size_t>(x)]);
        edge.push_back(grey[static_cast<size_t>((h - 1) * w + x)]);
    }
    for (int y = 0; y < h; ++y) {
        edge.push_back(grey[static_cast<size_t>(y * w)]);
        edge.push_back(grey[static_cast<size_t>(y * w + w - 1)]);
    }
    std::nth_element(edge.begin(), edge.begin() + static_cast<std::ptrdiff_t>(edge.size() / 2), edge.end());
    const float back = edge[edge.size() / 2];
    float far = back;
    for (unsigned char v : grey) {
        if (std::abs(static_cast<float>(v) - back) > std::abs(far - back)) far = v;
    }
    std::vector<float> share(grey.size(), 0.0f);
    if (std::abs(far - back) < 1.0f) return share;
    for (size_t i = 0; i < grey.size(); ++i) share[i] = std::clamp((static_cast<float>(grey[i]) - back) / (far - back), 0.0f, 1.0f);
    return share;
}

// How alike a crop's ink is to a character of the board font drawn at the same size, -1..1: the best
// normalised correlation over placements of the glyph around the crop's centre of ink (whole pixels and
// quarter-pixel shifts), so a stroke a little heavier or lighter hardly matters but a different shape does.
float likeness(const std::vector<float>& ink, int w, int h, const stbtt_fontinfo& font, char c, float size) {
    double mass = 0, mx = 0, my = 0;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const double a = ink[static_cast<size_t>(y * w + x)];
            mass += a;
            mx += a * x;
            my += a * y;
        }
    }
    if (mass <= 0) return -1.0f;
    mx /= mass;
    my /= mass;
    const float scale = stbtt_ScaleForPixelHeight(&font, size);
    constexpr int kReach = 2;  // pixels either way from lining up the centres of ink
    float best = -1.0f;
    for (int sy = 0; sy < 4; ++sy) {
        for (int sx = 0; sx < 4; ++sx) {
            int gw = 0, gh = 0, xoff = 0, yoff = 0;
            unsigned char* bitmap = stbtt_GetCodepointBitmapSubpixel(&font, scale, scale, 0.25f * static_cast<float>(sx),
                                                                     0.25f * static_cast<float>(sy), c, &gw, &gh, &xoff, &yoff);
            if (bitmap == nullptr) continue;
            double gm = 0, gx = 0, gy = 0;
            for (int y = 0; y < gh; ++y) {
                for (int x = 0; x < gw; ++x) {
                    const double g = bitmap[y * gw + x] / 255.0;
                    gm += g;
                    gx += g * x;
                    gy += g * y;
                }
            }
            if (gm <= 0) {
                stbtt_FreeBitmap(bitmap, nullptr);
                continue;
            }
            const int cx = static_cast<int>(std::lround(mx - gx / gm)), cy = static_cast<int>(std::lround(my - gy / gm));
            for (int oy = cy - kReach; oy <= cy + kReach; ++oy) {
                for (int ox = cx - kReach; ox <= cx + kReach; ++ox) {
                    // Correlation over the whole crop: the glyph's pixels where it is placed, nothing elsewhere.
                    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
                    for (int y = 0; y < h; ++y) {
                        for (int x = 0; x < w; ++x) {
                            const double a = ink[static_cast<size_t>(y * w + x)];
                            const int px = x - ox, py = y - oy;
                            const double g = px >= 0 && py >= 0 && px < gw && py < gh ? bitmap[py * gw + px] / 255.0 : 0.0;
                            sa += a;
                            sb += g;
                            saa += a * a;
                            sbb += g * g;
                            sab += a * g;
                        }
                    }
                    const double n = static_cast<double>(w * h);
                    const double cov = sab - sa * sb / n, va = saa - sa * sa / n, vb = sbb - sb * sb / n;
                    if (va > 1e-9 && vb > 1e-9) best = std::max(best, static_cast<float>(cov / std::sqrt(va * vb)));
                }
            }
            stbtt_FreeBitmap(bitmap, nullptr);
        }
    }
    return best;
}

std::string quoteForShell(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: tenfold_ocr_check PICTURE.png TEXTS.json WORKDIR\n");
        return 2;
    }
    const std::filesystem::path work = argv[3];
    std::error_code ec;
    std::filesystem::create_directories(work, ec);
    int w = 0, h = 0, n = 0;
    unsigned char* rgb = stbi_load(argv[1], &w, &h, &n, 3);
    if (!rgb) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    nlohmann::json dump;
    try {
        std::ifstream in(argv[2]);
        dump = nlohmann::json::parse(in);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cannot read %s: %s\n", argv[2], e.what());
        return 2;
    }
    const std::string fontPath = dump.value("font", "");
    std::ifstream fontFile(fontPath, std::ios::binary);
    const std::vector<unsigned char> fontData((std::istreambuf_iterator<char>(fontFile)), std::istreambuf_iterator<char>());
    stbtt_fontinfo font;
    if (fontData.empty() || !stbtt_InitFont(&font, fontData.data(), stbtt_GetFontOffsetForIndex(fontData.data(), 0))) {
        std::fprintf(stderr, "cannot read the board font '%s' named in %s\n", fontPath.c_str(), argv[2]);
        return 2;
    }
    struct Crop {
        std::string expected, role;
        float size = 0;
        std::filesystem::path file;
        std::string read;
        float likeness = 0;  // single characters: how alike the glyph read is
    };
    std::vector<Crop> crops;
    for (const nlohmann::json& t : dump.at("texts")) {
        const std::string role = t.at("role");
        if (std::find(kRoles.begin(), kRoles.end(), role) == kRoles.end()) continue;
        const float size = t.at("size_px");
        const float x0 = t.at("x").get<float>() - kMarginX * size, y0 = t.at("y").get<float>() - kMarginY * size;
        const float x1 = t.at("x").get<float>() + t.at("w").get<float>() + kMarginX * size;
        const float y1 = t.at("y").get<float>() + t.at("h").get<float>() + kMarginY * size;
        const int cx0 = std::clamp(static_cast<int>(std::floor(x0)), 0, w - 1);
        const int cy0 = std::clamp(static_cast<int>(std::floor(y0)), 0, h - 1);
        const int cx1 = std::clamp(static_cast<int>(std::ceil(x1)), cx0 + 1, w);
        const int cy1 = std::clamp(static_cast<int>(std::ceil(y1)), cy0 + 1, h);
        const int cw = cx1 - cx0, ch = cy1 - cy0;
        std::vector<unsigned char> grey(static_cast<size_t>(cw) * static_cast<size_t>(ch));
        for (int y = 0; y < ch; ++y) {
            for (int x = 0; x < cw; ++x) {
                const unsigned char* p = rgb + (static_cast<size_t>(cy0 + y) * static_cast<size_t>(w) + static_cast<size_t>(cx0 + x)) * 3;
                grey[static_cast<size_t>(y * cw + x)] = static_cast<unsigned char>(std::lround(0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]));
            }
        }
        const float k = std::clamp(kReadAtPx / std::max(size, 1.0f), 1.0f, kMaxEnlarge);
        const int bw = std::max(1, static_cast<int>(std::lround(static_cast<float>(cw) * k)));
        const int bh = std::max(1, static_cast<int>(std::lround(static_cast<float>(ch) * k)));
        std::vector<unsigned char> big(static_cast<size_t>(bw) * static_cast<size_t>(bh));
        stbir_resize_uint8(grey.data(), cw, ch, 0, big.data(), bw, bh, 0, 1);
        const Ink ink = inkOf(big, bw, bh);
        const int fw = bw + 2 * kBorder, fh = bh + 2 * kBorder;
        std::vector<unsigned char> framed(static_cast<size_t>(fw) * static_cast<size_t>(fh), 255);
        for (int y = 0; y < bh; ++y) {
            for (int x = 0; x < bw; ++x) {
                if (ink.at(x, y)) framed[static_cast<size_t>((y + kBorder) * fw + x + kBorder)] = 0;
            }
        }
        Crop c{t.at("text"), role, size, work / ("crop-" + std::to_string(crops.size()) + ".png"), {}, 0};
        stbi_write_png(c.file.c_str(), fw, fh, 1, framed.data(), fw);
        if (const std::string s = collapse(c.expected); s.size() == 1) {
            // One character: the glyph of the board font it looks most like, at the size it was drawn (large
            // text is first brought down to kMatchAtPx, where the shapes are plain and the search is quick).
            const float down = std::min(1.0f, kMatchAtPx / size);
            const int mw = std::max(1, static_cast<int>(std::lround(static_cast<float>(cw) * down)));
            const int mh = std::max(1, static_cast<int>(std::lround(static_cast<float>(ch) * down)));
            std::vector<unsigned char> small(static_cast<size_t>(mw) * static_cast<size_t>(mh));
            stbir_resize_uint8(grey.data(), cw, ch, 0, small.data(), mw, mh, 0, 1);
            // Its ink: the share of ink in each pixel, where the crop's cleaned ink is (not a neighbour's).
            const Ink mask = inkOf(small, mw, mh);
            std::vector<float> share = inkShare(small, mw, mh);
            for (size_t i = 0; i < share.size(); ++i) {
                const int x = static_cast<int>(i) % mw, y = static_cast<int>(i) / mw;
                bool near = false;  // within a pixel of the cleaned ink (which is cut at half ink)
                for (int dy = -1; dy <= 1 && !near; ++dy) {
                    for (int dx = -1; dx <= 1 && !near; ++dx) {
                        near = x + dx >= 0 && y + dy >= 0 && x + dx < mw && y + dy < mh && mask.at(x + dx, y + dy);
                    }
                }
                if (!near) share[i] = 0;
            }
            float best = -1;
            for (const char* q = kCharacters; *q != '\0'; ++q) {
                if (*q == ' ') continue;
                const float l = likeness(share, mw, mh, font, *q, size * down);
                if (l > best) {
                    best = l;
                    c.read = std::string(1, *q);
                }
            }
            if (best < kLeastLikeness) {
                c.read = "(nothing like a character; nearest " + c.read + ", " + std::to_string(best).substr(0, 4) + ")";
            }
            c.likeness = best;
        }
        crops.push_back(std::move(c));
    }
    stbi_image_free(rgb);
    if (crops.empty()) {
        std::fprintf(stderr, "no child-facing texts in %s\n", argv[2]);
        return 2;
    }
    std::vector<size_t> lines;
    for (size_t i = 0; i < crops.size(); ++i) {
        if (collapse(crops[i].expected).size() != 1) lines.push_back(i);
    }
    if (!lines.empty()) {
        std::ofstream list(work / "lines.txt");
        for (size_t i : lines) list << crops[i].file.string() << "\n";
        list.close();
        const std::filesystem::path out = work / "read";
        const std::string command = "OMP_THREAD_LIMIT=1 tesseract " + quoteForShell((work / "lines.txt").string()) + " " +
                                    quoteForShell(out.string()) + " -l eng --psm 7 -c " +
                                    quoteForShell(std::string("tessedit_char_whitelist=") + kCharacters) + " quiet";
        if (std::system(command.c_str()) != 0) {
            std::fprintf(stderr, "tesseract failed (is tesseract-ocr installed?): %s\n", command.c_str());
            return 2;
        }
        // tesseract puts a form feed between one picture's text and the next.
        std::ifstream in(out.string() + ".txt");
        std::stringstream all;
        all << in.rdbuf();
        size_t k = 0;
        std::string page;
        for (char c : all.str()) {
            if (c != '\f') {
                page.push_back(c);
                continue;
            }
            if (k < lines.size()) crops[lines[k++]].read = collapse(page);
            page.clear();
        }
        if (k < lines.size()) crops[lines[k]].read = collapse(page);
    }
    int right = 0;
    for (const Crop& c : crops) {
        const bool ok = withoutSpaces(c.read) == withoutSpaces(collapse(c.expected));
        right += ok ? 1 : 0;
        std::printf("%s %-8s %5.1f px  \"%s\"%s%s%s", ok ? "ok  " : "FAIL", c.role.c_str(), c.size, c.expected.c_str(),
                    ok ? "" : " read as \"", ok ? "" : c.read.c_str(), ok ? "" : "\"");
        if (c.likeness != 0) std::printf("  (glyph likeness %.2f)", static_cast<double>(c.likeness));
        std::printf("\n");
    }
    std::printf("OCR: %d of %zu texts read right\n", right, crops.size());
    return right == static_cast<int>(crops.size()) ? 0 : 1;
}
