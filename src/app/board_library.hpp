// The teacher's board library: the boards folder ($XDG_DATA_HOME/tenfold/boards, else
// $HOME/.local/share/tenfold/boards, made on the first save), the boards in it (newest first, each with the
// path of its thumbnail: the same name with .png), and safe file names made from names typed by a teacher
// ("Year 3: 347!" -> "Year 3 347.json"), never a path outside the folder. The board files themselves are
// written and read by the model (saveBoardFile / loadBoardFile), which are atomic and validated.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "model/board.hpp"
#include "model/result.hpp"

namespace tenfold::app {

inline constexpr std::size_t kMaxBoardNameBytes = 80;  // longest file name stem made from a typed name
inline constexpr int kMaxNameCopies = 999;              // "Name (2)" ... "Name (999)", then refused
inline constexpr std::string_view kBoardExtension = ".json";
inline constexpr std::string_view kThumbnailExtension = ".png";

struct BoardEntry {
    std::string name;                      // the file name without .json, as a teacher typed it (made safe)
    std::filesystem::path path;            // the board file
    std::filesystem::path thumbnail;       // same name with .png (it may not exist: see hasThumbnail)
    bool hasThumbnail = false;
    std::filesystem::file_time_type modified;
};

// $XDG_DATA_HOME/tenfold/boards, else $HOME/.local/share/tenfold/boards; empty when neither variable
// holds an absolute path.
std::filesystem::path boardsFolderPath();

// A safe file name stem from a typed name: letters and digits (any language), spaces, '-', '_', '(', ')',
// '&', ',' and '+' are kept, anything else is dropped, runs of spaces become one, spaces at the ends go,
// and it is cut to kMaxBoardNameBytes without splitting a character. May be empty.
std::string safeBoardStem(std::string_view typed);

class BoardLibrary {
public:
    explicit BoardLibrary(std::filesystem::path folder = boardsFolderPath());
    const std::filesystem::path& folder() const { return folder_; }

    // The boards in the folder (*.json files, not hidden), newest first, then by name. A missing folder
    // gives an empty list.
    std::vector<BoardEntry> list() const;

    // Where a board with a typed name goes: <folder>/<safe name>.json. An empty name (after cleaning) is
    // refused. When the file exists and `overwrite` is false, " (2)", " (3)", ... is added. Makes nothing.
    model::Result<std::filesystem::path> pathFor(std::string_view typedName, bool overwrite) const;

    // Makes the folder if needed and saves the board there under pathFor(typedName, overwrite) through
    // model::saveBoardFile. Returns the board file's path; write the thumbnail to thumbnailFor(path).
    model::Result<std::filesystem::path> save(const model::Board& board, std::string_view typedName,
                                              bool overwrite) const;

    // "Board N" with the smallest N >= 1 whose file does not exist yet (a name needing no typing).
    std::string nextDefaultName() const;

    // The thumbnail of a board file: the same path with .png.
    static std::filesystem::path thumbnailFor(const std::filesystem::path& boardFile);

private:
    std::filesystem::path folder_;
};

}  // namespace tenfold::app
