// The one seam through which Tenfold reads and writes a user's files: board files, replay scripts,
// settings, thumbnails and screenshots. Reading refuses what is not an ordinary file (a folder, a pipe, a
// device such as /dev/zero) without waiting on it, and files above a size limit, before reading more than
// the limit. Writing is atomic: a new file is written beside the old one under a hidden temporary name,
// created exclusively without following links, flushed to the disk, then renamed over the old one and the
// folder flushed, so a crash, a power cut or a full disk leaves either the old file or the new one, never
// half of one. Every refusal is a teacher-readable Error from the text table.
//
// The POSIX implementation is the default; a browser build puts its own storage behind FileStore, and
// tests put a store whose disk fills up (see PosixFileStore's hooks).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "model/result.hpp"

namespace tenfold::model {

enum class WriteMode {
    Replace,    // replace the file if it is there (it must be an ordinary file)
    CreateNew,  // refuse if anything is already there under that name
};

class FileStore {
public:
    FileStore() = default;
    FileStore(const FileStore&) = delete;
    FileStore& operator=(const FileStore&) = delete;
    virtual ~FileStore() = default;

    // The whole of an ordinary file of at most maxBytes bytes.
    virtual Result<std::string> read(const std::filesystem::path& path, std::size_t maxBytes) const = 0;
    // Writes `bytes` as the whole of `path`, atomically. On any failure the file that was there is
    // untouched, nothing is left behind, and the Error says why (the disk is full, ...).
    virtual Status write(const std::filesystem::path& path, std::string_view bytes,
                         WriteMode mode = WriteMode::Replace) const = 0;
    // Removes what interrupted writes left in `folder` (a save killed half way); returns how many.
    virtual int removeLeftovers(const std::filesystem::path& folder) const = 0;
};

// The store in use: the POSIX one, unless a UseFileStore is alive.
const FileStore& fileStore();

// Puts `store` behind fileStore() while this object lives (tests; a browser build keeps one for good).
class UseFileStore {
public:
    explicit UseFileStore(const FileStore& store);
    ~UseFileStore();
    UseFileStore(const UseFileStore&) = delete;
    UseFileStore& operator=(const UseFileStore&) = delete;

private:
    const FileStore* previous_;
};

// A temporary file of a save stays at most this long before removeLeftovers takes it even when the
// process that wrote it still seems to run (its number may have been given to another process).
inline constexpr int kStaleSaveSeconds = 600;

class PosixFileStore : public FileStore {
public:
    Result<std::string> read(const std::filesystem::path& path, std::size_t maxBytes) const override;
    Status write(const std::filesystem::path& path, std::string_view bytes,
                 WriteMode mode = WriteMode::Replace) const override;
    // Removes the temporary files of saves whose process is gone, or older than kStaleSaveSeconds, and
    // the ".saving" files older Tenfolds left. Never follows a link.
    int removeLeftovers(const std::filesystem::path& folder) const override;

protected:
    // The system calls a save makes that a full or failing disk refuses, one call each, so a test can
    // make one fail (set errno and return -1) and check that nothing is lost.
    virtual long writeSome(int fd, const char* data, std::size_t size) const;
    virtual int syncFile(int fd) const;
};

// True for the hidden temporary name a save in progress uses: ".NAME.saving-PID-N".
bool isSaveInProgressName(std::string_view fileName);

// Why a system call failed (an errno value), in the teacher's words: "the disk is full", ...
std::string fileErrorReason(int error);

// A size for a message: "16 MB", "64 KB", "900 bytes".
std::string sizeText(std::uintmax_t bytes);

}  // namespace tenfold::model
