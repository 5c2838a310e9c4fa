// What a bar model draws, from the scene lists (no GPU): a fraction wall's abstract level writes the
// comparison of its rows as a child reads it, and a part-whole bar shows its fact family on request.
#include "model/board_file.hpp"
#include "representations/board_scene.hpp"
#include "representations/legibility.hpp"
#include "representations/tags.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace tenfold;

namespace {
const repr::FixedAdvances kMetrics(0.55f);

model::Board board(const std::string& json) {
    auto b = model::boardFromJson(json);
    REQUIRE(b.ok());
    return b.value();
}

// Every text drawn for model `id`, in the order drawn.
std::vector<std::string> textsOf(const model::Board& b, model::ModelId id, const std::vector<model::ModelId>& factFamilies = {}) {
    scene::Layer layer;
    repr::BoardViewOptions options;
    options.text = &kMetrics;
    options.factFamilies = factFamilies;
    repr::buildBoard(layer, b, options);
    std::vector<std::string> out;
    for (const scene::Text& t : layer.texts)
        if (repr::tagModel(t.tag) == id || t.tag == 0) out.push_back(t.text);
    return out;
}

bool has(const std::vector<std::string>& texts, const std::string& s) {
    return std::find(texts.begin(), texts.end(), s) != texts.end();
}

std::string wall(const char* level, const char* rows) {
    return std::string(R"({ "format": "tenfold-board", "version": 1, "groups": [ { "id": 1, "value": 1 } ],
      "models": [ { "id": 2, "kind": "bar", "group": 1, "x": 0, "y": 0, "level": ")") + level +
           R"(", "bar": { "mode": "fractions", "rows": )" + rows + R"( } } ], "nextId": 3 })";
}
}  // namespace

SCENARIO("A fraction wall at the abstract level writes its comparison", "[bar-drawn]") {
    GIVEN("a whole of 1 with 3/8 and 1/4 shaded") {
        const char* rows = R"([ { "parts": 8, "shaded": 3 }, { "parts": 4, "shaded": 1 } ])";
        WHEN("it is abstract") {
            const auto texts = textsOf(board(wall("abstract", rows)), 2);
            THEN("the card reads 3/8 > 1/4, by how much, and the sentence") {
                REQUIRE(texts.size() >= 3);
                CHECK(texts[0] == "3/8 > 1/4");
                CHECK(texts[1] == "3/8 - 1/4 = 1/8");
                CHECK(has(texts, "3/8 is greater than 1/4 by 1/8 of 1."));
            }
        }
        WHEN("it is pictorial") {
            const auto texts = textsOf(board(wall("pictorial", rows)), 2);
            THEN("the symbols are left to the abstract level") {
                CHECK_FALSE(has(texts, "3/8 > 1/4"));
                CHECK(has(texts, "1/8"));
            }
        }
    }
    GIVEN("a wall with one shaded row") {
        const auto texts = textsOf(board(wall("abstract", R"([ { "parts": 8, "shaded": 3 }, { "parts": 4, "shaded": 0 } ])")), 2);
        THEN("there is nothing to compare: its number and sentence") {
            REQUIRE(texts.size() >= 2);
            CHECK(texts[0] == "1");
            CHECK(has(texts, "3 of the 8 equal parts are shaded: 3/8 of 1."));
        }
    }
}

SCENARIO("A part-whole bar shows its subtraction facts on request", "[bar-drawn]") {
    for (const char* level : {"pictorial", "abstract"}) {
        GIVEN(std::string("47 as 40 and 7 in a bar, ") + level) {
            const model::Board b = board(std::string(R"({ "format": "tenfold-board", "version": 1,
              "models": [ { "id": 1, "kind": "bar", "parts": [40, 7], "level": ")") + level + R"(" } ], "nextId": 2 })");
            THEN("with its fact family shown, both subtraction facts are drawn, and the additions") {
                const auto texts = textsOf(b, 1, {1});
                CHECK(has(texts, "47 - 40 = 7"));
                CHECK(has(texts, "47 - 7 = 40"));
                CHECK(has(texts, "40 + 7 = 47"));
            }
            THEN("without it, none is") {
                const auto texts = textsOf(b, 1);
                CHECK_FALSE(has(texts, "47 - 40 = 7"));
                CHECK_FALSE(has(texts, "47 - 7 = 40"));
            }
        }
    }
}
