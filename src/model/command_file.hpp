// Commands in files: the JSON form of every model::Command, so a step's command log (what the class did,
// for "How we built it") can be saved in a lesson file and read back exactly. One command is one JSON
// object named by "command" ("add-piece", "exchange", "set-part", ...) with the command's own fields; see
// docs/lesson-format.md. Reading checks every field's type and range and names the place of a problem as
// a JSON pointer, as board files do; whether a command makes sense on a board is checked by replaying it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/command.hpp"
#include "model/result.hpp"

namespace tenfold::model {

// The name of a command's kind in files: "add-piece", "move-bead-divider", ...
std::string_view commandId(const Command& command);
// Every name, in the order of the Command variant.
std::vector<std::string_view> commandIds();

// One command as compact JSON text: {"command": "add-piece", "model": 2, "part": 0, "place": "tens"}.
std::string commandToJson(const Command& command);
// A command from JSON text; a problem is named with its place ("/place: ...").
Result<Command> commandFromJson(std::string_view text);

}  // namespace tenfold::model
