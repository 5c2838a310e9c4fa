// GLSL sources from shaders/, embedded at build time (cmake/embed_shaders.cmake).
#pragma once
#include <string>
#include <vector>

namespace tenfold::render {

struct ShaderSource {
    const char* name;
    const char* text;
};

const std::vector<ShaderSource>& shaderSources();

}  // namespace tenfold::render
