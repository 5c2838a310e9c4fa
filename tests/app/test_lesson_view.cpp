// Tests for what a lesson draws over the board (representations/lesson_view.hpp), with a font of fixed
// width so sizes can be worked out: text wraps at spaces within its width, the banner grows by whole lines
// of the prompt, a hidden prompt leaves only the header, and the Check card fits its sentence.
#include "representations/lesson_view.hpp"

#include <catch2/catch.hpp>

using namespace tenfold::repr;

namespace {
// Every character half an em wide.
const MeasureText kHalfEm = [](std::string_view text, float size) { return 0.5f * size * static_cast<float>(text.size()); };
}  // namespace

SCENARIO("Text wraps at spaces to the width it has") {
    THEN("a line that fits stays whole") { CHECK(wrapText("Show 47.", 10, 100, kHalfEm) == std::vector<std::string>{"Show 47."}); }
    THEN("a longer one breaks between words, never inside one") {
        // 10 px characters, 60 px: six characters a line.
        CHECK(wrapText("Show 47 another way.", 20, 60, kHalfEm) == std::vector<std::string>{"Show", "47", "another", "way."});
        CHECK(wrapText("ab cd ef gh", 20, 50, kHalfEm) == std::vector<std::string>{"ab cd", "ef gh"});
    }
    THEN("spaces at the ends and between words do not make empty lines") {
        CHECK(wrapText("  ab   cd  ", 20, 50, kHalfEm) == std::vector<std::string>{"ab cd"});
        CHECK(wrapText("", 20, 50, kHalfEm).empty());
        CHECK(wrapText("   ", 20, 50, kHalfEm).empty());
    }
}

SCENARIO("The banner holds the step and its prompt, large") {
    GIVEN("a prompt that needs two lines at 52 px in 700 px") {
        const std::string prompt = "Split 47 into tens and ones in the part-whole model.";  // 52 characters: 1352 px
        const Banner b = layoutBanner("Step 3 of 7: Partition numbers to 100", prompt, 100, 14, 800, 52, 1.0f, kHalfEm);
        THEN("it wraps onto lines within the banner, at the size asked") {
            CHECK(b.promptSize == 52);
            REQUIRE(b.lines.size() >= 2);
            for (const std::string& l : b.lines) CHECK(kHalfEm(l, 52) <= 700 - 2 * 14);
            CHECK(b.area.x == 100);
            CHECK(b.area.y == 14);
            CHECK(b.area.w <= 700);
        }
        THEN("its height is the header and every line of the prompt") {
            const float expected = 2 * 14 + kLineSpacing * kStepHeaderTextSize + 4 + kPromptLineSpacing * 52 * static_cast<float>(b.lines.size());
            CHECK(b.area.h == Approx(expected));
        }
        WHEN("it is drawn") {
            tenfold::scene::Layer layer;
            buildBanner(layer, b, 1.0f);
            THEN("a card, the header and each line of the prompt are drawn, the prompt at its size") {
                CHECK(layer.shapes.size() == 1);
                REQUIRE(layer.texts.size() == 1 + b.lines.size());
                CHECK(layer.texts[0].size == kStepHeaderTextSize);
                CHECK(layer.texts[1].size == 52);
                CHECK(layer.texts[1].text == b.lines[0]);
            }
        }
    }
    THEN("a hidden prompt leaves the header alone, and a 4K screen doubles every size") {
        const Banner hidden = layoutBanner("Step 1 of 7: Numbers to 100", "", 0, 0, 1000, 52, 1.0f, kHalfEm);
        CHECK(hidden.lines.empty());
        CHECK(hidden.area.h == Approx(2 * 14 + kLineSpacing * kStepHeaderTextSize));
        const Banner big = layoutBanner("Step 1 of 7: Numbers to 100", "", 0, 0, 2000, 104, 2.0f, kHalfEm);
        CHECK(big.area.h == Approx(2 * hidden.area.h));
    }
}

SCENARIO("The Check card fits its sentence and says in words whether it is right") {
    const VerdictCard c = layoutVerdict(false, "Not yet", "This shows 74, not 47. The digits are right but in each other's places.",
                                        500, 1.0f, kHalfEm);
    THEN("its lines are within the card, under the heading") {
        REQUIRE(c.lines.size() >= 2);
        CHECK(c.area.w <= 500);
        for (const std::string& l : c.lines) CHECK(kHalfEm(l, kVerdictTextSize) <= 500 - 2 * 18 - 12);
        CHECK(c.area.h == Approx(2 * 18 + kLineSpacing * kVerdictHeadingSize + kLineSpacing * kVerdictTextSize * static_cast<float>(c.lines.size())));
    }
    WHEN("it is drawn where the app put it") {
        VerdictCard placed = c;
        placed.area.x = 40;
        placed.area.y = 300;
        tenfold::scene::Layer layer;
        buildVerdict(layer, placed, 1.0f);
        THEN("the heading and the sentence are there, as large as set, inside the card") {
            REQUIRE(layer.texts.size() == 1 + c.lines.size());
            CHECK(layer.texts[0].text == "Not yet");
            CHECK(layer.texts[0].size == kVerdictHeadingSize);
            for (const tenfold::scene::Text& t : layer.texts) {
                CHECK(t.x > placed.area.x);
                CHECK(t.y < placed.area.y + placed.area.h);
            }
        }
    }
}
