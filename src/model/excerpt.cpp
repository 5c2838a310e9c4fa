// Excerpts of untrusted text for messages.
#include "model/excerpt.hpp"

#include <algorithm>

namespace tenfold::model {
namespace {

constexpr std::string_view kEllipsis = "...";

}  // namespace

std::string excerpt(std::string_view text, std::size_t maxBytes) {
    std::string out;
    out.reserve(std::min(text.size(), maxBytes) + kEllipsis.size());
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        const std::size_t length = decodeUtf8(text, i, cp);
        const std::size_t shown = length == 0 ? 1 : length;
        if (out.size() + shown > maxBytes) break;
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (length == 0) out += '?';
        else if (c == '\t' || c == '\n' || c == '\r') out += ' ';
        else if (c < 0x20 || c == 0x7F) out += '?';
        else out.append(text.substr(i, length));
        i += shown;
    }
    if (i < text.size()) out += kEllipsis;
    return out;
}

std::size_t decodeUtf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    std::size_t length = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (i + length > s.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

}  // namespace tenfold::model
