// Building the board layer.
#include "representations/board_scene.hpp"

#include "representations/palette.hpp"

namespace tenfold::repr {

namespace {
constexpr float kTitleSize = 44.0f;
constexpr scene::Rect kEmptyBoardArea{-800.0f, -420.0f, 1600.0f, 840.0f};  // a 16:9-ish area at first start
}  // namespace

void buildBoard(scene::Layer& board, const BoardContent& content) {
    if (!content.title.empty()) {
        scene::Text t;
        t.text = content.title;
        t.x = kEmptyBoardArea.x;
        t.y = kEmptyBoardArea.y + kTitleSize;
        t.size = kTitleSize;
        t.colour = palette::kInk;
        board.texts.push_back(t);
    }
}

scene::Rect boardBounds(const BoardContent&) { return kEmptyBoardArea; }

}  // namespace tenfold::repr
