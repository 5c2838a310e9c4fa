// Tests for PlaceCounts: flexible arrangements read the right value, exchanges keep the value and are
// refused with reasons, exchange all and break all, and the range of counts.
#include <catch2/catch.hpp>

#include <limits>

#include "model/forms.hpp"
#include "model/place_value.hpp"

using namespace tenfold::model;

namespace {
PlaceCounts counts(std::initializer_list<std::pair<Place, std::int64_t>> list) {
    const Result<PlaceCounts> r = PlaceCounts::of(list);
    REQUIRE(r.ok());
    return r.value();
}
Value whole(std::int64_t n) { return Value::whole(n).value(); }
}  // namespace

SCENARIO("Non-standard arrangements still read the right value", "[place_value]") {
    GIVEN("4 tens and 13 ones") {
        const PlaceCounts c = counts({{Place::Tens, 4}, {Place::Ones, 13}});
        THEN("the value is 53, not 413, and there are 17 pieces") {
            CHECK(c.value() == whole(53));
            CHECK(c.pieceCount() == 17);
            CHECK_FALSE(c.isCanonical());
        }
    }
    GIVEN("674 three ways") {
        const PlaceCounts standard = counts({{Place::Hundreds, 6}, {Place::Tens, 7}, {Place::Ones, 4}});
        const PlaceCounts tens = counts({{Place::Tens, 67}, {Place::Ones, 4}});
        const PlaceCounts ones = counts({{Place::Hundreds, 6}, {Place::Ones, 74}});
        THEN("each is 674, and they are different arrangements") {
            CHECK(standard.value() == whole(674));
            CHECK(tens.value() == whole(674));
            CHECK(ones.value() == whole(674));
            CHECK(standard.isCanonical());
            CHECK_FALSE(standard == tens);
            CHECK_FALSE(tens == ones);
        }
        THEN("exchanging all gives the standard arrangement from each") {
            CHECK(exchangeAll(tens) == standard);
            CHECK(exchangeAll(ones) == standard);
            CHECK(canonical(whole(674)) == standard);
        }
    }
    GIVEN("630 several ways") {
        const PlaceCounts ways[] = {
            counts({{Place::Hundreds, 6}, {Place::Tens, 3}}),
            counts({{Place::Tens, 63}}),
            counts({{Place::Ones, 630}}),
            counts({{Place::Hundreds, 5}, {Place::Tens, 13}}),
            counts({{Place::Hundreds, 5}, {Place::Tens, 12}, {Place::Ones, 10}}),
            counts({{Place::Hundreds, 6}, {Place::Tens, 2}, {Place::Ones, 10}}),
        };
        THEN("every one is 630") {
            for (const PlaceCounts& w : ways) CHECK(w.value() == whole(630));
        }
    }
    GIVEN("a placeholder zero: a flat and 9 cubes") {
        const PlaceCounts c = counts({{Place::Hundreds, 1}, {Place::Ones, 9}});
        THEN("it is 109, not 19") { CHECK(c.value() == whole(109)); }
    }
    GIVEN("decimals: 4 tenths and 15 hundredths") {
        const PlaceCounts c = counts({{Place::Tenths, 4}, {Place::Hundredths, 15}});
        THEN("it is 0.55") { CHECK(c.value() == Value::parse("0.55").value()); }
    }
}

