// Tests for variation: the number rules, how a quantity keeps its arrangement, the next representation in
// the CPA order, the next unknown, the numbers in a prompt, and whole steps varied (board, answer, check,
// prompt), including the refusals.
#include <catch2/catch.hpp>

#include "model/board_file.hpp"
#include "model/lesson_file.hpp"
#include "model/variation.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
std::vector<Value> vs(std::initializer_list<std::int64_t> ns) {
    std::vector<Value> out;
    for (const auto n : ns) out.push_back(v(n));
    return out;
}
Quantity parts(std::initializer_list<std::int64_t> ns) { return quantityOfParts(vs(ns)).value(); }
Quantity arranged(std::int64_t tens, std::int64_t ones) {
    Quantity q;
    q.parts = {PlaceCounts::of({{Place::Tens, tens}, {Place::Ones, ones}}).value()};
    return q;
}

// A one-step lesson's step from its JSON.
Step step(const std::string& json) {
    auto l = lessonFromJson(R"({"format": "tenfold-lesson", "version": 1, "title": "T", "year": 2, "steps": [)" + json + "]}");
    REQUIRE(l.ok());
    return l.value().steps[0];
}
const Quantity& groupOf(const Board& b, ModelId model) { return findGroup(b, findModel(b, model)->group)->quantity; }
}  // namespace

SCENARIO("The number rules", "[variation]") {
    CHECK(varyNumber(v(47), NumberRule::TimesTen).value() == v(470));
    CHECK(varyNumber(v(47), NumberRule::OneMoreTen).value() == v(57));
    CHECK(varyNumber(v(47), NumberRule::OneMoreHundred).value() == v(147));
    CHECK(varyNumber(v(47), NumberRule::NextMultiple, 5).value() == v(50));
    CHECK(varyNumber(v(50), NumberRule::NextMultiple, 10).value() == v(60));
    CHECK(varyNumber(Value::parse("2.5").value(), NumberRule::NextMultiple, 2).value() == v(4));
    CHECK(varyNumber(v(9'999'999), NumberRule::TimesTen).error().message.find("9,999,999") != std::string::npos);
    CHECK_FALSE(varyNumber(v(47), NumberRule::NextMultiple, 1));
    CHECK_FALSE(varyNumber(v(47), NumberRule::NextMultiple, 0));
}

SCENARIO("A varied quantity keeps its arrangement", "[variation]") {
    THEN("times ten moves every piece one place up") {
        const Quantity q = varyQuantity(arranged(4, 13), NumberRule::TimesTen).value();
        CHECK(q.parts[0] == PlaceCounts::of({{Place::Hundreds, 4}, {Place::Tens, 13}}).value());
        CHECK(varyQuantity(parts({40, 7}), NumberRule::TimesTen).value().partValues() == vs({400, 70}));
    }
    THEN("a standard partition stays standard, in its own order") {
        CHECK(varyQuantity(parts({40, 7}), NumberRule::OneMoreTen).value().partValues() == vs({50, 7}));
        CHECK(varyQuantity(parts({7, 40}), NumberRule::OneMoreTen).value().partValues() == vs({7, 50}));
        CHECK(varyQuantity(parts({90, 5}), NumberRule::OneMoreTen).value().partValues() == vs({100, 5}));
        CHECK(varyQuantity(parts({40, 7}), NumberRule::NextMultiple, 10).value().partValues() == vs({50, 0}));
    }
    THEN("parts that are not standard get the ten in the part with most tens") {
        CHECK(varyQuantity(parts({30, 17}), NumberRule::OneMoreTen).value().partValues() == vs({40, 17}));
        CHECK(varyQuantity(parts({17, 30}), NumberRule::OneMoreTen).value().partValues() == vs({17, 40}));
        CHECK(varyQuantity(parts({7, 25, 13}), NumberRule::OneMoreHundred).value().partValues() == vs({107, 25, 13}));
        CHECK(varyQuantity(parts({30, 17}), NumberRule::NextMultiple, 25).value().partValues() == vs({30, 20}));
    }
    THEN("equal parts stay equal") {
        CHECK(varyQuantity(parts({8, 8, 8}), NumberRule::NextMultiple, 3).value().partValues() == vs({9, 9, 9}));
        CHECK_FALSE(varyQuantity(parts({8, 8, 8}), NumberRule::OneMoreTen));  // 34 into 3 equal parts
    }
    THEN("one part keeps its arrangement: an exchange stays to be done, a standard one stays standard") {
        CHECK(varyQuantity(arranged(3, 17), NumberRule::OneMoreTen).value().parts[0] == arranged(4, 17).parts[0]);
        CHECK(varyQuantity(arranged(9, 5), NumberRule::OneMoreTen).value().parts[0] == canonical(v(105)));
    }
    THEN("the ? stays where it was") {
        Quantity q = parts({37, 15});
        q.unknown = Unknown{UnknownKind::Part, 1};
        CHECK(varyQuantity(q, NumberRule::TimesTen).value().unknown == q.unknown);
    }
}

