// Money: UK coins and notes as a way of showing a quantity in pence. Readings ("£2.29", "two pounds and
// twenty-nine pence"), the exchange rules (change for a coin, coins for a larger one, the fewest coins),
// keeping a purse in step with a linked chart (100p is a hundred), and money in board files and describe.
#include <catch2/catch.hpp>

#include "model/board_file.hpp"
#include "model/command.hpp"
#include "model/describe.hpp"
#include "model/money.hpp"
#include "model/pieces.hpp"
#include "model/take_away.hpp"

using namespace tenfold::model;

namespace {

Value v(std::int64_t n) { return Value::whole(n).value(); }

MoneyLayout purse(std::initializer_list<std::pair<Coin, std::int64_t>> coins) {
    MoneyLayout m;
    for (const auto& [c, n] : coins) m.counts[static_cast<std::size_t>(coinIndex(c))] = n;
    return m;
}

// Money of `pence` (model 2, group 1) and, if asked, linked blocks (model 3).
Session moneyOf(std::int64_t pence, bool withBlocks = false) {
    Session s(Board{});
    REQUIRE(s.apply(AddModel{Representation::Money, Level::Concrete, Point{0, 0}, v(pence), std::nullopt}).ok());
    if (withBlocks) REQUIRE(s.apply(AddModel{Representation::Blocks, Level::Concrete, Point{900, 0}, Value{}, ModelId{2}}).ok());
    return s;
}

const MoneyLayout& moneyIn(const Session& s, ModelId id = 2) { return findModel(s.board(), id)->layouts.money; }
const Quantity& quantityIn(const Session& s, ModelId id = 2) {
    return findGroup(s.board(), findModel(s.board(), id)->group)->quantity;
}
std::int64_t blocksOfPlace(const Session& s, ModelId id, Place p) {
    const auto& pieces = findModel(s.board(), id)->layouts.blocks.pieces;
    return std::count_if(pieces.begin(), pieces.end(), [&](const Piece& x) { return x.place == p; });
}

}  // namespace

SCENARIO("Amounts of money read as a class reads them", "[money]") {
    THEN("pence under a pound are written with p and read as pence") {
        CHECK(moneyNumeral(29) == "29p");
        CHECK(moneyWords(29) == "twenty-nine pence");
        CHECK(moneyNumeral(1) == "1p");
        CHECK(moneyWords(1) == "one penny");
        CHECK(moneyWords(0) == "zero pence");
    }
    THEN("pounds and pence are written with the pound sign and two decimal places") {
        CHECK(moneyNumeral(229) == "£2.29");
        CHECK(moneyWords(229) == "two pounds and twenty-nine pence");
        CHECK(moneyPoundsAndPence(229) == "£2 and 29p");
        CHECK(moneyNumeral(205) == "£2.05");
        CHECK(moneyWords(205) == "two pounds and five pence");
        CHECK(moneyWords(101) == "one pound and one penny");
    }
    THEN("whole pounds need no pence") {
        CHECK(moneyNumeral(300) == "£3");
        CHECK(moneyWords(100) == "one pound");
        CHECK(moneyPoundsAndPence(300) == "£3");
    }
    THEN("large amounts have commas between the thousands") {
        CHECK(moneyNumeral(123456) == "£1,234.56");
        CHECK(moneyWords(123456) == "one thousand, two hundred and thirty-four pounds and fifty-six pence");
    }
}

SCENARIO("Every coin and note has its value and its printed name", "[money]") {
    CHECK(coinPence(Coin::P1) == 1);
    CHECK(coinPence(Coin::P50) == 50);
    CHECK(coinPence(Coin::L2) == 200);
    CHECK(coinPence(Coin::L50) == 5000);
    CHECK(isNote(Coin::L5));
    CHECK_FALSE(isNote(Coin::L2));
    for (const Coin c : kAllCoins) {
        INFO(coinId(c));
        CHECK(coinFromId(coinId(c)) == c);
        CHECK(moneyNumeral(coinPence(c)) == coinId(c));  // the name printed on it is its amount
    }
    CHECK_FALSE(coinFromId("3p"));
}

