// Base-10 blocks under a scale: which place each block stands for, and which places can be shown.
#include "model/blocks.hpp"

#include <array>
#include <string>

#include "model/forms.hpp"
#include "model/text.hpp"

namespace tenfold::model {
namespace {

constexpr std::array<BlockKind, kBlockKindCount> kKinds{BlockKind::Cube, BlockKind::Rod, BlockKind::Flat,
                                                        BlockKind::BigCube};
// Power of ten of each block in cubes: cube 0, rod 1, flat 2, big cube 3.
int blockPower(BlockKind kind) { return static_cast<int>(kind); }

}  // namespace

std::int64_t blockCubes(BlockKind kind) {
    std::int64_t n = 1;
    for (int i = 0; i < blockPower(kind); ++i) n *= kCubesPerBlockStep;
    return n;
}

BlockScale scaleWhereOneIs(BlockKind kind) {
    return BlockScale{static_cast<Place>(static_cast<int>(Place::Ones) - blockPower(kind))};
}

Result<BlockScale> makeScale(Place cubePlace) {
    if (!isPlace(cubePlace)) return Error{tr("error.place.not_a_place")};
    return BlockScale{cubePlace};
}

Result<Place> placeOfBlock(BlockKind kind, BlockScale scale) {
    if (!isPlace(scale.cubePlace)) return Error{tr("error.place.not_a_place")};
    const Place p = static_cast<Place>(static_cast<int>(scale.cubePlace) + blockPower(kind));
    if (!isPlace(p)) return Error{tr("error.blocks.too_high", {placeCountPhrase(scale.cubePlace, 1), blockName(kind)})};
    return p;
}

Result<BlockKind> blockForPlace(Place p, BlockScale scale) {
    if (!isPlace(p) || !isPlace(scale.cubePlace)) return Error{tr("error.place.not_a_place")};
    const int power = static_cast<int>(p) - static_cast<int>(scale.cubePlace);
    if (power < 0 || power >= kBlockKindCount)
        return Error{tr("error.blocks.no_block", {placeCountPhrase(scale.cubePlace, 1), placeName(p, true)})};
    return kKinds[static_cast<std::size_t>(power)];
}

std::vector<Place> placesShown(BlockScale scale) {
    std::vector<Place> places;
    for (BlockKind kind : kKinds) {
        const Result<Place> p = placeOfBlock(kind, scale);
        if (p) places.push_back(p.value());
    }
    return places;
}

Result<Value> blockValue(BlockKind kind, BlockScale scale) {
    const Result<Place> p = placeOfBlock(kind, scale);
    if (!p) return p.error();
    return Value::fromMilli(placeMilli(p.value()));
}

std::string blockName(BlockKind kind) {
    switch (kind) {
        case BlockKind::Cube: return tr("block.cube");
        case BlockKind::Rod: return tr("block.rod");
        case BlockKind::Flat: return tr("block.flat");
        case BlockKind::BigCube: return tr("block.big_cube");
    }
    return tr("block.cube");
}

}  // namespace tenfold::model
