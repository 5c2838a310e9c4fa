// Commands, history and the command log. Every edit of a board is a Command: a plain description of what
// a teacher or pupil did through one model (add a piece, exchange, move a bead divider, type a part, ...)
// or to the board (add a model, show it as another kind, settings). applyCommand turns a board and a
// command into the new board or a refusal with a reason; edits of a group's quantity reach every model
// linked to it. A Session keeps the board, unlimited undo and redo, and the log of the commands that
// built the current board from the starting one, so it can be replayed step by step.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/board.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// ---- Board-level commands ----------------------------------------------------------------------------------
// A new model at `at`: linked to the group of `linkedTo` when given, otherwise a new group of `value`.
struct AddModel { Representation kind = Representation::Blocks; Level level = Level::Concrete; Point at; Value value;
                  std::optional<ModelId> linkedTo; bool operator==(const AddModel&) const = default; };
struct RemoveModel { ModelId model = 0; bool operator==(const RemoveModel&) const = default; };
struct MoveModel { ModelId model = 0; Point to; bool operator==(const MoveModel&) const = default; };
// Shows the model as another kind; its layout for that kind comes back as it was left.
struct ShowAs { ModelId model = 0; Representation kind = Representation::Blocks; bool operator==(const ShowAs&) const = default; };
struct SetLevel { ModelId model = 0; Level level = Level::Concrete; bool operator==(const SetLevel&) const = default; };
// Cuts the model out of its group: it keeps the same quantity in a group of its own.
struct CutLink { ModelId model = 0; bool operator==(const CutLink&) const = default; };
struct SetSettings { Settings settings; bool operator==(const SetSettings&) const = default; };

// ---- Pieces (base 10 blocks and counters) ------------------------------------------------------------------
// Adds a piece of place `place` to part `part`, at `at` (or a tidy spot).
struct AddPiece { ModelId model = 0; int part = 0; Place place = Place::Ones; std::optional<Point> at;
                  bool operator==(const AddPiece&) const = default; };
// Takes away piece number `piece` (its index in the model's pieces).
struct RemovePiece { ModelId model = 0; int piece = 0; bool operator==(const RemovePiece&) const = default; };
// Moves piece number `piece` to `to` in column `column`. In its own column this only moves it. Plain
// counters in a chart take the new column's value. A block or valued counter dropped one column to the
// right is exchanged into ten of that place; one column to the left needs ten (use Exchange).
struct MovePiece { ModelId model = 0; int piece = 0; Point to; Place column = Place::Ones;
                   bool operator==(const MovePiece&) const = default; };
// Ten of `place` for one of the place above (up) or one for ten of the place below (down), in one part.
struct Exchange { ModelId model = 0; int part = 0; Place place = Place::Ones; bool up = true;
                  bool operator==(const Exchange&) const = default; };
// (A money model: the fewest coins and notes for its amount.)
struct ExchangeAll { ModelId model = 0; bool operator==(const ExchangeAll&) const = default; };
struct BreakDown { ModelId model = 0; Place lowest = Place::Ones; bool operator==(const BreakDown&) const = default; };
struct SetChart { ModelId model = 0; bool inChart = true; Place lowest = Place::Ones; Place highest = Place::Thousands;
                  bool operator==(const SetChart&) const = default; };
struct SetPlainCounters { ModelId model = 0; bool plain = false; bool operator==(const SetPlainCounters&) const = default; };
// Which place the small cube stands for (Hundredths: the flat is one).
struct SetBlockScale { ModelId model = 0; Place cube = Place::Ones; bool operator==(const SetBlockScale&) const = default; };

