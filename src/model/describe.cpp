// describe: the words for every model on a board, as plain text and as one JSON document.
#include "model/describe.hpp"

#include <nlohmann/json.hpp>

#include "model/bar_model.hpp"
#include "model/bar_views.hpp"
#include "model/forms.hpp"
#include "model/fraction_bars.hpp"
#include "model/money.hpp"
#include "model/part_whole.hpp"
#include "model/take_away.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr int kJsonIndent = 2;

// "a", "a and b", "a, b and c".
std::string listText(const std::vector<std::string>& items) {
    if (items.empty()) return {};
    std::string out = items.back();
    if (items.size() == 1) return out;
    out = tr("engine.list.join", {items[items.size() - 2], items.back()});
    for (std::size_t i = items.size() - 2; i-- > 0;) out = tr("engine.list.comma", {items[i], out});
    return out;
}

std::string unknownText(const Unknown& u) {
    switch (u.kind) {
        case UnknownKind::None: return tr("engine.describe.unknown_none");
        case UnknownKind::Whole: return tr("engine.describe.unknown_whole");
        case UnknownKind::Part: return tr("engine.describe.unknown_part", {countNumeral(u.part + 1)});
        case UnknownKind::Difference: return tr("engine.describe.unknown_difference");
    }
    return {};
}

// The sentence under a bar model, from its view (bar_views.hpp); the place value stem when no view fits
// (a number not split into parts).
std::string barStem(const Model& m, const Quantity& q, const PlaceCounts& shown) {
    const BarLayout& bar = m.layouts.bar;
    switch (bar.mode) {
        case BarMode::EqualParts:
            if (const auto eq = equalPartsOf(q, bar)) return fractionSentence(eq.value());
            break;
        case BarMode::Comparison: {
            const auto cmp = comparisonOf(q, bar);
            if (!cmp) break;
            std::string out;
            for (int i = 0; i < static_cast<int>(cmp.value().bars.size()); ++i) {
                if (i == cmp.value().longest) continue;
                const auto s = differenceSentence(cmp.value(), i);
                if (!s) continue;
                out = out.empty() ? s.value() : tr("engine.describe.sentences", {out, s.value()});
            }
            return out;
        }
        case BarMode::PartWhole:
            if (const auto pwb = partWholeBarOf(q, bar)) return stemSentence(pwb.value());
            break;
        case BarMode::Fractions:
            return wallSentence(bar.rows, q.value(), bar.unit);
    }
    return placeValueStem(shown);
}

std::string stemFor(const Model& m, const Quantity& q, const Result<PartWhole>& pw, const PlaceCounts& shown) {
    switch (m.kind) {
        case Representation::PartWhole:
            if (pw) return stemSentence(pw.value());
            break;
        case Representation::Bar:
            return barStem(m, q, shown);
        case Representation::Beads: {
            if (q.partCount() == 1) return trCount("engine.describe.beads_counted", q.value().wholePart());
            std::vector<std::string> parts;
            for (const Value v : q.partValues()) parts.push_back(numeral(v));
            if (q.unknown.kind == UnknownKind::Part) parts[static_cast<std::size_t>(q.unknown.part)] = tr("engine.describe.question");
            const std::string whole = q.unknown.kind == UnknownKind::Whole ? tr("engine.describe.question") : numeral(q.value());
            return tr("engine.describe.parts_make", {listText(parts), whole});
        }
        case Representation::Money:
            return coinsSentence(m.layouts.money);
        case Representation::Blocks:
        case Representation::Counters: {
            // A chart of several numbers, one per row, compares them.
            const PiecesLayout& layout = m.kind == Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
            if (layout.rows > 1) return tr("engine.describe.sentences", {compareSymbols(q.partValues()), compareWords(q.partValues())});
            break;
        }
        case Representation::Numeral:
            break;
    }
    return placeValueStem(shown);
}

}  // namespace

std::string wholeFirstEquation(const Quantity& q) {
    const std::vector<Value> parts = q.partValues();
    const std::string question = tr("engine.describe.question");
    const std::string whole = q.unknown.kind == UnknownKind::Whole ? question : numeral(q.value());
    if (parts.size() < 2) return whole;
    std::string sum;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const bool unknown = q.unknown.kind == UnknownKind::Part && q.unknown.part == static_cast<int>(i);
        const std::string part = unknown ? question : numeral(parts[i]);
        sum = i == 0 ? part : tr("manip.plus", {sum, part});
    }
    return tr("manip.equals", {whole, sum});
}

