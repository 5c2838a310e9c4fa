// Images and GL textures for the chrome around the board: decoding PNG files into RGBA pixels (stb_image
// from Debian's libstb) and uploading RGBA pixels, from a file or from a buffer the app rendered itself
// (board thumbnails), into a GL texture owned by a small RAII class.
#pragma once

#include "render/gl.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "model/result.hpp"

namespace tenfold::render {

// Larger pictures are refused before decoding: the app's own icons are 128 px, thumbnails a few hundred.
inline constexpr int kMaxImageSide = 4096;
inline constexpr std::uintmax_t kMaxImageFileBytes = 32u * 1024u * 1024u;

// RGBA8 pixels, top row first, width * height * 4 bytes.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

// Decodes a PNG (or any format stb_image reads) into RGBA8. A missing, unreadable, too large or broken file
// gives an Error naming the file and the reason; never a crash.
model::Result<Image> loadImage(const std::filesystem::path& path);

// One GL texture (RGBA8, linear filtering with mipmaps, clamped edges). Move-only; the texture is deleted
// with the object. Needs a current GL context for uploading and deleting.
class Texture {
public:
    Texture() = default;
    Texture(const Texture&) = delete;
    Texture& operator=(const Texture&) = delete;
    Texture(Texture&& other) noexcept;
    Texture& operator=(Texture&& other) noexcept;
    ~Texture();

    // Uploads `image`; an empty or inconsistent image gives an Error and an empty texture.
    static model::Result<Texture> fromImage(const Image& image);
    // Uploads a pixel buffer (RGBA8, top row first, width * height * 4 bytes), e.g. a rendered thumbnail.
    static model::Result<Texture> fromPixels(const std::uint8_t* rgba, std::size_t bytes, int width, int height);

    bool valid() const { return id_ != 0; }
    GLuint id() const { return id_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    void release();
    GLuint id_ = 0;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace tenfold::render
