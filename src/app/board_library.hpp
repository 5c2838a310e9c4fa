// The teacher's board library: the boards folder ($XDG_DATA_HOME/tenfold/boards, else
// $HOME/.local/share/tenfold/boards, made on the first save), the boards in it (newest first, each with the
// path of its thumbnail: the same name with .png), and safe file names made from names typed by a teacher
// ("Year 3: 347!" -> "Year 3 347.json"), never a path outside the folder. Boards are saved as a new copy
// (Save as: "Name (2)" when the name is taken) or back in place, renamed, duplicated and deleted; a
// deleted board waits in a trash folder inside the boards folder and can be brought back until the app
// quits or kUndoDeleteMinutes pass. Listing the folder tidies what killed saves left. The recovery slot
// keeps the open board for autosave, outside the boards folder, so it never overwrites a named board.
// Every file is written through the file seam (model/file_store: atomic); every message that a teacher
// may see comes from the text table.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/board.hpp"
#include "model/lesson.hpp"
#include "model/result.hpp"

namespace tenfold::app {

inline constexpr std::size_t kMaxBoardNameBytes = 80;  // longest file name stem made from a typed name
inline constexpr int kMaxNameCopies = 999;              // "Name (2)" ... "Name (999)", then refused
inline constexpr std::string_view kBoardExtension = ".json";
inline constexpr std::string_view kThumbnailExtension = ".png";
inline constexpr std::string_view kTrashFolderName = ".trash";      // inside the boards folder
inline constexpr std::string_view kRecoveryFileName = "recovery.tenfold";  // beside the boards folder
inline constexpr int kUndoDeleteMinutes = 10;                         // how long a deleted board can come back
using WallClock = std::chrono::system_clock;

struct BoardEntry {
    std::string name;                      // the file name without .json, as a teacher typed it (made safe)
    std::filesystem::path path;            // the board file
    std::filesystem::path thumbnail;       // same name with .png (it may not exist: see hasThumbnail)
    bool hasThumbnail = false;
    std::filesystem::file_time_type modified;
};

// A board that was deleted and can still be brought back.
struct DeletedBoard {
    std::uint64_t id = 0;
    std::string name;                        // as it was listed
    std::filesystem::path original;          // where it was (and goes back to, or "Name (2)" if taken)
    std::filesystem::path inTrash;           // where it waits
    std::filesystem::path thumbnailInTrash;  // empty when it had no thumbnail
    WallClock::time_point at;
};

// $XDG_DATA_HOME/tenfold/boards, else $HOME/.local/share/tenfold/boards; empty when neither variable
// holds an absolute path.
std::filesystem::path boardsFolderPath();
// The recovery file: $XDG_DATA_HOME/tenfold/recovery.tenfold (beside the boards folder); empty as above.
std::filesystem::path recoveryFilePath();

// A safe file name stem from a typed name: letters and digits (any language), spaces, '-', '_', '(', ')',
// '&', ',' and '+' are kept, anything else is dropped, runs of spaces become one, spaces at the ends go,
// and it is cut to kMaxBoardNameBytes without splitting a character. May be empty.
std::string safeBoardStem(std::string_view typed);

class BoardLibrary {
public:
    explicit BoardLibrary(std::filesystem::path folder = boardsFolderPath());
    // The boards this library deleted go for good with it (the app's library lives until it quits).
    ~BoardLibrary();
    BoardLibrary(const BoardLibrary&) = delete;
    BoardLibrary& operator=(const BoardLibrary&) = delete;
    const std::filesystem::path& folder() const { return folder_; }

    // The boards in the folder (*.json files, not hidden), newest first, then by name. A missing folder
    // gives an empty list. First removes the temporary files of saves that were killed.
    std::vector<BoardEntry> list() const;

    // Where a board with a typed name goes: <folder>/<safe name>.json. An empty name (after cleaning) is
    // refused. When the file exists and `overwrite` is false, " (2)", " (3)", ... is added. Makes nothing.
    model::Result<std::filesystem::path> pathFor(std::string_view typedName, bool overwrite) const;

