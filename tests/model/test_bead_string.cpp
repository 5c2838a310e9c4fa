// Tests for the bead string: sizes, colour groups, counting by pushing beads, dividers (7 | 3 of 10),
// the cover ("how many are hidden?") and bridging ten (8 + 5). Expected values worked out by hand.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/bead_string.hpp"

using namespace tenfold::model;

namespace {

BeadString stringOf(int size) {
    auto made = makeBeadString(size);
    REQUIRE(made.ok());
    return made.value();
}

Value whole(std::int64_t n) { return Value::whole(n).value(); }
Value decimal(const char* text) { return Value::parse(text).value(); }

}  // namespace

SCENARIO("A bead string comes in 10, 20, 50 or 100 beads", "[beads]") {
    GIVEN("the four sizes") {
        THEN("each can be made, with nothing counted, divided or covered") {
            for (int size : {10, 20, 50, 100}) {
                const auto made = makeBeadString(size);
                REQUIRE(made.ok());
                CHECK(made.value().size == size);
                CHECK(made.value().counted == 0);
                CHECK(made.value().dividers.empty());
                CHECK_FALSE(made.value().cover.has_value());
            }
        }
    }
    GIVEN("other sizes") {
        THEN("they are refused with the sizes there are") {
            for (int size : {0, 5, 15, 30, 101, -10}) {
                const auto made = makeBeadString(size);
                REQUIRE_FALSE(made.ok());
                CHECK(made.error().message ==
                      "A bead string has 10, 20, 50 or 100 beads, not " + std::to_string(size) + ".");
            }
        }
    }
    GIVEN("a value to show as beads") {
        THEN("the smallest string that holds it is chosen") {
            CHECK(beadStringSizeFor(whole(7)).value() == 10);
            CHECK(beadStringSizeFor(whole(10)).value() == 10);
            CHECK(beadStringSizeFor(whole(11)).value() == 20);
            CHECK(beadStringSizeFor(whole(47)).value() == 50);
            CHECK(beadStringSizeFor(whole(100)).value() == 100);
        }
        THEN("201 beads and half a bead are refused") {
            const auto tooMany = beadStringSizeFor(whole(201));
            REQUIRE_FALSE(tooMany.ok());
            CHECK(tooMany.error().message ==
                  "The longest bead string has 100 beads, so 201 cannot be shown with beads.");
            const auto half = beadStringSizeFor(decimal("0.5"));
            REQUIRE_FALSE(half.ok());
            CHECK(half.error().message == "Each bead is one, so 0.5 cannot be shown with beads.");
        }
    }
}

SCENARIO("The colour changes every 5 beads, or every 10 on the 100-string", "[beads]") {
    GIVEN("a 10-string") {
        const BeadString beads = stringOf(10);
        THEN("beads 1-5 are one group and 6-10 the next") {
            CHECK(colourGroups(beads) == std::vector<int>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1});
        }
    }
    GIVEN("a 20-string") {
        const BeadString beads = stringOf(20);
        THEN("the group changes after beads 5, 10 and 15") {
            CHECK(colourGroupOf(beads, 5).value() == 0);
            CHECK(colourGroupOf(beads, 6).value() == 1);
            CHECK(colourGroupOf(beads, 16).value() == 3);
            CHECK(colourGroupOf(beads, 20).value() == 3);
        }
        THEN("a bead that is not there is refused") {
            const auto none = colourGroupOf(beads, 21);
            REQUIRE_FALSE(none.ok());
            CHECK(none.error().message == "There is no bead 21: this string has beads 1 to 20.");
            CHECK_FALSE(colourGroupOf(beads, 0).ok());
        }
    }
    GIVEN("the 100-string") {
        const BeadString beads = stringOf(100);
        THEN("the groups are tens") {
            CHECK(colourGroupSize(100) == 10);
            CHECK(colourGroupOf(beads, 10).value() == 0);
            CHECK(colourGroupOf(beads, 11).value() == 1);
            CHECK(colourGroupOf(beads, 100).value() == 9);
        }
    }
    GIVEN("the 50-string") {
        THEN("it changes every 5") { CHECK(colourGroupSize(50) == 5); }
    }
}

