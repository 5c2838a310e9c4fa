// A plain list of things to draw: shapes and text, each tagged with the model id it shows.
// Representations build scenes from board state; the renderer only draws them; hit tests and layout
// are tested on scenes without a GPU. Pure C++: no SDL, GL, ImGui or stb here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tenfold::scene {

struct Colour {
    float r = 0, g = 0, b = 0, a = 1;
    static constexpr Colour rgb(std::uint32_t hex, float alpha = 1.0f) {
        return {static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha};
    }
    bool operator==(const Colour&) const = default;
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;  // top-left corner and size
};

enum class ShapeKind : std::uint8_t { RoundedRect = 0, Disc = 1, Ring = 2, Capsule = 3 };

// Units: board units for the board layer, pixels for the screen layer.
struct Shape {
    ShapeKind kind = ShapeKind::RoundedRect;
    float x = 0, y = 0;          // centre (capsule: first end)
    float w = 0, h = 0;          // full size (disc/ring: w = diameter; capsule: second end in x,y = w,h)
    float radius = 0;            // corner radius (capsule: line half-thickness)
    Colour fill;
    Colour outline{0, 0, 0, 0};
    float outlineWidth = 0;
    float shading = 0;           // 0 flat .. 1 gentle bevel
    int cellsX = 1, cellsY = 1;  // inner cell lines (a rod is 1 x 10 cells)
    float cellLine = 0;          // strength of the inner cell lines, 0..1
    std::uint64_t tag = 0;       // model or piece id, 0 for decoration
    bool decoration = false;     // carries no meaning of its own (a shadow, a tint behind a heading)
};

enum class Align : std::uint8_t { Left, Centre, Right };

// What a text is for, which decides the smallest size it may be drawn at on screen (legibility.hpp).
//   Numeral: a model's value as a numeral (under a chart, on a numeral card, an abstract card's sum).
//   Readout: the other forms and sentences a child reads (40 + 7, forty-seven, 4 tens and 7 ones make 47.),
//            the values shown on a model's parts and their labels.
//   Button: a control's label on the board (Break, Exchange, a model's tab).
//   Label: text that belongs to a drawn thing and sizes with it (a counter's value, a column heading).
//   Message: a line from the app to the class (screen layer).
enum class TextRole : std::uint8_t { Other, Numeral, Readout, Button, Label, Message };

struct Text {
    std::string text;            // UTF-8
    float x = 0, y = 0;          // anchor: baseline-centre for Centre, baseline-left for Left
    float size = 24;             // em height in the layer's units
    Colour colour;
    Align align = Align::Left;
    std::uint64_t tag = 0;
    TextRole role = TextRole::Other;
};

struct Layer {
    std::vector<Shape> shapes;
    std::vector<Text> texts;     // drawn after the shapes of the same layer
    // The zoom (pixels per unit) the texts were sized for: text keeps a smallest size on screen, so a layer
    // built for one zoom is rebuilt for another. 0: sized for no zoom in particular.
    float pixelsPerUnit = 0;
    void clear() { shapes.clear(); texts.clear(); pixelsPerUnit = 0; }
    bool empty() const { return shapes.empty() && texts.empty(); }
};

// The board layer pans and zooms with the camera; the screen layer (trays, hints) stays put.
struct Scene {
    Layer board;
    Layer screen;
};

Shape disc(float cx, float cy, float diameter, Colour fill);
Shape rect(float cx, float cy, float w, float h, Colour fill, float radius = 0);
Shape capsule(float x0, float y0, float x1, float y1, float halfThickness, Colour colour);
// Text centred on (x, y): the baseline sits so that the digits' middle is at y.
Text centredText(std::string s, float x, float y, float size, Colour colour, std::uint64_t tag = 0,
                 TextRole role = TextRole::Other);
// The smallest rectangle holding both; an empty rectangle (no width and no height) adds nothing.
Rect unite(const Rect& a, const Rect& b);

}  // namespace tenfold::scene
