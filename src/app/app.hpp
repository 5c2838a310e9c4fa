// The app: wires platform, interaction, representations, renderer and panels, and runs one of the modes
// (window, screenshot, bench, replay, spots). One frame = events -> input -> panels -> their actions ->
// update(dt) -> scene -> draw -> present; state never changes while drawing, and the frame scheduler
// decides when a frame is needed at all (no CPU at idle).
#pragma once

#include "app/cli.hpp"
#include "app/frame_scheduler.hpp"
#include "interaction/board_input.hpp"
#include "interaction/camera.hpp"
#include "model/command.hpp"
#include "model/intents.hpp"
#include "platform/platform.hpp"
#include "render/offscreen.hpp"
#include "render/renderer.hpp"
#include "representations/board_scene.hpp"
#include "representations/level_animator.hpp"
#include "representations/look.hpp"
#include "representations/piece_animator.hpp"
#include "representations/tray_view.hpp"
#include "app/board_library.hpp"
#include "app/settings_store.hpp"
#include "ui/gallery.hpp"
#include "ui/icons.hpp"
#include "ui/panels.hpp"

#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace tenfold::app {

class App {
public:
    explicit App(Options options);
    App(const App&) = delete;
    App& operator=(const App&) = delete;
    ~App();

    // Runs the mode the options ask for and returns the process exit status.
    int run();

    // One interactive frame (waits for input when nothing needs drawing); false when the app should quit.
    // Also the entry point for a browser main loop.
    bool frame();

#ifdef __EMSCRIPTEN__
    // The browser's side of the app (app_web.cpp).
    bool startWeb(std::string& error);  // graphics, settings and the working board, then frames run
    void webFrame();                    // frame(), then the live region, the working board and storage
    std::string webQuery(const std::string& line);    // "value 1" -> "47", as a replay's expect subject
    std::string webSpot(const std::string& name) const;  // "tray:ones" -> "x y" in CSS pixels
    std::string webOpen(const std::string& path);     // a board file from the user's disk; "" or why not
    void webSave();                                   // the board as a download
    void webPicture();                                // a picture of the board as a download
    std::string webBench(int frames, int width, int height);  // frame times as JSON, like --bench

private:
    model::Board webShown_;     // the board the live region and the working copy last showed
    std::string webFiles_;      // what the kept folders held when they were last written back
    int webFrames_ = 0;
    bool webStarted_ = false;
public:
#endif

private:
    int runWindow();
    int runScreenshot();
    int runBench();
    int runReplay();
    int runDescribe();
    int runSpots();
    // Plays a replay script (app_replay.cpp): 0 when every expectation held, 1 when one failed, 2 for a
    // script that cannot be read. Prints what failed to stderr.
    int playScript(render::OffscreenTarget& target, bool report);
    // Replay: one frame with fixed dt, drawn into the offscreen target.
    void replayFrame(render::OffscreenTarget& target);
    // Every named spot on screen (the replay language's names: tab:1, tray:tens, button:undo, ...) and its
    // rectangle in screen pixels, from the last frame's scene and panels (app_spots.cpp).
    std::map<std::string, scene::Rect> spots() const;
    // Where a script's spot is on screen (pixels); false with `error` set when it is not there.
    bool resolveSpot(const struct ScriptPoint& p, float& x, float& y, std::string& error) const;
    // A fact named by an expect line ("zoom", ...), or an empty optional with `error` set.
    std::optional<std::string> query(const std::vector<std::string>& subject, std::string& error) const;
    bool loadBoard(std::string& error);
    bool startGraphics(const platform::WindowSpec& spec, std::string& error);
    // For screenshot, bench and replay: graphics in a hidden window and an offscreen image of the asked
    // size; null (with the reason printed) when there are no graphics.
    std::unique_ptr<render::OffscreenTarget> startOffscreen();

