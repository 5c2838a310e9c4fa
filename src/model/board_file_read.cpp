// Board files, reading side: the text is read strictly (json_doc: numbers exactly as written, a key given
// twice refused, nesting and list lengths bounded), then every field is checked for type, range and
// meaning, and the first problem is reported with its JSON pointer and an excerpt of what was written. Models given by value alone are laid out here; the
// finished board must then pass validateBoard. Internally a problem is thrown as a Fault and turned into
// an Error at the top, so nothing half-made ever escapes.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>

#include "model/board_file.hpp"
#include "model/board_file_json.hpp"
#include "model/engine_sync.hpp"
#include "model/fraction_bars.hpp"
#include "model/excerpt.hpp"
#include "model/forms.hpp"
#include "model/json_doc.hpp"
#include "model/text.hpp"

namespace tenfold::model {
// The reader's pieces are shared with the other file readers through board_file_json.hpp.
namespace file {

constexpr int kPairSize = 2;

[[noreturn]] void fail(const std::string& pointer, std::string reason) { throw Fault{pointer, std::move(reason)}; }

std::string join(const std::string& base, std::string_view key) { return pointerJoin(base, key); }
std::string join(const std::string& base, std::size_t index) { return pointerJoin(base, index); }

json object(const json& j, const std::string& ptr) {
    if (!j.isObject()) fail(ptr, tr("engine.file.expected_object"));
    return j;
}
json array(const json& j, const std::string& ptr, std::size_t maxSize) {
    if (!j.isArray()) fail(ptr, tr("engine.file.expected_array"));
    if (j.size() > maxSize) fail(ptr, tr("engine.file.list_too_long", {countNumeral(static_cast<std::int64_t>(maxSize))}));
    return j;
}
void onlyKeys(const json& obj, const std::string& ptr, std::initializer_list<std::string_view> allowed) {
    for (std::size_t i = 0; i < obj.size(); ++i) {
        const std::string_view key = obj.key(i);
        bool known = false;
        for (const auto k : allowed) known = known || key == k;
        if (!known) fail(join(ptr, key), tr("engine.file.unknown_key", {excerpt(key)}));
    }
}
std::optional<json> optional(const json& obj, std::string_view key) { return obj.find(key); }
json required(const json& obj, const std::string& ptr, std::string_view key) {
    const auto j = optional(obj, key);
    if (!j) fail(ptr, tr("engine.file.missing", {key}));
    return *j;
}
std::string text(const json& j, const std::string& ptr) {
    if (!j.isString()) fail(ptr, tr("engine.file.expected_text"));
    const std::string_view s = j.text();
    if (s.size() > kMaxTextLength) fail(ptr, tr("engine.file.text_too_long", {countNumeral(static_cast<std::int64_t>(kMaxTextLength))}));
    return std::string(s);
}
bool boolean(const json& j, const std::string& ptr) {
    if (!j.isBoolean()) fail(ptr, tr("engine.file.expected_bool"));
    return j.boolean();
}
// A whole number from lo to hi, read exactly as written (2, 2.0 and 2e0 are all 2; 2.5 is refused).
std::int64_t integer(const json& j, const std::string& ptr, std::int64_t lo, std::int64_t hi) {
    if (!j.isNumber()) fail(ptr, tr("engine.file.expected_whole", {countNumeral(lo), countNumeral(hi)}));
    const ExactMilli r = readJsonNumberMilli(j.text());
    const bool whole = r.problem == NumberProblem::None && r.milli % kMilliPerOne == 0;
    const std::int64_t v = r.milli / kMilliPerOne;
    if (!whole || v < lo || v > hi)
        fail(ptr, tr("engine.file.expected_whole_not", {countNumeral(lo), countNumeral(hi), excerpt(j.text())}));
    return v;
}
int smallInt(const json& j, const std::string& ptr, int lo, int hi) { return static_cast<int>(integer(j, ptr, lo, hi)); }
// A position: layout, not a value, so the nearest double to what is written.
double coordinate(const json& j, const std::string& ptr) {
    const std::string limit = countNumeral(static_cast<std::int64_t>(kMaxCoordinate));
    if (!j.isNumber()) fail(ptr, tr("engine.file.coordinate", {limit}));
    const std::string_view written = j.text();
    double d = 0;
    bool whole = false;
#if defined(__cpp_lib_to_chars)
    const auto [end, ec] = std::from_chars(written.data(), written.data() + written.size(), d);
    whole = ec == std::errc() && end == written.data() + written.size();
#else
    // The browser build's C++ library reads no floating point with from_chars: strtod in the "C" locale
    // (the app never sets another) reads the same JSON number.
    const std::string copy(written);
    char* end = nullptr;
    d = std::strtod(copy.c_str(), &end);
    whole = end == copy.c_str() + copy.size();
#endif
    if (!whole || !std::isfinite(d) || std::fabs(d) > kMaxCoordinate)
        fail(ptr, tr("engine.file.coordinate_not", {limit, excerpt(written)}));
    return d;
}
Place place(const json& j, const std::string& ptr) {
    return named<Place>(j, ptr, placeFromId, "thousandths, hundredths, tenths, ones, tens, hundreds, thousands, ten_thousands, hundred_thousands, millions");
}
bool isQuestion(const json& j) { return j.isString() && j.text() == "?"; }

// A value: a JSON number (47, 0.45, 1e6), read exactly as written, or a decimal in quotes ("0.45",
// "1,234") read as a teacher types it.
Value value(const json& j, const std::string& ptr) {
    Result<Value> v = Value{};
    if (j.isNumber()) v = Value::fromJsonNumber(j.text());
    else if (j.isString()) v = Value::parse(text(j, ptr));
    else fail(ptr, tr("engine.file.expected_value"));
    if (!v) fail(ptr, v.error().message);
    return v.value();
}

PlaceCounts counts(const json& j, const std::string& ptr) {
    object(j, ptr);
    PlaceCounts c;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const std::string here = join(ptr, j.key(i));
        const auto p = placeFromId(j.key(i));
        if (!p) fail(here, tr("engine.file.unknown_key", {excerpt(j.key(i))}));
        if (auto ok = c.setCount(*p, integer(j[i], here, 0, kMaxMilli)); !ok) fail(here, ok.error().message);
    }
    return c;
}

// The quantity of a group, given as "value", "whole" and/or "parts" (with at most one "?"), plus "unknown".
Quantity quantity(const json& obj, const std::string& ptr) {
    const auto valueJ = optional(obj, "value");
    const auto wholeJ = optional(obj, "whole");
    const auto partsJ = optional(obj, "parts");
    Quantity q;
    if (valueJ) {
        if (wholeJ || partsJ) fail(join(ptr, "value"), tr("engine.file.value_and_parts"));
        q = quantityOf(value(*valueJ, join(ptr, "value")));
    } else if (partsJ) {
        const std::string partsPtr = join(ptr, "parts");
        array(*partsJ, partsPtr, kMaxGroupParts);
        if (partsJ->size() == 0) fail(partsPtr, tr("engine.quantity.no_parts"));
        q.parts.clear();
        int question = -1;
        int questions = 0;
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < partsJ->size(); ++i) {
            const json part = (*partsJ)[i];
            const std::string here = join(partsPtr, i);
            if (isQuestion(part)) {
                question = static_cast<int>(i);
                ++questions;
                q.parts.emplace_back();
                continue;
            }
            if (part.isObject()) {
                onlyKeys(part, here, {"counts"});
                q.parts.push_back(counts(required(part, here, "counts"), join(here, "counts")));
            } else {
                q.parts.push_back(canonical(value(part, here)));
            }
            sum += q.parts.back().totalMilli();
            if (sum > kMaxMilli) fail(here, tr("engine.quantity.too_large"));
        }
        const bool wholeUnknown = wholeJ && isQuestion(*wholeJ);
        if (wholeUnknown) ++questions;
        if (questions > 1) fail(partsPtr, tr("engine.file.two_unknowns"));
        if (question >= 0) {
            if (!wholeJ) fail(ptr, tr("engine.file.missing", {"whole"}));
            const Value whole = value(*wholeJ, join(ptr, "whole"));
            if (whole.milli() < sum) fail(join(ptr, "whole"), tr("engine.file.parts_too_big", {numeral(whole)}));
            q.parts[static_cast<std::size_t>(question)] = canonical(Value::fromMilli(whole.milli() - sum).value());
            q.unknown = Unknown{UnknownKind::Part, question};
        } else if (wholeUnknown) {
            q.unknown = Unknown{UnknownKind::Whole, 0};
        } else if (wholeJ) {
            const Value whole = value(*wholeJ, join(ptr, "whole"));
            if (whole.milli() != sum)
                fail(join(ptr, "whole"), tr("engine.file.whole_mismatch",
                                            {numeral(Value::fromMilli(sum).value()), numeral(whole)}));
        }
    } else if (wholeJ) {
        if (isQuestion(*wholeJ)) fail(join(ptr, "whole"), tr("engine.file.two_unknowns"));
        q = quantityOf(value(*wholeJ, join(ptr, "whole")));
    } else {
        fail(ptr, tr("engine.file.missing", {"value"}));
    }
    if (const auto unknownJ = optional(obj, "unknown")) {
        const std::string here = join(ptr, "unknown");
        if (q.unknown.kind != UnknownKind::None) fail(here, tr("engine.file.unknown_twice"));
        if (unknownJ->isObject()) {
            onlyKeys(*unknownJ, here, {"part"});
            q.unknown = Unknown{UnknownKind::Part, smallInt(required(*unknownJ, here, "part"), join(here, "part"), 0, kMaxGroupParts - 1)};
        } else {
            const std::string s = text(*unknownJ, here);
            if (s == "whole") q.unknown = Unknown{UnknownKind::Whole, 0};
            else if (s == "difference") q.unknown = Unknown{UnknownKind::Difference, 0};
            else if (s != "none") fail(here, tr("engine.file.unknown_name", {excerpt(s), "whole, difference, none, {\"part\": 0}"}));
        }
    }
    if (auto ok = checkQuantity(q); !ok) fail(ptr, ok.error().message);
    return q;
}

