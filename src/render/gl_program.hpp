// Compiling and linking GLSL programs, with readable errors. OpenGL only.
#pragma once
#include "render/gl.hpp"

#include <string>

namespace tenfold::render {

// The GLSL dialect line put in front of every shader: desktop GL 3.3 core, or GLSL ES 3.00 on the web.
std::string glslPrelude();

// Builds a program from two embedded shader files (by name, e.g. "shape.vert"). Throws std::runtime_error
// naming the file and the compiler's log when compiling or linking fails.
GLuint buildProgram(const std::string& vertexName, const std::string& fragmentName);

}  // namespace tenfold::render
