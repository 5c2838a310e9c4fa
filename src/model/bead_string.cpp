// Bead string rules: sizes, colour groups, counting by pushing beads, dividers and parts, the cover and
// the count-on marker for bridging ten. Pure functions over the BeadString value (see bead_string.hpp).
#include "model/bead_string.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::string num(std::int64_t n) { return countNumeral(n); }

bool isBeadStringSize(int size) {
    return std::find(kBeadStringSizes.begin(), kBeadStringSizes.end(), size) != kBeadStringSizes.end();
}

bool hasBead(const BeadString& beads, int bead) { return bead >= 1 && bead <= beads.size; }

Error noBead(const BeadString& beads, int bead) {
    return Error{tr("error.beads.no_bead", {num(bead), num(beads.size)})};
}

bool isDividerPlace(const BeadString& beads, int position) { return position >= 1 && position < beads.size; }

Error badDividerPlace(const BeadString& beads, int position) {
    return Error{tr("error.beads.divider_place", {num(beads.size - 1), num(position)})};
}

// "7", "7 and 3", "2, 5 and 3".
std::string listOf(const std::vector<int>& numbers) {
    if (numbers.empty()) return {};
    std::string out = num(numbers.front());
    for (std::size_t i = 1; i < numbers.size(); ++i) {
        const bool last = i + 1 == numbers.size();
        out = tr(last ? "manip.list.two" : "manip.list.more", {out, num(numbers[i])});
    }
    return out;
}

// Upper limit for counting on with the free functions, so sums stay well inside an int.
constexpr int kLargestCountOn = 9'999'999;

}  // namespace

// ---- Making and checking -------------------------------------------------------------------------------

Result<BeadString> makeBeadString(int size) {
    if (!isBeadStringSize(size)) return Error{tr("error.beads.size", {num(size)})};
    BeadString beads;
    beads.size = size;
    return beads;
}

Result<BeadString> checkBeadString(const BeadString& beads) {
    if (!isBeadStringSize(beads.size)) return Error{tr("error.beads.size", {num(beads.size)})};
    if (beads.counted < 0 || beads.counted > beads.size) {
        return Error{tr("error.beads.counted", {num(beads.size), num(beads.counted)})};
    }
    for (std::size_t i = 0; i < beads.dividers.size(); ++i) {
        const int position = beads.dividers[i];
        if (!isDividerPlace(beads, position)) return badDividerPlace(beads, position);
        if (i > 0 && beads.dividers[i - 1] >= position) return Error{tr("error.beads.dividers_order")};
    }
    if (beads.cover) {
        const auto checked = setCover(beads, beads.cover->first, beads.cover->last);
        if (!checked) return checked.error();
    }
    if (beads.countOn) {
        const auto checked = setCountOn(beads, beads.countOn->start, beads.countOn->add);
        if (!checked) return checked.error();
    }
    return beads;
}

Result<int> beadStringSizeFor(Value v) {
    if (!v.isWhole()) return Error{tr("error.beads.not_whole", {numeral(v)})};
    if (v.wholePart() > kLargestBeadString) return Error{tr("error.beads.too_many", {numeral(v)})};
    for (int size : kBeadStringSizes) {
        if (v.wholePart() <= size) return size;
    }
    return kLargestBeadString;  // not reached: the largest size was checked above
}

// ---- Colour groups --------------------------------------------------------------------------------------

int colourGroupSize(int size) {
    if (!isBeadStringSize(size)) return 0;
    return size == kLargestBeadString ? kLongStringColourGroup : kShortStringColourGroup;
}

std::string_view beadColoursId(BeadColours c) {
    switch (c) {
    case BeadColours::ByLength: return "by-length";
    case BeadColours::Fives: return "fives";
    case BeadColours::Tens: return "tens";
    }
    return "by-length";
}

std::optional<BeadColours> beadColoursFromId(std::string_view id) {
    for (int i = 0; i < kBeadColoursCount; ++i) {
        const auto c = static_cast<BeadColours>(i);
        if (beadColoursId(c) == id) return c;
    }
    return std::nullopt;
}

