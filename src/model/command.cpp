// The command log's wording, the record of what one command changed (for exact undo and redo), and the
// Session that keeps the board, its history and the log that replays it.
#include "model/command.hpp"

#include <algorithm>
#include <map>
#include <type_traits>

#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

std::string num(std::int64_t n) { return countNumeral(n); }

struct Describe {
    std::string operator()(const AddModel& c) const { return tr("engine.cmd.add_model", {representationName(c.kind), numeral(c.value)}); }
    std::string operator()(const RemoveModel&) const { return tr("engine.cmd.remove_model"); }
    std::string operator()(const MoveModel&) const { return tr("engine.cmd.move_model"); }
    std::string operator()(const ShowAs& c) const { return tr("engine.cmd.show_as", {representationName(c.kind)}); }
    std::string operator()(const SetLevel& c) const { return tr("engine.cmd.set_level", {levelName(c.level)}); }
    std::string operator()(const CutLink&) const { return tr("engine.cmd.cut_link"); }
    std::string operator()(const SetSettings&) const { return tr("engine.cmd.settings"); }
    std::string operator()(const AddPiece& c) const { return tr("engine.cmd.add_piece", {placeCountPhrase(c.place, 1)}); }
    std::string operator()(const RemovePiece&) const { return tr("engine.cmd.remove_piece"); }
    std::string operator()(const MovePiece& c) const { return tr("engine.cmd.move_piece", {placeNamePlural(c.column)}); }
    std::string operator()(const Exchange& c) const {
        const auto other = c.up ? placeAbove(c.place) : placeBelow(c.place);
        if (!other) return tr("engine.cmd.exchange_all");
        return c.up ? tr("engine.cmd.exchange", {placeCountPhrase(c.place, kExchangeRate), placeCountPhrase(*other, 1)})
                    : tr("engine.cmd.exchange", {placeCountPhrase(c.place, 1), placeCountPhrase(*other, kExchangeRate)});
    }
    std::string operator()(const ExchangeAll&) const { return tr("engine.cmd.exchange_all"); }
    std::string operator()(const BreakDown& c) const { return tr("engine.cmd.break_down", {placeNamePlural(c.lowest)}); }
    std::string operator()(const SetChart&) const { return tr("engine.cmd.chart"); }
    std::string operator()(const SetPlainCounters&) const { return tr("engine.cmd.plain"); }
    std::string operator()(const SetBlockScale& c) const {
        return tr("engine.cmd.block_scale", {numeral(Value::fromMilli(placeMilli(c.cube)).valueOr(Value{}))});
    }
    std::string operator()(const SetCountedBeads& c) const { return tr("engine.cmd.count_beads", {num(c.counted)}); }
    std::string operator()(const MoveBeadDivider& c) const { return tr("engine.cmd.move_divider", {num(c.position)}); }
    std::string operator()(const SetBeadStringSize& c) const { return tr("engine.cmd.bead_string", {num(c.size)}); }
    std::string operator()(const SetBeadCover&) const { return tr("engine.cmd.cover"); }
    std::string operator()(const SetCountOn&) const { return tr("engine.cmd.count_on"); }
    std::string operator()(const SetBarText&) const { return tr("engine.cmd.bar_text"); }
    std::string operator()(const SetPart& c) const { return tr("engine.cmd.set_part", {num(c.part + 1), numeral(c.value)}); }
    std::string operator()(const SetWhole& c) const { return tr("engine.cmd.set_whole", {numeral(c.value)}); }
    std::string operator()(const Repartition& c) const {
        std::string parts;
        for (std::size_t i = 0; i < c.parts.size(); ++i)
            parts = i == 0 ? numeral(c.parts[i]) : tr("engine.list.join", {parts, numeral(c.parts[i])});
        return tr("engine.cmd.repartition", {parts});
    }
    std::string operator()(const AddPart&) const { return tr("engine.cmd.add_part"); }
    std::string operator()(const RemovePart& c) const { return tr("engine.cmd.remove_part", {num(c.part + 1)}); }
    std::string operator()(const SetUnknown&) const { return tr("engine.cmd.unknown"); }
    std::string operator()(const SetOrientation& c) const { return tr("engine.cmd.orientation", {orientationName(c.orientation)}); }
    std::string operator()(const SetBar&) const { return tr("engine.cmd.bar"); }
    std::string operator()(const SetFractionRows&) const { return tr("engine.cmd.fraction_rows"); }
    std::string operator()(const SetBarScale& c) const { return tr(c.notToScale ? "engine.cmd.not_to_scale" : "engine.cmd.to_scale"); }
    std::string operator()(const DuplicateModel&) const { return tr("engine.cmd.duplicate"); }
    std::string operator()(const SetValue& c) const { return tr("engine.cmd.set_value", {numeral(c.value)}); }
    std::string operator()(const SetRows& c) const { return tr(c.rows ? "engine.cmd.rows_on" : "engine.cmd.rows_off"); }
    std::string operator()(const SetFixedSet& c) const { return tr(c.fixed ? "engine.cmd.fixed_on" : "engine.cmd.fixed_off"); }
    std::string operator()(const AddCoin& c) const { return tr("engine.cmd.add_coin", {moneyNumeral(coinPence(c.coin))}); }
    std::string operator()(const RemoveCoin& c) const { return tr("engine.cmd.remove_coin", {moneyNumeral(coinPence(c.coin))}); }
    std::string operator()(const ExchangeCoin& c) const {
        return tr(c.up ? "engine.cmd.exchange_coins" : "engine.cmd.break_coin", {moneyNumeral(coinPence(c.coin))});
    }
};

