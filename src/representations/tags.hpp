// Tags on scene shapes say what a shape shows, for hit tests: the model, what kind of thing, which one.
// 0 means decoration (never hit).
#pragma once

#include "model/board.hpp"

#include <cstdint>

namespace tenfold::repr {

enum class TagKind : std::uint8_t { Model = 1, Piece = 2, Column = 3, Readout = 4, Tray = 5, Button = 6 };

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

}  // namespace tenfold::repr
