// The boards folder, listing its boards, safe file names from names typed by a teacher, saving, renaming,
// duplicating, deleting with undo, and the recovery slot.
#include "app/board_library.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <system_error>
#include <utility>

#include "model/board_file.hpp"
#include "model/excerpt.hpp"
#include "model/file_store.hpp"
#include "model/json_doc.hpp"
#include "model/lesson_file.hpp"
#include "model/text.hpp"
#include "model/value.hpp"

namespace tenfold::app {

namespace {

bool absolute(const char* value) { return value != nullptr && value[0] == '/'; }

// Characters kept besides letters, digits and spaces: harmless in a file name on every system.
constexpr std::string_view kKeptPunctuation = "-_()&,+";

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

constexpr std::size_t kMaxThumbnailBytes = 32u * 1024u * 1024u;
constexpr int kNameRaceAttempts = 5;  // another save may take a free name between choosing and landing
constexpr std::string_view kRecoveryFormat = "tenfold-recovery";
constexpr int kRecoveryVersion = 2;       // 2: a lesson may be kept ("kind": "lesson"); 1 (a board) is still read
constexpr std::string_view kRecoveryBoard = "board", kRecoveryLesson = "lesson";
constexpr std::size_t kMaxRecoveryHeaderBytes = 4096;
constexpr mode_t kFolderMode = 0755;

std::string shown(const std::filesystem::path& p) { return model::excerpt(p.string(), model::kPathExcerptBytes); }
std::string nameOf(const std::filesystem::path& boardFile) { return model::excerpt(boardFile.stem().string(), kMaxBoardNameBytes); }

// Flushes a folder's list of names to the disk (after a rename in it), where the file system can.
void syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

// Moves `from` to `to` only if nothing is at `to`; false with errno set otherwise.
bool moveNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno != EINVAL && errno != ENOSYS) return false;
#endif
#ifdef __EMSCRIPTEN__
    // The browser's file system has no hard links, and nothing else writes there while this runs.
    std::error_code taken;
    if (std::filesystem::symlink_status(to, taken).type() != std::filesystem::file_type::not_found) {
        errno = EEXIST;
        return false;
    }
    return ::rename(from.c_str(), to.c_str()) == 0;
#endif
    // A file system without RENAME_NOREPLACE: a hard link is made only if the name is free.
    if (::link(from.c_str(), to.c_str()) != 0) return false;
    ::unlink(from.c_str());
    return true;
}

bool isThere(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(p, ec));
}

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

std::filesystem::path recoveryFilePath() {
    const std::filesystem::path boards = boardsFolderPath();
    if (boards.empty()) return {};
    return boards.parent_path() / kRecoveryFileName;
}

std::string safeBoardStem(std::string_view typed) {
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < typed.size();) {
        char32_t cp = 0;
        const std::size_t length = model::decodeUtf8(typed, i, cp);
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

BoardLibrary::~BoardLibrary() {
    for (const DeletedBoard& d : removed_) {
        ::unlink(d.inTrash.c_str());
        if (!d.thumbnailInTrash.empty()) ::unlink(d.thumbnailInTrash.c_str());
    }
}

std::vector<BoardEntry> BoardLibrary::list() const {
    std::vector<BoardEntry> out;
    std::error_code ec;
    if (folder_.empty() || !std::filesystem::is_directory(folder_, ec)) return out;
    model::fileStore().removeLeftovers(folder_);
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
    if (folder_.empty()) return model::Error{model::tr("library.no_folder")};
    const std::string stem = safeBoardStem(typedName);
    if (stem.empty()) return model::Error{model::tr("library.need_name")};
    const auto candidate = [&](const std::string& s) {
        return folder_ / (s + std::string(kBoardExtension));
    };
    std::filesystem::path path = candidate(stem);
    if (overwrite || !isThere(path)) return path;
    for (int n = 2; n <= kMaxNameCopies; ++n) {
        path = candidate(stem + " (" + std::to_string(n) + ")");
        if (!isThere(path)) return path;
    }
    return model::Error{model::tr("library.too_many_copies", {stem})};
}

model::Status BoardLibrary::makeFolder() const {
    if (folder_.empty()) return model::Error{model::tr("library.no_folder")};
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) return model::Error{model::tr("library.cannot_make_folder", {shown(folder_), model::fileErrorReason(ec.value())})};
    return model::okStatus();
}

bool BoardLibrary::owns(const std::filesystem::path& path) const {
    const std::string file = path.filename().string();
    return !folder_.empty() && path.parent_path() == folder_ && path.extension() == kBoardExtension && file.size() > kBoardExtension.size() &&
           file.front() != '.';
}

