// The teacher's lessons: the lessons that ship with Tenfold (assets/lessons, read only) and the lessons
// saved in the lessons folder ($XDG_DATA_HOME/tenfold/lessons, else $HOME/.local/share/tenfold/lessons,
// beside the boards folder, made on the first save). A lesson is saved as a new copy ("Title (2)" when the
// name is taken, the name made safe as for boards) or back into its own file in the folder, always through
// the file seam (model/file_store: atomic, nothing half written). Every message a teacher may see comes
// from the text table.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "app/board_library.hpp"
#include "model/lesson.hpp"
#include "model/result.hpp"

namespace tenfold::app {

// One lesson as the gallery lists it.
struct LessonEntry {
    std::string name;             // the file name without .json
    std::filesystem::path path;
    std::string title;            // the lesson's own title (the name when the file cannot be read)
    int year = -1;                // -1: the file cannot be read (opening it says why)
    std::size_t steps = 0;
    bool shipped = false;         // one of the lessons that come with Tenfold
};

// $XDG_DATA_HOME/tenfold/lessons, else $HOME/.local/share/tenfold/lessons; empty when neither is absolute.
std::filesystem::path lessonsFolderPath();

class LessonLibrary {
public:
    explicit LessonLibrary(std::filesystem::path folder = lessonsFolderPath(), std::filesystem::path shippedFolder = {});
    const std::filesystem::path& folder() const { return names_.folder(); }
    void setShippedFolder(std::filesystem::path folder) { shipped_ = std::move(folder); }

    // The lessons that ship, in file-name order (their files are numbered in teaching order).
    std::vector<LessonEntry> shipped() const;
    // The saved lessons, newest first.
    std::vector<LessonEntry> list() const;

    // Saves the lesson as a new file named after `typedName` ("Name (2)" when taken); returns its path.
    model::Result<std::filesystem::path> saveAs(const model::Lesson& lesson, std::string_view typedName) const;
    // Saves the lesson back into its own file, which must be a lesson of this folder.
    model::Status saveInPlace(const model::Lesson& lesson, const std::filesystem::path& file) const;
    // True when `path` is a lesson file directly in the lessons folder (what saveInPlace accepts).
    bool owns(const std::filesystem::path& path) const { return names_.owns(path); }
    // The file of the saved lesson named `name` (a name, as autosave keeps it; never a path of its own).
    model::Result<std::filesystem::path> pathFor(std::string_view name) const { return names_.pathFor(name, true); }

private:
    BoardLibrary names_;  // file names, "(2)" copies and listing: the same rules as for boards
    std::filesystem::path shipped_;
};

}  // namespace tenfold::app
