// The POSIX file store: bounded reading that never waits on a pipe or device, atomic writing through an
// exclusive temporary file, and tidying up after saves that were killed.
#include "model/file_store.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "model/excerpt.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::atomic<const FileStore*> gStore{nullptr};
std::atomic<unsigned> gTempCounter{0};

constexpr std::string_view kSavingMark = ".saving-";
constexpr std::string_view kOldSavingSuffix = ".json.saving";  // what Tenfold 0.1 left behind
constexpr std::size_t kTempStemBytes = 100;   // keeps the temporary name well under NAME_MAX
constexpr int kTempAttempts = 100;
constexpr std::size_t kReadChunk = 64u * 1024u;
constexpr mode_t kNewFileMode = 0666;         // less the umask, as every program's new files
constexpr mode_t kPermissionBits = 07777;

// Closes a descriptor when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    // Closes now and reports the result (a network disk may only say at close that a write failed).
    int close() {
        const int r = ::close(fd_);
        fd_ = -1;
        return r;
    }

private:
    int fd_;
};

std::string shown(const std::filesystem::path& path) { return excerpt(path.string(), kPathExcerptBytes); }

// Why a system call failed, in the teacher's words.
std::string reason(int error) {
    switch (error) {
        case ENOSPC:
        case EDQUOT: return tr("file.reason.no_space");
        case EACCES:
        case EPERM: return tr("file.reason.no_permission");
        case EROFS: return tr("file.reason.read_only");
        case ENOENT:
        case ENOTDIR: return tr("file.reason.no_folder");
        case ENAMETOOLONG: return tr("file.reason.name_too_long");
        case EIO: return tr("file.reason.disk_error");
        default: return tr("file.reason.other", {excerpt(std::strerror(error))});
    }
}

Error cannotSave(const std::filesystem::path& path, int error) {
    return Error{tr("file.cannot_save", {shown(path), reason(error)})};
}

std::uintmax_t nowSeconds() { return static_cast<std::uintmax_t>(std::time(nullptr)); }

// The start of `name` cut to at most `bytes` bytes without splitting a UTF-8 character.
std::string_view cutName(std::string_view name, std::size_t bytes) {
    if (name.size() <= bytes) return name;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) --end;
    return name.substr(0, end);
}

// The process number in a temporary name ".NAME.saving-PID-N", or 0 when it is not one.
long savingPid(std::string_view fileName) {
    if (fileName.size() < 2 || fileName.front() != '.') return 0;
    const std::size_t mark = fileName.rfind(kSavingMark);
    if (mark == std::string_view::npos || mark == 0) return 0;
    const std::string_view rest = fileName.substr(mark + kSavingMark.size());
    const std::size_t dash = rest.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == rest.size()) return 0;
    long pid = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + dash, pid);
    if (ec != std::errc() || end != rest.data() + dash || pid <= 0) return 0;
    for (const char c : rest.substr(dash + 1))
        if (c < '0' || c > '9') return 0;
    return pid;
}

bool processGone(long pid) { return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

}  // namespace

std::string fileErrorReason(int error) { return reason(error); }

const FileStore& fileStore() {
    static const PosixFileStore posix;
    const FileStore* store = gStore.load();
    return store ? *store : posix;
}

UseFileStore::UseFileStore(const FileStore& store) : previous_(gStore.exchange(&store)) {}
UseFileStore::~UseFileStore() { gStore.store(previous_); }

bool isSaveInProgressName(std::string_view fileName) { return savingPid(fileName) != 0; }

std::string sizeText(std::uintmax_t bytes) {
    constexpr std::uintmax_t kKilobyte = 1024;
    constexpr std::uintmax_t kMegabyte = kKilobyte * kKilobyte;
    if (bytes >= kMegabyte && bytes % kMegabyte == 0) return tr("file.size.mb", {countNumeral(static_cast<std::int64_t>(bytes / kMegabyte))});
    if (bytes >= kKilobyte && bytes % kKilobyte == 0) return tr("file.size.kb", {countNumeral(static_cast<std::int64_t>(bytes / kKilobyte))});
    return tr("file.size.bytes", {countNumeral(static_cast<std::int64_t>(bytes))});
}

Result<std::string> PosixFileStore::read(const std::filesystem::path& path, std::size_t maxBytes) const {
    // O_NONBLOCK: opening a pipe with no writer, or a device, must not wait. It changes nothing for an
    // ordinary file, and anything else is refused below before a byte is read.
    const int raw = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (raw < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) return Error{tr("file.missing", {shown(path)})};
        return Error{tr("file.cannot_read", {shown(path), reason(error)})};
    }
    Fd fd(raw);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return Error{tr("file.cannot_read", {shown(path), reason(errno)})};
    if (S_ISDIR(st.st_mode)) return Error{tr("file.is_folder", {shown(path)})};
    if (!S_ISREG(st.st_mode)) return Error{tr("file.not_regular", {shown(path)})};
    const auto tooBig = [&] { return Error{tr("file.too_big", {shown(path), sizeText(maxBytes)})}; };
    if (st.st_size < 0 || static_cast<std::uintmax_t>(st.st_size) > maxBytes) return tooBig();
    // The file may grow while it is read: never read more than one byte past the limit.
    std::string text;
    text.resize(static_cast<std::size_t>(st.st_size) + 1);
    std::size_t have = 0;
    while (true) {
        if (have == text.size()) {
            if (have > maxBytes) return tooBig();
            text.resize(std::min(maxBytes + 1, have + kReadChunk));
        }
        const ssize_t n = ::read(fd.get(), text.data() + have, text.size() - have);
        if (n < 0) {
            if (errno == EINTR) continue;
            return Error{tr("file.cannot_read", {shown(path), reason(errno)})};
        }
        if (n == 0) break;
        have += static_cast<std::size_t>(n);
        if (have > maxBytes) return tooBig();
    }
    text.resize(have);
    return text;
}

