// Text a class can read: the smallest size each kind of text may have on screen, how the views turn a
// text's own size into the size drawn at the current zoom (text keeps its smallest size when the board is
// zoomed out, as labels on a map do), and WCAG 2.2 contrast (relative luminance, alpha over a backdrop).
// The audit reads a finished scene as a class would see it: every text's size in screen pixels and its
// contrast with what it sits on, every shape's contrast with what is around it.
#pragma once

#include "representations/scene.hpp"
#include "representations/text_metrics.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tenfold::repr {

// Smallest sizes (em, pixels at UI scale 1) of the texts with a floor.
inline constexpr float kNumeralFloorPx = 48.0f;  // the numeral under a chart, a numeral card, a sum
inline constexpr float kReadoutFloorPx = 28.0f;  // forms, words, sentences, values on a model
inline constexpr float kButtonFloorPx = 20.0f;   // Break, Exchange, a model's tab
// Below this no text is drawn: a piece's own label (a counter's "10") that would be smaller is left out,
// since a sign drawn wrong is worse than one not drawn.
inline constexpr float kSmallestTextPx = 10.0f;

// The renderer draws no outline thinner than this on screen (a thinner one would only be a faint blur).
inline constexpr float kThinnestOutlinePx = 1.0f;

// The floor of a role in pixels at UI scale 1 (kSmallestTextPx for roles without a floor of their own).
float floorPx(scene::TextRole role);

// The floors of the roles that have one, pixels at UI scale 1: the laptop floors unless a room asks for more.
struct TextFloors {
    float numeral = kNumeralFloorPx;
    float readout = kReadoutFloorPx;  // also messages
    float button = kButtonFloorPx;
    float of(scene::TextRole role) const;  // kSmallestTextPx for roles without a floor
    bool operator==(const TextFloors&) const = default;
};

// A classroom with its board: the board's diagonal (a 16:9 screen) and the distance from it to the back row.
// The numeral of every model is read from the back row and sentences from the middle of the room; each
// must reach a capital height of 16 minutes of arc there (ISO 9241-3's least; 20-22 preferred).
struct Room {
    float boardInches = 0;    // 0: no room given (a laptop or a desk screen: the laptop floors)
    float backRowMetres = 0;
    bool given() const { return boardInches > 0 && backRowMetres > 0; }
    bool operator==(const Room&) const = default;
};
inline constexpr float kLeastArcminutes = 16.0f;
// The capital height, millimetres, that subtends `arcminutes` at `metres`.
float capHeightMm(float metres, float arcminutes = kLeastArcminutes);
// Pixels per millimetre on a 16:9 screen of `inches` diagonal whose height holds `heightPx` pixels.
float pixelsPerMm(float inches, float heightPx);
// The floors for a room on a screen `screenHeightPx` pixels high, at UI scale `uiScale`, for a font whose
// capitals are `capPerEm` of its size: numerals read from the back row, readouts and sentences from the
// middle of the room, button labels as on a laptop (the teacher stands at the board). Never below the
// laptop floors; the laptop floors when no room is given.
TextFloors roomFloors(const Room& room, float screenHeightPx, float uiScale, float capPerEm);

// Sizes and widths of board text for one zoom.
struct TextScale {
    const TextMetrics* metrics = nullptr;  // null: fallbackMetrics()
    float pixelsPerUnit = 0;               // the zoom drawn at; 0: no floors (pictures of the board alone)
    float uiScale = 1;
    TextFloors floors{};                   // pixels at UI scale 1

    const TextMetrics& font() const { return metrics != nullptr ? *metrics : fallbackMetrics(); }
    float measure(std::string_view utf8, float size) const { return font().measure(utf8, size); }
    // A text of `role` whose own size is `nominal` (board units): at least its floor on screen.
    float size(scene::TextRole role, float nominal) const;
    // Board units of one screen pixel at UI scale 1 (0 without a zoom).
    float unitsPerPx() const { return pixelsPerUnit > 0 ? uiScale / pixelsPerUnit : 0.0f; }
    // False when text of this board size would be drawn under kSmallestTextPx.
    bool legible(float size) const { return pixelsPerUnit <= 0 || size * pixelsPerUnit >= kSmallestTextPx * uiScale; }
};

// Text keeps its smallest size on screen, so the area a board covers depends on the zoom it is built for,
// and the zoom that fits it depends on that area. From `start`, alternately builds the board for a zoom
// (`build` returns its area) and fits that area (`fit` returns the zoom showing it), until the zoom settles
// (each pass moves it less: the text that grows is only part of the board). Returns the zoom, pixels per
// unit, for which `build` was called last.
float settleZoom(float start, const std::function<scene::Rect(float pixelsPerUnit)>& build,
                 const std::function<float(const scene::Rect& area)>& fit);

// Breaks a line of text at spaces so that each piece is at most `room` wide at `size` (greedy; a word wider
// than `room` stays whole on a line of its own). The words and their order never change.
std::vector<std::string> wrapText(std::string_view text, float size, float room, const TextMetrics& metrics);

// WCAG 2.2: relative luminance of an opaque colour, and the contrast ratio of two (1 to 21).
float luminance(const scene::Colour& c);
float contrastRatio(const scene::Colour& a, const scene::Colour& b);
// `top` (with its alpha) over an opaque `bottom`.
scene::Colour over(const scene::Colour& top, const scene::Colour& bottom);

// Where a layer is on screen: its units -> pixels (the board layer through the camera, the screen as is).
struct ScreenTransform {
    float centreX = 0, centreY = 0;  // the layer point at the middle of the screen
    float pixelsPerUnit = 1;
    float width = 0, height = 0;     // the screen, pixels
    float toX(float x) const { return (x - centreX) * pixelsPerUnit + 0.5f * width; }
    float toY(float y) const { return (y - centreY) * pixelsPerUnit + 0.5f * height; }
};

// One text as drawn: its screen box (pixels), em size on screen, colour, backdrop and contrast.
struct SeenText {
    std::string text;
    scene::TextRole role = scene::TextRole::Other;
    bool board = true;         // on the board layer (else the screen layer)
    scene::Rect box;           // from the top of the tallest letters to the bottom of the descenders
    float sizePx = 0;
    scene::Colour colour;      // as drawn (its alpha over the backdrop)
    scene::Colour backdrop;    // what it sits on, opaque
    float contrast = 0;
    std::uint64_t tag = 0;
};
// One shape that carries meaning, with its contrast against what is around it (the better of its fill's
// and its outline's).
struct SeenShape {
    scene::Rect box;           // screen pixels
    float contrast = 0;
    std::uint64_t tag = 0;
};
struct SceneAudit {
    std::vector<SeenText> texts;
    std::vector<SeenShape> shapes;
};

// Reads the board and screen layers as drawn on `paper`. Texts fully faded out are not seen; shapes marked
// as decoration, invisible ones and those under a screen pixel are not counted.
// `ascent`/`descent`: the font's, per em, for the text boxes.
SceneAudit auditScene(const scene::Scene& s, const ScreenTransform& board, const ScreenTransform& screen,
                      const scene::Colour& paper, const TextMetrics& metrics, float ascent = 0.8f, float descent = 0.25f);

}  // namespace tenfold::repr