int colourGroupSize(int size, BeadColours choice) {
    if (!isBeadStringSize(size)) return 0;
    switch (choice) {
    case BeadColours::Fives: return kShortStringColourGroup;
    case BeadColours::Tens: return kLongStringColourGroup;
    case BeadColours::ByLength: break;
    }
    return colourGroupSize(size);
}

Result<int> colourGroupOf(const BeadString& beads, int bead) {
    if (!hasBead(beads, bead)) return noBead(beads, bead);
    const int group = colourGroupSize(beads.size);
    if (group == 0) return Error{tr("error.beads.size", {num(beads.size)})};
    return (bead - 1) / group;
}

std::vector<int> colourGroups(const BeadString& beads) {
    std::vector<int> groups;
    const int group = colourGroupSize(beads.size);
    if (group == 0) return groups;
    groups.reserve(static_cast<std::size_t>(beads.size));
    for (int bead = 1; bead <= beads.size; ++bead) groups.push_back((bead - 1) / group);
    return groups;
}

// ---- Counting by pushing beads ----------------------------------------------------------------------------

int countedBeads(const BeadString& beads) { return beads.counted; }
int uncountedBeads(const BeadString& beads) { return beads.size - beads.counted; }
bool isCounted(const BeadString& beads, int bead) { return hasBead(beads, bead) && bead <= beads.counted; }

Result<BeadString> setCounted(const BeadString& beads, int counted) {
    if (counted < 0 || counted > beads.size) {
        return Error{tr("error.beads.counted", {num(beads.size), num(counted)})};
    }
    BeadString out = beads;
    out.counted = counted;
    return out;
}

Result<BeadString> pushBeads(const BeadString& beads, int n) {
    if (n < 1) return Error{tr("error.beads.move_none")};
    const int left = uncountedBeads(beads);
    if (n > left) return Error{tr("error.beads.push_too_many", {num(left), num(n)})};
    return setCounted(beads, beads.counted + n);
}

Result<BeadString> pullBeads(const BeadString& beads, int n) {
    if (n < 1) return Error{tr("error.beads.move_none")};
    if (n > beads.counted) return Error{tr("error.beads.pull_too_many", {num(beads.counted), num(n)})};
    return setCounted(beads, beads.counted - n);
}

Result<BeadString> touchBead(const BeadString& beads, int bead) {
    if (!hasBead(beads, bead)) return noBead(beads, bead);
    return setCounted(beads, isCounted(beads, bead) ? bead - 1 : bead);
}

// ---- Dividers and parts ----------------------------------------------------------------------------------

Result<BeadString> addDivider(const BeadString& beads, int position) {
    if (!isDividerPlace(beads, position)) return badDividerPlace(beads, position);
    if (std::binary_search(beads.dividers.begin(), beads.dividers.end(), position)) {
        return Error{tr("error.beads.divider_taken", {num(position)})};
    }
    BeadString out = beads;
    out.dividers.insert(std::lower_bound(out.dividers.begin(), out.dividers.end(), position), position);
    return out;
}

Result<BeadString> moveDivider(const BeadString& beads, int from, int to) {
    if (!std::binary_search(beads.dividers.begin(), beads.dividers.end(), from)) {
        return Error{tr("error.beads.no_divider", {num(from)})};
    }
    if (from == to) return beads;
    const auto removed = removeDivider(beads, from);
    if (!removed) return removed.error();
    return addDivider(removed.value(), to);
}

Result<BeadString> removeDivider(const BeadString& beads, int position) {
    const auto it = std::lower_bound(beads.dividers.begin(), beads.dividers.end(), position);
    if (it == beads.dividers.end() || *it != position) return Error{tr("error.beads.no_divider", {num(position)})};
    BeadString out = beads;
    out.dividers.erase(out.dividers.begin() + (it - beads.dividers.begin()));
    return out;
}

BeadString clearDividers(const BeadString& beads) {
    BeadString out = beads;
    out.dividers.clear();
    return out;
}