    // ---- One frame, in a fixed order --------------------------------------------------------------------
    // Every mode runs the same frame: input, the panels (ImGui), the panels' actions, update(dt), the
    // scene, drawing into the bound framebuffer. State changes only before drawing starts.
    void runFrame(const platform::FrameInput& in, double dt, int width, int height, bool offscreen);
    void applyInput(const platform::FrameInput& in);
    struct PanelActions {
        ui::ModelPanelActions model;
        ui::KeypadActions keypad;
        ui::LabelEditorActions labels;
        std::optional<model::Level> boardLevel;
        bool any() const { return model.any() || keypad.any() || labels.any() || boardLevel; }
    };
    struct UiActions {
        ui::ToolbarActions toolbar;
        ui::GalleryAction gallery;
        PanelActions models;
        bool any() const { return toolbar.any() || gallery.kind != ui::GalleryAction::None || models.any(); }
    };
    UiActions drawPanels(int width, int height, bool offscreen);
    void applyPanels(const UiActions& actions);
    void update(double dt);
    void buildScene(int width, int height);
    // The message pill, beside the model it is about (screen layer).
    void buildMessage(float width, float height);
    void draw(int width, int height);
    // What the frame just drawn shows (scene lists, panels, camera), for the frame scheduler.
    std::uint64_t pictureFingerprint() const;
    // Whether something on screen moves by itself, and when (app seconds) the picture changes next on its
    // own (a message leaving).
    bool moving() const;
    std::optional<double> nextChange() const;
    // The colour-blind-safe palette is on (the teacher's setting or the board's).
    bool colourBlind() const;
    // How the board looks (backdrop, high contrast) and the room it is read in: the command line's choice
    // for this run, else the teacher's settings.
    repr::Look look() const;
    repr::Room room() const;
    // The smallest text sizes for the room, for a picture or window `height` pixels high (a window is on
    // its display: the display's height counts).
    repr::TextFloors textFloors(int height) const;
    // Before a Fit on a classroom board: models that the room's larger text would make overlap at the
    // fitted zoom are parted, as one undo step (repr::roomForText).
    void makeRoomForText();

    // ---- The board changes -------------------------------------------------------------------------------
    // Applies one gesture's commands as one undo step; the commands of a drag that changes the board as it
    // goes (gesture != 0) join the step the same drag started.
    void applyCommands(const std::vector<model::Command>& commands,
                       const std::vector<repr::FloatingPiece>& dropped = {}, std::uint64_t gesture = 0);
    // After an edit (from `before`, with those fact families shown) made models bigger: the moves that keep
    // the others clear of them, in the edit's undo step (`sameStep`) or as a step of their own.
    // True when something moved.
    bool keepModelsApart(const model::Board& before, const std::vector<model::ModelId>& factFamiliesBefore, bool sameStep);
    repr::BoardViewOptions layoutOptions(const std::vector<model::ModelId>& factFamilies) const;
    // An intent's commands, or its refusal said at the model.
    void applyIntent(const model::Result<std::vector<model::Command>>& intent, model::ModelId at);
    void undo();
    void redo();
    // The one path every change of the board takes (a command, undo, redo): what follows the board (held
    // pieces, animations) is told, with where dropped pieces were let go.
    void onBoardChanged(const model::Board& before, const repr::PieceAnimator::Dropped& dropped = {});
    // A different board (opened, new): nothing carries over from the last one.
    void openBoard(model::Board board);

    // A friendly line for a few seconds: beside model `at` when it is on screen, else above the tray.
    void showMessage(const std::string& text, model::ModelId at = 0);
    // Where a model was drawn in the last scene, in screen pixels (none when it was not drawn).
    std::optional<scene::Rect> screenAreaOf(model::ModelId id) const;
    static bool onPanel(const void* self, float x, float y);
    void applyToolbar(const ui::ToolbarActions& actions);
    void updateLayout(int width, int height, bool offscreen);
    void fitBoard();
    void applyGallery(const ui::GalleryAction& action);
    // Opens (or refreshes) the gallery with the library's boards, with a line saying what was done
    // (app_gallery.cpp).
    void openGallery(const std::string& notice = {});
    // Renders the board alone (no panels) into a small picture for the gallery.
    bool writeThumbnail(const std::filesystem::path& path, std::string& error);
    void applyUserSettings();
    model::Board newBoard() const;
    void saveUserSettings();
    // The picked model's menu, the keypad and the board's level (app_models.cpp).
    PanelActions drawModelPanels(float displayWidth, float displayHeight);
    void applyModelPanels(const PanelActions& actions);
    void showAs(const model::Model& m, model::Representation kind);
    model::Point besideModel(const model::Model& m) const;
    void openKeypad(const model::ValueSlot& slot);

