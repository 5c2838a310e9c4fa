// libFuzzer target for the board reader (boardFromJson and the JSON reader under it): every input must be
// read or refused as reader_checks.hpp says; anything else stops the run with the input saved.
#include <cstdio>
#include <cstdlib>

#include "reader_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem = tenfold::fuzz::checkBoardReader(data, size);
    if (!problem.empty()) {
        std::fprintf(stderr, "board reader: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
