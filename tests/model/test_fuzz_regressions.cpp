// Every file the fuzzer ever found (tests/data/fuzz/<reader>/) is read again by the same checks the fuzz
// targets make (tests/fuzz/reader_checks.hpp), in every build, with or without clang.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "reader_checks.hpp"

namespace fs = std::filesystem;

SCENARIO("Every file the fuzzer found still reads or is refused as it should") {
    const fs::path dir = fs::path(TENFOLD_TEST_DATA_DIR) / "fuzz" / "board";
    REQUIRE(fs::is_directory(dir));
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().filename().string().front() == '.') continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        INFO(entry.path().filename().string());
        CHECK(tenfold::fuzz::checkBoardReader(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == "");
        ++files;
    }
    CHECK(files >= 1);
}
