// A money model drawn as UK coins and notes a child recognises: round copper 1p and 2p, round silver 5p
// and 10p, seven-sided silver 20p and 50p, the twelve-sided gold-and-silver £1, the round £2 with its silver
// centre, and the notes as rectangles that grow with their value; every coin and note has its value printed
// on it (colour never says the value alone). Largest first, left to right, wrapping into rows.
// Concrete: the coins in their colours. Pictorial: the same shapes drawn flat in outline. Abstract: the
// coins as a sum ("£2 + 20p + 5p + 2 × 2p = £2.29"). Under the coins: the amount ("£2.29"), in words, and
// while coins are taken away the subtraction ("£5 - £1.20 = £3.80").
#pragma once

#include "model/board.hpp"
#include "model/money.hpp"
#include "representations/legibility.hpp"
#include "representations/scene.hpp"

namespace tenfold::repr {

// The size of a coin or note as drawn (board units): a coin's width across, a note's width and height.
struct CoinSize {
    float w = 0, h = 0;
};
CoinSize coinSize(model::Coin c);

// One coin or note centred on (x, y), its value printed on it. `flat`: outline only (pictorial).
void drawCoin(scene::Layer& layer, model::Coin c, float x, float y, float scale, bool flat, std::uint64_t tag,
              const TextScale& text = {});

// Returns the area it covers in board units. `level`: 0 concrete .. 2 abstract.
scene::Rect buildMoneyModel(scene::Layer& layer, const model::Board& board, const model::Model& m, float level = 0.0f,
                            const TextScale& text = {});

}  // namespace tenfold::repr
