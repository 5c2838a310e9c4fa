// Tests for the conversion rules between representations: what each kind can show and the reasons given.
#include <catch2/catch.hpp>

#include "model/representation.hpp"

using namespace tenfold::model;

namespace {
Value v(std::int64_t n) { return Value::whole(n).value(); }
}  // namespace

SCENARIO("Conversions that cannot be made say why") {
    WHEN("201 is shown as a bead string") {
        const Status s = canShowAs(quantityOf(v(201)), Representation::Beads);
        THEN("the reason names the 100 beads") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message == "A bead string has at most 100 beads, so it cannot show 201.");
        }
    }
    WHEN("100 is shown as a bead string") {
        THEN("it fits") { CHECK(canShowAs(quantityOf(v(100)), Representation::Beads).ok()); }
    }
    WHEN("0.45 is shown as a bead string") {
        const Status s = canShowAs(quantityOf(Value::parse("0.45").value()), Representation::Beads);
        THEN("beads are whole numbers only") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message == "A bead string shows whole numbers only, so it cannot show 0.45.");
        }
    }
    WHEN("12,345 as loose ones is shown as counters") {
        Quantity q;
        q.parts = {PlaceCounts::of({{Place::Ones, 12345}}).value()};
        const Status s = canShowAs(q, Representation::Counters);
        THEN("there are too many pieces") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message ==
                  "That would be 12,345 pieces, more than the 10,000 a model can hold. Exchange first, or show it as a numeral.");
        }
        THEN("it can still be shown as a numeral") { CHECK(canShowAs(q, Representation::Numeral).ok()); }
    }
    WHEN("12,345 is shown as base 10 blocks") {
        const Status s = canShowAs(quantityOf(v(12345)), Representation::Blocks);
        THEN("blocks show only four places at a time") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message == "Base 10 blocks show four places at a time (cube, rod, flat and big cube), "
                                       "but 12,345 needs places from the ones to the ten thousands.");
        }
        THEN("place value counters can show it") { CHECK(canShowAs(quantityOf(v(12345)), Representation::Counters).ok()); }
    }
    WHEN("six parts are shown as a part-whole model") {
        const Status s = canShowAs(quantityOfParts(std::vector<Value>(6, v(2))).value(), Representation::PartWhole);
        THEN("a part-whole model has 2 to 5 parts") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message == "A part-whole model has 2 to 5 parts, but this has 6.");
        }
    }
    WHEN("123,456 in one part is shown as a part-whole model") {
        const Status s = canShowAs(quantityOf(v(123456)), Representation::PartWhole);
        THEN("splitting it by place would give six parts") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message == "123,456 would split into more than 5 parts, too many for a part-whole model.");
        }
    }
    WHEN("30 and 0 are shown as beads") {
        const Status s = canShowAs(quantityOfParts({v(30), v(0)}).value(), Representation::Beads);
        THEN("a part of zero has no beads to show") {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().message ==
                  "Every part on a bead string needs at least one bead, so a part of 0 cannot be shown.");
        }
    }
}

SCENARIO("Which block is one follows the quantity") {
    WHEN("0.45 is shown as blocks") {
        auto scale = blockScaleFor(quantityOf(Value::parse("0.45").value()));
        THEN("the flat is one, so the cube is a hundredth") {
            REQUIRE(scale.ok());
            CHECK(scale.value() == kDecimalScale);
        }
    }
    WHEN("2,347 is shown as blocks") {
        auto scale = blockScaleFor(quantityOf(v(2347)));
        THEN("the cube is one") {
            REQUIRE(scale.ok());
            CHECK(scale.value() == kWholeNumberScale);
        }
    }
}

SCENARIO("Names in board files read back") {
    for (int i = 0; i < kRepresentationCount; ++i) {
        const auto r = static_cast<Representation>(i);
        CHECK(representationFromId(representationId(r)) == r);
    }
    for (const Place p : kAllPlaces) CHECK(placeFromId(placeId(p)) == p);
    CHECK(representationId(Representation::PartWhole) == "part-whole");
    CHECK_FALSE(representationFromId("abacus").has_value());
}