SCENARIO("Coins are exchanged the way a class exchanges them", "[money]") {
    GIVEN("one coin broken into change") {
        THEN("a 20p is two 10p, a 50p is 20p + 20p + 10p, a pound is two 50p, a 5p is 2p + 2p + 1p") {
            CHECK(changeFor(Coin::P20) == std::vector<Coin>{Coin::P10, Coin::P10});
            CHECK(changeFor(Coin::P50) == std::vector<Coin>{Coin::P20, Coin::P20, Coin::P10});
            CHECK(changeFor(Coin::L1) == std::vector<Coin>{Coin::P50, Coin::P50});
            CHECK(changeFor(Coin::P5) == std::vector<Coin>{Coin::P2, Coin::P2, Coin::P1});
            CHECK(changeFor(Coin::L5) == std::vector<Coin>{Coin::L2, Coin::L2, Coin::L1});
            CHECK(changeFor(Coin::L50) == std::vector<Coin>{Coin::L20, Coin::L20, Coin::L10});
        }
        THEN("a 1p cannot be broken") {
            CHECK(changeFor(Coin::P1).empty());
            CHECK(breakCoin(purse({{Coin::P1, 3}}), Coin::P1).error().message == "1p is the smallest coin: it cannot be broken into smaller coins.");
        }
        THEN("breaking keeps the amount") {
            const MoneyLayout before = purse({{Coin::P50, 1}, {Coin::P2, 1}});
            const MoneyLayout after = breakCoin(before, Coin::P50).value();
            CHECK(totalPence(after) == totalPence(before));
            CHECK(after == purse({{Coin::P20, 2}, {Coin::P10, 1}, {Coin::P2, 1}}));
        }
    }
    GIVEN("coins of one kind exchanged for a larger coin") {
        THEN("ten 10p make a pound, five 10p make 50p, two 10p make 20p, three 10p still make 20p") {
            CHECK(exchangeUpTarget(purse({{Coin::P10, 10}}), Coin::P10) == Coin::L1);
            CHECK(exchangeUpTarget(purse({{Coin::P10, 5}}), Coin::P10) == Coin::P50);
            CHECK(exchangeUpTarget(purse({{Coin::P10, 2}}), Coin::P10) == Coin::P20);
            CHECK(exchangeUpTarget(purse({{Coin::P10, 3}}), Coin::P10) == Coin::P20);
        }
        THEN("two 20p make no coin (there is no 40p), five make a pound") {
            CHECK_FALSE(exchangeUpTarget(purse({{Coin::P20, 2}}), Coin::P20));
            CHECK(exchangeUpTarget(purse({{Coin::P20, 5}}), Coin::P20) == Coin::L1);
            CHECK(exchangeCoinsUp(purse({{Coin::P20, 2}}), Coin::P20).error().message ==
                  "It takes 5 × 20p to make £1: there are only 2.");
        }
        THEN("ten 10p exchanged leave a pound coin and keep the amount") {
            const MoneyLayout after = exchangeCoinsUp(purse({{Coin::P10, 12}}), Coin::P10).value();
            CHECK(after == purse({{Coin::L1, 1}, {Coin::P10, 2}}));
            CHECK(totalPence(after) == 120);
        }
        THEN("nothing is worth more than a £50 note") {
            CHECK(exchangeCoinsUp(purse({{Coin::L50, 4}}), Coin::L50).error().message == "£50 is the largest note: nothing is worth more.");
        }
    }
    GIVEN("an amount in the fewest coins") {
        THEN("229p is £2, 20p, 5p, 2p and 2p") {
            CHECK(fewestCoins(229) == purse({{Coin::L2, 1}, {Coin::P20, 1}, {Coin::P5, 1}, {Coin::P2, 2}}));
            CHECK(coinsSentence(fewestCoins(229)) == "£2 + 20p + 5p + 2 × 2p = £2.29");
            CHECK(coinsList(fewestCoins(229)) == "1 £2 coin, 1 20p coin, 1 5p coin and 2 2p coins");
            CHECK(coinsList(fewestCoins(2500)) == "1 £20 note and 1 £5 note");
        }
    }
}

