// Commands in files: the writer and the reader of the JSON form of every Command. The reader reuses the
// board reader's checks (board_file_json.hpp), so a bad field is named by its JSON pointer and reason in
// the same words as a bad board.
#include "model/command_file.hpp"

#include <array>
#include <type_traits>

#include "model/board_file_json.hpp"
#include "model/forms.hpp"

namespace tenfold::model {
namespace {

using nlohmann::json;  // what the writers build
using In = file::json;  // what the readers read (the strict reader's values)
using file::fail;
using file::join;
using file::optional;
using file::required;

// The names of the kinds, in the order of the Command variant.
constexpr std::array<std::string_view, std::variant_size_v<Command>> kCommandIds{
    "add-model",       "remove-model",       "move-model",       "show-as",       "set-level",
    "cut-link",        "set-settings",       "add-piece",        "remove-piece",  "move-piece",
    "exchange",        "exchange-all",       "break-down",       "set-chart",     "set-plain-counters",
    "set-block-scale", "set-counted-beads",  "move-bead-divider", "set-bead-string-size", "set-bead-cover",
    "set-count-on",    "set-part",           "set-whole",        "repartition",   "add-part",
    "remove-part",     "set-unknown",        "set-orientation",  "set-bar",       "set-bar-text",
    "set-fraction-rows", "set-bar-scale",
    "duplicate-model", "set-value",          "set-rows",         "set-fixed-set", "add-coin",
    "remove-coin",     "exchange-coin"};

constexpr std::string_view kKinds = "blocks, counters, beads, part-whole, bar, numeral, money";
constexpr std::string_view kCoins = "1p, 2p, 5p, 10p, 20p, 50p, £1, £2, £5, £10, £20, £50";
constexpr std::string_view kLevels = "concrete, pictorial, abstract";
constexpr std::string_view kOrientations = "whole-above, whole-right, whole-below, whole-left";
constexpr std::string_view kBarModes = "part-whole, equal-parts, comparison, fractions";

json unknownJson(const Unknown& u) {
    switch (u.kind) {
        case UnknownKind::None: return "none";
        case UnknownKind::Whole: return "whole";
        case UnknownKind::Difference: return "difference";
        case UnknownKind::Part: return json{{"part", u.part}};
    }
    return "none";
}

struct Write {
    json& out;
    void operator()(const AddModel& c) const {
        out["kind"] = representationId(c.kind);
        out["level"] = levelId(c.level);
        out["x"] = c.at.x;
        out["y"] = c.at.y;
        out["value"] = file::valueJson(c.value);
        if (c.linkedTo) out["linkedTo"] = *c.linkedTo;
    }
    void operator()(const RemoveModel& c) const { out["model"] = c.model; }
    void operator()(const MoveModel& c) const {
        out["model"] = c.model;
        out["x"] = c.to.x;
        out["y"] = c.to.y;
    }
    void operator()(const ShowAs& c) const {
        out["model"] = c.model;
        out["kind"] = representationId(c.kind);
    }
    void operator()(const SetLevel& c) const {
        out["model"] = c.model;
        out["level"] = levelId(c.level);
    }
    void operator()(const CutLink& c) const { out["model"] = c.model; }
    void operator()(const SetSettings& c) const { out["settings"] = file::settingsJson(c.settings); }
    void operator()(const AddPiece& c) const {
        out["model"] = c.model;
        out["part"] = c.part;
        out["place"] = placeId(c.place);
        if (c.at) {
            out["x"] = c.at->x;
            out["y"] = c.at->y;
        }
    }
    void operator()(const RemovePiece& c) const {
        out["model"] = c.model;
        out["piece"] = c.piece;
    }
    void operator()(const MovePiece& c) const {
        out["model"] = c.model;
        out["piece"] = c.piece;
        out["x"] = c.to.x;
        out["y"] = c.to.y;
        out["column"] = placeId(c.column);
    }
    void operator()(const Exchange& c) const {
        out["model"] = c.model;
        out["part"] = c.part;
        out["place"] = placeId(c.place);
        out["up"] = c.up;
    }
    void operator()(const ExchangeAll& c) const { out["model"] = c.model; }
    void operator()(const BreakDown& c) const {
        out["model"] = c.model;
        out["lowest"] = placeId(c.lowest);
    }
    void operator()(const SetChart& c) const {
        out["model"] = c.model;
        out["chart"] = c.inChart;
        out["columns"] = json::array({placeId(c.lowest), placeId(c.highest)});
    }
    void operator()(const SetPlainCounters& c) const {
        out["model"] = c.model;
        out["plain"] = c.plain;
    }
    void operator()(const SetBlockScale& c) const {
        out["model"] = c.model;
        out["cube"] = placeId(c.cube);
    }
    void operator()(const SetCountedBeads& c) const {
        out["model"] = c.model;
        out["counted"] = c.counted;
    }
    void operator()(const MoveBeadDivider& c) const {
        out["model"] = c.model;
        out["divider"] = c.divider;
        out["position"] = c.position;
    }
    void operator()(const SetBeadStringSize& c) const {
        out["model"] = c.model;
        out["size"] = c.size;
    }
    void operator()(const SetBeadCover& c) const {
        out["model"] = c.model;
        if (c.cover) out["cover"] = json::array({c.cover->first, c.cover->last});
    }
    void operator()(const SetCountOn& c) const {
        out["model"] = c.model;
        if (c.marker) out["countOn"] = json::array({c.marker->start, c.marker->add});
    }
    void operator()(const SetPart& c) const {
        out["model"] = c.model;
        out["part"] = c.part;
        out["value"] = file::valueJson(c.value);
        out["keepWhole"] = c.keepWhole;
    }
    void operator()(const SetWhole& c) const {
        out["model"] = c.model;
        out["value"] = file::valueJson(c.value);
    }
    void operator()(const Repartition& c) const {
        out["model"] = c.model;
        json parts = json::array();
        for (const Value v : c.parts) parts.push_back(file::valueJson(v));
        out["parts"] = parts;
    }
    void operator()(const AddPart& c) const { out["model"] = c.model; }
    void operator()(const RemovePart& c) const {
        out["model"] = c.model;
        out["part"] = c.part;
    }
    void operator()(const SetUnknown& c) const {
        out["model"] = c.model;
        out["unknown"] = unknownJson(c.unknown);
    }
    void operator()(const SetOrientation& c) const {
        out["model"] = c.model;
        out["orientation"] = orientationId(c.orientation);
    }
    void operator()(const SetBar& c) const {
        out["model"] = c.model;
        out["mode"] = barModeId(c.mode);
        out["parts"] = c.parts;
        out["shaded"] = c.shaded;
        out["unit"] = c.unit;
    }
    void operator()(const SetBarText& c) const {
        out["model"] = c.model;
        out["labels"] = c.labels;
        out["unit"] = c.unit;
    }
    void operator()(const SetFractionRows& c) const {
        out["model"] = c.model;
        out["rows"] = file::fractionRowsJson(c.rows);
    }
    void operator()(const SetBarScale& c) const {
        out["model"] = c.model;
        out["notToScale"] = c.notToScale;
    }
    void operator()(const DuplicateModel& c) const {
        out["model"] = c.model;
        out["x"] = c.at.x;
        out["y"] = c.at.y;
    }
    void operator()(const SetValue& c) const {
        out["model"] = c.model;
        out["value"] = file::valueJson(c.value);
    }
    void operator()(const SetRows& c) const {
        out["model"] = c.model;
        out["rows"] = c.rows;
    }
    void operator()(const SetFixedSet& c) const {
        out["model"] = c.model;
        out["fixed"] = c.fixed;
    }
    void operator()(const AddCoin& c) const {
        out["model"] = c.model;
        out["coin"] = coinId(c.coin);
    }
    void operator()(const RemoveCoin& c) const {
        out["model"] = c.model;
        out["coin"] = coinId(c.coin);
    }
    void operator()(const ExchangeCoin& c) const {
        out["model"] = c.model;
        out["coin"] = coinId(c.coin);
        out["up"] = c.up;
    }
};

// ---- Reading ------------------------------------------------------------------------------------------------

ModelId modelId(const In& obj, const std::string& ptr, std::string_view key = "model") {
    return static_cast<ModelId>(file::integer(required(obj, ptr, key), join(ptr, key), 1, kMaxId));
}
int part(const In& obj, const std::string& ptr) {
    return file::smallInt(required(obj, ptr, "part"), join(ptr, "part"), 0, kMaxGroupParts - 1);
}
Place placeAt(const In& obj, const std::string& ptr, std::string_view key) {
    return file::place(required(obj, ptr, key), join(ptr, key));
}
Point point(const In& obj, const std::string& ptr) {
    return Point{file::coordinate(required(obj, ptr, "x"), join(ptr, "x")),
                 file::coordinate(required(obj, ptr, "y"), join(ptr, "y"))};
}
int beadNumber(const In& obj, const std::string& ptr, std::string_view key) {
    return file::smallInt(required(obj, ptr, key), join(ptr, key), 0, kLargestBeadString);
}
bool flag(const In& obj, const std::string& ptr, std::string_view key) {
    return file::boolean(required(obj, ptr, key), join(ptr, key));
}
Value valueAt(const In& obj, const std::string& ptr, std::string_view key) {
    return file::value(required(obj, ptr, key), join(ptr, key));
}
std::string unit(const In& obj, const std::string& ptr) {
    const auto u = optional(obj, "unit");
    if (!u) return {};
    const std::string here = join(ptr, "unit");
    std::string s = file::text(*u, here);
    if (auto ok = checkUnit(s); !ok) fail(here, ok.error().message);
    return s;
}
Unknown unknownAt(const In& obj, const std::string& ptr) {
    const std::string here = join(ptr, "unknown");
    const In j = required(obj, ptr, "unknown");
    if (j.isObject()) {
        file::onlyKeys(j, here, {"part"});
        return Unknown{UnknownKind::Part, part(j, here)};
    }
    const std::string s = file::text(j, here);
    if (s == "none") return Unknown{};
    if (s == "whole") return Unknown{UnknownKind::Whole, 0};
    if (s == "difference") return Unknown{UnknownKind::Difference, 0};
    fail(here, tr("engine.file.unknown_name", {excerpt(s), "none, whole, difference, {\"part\": 0}"}));
}

// Reads the fields of one kind (the keys were checked by the caller).
template <class T>
T readFields(const In& j, const std::string& ptr);

template <>
AddModel readFields<AddModel>(const In& j, const std::string& ptr) {
    AddModel c;
    c.kind = file::named<Representation>(required(j, ptr, "kind"), join(ptr, "kind"), representationFromId, kKinds);
    if (const auto l = optional(j, "level")) c.level = file::named<Level>(*l, join(ptr, "level"), levelFromId, kLevels);
    c.at = point(j, ptr);
    c.value = valueAt(j, ptr, "value");
    if (optional(j, "linkedTo")) c.linkedTo = modelId(j, ptr, "linkedTo");
    return c;
}

}  // namespace

namespace file {

nlohmann::json valueJson(Value v) {
    if (v.isWhole()) return v.wholePart();
    return numeral(v);
}

nlohmann::json settingsJson(const Settings& s) {
    return nlohmann::json{{"exchange", exchangeModeId(s.exchange)},
                {"blockScale", s.blockScalePercent},
                {"palette", s.palette},
                {"beadColours", beadColoursId(s.beadColours)}};
}

nlohmann::json commandJson(const Command& command) {
    nlohmann::json out{{"command", commandId(command)}};
    std::visit(Write{out}, command);
    return out;
}

Command readCommand(const In& j, const std::string& ptr) {
    object(j, ptr);
    const std::string name = text(required(j, ptr, "command"), join(ptr, "command"));
    const auto is = [&](std::string_view id, std::initializer_list<std::string_view> keys) {
        if (name != id) return false;
        std::vector<std::string_view> all{"command"};
        all.insert(all.end(), keys.begin(), keys.end());
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string_view key = j.key(i);
            bool known = false;
            for (const auto k : all) known = known || key == k;
            if (!known) fail(join(ptr, key), tr("lesson.file.unknown_key", {excerpt(key)}));
        }
        return true;
    };
    if (is("add-model", {"kind", "level", "x", "y", "value", "linkedTo"})) return readFields<AddModel>(j, ptr);
    if (is("remove-model", {"model"})) return RemoveModel{modelId(j, ptr)};
    if (is("move-model", {"model", "x", "y"})) return MoveModel{modelId(j, ptr), point(j, ptr)};
    if (is("show-as", {"model", "kind"}))
        return ShowAs{modelId(j, ptr), named<Representation>(required(j, ptr, "kind"), join(ptr, "kind"), representationFromId, kKinds)};
    if (is("set-level", {"model", "level"}))
        return SetLevel{modelId(j, ptr), named<Level>(required(j, ptr, "level"), join(ptr, "level"), levelFromId, kLevels)};
    if (is("cut-link", {"model"})) return CutLink{modelId(j, ptr)};
    if (is("set-settings", {"settings"})) return SetSettings{readSettings(required(j, ptr, "settings"), join(ptr, "settings"))};
    if (is("add-piece", {"model", "part", "place", "x", "y"})) {
        AddPiece c{modelId(j, ptr), part(j, ptr), placeAt(j, ptr, "place"), std::nullopt};
        if (optional(j, "x") || optional(j, "y")) c.at = point(j, ptr);
        return c;
    }
    if (is("remove-piece", {"model", "piece"}))
        return RemovePiece{modelId(j, ptr), smallInt(required(j, ptr, "piece"), join(ptr, "piece"), 0, static_cast<int>(kMaxPieces) - 1)};
    if (is("move-piece", {"model", "piece", "x", "y", "column"}))
        return MovePiece{modelId(j, ptr), smallInt(required(j, ptr, "piece"), join(ptr, "piece"), 0, static_cast<int>(kMaxPieces) - 1),
                         point(j, ptr), placeAt(j, ptr, "column")};
    if (is("exchange", {"model", "part", "place", "up"}))
        return Exchange{modelId(j, ptr), part(j, ptr), placeAt(j, ptr, "place"), flag(j, ptr, "up")};
    if (is("exchange-all", {"model"})) return ExchangeAll{modelId(j, ptr)};
    if (is("break-down", {"model", "lowest"})) return BreakDown{modelId(j, ptr), placeAt(j, ptr, "lowest")};
    if (is("set-chart", {"model", "chart", "columns"})) {
        SetChart c{modelId(j, ptr), flag(j, ptr, "chart"), Place::Ones, Place::Thousands};
        const std::string here = join(ptr, "columns");
        const In cols = array(required(j, ptr, "columns"), here, 2);
        if (cols.size() != 2) fail(here, tr("engine.file.columns_pair"));
        c.lowest = place(cols[0], join(here, std::size_t{0}));
        c.highest = place(cols[1], join(here, std::size_t{1}));
        return c;
    }
    if (is("set-plain-counters", {"model", "plain"})) return SetPlainCounters{modelId(j, ptr), flag(j, ptr, "plain")};
    if (is("set-block-scale", {"model", "cube"})) return SetBlockScale{modelId(j, ptr), placeAt(j, ptr, "cube")};
    if (is("set-counted-beads", {"model", "counted"})) return SetCountedBeads{modelId(j, ptr), beadNumber(j, ptr, "counted")};
    if (is("move-bead-divider", {"model", "divider", "position"}))
        return MoveBeadDivider{modelId(j, ptr), beadNumber(j, ptr, "divider"), beadNumber(j, ptr, "position")};
    if (is("set-bead-string-size", {"model", "size"})) return SetBeadStringSize{modelId(j, ptr), beadNumber(j, ptr, "size")};
    if (is("set-bead-cover", {"model", "cover"})) {
        SetBeadCover c{modelId(j, ptr), std::nullopt};
        if (const auto cover = optional(j, "cover")) {
            const auto [first, last] = intPair(*cover, join(ptr, "cover"), kLargestBeadString);
            c.cover = BeadCover{first, last};
        }
        return c;
    }
    if (is("set-count-on", {"model", "countOn"})) {
        SetCountOn c{modelId(j, ptr), std::nullopt};
        if (const auto marker = optional(j, "countOn")) {
            const auto [start, add] = intPair(*marker, join(ptr, "countOn"), kLargestBeadString);
            c.marker = CountOnMarker{start, add};
        }
        return c;
    }
    if (is("set-part", {"model", "part", "value", "keepWhole"})) {
        SetPart c{modelId(j, ptr), part(j, ptr), valueAt(j, ptr, "value"), false};
        if (const auto k = optional(j, "keepWhole")) c.keepWhole = boolean(*k, join(ptr, "keepWhole"));
        return c;
    }
    if (is("set-whole", {"model", "value"})) return SetWhole{modelId(j, ptr), valueAt(j, ptr, "value")};
    if (is("repartition", {"model", "parts"})) {
        Repartition c{modelId(j, ptr), {}};
        const std::string here = join(ptr, "parts");
        const In parts = array(required(j, ptr, "parts"), here, kMaxGroupParts);
        for (std::size_t i = 0; i < parts.size(); ++i) c.parts.push_back(value(parts[i], join(here, i)));
        return c;
    }
    if (is("add-part", {"model"})) return AddPart{modelId(j, ptr)};
    if (is("remove-part", {"model", "part"})) return RemovePart{modelId(j, ptr), part(j, ptr)};
    if (is("set-unknown", {"model", "unknown"})) return SetUnknown{modelId(j, ptr), unknownAt(j, ptr)};
    if (is("set-orientation", {"model", "orientation"}))
        return SetOrientation{modelId(j, ptr), named<Orientation>(required(j, ptr, "orientation"), join(ptr, "orientation"),
                                                                  orientationFromId, kOrientations)};
    if (is("set-bar", {"model", "mode", "parts", "shaded", "unit"})) {
        SetBar c{modelId(j, ptr), named<BarMode>(required(j, ptr, "mode"), join(ptr, "mode"), barModeFromId, kBarModes), 0, 0,
                 unit(j, ptr)};
        if (const auto n = optional(j, "parts")) c.parts = smallInt(*n, join(ptr, "parts"), 0, kMaxGroupParts);
        if (const auto s = optional(j, "shaded")) c.shaded = smallInt(*s, join(ptr, "shaded"), 0, kMaxGroupParts);
        return c;
    }
    if (is("set-fraction-rows", {"model", "rows"}))
        return SetFractionRows{modelId(j, ptr), file::readFractionRows(required(j, ptr, "rows"), join(ptr, "rows"))};
    if (is("set-bar-scale", {"model", "notToScale"})) return SetBarScale{modelId(j, ptr), flag(j, ptr, "notToScale")};
    if (is("set-bar-text", {"model", "labels", "unit"})) {
        SetBarText c{modelId(j, ptr), {}, unit(j, ptr)};
        if (const auto labels = optional(j, "labels")) {
            const std::string here = join(ptr, "labels");
            const In list = array(*labels, here, static_cast<std::size_t>(kMaxGroupParts) + 1);
            for (std::size_t i = 0; i < list.size(); ++i) {
                c.labels.push_back(text(list[i], join(here, i)));
                if (auto ok = checkLabel(c.labels.back()); !ok) fail(join(here, i), ok.error().message);
            }
        }
        return c;
    }
    const auto coin = [&] { return named<Coin>(required(j, ptr, "coin"), join(ptr, "coin"), coinFromId, kCoins); };
    if (is("duplicate-model", {"model", "x", "y"})) return DuplicateModel{modelId(j, ptr), point(j, ptr)};
    if (is("set-value", {"model", "value"})) return SetValue{modelId(j, ptr), valueAt(j, ptr, "value")};
    if (is("set-rows", {"model", "rows"})) return SetRows{modelId(j, ptr), flag(j, ptr, "rows")};
    if (is("set-fixed-set", {"model", "fixed"})) return SetFixedSet{modelId(j, ptr), flag(j, ptr, "fixed")};
    if (is("add-coin", {"model", "coin"})) return AddCoin{modelId(j, ptr), coin()};
    if (is("remove-coin", {"model", "coin"})) return RemoveCoin{modelId(j, ptr), coin()};
    if (is("exchange-coin", {"model", "coin", "up"})) return ExchangeCoin{modelId(j, ptr), coin(), flag(j, ptr, "up")};
    std::string choices;
    for (const auto id : kCommandIds) choices = choices.empty() ? std::string(id) : tr("engine.list.comma", {choices, id});
    fail(join(ptr, "command"), tr("engine.file.unknown_name", {excerpt(name), choices}));
}

}  // namespace file

std::string_view commandId(const Command& command) { return kCommandIds[command.index()]; }

std::vector<std::string_view> commandIds() { return {kCommandIds.begin(), kCommandIds.end()}; }

std::string commandToJson(const Command& command) {
    return file::commandJson(command).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Command> commandFromJson(std::string_view text) {
    try {
        JsonProblem problem;
        const std::optional<JsonDoc> doc = JsonDoc::parse(text, file::kBoardLimits, problem);
        if (!doc) {
            if (problem.syntax) return Error{tr("lesson.file.command_not_json", {countNumeral(static_cast<std::int64_t>(problem.byte))})};
            return Error{tr("engine.file.error_at", {problem.pointer.empty() ? "/" : problem.pointer, problem.reason})};
        }
        return file::readCommand(doc->root(), "");
    } catch (const file::Fault& f) {
        return Error{tr("engine.file.error_at", {f.pointer.empty() ? "/" : f.pointer, f.reason})};
    }
}

}  // namespace tenfold::model