PiecesLayout pieces(const json& j, const std::string& ptr, bool blocks, bool& piecesGiven) {
    object(j, ptr);
    if (blocks) onlyKeys(j, ptr, {"chart", "columns", "cube", "pieces", "rows", "takeAwayFrom"});
    else onlyKeys(j, ptr, {"chart", "columns", "plain", "pieces", "rows", "fixed", "takeAwayFrom"});
    PiecesLayout out;
    if (const auto c = optional(j, "chart")) out.inChart = boolean(*c, join(ptr, "chart"));
    if (const auto c = optional(j, "columns")) {
        const std::string here = join(ptr, "columns");
        array(*c, here, kPairSize);
        if (c->size() != kPairSize) fail(here, tr("engine.file.columns_pair"));
        out.lowestColumn = place((*c)[0], join(here, 0));
        out.highestColumn = place((*c)[1], join(here, 1));
        if (static_cast<int>(out.lowestColumn) > static_cast<int>(out.highestColumn)) fail(here, tr("engine.layout.columns_order"));
    }
    if (const auto c = optional(j, "cube")) {
        auto scale = makeScale(place(*c, join(ptr, "cube")));
        if (!scale) fail(join(ptr, "cube"), scale.error().message);
        out.scale = scale.value();
    }
    if (const auto c = optional(j, "plain")) out.plain = boolean(*c, join(ptr, "plain"));
    if (const auto c = optional(j, "rows")) out.rows = smallInt(*c, join(ptr, "rows"), 0, kMaxChartRows);
    if (const auto c = optional(j, "fixed")) out.fixed = boolean(*c, join(ptr, "fixed"));
    if (const auto c = optional(j, "takeAwayFrom")) out.takeAwayFrom = value(*c, join(ptr, "takeAwayFrom"));
    if (const auto list = optional(j, "pieces")) {
        const std::string here = join(ptr, "pieces");
        array(*list, here, static_cast<std::size_t>(kMaxPieces));
        piecesGiven = true;
        out.pieces.reserve(list->size());
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = join(here, i);
            const json p = object((*list)[i], at);
            onlyKeys(p, at, {"part", "place", "x", "y"});
            Piece piece;
            if (const auto part = optional(p, "part")) piece.part = smallInt(*part, join(at, "part"), 0, kMaxGroupParts - 1);
            piece.place = place(required(p, at, "place"), join(at, "place"));
            if (const auto x = optional(p, "x")) piece.at.x = coordinate(*x, join(at, "x"));
            if (const auto y = optional(p, "y")) piece.at.y = coordinate(*y, join(at, "y"));
            out.pieces.push_back(piece);
        }
    }
    return out;
}

