// How wide a line of text is: the one measuring interface the pure views use to size tabs, cards and the
// room around labels. The renderer's font atlas implements it with the board font's own advances, so what
// is measured is what is drawn. FixedAdvances gives every character the same advance: a stand-in for unit
// tests that run without a font file.
#pragma once

#include <string_view>

namespace tenfold::repr {

class TextMetrics {
public:
    virtual ~TextMetrics() = default;
    // Width of a UTF-8 string at em size `size`, in the units of `size`.
    virtual float measure(std::string_view utf8, float size) const = 0;
};

// Every character (code point) `advance` ems wide.
class FixedAdvances final : public TextMetrics {
public:
    explicit constexpr FixedAdvances(float advance) : advance_(advance) {}
    float measure(std::string_view utf8, float size) const override;

private:
    float advance_;
};

// What views measure with when they were given no font (unit tests that build scenes without one).
const TextMetrics& fallbackMetrics();

}  // namespace tenfold::repr
