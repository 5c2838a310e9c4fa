// What every reader of a user's file must do with any bytes at all, checked by the fuzz targets
// (fuzz_*.cpp, coverage-guided by libFuzzer) and by the regression test that loads every file the
// fuzzer ever found (tests/data/fuzz/<reader>/). Each check returns "" when the reader behaved, else what
// went wrong. A reader must never crash or hang (the sanitizers and libFuzzer catch those); a board it
// accepts must be valid and save and load back equal; a refusal must be a short message (an excerpt of
// the file at most), never the file.
//
// To add a reader (a lesson file, say): write checkLessonReader here, a fuzz_lesson_reader.cpp beside
// fuzz_board_reader.cpp, one tenfold_add_fuzzer(lesson ...) line in tests/fuzz/CMakeLists.txt, and a
// folder tests/data/fuzz/lesson for what it finds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/board_file.hpp"
#include "model/json_doc.hpp"

namespace tenfold::fuzz {

// Far above any real refusal (a pointer 16 levels deep of 40-byte excerpts and a reason), far below the
// size of a file: a message longer than this quotes too much.
inline constexpr std::size_t kMaxMessageBytes = 2048;

// Touches every value of a JSON tree, so the fuzzer reaches the accessors too.
inline std::size_t walk(const model::JsonValue& v) {
    std::size_t n = 1 + v.text().size() + (v.boolean() ? 1 : 0);
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v.isObject()) n += v.key(i).size() + (v.find(v.key(i)) ? 1 : 0);
        n += walk(v[i]);
    }
    return n;
}

inline std::string checkBoardReader(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    model::JsonProblem problem;
    if (const auto doc = model::JsonDoc::parse(text, model::JsonLimits{}, problem)) (void)walk(doc->root());
    else if (!problem.syntax && problem.reason.empty()) return "the JSON reader refused without a reason";

    const model::Result<model::Board> board = model::boardFromJson(text);
    if (!board) {
        const std::string& m = board.error().message;
        if (m.empty()) return "a refusal without a message";
        if (m.size() > kMaxMessageBytes) return "a refusal of " + std::to_string(m.size()) + " bytes";
        return "";
    }
    if (!model::validateBoard(board.value())) return "an accepted board that is not valid";
    const std::string saved = model::boardToJson(board.value());
    const model::Result<model::Board> again = model::boardFromJson(saved);
    if (!again) return "an accepted board whose saved file is refused: " + again.error().message;
    if (!(again.value() == board.value())) return "an accepted board that does not load back equal";
    return "";
}

}  // namespace tenfold::fuzz
