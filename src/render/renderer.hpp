// The board renderer: draws the paper background and scene layers (shapes and text) with OpenGL 3.3 core.
// It only draws lists it is given; it keeps no board state.
#pragma once

#include "render/font_atlas.hpp"
#include "representations/scene.hpp"

#include "render/gl.hpp"

#include <string>
#include <vector>

namespace tenfold::render {

// Where the camera looks: the board point at the centre of the target, and how many pixels a unit covers.
struct View {
    float centreX = 0, centreY = 0;
    float pixelsPerUnit = 1;
};

struct Paper {
    scene::Colour paper = scene::Colour::rgb(0xF7F4EC);
    scene::Colour grid = scene::Colour::rgb(0xD9D3C4, 0.55f);
    float gridSpacing = 40.0f;  // board units
};

class Renderer {
public:
    Renderer() = default;
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;
    ~Renderer();

    // Compiles the shaders and builds the font atlas. Throws std::runtime_error on a GL failure; a missing
    // font is not fatal (board text is then skipped and `warning()` says why).
    void init(const std::string& fontPath);
    const std::string& warning() const { return warning_; }
    const FontAtlas& font() const { return font_; }
    // How long building and uploading the font atlas took (milliseconds), for the benchmark.
    double atlasMs() const { return atlasMs_; }

    // Draws into the currently bound framebuffer of the given pixel size.
    void beginFrame(int width, int height, const Paper& paper, const View& view);
    void drawLayer(const scene::Layer& layer, const View& view);

    // Counters of the last frame, for the benchmark.
    size_t shapesDrawn() const { return shapesDrawn_; }
    size_t glyphsDrawn() const { return glyphsDrawn_; }

private:
    void uploadView(GLuint program, const View& view);
    void drawShapes(const std::vector<scene::Shape>& shapes, const View& view);
    void drawTexts(const std::vector<scene::Text>& texts, const View& view);

    GLuint shapeProgram_ = 0, textProgram_ = 0, backgroundProgram_ = 0;
    GLuint quadVbo_ = 0, unitQuadVbo_ = 0;
    GLuint shapeVao_ = 0, shapeInstances_ = 0;
    GLuint textVao_ = 0, textInstances_ = 0;
    GLuint emptyVao_ = 0;
    GLuint fontTexture_ = 0;
    FontAtlas font_;
    std::string warning_;
    int width_ = 0, height_ = 0;
    size_t shapesDrawn_ = 0, glyphsDrawn_ = 0;
    double atlasMs_ = 0;
    std::vector<float> shapeData_;
    std::vector<float> textData_;
    std::vector<GlyphQuad> glyphScratch_;
};

}  // namespace tenfold::render
