// Tests for excerpts of untrusted text in messages: short, one line, never a broken character.
#include <catch2/catch.hpp>

#include <string>

#include "model/excerpt.hpp"

using tenfold::model::excerpt;

SCENARIO("Untrusted text is quoted as a short, safe excerpt", "[excerpt]") {
    GIVEN("short, ordinary text") {
        THEN("it is shown as it is") {
            CHECK(excerpt("vlaue") == "vlaue");
            CHECK(excerpt("Caf\xC3\xA9") == "Caf\xC3\xA9");
            CHECK(excerpt("") == "");
        }
    }
    GIVEN("text longer than the excerpt") {
        THEN("it is cut with ... after it") {
            CHECK(excerpt(std::string(10'000'000, 'k')) == std::string(40, 'k') + "...");
            CHECK(excerpt("abcdefgh", 4) == "abcd...");
            CHECK(excerpt("abcd", 4) == "abcd");
        }
        THEN("a character is never split") {
            const std::string e = excerpt("abc\xC3\xA9\xC3\xA9", 4);  // a b c then a two-byte letter
            CHECK(e == "abc...");
        }
    }
    GIVEN("line breaks, control characters and bytes that are not UTF-8") {
        THEN("breaks become spaces and the rest question marks") {
            CHECK(excerpt("one\ntwo\tthree\r") == "one two three ");
            CHECK(excerpt("bell\x07 escape\x1B[31m del\x7F") == "bell? escape?[31m del?");
            CHECK(excerpt("bad\xFF\xC3 bytes") == "bad?? bytes");
            CHECK(excerpt("over\xC0\xAFlong") == "over??long");
        }
    }
}
