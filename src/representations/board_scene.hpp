// Board state -> the board layer of the scene. Today it draws the board's title; the manipulatives add
// their own builders here as they arrive.
#pragma once

#include "representations/scene.hpp"

#include <string>

namespace tenfold::repr {

struct BoardContent {
    std::string title;
};

void buildBoard(scene::Layer& board, const BoardContent& content);
// The area the board's content covers, in board units (what "Fit" shows).
scene::Rect boardBounds(const BoardContent& content);

}  // namespace tenfold::repr
