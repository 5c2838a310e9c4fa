// Decoding images with stb_image and uploading them as mipmapped GL textures.
#include "render/texture.hpp"

#include <stb_image.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <utility>

namespace tenfold::render {

namespace {

constexpr int kChannels = 4;  // RGBA

struct StbFree {
    void operator()(stbi_uc* p) const { stbi_image_free(p); }
};

model::Error fileError(const std::filesystem::path& path, const std::string& reason) {
    return model::Error{"cannot load image '" + path.string() + "': " + reason};
}

}  // namespace

model::Result<Image> loadImage(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return fileError(path, std::filesystem::exists(path, ec) ? "not a file" : "no such file");
    }
    const std::uintmax_t bytes = std::filesystem::file_size(path, ec);
    if (ec) return fileError(path, ec.message());
    if (bytes > kMaxImageFileBytes) return fileError(path, "the file is too large");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fileError(path, "cannot open the file");
    const std::vector<stbi_uc> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (data.empty()) return fileError(path, "the file is empty");

    int width = 0, height = 0, channels = 0;
    const int length = static_cast<int>(data.size());
    if (!stbi_info_from_memory(data.data(), length, &width, &height, &channels)) {
        const char* why = stbi_failure_reason();
        return fileError(path, std::string("not a readable image (") + (why ? why : "unknown format") + ")");
    }
    if (width <= 0 || height <= 0 || width > kMaxImageSide || height > kMaxImageSide) {
        return fileError(path, "the picture is " + std::to_string(width) + "x" + std::to_string(height) +
                                   " pixels; at most " + std::to_string(kMaxImageSide) + " a side is allowed");
    }
    std::unique_ptr<stbi_uc, StbFree> pixels(
        stbi_load_from_memory(data.data(), length, &width, &height, &channels, kChannels));
    if (!pixels) {
        const char* why = stbi_failure_reason();
        return fileError(path, std::string("the image is broken (") + (why ? why : "unknown reason") + ")");
    }
    Image image;
    image.width = width;
    image.height = height;
    const auto count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * kChannels;
    image.rgba.assign(pixels.get(), pixels.get() + count);
    return image;
}

Texture::Texture(Texture&& other) noexcept
    : id_(std::exchange(other.id_, 0)), width_(std::exchange(other.width_, 0)),
      height_(std::exchange(other.height_, 0)) {}

Texture& Texture::operator=(Texture&& other) noexcept {
    if (this != &other) {
        release();
        id_ = std::exchange(other.id_, 0);
        width_ = std::exchange(other.width_, 0);
        height_ = std::exchange(other.height_, 0);
    }
    return *this;
}

Texture::~Texture() { release(); }

void Texture::release() {
    if (id_ != 0) glDeleteTextures(1, &id_);
    id_ = 0;
    width_ = height_ = 0;
}

model::Result<Texture> Texture::fromImage(const Image& image) {
    return fromPixels(image.rgba.data(), image.rgba.size(), image.width, image.height);
}

model::Result<Texture> Texture::fromPixels(const std::uint8_t* rgba, std::size_t bytes, int width, int height) {
    if (width <= 0 || height <= 0 || width > kMaxImageSide || height > kMaxImageSide) {
        return model::Error{"cannot make a texture of " + std::to_string(width) + "x" + std::to_string(height) +
                            " pixels"};
    }
    const auto expected = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * kChannels;
    if (rgba == nullptr || bytes != expected) {
        return model::Error{"cannot make a texture: expected " + std::to_string(expected) + " bytes of pixels, got " +
                            std::to_string(rgba == nullptr ? 0 : bytes)};
    }
    Texture texture;
    glGenTextures(1, &texture.id_);
    if (texture.id_ == 0) return model::Error{"cannot make a texture: the GL driver gave no texture name"};
    texture.width_ = width;
    texture.height_ = height;
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    GLint previousAlignment = 0;
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &previousAlignment);
    glBindTexture(GL_TEXTURE_2D, texture.id_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, previousAlignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    return texture;
}

}  // namespace tenfold::render
