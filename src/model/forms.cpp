// Abstract forms: numerals, expanded form, place value sentences, stem sentences and place names.
// Lists are joined with the table's "list.more" (", ") and "list.two" (" and ") templates.
#include "model/forms.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "model/text.hpp"

namespace tenfold::model {
namespace {

// The key stem of each place in the text table, lowest first.
constexpr std::array<std::string_view, kPlaceCount> kPlaceKeys{
    "thousandths", "hundredths", "tenths",    "ones",          "tens",
    "hundreds",    "thousands",  "ten_thousands", "hundred_thousands", "millions"};

std::string placeKey(Place p, std::string_view suffix) {
    std::string key = "place.";
    key += isPlace(p) ? kPlaceKeys[static_cast<std::size_t>(placeIndex(p))] : std::string_view("unknown");
    key += '.';
    key += suffix;
    return key;
}

std::string joinList(const std::vector<std::string>& items) {
    if (items.empty()) return "";
    if (items.size() == 1) return items.front();
    std::string out = items.front();
    for (std::size_t i = 1; i + 1 < items.size(); ++i) out = tr("list.more", {out, items[i]});
    return tr("list.two", {out, items.back()});
}

bool onlyIn(const PlaceCounts& counts, std::initializer_list<Place> allowed) {
    for (Place p : kAllPlaces) {
        if (counts.count(p) == 0) continue;
        if (std::find(allowed.begin(), allowed.end(), p) == allowed.end()) return false;
    }
    return true;
}

}  // namespace

std::string numeral(Value v, int minDecimalPlaces) {
    const std::string whole = countNumeral(v.wholePart());
    const int places = std::max(v.decimalPlaces(), std::clamp(minDecimalPlaces, 0, kMaxDecimalPlaces));
    if (places == 0) return whole;
    std::string frac = std::to_string(v.fractionMilli());
    frac.insert(0, static_cast<std::size_t>(kMaxDecimalPlaces) - frac.size(), '0');  // 7 -> "007"
    frac.resize(static_cast<std::size_t>(places));
    return whole + tr("format.decimal_point") + frac;
}

std::string expandedForm(const PlaceCounts& counts) {
    std::string out;
    for (auto it = kAllPlaces.rbegin(); it != kAllPlaces.rend(); ++it) {
        const std::int64_t n = counts.count(*it);
        if (n == 0) continue;
        // n * place value is at most the total, so it is a valid Value.
        const std::string term = numeral(Value::fromMilli(n * placeMilli(*it)).value());
        out = out.empty() ? term : tr("expanded.plus", {out, term});
    }
    return out.empty() ? numeral(Value{}) : out;
}

std::string placeValueSentence(const PlaceCounts& counts, SentenceOptions options) {
    std::vector<std::string> items;
    // Empty columns above the number are not placeholders: a chart's zeros are named from the highest
    // place in use (or the ones) down, so 234 in a Th H T O chart is "2 hundreds, 3 tens and 4 ones".
    int used = static_cast<int>(Place::Ones);
    for (const Place p : kAllPlaces) {
        if (counts.count(p) != 0) used = std::max(used, static_cast<int>(p));
    }
    const int top = std::min(static_cast<int>(options.highest), used);
    const int bottom = static_cast<int>(options.lowest);
    for (auto it = kAllPlaces.rbegin(); it != kAllPlaces.rend(); ++it) {
        const int e = static_cast<int>(*it);
        const bool shownByChart = options.includeZeroPlaces && e <= top && e >= bottom;
        // A non-zero place is always named, even outside the chart's columns: never hide what is there.
        if (shownByChart || counts.count(*it) != 0) items.push_back(placeCountPhrase(*it, counts.count(*it)));
    }
    if (items.empty()) return placeCountPhrase(Place::Ones, 0);
    return joinList(items);
}

std::string placeCountPhrase(Place p, std::int64_t count) { return trCount(placeKey(p, "count"), count); }
std::string placeName(Place p, bool plural) { return tr(placeKey(p, plural ? "plural" : "singular")); }
std::string placeHeading(Place p) { return tr(placeKey(p, "heading")); }
std::string placeShortLabel(Place p) { return tr(placeKey(p, "short")); }

Result<std::string> tensAndOnesStem(const PlaceCounts& counts) {
    if (!onlyIn(counts, {Place::Tens, Place::Ones})) return Error{tr("error.stem.tens_ones_only")};
    const std::string parts = joinList(
        {placeCountPhrase(Place::Tens, counts.count(Place::Tens)), placeCountPhrase(Place::Ones, counts.count(Place::Ones))});
    return tr("stem.is", {parts, numeral(counts.value())});
}

Result<std::string> hundredsTensOnesStem(const PlaceCounts& counts) {
    if (!onlyIn(counts, {Place::Hundreds, Place::Tens, Place::Ones})) return Error{tr("error.stem.hto_only")};
    const std::string parts = joinList({placeCountPhrase(Place::Hundreds, counts.count(Place::Hundreds)),
                                        placeCountPhrase(Place::Tens, counts.count(Place::Tens)),
                                        placeCountPhrase(Place::Ones, counts.count(Place::Ones))});
    return tr("stem.make", {parts, numeral(counts.value())});
}

std::string placeValueStem(const PlaceCounts& counts) {
    // One piece takes a singular verb: "1 hundred makes 100." but "2 hundreds make 200."
    return tr(counts.pieceCount() == 1 ? "stem.makes" : "stem.make", {placeValueSentence(counts), numeral(counts.value())});
}

}  // namespace tenfold::model