SCENARIO("Beads are counted by pushing them to one side", "[beads]") {
    GIVEN("a 10-string with 7 beads pushed across") {
        const auto pushed = pushBeads(stringOf(10), 7);
        REQUIRE(pushed.ok());
        const BeadString beads = pushed.value();
        THEN("the counted side reads 7 and the other side 3") {
            CHECK(countedBeads(beads) == 7);
            CHECK(uncountedBeads(beads) == 3);
            CHECK(isCounted(beads, 7));
            CHECK_FALSE(isCounted(beads, 8));
        }
        WHEN("4 more are pushed") {
            const auto more = pushBeads(beads, 4);
            THEN("it is refused: only 3 are left") {
                REQUIRE_FALSE(more.ok());
                CHECK(more.error().message == "Only 3 beads are left to push across, so you cannot push 4.");
            }
        }
        WHEN("2 are pulled back") {
            const auto back = pullBeads(beads, 2);
            REQUIRE(back.ok());
            THEN("5 are counted") { CHECK(countedBeads(back.value()) == 5); }
        }
        WHEN("8 are pulled back") {
            const auto back = pullBeads(beads, 8);
            THEN("it is refused") {
                REQUIRE_FALSE(back.ok());
                CHECK(back.error().message == "Only 7 beads are counted, so you cannot pull back 8.");
            }
        }
        WHEN("no beads are pushed or pulled") {
            THEN("it is refused") {
                CHECK(pushBeads(beads, 0).error().message == "Push or pull at least 1 bead.");
                CHECK_FALSE(pullBeads(beads, -1).ok());
            }
        }
        WHEN("bead 9 is touched") {
            THEN("it goes across with bead 8: 9 are counted") { CHECK(touchBead(beads, 9).value().counted == 9); }
        }
        WHEN("bead 3 is touched") {
            THEN("it comes back with the beads after it: 2 are counted") {
                CHECK(touchBead(beads, 3).value().counted == 2);
            }
        }
        WHEN("the count is set outside the string") {
            const auto set = setCounted(beads, 11);
            THEN("it is refused") {
                REQUIRE_FALSE(set.ok());
                CHECK(set.error().message == "A string of 10 beads can have 0 to 10 beads counted, not 11.");
            }
        }
    }
}

SCENARIO("Dividers split the string into parts", "[beads]") {
    GIVEN("a 10-string with a divider after bead 7") {
        const auto split = addDivider(stringOf(10), 7);
        REQUIRE(split.ok());
        const BeadString beads = split.value();
        THEN("it reads 7 | 3") {
            CHECK(partSizes(beads) == std::vector<int>{7, 3});
            CHECK(partsSentence(beads) == "7 and 3 make 10.");
        }
        WHEN("the divider is moved to after bead 4") {
            const auto moved = moveDivider(beads, 7, 4);
            REQUIRE(moved.ok());
            THEN("it reads 4 | 6") { CHECK(partSizes(moved.value()) == std::vector<int>{4, 6}); }
        }
        WHEN("a second divider is added after bead 2") {
            const auto two = addDivider(beads, 2);
            REQUIRE(two.ok());
            THEN("it reads 2 | 5 | 3, dividers in order") {
                CHECK(two.value().dividers == std::vector<int>{2, 7});
                CHECK(partSizes(two.value()) == std::vector<int>{2, 5, 3});
                CHECK(partsSentence(two.value()) == "2, 5 and 3 make 10.");
            }
            AND_WHEN("the first is moved past the second, to after bead 9") {
                const auto moved = moveDivider(two.value(), 2, 9);
                REQUIRE(moved.ok());
                THEN("they stay in order and it reads 7 | 2 | 1") {
                    CHECK(moved.value().dividers == std::vector<int>{7, 9});
                    CHECK(partSizes(moved.value()) == std::vector<int>{7, 2, 1});
                }
            }
        }
        WHEN("the divider is removed") {
            const auto removed = removeDivider(beads, 7);
            REQUIRE(removed.ok());
            THEN("the string is one part again") {
                CHECK(partSizes(removed.value()) == std::vector<int>{10});
                CHECK(partsSentence(removed.value()) == "There are 10 beads.");
            }
        }
        THEN("a divider at an end, off the string or on top of another is refused") {
            CHECK(addDivider(beads, 0).error().message ==
                  "A divider goes between two beads, after bead 1 to bead 9, not after bead 0.");
            CHECK_FALSE(addDivider(beads, 10).ok());
            CHECK(addDivider(beads, 7).error().message == "There is already a divider after bead 7.");
            CHECK(removeDivider(beads, 5).error().message == "There is no divider after bead 5.");
            CHECK(moveDivider(beads, 5, 6).error().message == "There is no divider after bead 5.");
            CHECK_FALSE(moveDivider(beads, 7, 10).ok());
        }
    }
}

SCENARIO("A cover hides some beads: how many are hidden?", "[beads]") {
    GIVEN("a 10-string with beads 7 to 10 covered") {
        const auto covered = setCover(stringOf(10), 7, 10);
        REQUIRE(covered.ok());
        const BeadString beads = covered.value();
        THEN("4 are hidden and 6 can be seen") {
            CHECK(hiddenBeads(beads) == 4);
            CHECK(visibleBeads(beads) == 6);
            CHECK(isHidden(beads, 7));
            CHECK_FALSE(isHidden(beads, 6));
            CHECK(coverQuestion(beads).value() == "There are 10 beads. 6 can be seen. How many are hidden?");
            CHECK(coverAnswer(beads).value() == "10 is 6 and 4.");
        }
        WHEN("the cover is taken off") {
            const BeadString open = clearCover(beads);
            THEN("nothing is hidden and there is no question to ask") {
                CHECK(hiddenBeads(open) == 0);
                CHECK(visibleBeads(open) == 10);
                CHECK(coverQuestion(open).error().message == "Nothing is covered yet: cover some beads first.");
                CHECK_FALSE(coverAnswer(open).ok());
            }
        }
    }
    GIVEN("a cover the wrong way round or off the string") {
        const BeadString beads = stringOf(10);
        THEN("it is refused") {
            CHECK(setCover(beads, 8, 3).error().message ==
                  "A cover goes from a first bead to a last bead: 8 to 3 is the wrong way round.");
            CHECK(setCover(beads, 8, 11).error().message ==
                  "This string has beads 1 to 10, so beads 8 to 11 cannot be covered.");
            CHECK_FALSE(setCover(beads, 0, 3).ok());
        }
    }
}

