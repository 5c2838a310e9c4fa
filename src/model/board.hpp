// The board document: the models on a board (each with a stable id, kind, level, position and the linked
// group it shows), the groups (each holding one authoritative Quantity), and the board settings. Each
// model keeps its own layout for every kind it has been shown as, so switching away and back keeps the
// pupil's arrangement. A Board is a plain value: copy it, compare it with ==, check it with validateBoard.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/bead_string.hpp"
#include "model/blocks.hpp"
#include "model/money.hpp"
#include "model/part_whole.hpp"
#include "model/quantity.hpp"
#include "model/representation.hpp"
#include "model/result.hpp"

namespace tenfold::model {

using ModelId = std::uint32_t;
using GroupId = std::uint32_t;
inline constexpr std::uint32_t kMaxId = 1'000'000'000;  // ids are 1..kMaxId
inline constexpr int kMaxModels = 200;                  // models on one board
inline constexpr double kMaxCoordinate = 1'000'000.0;   // board units, either way from the origin
inline constexpr int kMinBlockScalePercent = 50;
inline constexpr int kMaxBlockScalePercent = 300;
inline constexpr int kDefaultBlockScalePercent = 100;
inline constexpr std::size_t kMaxNameLength = 40;       // palette names, units

// A position in board units (layout only, never a value).
struct Point {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point&) const = default;
};

// One block or counter: which part of the group it belongs to, the place it stands for (for plain
// counters in a chart, the column it sits in) and where it sits, relative to its model.
struct Piece {
    int part = 0;
    Place place = Place::Ones;
    Point at;
    bool operator==(const Piece&) const = default;
};

// A chart shows at most this many numbers in rows (0.45 over 0.5 over 0.405 ...).
inline constexpr int kMaxChartRows = 6;

// The layout of base 10 blocks or place value counters.
struct PiecesLayout {
    bool inChart = true;                    // in a place value chart (else loose on the board)
    Place lowestColumn = Place::Ones;       // the chart's columns, lowest and highest
    Place highestColumn = Place::Thousands;
    bool plain = false;                     // counters only: plain counters take their value from the column
    BlockScale scale = kWholeNumberScale;   // blocks only: which place the small cube stands for
    std::vector<Piece> pieces;
    // Several numbers in one chart: 0 for one number (its parts add up); n >= 1 for n rows, each part of
    // the group a number of its own in its own row (0.45 over 0.5, to compare and order them).
    int rows = 0;
    // Plain counters only: a fixed set that children move between columns (none added or taken away).
    bool fixed = false;
    // Pieces are being taken away: the value before the first was taken (52 for "52 - 37 = 15").
    std::optional<Value> takeAwayFrom;
    bool operator==(const PiecesLayout&) const = default;
};

struct BarLayout {
    BarMode mode = BarMode::PartWhole;
    int shaded = 0;      // equal parts: how many parts are shaded
    std::string unit;    // a label such as "cm", "kg", "£" (may be empty)
    std::vector<std::string> labels;  // 0 the whole, n part (or bar) n-1; "" or missing: no label
    std::vector<FractionRow> rows;    // fractions: the rows of the wall, top to bottom (kept in other modes)
    bool notToScale = false;          // part-whole and comparison: parts drawn at readable lengths
    bool operator==(const BarLayout&) const = default;
};

// Every layout a model keeps: the one of its current kind is always in step with the group; the others
// are kept as the pupil left them and brought back in step when the model is shown that way again.
struct Layouts {
    PiecesLayout blocks;
    PiecesLayout counters;
    BeadString beads;
    Orientation orientation = Orientation::WholeAbove;  // part-whole
    BarLayout bar;
    MoneyLayout money;
    bool operator==(const Layouts&) const = default;
};

struct Model {
    ModelId id = 0;
    Representation kind = Representation::Blocks;
    Level level = Level::Concrete;
    Point at;
    GroupId group = 0;
    Layouts layouts;
    bool operator==(const Model&) const = default;
};

struct Group {
    GroupId id = 0;
    Quantity quantity;
    // A new model's whole follows its parts until the whole is given (typed, or made with pieces or
    // beads): typing a part then changes the whole instead of taking the difference from another part.
    bool wholeFollowsParts = false;
    bool operator==(const Group&) const = default;
};

struct Settings {
    ExchangeMode exchange = ExchangeMode::Offered;
    int blockScalePercent = kDefaultBlockScalePercent;
    std::string palette = "standard";
    BeadColours beadColours = BeadColours::ByLength;  // where a bead string's colour changes
    bool operator==(const Settings&) const = default;
};

struct Board {
    Settings settings;
    std::vector<Group> groups;
    std::vector<Model> models;
    std::uint32_t nextId = 1;  // the next id handed out, to models and groups alike
    bool operator==(const Board&) const = default;
};

// Look-ups (nullptr when there is no such id).
const Model* findModel(const Board& b, ModelId id);
Model* findModel(Board& b, ModelId id);
const Group* findGroup(const Board& b, GroupId id);
Group* findGroup(Board& b, GroupId id);
// The models that show a group, in board order.
std::vector<ModelId> modelsInGroup(const Board& b, GroupId id);

// Every invariant of a board, or the first broken one, named by its place (a JSON pointer such as
// /models/2/blocks/pieces, matching the board file) and the reason: ids unique and below nextId, every
// model's group present, no group without a model, every quantity valid, every current layout showing
// exactly its group's quantity, every kept layout well formed, settings in range.
Status validateBoard(const Board& b);

// A palette name is 1..40 letters, digits, spaces, '-', '_'. A unit follows the bar model's rule
// (checkUnit: short, no digits or spaces; may be empty).
bool isValidPaletteName(std::string_view name);
// A position is finite and within kMaxCoordinate either way.
bool isValidPoint(Point p);
bool isValidUnit(std::string_view unit);

// What a teacher sees at first start: 234 as base 10 blocks in a Th H T O chart, linked to a part-whole
// of 200, 30 and 4.
Board defaultBoard();

}  // namespace tenfold::model
