// Blocks and counters at the concrete, pictorial and abstract levels, and on the way between them: the
// same pieces at the same spots turn into a teacher's quick sketch, then into the digits of each column.
#include "interaction/hit_test.hpp"
#include "model/command.hpp"
#include "model/forms.hpp"
#include "representations/levels.hpp"
#include "representations/pieces_view.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace tenfold;

namespace {
using model::Place;

model::Board boardWith(model::Representation kind, std::int64_t value) {
    model::Session s(model::Board{});
    REQUIRE(s.apply(model::AddModel{kind, model::Level::Concrete, model::Point{0, 0}, model::Value::whole(value).value(),
                                    std::nullopt})
                .ok());
    return s.board();
}
model::Board after(const model::Board& b, const model::Command& c) {
    auto r = model::applyCommand(b, c);
    REQUIRE(r.ok());
    return r.value();
}
const model::Model& piecesModel(const model::Board& b) {
    for (const model::Model& m : b.models) {
        if (m.kind == model::Representation::Blocks || m.kind == model::Representation::Counters) return m;
    }
    FAIL("no blocks or counters on the board");
    return b.models.front();
}
const model::PiecesLayout& layoutOf(const model::Model& m) {
    return m.kind == model::Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
}
scene::Layer drawnAt(const model::Board& b, float level) {
    scene::Layer layer;
    repr::buildPiecesModel(layer, b, piecesModel(b), repr::palette::Scheme::Standard, repr::ReadoutOptions{}, {}, {},
                           nullptr, 0, level);
    return layer;
}
std::uint64_t pieceTag(const model::Model& m, size_t i) {
    return repr::makeTag(m.id, repr::TagKind::Piece, static_cast<std::uint32_t>(i));
}
bool visible(const scene::Shape& s) { return s.fill.a > 0.01f || (s.outline.a > 0.01f && s.outlineWidth > 0.0f); }
// The shapes a pupil sees for one piece.
std::vector<scene::Shape> seen(const scene::Layer& layer, std::uint64_t tag) {
    std::vector<scene::Shape> out;
    for (const scene::Shape& s : layer.shapes) {
        if (s.tag == tag && visible(s)) out.push_back(s);
    }
    return out;
}
// The first index of a piece of this place.
size_t firstOf(const model::Model& m, Place p) {
    const auto& pieces = layoutOf(m).pieces;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].place == p) return i;
    }
    FAIL("no piece of that place");
    return 0;
}
// Where a piece's face is on the board.
scene::Rect faceOf(const model::Model& m, size_t i) {
    const model::PiecesLayout& layout = layoutOf(m);
    const model::Piece& p = layout.pieces[i];
    const scene::Rect face = repr::pieceFace(p.place, m.kind == model::Representation::Blocks, layout.scale);
    return {static_cast<float>(m.at.x + p.at.x), static_cast<float>(m.at.y + p.at.y), face.w, face.h};
}
int pieceTags(const scene::Layer& layer) {
    return static_cast<int>(std::count_if(layer.shapes.begin(), layer.shapes.end(), [](const scene::Shape& s) {
        return s.tag != 0 && repr::tagKind(s.tag) == repr::TagKind::Piece;
    }));
}
std::vector<std::string> textsOf(const scene::Layer& layer) {
    std::vector<std::string> out;
    for (const scene::Text& t : layer.texts) {
        if (t.colour.a > 0.01f) out.push_back(t.text);
    }
    return out;
}
bool has(const std::vector<std::string>& texts, const std::string& s) {
    return std::find(texts.begin(), texts.end(), s) != texts.end();
}
const scene::Text* bigText(const scene::Layer& layer, const std::string& s) {
    const scene::Text* best = nullptr;
    for (const scene::Text& t : layer.texts) {
        if (t.text == s && (best == nullptr || t.size > best->size)) best = &t;
    }
    return best;
}
}  // namespace

