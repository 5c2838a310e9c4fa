# Turns the GLSL files in shaders/ into a C++ source file, so the binary needs no shader files at run time.
# Usage: cmake -DOUT=<file.cpp> -DSHADERS="a.vert|a.frag|..." -P embed_shaders.cmake
set(body "// Generated from shaders/ by cmake/embed_shaders.cmake. Do not edit.\n#include \"render/shader_sources.hpp\"\nnamespace tenfold::render {\n")
string(APPEND body "const std::vector<ShaderSource>& shaderSources() {\n  static const std::vector<ShaderSource> sources = {\n")
string(REPLACE "|" ";" SHADERS "${SHADERS}")
foreach(path IN LISTS SHADERS)
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" text)
  string(APPEND body "    {\"${name}\", R\"TENFOLD_GLSL(${text})TENFOLD_GLSL\"},\n")
endforeach()
string(APPEND body "  };\n  return sources;\n}\n}  // namespace tenfold::render\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
