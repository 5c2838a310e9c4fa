// Compares an actual PNG with a golden one under a small tolerance, for render tests.
// A pixel differs when any channel differs by more than kChannelTolerance; the images match when at most
// kMaxDifferentFraction of the pixels differ. On a mismatch a diff image (differences in red) is written.
// Usage: tenfold_imgcmp GOLDEN ACTUAL DIFF_OUT   (exit 0: match, 1: differ, 2: unreadable or size mismatch)
#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {
constexpr int kChannelTolerance = 12;
constexpr double kMaxDifferentFraction = 0.002;
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: tenfold_imgcmp GOLDEN ACTUAL DIFF_OUT\n");
        return 2;
    }
    int gw = 0, gh = 0, aw = 0, ah = 0, n = 0;
    unsigned char* golden = stbi_load(argv[1], &gw, &gh, &n, 4);
    unsigned char* actual = stbi_load(argv[2], &aw, &ah, &n, 4);
    if (!golden || !actual) {
        std::fprintf(stderr, "cannot read %s\n", golden ? argv[2] : argv[1]);
        return 2;
    }
    if (gw != aw || gh != ah) {
        std::fprintf(stderr, "size differs: golden %dx%d, actual %dx%d\n", gw, gh, aw, ah);
        return 2;
    }
    const size_t pixels = static_cast<size_t>(gw) * static_cast<size_t>(gh);
    std::vector<unsigned char> diff(pixels * 4);
    size_t different = 0;
    int worst = 0;
    for (size_t i = 0; i < pixels; ++i) {
        int d = 0;
        for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(golden[i * 4 + c] - actual[i * 4 + c]));
        worst = std::max(worst, d);
        const bool bad = d > kChannelTolerance;
        different += bad ? 1 : 0;
        const unsigned char grey = static_cast<unsigned char>(golden[i * 4] / 3 + 170);
        diff[i * 4 + 0] = bad ? 255 : grey;
        diff[i * 4 + 1] = bad ? 0 : grey;
        diff[i * 4 + 2] = bad ? 0 : grey;
        diff[i * 4 + 3] = 255;
    }
    const double fraction = static_cast<double>(different) / static_cast<double>(pixels);
    std::printf("%zu of %zu pixels differ by more than %d (%.4f%%), largest difference %d\n", different, pixels,
                kChannelTolerance, fraction * 100.0, worst);
    stbi_image_free(golden);
    stbi_image_free(actual);
    if (fraction > kMaxDifferentFraction) {
        stbi_write_png(argv[3], gw, gh, 4, diff.data(), gw * 4);
        return 1;
    }
    return 0;
}
