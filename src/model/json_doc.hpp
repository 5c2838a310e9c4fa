// A JSON document read strictly, for the files teachers write and Tenfold saves (boards; lessons later):
// parsed through nlohmann-json's SAX interface into a compact tree that keeps every number as the text
// that was written (so "0.45" stays 0.45 and 1e400 can be refused with its place), refuses a key given
// twice in one object, nesting deeper than a limit, and lists or objects longer than a limit, each with
// the JSON pointer of the place. Refusals quote excerpts only, never a whole key or number.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenfold::model {

struct JsonLimits {
    int maxDepth = 16;              // objects and lists inside each other
    std::size_t maxArray = 10'000;  // items in one list
    std::size_t maxObject = 64;     // keys in one object
};

enum class JsonType : std::uint8_t { Null, Boolean, Number, String, Array, Object };

// What stopped the reading: text that is not JSON (syntax, with the byte where it stops making sense) or
// a limit or a key given twice (with its place and a reason from the text table).
struct JsonProblem {
    bool syntax = false;
    std::size_t byte = 0;
    std::string pointer;
    std::string reason;
};

class JsonDoc;

// A value inside a JsonDoc (a cheap view; valid while the document lives).
class JsonValue {
public:
    JsonType type() const;
    bool isNull() const { return type() == JsonType::Null; }
    bool isBoolean() const { return type() == JsonType::Boolean; }
    bool isNumber() const { return type() == JsonType::Number; }
    bool isString() const { return type() == JsonType::String; }
    bool isArray() const { return type() == JsonType::Array; }
    bool isObject() const { return type() == JsonType::Object; }

    bool boolean() const;             // false unless isBoolean()
    std::string_view text() const;    // a string's text, or a number as written ("0.45", "1e6"); else ""
    std::size_t size() const;         // items of a list, keys of an object; else 0
    JsonValue operator[](std::size_t i) const;  // item i of a list, or the value of key i of an object
    std::string_view key(std::size_t i) const;  // key i of an object, in file order
    std::optional<JsonValue> find(std::string_view key) const;  // an object's value for `key`

private:
    friend class JsonDoc;
    JsonValue(const JsonDoc* doc, std::uint32_t index) : doc_(doc), index_(index) {}
    const JsonDoc* doc_;
    std::uint32_t index_;
};

class JsonDoc {
public:
    // Reads `text`; on a problem returns nothing and fills `problem`.
    static std::optional<JsonDoc> parse(std::string_view text, const JsonLimits& limits, JsonProblem& problem);
    JsonValue root() const { return JsonValue(this, root_); }

    struct Node {
        std::uint32_t keyAt = 0, keyLength = 0;  // the key (in an object) in text_
        std::uint32_t a = 0, b = 0;              // text: offset and length; list/object: first child, count
        JsonType type = JsonType::Null;
    };

private:
    friend class JsonValue;
    friend class JsonBuilder;
    std::vector<Node> nodes_;
    std::string text_;  // keys, strings and numbers as written, one after another
    std::uint32_t root_ = 0;
};

// JSON pointers for messages: base + "/" + key (with ~ and / escaped, a long key cut to an excerpt).
std::string pointerJoin(std::string_view base, std::string_view key);
std::string pointerJoin(std::string_view base, std::size_t index);

}  // namespace tenfold::model