// A purse: {"coins": {"£2": 1, "20p": 1, "2p": 2}}, optionally with the amount a take-away began at.
MoneyLayout money(const json& j, const std::string& ptr, bool& coinsGiven) {
    object(j, ptr);
    onlyKeys(j, ptr, {"coins", "takeAwayFrom"});
    MoneyLayout out;
    if (const auto coins = optional(j, "coins")) {
        const std::string here = join(ptr, "coins");
        object(*coins, here);
        coinsGiven = true;
        for (std::size_t i = 0; i < coins->size(); ++i) {
            const std::string at = join(here, coins->key(i));
            const auto coin = coinFromId(coins->key(i));
            if (!coin) fail(at, tr("engine.file.unknown_name", {excerpt(coins->key(i)), "1p, 2p, 5p, 10p, 20p, 50p, £1, £2, £5, £10, £20, £50"}));
            out.counts[static_cast<std::size_t>(coinIndex(*coin))] = integer((*coins)[i], at, 0, kMaxCoins);
        }
    }
    if (const auto t = optional(j, "takeAwayFrom")) out.takeAwayFrom = integer(*t, join(ptr, "takeAwayFrom"), 0, kMaxWhole);
    if (auto ok = checkMoney(out); !ok) fail(ptr, ok.error().message);
    return out;
}

