// Short, safe excerpts of untrusted text (a key, a number or a name from a file, a word from a script) for
// messages: cut to a few dozen bytes at a character boundary with "..." after it, control characters and
// broken UTF-8 shown as '?', so a 10 MB key never becomes a 10 MB message and a file cannot put new lines
// or terminal escapes into one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tenfold::model {

inline constexpr std::size_t kExcerptBytes = 40;       // a key, a number, a word
inline constexpr std::size_t kPathExcerptBytes = 160;  // a file's path

// `text` as it may be shown: at most `maxBytes` bytes of it (never splitting a character), then "..." when
// something was cut. Tabs and line breaks become spaces; other control characters and bytes that are not
// UTF-8 become '?'.
std::string excerpt(std::string_view text, std::size_t maxBytes = kExcerptBytes);

// The length in bytes of the well-formed UTF-8 sequence at s[i] (shortest form, no surrogates, at most
// U+10FFFF) and its code point, or 0 when it is not one.
std::size_t decodeUtf8(std::string_view s, std::size_t i, char32_t& cp);

}  // namespace tenfold::model
