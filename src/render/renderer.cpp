// OpenGL drawing of the paper, of instanced signed-distance shapes and of signed-distance text.
#include "render/renderer.hpp"

#include "render/gl_program.hpp"

#include <chrono>
#include <stdexcept>

namespace tenfold::render {

namespace {
constexpr int kShapeFloats = 20;  // rect 4, fill 4, outline 4, params 4, cells 4
constexpr int kTextFloats = 12;   // rect 4, uv 4, colour 4

void instanceAttribute(GLuint index, int offsetFloats, int strideFloats) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, 4, GL_FLOAT, GL_FALSE, strideFloats * static_cast<GLsizei>(sizeof(float)),
                          reinterpret_cast<const void*>(static_cast<uintptr_t>(offsetFloats) * sizeof(float)));
    glVertexAttribDivisor(index, 1);
}

void push(std::vector<float>& v, const scene::Colour& c) {
    v.insert(v.end(), {c.r, c.g, c.b, c.a});
}
}  // namespace

Renderer::~Renderer() {
    if (!shapeProgram_) return;
    glDeleteProgram(shapeProgram_);
    glDeleteProgram(textProgram_);
    glDeleteProgram(backgroundProgram_);
    GLuint buffers[] = {quadVbo_, unitQuadVbo_, shapeInstances_, textInstances_};
    glDeleteBuffers(4, buffers);
    GLuint arrays[] = {shapeVao_, textVao_, emptyVao_};
    glDeleteVertexArrays(3, arrays);
    glDeleteTextures(1, &fontTexture_);
}