std::pair<int, int> intPair(const json& j, const std::string& ptr, int hi) {
    array(j, ptr, kPairSize);
    if (j.size() != kPairSize) fail(ptr, tr("engine.file.expected_pair"));
    return {smallInt(j[0], join(ptr, 0), 0, hi), smallInt(j[1], join(ptr, 1), 0, hi)};
}

BeadString beads(const json& j, const std::string& ptr, bool& countedGiven) {
    object(j, ptr);
    onlyKeys(j, ptr, {"size", "counted", "dividers", "cover", "countOn"});
    BeadString out;
    if (const auto s = optional(j, "size")) out.size = smallInt(*s, join(ptr, "size"), 0, kLargestBeadString);
    if (const auto c = optional(j, "counted")) {
        out.counted = smallInt(*c, join(ptr, "counted"), 0, kLargestBeadString);
        countedGiven = true;
    }
    if (const auto d = optional(j, "dividers")) {
        const std::string here = join(ptr, "dividers");
        array(*d, here, kLargestBeadString);
        for (std::size_t i = 0; i < d->size(); ++i) out.dividers.push_back(smallInt((*d)[i], join(here, i), 0, kLargestBeadString));
    }
    if (const auto c = optional(j, "cover")) {
        const auto [first, last] = intPair(*c, join(ptr, "cover"), kLargestBeadString);
        out.cover = BeadCover{first, last};
    }
    if (const auto c = optional(j, "countOn")) {
        const auto [start, add] = intPair(*c, join(ptr, "countOn"), kLargestBeadString);
        out.countOn = CountOnMarker{start, add};
    }
    if (auto ok = checkBeadString(out); !ok) fail(ptr, ok.error().message);
    return out;
}

std::vector<FractionRow> readFractionRows(const json& j, const std::string& ptr) {
    const json list = array(j, ptr, static_cast<std::size_t>(kMaxFractionRows));
    if (list.size() == 0) fail(ptr, tr("error.frac.rows", {countNumeral(kMinFractionRows), countNumeral(kMaxFractionRows)}));
    std::vector<FractionRow> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string here = join(ptr, i);
        object(list[i], here);
        onlyKeys(list[i], here, {"parts", "shaded"});
        FractionRow row;
        row.parts = smallInt(required(list[i], here, "parts"), join(here, "parts"), kMinFractionParts, kMaxFractionParts);
        if (const auto s = optional(list[i], "shaded")) row.shaded = smallInt(*s, join(here, "shaded"), 0, kMaxFractionParts);
        if (auto ok = checkFractionRow(row); !ok) fail(join(here, "shaded"), ok.error().message);
        out.push_back(row);
    }
    return out;
}