SCENARIO("A purse follows a new amount and keeps the coins that still fit", "[money]") {
    GIVEN("£2.29 as £2, 20p, 5p, 2p and 2p") {
        const MoneyLayout m = fewestCoins(229);
        THEN("1p less breaks a 2p and gives a penny back") {
            CHECK(syncCoins(m, 228) == purse({{Coin::L2, 1}, {Coin::P20, 1}, {Coin::P5, 1}, {Coin::P2, 1}, {Coin::P1, 1}}));
        }
        THEN("20p less takes the 20p away") {
            CHECK(syncCoins(m, 209) == purse({{Coin::L2, 1}, {Coin::P5, 1}, {Coin::P2, 2}}));
        }
        THEN("a pound less breaks the £2 and gives a pound back") {
            CHECK(syncCoins(m, 129) == purse({{Coin::L1, 1}, {Coin::P20, 1}, {Coin::P5, 1}, {Coin::P2, 2}}));
        }
        THEN("more adds the fewest coins for the difference") {
            CHECK(syncCoins(m, 300) == purse({{Coin::L2, 1}, {Coin::P50, 1}, {Coin::P20, 2}, {Coin::P5, 1}, {Coin::P2, 2}, {Coin::P1, 1}}));
        }
        THEN("every amount is matched exactly") {
            for (std::int64_t p = 0; p <= 1200; p += 7) CHECK(totalPence(syncCoins(m, p)) == p);
        }
    }
    THEN("money counts whole pence only") {
        CHECK(canShowAsMoney(Value::parse("2.5").value()).error().message ==
              "Money counts whole pence, so 2.5 cannot be shown as coins (229 is £2.29, 229 pence).");
        CHECK(canShowAsMoney(v(9'999'999)).ok());
    }
}

SCENARIO("Money linked to blocks: 100p is a hundred", "[money]") {
    GIVEN("229p as money linked to base 10 blocks") {
        Session s = moneyOf(229, true);
        REQUIRE(validateBoard(s.board()).ok());
        CHECK(moneyIn(s) == fewestCoins(229));
        CHECK(blocksOfPlace(s, 3, Place::Hundreds) == 2);
        WHEN("a 20p coin is added") {
            REQUIRE(s.apply(AddCoin{2, Coin::P20}).ok());
            THEN("the amount is £2.49 and the blocks gain two rods") {
                CHECK(quantityIn(s).value() == v(249));
                CHECK(blocksOfPlace(s, 3, Place::Tens) == 4);
                CHECK(countOf(moneyIn(s), Coin::P20) == 2);
            }
        }
        WHEN("a flat is added to the blocks") {
            REQUIRE(s.apply(AddPiece{3, 0, Place::Hundreds, std::nullopt}).ok());
            THEN("the purse gains a pound coin") {
                CHECK(quantityIn(s).value() == v(329));
                CHECK(countOf(moneyIn(s), Coin::L1) == 1);
                CHECK(countOf(moneyIn(s), Coin::L2) == 1);
            }
        }
        WHEN("the £2 coin is broken") {
            REQUIRE(s.apply(ExchangeCoin{2, Coin::L2, false}).ok());
            THEN("there are two pound coins and nothing else changed") {
                CHECK(countOf(moneyIn(s), Coin::L1) == 2);
                CHECK(quantityIn(s).value() == v(229));
                CHECK(blocksOfPlace(s, 3, Place::Hundreds) == 2);
            }
        }
        WHEN("the 20p coin is taken away") {
            REQUIRE(s.apply(RemoveCoin{2, Coin::P20}).ok());
            THEN("the amount is £2.09, the blocks lose two rods and the take-away is written") {
                CHECK(quantityIn(s).value() == v(209));
                CHECK(blocksOfPlace(s, 3, Place::Tens) == 0);
                CHECK(takeAwaySentence(moneyIn(s), 209) == std::optional<std::string>("£2.29 - 20p = £2.09"));
            }
            AND_WHEN("a coin is added again") {
                REQUIRE(s.apply(AddCoin{2, Coin::P50}).ok());
                THEN("the take-away has ended") { CHECK_FALSE(moneyIn(s).takeAwayFrom); }
            }
        }
        THEN("a coin that is not there cannot be taken or exchanged") {
            CHECK(s.apply(RemoveCoin{2, Coin::P10}).error().message == "There is no 10p here to take away or exchange.");
            CHECK(s.apply(ExchangeCoin{2, Coin::P10, false}).error().message == "There is no 10p here to take away or exchange.");
        }
        THEN("exchange all makes the fewest coins again, and only when they are not already") {
            REQUIRE(s.apply(ExchangeCoin{2, Coin::L2, false}).ok());
            REQUIRE(s.apply(ExchangeAll{2}).ok());
            CHECK(moneyIn(s) == fewestCoins(229));
        }
    }
    GIVEN("£1 as a pound coin linked to a flat, the pound broken into two 50p") {
        Session s = moneyOf(100, true);
        REQUIRE(s.apply(ExchangeCoin{2, Coin::L1, false}).ok());
        WHEN("a 50p is taken away, though the blocks have no tens to take") {
            REQUIRE(s.apply(RemoveCoin{2, Coin::P50}).ok());
            THEN("the flat is exchanged: five rods are left") {
                CHECK(quantityIn(s).value() == v(50));
                CHECK(blocksOfPlace(s, 3, Place::Hundreds) == 0);
                CHECK(blocksOfPlace(s, 3, Place::Tens) == 5);
                CHECK(validateBoard(s.board()).ok());
            }
        }
    }
    GIVEN("a decimal group") {
        Session s(Board{});
        REQUIRE(s.apply(AddModel{Representation::Blocks, Level::Concrete, Point{0, 0}, Value::parse("2.5").value(), std::nullopt}).ok());
        THEN("it cannot be shown as money, with the reason") {
            const Status shown = s.apply(ShowAs{2, Representation::Money});
            CHECK(shown.error().message == "Money counts whole pence, so 2.5 cannot be shown as coins (229 is £2.29, 229 pence).");
        }
    }
    GIVEN("exchange switched off") {
        Session s = moneyOf(229);
        Settings off;
        off.exchange = ExchangeMode::Off;
        REQUIRE(s.apply(SetSettings{off}).ok());
        THEN("coins are not exchanged") { CHECK_FALSE(s.apply(ExchangeCoin{2, Coin::L2, false}).ok()); }
    }
}

