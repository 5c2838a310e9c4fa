// Pointers on the board: every pointer (mouse, pen, each finger) is tracked on its own, so several
// children can drag different pieces at once. What a pointer does depends on where it lands:
//   a piece          -> drags it (or, if it is selected with others, drags the whole selection);
//   a tray tile      -> drags a new piece out of the tray;
//   an exchange/break button on a column -> exchanges;
//   a bead           -> pushes it (and the beads beside it) across to the other side, as it is dragged;
//   a bead divider or a bar boundary -> moves it, the linked views following as it goes;
//   a model's tab    -> moves the model; a tap picks it (for its menu: show as, level, ...);
//   a part-whole circle or a bar -> a tap asks for its value (the app opens the keypad);
//   empty board      -> pans (two pointers pinch-zoom), or draws a selection box in select mode.
// Taps are the non-drag alternative: tap a piece (or a tray tile), then tap where it goes; tap the tray
// to take selected pieces away. A tray tile gives one piece and is put back, unless "Keep adding" is on;
// a tap on the chosen tile puts it back. Nothing needs a double-tap or a long press.
// The result of a gesture is a list of model commands; the app applies them to its session.
#pragma once

#include "interaction/camera.hpp"
#include "interaction/input.hpp"
#include "model/command.hpp"
#include "model/intents.hpp"
#include "representations/pieces_view.hpp"
#include "representations/scene.hpp"
#include "representations/tray_view.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tenfold::interaction {

struct InputContext {
    const model::Board& board;
    const scene::Scene& scene;     // board layer in board units, screen layer in pixels
    const repr::TraySpec& tray;
    float trayTop = 0;             // pixels: the tray band starts here
    float uiScale = 1;
    bool selectMode = false;       // one pointer on empty board draws a selection box instead of panning
    // A point (pixels) on a panel belongs to the panel, not to the board.
    bool (*onPanel)(const void* self, float x, float y) = nullptr;
    const void* panelSelf = nullptr;
};

struct InputResult {
    std::vector<model::Command> commands;  // to apply in order
    bool viewChanged = false;              // the camera moved
    bool redraw = false;                   // something to draw (a drag moved, a selection changed)
    std::string message;                   // a friendly line to show (why nothing happened)
    model::ModelId messageModel = 0;       // ...beside this model (0: none in particular)
    std::vector<repr::FloatingPiece> dropped;  // pieces let go in this event, where they were let go
    // Nonzero for a drag that changes the board as it goes: commands of the same gesture belong to one
    // undo step (the app adds them to the step it started).
    std::uint64_t gesture = 0;
    model::ModelId pickedModel = 0;        // a model's tab was tapped
    // A circle, a bar or a difference was tapped: the app asks for the value that goes there (keypad).
    std::optional<model::ValueSlot> ask;
};

// A selected piece: its model and index.
struct PieceRef {
    model::ModelId model = 0;
    int piece = -1;
    bool operator==(const PieceRef&) const = default;
};

class BoardInput {
public:
    static constexpr std::size_t kMaxPointers = 20;  // a finger storm beyond this is ignored, not fatal
    static constexpr float kTapSlopPx = 14.0f;       // at UI scale 1: movement that still counts as a tap
    // At UI scale 1: how far outside a piece still catches it. A 12-unit cube at zoom 1 is then a 48 px target.
    static constexpr float kHitMarginPx = 18.0f;

    InputResult pointer(const PointerEvent& e, Camera& camera, const InputContext& ctx);
    InputResult wheel(const WheelEvent& e, Camera& camera);
    // Forget every pointer (window lost focus, touch cancelled); pieces go back where they were.
    void reset() { pointers_.clear(); }
    void clearSelection() {
        selection_.clear();
        armed_ = -1;
        keepAdding_ = false;
    }
    // Commands that add a copy of every selected piece (next to the originals: in a chart, tidily).
    std::vector<model::Command> duplicateSelection(const model::Board& board) const;

    bool anyDown() const { return !pointers_.empty(); }
    std::size_t pointersDown() const { return pointers_.size(); }
    // Whether a pointer making gesture `id` is still down.
    bool gestureActive(std::uint64_t id) const;
    // Pieces following pointers now (drawn on top by the board view).
    std::vector<repr::FloatingPiece> floating(const model::Board& board, const Camera& camera,
                                              const repr::TraySpec& tray) const;
    const std::vector<PieceRef>& selection() const { return selection_; }
    int armedTrayItem() const { return armed_; }
    // The chosen tray tile adds a piece on every tap (else one, and the tile is put back).
    bool keepAdding() const { return keepAdding_; }
    // The selection box being drawn (board units), if any.
    std::optional<scene::Rect> selectionBox(const Camera& camera) const;
    // The board changed (a command from any pointer, undo, a file opened): held and selected pieces are
    // followed to their new indices; those that are gone are let go.
    void boardChanged(const model::Board& before, const model::Board& after);

private:
    enum class Grab { None, Pan, Pieces, TrayNew, Box, Button, Handle, Tab };
    struct Drag {
        PieceRef ref;
        float offsetX = 0, offsetY = 0;  // piece top-left minus the pointer's board point
    };
    struct Tracked {
        float x = 0, y = 0, downX = 0, downY = 0;
        bool moved = false;
        Grab grab = Grab::None;
        std::vector<Drag> drags;
        int trayItem = -1;
        std::uint64_t tag = 0;           // what was under the pointer when it went down
        float downBx = 0, downBy = 0;    // where it went down, board units
        int startCounted = 0;            // a bead string's counted beads when a bead was grabbed
        bool told = false;               // this drag already said why it stopped
        bool sharedString = false;       // another finger pushed beads of the same string during this drag
        double tabDx = 0, tabDy = 0;     // a model's position minus the pointer's board point
        std::uint64_t gesture = 0;
    };
    using Key = std::pair<int, std::int64_t>;  // source, id

    void down(const Key& key, const PointerEvent& e, Camera& camera, const InputContext& ctx, InputResult& out);
    void up(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out);
    void tap(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out);
    void dropPieces(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out);
    void dropNew(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out);
    bool pieceHeld(const PieceRef& ref) const;
    // A handle or tab being dragged: the command that puts the board where the pointer is, if any.
    void dragHandle(Tracked& t, Camera& camera, const InputContext& ctx, InputResult& out);
    void tapHandle(Tracked& t, const InputContext& ctx, InputResult& out);
    bool dropOnCircle(Tracked& t, float bx, float by, const InputContext& ctx, InputResult& out);
    std::uint64_t gestures_ = 0;
    std::size_t pointersWith(Grab g) const;

    std::map<Key, Tracked> pointers_;
    std::vector<PieceRef> selection_;
    int armed_ = -1;
    bool keepAdding_ = false;
};

// Which part of a group a new piece of place p joins: the part that already has pieces of that place
// (the first), else the last part. Exposed for tests.
int partForNewPiece(const model::Model& m, model::Place p);
// The model and column under a board point, if the point is on a blocks or counters model's chart (or,
// for loose pieces, anywhere in its area), as drawn in the board layer `drawn`. Exposed for tests.
struct DropTarget {
    const model::Model* model = nullptr;
    std::optional<model::Place> column;  // none for loose layouts
};
DropTarget dropTargetAt(const model::Board& board, const scene::Layer& drawn, float bx, float by);

}  // namespace tenfold::interaction