SCENARIO("500 - 234 needs exchanges from hundreds to tens to ones", "[place_value][exchange]") {
    GIVEN("500 as 5 hundreds") {
        const PlaceCounts start = canonical(whole(500));
        REQUIRE(start.count(Place::Hundreds) == 5);
        WHEN("4 ones are to be taken away, there are none to take") {
            PlaceCounts copy = start;
            const Status s = copy.addCount(Place::Ones, -4);
            CHECK(s.error().message == "There are only 0 ones, so you cannot take away 4.");
            CHECK(copy == start);
        }
        WHEN("there are no tens, a ten cannot be broken into ones yet") {
            const auto r = exchangeDown(start, Place::Tens);
            CHECK(r.error().message == "There are no tens to exchange.");
        }
        WHEN("a hundred is exchanged for ten tens, then a ten for ten ones") {
            const auto step1 = exchangeDown(start, Place::Hundreds);
            REQUIRE(step1.ok());
            const auto step2 = exchangeDown(step1.value(), Place::Tens);
            REQUIRE(step2.ok());
            THEN("500 is 4 hundreds, 9 tens and 10 ones, and the value never changed") {
                CHECK(step1.value() == counts({{Place::Hundreds, 4}, {Place::Tens, 10}}));
                CHECK(step1.value().value() == whole(500));
                CHECK(step2.value() == counts({{Place::Hundreds, 4}, {Place::Tens, 9}, {Place::Ones, 10}}));
                CHECK(step2.value().value() == whole(500));
                CHECK(placeValueSentence(step2.value()) == "4 hundreds, 9 tens and 10 ones");
            }
            AND_THEN("2 hundreds, 3 tens and 4 ones can be taken away, leaving 266") {
                PlaceCounts c = step2.value();
                REQUIRE(c.addCount(Place::Hundreds, -2).ok());
                REQUIRE(c.addCount(Place::Tens, -3).ok());
                REQUIRE(c.addCount(Place::Ones, -4).ok());
                CHECK(c == counts({{Place::Hundreds, 2}, {Place::Tens, 6}, {Place::Ones, 6}}));
                CHECK(c.value() == whole(266));
            }
        }
    }
}

SCENARIO("Exchanging up and down between adjacent places", "[place_value][exchange]") {
    GIVEN("4 tens and 13 ones") {
        const PlaceCounts c = counts({{Place::Tens, 4}, {Place::Ones, 13}});
        WHEN("ten ones are exchanged for a ten") {
            const auto r = exchangeUp(c, Place::Ones);
            REQUIRE(r.ok());
            THEN("there are 5 tens and 3 ones, still 53") {
                CHECK(r.value() == counts({{Place::Tens, 5}, {Place::Ones, 3}}));
                CHECK(r.value().value() == whole(53));
            }
            AND_WHEN("ones are exchanged again") {
                const auto again = exchangeUp(r.value(), Place::Ones);
                THEN("it is refused: there are only 3") {
                    CHECK(again.error().message == "There are only 3 ones: you need 10 ones to exchange for 1 ten.");
                }
            }
        }
        WHEN("tens are exchanged up") {
            THEN("it is refused: there are only 4") {
                CHECK(exchangeUp(c, Place::Tens).error().message ==
                      "There are only 4 tens: you need 10 tens to exchange for 1 hundred.");
            }
        }
        WHEN("hundreds are exchanged up and there are none") {
            THEN("it is refused") {
                CHECK(exchangeUp(c, Place::Hundreds).error().message ==
                      "There are no hundreds to exchange: you need 10 hundreds to exchange for 1 thousand.");
            }
        }
    }
    GIVEN("one whole") {
        const PlaceCounts c = canonical(whole(1));
        WHEN("it is exchanged for tenths, and a tenth for hundredths") {
            const auto tenths = exchangeDown(c, Place::Ones);
            REQUIRE(tenths.ok());
            const auto hundredths = exchangeDown(tenths.value(), Place::Tenths);
            REQUIRE(hundredths.ok());
            THEN("1 is 9 tenths and 10 hundredths") {
                CHECK(tenths.value().count(Place::Tenths) == 10);
                CHECK(hundredths.value() == counts({{Place::Tenths, 9}, {Place::Hundredths, 10}}));
                CHECK(hundredths.value().value() == whole(1));
            }
        }
    }
    GIVEN("the edges of the places Tenfold shows") {
        const PlaceCounts big = counts({{Place::Millions, 9}});
        const PlaceCounts tiny = counts({{Place::Thousandths, 1}});
        THEN("there is no place above millions or below thousandths") {
            CHECK(exchangeUp(big, Place::Millions).error().message ==
                  "Millions is the largest place Tenfold shows: there is no place above to exchange into.");
            CHECK(exchangeDown(tiny, Place::Thousandths).error().message ==
                  "Thousandths is the smallest place Tenfold shows: there is no place below to exchange into.");
        }
        THEN("a place that does not exist is refused") {
            CHECK(exchangeUp(big, static_cast<Place>(9)).error().message == "That is not a place Tenfold knows.");
            CHECK_FALSE(breakAllDownTo(big, static_cast<Place>(-4)).ok());
        }
    }
}