model::Result<std::filesystem::path> BoardLibrary::save(const model::Board& board, std::string_view typedName,
                                                        bool overwrite) const {
    if (model::Status made = makeFolder(); !made) return made.error();
    for (int attempt = 0;; ++attempt) {
        model::Result<std::filesystem::path> path = pathFor(typedName, overwrite);
        if (!path) return path;
        const model::Status saved = model::saveBoardFile(board, path.value(), overwrite ? model::WriteMode::Replace : model::WriteMode::CreateNew);
        if (saved) return path;
        if (overwrite || !isThere(path.value()) || attempt + 1 >= kNameRaceAttempts) return saved.error();
    }
}

model::Status BoardLibrary::saveInPlace(const model::Board& board, const std::filesystem::path& boardFile) const {
    if (!owns(boardFile)) return model::Error{model::tr("library.not_in_library", {shown(boardFile)})};
    if (model::Status made = makeFolder(); !made) return made;
    return model::saveBoardFile(board, boardFile, model::WriteMode::Replace);
}

model::Result<std::filesystem::path> BoardLibrary::rename(const std::filesystem::path& boardFile, std::string_view typedName) const {
    if (!owns(boardFile) || !isThere(boardFile)) return model::Error{model::tr("library.not_in_library", {shown(boardFile)})};
    if (safeBoardStem(typedName) == boardFile.stem().string()) return boardFile;
    for (int attempt = 0;; ++attempt) {
        model::Result<std::filesystem::path> target = pathFor(typedName, false);
        if (!target) return target;
        if (moveNoReplace(boardFile, target.value())) {
            const std::filesystem::path thumbnail = thumbnailFor(boardFile);
            if (isThere(thumbnail)) {
                std::error_code ec;  // a thumbnail that stays behind is only a missing picture
                std::filesystem::rename(thumbnail, thumbnailFor(target.value()), ec);
            }
            syncFolder(folder_);
            return target;
        }
        if (errno != EEXIST || attempt + 1 >= kNameRaceAttempts)
            return model::Error{model::tr("library.cannot_rename", {nameOf(boardFile), model::fileErrorReason(errno)})};
    }
}

model::Result<std::filesystem::path> BoardLibrary::duplicate(const std::filesystem::path& boardFile) const {
    if (!owns(boardFile)) return model::Error{model::tr("library.not_in_library", {shown(boardFile)})};
    const model::Result<std::string> bytes = model::fileStore().read(boardFile, model::kMaxBoardFileBytes);
    if (!bytes) return bytes.error();
    for (int attempt = 0;; ++attempt) {
        model::Result<std::filesystem::path> copy = pathFor(boardFile.stem().string(), false);
        if (!copy) return copy;
        const model::Status written = model::fileStore().write(copy.value(), bytes.value(), model::WriteMode::CreateNew);
        if (written) {
            const model::Result<std::string> picture = model::fileStore().read(thumbnailFor(boardFile), kMaxThumbnailBytes);
            if (picture) (void)model::fileStore().write(thumbnailFor(copy.value()), picture.value());
            return copy;
        }
        if (!isThere(copy.value()) || attempt + 1 >= kNameRaceAttempts) return written.error();
    }
}

model::Result<DeletedBoard> BoardLibrary::remove(const std::filesystem::path& boardFile, WallClock::time_point now) {
    if (!owns(boardFile) || !isThere(boardFile)) return model::Error{model::tr("library.not_in_library", {shown(boardFile)})};
    const std::filesystem::path trash = folder_ / kTrashFolderName;
    if (::mkdir(trash.c_str(), kFolderMode) != 0 && errno != EEXIST)
        return model::Error{model::tr("library.cannot_delete", {nameOf(boardFile), model::fileErrorReason(errno)})};
    DeletedBoard d;
    d.id = nextRemovedId_++;
    d.name = boardFile.stem().string();
    d.original = boardFile;
    d.at = now;
    // A name of our own making in the trash (never one that came from a file).
    const std::string base = std::to_string(::getpid()) + "-" + std::to_string(d.id) + "-" +
                             std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
    d.inTrash = trash / (base + std::string(kBoardExtension));
    if (!moveNoReplace(boardFile, d.inTrash))
        return model::Error{model::tr("library.cannot_delete", {nameOf(boardFile), model::fileErrorReason(errno)})};
    const std::filesystem::path thumbnail = thumbnailFor(boardFile);
    if (isThere(thumbnail)) {
        const std::filesystem::path thumbnailInTrash = trash / (base + std::string(kThumbnailExtension));
        if (moveNoReplace(thumbnail, thumbnailInTrash)) d.thumbnailInTrash = thumbnailInTrash;
    }
    syncFolder(folder_);
    syncFolder(trash);
    removed_.push_back(d);
    return d;
}