template <class T, class Id>
std::vector<Id> idsOf(const std::vector<T>& items) {
    std::vector<Id> out;
    out.reserve(items.size());
    for (const T& item : items) out.push_back(item.id);
    return out;
}

// Rebuilds a list in the given id order, taking changed items from `changed` and the rest from `current`.
template <class T, class Id>
std::vector<T> rebuild(const std::vector<T>& current, const std::vector<Id>& order, const std::vector<T>& changed) {
    std::map<Id, const T*> byId;
    for (const T& item : current) byId[item.id] = &item;
    for (const T& item : changed) byId[item.id] = &item;
    std::vector<T> out;
    out.reserve(order.size());
    for (const Id id : order) out.push_back(*byId.at(id));
    return out;
}

// Items of `from` that differ from (or are missing in) `other`.
template <class T>
std::vector<T> changedItems(const std::vector<T>& from, const std::vector<T>& other) {
    std::map<std::uint32_t, const T*> byId;
    for (const T& item : other) byId[item.id] = &item;
    std::vector<T> out;
    for (const T& item : from) {
        const auto it = byId.find(item.id);
        if (it == byId.end() || !(*it->second == item)) out.push_back(item);
    }
    return out;
}

Board restore(const Board& b, const Settings& settings, std::uint32_t nextId, const std::vector<ModelId>& modelOrder,
              const std::vector<GroupId>& groupOrder, const std::vector<Model>& models, const std::vector<Group>& groups) {
    Board out;
    out.settings = settings;
    out.nextId = nextId;
    out.models = rebuild(b.models, modelOrder, models);
    out.groups = rebuild(b.groups, groupOrder, groups);
    return out;
}

}  // namespace

std::optional<ModelId> commandModel(const Command& command) {
    return std::visit(
        [](const auto& c) -> std::optional<ModelId> {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, AddModel>) return c.linkedTo;
            else if constexpr (requires { c.model; }) return c.model;
            else return std::nullopt;
        },
        command);
}

std::string describeCommand(const Command& command) { return std::visit(Describe{}, command); }

BoardChange diffBoards(const Board& before, const Board& after) {
    BoardChange c;
    c.settingsBefore = before.settings;
    c.settingsAfter = after.settings;
    c.nextIdBefore = before.nextId;
    c.nextIdAfter = after.nextId;
    c.modelOrderBefore = idsOf<Model, ModelId>(before.models);
    c.modelOrderAfter = idsOf<Model, ModelId>(after.models);
    c.groupOrderBefore = idsOf<Group, GroupId>(before.groups);
    c.groupOrderAfter = idsOf<Group, GroupId>(after.groups);
    c.modelsBefore = changedItems(before.models, after.models);
    c.modelsAfter = changedItems(after.models, before.models);
    c.groupsBefore = changedItems(before.groups, after.groups);
    c.groupsAfter = changedItems(after.groups, before.groups);
    return c;
}

Board restoreBefore(const Board& b, const BoardChange& c) {
    return restore(b, c.settingsBefore, c.nextIdBefore, c.modelOrderBefore, c.groupOrderBefore, c.modelsBefore,
                   c.groupsBefore);
}

Board restoreAfter(const Board& b, const BoardChange& c) {
    return restore(b, c.settingsAfter, c.nextIdAfter, c.modelOrderAfter, c.groupOrderAfter, c.modelsAfter,
                   c.groupsAfter);
}

Session::Session(Board start) : start_(start), board_(std::move(start)) {}

Status Session::apply(const Command& command) { return applyAll({command}); }

Status Session::applyAll(const std::vector<Command>& commands) {
    if (commands.empty()) return okStatus();
    Board next = board_;
    for (const Command& c : commands) {
        auto after = applyCommand(next, c);
        if (!after) return after.error();  // nothing of the gesture is kept
        next = std::move(after.value());
    }
    steps_.resize(cursor_);
    steps_.push_back(Step{commands, diffBoards(board_, next)});
    ++cursor_;
    board_ = std::move(next);
    return okStatus();
}

Status Session::continueLast(const std::vector<Command>& commands) {
    if (cursor_ == 0 || cursor_ != steps_.size()) return applyAll(commands);
    if (commands.empty()) return okStatus();
    Board next = board_;
    for (const Command& c : commands) {
        auto after = applyCommand(next, c);
        if (!after) return after.error();
        next = std::move(after.value());
    }
    Step& last = steps_.back();
    const Board before = restoreBefore(board_, last.change);
    last.commands.insert(last.commands.end(), commands.begin(), commands.end());
    last.change = diffBoards(before, next);
    board_ = std::move(next);
    return okStatus();
}

bool Session::undo() {
    if (!canUndo()) return false;
    --cursor_;
    board_ = restoreBefore(board_, steps_[cursor_].change);
    return true;
}

bool Session::redo() {
    if (!canRedo()) return false;
    board_ = restoreAfter(board_, steps_[cursor_].change);
    ++cursor_;
    return true;
}

std::vector<Command> Session::log() const {
    std::vector<Command> out;
    out.reserve(cursor_);
    for (std::size_t i = 0; i < cursor_; ++i) out.insert(out.end(), steps_[i].commands.begin(), steps_[i].commands.end());
    return out;
}

Result<Board> Session::replay(std::size_t steps) const {
    Board b = start_;
    const std::vector<Command> commands = log();
    for (std::size_t i = 0; i < steps && i < commands.size(); ++i) {
        auto next = applyCommand(b, commands[i]);
        if (!next) return next.error();
        b = std::move(next.value());
    }
    return b;
}

void Session::reset(Board start) {
    start_ = start;
    board_ = std::move(start);
    steps_.clear();
    cursor_ = 0;
}

}  // namespace tenfold::model