SCENARIO("switching the default board to pictorial leaves every piece where the pupil put it") {
    GIVEN("234 as blocks in a chart, drawn concrete and pictorial") {
        const model::Board board = model::defaultBoard();
        const model::Model& m = piecesModel(board);
        const scene::Layer concrete = drawnAt(board, 0.0f), pictorial = drawnAt(board, 1.0f);
        const size_t n = layoutOf(m).pieces.size();
        REQUIRE(n == 9);
        THEN("a finger anywhere on a piece's face finds the same piece at both levels") {
            for (size_t i = 0; i < n; ++i) {
                const scene::Rect f = faceOf(m, i);
                // Near the top of its face (a fanned flat shows its top edge) and at its centre.
                const float points[2][2] = {{f.x + 0.5f * f.w, f.y + 2.0f}, {f.x + 0.5f * f.w, f.y + 0.5f * f.h}};
                CHECK(interaction::hitTest(pictorial, points[0][0], points[0][1], 0) == pieceTag(m, i));
                for (const auto& p : points) {
                    CHECK(interaction::hitTest(pictorial, p[0], p[1], 0) == interaction::hitTest(concrete, p[0], p[1], 0));
                }
            }
        }
        THEN("each piece has a tagged shape covering its whole face, centred where it was") {
            for (size_t i = 0; i < n; ++i) {
                const scene::Rect f = faceOf(m, i);
                const bool covered = std::any_of(pictorial.shapes.begin(), pictorial.shapes.end(), [&](const scene::Shape& s) {
                    return s.tag == pieceTag(m, i) && s.kind == scene::ShapeKind::RoundedRect &&
                           s.x == Approx(f.x + 0.5f * f.w) && s.y == Approx(f.y + 0.5f * f.h) && s.w >= f.w && s.h >= f.h;
                });
                CHECK(covered);
            }
        }
        THEN("the sketch is flat: no piece is bevel-shaded, and hundreds lose their cell grid (or keep a faint one)") {
            for (size_t i = 0; i < n; ++i) {
                for (const scene::Shape& s : seen(pictorial, pieceTag(m, i))) {
                    CHECK(s.shading == 0.0f);
                    CHECK(s.cellLine <= 0.1f);
                }
            }
        }
        THEN("the chart, its headings and the readouts are still there") {
            const auto texts = textsOf(pictorial);
            for (const char* s : {"Th", "H", "T", "O", "234", "200 + 30 + 4", "two hundred and thirty-four"}) {
                CHECK(has(texts, s));
            }
        }
    }
}

SCENARIO("the quick sketch: a hundred is a square, a ten a line, a one a dot") {
    const model::Board board = boardWith(model::Representation::Blocks, 1234);
    const model::Model& m = piecesModel(board);
    const scene::Layer concrete = drawnAt(board, 0.0f), pictorial = drawnAt(board, 1.0f);
    WHEN("a ten is drawn at each level") {
        const size_t rod = firstOf(m, Place::Tens);
        const auto before = seen(concrete, pieceTag(m, rod)), sketch = seen(pictorial, pieceTag(m, rod));
        REQUIRE(before.size() == 1);
        REQUIRE(sketch.size() == 1);
        THEN("the rod becomes a line: much thinner, nearly as long, round-ended, in one ink colour") {
            CHECK(sketch[0].w < 0.5f * before[0].w);
            CHECK(sketch[0].h > 0.9f * before[0].h);
            CHECK(sketch[0].radius >= 0.5f * sketch[0].w - 0.01f);
            CHECK(sketch[0].cellLine == 0.0f);
        }
    }
    WHEN("a one is drawn at each level") {
        const size_t cube = firstOf(m, Place::Ones);
        const auto sketch = seen(pictorial, pieceTag(m, cube));
        REQUIRE(sketch.size() == 1);
        THEN("the cube becomes a small round dot") {
            CHECK(sketch[0].w <= repr::kCubeSize);
            CHECK(sketch[0].w == Approx(sketch[0].h));
            CHECK(sketch[0].radius >= 0.5f * sketch[0].w - 0.01f);
        }
    }
    WHEN("a hundred is drawn at pictorial level") {
        const auto sketch = seen(pictorial, pieceTag(m, firstOf(m, Place::Hundreds)));
        REQUIRE(sketch.size() == 1);
        THEN("it is an outlined square with a light fill") {
            CHECK(sketch[0].w == Approx(sketch[0].h));
            CHECK(sketch[0].outlineWidth >= 2.0f);
            CHECK(sketch[0].fill.r + sketch[0].fill.g + sketch[0].fill.b > 2.4f);
        }
    }
    WHEN("a thousand is drawn at pictorial level") {
        const auto sketch = seen(pictorial, pieceTag(m, firstOf(m, Place::Thousands)));
        THEN("it is a cube outline: a front square and the lines of its depth, instead of ten shaded flats") {
            const auto lines = std::count_if(sketch.begin(), sketch.end(),
                                             [](const scene::Shape& s) { return s.kind == scene::ShapeKind::Capsule; });
            CHECK(lines >= 3);
            CHECK(sketch.size() < 10);
            CHECK(std::all_of(sketch.begin(), sketch.end(), [](const scene::Shape& s) { return s.shading == 0.0f; }));
        }
    }
}

