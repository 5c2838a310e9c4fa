// The lessons folder and the shipped lessons: listing, saving as a copy and saving in place.
#include "app/lesson_library.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "model/excerpt.hpp"
#include "model/file_store.hpp"
#include "model/lesson_file.hpp"
#include "model/text.hpp"

namespace tenfold::app {

namespace {

constexpr int kNameRaceAttempts = 5;  // another save may take a free name between choosing and landing

LessonEntry entryFor(const std::filesystem::path& path, bool shipped) {
    LessonEntry e;
    e.name = path.stem().string();
    e.path = path;
    e.title = e.name;
    e.shipped = shipped;
    if (const model::Result<model::Lesson> lesson = model::loadLessonFile(path)) {
        e.title = lesson.value().title;
        e.year = lesson.value().year;
        e.steps = lesson.value().steps.size();
    }
    return e;
}

}  // namespace

std::filesystem::path lessonsFolderPath() {
    const std::filesystem::path boards = boardsFolderPath();
    if (boards.empty()) return {};
    return boards.parent_path() / "lessons";
}

LessonLibrary::LessonLibrary(std::filesystem::path folder, std::filesystem::path shippedFolder)
    : names_(std::move(folder)), shipped_(std::move(shippedFolder)) {}

std::vector<LessonEntry> LessonLibrary::shipped() const {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!shipped_.empty() && std::filesystem::is_directory(shipped_, ec)) {
        for (std::filesystem::directory_iterator it(shipped_, ec), end; !ec && it != end; it.increment(ec)) {
            const std::filesystem::path& p = it->path();
            std::error_code entryError;
            if (p.extension() == kBoardExtension && p.filename().string().front() != '.' && it->is_regular_file(entryError))
                files.push_back(p);
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<LessonEntry> out;
    for (const std::filesystem::path& p : files) out.push_back(entryFor(p, true));
    return out;
}

std::vector<LessonEntry> LessonLibrary::list() const {
    std::vector<LessonEntry> out;
    for (const BoardEntry& e : names_.list()) out.push_back(entryFor(e.path, false));
    return out;
}

model::Result<std::filesystem::path> LessonLibrary::saveAs(const model::Lesson& lesson, std::string_view typedName) const {
    if (folder().empty()) return model::Error{model::tr("lessons.no_folder")};
    std::error_code ec;
    std::filesystem::create_directories(folder(), ec);
    if (ec)
        return model::Error{model::tr("lessons.cannot_make_folder", {model::excerpt(folder().string(), model::kPathExcerptBytes),
                                                                    model::fileErrorReason(ec.value())})};
    // A title with no letters or digits still gets a name.
    const std::string_view name = safeBoardStem(typedName).empty() ? std::string_view() : typedName;
    const std::string fallback = model::tr("ui.lesson.new_title");
    for (int attempt = 0;; ++attempt) {
        model::Result<std::filesystem::path> path = names_.pathFor(name.empty() ? std::string_view(fallback) : name, false);
        if (!path) return path;
        const model::Status saved = model::saveLessonFile(lesson, path.value(), model::WriteMode::CreateNew);
        if (saved) return path;
        std::error_code exists;
        if (!std::filesystem::exists(path.value(), exists) || attempt + 1 >= kNameRaceAttempts) return saved.error();
    }
}

model::Status LessonLibrary::saveInPlace(const model::Lesson& lesson, const std::filesystem::path& file) const {
    if (!owns(file))
        return model::Error{model::tr("lessons.not_in_library", {model::excerpt(file.string(), model::kPathExcerptBytes)})};
    std::error_code ec;
    std::filesystem::create_directories(folder(), ec);
    return model::saveLessonFile(lesson, file, model::WriteMode::Replace);
}

}  // namespace tenfold::app