SCENARIO("Money in board files and in describe", "[money]") {
    GIVEN("a hand-written board of 229p as money") {
        const auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1,
            "models": [{"kind": "money", "value": 229}]})");
        REQUIRE(b.ok());
        THEN("it is laid out in the fewest coins") { CHECK(b.value().models[0].layouts.money == fewestCoins(229)); }
        THEN("describe reads the amount, its words and its coins") {
            const std::string text = describeBoard(b.value());
            CHECK_THAT(text, Catch::Contains("Money: £2.29 (two pounds and twenty-nine pence), in 1 £2 coin, 1 20p coin, 1 5p coin and 2 2p coins"));
            CHECK_THAT(text, Catch::Contains("Stem sentence: £2 + 20p + 5p + 2 × 2p = £2.29"));
            CHECK_THAT(describeBoardJson(b.value()), Catch::Contains("\"amount\": \"£2.29\""));
        }
        THEN("saving and loading gives the same board") {
            CHECK(boardFromJson(boardToJson(b.value())).value() == b.value());
        }
    }
    GIVEN("coins written by hand") {
        const auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1,
            "models": [{"kind": "money", "value": 30, "money": {"coins": {"10p": 3}}}]})");
        REQUIRE(b.ok());
        CHECK(countOf(b.value().models[0].layouts.money, Coin::P10) == 3);
    }
    THEN("coins that do not make the amount, or a coin that is not one, are refused with the place") {
        CHECK(boardFromJson(R"({"format": "tenfold-board", "version": 1,
            "models": [{"kind": "money", "value": 30, "money": {"coins": {"10p": 2}}}]})").error().message ==
              "/models/0/money: The coins make 20p, but the group is 30p.");
        CHECK_THAT(boardFromJson(R"({"format": "tenfold-board", "version": 1,
            "models": [{"kind": "money", "value": 30, "money": {"coins": {"15p": 2}}}]})").error().message,
                   Catch::StartsWith("/models/0/money/coins/15p: \"15p\" is not one of: 1p, 2p"));
    }
}