// ---- Bead strings -----------------------------------------------------------------------------------------
// Pushes or pulls beads so that `counted` are on the counted side; the last part takes up the change.
struct SetCountedBeads { ModelId model = 0; int counted = 0; bool operator==(const SetCountedBeads&) const = default; };
// Moves divider number `divider` (0 = the first from the left) to bead position `position`.
struct MoveBeadDivider { ModelId model = 0; int divider = 0; int position = 0; bool operator==(const MoveBeadDivider&) const = default; };
struct SetBeadStringSize { ModelId model = 0; int size = 0; bool operator==(const SetBeadStringSize&) const = default; };
struct SetBeadCover { ModelId model = 0; std::optional<BeadCover> cover; bool operator==(const SetBeadCover&) const = default; };
// Puts (or, with none, takes away) the count-on marker. A string of two or more parts keeps its marker on
// the first part counted on by the second (8 | 5: 8 + 5, bridging ten), so the marker follows the divider.
struct SetCountOn { ModelId model = 0; std::optional<CountOnMarker> marker; bool operator==(const SetCountOn&) const = default; };

// ---- Parts, wholes, bars -----------------------------------------------------------------------------------
// Types a part's value; with keepWhole the neighbouring part takes up the difference (a bar resize).
struct SetPart { ModelId model = 0; int part = 0; Value value; bool keepWhole = false; bool operator==(const SetPart&) const = default; };
struct SetWhole { ModelId model = 0; Value value; bool operator==(const SetWhole&) const = default; };
// The same whole split into new parts (47 = 40 + 7 -> 30 + 17); the linked pieces regroup.
struct Repartition { ModelId model = 0; std::vector<Value> parts; bool operator==(const Repartition&) const = default; };
struct AddPart { ModelId model = 0; bool operator==(const AddPart&) const = default; };
struct RemovePart { ModelId model = 0; int part = 0; bool operator==(const RemovePart&) const = default; };
struct SetUnknown { ModelId model = 0; Unknown unknown; bool operator==(const SetUnknown&) const = default; };
struct SetOrientation { ModelId model = 0; Orientation orientation = Orientation::WholeAbove; bool operator==(const SetOrientation&) const = default; };
// Sets a bar's mode. Equal parts splits the whole into `parts` equal parts (refused when it does not
// divide exactly) with `shaded` shaded; comparison needs 2 or 3 parts already.
struct SetBar { ModelId model = 0; BarMode mode = BarMode::PartWhole; int parts = 0; int shaded = 0; std::string unit;
                bool operator==(const SetBar&) const = default; };
// A bar model's words: labels (0 the whole, n part or bar n-1; "" none) and its unit ("cm", "£", "").
struct SetBarText { ModelId model = 0; std::vector<std::string> labels; std::string unit;
                    bool operator==(const SetBarText&) const = default; };
// A bar shown as fractions: the rows of its fraction wall (each the whole in 1..12 equal parts, some shaded).
// Layout only: the number does not change.
struct SetFractionRows { ModelId model = 0; std::vector<FractionRow> rows; bool operator==(const SetFractionRows&) const = default; };
// A part-whole or comparison bar drawn to scale, or not to scale (small parts at a readable length, the
// long ones shortened with a break mark). Layout only.
struct SetBarScale { ModelId model = 0; bool notToScale = false; bool operator==(const SetBarScale&) const = default; };

// ---- Whole models, rows, fixed sets and money -----------------------------------------------------------------
// A copy of the model at `at`: the same kind, level and arrangement, in a group of its own with the same
// quantity (unlinked: a copy is for changing one thing, a linked view is "Show as").
struct DuplicateModel { ModelId model = 0; Point at; bool operator==(const DuplicateModel&) const = default; };
// A number typed as the model's value: the whole becomes `value` and every part is in its standard
// partition (a chart of one number is rebuilt as 3 hundreds, 4 tens and 7 ones; parts split by place are split
// by place again, 200/30/4 typed 347 is 300/40/7; otherwise the last part takes up the difference, as SetWhole).
struct SetValue { ModelId model = 0; Value value; bool operator==(const SetValue&) const = default; };
// A chart shows each part of its group as a number of its own, one row each (on), or one number (off).
struct SetRows { ModelId model = 0; bool rows = false; bool operator==(const SetRows&) const = default; };
// Plain counters become a fixed set (children move them between columns; none come or go), or not.
struct SetFixedSet { ModelId model = 0; bool fixed = false; bool operator==(const SetFixedSet&) const = default; };
// A coin or note put into a money model / taken out of it.
struct AddCoin { ModelId model = 0; Coin coin = Coin::P1; bool operator==(const AddCoin&) const = default; };
struct RemoveCoin { ModelId model = 0; Coin coin = Coin::P1; bool operator==(const RemoveCoin&) const = default; };
// Up: coins of `coin` exchanged for the largest coin they make (ten 10p for £1); down: one `coin` broken into
// its change (50p for 20p + 20p + 10p). The amount stays.
struct ExchangeCoin { ModelId model = 0; Coin coin = Coin::P1; bool up = false; bool operator==(const ExchangeCoin&) const = default; };

