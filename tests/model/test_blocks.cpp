// Tests for base-10 blocks under a scale: which block is one, the place of each block, and refusals.
#include <catch2/catch.hpp>

#include "model/blocks.hpp"

using namespace tenfold::model;

SCENARIO("Blocks are made of small cubes", "[blocks]") {
    CHECK(blockCubes(BlockKind::Cube) == 1);
    CHECK(blockCubes(BlockKind::Rod) == 10);
    CHECK(blockCubes(BlockKind::Flat) == 100);
    CHECK(blockCubes(BlockKind::BigCube) == 1000);
    CHECK(blockName(BlockKind::BigCube) == "big cube");
}

SCENARIO("With the cube as one, blocks show ones to thousands", "[blocks]") {
    const BlockScale s = kWholeNumberScale;
    CHECK(placeOfBlock(BlockKind::Cube, s).value() == Place::Ones);
    CHECK(placeOfBlock(BlockKind::Rod, s).value() == Place::Tens);
    CHECK(placeOfBlock(BlockKind::Flat, s).value() == Place::Hundreds);
    CHECK(placeOfBlock(BlockKind::BigCube, s).value() == Place::Thousands);
    CHECK(blockForPlace(Place::Hundreds, s).value() == BlockKind::Flat);
    CHECK(placesShown(s) == std::vector<Place>{Place::Ones, Place::Tens, Place::Hundreds, Place::Thousands});
    CHECK(blockValue(BlockKind::Flat, s).value() == Value::whole(100).value());
    CHECK(blockForPlace(Place::Tenths, s).error().message == "When the small cube is 1 one, no block shows tenths.");
}

SCENARIO("For decimals the flat is one", "[blocks]") {
    const BlockScale s = scaleWhereOneIs(BlockKind::Flat);
    REQUIRE(s == kDecimalScale);
    CHECK(placeOfBlock(BlockKind::Flat, s).value() == Place::Ones);
    CHECK(placeOfBlock(BlockKind::Rod, s).value() == Place::Tenths);
    CHECK(placeOfBlock(BlockKind::Cube, s).value() == Place::Hundredths);
    CHECK(placeOfBlock(BlockKind::BigCube, s).value() == Place::Tens);
    CHECK(blockValue(BlockKind::Rod, s).value() == Value::parse("0.1").value());
    CHECK(blockForPlace(Place::Tenths, s).value() == BlockKind::Rod);
    CHECK(blockForPlace(Place::Hundreds, s).error().message == "When the small cube is 1 hundredth, no block shows hundreds.");
    CHECK(placesShown(s) == std::vector<Place>{Place::Hundredths, Place::Tenths, Place::Ones, Place::Tens});
    CHECK(scaleWhereOneIs(BlockKind::BigCube).cubePlace == Place::Thousandths);
    CHECK(scaleWhereOneIs(BlockKind::Cube) == kWholeNumberScale);
}

SCENARIO("Blocks that would fall outside the places Tenfold shows are refused", "[blocks]") {
    const BlockScale s = makeScale(Place::HundredThousands).value();
    CHECK(placeOfBlock(BlockKind::Rod, s).value() == Place::Millions);
    CHECK(placeOfBlock(BlockKind::Flat, s).error().message ==
          "When the small cube is 1 hundred thousand, the flat would be bigger than millions, and Tenfold does not "
          "show that.");
    CHECK(placesShown(s) == std::vector<Place>{Place::HundredThousands, Place::Millions});
    CHECK_FALSE(blockValue(BlockKind::BigCube, s).ok());
    CHECK_FALSE(makeScale(static_cast<Place>(8)).ok());
}
