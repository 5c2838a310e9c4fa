// Abstract forms of a quantity (English, UK): numeral with thousands commas, expanded form, place value
// sentence, number words, stem sentences, and the names and headings of places. All text from the table.
#pragma once

#include <cstdint>
#include <string>

#include "model/place_value.hpp"
#include "model/result.hpp"
#include "model/value.hpp"
#include "model/words.hpp"

namespace tenfold::model {

// "1,234,567", "0.45", "3.07", "0", "10.5". Trailing zeros after the point are left out (0.450 -> "0.45")
// unless minDecimalPlaces asks for them (numeral(0.45, 3) -> "0.450", numeral(3, 1) -> "3.0").
std::string numeral(Value v, int minDecimalPlaces = 0);

// The sum of what is there, highest place first: 3 hundreds 4 tens 7 ones -> "300 + 40 + 7";
// 3 tens 17 ones -> "30 + 17"; 4 tenths 5 hundredths -> "0.4 + 0.05"; nothing -> "0".
std::string expandedForm(const PlaceCounts& counts);

struct SentenceOptions {
    // When true, every place from `highest` down to `lowest` is named, zero or not, as a chart with
    // those columns shows it: "3 hundreds, 0 tens and 7 ones". When false only non-zero places are named.
    bool includeZeroPlaces = false;
    Place highest = Place::Hundreds;
    Place lowest = Place::Ones;
};
// "3 hundreds, 4 tens and 7 ones", "1 ten", "1 hundred and 5 ones", "4 tenths and 5 hundredths".
// Nothing at all (and no zero places asked for) -> "0 ones".
std::string placeValueSentence(const PlaceCounts& counts, SentenceOptions options = {});

// "4 tens", "1 ten", "1 one", "1,234 ones", "1 tenth".
std::string placeCountPhrase(Place p, std::int64_t count);
// The lower-case name of a place: "ten" / "tens", "hundredth" / "hundredths".
std::string placeName(Place p, bool plural);
// Column headings of a place value chart: full name ("Hundreds", "Tenths") and short label ("H", "Tth").
std::string placeHeading(Place p);
std::string placeShortLabel(Place p);

// Stem sentences for what is there.
// "4 tens and 13 ones is 53." Refuses when there is anything outside tens and ones.
Result<std::string> tensAndOnesStem(const PlaceCounts& counts);
// "3 hundreds, 4 tens and 7 ones make 347." Refuses when there is anything outside hundreds, tens, ones.
Result<std::string> hundredsTensOnesStem(const PlaceCounts& counts);
// The same sentence for any arrangement, naming the non-zero places: "2 thousands and 5 ones make 2,005."
std::string placeValueStem(const PlaceCounts& counts);

}  // namespace tenfold::model