    // Makes the folder if needed and saves the board there under pathFor(typedName, overwrite) through
    // model::saveBoardFile (a new name is taken only if it is still free when the file lands). Returns the
    // board file's path; write the thumbnail to thumbnailFor(path).
    model::Result<std::filesystem::path> save(const model::Board& board, std::string_view typedName,
                                              bool overwrite) const;
    // Save as: always a new file, "Name (2)" when the name is taken.
    model::Result<std::filesystem::path> saveAs(const model::Board& board, std::string_view typedName) const {
        return save(board, typedName, false);
    }
    // Saves an opened board back to its own file, which must be a board of this folder.
    model::Status saveInPlace(const model::Board& board, const std::filesystem::path& boardFile) const;

    // Gives a board (and its thumbnail) a new typed name ("Name (2)" when taken by another board);
    // returns the new path. The same name again changes nothing.
    model::Result<std::filesystem::path> rename(const std::filesystem::path& boardFile, std::string_view typedName) const;
    // A copy of a board (and its thumbnail) as "Name (2)", "Name (3)", ...; returns the copy's path.
    model::Result<std::filesystem::path> duplicate(const std::filesystem::path& boardFile) const;

    // Moves a board and its thumbnail into the trash folder; it can be brought back with undoRemove until
    // emptyTrash() or forgetRemoved() lets it go.
    model::Result<DeletedBoard> remove(const std::filesystem::path& boardFile, WallClock::time_point now = WallClock::now());
    // Brings back the board deleted last (or the one with `id`); returns where it is now.
    model::Result<std::filesystem::path> undoRemove(std::optional<std::uint64_t> id = std::nullopt);
    // The boards that can still be brought back, oldest first.
    const std::vector<DeletedBoard>& recentlyRemoved() const { return removed_; }
    // Lets go of the boards deleted at least kUndoDeleteMinutes before `now` (their files are removed),
    // also those an earlier run left in the trash (a crash gives no chance to empty it).
    void forgetRemoved(WallClock::time_point now = WallClock::now());
    // Removes everything in the trash folder (at start, for what an earlier run left, and at quit).
    void emptyTrash();

    // True when `path` is a board file directly in this folder (what saveInPlace, rename, duplicate and
    // remove accept).
    bool owns(const std::filesystem::path& path) const;

    // "Board N" with the smallest N >= 1 whose file does not exist yet (a name needing no typing).
    std::string nextDefaultName() const;

    // The thumbnail of a board file: the same path with .png.
    static std::filesystem::path thumbnailFor(const std::filesystem::path& boardFile);

private:
    model::Status makeFolder() const;
    std::filesystem::path folder_;
    std::vector<DeletedBoard> removed_;
    std::uint64_t nextRemovedId_ = 1;
};

// What the recovery slot holds: the open board as autosave last wrote it, when, and the name of the
// board in the library it was opened from (empty for a board never saved); or, while a lesson was being
// presented, the whole lesson (every step as the class left it), the step that was on the screen, and the
// name of the lesson in the lessons folder it came from. A name is only a name: look it up in its library
// (pathFor), never use it as a path.
struct RecoveredBoard {
    model::Board board;  // a board's; a lesson's step is in `lesson`
    WallClock::time_point savedAt;
    std::string origin;
    std::optional<model::Lesson> lesson;
    std::size_t step = 0;  // the lesson's step on the screen, from 0
};

// The recovery slot for autosave: one file outside the boards folder, written atomically. write() may be
// called from a thread of its own (it touches no shared state but the file).
class RecoverySlot {
public:
    explicit RecoverySlot(std::filesystem::path file = recoveryFilePath(),
                          std::filesystem::path boardsFolder = boardsFolderPath());
    const std::filesystem::path& file() const { return file_; }

    // Writes the board, its time and its origin's name. Refuses a slot inside the boards folder.
    model::Status write(const model::Board& board, std::string_view origin, WallClock::time_point at = WallClock::now()) const;
    // Writes a lesson being presented: all of it, the step on the screen (from 0) and its lessons-folder name.
    model::Status writeLesson(const model::Lesson& lesson, std::size_t step, std::string_view origin,
                              WallClock::time_point at = WallClock::now()) const;
    // The work kept in the slot, or nothing when the slot is empty; a damaged slot gives an Error.
    model::Result<std::optional<RecoveredBoard>> read() const;
    // Empties the slot (after the board was saved, or the teacher chose not to keep it).
    model::Status clear() const;

private:
    model::Status writeText(std::string_view header, const std::string& body) const;
    std::filesystem::path file_;
    std::filesystem::path boardsFolder_;
};

}  // namespace tenfold::app
