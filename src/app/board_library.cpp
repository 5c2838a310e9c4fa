// The boards folder, listing its boards, and safe file names from names typed by a teacher.
#include "app/board_library.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>
#include <utility>

#include "model/board_file.hpp"

namespace tenfold::app {

namespace {

bool absolute(const char* value) { return value != nullptr && value[0] == '/'; }

// Characters kept besides letters, digits and spaces: harmless in a file name on every system.
constexpr std::string_view kKeptPunctuation = "-_()&,+";

// Length in bytes of the UTF-8 sequence starting at s[i] and its code point, or 0 when it is malformed.
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
    constexpr char32_t kMaxCodePoint = 0x10FFFF;
    if (cp < kMinForLength[length] || cp > kMaxCodePoint || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

// Non-ASCII characters that are invisible or reorder text (they could make two names look alike or hide
// part of a name): dropped. Everything else from U+00A0 up is a letter, mark or sign in some language.
bool invisibleOrControl(char32_t cp) {
    return cp < 0xA0 || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFF);
}

bool asciiKept(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           kKeptPunctuation.find(c) != std::string_view::npos;
}

bool asciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

std::filesystem::path boardsFolderPath() {
    if (const char* data = std::getenv("XDG_DATA_HOME"); absolute(data)) {
        return std::filesystem::path(data) / "tenfold" / "boards";
    }
    if (const char* home = std::getenv("HOME"); absolute(home)) {
        return std::filesystem::path(home) / ".local" / "share" / "tenfold" / "boards";
    }
    return {};
}

std::string safeBoardStem(std::string_view typed) {
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < typed.size();) {
        char32_t cp = 0;
        const std::size_t length = decodeUtf8(typed, i, cp);
        if (length == 0) {  // a malformed byte: dropped
            ++i;
            continue;
        }
        const std::string_view piece = typed.substr(i, length);
        i += length;
        if (length == 1 && asciiSpace(piece[0])) {
            pendingSpace = !out.empty();
            continue;
        }
        const bool kept = length == 1 ? asciiKept(piece[0]) : !invisibleOrControl(cp);
        if (!kept) continue;
        const std::size_t extra = pendingSpace ? 1 : 0;
        if (out.size() + extra + piece.size() > kMaxBoardNameBytes) break;
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += piece;
    }
    return out;
}

BoardLibrary::BoardLibrary(std::filesystem::path folder) : folder_(std::move(folder)) {}

std::vector<BoardEntry> BoardLibrary::list() const {
    std::vector<BoardEntry> out;
    std::error_code ec;
    if (folder_.empty() || !std::filesystem::is_directory(folder_, ec)) return out;
    for (std::filesystem::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path& path = it->path();
        const std::string file = path.filename().string();
        if (file.empty() || file.front() == '.' || path.extension() != kBoardExtension) continue;
        std::error_code entryError;
        if (!it->is_regular_file(entryError)) continue;
        BoardEntry entry;
        entry.name = path.stem().string();
        entry.path = path;
        entry.thumbnail = thumbnailFor(path);
        entry.hasThumbnail = std::filesystem::is_regular_file(entry.thumbnail, entryError);
        entry.modified = std::filesystem::last_write_time(path, entryError);
        if (entryError) entry.modified = std::filesystem::file_time_type::min();
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [](const BoardEntry& a, const BoardEntry& b) {
        if (a.modified != b.modified) return a.modified > b.modified;
        return a.name < b.name;
    });
    return out;
}

model::Result<std::filesystem::path> BoardLibrary::pathFor(std::string_view typedName, bool overwrite) const {
    if (folder_.empty()) {
        return model::Error{"There is no boards folder: neither XDG_DATA_HOME nor HOME is set."};
    }
    const std::string stem = safeBoardStem(typedName);
    if (stem.empty()) return model::Error{"Please give the board a name with some letters or numbers."};
    const auto candidate = [&](const std::string& s) {
        return folder_ / (s + std::string(kBoardExtension));
    };
    std::error_code ec;
    std::filesystem::path path = candidate(stem);
    if (overwrite || !std::filesystem::exists(path, ec)) return path;
    for (int n = 2; n <= kMaxNameCopies; ++n) {
        path = candidate(stem + " (" + std::to_string(n) + ")");
        if (!std::filesystem::exists(path, ec)) return path;
    }
    return model::Error{"There are too many boards called \"" + stem + "\". Please choose another name."};
}

model::Result<std::filesystem::path> BoardLibrary::save(const model::Board& board, std::string_view typedName,
                                                        bool overwrite) const {
    model::Result<std::filesystem::path> path = pathFor(typedName, overwrite);
    if (!path) return path;
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) return model::Error{"Cannot make the boards folder '" + folder_.string() + "': " + ec.message()};
    const model::Status saved = model::saveBoardFile(board, path.value());
    if (!saved) return saved.error();
    return path;
}

std::string BoardLibrary::nextDefaultName() const {
    for (int n = 1;; ++n) {
        std::string name = "Board " + std::to_string(n);
        std::error_code ec;
        if (folder_.empty() || !std::filesystem::exists(folder_ / (name + std::string(kBoardExtension)), ec)) {
            return name;
        }
    }
}

std::filesystem::path BoardLibrary::thumbnailFor(const std::filesystem::path& boardFile) {
    std::filesystem::path thumbnail = boardFile;
    thumbnail.replace_extension(kThumbnailExtension);
    return thumbnail;
}

}  // namespace tenfold::app
