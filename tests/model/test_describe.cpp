// Tests for describe: the board in words (plain text and JSON) with every model's value and forms.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "model/board_file.hpp"
#include "model/command.hpp"
#include "model/describe.hpp"

using namespace tenfold::model;

namespace {
Board load(const std::string& text) {
    auto b = boardFromJson(text);
    REQUIRE(b.ok());
    return b.value();
}
}  // namespace

SCENARIO("Describing the default board") {
    const std::string text = describeBoard(defaultBoard());
    THEN("it reads the chart and the part-whole model in full sentences") {
        CHECK(text ==
              "Model 1: base 10 blocks (concrete)\n"
              "Linked with: 2\n"
              "Value: 234\n"
              "Expanded form: 200 + 30 + 4\n"
              "Words: two hundred and thirty-four\n"
              "Place value: 2 hundreds, 3 tens and 4 ones\n"
              "Parts: 200, 30 and 4\n"
              "Unknown: nothing\n"
              "Fact family: 200 + 30 + 4 = 234; 4 + 30 + 200 = 234; 234 = 200 + 30 + 4; 234 = 4 + 30 + 200\n"
              "Stem sentence: 2 hundreds, 3 tens and 4 ones make 234.\n"
              "\n"
              "Model 2: part-whole model (pictorial)\n"
              "Linked with: 1\n"
              "Value: 234\n"
              "Expanded form: 200 + 30 + 4\n"
              "Words: two hundred and thirty-four\n"
              "Place value: 2 hundreds, 3 tens and 4 ones\n"
              "Parts: 200, 30 and 4\n"
              "Unknown: nothing\n"
              "Fact family: 200 + 30 + 4 = 234; 4 + 30 + 200 = 234; 234 = 200 + 30 + 4; 234 = 4 + 30 + 200\n"
              "Stem sentence: The whole is 234. One part is 200. Another part is 30. The other part is 4.\n"
              "\n");
    }
}

SCENARIO("Describing models of every kind") {
    WHEN("4 tens and 13 ones lie as counters") {
        const Board b = load(R"({"format": "tenfold-board", "version": 1, "models": [
            {"kind": "counters", "parts": [{"counts": {"tens": 4, "ones": 13}}], "counters": {"chart": false}}]})");
        const ModelDescription d = describeModel(b, b.models[0]);
        THEN("the value is 53, never 413, and the sentence says what lies there") {
            CHECK(d.value == "53");
            CHECK(d.expandedForm == "40 + 13");
            CHECK(d.placeValueSentence == "4 tens and 13 ones");
            CHECK(d.words == "fifty-three");
            CHECK(d.stemSentence == "4 tens and 13 ones make 53.");
            CHECK(d.factFamily.empty());
        }
    }
    WHEN("a part-whole of 47 has its second part unknown") {
        const Board b = load(R"({"format": "tenfold-board", "version": 1, "models": [
            {"kind": "part-whole", "whole": 47, "parts": [40, "?"]}]})");
        const ModelDescription d = describeModel(b, b.models[0]);
        THEN("the unknown shows as ? in the sentences but the exact parts are listed") {
            CHECK(d.unknown == "part 2");
            CHECK(d.parts == std::vector<std::string>{"40", "7"});
            CHECK(d.stemSentence == "The whole is 47. One part is 40. The other part is ?.");
            REQUIRE(d.factFamily.size() == 8);
            CHECK(d.factFamily[0] == "40 + ? = 47");
        }
    }
    WHEN("a bar of 24 is in 3 equal parts with 2 shaded") {
        const Board b = load(R"({"format": "tenfold-board", "version": 1, "models": [
            {"kind": "bar", "value": 24, "bar": {"mode": "equal-parts", "parts": 3, "shaded": 2}}]})");
        THEN("it reads 16") { CHECK(describeModel(b, b.models[0]).stemSentence == "2/3 of 24 is 16."); }
    }
    WHEN("comparison bars of 13 and 5 ask for the difference") {
        const Board b = load(R"({"format": "tenfold-board", "version": 1, "models": [
            {"kind": "bar", "parts": [13, 5], "unknown": "difference", "bar": {"mode": "comparison"}}]})");
        const ModelDescription d = describeModel(b, b.models[0]);
        THEN("the difference is asked, and there is no fact family for two separate bars") {
            CHECK(d.stemSentence == "The difference between 13 and 5 is ?.");
            CHECK(d.factFamily.empty());
        }
    }
    WHEN("a bead string is split 7 | 3") {
        const Board b = load(R"({"format": "tenfold-board", "version": 1, "models": [
            {"kind": "beads", "parts": [7, 3]}]})");
        THEN("it reads as parts that make the whole") {
            CHECK(describeModel(b, b.models[0]).stemSentence == "7 and 3 make 10.");
        }
    }
    WHEN("0.45 is a numeral") {
        const Board b = load(R"({"format": "tenfold-board", "version": 1, "models": [{"kind": "numeral", "value": "0.45"}]})");
        const ModelDescription d = describeModel(b, b.models[0]);
        THEN("its forms are the decimal ones") {
            CHECK(d.words == "zero point four five");
            CHECK(d.expandedForm == "0.4 + 0.05");
            CHECK(d.placeValueSentence == "4 tenths and 5 hundredths");
        }
    }
}

