// Take-away sentences and the exchange hint; comparing the numbers of a rows chart (see take_away.hpp).
#include "model/take_away.hpp"

#include <algorithm>

#include "model/forms.hpp"
#include "model/money.hpp"
#include "model/representation.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

int exponent(Place p) { return static_cast<int>(p); }

std::string listOf(const std::vector<std::string>& items) {
    if (items.empty()) return {};
    std::string out = items.back();
    if (items.size() == 1) return out;
    out = tr("manip.list.two", {items[items.size() - 2], items.back()});
    for (std::size_t i = items.size() - 2; i-- > 0;) out = tr("manip.list.more", {items[i], out});
    return out;
}

}  // namespace

std::optional<std::string> takeAwaySentence(const PiecesLayout& layout, Value now) {
    if (!layout.takeAwayFrom || *layout.takeAwayFrom <= now) return std::nullopt;
    const Value from = *layout.takeAwayFrom;
    const Value taken = subtract(from, now).value();
    return tr("manip.equals", {tr("manip.minus", {numeral(from), numeral(taken)}), numeral(now)});
}

std::optional<std::string> takeAwaySentence(const MoneyLayout& money, std::int64_t nowPence) {
    if (!money.takeAwayFrom || *money.takeAwayFrom <= nowPence) return std::nullopt;
    return moneyTakeAway(*money.takeAwayFrom, nowPence);
}

std::optional<ExchangeHint> takeAwayHint(const PiecesLayout& layout, const PlaceCounts& counts) {
    if (!layout.inChart || !layout.takeAwayFrom || *layout.takeAwayFrom <= counts.value()) return std::nullopt;
    // The places the number used when the take-away began, and the ones: no hint about tenths for 52.
    const PlaceCounts start = canonical(*layout.takeAwayFrom);
    const int lowest = std::max(exponent(layout.lowestColumn),
                                std::min(exponent(Place::Ones), exponent(start.isEmpty() ? Place::Ones : start.lowestUsedPlace())));
    const int highest = exponent(layout.highestColumn);
    for (int e = lowest; e < highest; ++e) {
        const auto empty = static_cast<Place>(e);
        if (counts.count(empty) > 0) continue;
        for (int f = e + 1; f <= highest; ++f) {
            const auto from = static_cast<Place>(f);
            if (counts.count(from) == 0) continue;
            const auto below = static_cast<Place>(f - 1);
            const std::string one = tr("takeaway.one." + std::string(placeId(from)));
            const std::string ten = tr("takeaway.ten." + std::string(placeId(below)));
            const std::string more = placeNamePlural(empty);
            return ExchangeHint{empty, from, tr(f == e + 1 ? "takeaway.hint.next" : "takeaway.hint.first", {more, one, ten})};
        }
        return std::nullopt;  // nothing larger is left to exchange
    }
    return std::nullopt;
}

std::string compareSymbols(const std::vector<Value>& rows) {
    if (rows.size() < 2) return {};
    auto joined = [](const std::string& left, Value a, Value b) {
        const char* key = a < b ? "compare.less" : a > b ? "compare.greater" : "compare.equal";
        return tr(key, {left, numeral(b)});
    };
    if (rows.size() == 2) return joined(numeral(rows[0]), rows[0], rows[1]);
    std::vector<Value> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    std::string out = numeral(sorted[0]);
    for (std::size_t i = 1; i < sorted.size(); ++i) out = joined(out, sorted[i - 1], sorted[i]);
    return out;
}

std::string compareWords(const std::vector<Value>& rows) {
    if (rows.size() < 2) return {};
    if (rows.size() == 2) {
        const Value a = rows[0], b = rows[1];
        const char* key = a < b ? "compare.words.less" : a > b ? "compare.words.greater" : "compare.words.equal";
        return tr(key, {numeral(a), numeral(b)});
    }
    std::vector<Value> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::string> items;
    for (const Value v : sorted) items.push_back(numeral(v));
    return tr("compare.words.order", {listOf(items)});
}

std::optional<std::string> compareReason(Value a, Value b) {
    if (a == b) return std::nullopt;
    const PlaceCounts ca = canonical(a), cb = canonical(b);
    for (int i = kPlaceCount - 1; i >= 0; --i) {
        const Place p = kAllPlaces[static_cast<std::size_t>(i)];
        if (ca.count(p) == cb.count(p)) continue;
        return tr(ca.count(p) < cb.count(p) ? "compare.reason.less" : "compare.reason.more",
                  {placeNamePlural(p), placeCountPhrase(p, ca.count(p)), placeCountPhrase(p, cb.count(p))});
    }
    return std::nullopt;
}

}  // namespace tenfold::model
