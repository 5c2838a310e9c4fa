// The board reader's JSON-level pieces (model-internal), shared by every Tenfold file that embeds boards
// or reads the same kinds of values (lesson files, command logs): type and range checks that name the
// place of a problem as a JSON pointer, and the reader of a whole board. A problem is thrown as a Fault
// (pointer and reason) and turned into one Error at the top of each reader, so nothing half-made escapes.
// Only model code that reads files includes this (it brings in nlohmann-json).
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
#include "model/command.hpp"
#include "model/text.hpp"

namespace tenfold::model::file {

using nlohmann::json;

inline constexpr std::size_t kMaxTextLength = 200;  // any one text in a file (titles, labels, names)

struct Fault {
    std::string pointer;
    std::string reason;
};
[[noreturn]] void fail(const std::string& pointer, std::string reason);

// JSON pointers: base + "/" + key (with ~ and / escaped), base + "/" + index.
std::string join(const std::string& base, std::string_view key);
std::string join(const std::string& base, std::size_t index);

// Each returns what it read or fails at `ptr` with the reason.
const json& object(const json& j, const std::string& ptr);
const json& array(const json& j, const std::string& ptr, std::size_t maxSize);
void onlyKeys(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed);
const json* optional(const json& obj, std::string_view key);
const json& required(const json& obj, const std::string& ptr, std::string_view key);
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
// One of a set of names ("blocks", "part-whole"), refused with the list of choices.
template <class E>
E named(const json& j, const std::string& ptr, std::optional<E> (*from)(std::string_view), std::string_view choices) {
    const std::string s = text(j, ptr);
    const auto e = from(s);
    if (!e) fail(ptr, tr("engine.file.unknown_name", {s, choices}));
    return *e;
}

// Refuses text nested deeper than kMaxJsonDepth before the parser sees it (fails at "").
void checkDepth(std::string_view text);
// A whole board, laid out where only values are given, but not yet checked with validateBoard. Places
// are named from the board's own root ("/models/2"): a caller embedding a board prefixes its own pointer.
// With `embedded`, "format" and "version" may be left out (the enclosing file has its own).
Board readBoard(const json& root, bool embedded);

// ---- Commands (command_file.cpp) ---------------------------------------------------------------------------
json commandJson(const Command& command);
Command readCommand(const json& j, const std::string& ptr);
// A value as files write it: whole numbers as numbers (47), decimals as text ("0.45") so they stay exact.
json valueJson(Value v);
json settingsJson(const Settings& s);
}  // namespace tenfold::model::file