SCENARIO("The next representation and the next unknown", "[variation]") {
    THEN("the CPA order is followed, skipping what cannot show the number") {
        CHECK(nextRepresentation(Representation::Blocks, parts({47})).value() == Representation::Beads);
        CHECK(nextRepresentation(Representation::Blocks, parts({347})).value() == Representation::Counters);
        CHECK(nextRepresentation(Representation::Beads, parts({47})).value() == Representation::Counters);
        CHECK(nextRepresentation(Representation::PartWhole, parts({40, 7})).value() == Representation::Bar);
        CHECK(nextRepresentation(Representation::Bar, parts({40, 7})).value() == Representation::Numeral);
        CHECK(nextRepresentation(Representation::Numeral, parts({47})).error().message ==
              "There is no representation after numeral that can show this number.");
    }
    THEN("the ? moves from the whole through each part and back") {
        Quantity q = parts({40, 7});
        CHECK(nextUnknown(q, false).value() == Unknown{UnknownKind::Whole, 0});
        q.unknown = Unknown{UnknownKind::Whole, 0};
        CHECK(nextUnknown(q, false).value() == Unknown{UnknownKind::Part, 0});
        q.unknown = Unknown{UnknownKind::Part, 0};
        CHECK(nextUnknown(q, false).value() == Unknown{UnknownKind::Part, 1});
        q.unknown = Unknown{UnknownKind::Part, 1};
        CHECK(nextUnknown(q, false).value() == Unknown{UnknownKind::Whole, 0});
        CHECK_FALSE(nextUnknown(parts({47}), false));
    }
    THEN("comparison bars move it from the difference through each bar") {
        Quantity q = parts({13, 5});
        q.unknown = Unknown{UnknownKind::Difference, 0};
        CHECK(nextUnknown(q, true).value() == Unknown{UnknownKind::Part, 0});
        q.unknown = Unknown{UnknownKind::Part, 1};
        CHECK(nextUnknown(q, true).value() == Unknown{UnknownKind::Difference, 0});
    }
}

SCENARIO("Numbers in a prompt follow the variation", "[variation]") {
    const std::vector<std::pair<Value, Value>> changes{{v(47), v(57)}, {v(40), v(50)}, {v(3), v(30)}, {v(1234), v(1244)}};
    CHECK(replaceNumbers("Show 47 as 40 and 7.", changes) == "Show 57 as 50 and 7.");
    CHECK(replaceNumbers("Is 1,234 more than 47?", changes) == "Is 1,244 more than 57?");
    CHECK(replaceNumbers("Shade 3/4 of 47.", changes) == "Shade 3/4 of 57.");
    CHECK(replaceNumbers("470 and 4.7 and 3rd", changes) == "470 and 4.7 and 3rd");
    CHECK(replaceNumbers("", changes).empty());
}