SCENARIO("Counting on bridges ten: 8 + 5 is 8, then 2 to make 10, then 3", "[beads]") {
    GIVEN("8 + 5") {
        const auto steps = bridgeSteps(8, 5);
        REQUIRE(steps.ok());
        THEN("there are two hops, through 10") {
            CHECK(steps.value() == std::vector<BridgeStep>{{8, 2, 10}, {10, 3, 13}});
            CHECK(bridgeSentence(8, 5).value() == "8 + 5 = 13: 8 and 2 make 10, and 3 more make 13.");
        }
    }
    GIVEN("sums that do not cross a ten") {
        THEN("there is one hop") {
            CHECK(bridgeSteps(3, 4).value() == std::vector<BridgeStep>{{3, 4, 7}});
            CHECK(bridgeSteps(6, 4).value() == std::vector<BridgeStep>{{6, 4, 10}});
            CHECK(bridgeSteps(10, 5).value() == std::vector<BridgeStep>{{10, 5, 15}});
            CHECK(bridgeSentence(3, 4).value() == "3 + 4 = 7.");
        }
    }
    GIVEN("28 + 15") {
        THEN("it bridges through 30") {
            CHECK(bridgeSteps(28, 15).value() == std::vector<BridgeStep>{{28, 2, 30}, {30, 13, 43}});
        }
    }
    GIVEN("a count-on marker on a bead string") {
        THEN("8 + 5 does not fit on a 10-string but does on a 20-string") {
            CHECK(setCountOn(stringOf(10), 8, 5).error().message ==
                  "8 + 5 goes past the end of a string of 10 beads.");
            const auto marked = setCountOn(stringOf(20), 8, 5);
            REQUIRE(marked.ok());
            CHECK(bridgeSteps(marked.value()).value() == std::vector<BridgeStep>{{8, 2, 10}, {10, 3, 13}});
            CHECK_FALSE(bridgeSteps(clearCountOn(marked.value())).ok());
        }
        THEN("counting on nothing, or from off the string, is refused") {
            CHECK(setCountOn(stringOf(20), 8, 0).error().message == "Count on at least 1 bead.");
            CHECK(setCountOn(stringOf(20), 21, 1).error().message ==
                  "Counting on starts at 0 to 20 on this string, not at 21.");
            CHECK_FALSE(bridgeSteps(-1, 3).ok());
        }
    }
}

SCENARIO("A bead string read from a file is checked", "[beads]") {
    GIVEN("a state that keeps every rule") {
        BeadString beads = stringOf(20);
        beads.counted = 13;
        beads.dividers = {5, 13};
        beads.cover = BeadCover{14, 20};
        beads.countOn = CountOnMarker{8, 5};
        THEN("it is accepted unchanged") { CHECK(checkBeadString(beads).value() == beads); }
        WHEN("the dividers are out of order") {
            beads.dividers = {13, 5};
            THEN("it is refused") {
                CHECK(checkBeadString(beads).error().message ==
                      "The dividers must be listed from left to right, each in a different place.");
            }
        }
        WHEN("more beads are counted than there are") {
            beads.counted = 21;
            THEN("it is refused") { CHECK_FALSE(checkBeadString(beads).ok()); }
        }
        WHEN("the size is not a bead string size") {
            beads.size = 30;
            THEN("it is refused") { CHECK_FALSE(checkBeadString(beads).ok()); }
        }
        WHEN("the cover runs off the end") {
            beads.cover = BeadCover{14, 21};
            THEN("it is refused") { CHECK_FALSE(checkBeadString(beads).ok()); }
        }
    }
}

SCENARIO("A board can choose where every bead string changes colour", "[beads]") {
    CHECK(colourGroupSize(20, BeadColours::ByLength) == 5);
    CHECK(colourGroupSize(100, BeadColours::ByLength) == 10);
    CHECK(colourGroupSize(100, BeadColours::Fives) == 5);
    CHECK(colourGroupSize(20, BeadColours::Tens) == 10);
    CHECK(colourGroupSize(30, BeadColours::Tens) == 0);
    for (int i = 0; i < kBeadColoursCount; ++i) {
        const auto c = static_cast<BeadColours>(i);
        CHECK(beadColoursFromId(beadColoursId(c)) == c);
    }
    CHECK_FALSE(beadColoursFromId("sevens").has_value());
}
