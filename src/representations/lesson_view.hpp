// What a lesson puts on the screen layer, over the board: the banner at the top with the step ("Step 3 of
// 7: Partition numbers to 100") and its prompt in large letters (readable from the back of the room: at
// least as large as the numeral under a chart), the card that answers a Check in full sentences ("Right!"
// or "Not yet", then the stem sentence or the hint), and the ring that points at the model a verdict is
// about. Pure layout on screen pixels; text widths come from the caller's font (MeasureText).
#pragma once

#include "representations/scene.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tenfold::repr {

// Width in pixels of `text` at em size `size` pixels (the renderer's font).
using MeasureText = std::function<float(std::string_view text, float size)>;

// Sizes at UI scale 1, in pixels.
inline constexpr float kPromptTextSize = 52.0f;   // the prompt, at the least
inline constexpr float kPromptMaxScale = 2.5f;    // ... and at most this many times that
inline constexpr float kStepHeaderTextSize = 28.0f;
inline constexpr float kVerdictHeadingSize = 40.0f;
inline constexpr float kVerdictTextSize = 32.0f;
inline constexpr float kLineSpacing = 1.25f;      // line height / em size
inline constexpr float kPromptLineSpacing = 1.15f;  // the prompt's: its large letters need less room between lines

// The lines of `text` at `size` that fit `width`, broken at spaces (a word longer than the width stands on
// a line of its own). Empty text gives no lines.
std::vector<std::string> wrapText(std::string_view text, float size, float width, const MeasureText& measure);

// The banner: a header line and, unless hidden, the prompt.
struct Banner {
    std::string header;
    std::string prompt;                // empty: the prompt is hidden
    scene::Rect area;                  // the card, screen pixels
    float promptSize = 0;              // the prompt's em size, pixels
    std::vector<std::string> lines;    // the prompt, wrapped
    float headerSize = 0;
};
// The banner between `left` and `right`, its top at `top`, with the prompt at `promptSize` pixels.
Banner layoutBanner(std::string header, std::string prompt, float left, float top, float right, float promptSize,
                    float uiScale, const MeasureText& measure);
void buildBanner(scene::Layer& screen, const Banner& banner, float uiScale);

// The answer to Check.
struct VerdictCard {
    bool right = false;
    std::string heading;               // "Right!" or "Not yet"
    std::vector<std::string> lines;    // the sentence, wrapped
    scene::Rect area;                  // where it stands (set before building)
    float headingSize = 0, textSize = 0;
};
// The card's lines and size (at most `maxWidth` wide); its place is set by the caller.
VerdictCard layoutVerdict(bool right, std::string heading, std::string_view sentence, float maxWidth, float uiScale,
                          const MeasureText& measure);
void buildVerdict(scene::Layer& screen, const VerdictCard& card, float uiScale);

// A ring around a model's area on screen (the model a verdict is about), drawn clear of its edges.
void buildHighlight(scene::Layer& screen, const scene::Rect& area, float uiScale);

}  // namespace tenfold::repr
