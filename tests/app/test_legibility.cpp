// Legibility of every golden and example board, read from the scene lists as the app draws them (no GPU):
// at 1366x768 after Fit, every child-facing text keeps its smallest size on screen (numerals 48 px,
// readouts and sentences 28 px, button labels 20 px), text has a contrast of at least 4.5:1 and shapes that
// carry meaning 3:1 with what they sit on (WCAG 2.2 AA), and no two models cover each other. Sizes are the
// board font's pixel height (ascender to descender, as the renderer scales it). Also the pieces the audit
// is made of: text floors, wrapping, contrast and the settling of Fit.
#include "interaction/camera.hpp"
#include "model/board_file.hpp"
#include "board_font.hpp"
#include "render/font_atlas.hpp"
#include "representations/board_layout.hpp"
#include "representations/board_scene.hpp"
#include "representations/chrome.hpp"
#include "representations/legibility.hpp"
#include "representations/look.hpp"
#include "representations/palette.hpp"
#include "representations/tray_view.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace tenfold;
namespace fs = std::filesystem;

namespace {
// As the app fits a board: a margin, the tray below, the level bar above (src/app/app.cpp).
constexpr float kFitMarginPx = 40.0f;
constexpr float kTopPanelPx = 64.0f;

struct Seen {
    scene::Scene scene;
    interaction::Camera camera;
    std::vector<std::pair<model::ModelId, scene::Rect>> areas;
    repr::SceneAudit audit;
};

// How the board is drawn besides its size: a room's floors, a backdrop, high contrast.
struct Drawn {
    repr::TextFloors floors{};
    repr::Look look{};
    std::vector<model::ModelId> factFamilies{};  // models showing their fact family
};

// The board as the app shows it at width x height, UI scale 1, after Fit (on a classroom board, the models
// first make room for the room's larger text, as the app does before a Fit).
Seen seeAfterFit(const model::Board& given, float width, float height, const Drawn& drawn = {}) {
    Seen s;
    const render::FontAtlas& font = boardFont();
    s.camera.setViewport(width, height, 1.0f);
    model::Board board = given;
    if (!(drawn.floors == repr::TextFloors{})) {
        repr::BoardViewOptions options;
        options.text = &font;
        options.floors = drawn.floors;
        interaction::Camera fitted = s.camera;
        for (const model::Command& c : repr::roomForText(board, options, s.camera.pixelsPerUnit(), [&](const scene::Rect& area) {
                 fitted.fit(area, kFitMarginPx, repr::trayHeightPx(1.0f), kTopPanelPx);
                 return fitted.pixelsPerUnit();
             })) {
            auto moved = model::applyCommand(board, c);
            REQUIRE(moved.ok());
            board = moved.value();
        }
    }
    scene::Rect bounds{};
    auto build = [&](float) {
        s.scene.board.clear();
        s.scene.screen.clear();
        s.areas.clear();
        repr::BoardViewOptions options;
        options.text = &font;
        options.pixelsPerUnit = s.camera.pixelsPerUnit();
        options.areas = &s.areas;
        options.floors = drawn.floors;
        options.factFamilies = drawn.factFamilies;
        bounds = repr::buildBoard(s.scene.board, board, options);
        return bounds;
    };
    repr::settleZoom(s.camera.pixelsPerUnit(), build, [&](const scene::Rect& area) {
        s.camera.fit(area, kFitMarginPx, repr::trayHeightPx(1.0f), kTopPanelPx);
        return s.camera.pixelsPerUnit();
    });
    if (s.scene.board.pixelsPerUnit != s.camera.pixelsPerUnit()) build(0);
    repr::buildTray(s.scene.screen, width, height, 1.0f);
    repr::TraySpec tray = repr::traySpecFor(board);
    repr::buildTrayItems(s.scene.screen, tray, height, 1.0f, repr::palette::schemeNamed(board.settings.palette), -1);
    const repr::ScreenTransform onBoard{s.camera.centreX(), s.camera.centreY(), s.camera.pixelsPerUnit(), width, height};
    const repr::ScreenTransform onScreen{0.5f * width, 0.5f * height, 1.0f, width, height};
    if (drawn.look.highContrast) repr::applyHighContrast(s.scene);
    s.audit = repr::auditScene(s.scene, onBoard, onScreen, repr::surfaceFor(drawn.look).paper, font, font.ascent(1.0f),
                               font.descent(1.0f));
    return s;
}

std::vector<fs::path> boardFiles() {
    std::vector<fs::path> files;
    for (const fs::path& dir : {fs::path(TENFOLD_SOURCE_DIR) / "tests" / "golden" / "boards",
                               fs::path(TENFOLD_SOURCE_DIR) / "assets" / "boards"}) {
        for (const auto& e : fs::directory_iterator(dir)) {
            if (e.path().extension() == ".json") files.push_back(e.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool childFacing(scene::TextRole r) {
    return r == scene::TextRole::Numeral || r == scene::TextRole::Readout || r == scene::TextRole::Button;
}

bool overlap(const scene::Rect& a, const scene::Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
}  // namespace

SCENARIO("Every golden and example board is legible at 1366x768 after Fit", "[legibility]") {
    const std::vector<fs::path> files = boardFiles();
    REQUIRE(files.size() >= 10);
    for (const fs::path& file : files) {
        GIVEN("the board " + file.filename().string()) {
            auto loaded = model::loadBoardFile(file.string());
            REQUIRE(loaded.ok());
            WHEN("it is fitted to a 1366x768 laptop screen") {
                const Seen s = seeAfterFit(loaded.value(), 1366, 768);
                REQUIRE_FALSE(s.audit.texts.empty());
                THEN("each numeral, readout and button label is at least its smallest size on screen") {
                    for (const repr::SeenText& t : s.audit.texts) {
                        if (!childFacing(t.role)) continue;
                        INFO("\"" << t.text << "\" is " << t.sizePx << " px");
                        CHECK(t.sizePx >= repr::floorPx(t.role) - 0.01f);
                    }
                }
                THEN("every text is drawn at least at the smallest size any text is drawn at") {
                    for (const repr::SeenText& t : s.audit.texts) {
                        INFO("\"" << t.text << "\" is " << t.sizePx << " px");
                        CHECK(t.sizePx >= repr::kSmallestTextPx - 0.01f);
                    }
                }
                THEN("every text has a contrast of at least 4.5:1 with what it sits on") {
                    for (const repr::SeenText& t : s.audit.texts) {
                        INFO("\"" << t.text << "\" has contrast " << t.contrast);
                        CHECK(t.contrast >= 4.5f);
                    }
                }
                THEN("every shape that carries meaning has a contrast of at least 3:1 with what is around it") {
                    for (const repr::SeenShape& sh : s.audit.shapes) {
                        INFO("a shape of model " << repr::tagModel(sh.tag) << " kind "
                                                 << static_cast<int>(repr::tagKind(sh.tag)) << " at " << sh.box.x << ","
                                                 << sh.box.y << " has contrast " << sh.contrast);
                        CHECK(sh.contrast >= 3.0f);
                    }
                }
                THEN("no two models cover each other") {
                    for (size_t i = 0; i < s.areas.size(); ++i) {
                        for (size_t j = i + 1; j < s.areas.size(); ++j) {
                            const scene::Rect& a = s.areas[i].second;
                            const scene::Rect& b = s.areas[j].second;
                            INFO("models " << s.areas[i].first << " (" << a.x << "," << a.y << " " << a.w << "x" << a.h
                                           << ") and " << s.areas[j].first << " (" << b.x << "," << b.y << " " << b.w
                                           << "x" << b.h << "), board units");
                            CHECK_FALSE(overlap(s.areas[i].second, s.areas[j].second));
                        }
                    }
                }
            }
        }
    }
}

SCENARIO("A bar's fact family is legible beside a fraction wall", "[legibility]") {
    GIVEN("47 as 40 and 7 in a bar showing its fact family, and a wall comparing 3/8 with 1/4") {
        for (const char* level : {"concrete", "pictorial", "abstract"}) {
            auto loaded = model::boardFromJson(std::string(R"({ "format": "tenfold-board", "version": 1,
              "groups": [ { "id": 1, "parts": [40, 7] }, { "id": 2, "value": 1 } ],
              "models": [ { "id": 3, "kind": "bar", "group": 1, "x": 0, "y": 0, "level": ")") + level + R"(" },
                          { "id": 4, "kind": "bar", "group": 2, "x": 0, "y": 1500, "level": ")" + level + R"(",
                            "bar": { "mode": "fractions", "rows": [ { "parts": 8, "shaded": 3 }, { "parts": 4, "shaded": 1 } ] } } ],
              "nextId": 5 })");
            REQUIRE(loaded.ok());
            for (const auto& [w, h] : {std::pair{1366.0f, 768.0f}, std::pair{1920.0f, 1080.0f}}) {
                WHEN(std::string(level) + " at " + std::to_string(static_cast<int>(w)) + " px wide, after Fit") {
                    Drawn drawn;
                    drawn.factFamilies = {3};
                    const Seen s = seeAfterFit(loaded.value(), w, h, drawn);
                    THEN("the subtraction facts are drawn at least at their smallest size, with contrast") {
                        int facts = 0;
                        for (const repr::SeenText& t : s.audit.texts) {
                            if (t.text.find(" - ") == std::string::npos) continue;
                            ++facts;
                            INFO("\"" << t.text << "\" is " << t.sizePx << " px, contrast " << t.contrast);
                            CHECK(t.sizePx >= repr::floorPx(t.role) - 0.01f);
                            CHECK(t.contrast >= 4.5f);
                        }
                        CHECK(facts >= 2);  // 47 - 40 = 7 and 47 - 7 = 40 (and 3/8 - 1/4 = 1/8 when abstract)
                    }
                    THEN("the two models do not cover each other") {
                        REQUIRE(s.areas.size() == 2);
                        const scene::Rect &a = s.areas[0].second, &b = s.areas[1].second;
                        INFO("bar " << a.x << "," << a.y << " " << a.w << "x" << a.h << ", wall " << b.x << "," << b.y << " "
                                    << b.w << "x" << b.h);
                        CHECK_FALSE(overlap(s.areas[0].second, s.areas[1].second));
                    }
                }
            }
        }
    }
}

// The smallest contrast of any text and of any shape that carries meaning.
std::pair<float, float> leastContrast(const repr::SceneAudit& a) {
    float text = 21, shape = 21;
    for (const repr::SeenText& t : a.texts) text = std::min(text, t.contrast);
    for (const repr::SeenShape& sh : a.shapes) shape = std::min(shape, sh.contrast);
    return {text, shape};
}

SCENARIO("On a classroom board every model's value is read from the back row and sentences from mid-room",
         "[legibility][room]") {
    // 86-inch board, back row 10 m away, 1080 pixels high: 1080 / (86 * 25.4 * 9 / sqrt(337)) = 1.0083 px/mm.
    // 16 arcmin at 10 m is 2 * 10000 * tan(8') = 46.5 mm of capital height: 46.9 px; at 5 m, 23.5 px.
    const float pxPerMm = 1080.0f / (86.0f * 25.4f * 9.0f / std::sqrt(337.0f));
    const float backRowCapPx = 46.54f * pxPerMm, midRoomCapPx = 23.27f * pxPerMm;
    const render::FontAtlas& font = boardFont();
    const float capPerEm = font.capHeight(1.0f);
    REQUIRE(capPerEm > 0.3f);
    const repr::Room room{86, 10};
    const repr::TextFloors floors = repr::roomFloors(room, 1080, 1.0f, capPerEm);
    THEN("the floors come from the room, and are never below the laptop floors") {
        CHECK(floors.numeral * capPerEm == Approx(backRowCapPx).epsilon(0.01));
        CHECK(floors.readout * capPerEm == Approx(midRoomCapPx).epsilon(0.01));
        CHECK(floors.button == repr::kButtonFloorPx);
        const repr::TextFloors nearby = repr::roomFloors(repr::Room{65, 2}, 2160, 2.0f, capPerEm);
        CHECK(nearby == repr::TextFloors{});
        CHECK(repr::roomFloors(repr::Room{}, 1080, 1.0f, capPerEm) == repr::TextFloors{});
    }
    for (const char* name : {"lesson-concrete.json", "six-models-fifteen.json"}) {
        fs::path file = fs::path(TENFOLD_SOURCE_DIR) / "tests" / "golden" / "boards" / name;
        if (!fs::exists(file)) file = fs::path(TENFOLD_SOURCE_DIR) / "tests" / "data" / "boards" / "legibility" / name;
        GIVEN("the board " + std::string(name) + " fitted to the 1920x1080 classroom board") {
            auto loaded = model::loadBoardFile(file.string());
            REQUIRE(loaded.ok());
            const Seen s = seeAfterFit(loaded.value(), 1920, 1080, Drawn{floors, {}});
            THEN("every numeral's capitals reach 16 arcmin from the back row, every readout's from mid-room") {
                int numerals = 0;
                for (const repr::SeenText& t : s.audit.texts) {
                    INFO("\"" << t.text << "\" is " << t.sizePx << " px, capitals " << t.sizePx * capPerEm << " px");
                    if (t.role == scene::TextRole::Numeral) {
                        ++numerals;
                        CHECK(t.sizePx * capPerEm >= backRowCapPx - 0.05f);
                    }
                    if (t.role == scene::TextRole::Readout) CHECK(t.sizePx * capPerEm >= midRoomCapPx - 0.05f);
                }
                CHECK(numerals > 0);
            }
            THEN("no two models cover each other: readouts that grew give way to the model below") {
                for (size_t i = 0; i < s.areas.size(); ++i) {
                    for (size_t j = i + 1; j < s.areas.size(); ++j) {
                        const scene::Rect& a = s.areas[i].second;
                        const scene::Rect& b = s.areas[j].second;
                        INFO("models " << s.areas[i].first << " (" << a.x << "," << a.y << " " << a.w << "x" << a.h
                                       << ") and " << s.areas[j].first << " (" << b.x << "," << b.y << " " << b.w
                                       << "x" << b.h << "), board units");
                        CHECK_FALSE(overlap(a, b));
                    }
                }
            }
        }
    }
}

SCENARIO("Every backdrop keeps text and shapes readable, and high contrast raises both", "[legibility][look]") {
    const std::vector<fs::path> files = boardFiles();
    for (const fs::path& file : files) {
        auto loaded = model::loadBoardFile(file.string());
        REQUIRE(loaded.ok());
        for (const repr::Backdrop backdrop : repr::kBackdrops) {
            GIVEN("the board " + file.filename().string() + " on the backdrop " + std::string(repr::backdropId(backdrop))) {
                const auto [text, shape] = leastContrast(seeAfterFit(loaded.value(), 1366, 768, Drawn{{}, {backdrop, false}}).audit);
                THEN("text keeps 4.5:1 and shapes 3:1") {
                    CHECK(text >= 4.5f);
                    CHECK(shape >= 3.0f);
                }
                WHEN("high contrast is on") {
                    const Seen hc = seeAfterFit(loaded.value(), 1366, 768, Drawn{{}, {backdrop, true}});
                    const auto [hcText, hcShape] = leastContrast(hc.audit);
                    THEN("text reaches 7:1 and shapes 4.5:1, never less than without it") {
                        INFO("text " << text << " -> " << hcText << ", shapes " << shape << " -> " << hcShape);
                        CHECK(hcText >= 7.0f);
                        CHECK(hcShape >= 4.5f);
                        CHECK(hcText >= text);
                        CHECK(hcShape >= shape);
                    }
                }
            }
        }
    }
    GIVEN("the backdrops by name") {
        THEN("each name in the settings gives its backdrop, an unknown one none") {
            for (const repr::Backdrop b : repr::kBackdrops) CHECK(repr::backdropNamed(repr::backdropId(b)) == b);
            CHECK_FALSE(repr::backdropNamed("purple").has_value());
        }
        THEN("every backdrop differs, and high contrast leaves no grid") {
            CHECK_FALSE(repr::surfaceFor({repr::Backdrop::Cream, false}).paper == repr::surfaceFor({}).paper);
            CHECK_FALSE(repr::surfaceFor({repr::Backdrop::BlueTint, false}).paper == repr::surfaceFor({}).paper);
            CHECK(repr::surfaceFor({repr::Backdrop::White, true}).grid.a == 0.0f);
        }
    }
}

SCENARIO("Text keeps its smallest size on screen when the board is zoomed out", "[legibility]") {
    GIVEN("a board drawn at half size (0.5 pixels per unit) at UI scale 1") {
        const repr::TextScale scale{nullptr, 0.5f, 1.0f};
        THEN("a readout of 32 units would be 16 px, so it grows to 28 px (56 units)") {
            CHECK(scale.size(scene::TextRole::Readout, 32.0f) == Approx(56.0f));
        }
        THEN("a numeral grows to 48 px and a button label to 20 px") {
            CHECK(scale.size(scene::TextRole::Numeral, 64.0f) == Approx(96.0f));
            CHECK(scale.size(scene::TextRole::Button, 22.0f) == Approx(40.0f));
        }
        THEN("text already larger than its floor keeps its own size") {
            CHECK(scale.size(scene::TextRole::Readout, 80.0f) == Approx(80.0f));
        }
        THEN("a piece's label under 10 px is not legible, one of 10 px is") {
            CHECK_FALSE(scale.legible(19.0f));
            CHECK(scale.legible(20.0f));
        }
    }
    GIVEN("a 4K whiteboard at UI scale 2, at the same zoom") {
        const repr::TextScale scale{nullptr, 1.0f, 2.0f};
        THEN("floors are twice as many pixels, so the layout is the same, twice as large") {
            CHECK(scale.size(scene::TextRole::Readout, 32.0f) == Approx(56.0f));
        }
    }
    GIVEN("no zoom (a picture of the board alone)") {
        const repr::TextScale scale;
        THEN("text has its own size") { CHECK(scale.size(scene::TextRole::Numeral, 10.0f) == 10.0f); }
    }
}

SCENARIO("Long lines wrap at their spaces and keep every word in order", "[legibility]") {
    const repr::FixedAdvances metrics(0.5f);  // 10 units a character at size 20
    GIVEN("a stem sentence and room for 12 characters") {
        const std::string s = "1 ten and 5 ones make 15.";
        const auto lines = repr::wrapText(s, 20.0f, 120.0f, metrics);
        THEN("each line fits and the lines read as the sentence") {
            std::string joined;
            for (const std::string& l : lines) {
                CHECK(metrics.measure(l, 20.0f) <= 120.0f);
                joined += (joined.empty() ? "" : " ") + l;
            }
            CHECK(joined == s);
            CHECK(lines == std::vector<std::string>{"1 ten and 5", "ones make", "15."});
        }
    }
    GIVEN("a word longer than the room") {
        const auto lines = repr::wrapText("a hundredths b", 20.0f, 50.0f, metrics);
        THEN("it stays whole on a line of its own") {
            CHECK(lines == std::vector<std::string>{"a", "hundredths", "b"});
        }
    }
    GIVEN("a line that fits") {
        THEN("it is left as it is") { CHECK(repr::wrapText("47", 20.0f, 500.0f, metrics) == std::vector<std::string>{"47"}); }
    }
}

SCENARIO("Contrast is measured as WCAG 2.2 measures it", "[legibility]") {
    const scene::Colour white = scene::Colour::rgb(0xFFFFFF), black = scene::Colour::rgb(0x000000);
    THEN("black on white is 21:1 and a colour on itself 1:1") {
        CHECK(repr::contrastRatio(black, white) == Approx(21.0f));
        CHECK(repr::contrastRatio(white, black) == Approx(21.0f));
        CHECK(repr::contrastRatio(white, white) == Approx(1.0f));
    }
    THEN("#767676 on white is just over 4.5:1, #777777 just under") {
        CHECK(repr::contrastRatio(scene::Colour::rgb(0x767676), white) == Approx(4.54f).epsilon(0.01));
        CHECK(repr::contrastRatio(scene::Colour::rgb(0x777777), white) < 4.5f);
    }
    THEN("half-transparent black over white is a middle grey") {
        const scene::Colour grey = repr::over(scene::Colour::rgb(0x000000, 0.5f), white);
        CHECK(grey.r == Approx(0.5f));
        CHECK(grey.a == 1.0f);
    }
}

SCENARIO("Fit settles although the board's text grows as it zooms out", "[legibility]") {
    GIVEN("a board of 1000 units of shapes plus 300 pixels of text, on a 1000-pixel screen") {
        auto area = [](float ppu) { return scene::Rect{0, 0, 1000.0f + 300.0f / ppu, 100}; };
        auto fit = [](const scene::Rect& r) { return 1000.0f / r.w; };
        scene::Rect last{};
        const float zoom = repr::settleZoom(1.0f, [&](float ppu) { return last = area(ppu); }, fit);
        THEN("the zoom is the one at which the board built for it just fits (0.7)") {
            CHECK(zoom == Approx(0.7f).epsilon(0.01));
            CHECK(last.w * zoom == Approx(1000.0f).epsilon(0.01));
        }
    }
}

SCENARIO("The audit reads text against what it sits on", "[legibility]") {
    GIVEN("grey text on paper and dark text on a white card") {
        scene::Scene sc;
        sc.board.shapes.push_back(scene::rect(500, 100, 400, 100, repr::palette::kCard));
        sc.board.texts.push_back(scene::centredText("47", 500, 100, 40, repr::palette::kInk, 0, scene::TextRole::Numeral));
        sc.board.texts.push_back(scene::centredText("forty-seven", 500, 300, 20, scene::Colour::rgb(0xB0B0B0), 0,
                                                    scene::TextRole::Readout));
        const repr::ScreenTransform t{500, 300, 1.0f, 1000, 600};
        const repr::SceneAudit a = repr::auditScene(sc, t, t, repr::palette::kPaper, repr::FixedAdvances(0.5f));
        REQUIRE(a.texts.size() == 2);
        THEN("each is measured on its own backdrop, at its size on screen") {
            CHECK(a.texts[0].backdrop == scene::Colour::rgb(0xFFFFFF));
            CHECK(a.texts[0].contrast > 12.0f);
            CHECK(a.texts[1].contrast < 2.5f);
            CHECK(a.texts[1].sizePx == Approx(20.0f));
        }
        THEN("the card is a shape with its contrast against the paper") {
            REQUIRE(a.shapes.size() == 1);
            CHECK(a.shapes[0].contrast < 1.2f);
        }
    }
}

// Not run by ctest: prints each board's smallest text and lowest contrasts (for measuring a change).
//   build/tenfold_legibility_tests "[.report]"
TEST_CASE("Report: smallest text and lowest contrast of each board at 1366x768", "[.report]") {
    std::ostringstream out;
    for (const fs::path& file : boardFiles()) {
        auto loaded = model::loadBoardFile(file.string());
        REQUIRE(loaded.ok());
        const Seen s = seeAfterFit(loaded.value(), 1366, 768);
        float smallest[3] = {1e9f, 1e9f, 1e9f}, any = 1e9f, text = 21, shape = 21;
        for (const repr::SeenText& t : s.audit.texts) {
            any = std::min(any, t.sizePx);
            text = std::min(text, t.contrast);
            if (t.role == scene::TextRole::Numeral) smallest[0] = std::min(smallest[0], t.sizePx);
            if (t.role == scene::TextRole::Readout) smallest[1] = std::min(smallest[1], t.sizePx);
            if (t.role == scene::TextRole::Button) smallest[2] = std::min(smallest[2], t.sizePx);
        }
        for (const repr::SeenShape& sh : s.audit.shapes) shape = std::min(shape, sh.contrast);
        int overlaps = 0;
        for (size_t i = 0; i < s.areas.size(); ++i) {
            for (size_t j = i + 1; j < s.areas.size(); ++j) overlaps += overlap(s.areas[i].second, s.areas[j].second) ? 1 : 0;
        }
        auto px = [](float v) { return v > 1e8f ? std::string("-") : std::to_string(static_cast<int>(v * 10 + 0.5f) / 10.0f).substr(0, 4); };
        out << file.filename().string() << ": zoom " << s.camera.pixelsPerUnit() << ", smallest numeral " << px(smallest[0])
            << " px, readout " << px(smallest[1]) << " px, button " << px(smallest[2]) << " px, any text " << px(any)
            << " px; lowest contrast text " << text << ", shape " << shape << "; overlapping models " << overlaps << "\n";
    }
    WARN(out.str());
}
