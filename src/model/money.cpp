// Money: coin values and names, exchanging coins, the fewest coins, bringing a purse in step with an
// amount, and reading amounts in numerals and words (see money.hpp).
#include "model/money.hpp"

#include <algorithm>

#include "model/forms.hpp"
#include "model/text.hpp"
#include "model/words.hpp"

namespace tenfold::model {
namespace {

constexpr std::array<std::int64_t, kCoinCount> kPence{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};
constexpr std::array<std::string_view, kCoinCount> kIds{"1p", "2p", "5p", "10p", "20p", "50p",
                                                       "£1", "£2", "£5", "£10", "£20", "£50"};
constexpr std::size_t at(Coin c) { return static_cast<std::size_t>(coinIndex(c)); }

std::string twoDigits(std::int64_t n) {
    const std::string s = std::to_string(n);
    return n < 10 ? "0" + s : s;
}

// Largest coin first.
template <class F>
void largestFirst(F f) {
    for (int i = kCoinCount - 1; i >= 0; --i) f(kAllCoins[static_cast<std::size_t>(i)]);
}

}  // namespace

std::int64_t coinPence(Coin c) { return isCoin(c) ? kPence[at(c)] : 0; }
std::string_view coinId(Coin c) { return isCoin(c) ? kIds[at(c)] : std::string_view{}; }
std::optional<Coin> coinFromId(std::string_view id) {
    for (const Coin c : kAllCoins)
        if (kIds[at(c)] == id) return c;
    return std::nullopt;
}

std::int64_t countOf(const MoneyLayout& m, Coin c) { return isCoin(c) ? m.counts[at(c)] : 0; }

std::int64_t totalPence(const MoneyLayout& m) {
    std::int64_t sum = 0;
    for (const Coin c : kAllCoins) sum += m.counts[at(c)] * coinPence(c);
    return sum;
}

std::int64_t coinCount(const MoneyLayout& m) {
    std::int64_t n = 0;
    for (const std::int64_t k : m.counts) n += k;
    return n;
}

Status checkMoney(const MoneyLayout& m) {
    std::int64_t n = 0;
    for (const std::int64_t k : m.counts) {
        if (k < 0 || k > kMaxCoins) return Error{tr("money.too_many", {countNumeral(k), countNumeral(kMaxCoins)})};
        n += k;
    }
    if (n > kMaxCoins) return Error{tr("money.too_many", {countNumeral(n), countNumeral(kMaxCoins)})};
    return okStatus();
}

MoneyLayout fewestCoins(std::int64_t pence) {
    MoneyLayout out;
    std::int64_t left = std::max<std::int64_t>(pence, 0);
    largestFirst([&](Coin c) {
        out.counts[at(c)] = left / coinPence(c);
        left %= coinPence(c);
    });
    return out;
}

std::vector<Coin> changeFor(Coin c) {
    std::vector<Coin> out;
    if (!isCoin(c)) return out;
    std::int64_t left = coinPence(c);
    largestFirst([&](Coin smaller) {
        if (coinPence(smaller) >= coinPence(c)) return;
        while (left >= coinPence(smaller)) {
            out.push_back(smaller);
            left -= coinPence(smaller);
        }
    });
    return out;
}

std::optional<Coin> exchangeUpTarget(const MoneyLayout& m, Coin c) {
    if (!isCoin(c)) return std::nullopt;
    std::optional<Coin> best;
    for (const Coin larger : kAllCoins) {
        if (coinPence(larger) <= coinPence(c) || coinPence(larger) % coinPence(c) != 0) continue;
        if (countOf(m, c) >= coinPence(larger) / coinPence(c)) best = larger;
    }
    return best;
}

Result<MoneyLayout> breakCoin(const MoneyLayout& m, Coin c) {
    if (!isCoin(c) || countOf(m, c) == 0) return Error{tr("money.no_coin", {moneyNumeral(coinPence(c))})};
    const std::vector<Coin> change = changeFor(c);
    if (change.empty()) return Error{tr("money.no_change", {moneyNumeral(coinPence(c))})};
    MoneyLayout out = m;
    --out.counts[at(c)];
    for (const Coin small : change) ++out.counts[at(small)];
    if (auto ok = checkMoney(out); !ok) return ok.error();
    return out;
}

Result<MoneyLayout> exchangeCoinsUp(const MoneyLayout& m, Coin c) {
    if (!isCoin(c) || countOf(m, c) == 0) return Error{tr("money.no_coin", {moneyNumeral(coinPence(c))})};
    const std::optional<Coin> target = exchangeUpTarget(m, c);
    if (!target) {
        // The smallest coin they could make, and how many that takes.
        for (const Coin larger : kAllCoins) {
            if (coinPence(larger) <= coinPence(c) || coinPence(larger) % coinPence(c) != 0) continue;
            const std::int64_t need = coinPence(larger) / coinPence(c);
            return Error{trCount("money.need_more", countOf(m, c),
                                 {countNumeral(need), moneyNumeral(coinPence(c)), moneyNumeral(coinPence(larger))})};
        }
        return Error{tr("money.largest", {moneyNumeral(coinPence(c))})};
    }
    MoneyLayout out = m;
    out.counts[at(c)] -= coinPence(*target) / coinPence(c);
    ++out.counts[at(*target)];
    return out;
}

MoneyLayout syncCoins(const MoneyLayout& m, std::int64_t pence) {
    MoneyLayout out = m;
    std::int64_t total = totalPence(out);
    while (total > pence) {
        const std::int64_t excess = total - pence;
        std::optional<Coin> exact, breakable, largest;
        for (const Coin c : kAllCoins) {
            if (out.counts[at(c)] == 0) continue;
            if (coinPence(c) == excess) exact = c;
            if (coinPence(c) > excess && !breakable) breakable = c;  // the smallest worth more
            largest = c;
        }
        const Coin taken = exact ? *exact : breakable ? *breakable : *largest;
        --out.counts[at(taken)];
        total -= coinPence(taken);
    }
    if (total < pence) {
        const MoneyLayout extra = fewestCoins(pence - total);
        for (const Coin c : kAllCoins) out.counts[at(c)] += extra.counts[at(c)];
    }
    return out;
}

Status canShowAsMoney(Value v) {
    if (!v.isWhole()) return Error{tr("money.not_whole", {numeral(v)})};
    const std::int64_t n = coinCount(fewestCoins(v.wholePart()));
    if (n > kMaxCoins) return Error{tr("money.too_many", {countNumeral(n), countNumeral(kMaxCoins)})};
    return okStatus();
}

std::string moneyNumeral(std::int64_t pence) {
    if (pence < kPencePerPound) return tr("money.pence", {countNumeral(pence)});
    const std::string pounds = countNumeral(pence / kPencePerPound);
    if (pence % kPencePerPound == 0) return tr("money.pounds", {pounds});
    return tr("money.pounds_pence", {pounds, twoDigits(pence % kPencePerPound)});
}

std::string moneyPoundsAndPence(std::int64_t pence) {
    if (pence < kPencePerPound || pence % kPencePerPound == 0) return moneyNumeral(pence);
    return tr("money.mixed", {countNumeral(pence / kPencePerPound), countNumeral(pence % kPencePerPound)});
}

std::string moneyWords(std::int64_t pence) {
    const std::int64_t pounds = pence / kPencePerPound;
    const std::int64_t p = pence % kPencePerPound;
    const std::string poundWords = pounds == 1 ? tr("money.words.one_pound") : tr("money.words.pounds", {wholeWords(pounds)});
    const std::string penceWords = p == 1 ? tr("money.words.one_penny") : tr("money.words.pence", {wholeWords(p)});
    if (pounds == 0) return penceWords;
    if (p == 0) return poundWords;
    return tr("money.words.and", {poundWords, penceWords});
}

std::string coinsSentence(const MoneyLayout& m) {
    std::vector<std::string> terms;
    largestFirst([&](Coin c) {
        const std::int64_t n = m.counts[at(c)];
        if (n == 1) terms.push_back(moneyNumeral(coinPence(c)));
        if (n > 1) terms.push_back(tr("money.times", {countNumeral(n), moneyNumeral(coinPence(c))}));
    });
    const std::string total = moneyNumeral(totalPence(m));
    if (terms.empty() || (terms.size() == 1 && coinCount(m) == 1)) return total;
    std::string sum;
    for (const std::string& t : terms) sum = sum.empty() ? t : tr("manip.plus", {sum, t});
    return tr("manip.equals", {sum, total});
}

std::string coinsList(const MoneyLayout& m) {
    std::vector<std::string> items;
    largestFirst([&](Coin c) {
        const std::int64_t n = m.counts[at(c)];
        if (n > 0) items.push_back(trCount(isNote(c) ? "money.list.note" : "money.list.coin", n, {moneyNumeral(coinPence(c))}));
    });
    if (items.empty()) return tr("money.list.none");
    std::string out = items.back();
    if (items.size() == 1) return out;
    out = tr("manip.list.two", {items[items.size() - 2], items.back()});
    for (std::size_t i = items.size() - 2; i-- > 0;) out = tr("manip.list.more", {items[i], out});
    return out;
}

std::string moneyTakeAway(std::int64_t from, std::int64_t now) {
    return tr("manip.equals", {tr("manip.minus", {moneyNumeral(from), moneyNumeral(from - now)}), moneyNumeral(now)});
}

}  // namespace tenfold::model