using Command = std::variant<AddModel, RemoveModel, MoveModel, ShowAs, SetLevel, CutLink, SetSettings, AddPiece,
                             RemovePiece, MovePiece, Exchange, ExchangeAll, BreakDown, SetChart, SetPlainCounters,
                             SetBlockScale, SetCountedBeads, MoveBeadDivider, SetBeadStringSize, SetBeadCover, SetCountOn,
                             SetPart, SetWhole, Repartition, AddPart, RemovePart, SetUnknown, SetOrientation, SetBar,
                             SetBarText, SetFractionRows, SetBarScale, DuplicateModel, SetValue, SetRows, SetFixedSet, AddCoin,
                             RemoveCoin, ExchangeCoin>;

// The model a command acts on (for AddModel, the model it is linked to), if any: where a refusal is said.
std::optional<ModelId> commandModel(const Command& command);
// The board after the command, or the reason it was refused (the caller keeps the board it had).
Result<Board> applyCommand(const Board& board, const Command& command);
// A short line for the log and "show how we built it": "Exchanged 10 ones for 1 ten."
std::string describeCommand(const Command& command);

// What one command changed: the models and groups it touched, before and after, and the board's order
// of ids, so that undo and redo restore the board exactly without keeping whole copies.
struct BoardChange {
    Settings settingsBefore, settingsAfter;
    std::uint32_t nextIdBefore = 1, nextIdAfter = 1;
    std::vector<ModelId> modelOrderBefore, modelOrderAfter;
    std::vector<GroupId> groupOrderBefore, groupOrderAfter;
    std::vector<Model> modelsBefore, modelsAfter;  // only those that changed, appeared or went
    std::vector<Group> groupsBefore, groupsAfter;
};
BoardChange diffBoards(const Board& before, const Board& after);
// The board `b` with the change's "before" (undo) or "after" (redo) side put back.
Board restoreBefore(const Board& b, const BoardChange& change);
Board restoreAfter(const Board& b, const BoardChange& change);

class Session {
  public:
    explicit Session(Board start = defaultBoard());

    [[nodiscard]] const Board& board() const { return board_; }
    [[nodiscard]] const Board& start() const { return start_; }
    // Applies a command; on refusal nothing changes and the reason is returned. A new command after some
    // undos drops the commands that could have been redone.
    Status apply(const Command& command);
    // Applies several commands as one step (one gesture: ten ones gathered, a selection moved): all of
    // them or, when one is refused, none; one undo takes the whole step back.
    Status applyAll(const std::vector<Command>& commands);
    // Adds commands to the last step instead of making a new one (a drag that changes the board as it
    // goes: a bead divider or a bar boundary moving bead by bead is still one undo). Without a last step
    // to add to (nothing done, or some steps undone) it is applyAll.
    Status continueLast(const std::vector<Command>& commands);
    [[nodiscard]] bool canUndo() const { return cursor_ > 0; }
    [[nodiscard]] bool canRedo() const { return cursor_ < steps_.size(); }
    bool undo();
    bool redo();
    // The commands that built the current board from the start, in order.
    [[nodiscard]] std::vector<Command> log() const;
    // The board after the first `steps` commands of the log, replayed from the start.
    [[nodiscard]] Result<Board> replay(std::size_t steps) const;
    // Starts again from `start` (after opening a file): no undo, an empty log.
    void reset(Board start);

  private:
    struct Step {
        std::vector<Command> commands;  // usually one; a gesture may make several
        BoardChange change;
    };
    Board start_;
    Board board_;
    std::vector<Step> steps_;
    std::size_t cursor_ = 0;
};

}  // namespace tenfold::model
