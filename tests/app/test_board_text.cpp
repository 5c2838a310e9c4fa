// The board's text at every zoom, from the scene lists: the views keep each text at its smallest size on
// screen when the board is zoomed out (the layouts growing with it), a chart's readouts take a compact form
// when another model leaves them no room, and a piece's label too small to be drawn right is left out.
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

struct Built {
    scene::Layer layer;
    std::vector<std::pair<model::ModelId, scene::Rect>> areas;
};

Built build(const model::Board& b, float pixelsPerUnit) {
    Built out;
    repr::BoardViewOptions options;
    options.text = &kMetrics;
    options.pixelsPerUnit = pixelsPerUnit;
    options.areas = &out.areas;
    repr::buildBoard(out.layer, b, options);
    return out;
}

std::vector<scene::Text> textsOf(const scene::Layer& layer, model::ModelId id, scene::TextRole role) {
    std::vector<scene::Text> out;
    for (const scene::Text& t : layer.texts) {
        if (repr::tagModel(t.tag) == id && t.role == role) out.push_back(t);
    }
    return out;
}

const scene::Rect& areaOf(const Built& b, model::ModelId id) {
    for (const auto& [m, r] : b.areas) {
        if (m == id) return r;
    }
    FAIL("no area for model " << id);
    return b.areas.front().second;
}

bool overlap(const scene::Rect& a, const scene::Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const std::string kOneChart = R"({ "format": "tenfold-board", "version": 1,
  "models": [ { "id": 1, "kind": "blocks", "value": 47, "blocks": { "columns": ["ones", "tens"] } } ], "nextId": 2 })";
}  // namespace

SCENARIO("A chart's readouts keep their smallest size when the board is zoomed out", "[board-text]") {
    GIVEN("47 in a chart") {
        const model::Board b = board(kOneChart);
        WHEN("it is drawn at a third of its size (0.3 pixels per unit)") {
            const Built built = build(b, 0.3f);
            THEN("the layer says which zoom its text was sized for") { CHECK(built.layer.pixelsPerUnit == 0.3f); }
            THEN("the numeral is 48 px on screen and every other readout 28 px") {
                const auto numerals = textsOf(built.layer, 1, scene::TextRole::Numeral);
                const auto readouts = textsOf(built.layer, 1, scene::TextRole::Readout);
                REQUIRE(numerals.size() == 1);
                REQUIRE(readouts.size() >= 3);
                CHECK(numerals[0].size * 0.3f == Approx(48.0f));
                for (const scene::Text& t : readouts) CHECK(t.size * 0.3f >= 28.0f - 0.01f);
            }
            THEN("the lines stack without touching: each baseline is a line below the last") {
                auto texts = textsOf(built.layer, 1, scene::TextRole::Readout);
                std::sort(texts.begin(), texts.end(), [](const scene::Text& p, const scene::Text& q) { return p.y < q.y; });
                for (size_t i = 1; i < texts.size(); ++i) CHECK(texts[i].y - texts[i - 1].y >= texts[i].size);
            }
            THEN("the Break button's label fits in its button, never running into the next column") {
                bool found = false;
                for (const scene::Text& t : built.layer.texts) {
                    if (repr::tagKind(t.tag) != repr::TagKind::Button) continue;
                    found = true;
                    for (const scene::Shape& s : built.layer.shapes) {
                        if (s.tag == t.tag) CHECK(kMetrics.measure(t.text, t.size) <= s.w);
                    }
                }
                CHECK(found);
            }
            THEN("the model's tab label is 20 px and the tab holds it") {
                const auto tabs = textsOf(built.layer, 1, scene::TextRole::Button);
                const auto tab = std::find_if(tabs.begin(), tabs.end(),
                                              [](const scene::Text& t) { return repr::tagKind(t.tag) == repr::TagKind::Tab; });
                REQUIRE(tab != tabs.end());
                CHECK(tab->size * 0.3f >= 20.0f - 0.01f);
                for (const scene::Shape& s : built.layer.shapes) {
                    if (s.tag == tab->tag) CHECK(s.h > tab->size);
                }
            }
        }
        WHEN("it is drawn at half size, as a laptop shows a busy board") {
            const Built built = build(b, 0.5f);
            THEN("the Break button's label is 20 px and fits its button") {
                bool found = false;
                for (const scene::Text& t : built.layer.texts) {
                    if (repr::tagKind(t.tag) != repr::TagKind::Button) continue;
                    found = true;
                    CHECK(t.size * 0.5f >= 20.0f - 0.01f);
                    for (const scene::Shape& s : built.layer.shapes) {
                        if (s.tag == t.tag) CHECK(kMetrics.measure(t.text, t.size) <= s.w);
                    }
                }
                CHECK(found);
            }
        }
        WHEN("it is drawn zoomed in (1.5 pixels per unit)") {
            const Built built = build(b, 1.5f);
            THEN("the readouts have their own sizes, larger than their floors") {
                const auto numerals = textsOf(built.layer, 1, scene::TextRole::Numeral);
                REQUIRE(numerals.size() == 1);
                CHECK(numerals[0].size == Approx(64.0f));
            }
        }
        WHEN("it is drawn further out, the model covers more of the board") {
            const float near = build(b, 1.0f).areas.front().second.h, far = build(b, 0.3f).areas.front().second.h;
            THEN("its area grows with its text") { CHECK(far > near); }
        }
    }
}

