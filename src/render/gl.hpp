// The one place that picks the OpenGL header: libepoxy's loader for desktop OpenGL 3.3 natively, and
// emscripten's OpenGL ES 3.0 header (WebGL2) in the browser. Everything that calls GL includes this.
#pragma once

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <epoxy/gl.h>
#endif
