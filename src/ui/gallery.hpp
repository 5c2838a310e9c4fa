// The board gallery: a large, centred, touch-friendly ImGui window showing the saved boards as a grid of
// thumbnails (a board without a thumbnail shows its name on a plain tile), with Open, Rename, Duplicate
// and Delete for the chosen board (Delete asks first; afterwards an Undo shows for a while), Save for the
// board that is open when it came from the library (back into its own file), a "Save as" row whose name
// field is already filled ("Board 3") so no typing is needed at a whiteboard, "New board" and "Close".
// A second section lists the lessons: those that ship with Tenfold, then the teacher's saved ones, with Open
// and "Make a lesson from this board" ("Add this board as a step" while a lesson is open).
// Every button is large. It only reports what the teacher chose; the app does the work and may hand
// back an error line to show (the gallery stays open until the app closes it).
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

// One lesson as the gallery shows it: a plain tile with its title and "Year 2, 7 steps".
struct GalleryLesson {
    std::string title;
    std::string meta;                  // the year group and the number of steps, or why it cannot be opened
    std::filesystem::path path;        // handed back on OpenLesson
    bool shipped = false;              // one of the lessons that come with Tenfold (listed first)
};

// What the gallery shows besides the boards.
struct GalleryState {
    std::vector<GalleryLesson> lessons;  // the shipped ones first, then the saved ones
    bool lessonOpen = false;           // a lesson is open: offer "Add this board as a step"
    bool showLessons = false;          // open on the lessons
    std::vector<GalleryBoard> boards;  // newest first
    std::string suggestedName;         // in the "Save as" field
    std::string currentName;           // the open board's name in the library: offers Save; empty: no Save
    std::string undoName;              // the board deleted last, still to be brought back; empty: no Undo
    std::string notice;                // a line saying what was just done ("Renamed to ..."); may be empty
};

struct GalleryAction {
    enum Kind { None, Open, Save, SaveAs, Rename, Duplicate, Delete, UndoDelete, New, Close, OpenLesson, StartLesson };
    Kind kind = None;
    std::filesystem::path path;  // Open, Rename, Duplicate, Delete: the chosen board's file; OpenLesson: the lesson's
    std::string name;            // SaveAs, Rename: the name as typed (make it safe with the board library)
};

inline constexpr std::size_t kGalleryNameBytes = 128;  // the name field's capacity

class Gallery {
public:
    // Shows the gallery. Loads the thumbnails, so it needs a current GL context. Calling it again
    // refreshes it (after a rename, say), keeping the chosen board when it is still there.
    void open(GalleryState state);
    void close();
    bool isOpen() const { return open_; }

    // Draws the gallery inside an ImGui frame. Call it every frame, open or not: after close() it closes
    // ImGui's modal popup (which would otherwise keep blocking input) and draws nothing. `uiScale` as for the
    // panels; `errorLine`, when not empty, is shown under the heading. Close closes the gallery itself;
    // after Open, Save, SaveAs or New the app calls close() once it has done the work, or leaves the gallery
    // open with an error line; after Rename, Duplicate, Delete and UndoDelete it calls open() again.
    GalleryAction draw(float uiScale, const std::string& errorLine);

    // The board whose tile is chosen, if any (for tests and replay scripts).
    const GalleryBoard* selected() const;
    // True while the lessons are shown.
    bool showingLessons() const { return lessonsShown_; }
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
    enum class Mode { Browse, Renaming, ConfirmDelete };
    void drawGrid(float scale);
    void drawChosenRow(float scale, GalleryAction& action);
    void drawNameRow(float scale, GalleryAction& action);
    void drawLessons(float scale, GalleryAction& action);
    void drawLessonTiles(float scale, bool shipped, std::size_t& number);
    void remember(const char* name);
    std::map<std::string, ButtonRect> buttons_;
    std::vector<Tile> tiles_;
    std::size_t selected_ = kNone;
    Mode mode_ = Mode::Browse;
    std::string suggested_;
    std::string currentName_;
    std::string undoName_;
    std::string notice_;
    std::vector<GalleryLesson> lessons_;
    std::size_t lessonSelected_ = kNone;
    bool lessonOpen_ = false;
    bool lessonsShown_ = false;
    char name_[kGalleryNameBytes] = {};
    bool open_ = false;
    bool popupOpened_ = false;
};

}  // namespace tenfold::ui
