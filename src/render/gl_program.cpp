// Compiling and linking GLSL programs from the embedded shader sources.
#include "render/gl_program.hpp"

#include "render/shader_sources.hpp"

#include <stdexcept>
#include <vector>

namespace tenfold::render {

std::string glslPrelude() {
#ifdef __EMSCRIPTEN__
    return "#version 300 es\nprecision highp float;\nprecision highp int;\n";
#else
    return "#version 330 core\n";
#endif
}

namespace {

std::string sourceNamed(const std::string& name) {
    for (const ShaderSource& s : shaderSources()) {
        if (name == s.name) return s.text;
    }
    throw std::runtime_error("shader not found: " + name);
}

GLuint compile(GLenum type, const std::string& name) {
    const std::string text = glslPrelude() + sourceNamed(name);
    const char* ptr = text.c_str();
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &ptr, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint length = 0;
        glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
        std::vector<char> log(static_cast<size_t>(length > 1 ? length : 1), '\0');
        glGetShaderInfoLog(shader, length, nullptr, log.data());
        glDeleteShader(shader);
        throw std::runtime_error("shader " + name + " does not compile: " + log.data());
    }
    return shader;
}

}  // namespace

GLuint buildProgram(const std::string& vertexName, const std::string& fragmentName) {
    GLuint vs = compile(GL_VERTEX_SHADER, vertexName);
    GLuint fs = compile(GL_FRAGMENT_SHADER, fragmentName);
    GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint length = 0;
        glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
        std::vector<char> log(static_cast<size_t>(length > 1 ? length : 1), '\0');
        glGetProgramInfoLog(program, length, nullptr, log.data());
        glDeleteProgram(program);
        throw std::runtime_error("shaders " + vertexName + " + " + fragmentName + " do not link: " + log.data());
    }
    return program;
}

}  // namespace tenfold::render