SCENARIO("Exchange all and break all", "[place_value][exchange]") {
    GIVEN("3 hundreds, 4 tens and 7 ones") {
        const PlaceCounts c = canonical(whole(347));
        THEN("breaking all down to tens gives 34 tens and 7 ones") {
            CHECK(breakAllDownTo(c, Place::Tens).value() == counts({{Place::Tens, 34}, {Place::Ones, 7}}));
        }
        THEN("breaking all down to ones gives 347 ones") {
            CHECK(breakAllDownTo(c, Place::Ones).value() == counts({{Place::Ones, 347}}));
        }
        THEN("breaking all down to tenths gives 3,470 tenths") {
            CHECK(breakAllDownTo(c, Place::Tenths).value() == counts({{Place::Tenths, 3470}}));
        }
        THEN("exchanging all leaves it as it is") { CHECK(exchangeAll(c) == c); }
    }
    GIVEN("the largest number as ones") {
        const auto r = breakAllDownTo(canonical(whole(9'999'999)), Place::Ones);
        REQUIRE(r.ok());
        THEN("there are 9,999,999 ones and exchanging all brings back 9 of each place") {
            CHECK(r.value().count(Place::Ones) == 9'999'999);
            const PlaceCounts back = exchangeAll(r.value());
            CHECK(back.count(Place::Millions) == 9);
            CHECK(back.count(Place::Ones) == 9);
            CHECK(back.value() == whole(9'999'999));
        }
    }
    GIVEN("1.5 broken down to thousandths") {
        const auto r = breakAllDownTo(canonical(Value::parse("1.5").value()), Place::Thousandths);
        THEN("it is 1,500 thousandths") { CHECK(r.value() == counts({{Place::Thousandths, 1500}})); }
    }
}

SCENARIO("Counts that would go out of range are refused and leave the counts as they were", "[place_value]") {
    GIVEN("9 millions") {
        PlaceCounts c = counts({{Place::Millions, 9}});
        WHEN("another million is added") {
            const Status s = c.addCount(Place::Millions, 1);
            THEN("it is refused with the largest number named") {
                CHECK(s.error().message == "That would make more than 9,999,999.999, the largest number Tenfold can show.");
                CHECK(c.count(Place::Millions) == 9);
            }
        }
        WHEN("1,000,000,000 thousandths (one million) are added") {
            THEN("that is one thousandth too many, and one fewer reaches the largest number exactly") {
                CHECK_FALSE(c.addCount(Place::Thousandths, 1'000'000'000).ok());
                CHECK(c.addCount(Place::Thousandths, 999'999'999).ok());
                CHECK(c.value().milli() == kMaxMilli);
            }
        }
        WHEN("huge or negative counts are set") {
            THEN("they are refused") {
                CHECK_FALSE(c.setCount(Place::Ones, std::numeric_limits<std::int64_t>::max()).ok());
                CHECK(c.setCount(Place::Ones, -1).error().message == "A place cannot hold fewer than 0 pieces.");
                CHECK_FALSE(c.addCount(Place::Ones, std::numeric_limits<std::int64_t>::min()).ok());
                CHECK(c == counts({{Place::Millions, 9}}));
            }
        }
    }
    GIVEN("a list of counts with a negative count") {
        THEN("it is refused") {
            CHECK_FALSE(PlaceCounts::of({{Place::Tens, -1}}).ok());
            CHECK_FALSE(PlaceCounts::of({{Place::Millions, 10}}).ok());
        }
    }
}

SCENARIO("Every exchange keeps the value, whatever the arrangement", "[place_value][exchange]") {
    // A fixed walk of exchanges over a few starting values; the value is checked after every step.
    const std::int64_t starts[] = {0, 1, 9, 10, 53, 500, 674, 1005, 9'999'999};
    for (std::int64_t n : starts) {
        PlaceCounts c = canonical(whole(n));
        int steps = 0;
        for (int round = 0; round < 3; ++round) {
            for (Place p : kAllPlaces) {
                if (p == Place::Thousandths || c.count(p) == 0 || c.count(p) > 1000) continue;
                const auto down = exchangeDown(c, p);
                REQUIRE(down.ok());
                c = down.value();
                ++steps;
                CHECK(c.value() == whole(n));
            }
        }
        while (!c.isCanonical()) {
            for (Place p : kAllPlaces) {
                if (c.count(p) < kExchangeRate) continue;
                const auto up = exchangeUp(c, p);
                REQUIRE(up.ok());
                c = up.value();
                CHECK(c.value() == whole(n));
            }
        }
        CHECK(c == canonical(whole(n)));
        CHECK((n == 0 || steps > 0));
    }
}