SCENARIO("counters at pictorial level are plain dots without their printed values") {
    const model::Board board = boardWith(model::Representation::Counters, 352);
    const model::Model& m = piecesModel(board);
    const scene::Layer concrete = drawnAt(board, 0.0f), pictorial = drawnAt(board, 1.0f);
    auto printedValues = [&](const scene::Layer& layer) {
        return std::count_if(layer.texts.begin(), layer.texts.end(), [&](const scene::Text& t) {
            return t.tag != 0 && repr::tagKind(t.tag) == repr::TagKind::Piece && t.colour.a > 0.01f;
        });
    };
    CHECK(printedValues(concrete) == 10);
    CHECK(printedValues(pictorial) == 0);
    for (size_t i = 0; i < layoutOf(m).pieces.size(); ++i) {
        const auto dot = seen(pictorial, pieceTag(m, i));
        REQUIRE(dot.size() == 1);
        CHECK(dot[0].kind == scene::ShapeKind::Disc);
        CHECK(dot[0].w < repr::kCounterDiameter);
        CHECK(dot[0].shading == 0.0f);
        const scene::Rect f = faceOf(m, i);
        CHECK(interaction::hitTest(pictorial, f.x + 3.0f, f.y + 0.5f * f.h, 0) == pieceTag(m, i));
    }
}

SCENARIO("at abstract level each column shows the digit it holds, and the pieces are gone") {
    GIVEN("53 as 4 tens and 13 ones in a chart") {
        model::Board board = boardWith(model::Representation::Blocks, 53);
        board = after(board, model::Exchange{piecesModel(board).id, 0, Place::Tens, false});
        const scene::Layer abstract = drawnAt(board, 2.0f);
        THEN("the ones column reads 13, the tens column 4, and the numeral still reads 53") {
            const auto texts = textsOf(abstract);
            CHECK(has(texts, "13"));
            CHECK(has(texts, "4"));
            CHECK(has(texts, "53"));
            CHECK_FALSE(has(texts, "413"));
            const scene::Text* thirteen = bigText(abstract, "13");
            REQUIRE(thirteen != nullptr);
            CHECK(thirteen->size > 64.0f);  // larger than the numeral under the chart
        }
        THEN("no piece can be picked up, but the chart's columns still take taps") {
            CHECK(pieceTags(abstract) == 0);
            CHECK(std::any_of(abstract.shapes.begin(), abstract.shapes.end(), [](const scene::Shape& s) {
                return s.tag != 0 && repr::tagKind(s.tag) == repr::TagKind::Column;
            }));
        }
    }
    GIVEN("109 in a Th H T O chart") {
        const auto texts = textsOf(drawnAt(boardWith(model::Representation::Blocks, 109), 2.0f));
        THEN("the tens column holds its place with a 0, and the empty thousands column shows nothing") {
            CHECK(has(texts, "1"));
            CHECK(has(texts, "0"));
            CHECK(has(texts, "9"));
            CHECK(std::count(texts.begin(), texts.end(), std::string("0")) == 1);
        }
    }
    GIVEN("234 as loose blocks, not in a chart") {
        model::Board board = boardWith(model::Representation::Blocks, 234);
        board = after(board, model::SetChart{piecesModel(board).id, false, Place::Ones, Place::Thousands});
        const model::Model& m = piecesModel(board);
        const scene::Layer abstract = drawnAt(board, 2.0f);
        THEN("the numeral is shown large where the pieces were") {
            CHECK(pieceTags(abstract) == 0);
            const scene::Text* big = bigText(abstract, "234");
            REQUIRE(big != nullptr);
            CHECK(big->size > 64.0f);
            float x0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
            for (size_t i = 0; i < layoutOf(m).pieces.size(); ++i) {
                const scene::Rect f = faceOf(m, i);
                x0 = std::min(x0, f.x);
                x1 = std::max(x1, f.x + f.w);
                y1 = std::max(y1, f.y + f.h);
            }
            CHECK(big->x > x0);
            CHECK(big->x < x1);
            CHECK(big->y < y1 + big->size);
        }
    }
}

