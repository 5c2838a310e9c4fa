// Base-10 blocks and which block is "one": a cube, a rod (10 cubes), a flat (100) and a big cube (1,000).
// A BlockScale says which place the cube stands for; for decimals the flat is 1, so the rod is a tenth and
// the cube a hundredth. Blocks that would fall outside thousandths..millions are refused.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

enum class BlockKind { Cube, Rod, Flat, BigCube };
inline constexpr int kBlockKindCount = 4;
inline constexpr std::int64_t kCubesPerBlockStep = 10;  // each block is ten of the one below it

// How many small cubes make the block: 1, 10, 100, 1,000.
std::int64_t blockCubes(BlockKind kind);

struct BlockScale {
    Place cubePlace = Place::Ones;  // the place one small cube stands for
    bool operator==(const BlockScale&) const = default;
};
// The usual scale: the cube is one.
inline constexpr BlockScale kWholeNumberScale{Place::Ones};
// The decimal scale: the flat is one, the rod a tenth, the cube a hundredth.
inline constexpr BlockScale kDecimalScale{Place::Hundredths};

// The scale under which `kind` stands for one: scaleWhereOneIs(Flat) == kDecimalScale.
BlockScale scaleWhereOneIs(BlockKind kind);
// A scale is usable when its cube is a place and at least the cube fits (always true for a real place).
Result<BlockScale> makeScale(Place cubePlace);
// The place a block stands for under the scale; refused when it would be above millions.
Result<Place> placeOfBlock(BlockKind kind, BlockScale scale);
// The block that stands for a place under the scale; refused when no block does (e.g. thousands when the
// cube is a hundredth).
Result<BlockKind> blockForPlace(Place p, BlockScale scale);
// The places the scale can show with blocks, lowest first (only those within thousandths..millions).
std::vector<Place> placesShown(BlockScale scale);
// The value of one block under the scale.
Result<Value> blockValue(BlockKind kind, BlockScale scale);
// "cube", "rod", "flat", "big cube" (from the text table).
std::string blockName(BlockKind kind);

}  // namespace tenfold::model
