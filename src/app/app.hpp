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
#include "app/autosave.hpp"
#include "app/board_library.hpp"
#include "app/lesson_library.hpp"
#include "app/presenter.hpp"
#include "app/settings_store.hpp"
#include "ui/gallery.hpp"
#include "ui/icons.hpp"
#include "ui/lesson_panel.hpp"
#include "ui/panels.hpp"
#include "ui/question_panel.hpp"

#include <fstream>
#include <variant>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace tenfold::app {

// The longest step of app time one frame may take: a stalled machine does not make animations jump.
inline constexpr double kMaxFrameSeconds = 1.0 / 20.0;
inline constexpr double kReplayFrameSeconds = 1.0 / 60.0;
inline constexpr double kMessageSeconds = 4.0;

class App {
public:
    explicit App(Options options);
    App(const App&) = delete;
    App& operator=(const App&) = delete;
    ~App();

    // Runs the mode the options ask for and returns the process exit status.
    int run();

    // What is open when it is a lesson (for autosave): the lesson as it is now, every step with the board it
    // started from and the history of what the class did, its file (empty: never saved) and the step on
    // screen (from 0). Nothing when no lesson is open.
    struct OpenLesson {
        model::Lesson lesson;
        std::filesystem::path file;
        std::size_t step = 0;
    };
    std::optional<OpenLesson> openLesson() const;
    // What is open when it is a board: the board it started from and what was done to it since (so
    // start + log is the board on screen) and its file in the board library (empty: none).
    struct OpenBoard {
        model::Board start;
        std::vector<model::Command> log;
        std::filesystem::path file;
    };
    // What is open, board or lesson, as autosave keeps it (a lesson being presented reopens with
    // startLesson(lesson, file, step, error)).
    using WhatIsOpen = std::variant<OpenBoard, OpenLesson>;
    WhatIsOpen whatIsOpen() const;

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
        ui::LessonActions lesson;
        int question = -1;  // the choice pressed in the question that waits (recovery, quitting)
        bool any() const {
            return toolbar.any() || gallery.kind != ui::GalleryAction::None || models.any() || lesson.any() || question >= 0;
        }
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
    // The same with its history (a lesson's step).
    void openSession(model::Session session);

    // A friendly line for a few seconds: beside model `at` when it is on screen, else above the tray.
    void showMessage(const std::string& text, model::ModelId at = 0, double seconds = kMessageSeconds);
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

    // ---- A lesson on the screen (app_lesson.cpp) ---------------------------------------------------------
    // Opens a lesson at step `step` (from 0); false with `error` set when it cannot be opened.
    bool startLesson(model::Lesson lesson, std::filesystem::path file, std::size_t step, std::string& error);
    // A lesson file from the gallery; the board that is open stays open when it cannot be opened.
    bool openLessonFile(const std::filesystem::path& path, std::string& error);
    // Closes the lesson; the step on screen stays on the board.
    void closeLesson();
    // "Add this board as a step": after the step on screen, or the first step of a new lesson.
    void addBoardAsStep();
    void saveLesson(bool copy);
    ui::LessonActions drawLessonPanels(float displayWidth, float displayHeight);
    void applyLessonPanels(const ui::LessonActions& actions);
    void updateLesson();                               // the next command of How we built it, when due
    std::optional<double> lessonNextChange() const;
    void buildLessonScene(float width, float height, float levelBarRoom);  // the banner, the Check card, its ring
    float lessonBarPx() const;                         // the lesson bar's height (0 with no lesson)
    float lessonTopPx(float levelBarRoom) const;       // the room at the top: the level bar's, or the banner's
    float bannerBottomPx(float levelBarRoom) const;    // the banner's bottom edge and margin, pixels
    float bannerHeightPx(float levelBarRoom) const;    // the banner's height, pixels
    // Fits the board under the banner, or in the column beside it when that shows it larger.
    void fitUnderOrBesideBanner(const scene::Rect& area, float marginPx, float bottomPx, float levelBarRoom);
    // Fits `area` (the board) between the banner and the lesson bar (false: no lesson).
    bool fitLessonBoard(const scene::Rect& area, float marginPx, float levelBarRoom);
    void lessonBoardChanged();                         // the verdict is out of date
    void lessonBeforeEdit();                           // an edit during How we built it continues from there
    std::optional<std::string> lessonQuery(const std::vector<std::string>& subject, std::string& error) const;
    void addLessonSpots(std::map<std::string, scene::Rect>& out) const;

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
    long replayFrames_ = 0;  // frames a replay has run (replayFrame)
    float scaleFactor_ = 1;      // the teacher's "bigger / smaller" on top of the automatic scale
    bool needsFit_ = true;
    model::ModelId keepInView_ = 0;  // a model just made bigger from its menu: fit the board if it left the view
    int width_ = 0, height_ = 0;
    float panelScale_ = 1;       // drawable pixels per ImGui display coordinate
    double clock_ = 0;           // seconds of app time (advanced only through update's dt)
    double lastFrameTime_ = -1;  // when the last window frame started (seconds since start)
    model::ModelId pickedModel_ = 0;   // the model whose menu is open
    // The model a child last touched (its tab, a piece, a handle): with the picked model, it decides what the
    // tray offers (repr::traySpecFor), so a purse beside a chart gets coins.
    model::ModelId touchedModel_ = 0;
    model::ModelId trayModel() const { return pickedModel_ != 0 ? pickedModel_ : touchedModel_; }
    // Where the open menu stands: chosen while it opens (it measures itself over its first frames), then
    // kept while it stays open, so no button moves under a finger.
    std::optional<scene::Rect> menuAt_;
    std::optional<scene::Rect> menuModelArea_;  // the picked model on screen when the menu was placed
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