struct ReadModel {
    Model model;
    bool idGiven = false;
    bool layoutGiven = false;  // the current kind's pieces or counted beads were in the file
    int equalParts = 0;        // a bar given as "n equal parts"
    std::optional<Quantity> ownQuantity;
};

ReadModel readModel(const json& j, const std::string& ptr) {
    object(j, ptr);
    onlyKeys(j, ptr, {"id", "kind", "level", "x", "y", "group", "value", "whole", "parts", "unknown", "blocks",
                      "counters", "beads", "orientation", "bar", "money"});
    ReadModel r;
    Model& m = r.model;
    if (const auto id = optional(j, "id")) {
        m.id = static_cast<ModelId>(integer(*id, join(ptr, "id"), 1, kMaxId));
        r.idGiven = true;
    }
    m.kind = named<Representation>(required(j, ptr, "kind"), join(ptr, "kind"), representationFromId,
                                   "blocks, counters, beads, part-whole, bar, numeral, money");
    if (const auto l = optional(j, "level")) m.level = named<Level>(*l, join(ptr, "level"), levelFromId, "concrete, pictorial, abstract");
    if (const auto x = optional(j, "x")) m.at.x = coordinate(*x, join(ptr, "x"));
    if (const auto y = optional(j, "y")) m.at.y = coordinate(*y, join(ptr, "y"));
    const bool ownValue = optional(j, "value") || optional(j, "whole") || optional(j, "parts");
    if (const auto g = optional(j, "group")) {
        if (ownValue || optional(j, "unknown")) fail(join(ptr, "group"), tr("engine.file.group_and_value"));
        m.group = static_cast<GroupId>(integer(*g, join(ptr, "group"), 1, kMaxId));
    } else if (ownValue) {
        r.ownQuantity = quantity(j, ptr);
    } else {
        fail(ptr, tr("engine.file.missing", {"group"}));
    }
    bool blocksGiven = false;
    bool countersGiven = false;
    bool beadsGiven = false;
    bool coinsGiven = false;
    if (const auto mo = optional(j, "money")) m.layouts.money = money(*mo, join(ptr, "money"), coinsGiven);
    if (const auto b = optional(j, "blocks")) m.layouts.blocks = pieces(*b, join(ptr, "blocks"), true, blocksGiven);
    if (const auto c = optional(j, "counters")) m.layouts.counters = pieces(*c, join(ptr, "counters"), false, countersGiven);
    if (const auto b = optional(j, "beads")) m.layouts.beads = beads(*b, join(ptr, "beads"), beadsGiven);
    if (const auto o = optional(j, "orientation"))
        m.layouts.orientation = named<Orientation>(*o, join(ptr, "orientation"), orientationFromId,
                                                   "whole-above, whole-right, whole-below, whole-left");
    if (const auto b = optional(j, "bar")) {
        const std::string here = join(ptr, "bar");
        object(*b, here);
        onlyKeys(*b, here, {"mode", "parts", "shaded", "unit", "labels", "rows", "notToScale"});
        if (const auto mode = optional(*b, "mode"))
            m.layouts.bar.mode = named<BarMode>(*mode, join(here, "mode"), barModeFromId, "part-whole, equal-parts, comparison, fractions");
        if (const auto rows = optional(*b, "rows")) m.layouts.bar.rows = readFractionRows(*rows, join(here, "rows"));
        if (const auto n = optional(*b, "notToScale")) m.layouts.bar.notToScale = boolean(*n, join(here, "notToScale"));
        if (const auto n = optional(*b, "parts")) r.equalParts = smallInt(*n, join(here, "parts"), kMinEqualParts, kMaxGroupParts);
        if (const auto s = optional(*b, "shaded")) m.layouts.bar.shaded = smallInt(*s, join(here, "shaded"), 0, kMaxGroupParts);
        if (const auto u = optional(*b, "unit")) {
            m.layouts.bar.unit = text(*u, join(here, "unit"));
            if (auto ok = checkUnit(m.layouts.bar.unit); !ok) fail(join(here, "unit"), ok.error().message);
        }
        if (const auto labels = optional(*b, "labels")) {
            const std::string at = join(here, "labels");
            const json list = array(*labels, at, static_cast<std::size_t>(kMaxGroupParts) + 1);
            for (std::size_t i = 0; i < list.size(); ++i) {
                const std::string one = join(at, i);
                m.layouts.bar.labels.push_back(text(list[i], one));
                if (auto ok = checkLabel(m.layouts.bar.labels.back()); !ok) fail(one, ok.error().message);
            }
        }
        if (r.equalParts > 0 && m.layouts.bar.mode != BarMode::EqualParts) fail(join(here, "parts"), tr("engine.file.parts_need_equal"));
    }
    r.layoutGiven = (m.kind == Representation::Blocks && blocksGiven) ||
                    (m.kind == Representation::Counters && countersGiven) || (m.kind == Representation::Beads && beadsGiven) ||
                    (m.kind == Representation::Money && coinsGiven);
    return r;
}

