// Money: UK coins and notes (1p, 2p, 5p, 10p, 20p, 50p, £1, £2, £5, £10, £20, £50) as a way of showing
// a quantity in pence (229 is £2.29, 100p is a hundred). A money model holds how many of each coin and
// note there are; the pure rules here read an amount ("£2.29", "two pounds and twenty-nine pence"),
// exchange coins (one 20p for two 10p, one 50p for 20p + 20p + 10p, ten 10p for £1), make the fewest
// coins, and bring a purse in step with a new amount while keeping the coins that still fit.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// Smallest first. Notes are the last four.
enum class Coin : int { P1, P2, P5, P10, P20, P50, L1, L2, L5, L10, L20, L50 };
inline constexpr int kCoinCount = 12;
inline constexpr std::array<Coin, kCoinCount> kAllCoins{Coin::P1,  Coin::P2, Coin::P5, Coin::P10, Coin::P20, Coin::P50,
                                                        Coin::L1,  Coin::L2, Coin::L5, Coin::L10, Coin::L20, Coin::L50};
// The most coins and notes one money model may hold (as many as the pieces of a chart).
inline constexpr std::int64_t kMaxCoins = 10'000;
inline constexpr std::int64_t kPencePerPound = 100;

constexpr bool isCoin(Coin c) { return static_cast<int>(c) >= 0 && static_cast<int>(c) < kCoinCount; }
constexpr int coinIndex(Coin c) { return static_cast<int>(c); }
// What it is worth, in pence: 1 .. 5,000. Precondition: isCoin(c).
std::int64_t coinPence(Coin c);
// £5, £10, £20 and £50 are notes; the rest are coins.
constexpr bool isNote(Coin c) { return static_cast<int>(c) >= static_cast<int>(Coin::L5); }
// The name printed on it and used in board files and replay scripts: "1p", "20p", "£1", "£20".
std::string_view coinId(Coin c);
std::optional<Coin> coinFromId(std::string_view id);

// How many of each coin and note, smallest first (a purse; where each lies is the view's tidy layout).
struct MoneyLayout {
    std::array<std::int64_t, kCoinCount> counts{};
    // Coins are being taken away: the amount before the first was taken (pence).
    std::optional<std::int64_t> takeAwayFrom;
    bool operator==(const MoneyLayout&) const = default;
};

std::int64_t countOf(const MoneyLayout& m, Coin c);
std::int64_t totalPence(const MoneyLayout& m);
std::int64_t coinCount(const MoneyLayout& m);
// Counts of 0 or more and no more than kMaxCoins in all; the reason otherwise.
Status checkMoney(const MoneyLayout& m);

// ---- Exchanging --------------------------------------------------------------------------------------------
// The fewest coins and notes that make an amount, largest first (229p: £2, 20p, 5p, 2p, 2p).
MoneyLayout fewestCoins(std::int64_t pence);
// One coin given as change in the fewest smaller coins: 20p -> 10p + 10p, 50p -> 20p + 20p + 10p,
// £1 -> 50p + 50p, 5p -> 2p + 2p + 1p. Nothing for 1p.
std::vector<Coin> changeFor(Coin c);
// The largest coin that coins of one kind make exactly, when there are enough of them: ten 10p make £1,
// five 10p 50p, two 10p 20p; two 20p make nothing (40p is no coin), five 20p make £1.
std::optional<Coin> exchangeUpTarget(const MoneyLayout& m, Coin c);
// One coin broken into its change (refused when there is none of it, or for 1p).
Result<MoneyLayout> breakCoin(const MoneyLayout& m, Coin c);
// Coins of one kind exchanged for the largest coin they make (refused when they make none).
Result<MoneyLayout> exchangeCoinsUp(const MoneyLayout& m, Coin c);
// The purse brought in step with a new amount, keeping every coin it can: a smaller amount takes away a
// coin worth exactly the difference, else breaks the smallest coin worth more than the difference and
// gives change, else takes the largest coin and tries again; a larger amount adds the fewest coins.
MoneyLayout syncCoins(const MoneyLayout& m, std::int64_t pence);
// Whether a quantity can be shown as money (whole pence only, not too many coins), with the reason.
Status canShowAsMoney(Value v);

// ---- Readings (all from the text table) --------------------------------------------------------------------
// "29p", "£3", "£2.29", "£1,234.05".
std::string moneyNumeral(std::int64_t pence);
// "£2 and 29p", "£3", "29p".
std::string moneyPoundsAndPence(std::int64_t pence);
// "two pounds and twenty-nine pence", "one pound", "one penny", "zero pence".
std::string moneyWords(std::int64_t pence);
// The coins as a sum, largest first, repeated coins counted: "£2 + 20p + 5p + 2 × 2p = £2.29"; with no
// coins "0p".
std::string coinsSentence(const MoneyLayout& m);
// "1 £2 coin, 1 20p coin, 1 5p coin and 2 2p coins"; notes are "notes".
std::string coinsList(const MoneyLayout& m);
// A take-away in money: "£5 - £1.20 = £3.80".
std::string moneyTakeAway(std::int64_t from, std::int64_t now);

}  // namespace tenfold::model