SCENARIO("changing level is a visible morph of the same pieces, not a cut") {
    const model::Board board = model::defaultBoard();
    const model::Model& m = piecesModel(board);
    const size_t rod = firstOf(m, Place::Tens);
    auto rodAt = [&](float level) {
        const auto shapes = seen(drawnAt(board, level), pieceTag(m, rod));
        REQUIRE(shapes.size() == 1);
        return shapes[0];
    };
    WHEN("halfway from concrete to pictorial") {
        const scene::Shape start = rodAt(0.0f), middle = rodAt(0.5f), end = rodAt(1.0f);
        THEN("the rod is narrowing into its line: width and shading strictly between the two ends") {
            CHECK(middle.w < start.w);
            CHECK(middle.w > end.w);
            CHECK(middle.shading < start.shading);
            CHECK(middle.shading > end.shading);
            CHECK(middle.fill.a == Approx(1.0f));  // one piece changing shape, not two pictures crossfading
            CHECK(middle.x == Approx(start.x));
        }
    }
    WHEN("halfway from pictorial to abstract") {
        const scene::Layer layer = drawnAt(board, 1.5f);
        THEN("the sketches are fading out while the column digits fade in") {
            bool fading = false;  // (untagged now: no longer draggable)
            for (const scene::Shape& s : layer.shapes) {
                if (s.fill.a > 0.01f && s.fill.a < 0.99f && s.tag == 0) fading = true;
            }
            CHECK(fading);
            const scene::Text* digit = bigText(layer, "3");
            REQUIRE(digit != nullptr);
            CHECK(digit->colour.a > 0.0f);
            CHECK(digit->colour.a < 1.0f);
        }
    }
    WHEN("the level has arrived at pictorial or abstract") {
        THEN("nothing is left half-faded") {
            CHECK(bigText(drawnAt(board, 1.0f), "3") == nullptr);
            const scene::Text* digit = bigText(drawnAt(board, 2.0f), "3");
            REQUIRE(digit != nullptr);
            CHECK(digit->colour.a == Approx(1.0f));
        }
    }
}

SCENARIO("A picture shrinks into its sentence card on the way to the abstract level") {
    // A stand-in model: at the pictorial level a wide bar far from its card, at the abstract level a card.
    auto build = [](scene::Layer& layer, int level) {
        if (level == 2) {
            layer.shapes.push_back(scene::rect(100, 50, 200, 100, scene::Colour::rgb(0xFFFFFF)));
            return scene::Rect{0, 0, 200, 100};
        }
        layer.shapes.push_back(scene::rect(500, 300, 400, 40, scene::Colour::rgb(0x6FA8DC)));
        return scene::Rect{300, 280, 400, 40};
    };
    scene::Layer at1, between, at2;
    repr::buildAtLevel(at1, 1.0f, build);
    repr::buildAtLevel(between, 1.5f, build);
    repr::buildAtLevel(at2, 2.0f, build);
    REQUIRE(at1.shapes.size() == 1);
    REQUIRE(at2.shapes.size() == 1);
    REQUIRE(between.shapes.size() == 2);
    const scene::Shape& bar = between.shapes[0];
    const scene::Shape& card = between.shapes[1];
    THEN("half way, the bar is smaller and nearer the card's centre, and the card is growing") {
        CHECK(bar.w < at1.shapes[0].w);
        CHECK(std::abs(bar.x - 100) < std::abs(at1.shapes[0].x - 100));
        CHECK(card.w < at2.shapes[0].w);
        CHECK(card.w > 0.3f * at2.shapes[0].w);
        CHECK(bar.fill.a < 1.0f);
        CHECK(card.fill.a < 1.0f);
    }
}