SCENARIO("A chart's readouts take a compact form rather than run into another model", "[board-text]") {
    GIVEN("a chart with a bead string just below it") {
        const model::Board b = board(R"({ "format": "tenfold-board", "version": 1,
          "models": [ { "id": 1, "kind": "blocks", "value": 47, "blocks": { "columns": ["ones", "tens"] } },
                      { "id": 2, "kind": "beads", "value": 8, "x": 0, "y": 1100 } ], "nextId": 3 })");
        WHEN("the board is drawn at full size") {
            const Built built = build(b, 1.0f);
            THEN("all four readouts show") {
                CHECK(textsOf(built.layer, 1, scene::TextRole::Numeral).size() == 1);
                CHECK(textsOf(built.layer, 1, scene::TextRole::Readout).size() == 3);
            }
        }
        WHEN("it is zoomed far out, where the readouts at their smallest size would reach the string") {
            const Built built = build(b, 0.3f);
            THEN("the numeral stays, the lines that do not fit are left out, and the models do not meet") {
                CHECK(textsOf(built.layer, 1, scene::TextRole::Numeral).size() == 1);
                CHECK(textsOf(built.layer, 1, scene::TextRole::Readout).size() < 3);
                CHECK_FALSE(overlap(areaOf(built, 1), areaOf(built, 2)));
            }
            THEN("what is shown is still at its smallest size or more") {
                for (const scene::Text& t : textsOf(built.layer, 1, scene::TextRole::Readout)) CHECK(t.size * 0.3f >= 27.99f);
            }
        }
    }
    GIVEN("two charts side by side") {
        const model::Board b = board(R"({ "format": "tenfold-board", "version": 1,
          "models": [ { "id": 1, "kind": "blocks", "value": 1234 }, { "id": 2, "kind": "counters", "value": 1234, "x": 760 } ],
          "nextId": 3 })");
        WHEN("the board is zoomed out so that the sentences are wider than the space between the charts") {
            const Built built = build(b, 0.3f);
            THEN("each chart's readouts wrap within its half, so no line of one reaches a line of the other") {
                for (const scene::Text& a : textsOf(built.layer, 1, scene::TextRole::Readout)) {
                    for (const scene::Text& c : textsOf(built.layer, 2, scene::TextRole::Readout)) {
                        const float aRight = a.x + 0.5f * kMetrics.measure(a.text, a.size);
                        const float cLeft = c.x - 0.5f * kMetrics.measure(c.text, c.size);
                        if (std::abs(a.y - c.y) < a.size) CHECK(aRight < cLeft);
                    }
                }
            }
            THEN("the words of each sentence are all still there, in order") {
                std::string words;
                for (const scene::Text& t : textsOf(built.layer, 1, scene::TextRole::Readout)) words += t.text + " ";
                CHECK(words.find("one thousand, two hundred and") != std::string::npos);
            }
        }
    }
}

SCENARIO("A counter's value too small to be drawn right is left out", "[board-text]") {
    GIVEN("a chart of counters") {
        const model::Board b = board(R"({ "format": "tenfold-board", "version": 1,
          "models": [ { "id": 1, "kind": "counters", "value": 12 } ], "nextId": 2 })");
        auto labels = [](const Built& built) {
            return std::count_if(built.layer.texts.begin(), built.layer.texts.end(), [](const scene::Text& t) {
                return repr::tagKind(t.tag) == repr::TagKind::Piece;
            });
        };
        THEN("at full size each counter shows its value") { CHECK(labels(build(b, 1.0f)) == 3); }
        THEN("so far out that a value would be under 10 px, the counters show their colours only") {
            const Built built = build(b, 0.25f);
            CHECK(labels(built) == 0);
            for (const scene::Text& t : built.layer.texts) CHECK(t.size * 0.25f >= repr::kSmallestTextPx - 0.01f);
        }
    }
}

SCENARIO("Bars and bead strings grow with their text", "[board-text]") {
    GIVEN("a bar of 47 in parts of 40 and 7, and a bead string counting on 8 + 5") {
        const model::Board b = board(R"({ "format": "tenfold-board", "version": 1,
          "models": [ { "id": 1, "kind": "bar", "parts": [40, 7], "level": "pictorial" },
                      { "id": 2, "kind": "beads", "parts": [8, 5], "x": 0, "y": 900, "beads": { "size": 20, "countOn": [8, 5] } } ],
          "nextId": 3 })");
        WHEN("zoomed out to 0.3 pixels per unit") {
            const Built built = build(b, 0.3f);
            THEN("each bar is taller than its value's text") {
                for (const scene::Text& t : textsOf(built.layer, 1, scene::TextRole::Readout)) {
                    for (const scene::Shape& s : built.layer.shapes) {
                        if (s.tag == t.tag && repr::tagKind(s.tag) == repr::TagKind::Handle) CHECK(s.h > t.size);
                    }
                }
            }
            THEN("the count-on sentence wraps to lines no wider than the string's room") {
                const auto lines = textsOf(built.layer, 2, scene::TextRole::Readout);
                const scene::Rect area = areaOf(built, 2);
                REQUIRE(lines.size() >= 3);
                for (const scene::Text& t : lines) CHECK(kMetrics.measure(t.text, t.size) <= area.w);
            }
        }
    }
}