ModelDescription describeModel(const Board& board, const Model& m) {
    ModelDescription d;
    d.id = m.id;
    d.kind = std::string(representationId(m.kind));
    d.kindName = representationName(m.kind);
    d.level = levelName(m.level);
    for (const ModelId other : modelsInGroup(board, m.group))
        if (other != m.id) d.linkedWith.push_back(other);
    const Group* g = findGroup(board, m.group);
    const Quantity q = g ? g->quantity : Quantity{};
    // Pieces read as they lie (4 tens and 13 ones); every other model reads the standard partition.
    const bool pieces = m.kind == Representation::Blocks || m.kind == Representation::Counters;
    const PlaceCounts all = pieces ? q.pooled() : canonical(q.value());
    d.value = numeral(q.value());
    d.expandedForm = expandedForm(all);
    d.words = words(q.value());
    SentenceOptions options;
    const PiecesLayout* chart = m.kind == Representation::Blocks     ? &m.layouts.blocks
                                : m.kind == Representation::Counters ? &m.layouts.counters
                                                                     : nullptr;
    if (chart && chart->inChart) options = SentenceOptions{true, chart->highestColumn, chart->lowestColumn};
    d.placeValueSentence = placeValueSentence(all, options);
    for (const Value v : q.partValues()) d.parts.push_back(numeral(v));
    d.unknown = unknownText(q.unknown);
    const auto pw = partWholeOf(q, m.layouts.orientation);
    // Comparison bars are separate amounts, and a fraction wall does not show the group's parts.
    const bool comparison = m.kind == Representation::Bar &&
                            (m.layouts.bar.mode == BarMode::Comparison || m.layouts.bar.mode == BarMode::Fractions);
    if (pw && !comparison) {
        const FactFamily family = factFamily(pw.value());
        d.factFamily = family.wholeLast;
        d.factFamily.insert(d.factFamily.end(), family.wholeFirst.begin(), family.wholeFirst.end());
    }
    d.stemSentence = stemFor(m, q, pw, all);
    if (m.kind == Representation::Money && q.value().isWhole()) {
        const std::int64_t pence = q.value().wholePart();
        d.moneyAmount = moneyNumeral(pence);
        d.moneyWords = moneyWords(pence);
        d.coins = coinsList(m.layouts.money);
        if (auto s = takeAwaySentence(m.layouts.money, pence)) d.takeAway = *s;
    }
    if (chart) {
        if (auto s = takeAwaySentence(*chart, q.value())) d.takeAway = *s;
    }
    return d;
}

std::string describeBoard(const Board& board) {
    std::string out;
    if (board.models.empty()) return tr("engine.describe.empty") + "\n";
    for (const Model& m : board.models) {
        const ModelDescription d = describeModel(board, m);
        out += tr("engine.describe.heading", {countNumeral(d.id), d.kindName, d.level}) + "\n";
        if (!d.linkedWith.empty()) {
            std::vector<std::string> ids;
            for (const ModelId id : d.linkedWith) ids.push_back(countNumeral(id));
            out += tr("engine.describe.linked", {listText(ids)}) + "\n";
        }
        out += tr("engine.describe.value", {d.value}) + "\n";
        out += tr("engine.describe.expanded", {d.expandedForm}) + "\n";
        out += tr("engine.describe.words", {d.words}) + "\n";
        out += tr("engine.describe.place_value", {d.placeValueSentence}) + "\n";
        out += tr("engine.describe.parts", {listText(d.parts)}) + "\n";
        out += tr("engine.describe.unknown", {d.unknown}) + "\n";
        if (!d.factFamily.empty()) {
            std::string family;
            for (const auto& s : d.factFamily) family = family.empty() ? s : tr("engine.describe.facts", {family, s});
            out += tr("engine.describe.fact_family", {family}) + "\n";
        }
        if (!d.moneyAmount.empty())
            out += tr("engine.describe.money", {d.moneyAmount, d.moneyWords, d.coins}) + "\n";
        if (!d.takeAway.empty()) out += tr("engine.describe.take_away", {d.takeAway}) + "\n";
        out += tr("engine.describe.stem", {d.stemSentence}) + "\n\n";
    }
    return out;
}

std::string describeBoardJson(const Board& board) {
    using nlohmann::json;
    json models = json::array();
    for (const Model& m : board.models) {
        const ModelDescription d = describeModel(board, m);
        json one{{"id", d.id},
                              {"kind", d.kind},
                              {"kindName", d.kindName},
                              {"level", d.level},
                              {"linkedWith", d.linkedWith},
                              {"value", d.value},
                              {"expandedForm", d.expandedForm},
                              {"words", d.words},
                              {"placeValueSentence", d.placeValueSentence},
                              {"parts", d.parts},
                              {"unknown", d.unknown},
                              {"factFamily", d.factFamily},
                              {"stemSentence", d.stemSentence}};
        if (!d.moneyAmount.empty()) one["money"] = json{{"amount", d.moneyAmount}, {"words", d.moneyWords}, {"coins", d.coins}};
        if (!d.takeAway.empty()) one["takeAway"] = d.takeAway;
        models.push_back(one);
    }
    const json root{{"format", "tenfold-describe"}, {"version", 1}, {"models", models}};
    return root.dump(kJsonIndent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace tenfold::model
