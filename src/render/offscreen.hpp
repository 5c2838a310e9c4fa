// An offscreen colour target (framebuffer object) of any size, read back to RGBA pixels and written as PNG.
// Used by --screenshot, --bench and the render tests, so they do not depend on a window's size.
#pragma once

#include "render/gl.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tenfold::render {

class OffscreenTarget {
public:
    OffscreenTarget(int width, int height);  // throws std::runtime_error when the FBO is incomplete
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;
    ~OffscreenTarget();

    void bind() const;
    int width() const { return width_; }
    int height() const { return height_; }
    // Top row first, RGBA8.
    std::vector<std::uint8_t> readPixels() const;

private:
    GLuint fbo_ = 0, colour_ = 0;
    int width_, height_;
};

// Writes RGBA8 pixels (top row first) as a PNG, atomically through the file seam (model::fileStore()).
// Returns false with a reason when the file cannot be written (a full disk, a device such as /dev/full).
bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba,
              std::string& error);

}  // namespace tenfold::render
