// The board gallery: a large, centred, touch-friendly ImGui window showing the saved boards as a grid of
// thumbnails (a board without a thumbnail shows its name on a plain tile), with "Open" for the chosen
// board, a "Save as" row whose name field is already filled ("Board 3") so no typing is needed at a
// whiteboard, "New board" and "Close". It only reports what the teacher chose; the app does the work and
// may hand back an error line to show (the gallery stays open until the app closes it).
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "render/texture.hpp"

namespace tenfold::ui {

// One saved board as the gallery shows it.
struct GalleryBoard {
    std::string name;                  // shown under the tile
    std::filesystem::path path;        // handed back on Open
    std::filesystem::path thumbnail;   // a PNG; empty or missing: a plain tile with the name
};

struct GalleryAction {
    enum Kind { None, Open, SaveAs, New, Close };
    Kind kind = None;
    std::filesystem::path path;  // Open: the board file
    std::string name;            // SaveAs: the name as typed (make it safe with the board library)
};

inline constexpr std::size_t kGalleryNameBytes = 128;  // the name field's capacity

class Gallery {
public:
    // Shows the gallery with these boards (newest first) and `suggestedName` in the "Save as" field.
    // Loads the thumbnails, so it needs a current GL context. Calling it again refreshes the list.
    void open(std::vector<GalleryBoard> boards, const std::string& suggestedName);
    void close();
    bool isOpen() const { return open_; }

    // Draws the gallery inside an ImGui frame. Call it every frame, open or not: after close() it closes
    // ImGui's modal popup (which would otherwise keep blocking input) and draws nothing. `uiScale` as for the
    // panels; `errorLine`, when not empty, is shown under the heading. Close closes the gallery itself;
    // after Open, SaveAs or New the app calls close() once it has done the work, or leaves the gallery open
    // with an error line.
    GalleryAction draw(float uiScale, const std::string& errorLine);

    // The board whose tile is chosen, if any (for tests and replay scripts).
    const GalleryBoard* selected() const;
    // Where each named button was drawn in the last frame (display coordinates), for replay scripts.
    struct ButtonRect {
        float x0, y0, x1, y1;
    };
    const std::map<std::string, ButtonRect>& buttons() const { return buttons_; }

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    struct Tile {
        GalleryBoard board;
        render::Texture thumbnail;  // not valid(): a plain tile
    };
    void drawGrid(float scale);
    void remember(const char* name);
    std::map<std::string, ButtonRect> buttons_;
    std::vector<Tile> tiles_;
    std::size_t selected_ = kNone;
    char name_[kGalleryNameBytes] = {};
    bool open_ = false;
    bool popupOpened_ = false;
};

}  // namespace tenfold::ui
