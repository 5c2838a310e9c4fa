// Tests for the strict JSON reader: numbers kept as written, keys given twice refused, limits on depth,
// lists and objects, each refusal with its place; the tree it builds.
#include <catch2/catch.hpp>

#include <string>

#include "model/json_doc.hpp"

using namespace tenfold::model;

namespace {
JsonProblem problemOf(const std::string& text, const JsonLimits& limits = {}) {
    JsonProblem problem;
    const auto doc = JsonDoc::parse(text, limits, problem);
    REQUIRE_FALSE(doc.has_value());
    return problem;
}
}  // namespace

SCENARIO("A JSON document is read into a tree that keeps numbers as they were written", "[json]") {
    GIVEN("a document with every kind of value") {
        JsonProblem problem;
        const auto doc = JsonDoc::parse(R"({"a": [1, 0.45, 1e6, -2.50E+1, 99999999999999999999999],
                                            "b": {"t": true, "f": false, "n": null}, "s": "Tom\u00e9", "": 3})",
                                        {}, problem);
        REQUIRE(doc.has_value());
        const JsonValue root = doc->root();
        THEN("objects keep their keys in order and lists their items") {
            REQUIRE(root.isObject());
            REQUIRE(root.size() == 4);
            CHECK(root.key(0) == "a");
            CHECK(root.key(3) == "");
            const JsonValue a = *root.find("a");
            REQUIRE(a.isArray());
            REQUIRE(a.size() == 5);
            CHECK(a[0].text() == "1");
            CHECK(a[1].text() == "0.45");
            CHECK(a[2].text() == "1e6");
            CHECK(a[3].text() == "-2.50E+1");
            CHECK(a[4].text() == "99999999999999999999999");
            CHECK(a[4].isNumber());
        }
        THEN("booleans, null and text are there") {
            const JsonValue b = *root.find("b");
            CHECK(b.find("t")->boolean());
            CHECK(b.find("f")->isBoolean());
            CHECK_FALSE(b.find("f")->boolean());
            CHECK(b.find("n")->isNull());
            CHECK_FALSE(b.find("missing").has_value());
            CHECK(root.find("s")->text() == "Tom\xC3\xA9");
            CHECK(root.find("s")->isString());
        }
    }
    GIVEN("text that is not JSON") {
        THEN("the byte where it stops making sense is given") {
            const JsonProblem p = problemOf(R"({"a": 1,})");
            CHECK(p.syntax);
            CHECK(p.byte == 9);
            CHECK(problemOf("").syntax);
            CHECK(problemOf("[1] [2]").syntax);
            CHECK(problemOf("\"bad \xFF\"").syntax);
        }
    }
}

SCENARIO("The JSON reader refuses what a board never needs, with the place", "[json]") {
    THEN("a key given twice is refused at its second place") {
        const JsonProblem p = problemOf(R"({"a": {"b": 1, "c": [{"d": 1, "d": 2}]}})");
        CHECK_FALSE(p.syntax);
        CHECK(p.pointer == "/a/c/0/d");
        CHECK(p.reason == "\"d\" is given twice here: say each thing once.");
    }
    THEN("nesting deeper than the limit is refused where it goes too deep") {
        const JsonProblem p = problemOf(R"({"a": [[{"b": [1]}]]})", JsonLimits{3, 10, 10});
        CHECK(p.pointer == "/a/0/0");
        CHECK(p.reason == "The file is nested more than 3 levels deep.");
    }
    THEN("a list longer than the limit is refused at the list") {
        const JsonProblem p = problemOf(R"({"x": [1, [1, 2, 3, 4]]})", JsonLimits{16, 3, 10});
        CHECK(p.pointer == "/x/1");
        CHECK(p.reason == "This list is longer than 3 items.");
        CHECK(problemOf("[[], [], [], []]", JsonLimits{16, 3, 10}).pointer == "");
    }
    THEN("an object with more keys than the limit is refused at the object") {
        const JsonProblem p = problemOf(R"([{"a": 1}, {"a": 1, "b": 2, "c": 3}])", JsonLimits{16, 10, 2});
        CHECK(p.pointer == "/1");
        CHECK(p.reason == "This has more than 2 keys in its { }.");
    }
    THEN("a number too large for any reading is refused at its place, quoting its start") {
        const JsonProblem p = problemOf(R"({"a/b": [0, 1e400]})");
        CHECK_FALSE(p.syntax);
        CHECK(p.pointer == "/a~1b/1");
        CHECK(p.reason == "1e400 is far too large a number for a board file.");
        const JsonProblem huge = problemOf("[" + std::string(400, '9') + "]");
        CHECK(huge.pointer == "/0");
        CHECK(huge.reason == std::string(40, '9') + "... is far too large a number for a board file.");
    }
}

SCENARIO("JSON pointers for messages escape and shorten keys", "[json]") {
    CHECK(pointerJoin("", "models") == "/models");
    CHECK(pointerJoin("/models", 2) == "/models/2");
    CHECK(pointerJoin("/a", "b/c~d") == "/a/b~1c~0d");
    CHECK(pointerJoin("", std::string(1000, 'k')) == "/" + std::string(40, 'k') + "...");
    CHECK(pointerJoin("", "line\nbreak") == "/line break");
}
