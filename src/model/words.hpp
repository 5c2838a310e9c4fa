// Number words in English (UK) with the British "and": "three hundred and forty-seven",
// "one thousand and five", "two hundred and thirty-four thousand, five hundred and sixty-seven",
// "zero point four five". Every word comes from the text table.
#pragma once

#include <cstdint>
#include <string>

#include "model/value.hpp"

namespace tenfold::model {

// The words for any Value: whole part in words, decimals read digit by digit after "point", trailing
// zeros after the point left out (0.450 -> "zero point four five").
std::string words(Value v);
// The words for a whole number 0..9,999,999 ("" outside that range, which a Value cannot hold).
std::string wholeWords(std::int64_t n);

}  // namespace tenfold::model