model::Result<std::filesystem::path> BoardLibrary::undoRemove(std::optional<std::uint64_t> id) {
    auto it = removed_.end();
    if (id) it = std::find_if(removed_.begin(), removed_.end(), [&](const DeletedBoard& d) { return d.id == *id; });
    else if (!removed_.empty()) it = removed_.end() - 1;
    if (it == removed_.end()) return model::Error{model::tr("library.nothing_to_undo")};
    const DeletedBoard d = *it;
    for (int attempt = 0;; ++attempt) {
        std::filesystem::path target = d.original;
        if (isThere(target)) {
            model::Result<std::filesystem::path> free = pathFor(d.name, false);
            if (!free) return free;
            target = free.value();
        }
        if (moveNoReplace(d.inTrash, target)) {
            if (!d.thumbnailInTrash.empty()) {
                std::error_code ec;
                std::filesystem::rename(d.thumbnailInTrash, thumbnailFor(target), ec);
            }
            syncFolder(folder_);
            removed_.erase(it);
            return target;
        }
        if (errno != EEXIST || attempt + 1 >= kNameRaceAttempts)
            return model::Error{model::tr("library.cannot_restore", {model::excerpt(d.name, kMaxBoardNameBytes), model::fileErrorReason(errno)})};
    }
}

void BoardLibrary::forgetRemoved(WallClock::time_point now) {
    const auto keep = std::chrono::minutes(kUndoDeleteMinutes);
    std::erase_if(removed_, [&](const DeletedBoard& d) {
        if (now - d.at < keep) return false;
        ::unlink(d.inTrash.c_str());
        if (!d.thumbnailInTrash.empty()) ::unlink(d.thumbnailInTrash.c_str());
        return true;
    });
    // What other runs deleted: the trash names end in the time of deleting ("PID-N-MILLISECONDS").
    if (folder_.empty()) return;
    std::error_code ec;
    const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const auto keepMs = std::chrono::duration_cast<std::chrono::milliseconds>(keep).count();
    for (std::filesystem::directory_iterator it(folder_ / kTrashFolderName, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string stem = it->path().stem().string();
        const std::size_t dash = stem.rfind('-');
        if (dash == std::string::npos) continue;
        long long at = 0;
        const char* first = stem.data() + dash + 1;
        const char* last = stem.data() + stem.size();
        const auto [end2, err] = std::from_chars(first, last, at);
        if (err != std::errc() || end2 != last || nowMs - at < keepMs) continue;
        const bool ours = std::any_of(removed_.begin(), removed_.end(), [&](const DeletedBoard& d) {
            return d.inTrash == it->path() || d.thumbnailInTrash == it->path();
        });
        if (!ours) ::unlink(it->path().c_str());
    }
}

void BoardLibrary::emptyTrash() {
    removed_.clear();
    if (folder_.empty()) return;
    std::error_code ec;
    std::filesystem::remove_all(folder_ / kTrashFolderName, ec);  // links in it are removed, never followed
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

namespace tenfold::app {

RecoverySlot::RecoverySlot(std::filesystem::path file, std::filesystem::path boardsFolder)
    : file_(std::move(file)), boardsFolder_(std::move(boardsFolder)) {}

namespace {
// True when `file` lies inside `folder` (by its written path).
bool inside(const std::filesystem::path& file, const std::filesystem::path& folder) {
    if (folder.empty()) return false;
    const std::filesystem::path rel = file.lexically_normal().lexically_relative(folder.lexically_normal());
    return !rel.empty() && *rel.begin() != "..";
}
}  // namespace

model::Status RecoverySlot::writeText(std::string_view header, const std::string& body) const {
    if (file_.empty()) return model::Error{model::tr("library.no_folder")};
    if (inside(file_, boardsFolder_)) return model::Error{model::tr("library.recovery_in_library")};
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    if (ec) return model::Error{model::tr("library.cannot_make_folder", {shown(file_.parent_path()), model::fileErrorReason(ec.value())})};
    // One line of what the slot is, then the board or lesson file itself.
    std::string text(header);
    text += "\n";
    text += body;
    return model::fileStore().write(file_, text);
}

namespace {
std::int64_t millisOf(WallClock::time_point at) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}
}  // namespace

model::Status RecoverySlot::write(const model::Board& board, std::string_view origin, WallClock::time_point at) const {
    const nlohmann::json header{{"format", kRecoveryFormat}, {"version", kRecoveryVersion}, {"kind", kRecoveryBoard},
                                {"savedAt", millisOf(at)}, {"origin", safeBoardStem(origin)}};
    return writeText(header.dump(), model::boardToJson(board));
}

model::Status RecoverySlot::writeLesson(const model::Lesson& lesson, std::size_t step, std::string_view origin,
                                        WallClock::time_point at) const {
    const nlohmann::json header{{"format", kRecoveryFormat}, {"version", kRecoveryVersion}, {"kind", kRecoveryLesson},
                                {"savedAt", millisOf(at)}, {"origin", safeBoardStem(origin)}, {"step", step}};
    return writeText(header.dump(), model::lessonToJson(lesson));
}

model::Result<std::optional<RecoveredBoard>> RecoverySlot::read() const {
    if (file_.empty() || !isThere(file_)) return std::optional<RecoveredBoard>{};
    const auto damaged = [](const std::string& why) { return model::Error{model::tr("library.recovery_unreadable", {why})}; };
    const model::Result<std::string> text = model::fileStore().read(file_, std::max(model::kMaxBoardFileBytes, model::kMaxLessonFileBytes) + kMaxRecoveryHeaderBytes);
    if (!text) return damaged(text.error().message);
    const std::string_view all = text.value();
    const std::size_t line = all.find('\n');
    if (line == std::string_view::npos || line > kMaxRecoveryHeaderBytes) return damaged(model::tr("engine.file.not_board"));
    model::JsonProblem problem;
    const auto header = model::JsonDoc::parse(all.substr(0, line), model::JsonLimits{2, 8, 8}, problem);
    if (!header || !header->root().isObject()) return damaged(model::tr("engine.file.not_board"));
    const model::JsonValue root = header->root();
    const auto format = root.find("format");
    const auto version = root.find("version");
    const auto savedAt = root.find("savedAt");
    const auto origin = root.find("origin");
    if (!format || format->text() != kRecoveryFormat || !version || !savedAt || !savedAt->isNumber() || !origin || !origin->isString())
        return damaged(model::tr("engine.file.not_board"));
    // Version 1 kept a board and had no kind; version 2 says which it keeps.
    const bool first = version->text() == "1";
    if (!first && version->text() != std::to_string(kRecoveryVersion)) return damaged(model::tr("engine.file.not_board"));
    const auto kind = root.find("kind");
    if (!first && (!kind || !kind->isString() || (kind->text() != kRecoveryBoard && kind->text() != kRecoveryLesson)))
        return damaged(model::tr("engine.file.not_board"));
    const bool lesson = !first && kind->text() == kRecoveryLesson;
    const model::ExactMilli when = model::readJsonNumberMilli(savedAt->text());
    if (when.problem != model::NumberProblem::None || when.milli % model::kMilliPerOne != 0)
        return damaged(model::tr("engine.file.not_board"));
    RecoveredBoard out;
    out.savedAt = WallClock::time_point(std::chrono::milliseconds(when.milli / model::kMilliPerOne));
    out.origin = safeBoardStem(origin->text());
    const std::string_view body = all.substr(line + 1);
    if (lesson) {
        const auto step = root.find("step");
        const model::ExactMilli k = step && step->isNumber() ? model::readJsonNumberMilli(step->text()) : model::ExactMilli{};
        if (!step || !step->isNumber() || k.problem != model::NumberProblem::None || k.milli < 0 || k.milli % model::kMilliPerOne != 0)
            return damaged(model::tr("engine.file.not_board"));
        model::Result<model::Lesson> read = model::lessonFromJson(body);
        if (!read) return damaged(read.error().message);
        out.step = static_cast<std::size_t>(k.milli / model::kMilliPerOne);
        if (out.step >= read.value().steps.size()) return damaged(model::tr("engine.file.not_board"));
        out.lesson = std::move(read.value());
    } else {
        model::Result<model::Board> board = model::boardFromJson(body);
        if (!board) return damaged(board.error().message);
        out.board = std::move(board.value());
    }
    return std::optional<RecoveredBoard>(std::move(out));
}

model::Status RecoverySlot::clear() const {
    if (file_.empty()) return model::okStatus();
    if (::unlink(file_.c_str()) != 0 && errno != ENOENT)
        return model::Error{model::tr("library.cannot_clear_recovery", {model::fileErrorReason(errno)})};
    syncFolder(file_.parent_path());
    return model::okStatus();
}

}  // namespace tenfold::app