long PosixFileStore::writeSome(int fd, const char* data, std::size_t size) const { return ::write(fd, data, size); }
int PosixFileStore::syncFile(int fd) const { return ::fsync(fd); }

Status PosixFileStore::write(const std::filesystem::path& path, std::string_view bytes, WriteMode mode) const {
    const std::string name = path.filename().string();
    if (name.empty() || name == "." || name == "..") return Error{tr("file.not_overwritable", {shown(path)})};
    std::filesystem::path folder = path.parent_path();
    if (folder.empty()) folder = ".";
    const int rawDir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rawDir < 0) return cannotSave(path, errno);
    Fd dir(rawDir);

    // What is there now: replaced only if it is an ordinary file (a link to one is replaced by the file,
    // never written through), so /dev/full or a folder is refused before anything is written.
    mode_t keepMode = 0;
    struct stat st {};
    if (::fstatat(dir.get(), name.c_str(), &st, 0) == 0) {
        if (!S_ISREG(st.st_mode)) return Error{tr("file.not_overwritable", {shown(path)})};
        if (mode == WriteMode::CreateNew) return Error{tr("file.exists", {shown(path)})};
        keepMode = st.st_mode & kPermissionBits;
    } else if (errno != ENOENT) {
        return cannotSave(path, errno);
    }

    // The temporary file: hidden, beside the final one, made only if nothing has that name (not even a
    // planted link).
    std::string temp;
    int rawFile = -1;
    for (int attempt = 0; attempt < kTempAttempts && rawFile < 0; ++attempt) {
        temp.assign(1, '.');
        temp.append(cutName(name, kTempStemBytes));
        temp.append(kSavingMark);
        temp.append(std::to_string(::getpid()));
        temp.push_back('-');
        temp.append(std::to_string(gTempCounter.fetch_add(1)));
        rawFile = ::openat(dir.get(), temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kNewFileMode);
        if (rawFile < 0 && errno != EEXIST) return cannotSave(path, errno);
    }
    if (rawFile < 0) return cannotSave(path, EEXIST);
    Fd file(rawFile);
    const auto fail = [&](int error) {
        if (file.get() >= 0) file.close();
        ::unlinkat(dir.get(), temp.c_str(), 0);
        return cannotSave(path, error);
    };
    if (keepMode != 0) (void)::fchmod(file.get(), keepMode);  // the teacher's choice of who may read it
    std::size_t done = 0;
    while (done < bytes.size()) {
        const long n = writeSome(file.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(errno);
        }
        if (n == 0) return fail(ENOSPC);
        done += static_cast<std::size_t>(n);
    }
    if (syncFile(file.get()) != 0) return fail(errno);
    if (file.close() != 0) return fail(errno);

    if (mode == WriteMode::Replace) {
        if (::renameat(dir.get(), temp.c_str(), dir.get(), name.c_str()) != 0) return fail(errno);
    } else {
#ifdef __EMSCRIPTEN__
        // The browser's file system has no hard links, and nothing else writes there while this runs (one
        // page, one thread): the name is looked at once more and the temporary file renamed to it.
        if (struct stat now {}; ::fstatat(dir.get(), name.c_str(), &now, AT_SYMLINK_NOFOLLOW) == 0) {
            ::unlinkat(dir.get(), temp.c_str(), 0);
            return Error{tr("file.exists", {shown(path)})};
        }
        if (::renameat(dir.get(), temp.c_str(), dir.get(), name.c_str()) != 0) return fail(errno);
#else
        // A hard link is made only if the name is free, atomically; the temporary name then goes.
        if (::linkat(dir.get(), temp.c_str(), dir.get(), name.c_str(), 0) != 0) {
            const int error = errno;
            ::unlinkat(dir.get(), temp.c_str(), 0);
            if (error == EEXIST) return Error{tr("file.exists", {shown(path)})};
            return cannotSave(path, error);
        }
        ::unlinkat(dir.get(), temp.c_str(), 0);
#endif
    }
    // The rename is kept only once the folder itself is on the disk. Some file systems cannot flush a
    // folder (EINVAL): there is nothing more to do on those.
    if (::fsync(dir.get()) != 0 && errno != EINVAL && errno != ENOTSUP)
        return Error{tr("file.not_confirmed", {shown(path), reason(errno)})};
    return okStatus();
}

int PosixFileStore::removeLeftovers(const std::filesystem::path& folder) const {
    const int rawDir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rawDir < 0) return 0;
    DIR* listing = ::fdopendir(rawDir);
    if (!listing) {
        ::close(rawDir);
        return 0;
    }
    int removed = 0;
    const std::uintmax_t now = nowSeconds();
    while (const dirent* entry = ::readdir(listing)) {
        const std::string_view fileName = entry->d_name;
        const long pid = savingPid(fileName);
        const bool old = fileName.size() > kOldSavingSuffix.size() && fileName.ends_with(kOldSavingSuffix);
        if (pid == 0 && !old) continue;
        struct stat st {};
        if (::fstatat(rawDir, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) continue;
        const bool stale = st.st_mtime < 0 || now >= static_cast<std::uintmax_t>(st.st_mtime) + kStaleSaveSeconds;
        const bool ours = pid == static_cast<long>(::getpid());
        const bool gone = old || (pid != 0 && !ours && processGone(pid));
        if ((gone || stale) && ::unlinkat(rawDir, entry->d_name, 0) == 0) ++removed;
    }
    ::closedir(listing);
    return removed;
}

}  // namespace tenfold::model