SCENARIO("Varying a whole step", "[variation]") {
    const Step partition = step(R"({"title": "Flexible partitioning", "prompt": "Show 47 another way.",
        "board": {"groups": [{"id": 1, "value": 47}], "models": [{"id": 2, "kind": "blocks", "group": 1},
                  {"id": 3, "kind": "part-whole", "group": 1, "x": 900}]},
        "check": {"value": 47, "arrangement": "not-standard"},
        "answer": {"groups": [{"id": 1, "parts": [30, 17]}], "models": [{"id": 2, "kind": "blocks", "group": 1},
                  {"id": 3, "kind": "part-whole", "group": 1, "x": 900}]},
        "notes": "47 is also 30 and 17.",
        "log": [{"command": "add-piece", "model": 2, "part": 0, "place": "ones"}]})");
    WHEN("the number is one more ten") {
        const Step next = vary(partition, Variation{VaryWhat::Number, NumberRule::OneMoreTen, 0}).value();
        THEN("the board, answer, check, prompt and notes follow, and the log starts empty") {
            CHECK(groupOf(next.board, 2).value() == v(57));
            CHECK(groupOf(*next.answer, 3).partValues() == vs({40, 17}));
            CHECK(next.check->value == v(57));
            CHECK(next.prompt == "Show 57 another way.");
            CHECK(next.notes == "57 is also 40 and 17.");
            CHECK(next.title == partition.title);
            CHECK(next.log.empty());
            CHECK(checkStep(*next.answer, *next.check).right);
            CHECK_FALSE(checkStep(next.board, *next.check).right);
        }
    }
    WHEN("the number is times ten") {
        const Step next = vary(partition, Variation{VaryWhat::Number, NumberRule::TimesTen, 0}).value();
        THEN("470 is shown and 300 and 170 answer it") {
            CHECK(groupOf(next.board, 2).value() == v(470));
            CHECK(groupOf(*next.answer, 3).partValues() == vs({300, 170}));
            CHECK(checkStep(*next.answer, *next.check).right);
        }
    }
    WHEN("the representation is varied") {
        const Step next = vary(partition, Variation{VaryWhat::Representation}).value();
        THEN("the blocks become the next representation, a bead string, on the board and the answer") {
            CHECK(findModel(next.board, 2)->kind == Representation::Beads);
            CHECK(findModel(*next.answer, 2)->kind == Representation::Beads);
            CHECK(groupOf(next.board, 2).value() == v(47));
        }
        THEN("a check on how it is shown follows, and the answer still meets it") {
            Step shown = partition;
            shown.check->shownAs = Representation::Blocks;
            const Step again = vary(shown, Variation{VaryWhat::Representation}).value();
            CHECK(again.check->shownAs == Representation::Beads);
            CHECK(checkStep(*again.answer, *again.check).right);
        }
    }
    WHEN("the unknown is varied") {
        const Step missing = step(R"({"title": "Subtract", "prompt": "What is missing?",
            "board": {"models": [{"id": 1, "kind": "part-whole", "whole": 52, "parts": [37, "?"]}]},
            "check": {"unknown": {"whole": 52, "parts": [37, "?"]}},
            "answer": {"models": [{"id": 1, "kind": "part-whole", "whole": 52, "parts": [37, 15]}]}})");
        const Step next = vary(missing, Variation{VaryWhat::Unknown}).value();
        THEN("the whole becomes the ? and the check asks for it") {
            CHECK(groupOf(next.board, 1).unknown == Unknown{UnknownKind::Whole, 0});
            CHECK(questionText(*next.check->unknown) == "37 + 15 = ?");
            CHECK(checkStep(*next.answer, *next.check).right);
            CHECK_FALSE(checkStep(next.board, *next.check).right);
        }
    }
    WHEN("the unknown of a step whose answer differs from its board is varied") {
        const Step next = vary(partition, Variation{VaryWhat::Unknown}).value();
        THEN("the finished model, 30 and 17, is shown with its whole as the ?") {
            CHECK(groupOf(next.board, 3).partValues() == vs({30, 17}));
            CHECK(groupOf(next.board, 3).unknown == Unknown{UnknownKind::Whole, 0});
            CHECK(questionText(*next.check->unknown) == "30 + 17 = ?");
            CHECK(checkStep(*next.answer, *next.check).right);
        }
    }
    WHEN("a bead string of 100 is made ten times bigger") {
        const Step beads = step(R"({"title": "Beads", "prompt": "Count the beads.",
            "board": {"models": [{"kind": "beads", "value": 100}]}, "check": {"value": 100}})");
        THEN("it is refused with the bead string's reason") {
            const auto r = vary(beads, Variation{VaryWhat::Number, NumberRule::TimesTen, 0});
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.find("at most 100 beads") != std::string::npos);
        }
    }
}
