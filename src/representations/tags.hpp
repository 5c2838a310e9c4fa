// Tags on scene shapes say what a shape shows, for hit tests: the model, what kind of thing, which one.
// 0 means decoration (never hit).
#pragma once

#include "model/board.hpp"

#include <cstdint>

namespace tenfold::repr {

enum class TagKind : std::uint8_t { Model = 1, Piece = 2, Column = 3, Readout = 4, Tray = 5, Button = 6, Handle = 7, Tab = 8 };

// What a Handle tag's index holds: the kind of handle (high bits) and which one (low 16 bits).
//   Bead: bead 1..size; Divider: divider 0..; Boundary: the bar boundary after part n; BarPart: part n of a
//   bar (the whole is BarWhole); Circle: 0 the whole of a part-whole, 1.. its parts.
//   Difference: the difference marked beside comparison bar n. A fraction wall's parts are BarPart
//   row * kWallRowStride + part (both from 0). Coin: a coin or note of a money model (its
//   model::coinIndex; a tap takes one away). Value: the number a model shows (a tap opens the keypad).
//   Row: the number of row n (from 0) of a chart of numbers in rows (a tap opens the keypad for that row).
enum class Handle : std::uint8_t { Bead = 1, Divider = 2, Boundary = 3, BarPart = 4, BarWhole = 5, Circle = 6, Difference = 7,
                                   Coin = 8, Value = 9, Row = 10 };
inline constexpr std::uint32_t kHandleShift = 16;
inline constexpr int kWallRowStride = 16;  // more than a row's most parts (12)
constexpr std::uint32_t handleIndex(Handle h, std::uint32_t n) {
    return (static_cast<std::uint32_t>(h) << kHandleShift) | (n & ((1u << kHandleShift) - 1));
}
constexpr Handle handleOf(std::uint32_t index) { return static_cast<Handle>(index >> kHandleShift); }
constexpr std::uint32_t handleNumber(std::uint32_t index) { return index & ((1u << kHandleShift) - 1); }

// What a Button tag's index holds: which button at the foot of a chart column, and the column's place.
enum class ColumnButton : std::uint8_t { Exchange = 1, Break = 2 };

inline constexpr std::uint64_t kTagModelShift = 32;
inline constexpr std::uint64_t kTagKindShift = 24;
inline constexpr std::uint64_t kTagIndexMask = (std::uint64_t{1} << kTagKindShift) - 1;

constexpr std::uint64_t makeTag(model::ModelId model, TagKind kind, std::uint32_t index) {
    return (static_cast<std::uint64_t>(model) << kTagModelShift) | (static_cast<std::uint64_t>(kind) << kTagKindShift) |
           (index & kTagIndexMask);
}
constexpr model::ModelId tagModel(std::uint64_t tag) { return static_cast<model::ModelId>(tag >> kTagModelShift); }
constexpr TagKind tagKind(std::uint64_t tag) { return static_cast<TagKind>((tag >> kTagKindShift) & 0xFF); }
constexpr std::uint32_t tagIndex(std::uint64_t tag) { return static_cast<std::uint32_t>(tag & kTagIndexMask); }

// The one way to name a column's Exchange or Break button (drawn by the chart, hit by a finger, found by a
// replay script).
constexpr std::uint64_t columnButtonTag(model::ModelId model, ColumnButton button, model::Place place) {
    return makeTag(model, TagKind::Button,
                   (static_cast<std::uint32_t>(button) << 8) | static_cast<std::uint32_t>(model::placeIndex(place)));
}
constexpr ColumnButton columnButtonOf(std::uint64_t tag) { return static_cast<ColumnButton>(tagIndex(tag) >> 8); }
constexpr model::Place columnButtonPlace(std::uint64_t tag) {
    return static_cast<model::Place>(static_cast<int>(tagIndex(tag) & 0xFF) + static_cast<int>(model::kLowestPlace));
}

}  // namespace tenfold::repr
