// For model tests: a board with an intent's commands applied in order, each required to apply (the
// command that fails is named).
#pragma once

#include <catch2/catch.hpp>

#include <utility>

#include "model/board.hpp"
#include "model/command.hpp"
#include "model/intents.hpp"

namespace tenfold::model::testing {

inline Board applied(Board b, const Result<Commands>& intent) {
    REQUIRE(intent.ok());
    for (const Command& c : intent.value()) {
        auto next = applyCommand(b, c);
        INFO(describeCommand(c));
        REQUIRE(next.ok());
        b = std::move(next.value());
    }
    return b;
}

}  // namespace tenfold::model::testing