    std::optional<Presenter> lesson_;    // the open lesson; the session of its step on screen is session_
    ui::LessonPanel lessonPanel_;
    LessonLibrary lessons_;
    bool varyOpen_ = false;
    std::vector<VaryChoice> varyChoices_;  // what Vary offers for the step on screen, while it is open
    float promptPx_ = 0;                  // the prompt's size, chosen when the board was last fitted
    float bannerHeight_ = 0;              // the banner's height in the last frame (a change refits)
    float shownPromptPx_ = 0;             // the prompt's size as drawn in the last frame (0: hidden)
    bool boardBesideBanner_ = false;      // the board was fitted beside the banner, not under it
    float fittedBannerLeft_ = -1;         // the banner's left edge when the board was last fitted
    double lessonOpenMs_ = 0;             // reading and opening the lesson of the command line (--bench)

    // ---- Keeping the work: autosave, recovery, quitting (app_autosave.cpp) ------------------------------
    // What autosave keeps: the one place that says what the open work is.
    AutosaveWork autosaveWork() const;
    // The window's start: the recovery slot claimed, work left there offered, autosave running.
    void startKeepingWork();
    // What the start must say on screen (settings that had to be reset): a window's and a replay's start.
    void showStartNotice();
    void offerRecovery();
    // Something autosave keeps changed (the board, its file or name): noted, written a little later.
    void noteWorkChanged();
    // Hands a snapshot to autosave when one is due, and says when a write failed. Every window frame.
    void tickAutosave();
    // How long the loop may wait for input (`wait` as the scheduler says) so autosave is not late.
    int autosaveWaitMs(int wait) const;
    // A stop signal came: the open work is written to the recovery slot (the next start offers it).
    void keepWorkForSignal(int signal);
    // A clean quit: autosave stops and the recovery slot is emptied (unless its offer was never answered).
    void finishKeepingWork();
    // The board differs from what its file holds (or it was never kept anywhere).
    bool unsavedChanges() const;
    // Quitting was asked for (Ctrl+Q, the window closed): true to quit now; else the question is shown.
    bool askToQuit();
    void applyQuestion(int choice);
    // The open board saved back into its library file / as a new library board, with its thumbnail.
    model::Status saveInPlace();
    model::Result<std::filesystem::path> saveAsNew(std::string_view typedName);
    void saveThumbnail(const std::filesystem::path& boardFile);
    // The file the open board is kept in now (empty: none) and what that file holds (none: not kept).
    void boardKept(std::filesystem::path file, std::optional<model::Board> kept);
    // The library board a recovered board came from, by its name (empty when it is not there).
    std::filesystem::path libraryBoardNamed(const std::string& name) const;
    std::filesystem::path savedLessonNamed(const std::string& name) const;  // the lessons folder's, or ""
    // Saves the open lesson (in place, or a new file when it has none there or `copy`): its file.
    model::Result<std::filesystem::path> keepLesson(bool copy);

    std::unique_ptr<ClaimedSlot> recoverySlot_;
    std::unique_ptr<Autosave> autosave_;
    std::optional<model::Lesson> savedLesson_;  // the open lesson as its file holds it (none: never saved)
    std::optional<model::Board> savedBoard_;   // the open board as its file holds it, or as it started
    std::optional<RecoveredBoard> recovered_;  // offered at the start until the teacher answers
    enum class Asking { Nothing, Recovery, Quit };
    Asking asking_ = Asking::Nothing;
    ui::QuestionPanel question_;
    bool quitting_ = false;                    // a quit was answered (or needed no question): stop after this frame
    std::vector<double> autosaveSnapshotMs_;   // the frame's share of each autosave (for --bench)
};

// Median and 95th percentile of a list of durations (for --bench).
double percentile(std::vector<double> values, double p);

}  // namespace tenfold::app
