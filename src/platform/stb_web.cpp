// The stb implementations for the browser build. Natively they come from Debian's libstb.so; for WebAssembly
// they are compiled once, here, from Debian's stb headers (/usr/include/stb), for the app and for Dear ImGui.
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_TRUETYPE_IMPLEMENTATION
#define STB_RECT_PACK_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>
#include <stb_rect_pack.h>
#include <stb_truetype.h>