void Renderer::init(const std::string& fontPath) {
    shapeProgram_ = buildProgram("shape.vert", "shape.frag");
    textProgram_ = buildProgram("text.vert", "text.frag");
    backgroundProgram_ = buildProgram("background.vert", "background.frag");

    const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    const float unit[] = {0, 0, 1, 0, 0, 1, 1, 1};
    glGenBuffers(1, &quadVbo_);
    glBindBuffer(GL_ARRAY_BUFFER, quadVbo_);
    glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    glGenBuffers(1, &unitQuadVbo_);
    glBindBuffer(GL_ARRAY_BUFFER, unitQuadVbo_);
    glBufferData(GL_ARRAY_BUFFER, sizeof(unit), unit, GL_STATIC_DRAW);

    glGenVertexArrays(1, &shapeVao_);
    glBindVertexArray(shapeVao_);
    glBindBuffer(GL_ARRAY_BUFFER, quadVbo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glGenBuffers(1, &shapeInstances_);
    glBindBuffer(GL_ARRAY_BUFFER, shapeInstances_);
    for (GLuint i = 0; i < 5; ++i) instanceAttribute(1 + i, static_cast<int>(i) * 4, kShapeFloats);

    glGenVertexArrays(1, &textVao_);
    glBindVertexArray(textVao_);
    glBindBuffer(GL_ARRAY_BUFFER, unitQuadVbo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glGenBuffers(1, &textInstances_);
    glBindBuffer(GL_ARRAY_BUFFER, textInstances_);
    for (GLuint i = 0; i < 3; ++i) instanceAttribute(1 + i, static_cast<int>(i) * 4, kTextFloats);

    glGenVertexArrays(1, &emptyVao_);
    glBindVertexArray(0);

    std::string error;
    if (fontPath.empty()) {
        warning_ = "no board font found (install fonts-sil-andika): board text is not drawn";
    } else if (const auto t0 = std::chrono::steady_clock::now(); !font_.build(fontPath, error)) {
        warning_ = error + ": board text is not drawn";
    } else {
        glGenTextures(1, &fontTexture_);
        glBindTexture(GL_TEXTURE_2D, fontTexture_);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, font_.width(), font_.height(), 0, GL_RED, GL_UNSIGNED_BYTE,
                     font_.pixels().data());
        atlasMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
}

void Renderer::uploadView(GLuint program, const View& view) {
    glUniform2f(glGetUniformLocation(program, "uScreen"), static_cast<float>(width_), static_cast<float>(height_));
    glUniform3f(glGetUniformLocation(program, "uView"), view.centreX, view.centreY, view.pixelsPerUnit);
}

void Renderer::beginFrame(int width, int height, const Paper& paper, const View& view) {
    width_ = width;
    height_ = height;
    shapesDrawn_ = glyphsDrawn_ = 0;
    glViewport(0, 0, width, height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glUseProgram(backgroundProgram_);
    uploadView(backgroundProgram_, view);
    glUniform4f(glGetUniformLocation(backgroundProgram_, "uPaper"), paper.paper.r, paper.paper.g, paper.paper.b, 1.0f);
    glUniform4f(glGetUniformLocation(backgroundProgram_, "uGrid"), paper.grid.r, paper.grid.g, paper.grid.b,
                paper.grid.a);
    glUniform1f(glGetUniformLocation(backgroundProgram_, "uSpacing"), paper.gridSpacing);
    glBindVertexArray(emptyVao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void Renderer::drawLayer(const scene::Layer& layer, const View& view) {
    drawShapes(layer.shapes, view);
    drawTexts(layer.texts, view);
}

void Renderer::drawShapes(const std::vector<scene::Shape>& shapes, const View& view) {
    if (shapes.empty()) return;
    shapeData_.clear();
    shapeData_.reserve(shapes.size() * kShapeFloats);
    for (const scene::Shape& s : shapes) {
        if (s.kind == scene::ShapeKind::Capsule) {
            shapeData_.insert(shapeData_.end(), {s.x, s.y, s.w, s.h});
        } else {
            shapeData_.insert(shapeData_.end(), {s.x, s.y, 0.5f * s.w, 0.5f * s.h});
        }
        push(shapeData_, s.fill);
        push(shapeData_, s.outline);
        shapeData_.insert(shapeData_.end(), {static_cast<float>(s.kind), s.radius, s.outlineWidth, s.shading});
        shapeData_.insert(shapeData_.end(), {static_cast<float>(s.cellsX), static_cast<float>(s.cellsY), s.cellLine,
                                             s.kind == scene::ShapeKind::Capsule ? s.radius : 0.0f});
    }
    glUseProgram(shapeProgram_);
    uploadView(shapeProgram_, view);
    glBindVertexArray(shapeVao_);
    glBindBuffer(GL_ARRAY_BUFFER, shapeInstances_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(shapeData_.size() * sizeof(float)), shapeData_.data(),
                 GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(shapes.size()));
    shapesDrawn_ += shapes.size();
}

void Renderer::drawTexts(const std::vector<scene::Text>& texts, const View& view) {
    if (texts.empty() || !font_.ready()) return;
    textData_.clear();
    size_t glyphs = 0;
    for (const scene::Text& t : texts) {
        float x = t.x;
        if (t.align != scene::Align::Left) {
            float w = font_.measure(t.text, t.size);
            x -= (t.align == scene::Align::Centre) ? 0.5f * w : w;
        }
        glyphScratch_.clear();
        font_.layout(t.text, x, t.y, t.size, glyphScratch_);
        for (const GlyphQuad& q : glyphScratch_) {
            textData_.insert(textData_.end(), {q.x0, q.y0, q.x1, q.y1, q.u0, q.v0, q.u1, q.v1});
            push(textData_, t.colour);
        }
        glyphs += glyphScratch_.size();
    }
    if (glyphs == 0) return;
    glUseProgram(textProgram_);
    uploadView(textProgram_, view);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glUniform1i(glGetUniformLocation(textProgram_, "uAtlas"), 0);
    glUniform2f(glGetUniformLocation(textProgram_, "uAtlasSize"), static_cast<float>(font_.width()),
                static_cast<float>(font_.height()));
    glUniform1f(glGetUniformLocation(textProgram_, "uOnEdge"), FontAtlas::onEdge());
    glUniform1f(glGetUniformLocation(textProgram_, "uPerTexel"), FontAtlas::perTexel());
    glBindVertexArray(textVao_);
    glBindBuffer(GL_ARRAY_BUFFER, textInstances_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(textData_.size() * sizeof(float)), textData_.data(),
                 GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(glyphs));
    glyphsDrawn_ += glyphs;
}

}  // namespace tenfold::render
