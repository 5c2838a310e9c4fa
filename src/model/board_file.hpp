// Board files: a board as one JSON document (format "tenfold-board", version 1), saved atomically and
// loaded with everything checked. A malformed, truncated or hostile file gives an Error naming the place
// (a JSON pointer such as /models/2/parts/1) and the reason, never a crash and never a half-made board:
// loading returns a whole new Board or an Error, and the caller keeps the board it had.
// A model may be given by its value alone ("blocks of 347", "a part-whole of 47 with parts 40 and ?",
// "a bar of 24 in 3 equal parts with 2 shaded") and is laid out here, so lesson boards can be written by
// hand. See docs/board-format.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "model/board.hpp"
#include "model/file_store.hpp"
#include "model/result.hpp"

namespace tenfold::model {

inline constexpr std::string_view kBoardFormatName = "tenfold-board";
inline constexpr int kBoardFormatVersion = 1;
inline constexpr std::size_t kMaxBoardFileBytes = 16u * 1024u * 1024u;  // 12 charts of 9,999 loose pieces fit
inline constexpr int kMaxJsonDepth = 16;                                // the format itself needs 6
inline constexpr std::size_t kMaxJsonArray = kMaxPieces;                // the longest list a board can need

// The board as JSON text (pretty printed, two spaces).
std::string boardToJson(const Board& board);
// A board from JSON text: parsed, laid out where only values are given, then checked with validateBoard.
Result<Board> boardFromJson(std::string_view text);

// Saves through the file seam (fileStore().write: a temporary file in the same folder, made exclusively,
// flushed to the disk, renamed over `path`, the folder flushed), so a crash, a power cut or a full disk
// never leaves half a board file and a failed save leaves the old file as it was. Refuses a board that
// does not pass validateBoard, and one whose file would be larger than kMaxBoardFileBytes (it could not
// be opened again).
// WriteMode::CreateNew refuses to write over anything already there.
Status saveBoardFile(const Board& board, const std::filesystem::path& path, WriteMode mode = WriteMode::Replace);
// Reads (through fileStore().read: ordinary files only, never more than kMaxBoardFileBytes) and checks a
// board file.
Result<Board> loadBoardFile(const std::filesystem::path& path);

}  // namespace tenfold::model