Settings readSettings(const json& j, const std::string& ptr) {
    object(j, ptr);
    onlyKeys(j, ptr, {"exchange", "blockScale", "palette", "beadColours"});
    Settings s;
    if (const auto e = optional(j, "exchange"))
        s.exchange = named<ExchangeMode>(*e, join(ptr, "exchange"), exchangeModeFromId, "automatic, offered, off");
    if (const auto b = optional(j, "blockScale"))
        s.blockScalePercent = smallInt(*b, join(ptr, "blockScale"), kMinBlockScalePercent, kMaxBlockScalePercent);
    if (const auto c = optional(j, "beadColours"))
        s.beadColours = named<BeadColours>(*c, join(ptr, "beadColours"), beadColoursFromId, "by-length, fives, tens");
    if (const auto p = optional(j, "palette")) {
        s.palette = text(*p, join(ptr, "palette"));
        if (!isValidPaletteName(s.palette))
            fail(join(ptr, "palette"), tr("engine.board.bad_palette", {countNumeral(static_cast<std::int64_t>(kMaxNameLength))}));
    }
    return s;
}

Board readBoard(const json& root, bool embedded) {
    object(root, "");
    onlyKeys(root, "", {"format", "version", "settings", "nextId", "groups", "models"});
    const std::optional<json> format = embedded ? optional(root, "format") : std::optional<json>(required(root, "", "format"));
    if (format && (!format->isString() || format->text() != kBoardFormatName))
        fail("/format", tr("engine.file.not_board"));
    const std::optional<json> versionJ = embedded ? optional(root, "version") : std::optional<json>(required(root, "", "version"));
    const std::int64_t version = versionJ ? integer(*versionJ, "/version", 1, kMaxId) : kBoardFormatVersion;
    if (version != kBoardFormatVersion)
        fail("/version", tr("engine.file.newer_version", {countNumeral(version), countNumeral(kBoardFormatVersion)}));
    Board b;
    if (const auto s = optional(root, "settings")) b.settings = readSettings(*s, "/settings");

    std::uint32_t maxId = 0;
    std::set<std::uint32_t> groupIds;
    if (const auto groups = optional(root, "groups")) {
        array(*groups, "/groups", kMaxModels);
        for (std::size_t i = 0; i < groups->size(); ++i) {
            const std::string here = join("/groups", i);
            const json g = object((*groups)[i], here);
            onlyKeys(g, here, {"id", "value", "whole", "parts", "unknown", "wholeFollowsParts"});
            const auto id = static_cast<GroupId>(integer(required(g, here, "id"), join(here, "id"), 1, kMaxId));
            if (!groupIds.insert(id).second) fail(join(here, "id"), tr("engine.board.duplicate_id", {countNumeral(id)}));
            b.groups.push_back(Group{id, quantity(g, here)});
            if (const auto f = optional(g, "wholeFollowsParts")) b.groups.back().wholeFollowsParts = boolean(*f, join(here, "wholeFollowsParts"));
            maxId = std::max(maxId, id);
        }
    }
    std::vector<ReadModel> read;
    const json models = array(required(root, "", "models"), "/models", kMaxModels);
    for (std::size_t i = 0; i < models.size(); ++i) {
        const std::string here = join("/models", i);
        read.push_back(readModel(models[i], here));
        const ReadModel& r = read.back();
        if (!r.ownQuantity && !groupIds.contains(r.model.group))
            fail(join(here, "group"), tr("engine.board.no_such_group", {countNumeral(r.model.group)}));
        if (r.idGiven) {
            if (groupIds.contains(r.model.id)) fail(join(here, "id"), tr("engine.board.duplicate_id", {countNumeral(r.model.id)}));
            maxId = std::max(maxId, r.model.id);
        }
    }
    b.nextId = maxId + 1;
    if (const auto n = optional(root, "nextId")) {
        const auto next = static_cast<std::uint32_t>(integer(*n, "/nextId", 1, static_cast<std::int64_t>(kMaxId) + 1));
        if (next <= maxId) fail("/nextId", tr("engine.file.next_id_small", {countNumeral(maxId)}));
        b.nextId = next;
    }
    // Ids for models and inline groups that the file left out, in file order.
    for (ReadModel& r : read) {
        const auto take = [&](const std::string& at) {
            if (b.nextId > kMaxId) fail(at, tr("engine.board.bad_id", {countNumeral(kMaxId)}));
            return b.nextId++;
        };
        if (!r.idGiven) r.model.id = take("/models");
        if (r.ownQuantity) {
            r.model.group = take("/models");
            b.groups.push_back(Group{r.model.group, *r.ownQuantity});
        }
        b.models.push_back(r.model);
    }
    // Lay out what was given by value: split for part-whole models and equal-part bars, then bring each
    // model whose layout was not in the file in step with its group.
    for (std::size_t i = 0; i < read.size(); ++i) {
        const std::string here = join("/models", i);
        Group* g = findGroup(b, b.models[i].group);
        if (read[i].equalParts > 0 && b.models[i].kind == Representation::Bar) {
            auto share = divideEqually(g->quantity.value(), read[i].equalParts);
            if (!share) fail(join(join(here, "bar"), "parts"), share.error().message);
            auto split = repartition(g->quantity, std::vector<Value>(static_cast<std::size_t>(read[i].equalParts), share.value()));
            if (!split) fail(join(join(here, "bar"), "parts"), split.error().message);
            g->quantity = split.value();
        }
        auto prepared = prepareQuantityFor(g->quantity, b.models[i].kind);
        if (!prepared) fail(join(here, "kind"), prepared.error().message);
        g->quantity = prepared.value();
    }
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (read[i].layoutGiven) continue;
        const Group* g = findGroup(b, b.models[i].group);
        auto projected = projectModel(b.models[i], g->quantity);
        if (!projected) fail(join("/models", i), projected.error().message);
        b.models[i] = projected.value();
    }
    return b;
}

}  // namespace file

Result<Board> boardFromJson(std::string_view textIn) {
    const auto tooBig = [] { return Error{tr("engine.file.too_big", {countNumeral(static_cast<std::int64_t>(kMaxBoardFileBytes / (1024u * 1024u)))})}; };
    try {
        if (textIn.size() > kMaxBoardFileBytes) return tooBig();
        JsonProblem problem;
        const std::optional<JsonDoc> doc = JsonDoc::parse(textIn, file::kBoardLimits, problem);
        if (!doc) {
            if (problem.syntax) return Error{tr("engine.file.not_json", {countNumeral(static_cast<std::int64_t>(problem.byte))})};
            return Error{tr("engine.file.error_at", {problem.pointer.empty() ? "/" : problem.pointer, problem.reason})};
        }
        Board b = file::readBoard(doc->root(), false);
        if (auto ok = validateBoard(b); !ok) return ok.error();
        return b;
    } catch (const file::Fault& f) {
        return Error{tr("engine.file.error_at", {f.pointer.empty() ? "/" : f.pointer, f.reason})};
    } catch (const std::bad_alloc&) {
        return tooBig();
    }
}

}  // namespace tenfold::model
