// The one text-measuring interface: the board font measures what it draws, the fixed-advance stand-in
// counts characters, and views without a font fall back to the stand-in.
#include "render/font_atlas.hpp"
#include "representations/legibility.hpp"
#include "representations/text_metrics.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tenfold;

SCENARIO("The fixed-advance stand-in gives every character the same width", "[text-metrics]") {
    GIVEN("advances of half an em") {
        const repr::FixedAdvances metrics(0.5f);
        THEN("a string is as wide as its characters, not its bytes") {
            CHECK(metrics.measure("47", 20.0f) == Approx(20.0f));
            CHECK(metrics.measure("\xC2\xA3" "5", 20.0f) == Approx(20.0f));  // "£5": three bytes, two characters
            CHECK(metrics.measure("", 20.0f) == 0.0f);
        }
    }
    GIVEN("no font at all") {
        const repr::TextScale scale;
        THEN("views measure with the fallback stand-in") {
            CHECK(&scale.font() == &repr::fallbackMetrics());
            CHECK(scale.measure("abc", 10.0f) == Approx(repr::fallbackMetrics().measure("abc", 10.0f)));
        }
    }
}

SCENARIO("The board font measures with its own advances, exactly as it lays glyphs out", "[text-metrics]") {
    GIVEN("the board font's atlas, used as the views' text metrics") {
        render::FontAtlas atlas;
        std::string error;
        const std::string path = render::findBoardFont();
        REQUIRE_FALSE(path.empty());
        REQUIRE(atlas.build(path, error));
        const repr::TextMetrics& metrics = atlas;
        THEN("widths are proportional: narrow letters measure less than wide ones") {
            CHECK(metrics.measure("iii", 32.0f) < 0.6f * metrics.measure("WWW", 32.0f));
        }
        THEN("a width grows with the size") {
            CHECK(metrics.measure("forty-seven", 64.0f) == Approx(2.0f * metrics.measure("forty-seven", 32.0f)));
        }
        THEN("the last glyph laid out ends within the measured width") {
            for (const char* s : {"47", "Break", "1 ten and 5 ones make 15.", "\xC2\xA3" "3"}) {
                std::vector<render::GlyphQuad> quads;
                atlas.layout(s, 0.0f, 0.0f, 40.0f, quads);
                REQUIRE_FALSE(quads.empty());
                const float w = metrics.measure(s, 40.0f);
                INFO(s << " measures " << w << ", last glyph ends at " << quads.back().x1);
                CHECK(quads.back().x1 <= w + 0.25f * 40.0f);  // ink may overhang its advance a little
                CHECK(quads.back().x1 >= 0.6f * w);
            }
        }
    }
}