std::vector<int> partSizes(const BeadString& beads) {
    std::vector<int> parts;
    int previous = 0;
    for (int position : beads.dividers) {
        parts.push_back(position - previous);
        previous = position;
    }
    parts.push_back(beads.size - previous);
    return parts;
}

std::string partsSentence(const BeadString& beads) {
    const std::vector<int> parts = partSizes(beads);
    if (parts.size() < 2) return tr("beads.whole", {num(beads.size)});
    return tr("beads.parts", {listOf(parts), num(beads.size)});
}

// ---- Cover -------------------------------------------------------------------------------------------------

Result<BeadString> setCover(const BeadString& beads, int first, int last) {
    if (first > last) return Error{tr("error.beads.cover_reversed", {num(first), num(last)})};
    if (first < 1 || last > beads.size) {
        return Error{tr("error.beads.cover_off", {num(beads.size), num(first), num(last)})};
    }
    BeadString out = beads;
    out.cover = BeadCover{first, last};
    return out;
}

BeadString clearCover(const BeadString& beads) {
    BeadString out = beads;
    out.cover.reset();
    return out;
}

int hiddenBeads(const BeadString& beads) {
    if (!beads.cover) return 0;
    return beads.cover->last - beads.cover->first + 1;
}

int visibleBeads(const BeadString& beads) { return beads.size - hiddenBeads(beads); }

bool isHidden(const BeadString& beads, int bead) {
    return beads.cover && bead >= beads.cover->first && bead <= beads.cover->last;
}

Result<std::string> coverQuestion(const BeadString& beads) {
    if (!beads.cover) return Error{tr("error.beads.no_cover")};
    return tr("beads.cover.question", {num(beads.size), num(visibleBeads(beads))});
}

Result<std::string> coverAnswer(const BeadString& beads) {
    if (!beads.cover) return Error{tr("error.beads.no_cover")};
    return tr("beads.cover.answer", {num(beads.size), num(visibleBeads(beads)), num(hiddenBeads(beads))});
}

// ---- Count on, bridging ten -------------------------------------------------------------------------------

Result<BeadString> setCountOn(const BeadString& beads, int start, int add) {
    if (start < 0 || start > beads.size) {
        return Error{tr("error.beads.count_on_start", {num(beads.size), num(start)})};
    }
    if (add < 1) return Error{tr("error.beads.count_on_add")};
    if (add > beads.size - start) {
        return Error{tr("error.beads.count_on_too_far", {num(start), num(add), num(beads.size)})};
    }
    BeadString out = beads;
    out.countOn = CountOnMarker{start, add};
    return out;
}

BeadString clearCountOn(const BeadString& beads) {
    BeadString out = beads;
    out.countOn.reset();
    return out;
}

Result<std::vector<BridgeStep>> bridgeSteps(int start, int add) {
    if (start < 0) return Error{tr("error.beads.count_on_negative", {num(start)})};
    if (add < 1) return Error{tr("error.beads.count_on_add")};
    if (start > kLargestCountOn || add > kLargestCountOn) return Error{tr("error.beads.count_on_too_big")};
    const int total = start + add;
    const int nextTen = (start / kBridgeBase + 1) * kBridgeBase;
    const bool onATen = start % kBridgeBase == 0;
    if (onATen || total <= nextTen) return std::vector<BridgeStep>{{start, add, total}};
    return std::vector<BridgeStep>{{start, nextTen - start, nextTen}, {nextTen, total - nextTen, total}};
}

Result<std::vector<BridgeStep>> bridgeSteps(const BeadString& beads) {
    if (!beads.countOn) return Error{tr("error.beads.no_count_on")};
    return bridgeSteps(beads.countOn->start, beads.countOn->add);
}

Result<std::string> bridgeSentence(int start, int add) {
    const auto steps = bridgeSteps(start, add);
    if (!steps) return steps.error();
    const std::vector<BridgeStep>& s = steps.value();
    if (s.size() == 1) return tr("beads.add", {num(start), num(add), num(s[0].to)});
    return tr("beads.bridge",
              {num(start), num(add), num(s[0].by), num(s[0].to), num(s[1].to), num(s[1].by)});
}

}  // namespace tenfold::model
