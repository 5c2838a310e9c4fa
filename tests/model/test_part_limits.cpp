// Tests that each manipulative has one set of limits: the engine (applyCommand), the menu's part ranges
// (intents' partRange), the views and describe (bar_views, describe) and the board file reader agree on
// part-whole 2..5, part-whole bar 2..12, equal parts 1..12, comparison 2..3 and one unknown at a time.
#include <catch2/catch.hpp>

#include <string>

#include "model/board_file.hpp"
#include "model/command.hpp"
#include "model/describe.hpp"
#include "model/intents.hpp"

using namespace tenfold::model;

namespace {

Board load(const std::string& models) {
    auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1, "models": [)" + models + "]}");
    REQUIRE(b.ok());
    return b.value();
}

std::string refusal(const std::string& models) {
    auto b = boardFromJson(R"({"format": "tenfold-board", "version": 1, "models": [)" + models + "]}");
    REQUIRE_FALSE(b.ok());
    return b.error().message;
}

const Model& first(const Board& b) { return b.models.front(); }
int partsOf(const Board& b) { return b.groups.front().quantity.partCount(); }

}  // namespace

SCENARIO("A part-whole bar has 2 to 12 parts everywhere", "[limits]") {
    GIVEN("a part-whole bar of twelve parts, 1 to 12") {
        const Board b = load(R"({"kind": "bar", "parts": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]})");
        THEN("the menu offers 2 to 12 parts") {
            CHECK(partRange(first(b)).fewest == 2);
            CHECK(partRange(first(b)).most == 12);
        }
        THEN("it is described with its stem sentence") {
            CHECK(describeModel(b, first(b)).stemSentence ==
                  "The whole is 78. One part is 1. Another part is 2. Another part is 3. Another part is 4. "
                  "Another part is 5. Another part is 6. Another part is 7. Another part is 8. Another part is 9. "
                  "Another part is 10. Another part is 11. The other part is 12.");
        }
        WHEN("a thirteenth part is added") {
            THEN("the engine refuses it with its reason, and the menu's add part is refused too") {
                CHECK(applyCommand(b, AddPart{first(b).id}).error().message == "A quantity can be split into at most 12 parts.");
                CHECK_FALSE(accepted(b, addPartIntent(b, first(b).id)));
            }
        }
    }
    GIVEN("a part-whole bar of eleven parts") {
        const Board b = load(R"({"kind": "bar", "parts": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10]})");
        THEN("the menu's add part makes the twelfth") {
            const auto added = addPartIntent(b, first(b).id);
            REQUIRE(accepted(b, added));
            Board out = b;
            for (const Command& c : added.value()) out = applyCommand(out, c).value();
            CHECK(partsOf(out) == 12);
        }
    }
    GIVEN("a file with a bar of thirteen parts") {
        THEN("it is refused at the list of parts") {
            CHECK(refusal(R"({"kind": "bar", "parts": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]})") ==
                  "/models/0/parts: This list is longer than 12 items.");
        }
    }
}

SCENARIO("An equal-part bar has 1 to 12 parts everywhere", "[limits]") {
    GIVEN("a bar of 24 in 12 equal parts") {
        const Board b = load(R"({"kind": "bar", "value": 24, "bar": {"mode": "equal-parts", "parts": 12, "shaded": 5}})");
        THEN("the menu offers 1 to 12 parts, and the bar reads 5/12 of 24") {
            CHECK(partRange(first(b)).fewest == 1);
            CHECK(partRange(first(b)).most == 12);
            CHECK(describeModel(b, first(b)).stemSentence == "5/12 of 24 is 10.");
        }
        WHEN("it is cut into 13 equal parts") {
            THEN("the engine refuses it with its reason, and so does the menu") {
                CHECK(applyCommand(b, SetBar{first(b).id, BarMode::EqualParts, 13, 0, ""}).error().message ==
                      "An equal-parts bar has 1 to 12 equal parts.");
                CHECK_FALSE(accepted(b, addPartIntent(b, first(b).id)));
            }
        }
    }
    GIVEN("a file with a bar in 13 equal parts") {
        THEN("it is refused with the same limits") {
            CHECK(refusal(R"({"kind": "bar", "value": 26, "bar": {"mode": "equal-parts", "parts": 13}})") ==
                  "/models/0/bar/parts: This should be a whole number from 1 to 12, not 13.");
        }
    }
}

SCENARIO("A part-whole model has 2 to 5 parts and comparison bars 2 or 3, everywhere", "[limits]") {
    GIVEN("a part-whole model of five parts") {
        const Board b = load(R"({"kind": "part-whole", "parts": [1, 2, 3, 4, 5]})");
        THEN("the menu offers 2 to 5, and a sixth part is refused by the engine with its reason") {
            CHECK(partRange(first(b)).fewest == 2);
            CHECK(partRange(first(b)).most == 5);
            CHECK(applyCommand(b, AddPart{first(b).id}).error().message == "A part-whole model has 2 to 5 parts, but this has 6.");
        }
    }
    GIVEN("comparison bars of 13, 5 and 9") {
        const Board b = load(R"({"kind": "bar", "parts": [13, 5, 9], "bar": {"mode": "comparison"}})");
        THEN("the menu offers 2 or 3 bars, and a fourth is refused by the engine with its reason") {
            CHECK(partRange(first(b)).fewest == 2);
            CHECK(partRange(first(b)).most == 3);
            CHECK(applyCommand(b, AddPart{first(b).id}).error().message == "Comparison bars need 2 or 3 bars, but there are 4.");
        }
    }
}

SCENARIO("One value at a time is unknown", "[limits]") {
    GIVEN("a file with two values asked for") {
        THEN("it is refused") {
            CHECK(refusal(R"({"kind": "part-whole", "whole": "?", "parts": [40, "?"]})") ==
                  "/models/0/parts: More than one value is \"?\", so they cannot be worked out.");
        }
    }
    GIVEN("a part-whole model whose whole is asked for") {
        const Board b = load(R"({"kind": "part-whole", "whole": "?", "parts": [40, 7]})");
        WHEN("a part is asked for instead") {
            const Board asked = applyCommand(b, SetUnknown{first(b).id, Unknown{UnknownKind::Part, 1}}).value();
            THEN("the whole is known again: only the part reads ?") {
                CHECK(describeModel(asked, first(asked)).stemSentence == "The whole is 47. One part is 40. The other part is ?.");
            }
        }
    }
}
