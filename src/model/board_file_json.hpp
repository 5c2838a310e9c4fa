// The board reader's JSON-level pieces (model-internal), shared by every Tenfold file that embeds boards
// or reads the same kinds of values (lesson files, command logs): type and range checks that name the
// place of a problem as a JSON pointer, and the reader of a whole board. A problem is thrown as a Fault
// (pointer and reason) and turned into one Error at the top of each reader, so nothing half-made escapes.
// Reading goes through the strict reader (json_doc.hpp: numbers as written, no key given twice); writing
// builds nlohmann-json values. Only model code that reads or writes files includes this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "model/board.hpp"
#include "model/board_file.hpp"
#include "model/command.hpp"
#include "model/excerpt.hpp"
#include "model/json_doc.hpp"
#include "model/text.hpp"

namespace tenfold::model::file {

using json = JsonValue;  // what the readers read
inline constexpr std::size_t kMaxTextLength = 200;  // any one text in a file (titles, labels, names)
// The limits of every Tenfold file: nesting, list and object sizes (a board's objects have at most 15
// keys; a longer one is refused while it is read).
inline constexpr JsonLimits kBoardLimits{kMaxJsonDepth, kMaxJsonArray, 64};

struct Fault {
    std::string pointer;
    std::string reason;
};
[[noreturn]] void fail(const std::string& pointer, std::string reason);

// JSON pointers: base + "/" + key (with ~ and / escaped), base + "/" + index.
std::string join(const std::string& base, std::string_view key);
std::string join(const std::string& base, std::size_t index);

// Each returns what it read or fails at `ptr` with the reason.
json object(const json& j, const std::string& ptr);
json array(const json& j, const std::string& ptr, std::size_t maxSize);
void onlyKeys(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed);
std::optional<json> optional(const json& obj, std::string_view key);
json required(const json& obj, const std::string& ptr, std::string_view key);
std::string text(const json& j, const std::string& ptr);  // at most kMaxTextLength bytes
bool boolean(const json& j, const std::string& ptr);
std::int64_t integer(const json& j, const std::string& ptr, std::int64_t lo, std::int64_t hi);
int smallInt(const json& j, const std::string& ptr, int lo, int hi);
double coordinate(const json& j, const std::string& ptr);
Place place(const json& j, const std::string& ptr);
bool isQuestion(const json& j);                            // the text "?"
Value value(const json& j, const std::string& ptr);        // 47, 0.45 or "0.45"
std::pair<int, int> intPair(const json& j, const std::string& ptr, int hi);
Settings readSettings(const json& j, const std::string& ptr);
// A fraction wall's rows: [{"parts": 3, "shaded": 2}, ...], 1..12 rows, each checked (checkFractionRow).
std::vector<FractionRow> readFractionRows(const json& j, const std::string& ptr);
nlohmann::json fractionRowsJson(const std::vector<FractionRow>& rows);
// One of a set of names ("blocks", "part-whole"), refused with the list of choices.
template <class E>
E named(const json& j, const std::string& ptr, std::optional<E> (*from)(std::string_view), std::string_view choices) {
    const std::string s = text(j, ptr);
    const auto e = from(s);
    if (!e) fail(ptr, tr("engine.file.unknown_name", {excerpt(s), choices}));
    return *e;
}

// A whole board, laid out where only values are given, but not yet checked with validateBoard. Places
// are named from the board's own root ("/models/2"): a caller embedding a board prefixes its own pointer.
// With `embedded`, "format" and "version" may be left out (the enclosing file has its own).
Board readBoard(const json& root, bool embedded);

// ---- Commands (command_file.cpp) ---------------------------------------------------------------------------
nlohmann::json commandJson(const Command& command);
Command readCommand(const json& j, const std::string& ptr);
// A value as files write it: whole numbers as numbers (47), decimals as text ("0.45") so they stay exact.
nlohmann::json valueJson(Value v);
nlohmann::json settingsJson(const Settings& s);
}  // namespace tenfold::model::file