SCENARIO("Describing a board as JSON") {
    const auto doc = nlohmann::json::parse(describeBoardJson(defaultBoard()));
    THEN("it is one document with every model and its forms") {
        CHECK(doc["format"] == "tenfold-describe");
        REQUIRE(doc["models"].size() == 2);
        CHECK(doc["models"][1]["kind"] == "part-whole");
        CHECK(doc["models"][1]["value"] == "234");
        CHECK(doc["models"][1]["words"] == "two hundred and thirty-four");
        CHECK(doc["models"][1]["parts"] == nlohmann::json::array({"200", "30", "4"}));
        CHECK(doc["models"][0]["linkedWith"] == nlohmann::json::array({2}));
    }
    WHEN("the board is empty") {
        Board empty;
        THEN("the text says so") { CHECK(describeBoard(empty) == "The board is empty.\n"); }
    }
}

SCENARIO("Bar sentences keep the unknown unknown") {
    GIVEN("a bar of 24 (pounds) in 3 equal parts, 2 shaded, whose whole is asked for") {
        const auto board = boardFromJson(R"({"format":"tenfold-board","version":1,"models":[{"kind":"bar","value":24,
            "unknown":"whole","bar":{"mode":"equal-parts","parts":3,"shaded":2,"unit":"£"}}]})");
        REQUIRE(board.ok());
        THEN("the sentence gives the shaded amount and hides the whole") {
            CHECK(describeModel(board.value(), board.value().models.front()).stemSentence == "2/3 of £? is £16.");
        }
    }
    GIVEN("comparison bars of 13 cm and 5 cm whose second bar is asked for") {
        const auto board = boardFromJson(R"({"format":"tenfold-board","version":1,"models":[{"kind":"bar",
            "parts":[13,5],"unknown":{"part":1},"bar":{"mode":"comparison","unit":"cm"}}]})");
        REQUIRE(board.ok());
        THEN("the bar stays ? and the difference is given") {
            CHECK(describeModel(board.value(), board.value().models.front()).stemSentence ==
                  "The difference between 13 cm and ? cm is 8 cm.");
        }
    }
}

SCENARIO("A quantity as one number sentence, the whole first") {
    const auto q = quantityOfParts({Value::whole(200).value(), Value::whole(30).value(), Value::whole(4).value()}).value();
    CHECK(wholeFirstEquation(q) == "234 = 200 + 30 + 4");
    Quantity asked = q;
    asked.unknown = Unknown{UnknownKind::Whole, 0};
    CHECK(wholeFirstEquation(asked) == "? = 200 + 30 + 4");
    asked.unknown = Unknown{UnknownKind::Part, 2};
    CHECK(wholeFirstEquation(asked) == "234 = 200 + 30 + ?");
    CHECK(wholeFirstEquation(quantityOf(Value::whole(47).value())) == "47");
}
