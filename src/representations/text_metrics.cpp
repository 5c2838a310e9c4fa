// The fixed-advance stand-in for a font's metrics.
#include "representations/text_metrics.hpp"

namespace tenfold::repr {

namespace {
// Near the board font's average advance, so layouts in font-less unit tests look like the real ones.
const FixedAdvances kFallback{0.55f};
}  // namespace

float FixedAdvances::measure(std::string_view utf8, float size) const {
    float n = 0;
    for (const char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) n += 1;  // count code points, not bytes
    }
    return n * advance_ * size;
}

const TextMetrics& fallbackMetrics() { return kFallback; }

}  // namespace tenfold::repr
