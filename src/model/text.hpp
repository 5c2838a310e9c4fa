// The one table of child-facing text (English, UK): every word, sentence and refusal reason the app
// shows comes from here by key. Templates have numbered slots {0} {1} ... filled with numbers or with
// other text from the table. Missing keys show as "[key]" so they are noticed, never crash.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tenfold::model {

// The template for `key` with {0}, {1}, ... replaced by args (a slot with no argument is left as is).
// A key that is not in the table gives "[key]".
std::string tr(std::string_view key, std::initializer_list<std::string_view> args = {});

// Plural-aware lookup: uses "<key>.one" when n == 1 and "<key>.other" otherwise, with {0} filled by n
// written with thousands commas and {1}, {2}, ... by extra: trCount("place.tens.count", 4) -> "4 tens".
std::string trCount(std::string_view key, std::int64_t n,
                    std::initializer_list<std::string_view> extra = {});

// True when the table has the key.
bool hasText(std::string_view key);
// Every key in the table, in table order (for tests: no duplicates, every key used exists).
std::vector<std::string_view> textKeys();

// A whole number written with the table's thousands separator: 1234567 -> "1,234,567", -5 -> "-5".
std::string countNumeral(std::int64_t n);

}  // namespace tenfold::model
