// Offscreen framebuffer, pixel read-back and PNG output (stb_image_write from Debian's libstb).
#include "render/offscreen.hpp"

#include <stb_image_write.h>

#include "model/file_store.hpp"

#include <cstring>
#include <stdexcept>

namespace tenfold::render {

OffscreenTarget::OffscreenTarget(int width, int height) : width_(width), height_(height) {
    glGenTextures(1, &colour_);
    glBindTexture(GL_TEXTURE_2D, colour_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        throw std::runtime_error("cannot create an offscreen image of " + std::to_string(width) + "x" +
                                 std::to_string(height) + " pixels");
    }
}

OffscreenTarget::~OffscreenTarget() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &fbo_);
    glDeleteTextures(1, &colour_);
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }

std::vector<std::uint8_t> OffscreenTarget::readPixels() const {
    const size_t row = static_cast<size_t>(width_) * 4;
    std::vector<std::uint8_t> pixels(row * static_cast<size_t>(height_));
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    std::vector<std::uint8_t> flipped(pixels.size());  // GL's first row is the bottom one
    for (int y = 0; y < height_; ++y) {
        std::memcpy(flipped.data() + static_cast<size_t>(y) * row,
                    pixels.data() + static_cast<size_t>(height_ - 1 - y) * row, row);
    }
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;  // the board is opaque
    return flipped;
}

bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba,
              std::string& error) {
    // Encoded in memory, then saved through the file seam (atomic, every write checked), so a full disk
    // or a device such as /dev/full is reported instead of leaving an empty or half picture.
    std::string png;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (width <= 0 || height <= 0 || rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4 ||
        !stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4)) {
        error = "cannot write " + path + ": the picture could not be encoded";
        return false;
    }
    const model::Status saved = model::fileStore().write(path, png);
    if (!saved) {
        error = "cannot write " + path + ": " + saved.error().message;
        return false;
    }
    return true;
}

}  // namespace tenfold::render