    Options options_;
    platform::Platform platform_;
    std::unique_ptr<render::Renderer> renderer_;
    ui::Panels panels_;
    ui::IconSet icons_;
    ui::Gallery gallery_;
    std::string galleryError_;
    BoardLibrary library_;
    std::filesystem::path boardFile_;  // the library file the open board came from (Save writes there); empty: none
    SettingsStore settings_;     // read only in the interactive app: pictures and replays use the defaults
    UserSettings user_;
    interaction::Camera camera_;
    interaction::BoardInput boardInput_;
    model::Session session_;     // the board, its undo history and its command log
    scene::Rect boardBounds_{};  // what the board's content covers (what "Fit" shows)
    repr::TraySpec tray_;        // the tray as last drawn
    repr::PieceAnimator animator_;
    repr::LevelAnimator levels_;
    FrameScheduler scheduler_;
    bool reducedMotion_ = false;
    bool selectMode_ = false;
    repr::ReadoutOptions readouts_;  // which numbers show under the charts
    std::string message_;        // a friendly line shown for a few seconds
    model::ModelId messageModel_ = 0;  // ...under this model (0: above the tray)
    double messageUntil_ = 0;
    scene::Scene scene_;
    std::string fontPath_;
    float uiScale_ = 1;
    float scaleFactor_ = 1;      // the teacher's "bigger / smaller" on top of the automatic scale
    bool needsFit_ = true;
    model::ModelId keepInView_ = 0;  // a model just made bigger from its menu: fit the board if it left the view
    int width_ = 0, height_ = 0;
    float panelScale_ = 1;       // drawable pixels per ImGui display coordinate
    double clock_ = 0;           // seconds of app time (advanced only through update's dt)
    double lastFrameTime_ = -1;  // when the last window frame started (seconds since start)
    model::ModelId pickedModel_ = 0;   // the model whose menu is open
    // Where the open menu stands: chosen while it opens (it measures itself over its first frames), then
    // kept while it stays open, so no button moves under a finger.
    std::optional<scene::Rect> menuAt_;
    int menuFrames_ = 0;
    struct Keypad {
        model::ValueSlot slot;   // what the typed number goes into
        std::string text;
    };
    std::optional<Keypad> keypad_;
    struct LabelEditor {
        model::ModelId model = 0;
        std::vector<std::string> labels;  // 0 the whole, n part n-1
    };
    std::optional<LabelEditor> labelEditor_;
    std::vector<std::string> labelShown_;  // the fields the label editor shows (comparison bars: no whole)
    std::vector<model::ModelId> factFamilies_;  // part-whole models showing their fact family
    // The drags whose commands make up the last undo step (drags at the same time share one step).
    std::vector<std::uint64_t> stepGestures_;
    std::vector<std::pair<model::ModelId, scene::Rect>> modelAreas_;  // where each model was drawn
    std::unique_ptr<std::ofstream> frameLog_;  // $TENFOLD_FRAME_LOG: a line per window frame (tests)
};

// The longest step of app time one frame may take: a stalled machine does not make animations jump.
inline constexpr double kMaxFrameSeconds = 1.0 / 20.0;
inline constexpr double kReplayFrameSeconds = 1.0 / 60.0;
inline constexpr double kMessageSeconds = 4.0;

// Median and 95th percentile of a list of durations (for --bench).
double percentile(std::vector<double> values, double p);

}  // namespace tenfold::app
