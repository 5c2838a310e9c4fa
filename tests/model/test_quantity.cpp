// Tests for the linked group's quantity: parts, pieces, exchanges and re-partitioning with regrouping.
#include <catch2/catch.hpp>

#include "model/quantity.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
PlaceCounts counts(std::int64_t tens, std::int64_t ones) {
    return PlaceCounts::of({{Place::Tens, tens}, {Place::Ones, ones}}).value();
}
}  // namespace

SCENARIO("47 split as 40 and 7 is re-partitioned as 30 and 17") {
    GIVEN("47 as 4 tens in one part and 7 ones in the other") {
        auto q = quantityOfParts({v(40), v(7)});
        REQUIRE(q.ok());
        WHEN("it is re-partitioned into 30 and 17") {
            auto r = repartition(q.value(), {v(30), v(17)});
            REQUIRE(r.ok());
            THEN("the first part holds 3 tens and the second 1 ten and 7 ones, no exchange needed") {
                CHECK(r.value().parts[0] == counts(3, 0));
                CHECK(r.value().parts[1] == counts(1, 7));
                CHECK(r.value().value() == v(47));
            }
            AND_WHEN("it is put back as 40 and 7") {
                auto back = repartition(r.value(), {v(40), v(7)});
                REQUIRE(back.ok());
                THEN("it is 4 tens and 7 ones again") {
                    CHECK(back.value().parts[0] == counts(4, 0));
                    CHECK(back.value().parts[1] == counts(0, 7));
                }
            }
        }
        WHEN("it is re-partitioned into 39 and 8, which needs a ten broken into ones") {
            auto r = repartition(q.value(), {v(39), v(8)});
            REQUIRE(r.ok());
            THEN("one ten is exchanged for ten ones: 3 tens 9 ones and 8 ones") {
                CHECK(r.value().parts[0] == counts(3, 9));
                CHECK(r.value().parts[1] == counts(0, 8));
            }
        }
        WHEN("the new parts do not add up to 47") {
            auto r = repartition(q.value(), {v(30), v(16)});
            THEN("it is refused with the sums") {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().message == "The new parts add up to 46, but the whole is 47.");
            }
        }
    }
    GIVEN("30 and 17 as two parts") {
        auto q = quantityOfParts({v(30), v(17)});
        REQUIRE(q.ok());
        WHEN("they are joined into one part of 47") {
            auto r = repartition(q.value(), {v(47)});
            REQUIRE(r.ok());
            THEN("the one part holds all the pieces: 4 tens and 7 ones") { CHECK(r.value().parts[0] == counts(4, 7)); }
        }
    }
}

SCENARIO("A non-standard arrangement keeps its pieces until it is exchanged") {
    GIVEN("4 tens and 13 ones in one part") {
        Quantity q;
        q.parts = {counts(4, 13)};
        REQUIRE(checkQuantity(q).ok());
        THEN("its value is 53, not 413") { CHECK(q.value() == v(53)); }
        WHEN("it is re-partitioned into one part of the same value") {
            auto r = repartition(q, {v(53)});
            REQUIRE(r.ok());
            THEN("the 13 ones are still there") { CHECK(r.value().parts[0] == counts(4, 13)); }
        }
        WHEN("ten ones are exchanged for a ten") {
            auto r = exchangeUpIn(q, 0, Place::Ones);
            REQUIRE(r.ok());
            THEN("it is 5 tens and 3 ones, still 53") {
                CHECK(r.value().parts[0] == counts(5, 3));
                CHECK(r.value().value() == v(53));
            }
        }
        WHEN("everything is exchanged") {
            THEN("it is the standard 5 tens and 3 ones") { CHECK(exchangeAllParts(q).parts[0] == counts(5, 3)); }
        }
    }
}

SCENARIO("Pieces are taken away only when they are there") {
    GIVEN("52 as 5 tens and 2 ones") {
        const Quantity q = quantityOf(v(52));
        WHEN("a one is taken away three times") {
            auto once = removePiece(q, 0, Place::Ones);
            REQUIRE(once.ok());
            auto twice = removePiece(once.value(), 0, Place::Ones);
            REQUIRE(twice.ok());
            auto thrice = removePiece(twice.value(), 0, Place::Ones);
            THEN("the third is refused: an exchange is needed first") {
                REQUIRE_FALSE(thrice.ok());
                CHECK(thrice.error().message ==
                      "There are no ones here to take away. Exchange one from the next place first.");
            }
        }
        WHEN("a piece is added to a part that is not there") {
            auto r = addPiece(q, 1, Place::Ones);
            THEN("it is refused naming the part as a teacher counts it") {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().message == "There is no part 2.");
            }
        }
    }
}

SCENARIO("Typing a part's value") {
    GIVEN("47 as 40 and 7") {
        auto q = quantityOfParts({v(40), v(7)}).value();
        WHEN("the first part becomes 45 keeping the whole") {
            auto r = setPartValue(q, 0, v(45), true);
            REQUIRE(r.ok());
            THEN("the other part becomes 2 and the whole stays 47") {
                CHECK(r.value().partValues() == std::vector<Value>{v(45), v(2)});
                CHECK(r.value().value() == v(47));
            }
        }
        WHEN("the first part becomes 50 keeping the whole") {
            auto r = setPartValue(q, 0, v(50), true);
            THEN("it is refused: 50 does not fit in 47") {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().message == "A part of 50 is too big: with its neighbour it can be at most 47.");
            }
        }
        WHEN("the second part becomes 9 and the whole follows") {
            auto r = setPartValue(q, 1, v(9), false);
            REQUIRE(r.ok());
            THEN("the whole is 49") { CHECK(r.value().value() == v(49)); }
        }
        WHEN("the whole is set to 50") {
            auto r = setWholeValue(q, v(50));
            REQUIRE(r.ok());
            THEN("the last part takes up the change: 40 and 10") {
                CHECK(r.value().partValues() == std::vector<Value>{v(40), v(10)});
            }
        }
        WHEN("the whole is set smaller than the first part") {
            auto r = setWholeValue(q, v(30));
            THEN("it is refused") {
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().message == "The whole cannot be 30: the other parts already make more.");
            }
        }
        WHEN("a part is removed") {
            auto r = removePart(q, 1);
            REQUIRE(r.ok());
            THEN("its pieces join the part before it and the whole stays") {
                CHECK(r.value().parts.size() == 1);
                CHECK(r.value().parts[0] == counts(4, 7));
            }
        }
    }
}

SCENARIO("Limits of a quantity") {
    WHEN("thirteen parts are asked for") {
        auto r = quantityOfParts(std::vector<Value>(13, v(1)));
        THEN("it is refused") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "A quantity can be split into at most 12 parts.");
        }
    }
    WHEN("a difference is made unknown with only one part") {
        auto r = setUnknown(quantityOf(v(5)), Unknown{UnknownKind::Difference, 0});
        THEN("it is refused") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "A difference needs at least two bars to compare.");
        }
    }
    WHEN("12,345 is broken down into ones") {
        auto r = breakAllPartsDownTo(quantityOf(v(12345)), Place::Ones);
        THEN("it is refused: more pieces than a model can hold") {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message == "That would be more than 10,000 pieces, too many for one model.");
        }
    }
    WHEN("9,999 is broken down into ones") {
        auto r = breakAllPartsDownTo(quantityOf(v(9999)), Place::Ones);
        THEN("it fits: 9,999 loose ones") {
            REQUIRE(r.ok());
            CHECK(r.value().parts[0].count(Place::Ones) == 9999);
        }
    }
}
