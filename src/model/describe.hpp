// describe: a board in words, for `tenfold describe BOARD [--json]` and as a text alternative for pupils
// who cannot see the board. For every model: its kind, level, the models it is linked with, the exact
// value and its abstract forms (numeral, expanded form, words, place value sentence), the parts, what is
// unknown, the fact family (2 to 5 parts) and the stem sentence of what is on screen.
#pragma once

#include <string>
#include <vector>

#include "model/board.hpp"

namespace tenfold::model {

// Everything said about one model (all text from the table).
struct ModelDescription {
    ModelId id = 0;
    std::string kind;           // "blocks" (the file name of the kind)
    std::string kindName;       // "base 10 blocks"
    std::string level;          // "concrete"
    std::vector<ModelId> linkedWith;
    std::string value;          // "234" (exact numeral)
    std::string expandedForm;   // "200 + 30 + 4"
    std::string words;          // "two hundred and thirty-four"
    std::string placeValueSentence;
    std::vector<std::string> parts;  // numerals of the parts, in order
    std::string unknown;        // "none", "the whole", "part 2", "the difference"
    std::vector<std::string> factFamily;  // whole last, then whole first (empty when not 2-5 parts)
    std::string stemSentence;
    // Money models: the amount ("£2.29"), in words, and the coins and notes ("1 £2 coin, 1 20p coin, ...").
    std::string moneyAmount, moneyWords, coins;
    // While pieces or coins are being taken away: "52 - 37 = 15".
    std::string takeAway;
};

ModelDescription describeModel(const Board& board, const Model& model);
// The quantity as one number sentence with the whole first: "234 = 200 + 30 + 4", "? = 30 + 4" when the
// whole is asked for, "47 = 40 + ?" when a part is; just the whole ("47") with one part.
std::string wholeFirstEquation(const Quantity& q);
// Plain text, one block of lines per model.
std::string describeBoard(const Board& board);
// The same as one JSON document: {"format": "tenfold-describe", "version": 1, "models": [...]}.
std::string describeBoardJson(const Board& board);

}  // namespace tenfold::model
