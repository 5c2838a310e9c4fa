// The frame every mode runs, in its fixed order (input, panels, their actions, update, scene, draw), the
// interactive loop's frame(), and the board changes it applies (commands, intents, undo, messages).
#include "app/app.hpp"

#include "app/menu_placement.hpp"
#include "app/replay_script.hpp"
#include "model/linked_rules.hpp"
#include "model/board_file.hpp"
#include "model/describe.hpp"
#include "model/file_store.hpp"
#include "render/offscreen.hpp"
#include "render/texture.hpp"
#include "representations/board_layout.hpp"
#include "representations/chrome.hpp"
#include "representations/palette.hpp"
#include "representations/tags.hpp"

#include "render/gl.hpp"
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include "model/text.hpp"
#include "platform/stop_signal.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace tenfold::app {

namespace {

constexpr float kScaleStep = 1.25f;
constexpr float kZoomStep = 1.25f;
constexpr float kFitMarginPx = 40.0f;
constexpr float kTopPanelPx = 64.0f;  // room at the top for the board's level bar
constexpr int kReferenceWidth = 1920, kReferenceHeight = 1080;

// The automatic UI scale: 1 up to 1080p, then growing with the screen, so a 4K whiteboard shows the
// same layout as a 1080p one, twice as large. A display that reports a high DPI may raise it further.
float automaticScale(int width, int height) {
    const float s = std::min(static_cast<float>(width) / kReferenceWidth, static_cast<float>(height) / kReferenceHeight);
    return std::max(1.0f, s);
}

}  // namespace

App::App(Options options) : options_(std::move(options)) {}

App::~App() {
    renderer_.reset();  // GL objects go before the context does
}

void App::updateLayout(int width, int height, bool offscreen) {
    // Offscreen pictures depend only on their size, so screenshots are the same on every machine.
    const float automatic = std::max(automaticScale(width, height), offscreen ? 1.0f : platform_.dpiScale());
    const float base = options_.scale > 0 ? options_.scale : automatic;
    const float scale = base * scaleFactor_;
    width_ = width;
    height_ = height;
    uiScale_ = scale;
    camera_.setViewport(static_cast<float>(width), static_cast<float>(height), uiScale_);
}

void App::fitBoard() {
    // Text keeps its smallest size on screen, so what the board covers depends on the zoom: fit, build for
    // the new zoom and fit again until the zoom settles (needsFit_ is cleared first: buildScene fits).
    needsFit_ = false;
    repr::settleZoom(camera_.pixelsPerUnit(), [&](float) { buildScene(width_, height_); return boardBounds_; },
                     [&](const scene::Rect& area) {
                         // A lesson's banner and bar take room too (app_lesson.cpp).
                         if (!fitLessonBoard(area, kFitMarginPx * uiScale_, kTopPanelPx * uiScale_))
                             camera_.fit(area, kFitMarginPx * uiScale_, repr::trayHeightPx(uiScale_), kTopPanelPx * uiScale_);
                         return camera_.pixelsPerUnit();
                     });
}

void App::runFrame(const platform::FrameInput& in, double dt, int width, int height, bool offscreen) {
    // The fixed order of every frame: nothing below changes state once drawing has begun.
    updateLayout(width, height, offscreen);
    applyInput(in);
    const UiActions actions = drawPanels(width, height, offscreen);
    applyPanels(actions);
    if (actions.any()) {
        // The panels were built before their own actions changed things: build them once more, so this
        // very frame shows what the tap did (a digit in the keypad, a menu that opened) instead of the next.
        applyPanels(drawPanels(width, height, offscreen));
    }
    update(dt);
    if (needsFit_ && room().given()) makeRoomForText();
    buildScene(width, height);
    draw(width, height);
}

App::UiActions App::drawPanels(int width, int height, bool offscreen) {
    const float fb = offscreen ? 1.0f : platform_.framebufferScale();
    panelScale_ = fb;
    panels_.setScale(uiScale_ / fb, fb, fontPath_);
    panels_.setHighContrast(look().highContrast);
    // The panels only report what was pressed; applyPanels acts on it once they are built.
    platform_.imguiNewFrame(width, height, offscreen);
    ImGui::NewFrame();
    ui::ToolbarState state;
    state.displayWidth = static_cast<float>(width) / fb;
    state.displayHeight = static_cast<float>(height) / fb;
    state.trayHeight = repr::trayHeightPx(uiScale_) / fb;
    state.left = repr::trayTilesRight(repr::traySpecFor(session_.board(), trayModel()), uiScale_, boardInput_.armedTrayItem() >= 0) / fb;
    state.fullscreen = !offscreen && platform_.fullscreen();
    state.uiScale = uiScale_;
    state.scaleIsAuto = options_.scale <= 0 && std::abs(scaleFactor_ - 1.0f) < 1e-4f;
    state.canUndo = session_.canUndo();
    state.canRedo = session_.canRedo();
    state.selectMode = selectMode_;
    state.hasSelection = !boardInput_.selection().empty();
    state.readouts[0] = readouts_.numeral;
    state.readouts[1] = readouts_.expanded;
    state.readouts[2] = readouts_.words;
    state.readouts[3] = readouts_.sentence;
    state.exchangeMode = session_.board().settings.exchange;
    state.beadColours = session_.board().settings.beadColours;
    state.colourBlind = colourBlind();
    state.reducedMotion = reducedMotion_;
    state.look = look();
    state.boardInches = room().boardInches;
    state.backRowMetres = room().given() ? room().backRowMetres : user_.backRowMetres;
    UiActions out;
    out.toolbar = panels_.drawToolbar(state);
    out.lesson = drawLessonPanels(state.displayWidth, state.displayHeight);
    out.gallery = gallery_.draw(uiScale_ / fb, galleryError_);
    out.models = drawModelPanels(state.displayWidth, state.displayHeight);
    out.question = question_.draw(uiScale_ / fb);  // over everything else, while it waits for an answer
    ImGui::Render();
    return out;
}

void App::applyPanels(const UiActions& actions) {
    applyToolbar(actions.toolbar);
    applyLessonPanels(actions.lesson);
    applyGallery(actions.gallery);
    applyModelPanels(actions.models);
    applyQuestion(actions.question);
}

void App::draw(int width, int height) {
    const render::View boardView{camera_.centreX(), camera_.centreY(), camera_.pixelsPerUnit()};
    const render::View screenView{0.5f * static_cast<float>(width), 0.5f * static_cast<float>(height), 1.0f};
    const repr::Surface surface = repr::surfaceFor(look());
    render::Paper paper;
    paper.paper = surface.paper;
    paper.grid = surface.grid;
    renderer_->beginFrame(width, height, paper, boardView);
    renderer_->drawLayer(scene_.board, boardView);
    renderer_->drawLayer(scene_.screen, screenView);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

namespace {
void addLayer(Fingerprint& fp, const scene::Layer& layer) {
    fp.addValue(layer.shapes.size());
    for (const scene::Shape& s : layer.shapes) {
        // Field by field: a struct's padding bytes are not part of the picture.
        const float f[] = {s.x, s.y, s.w, s.h, s.radius, s.fill.r, s.fill.g, s.fill.b, s.fill.a, s.outline.r, s.outline.g,
                           s.outline.b, s.outline.a, s.outlineWidth, s.shading, s.cellLine};
        fp.add(f, sizeof f);
        const int i[] = {static_cast<int>(s.kind), s.cellsX, s.cellsY};
        fp.add(i, sizeof i);
    }
    fp.addValue(layer.texts.size());
    for (const scene::Text& t : layer.texts) {
        fp.add(t.text.data(), t.text.size());
        const float f[] = {t.x, t.y, t.size, t.colour.r, t.colour.g, t.colour.b, t.colour.a};
        fp.add(f, sizeof f);
        fp.addValue(static_cast<int>(t.align));
    }
}
}  // namespace

std::uint64_t App::pictureFingerprint() const {
    Fingerprint fp;
    addLayer(fp, scene_.board);
    addLayer(fp, scene_.screen);
    const float view[] = {camera_.centreX(), camera_.centreY(), camera_.pixelsPerUnit(), static_cast<float>(width_),
                          static_cast<float>(height_)};
    fp.add(view, sizeof view);
    fp.addValue(ui::drawDataFingerprint());
    return fp.value();
}

bool App::moving() const {
    // A Fit asked for while the scene was built (the lesson banner changed its height) is done next frame.
    return animator_.active(clock_) || levels_.active(clock_) || ui::panelsSettling() || needsFit_;
}

std::optional<double> App::nextChange() const {
    const std::optional<double> lesson = lessonNextChange();  // the next command of How we built it
    if (!message_.empty()) return lesson ? std::min(*lesson, messageUntil_) : messageUntil_;
    return lesson;
}

repr::Look App::look() const {
    repr::Look look;
    look.backdrop = repr::backdropNamed(options_.background.empty() ? user_.background : options_.background)
                        .value_or(repr::Backdrop::Paper);
    look.highContrast = options_.highContrast || user_.highContrast;
    return look;
}

repr::Room App::room() const {
    if (options_.roomInches > 0) return {options_.roomInches, options_.roomMetres};
    return {user_.boardInches, user_.backRowMetres};
}

repr::TextFloors App::textFloors(int height) const {
    // A picture stands for a whole screen; a window is on its display.
    const float screen = options_.mode == Mode::Run ? platform_.displayHeightPx() : static_cast<float>(height);
    return repr::roomFloors(room(), screen, uiScale_, renderer_ ? renderer_->font().capHeight(1.0f) : 0.0f);
}

void App::makeRoomForText() {
    repr::BoardViewOptions view = layoutOptions(factFamilies_);
    view.uiScale = uiScale_;
    view.floors = textFloors(height_);
    interaction::Camera fitted = camera_;
    const std::vector<model::Command> moves =
        repr::roomForText(session_.board(), view, camera_.pixelsPerUnit(), [&](const scene::Rect& area) {
            fitted.fit(area, kFitMarginPx * uiScale_, repr::trayHeightPx(uiScale_), kTopPanelPx * uiScale_);
            return fitted.pixelsPerUnit();
        });
    if (moves.empty()) return;
    const model::Board before = session_.board();
    if (!session_.applyAll(moves).ok()) return;
    onBoardChanged(before, {});
    animator_.clear();  // the models are in their places before the Fit measures them
}

bool App::colourBlind() const {
    return repr::palette::schemeNamed(user_.palette) == repr::palette::Scheme::ColourBlind ||
           repr::palette::schemeNamed(session_.board().settings.palette) == repr::palette::Scheme::ColourBlind;
}

void App::applyToolbar(const ui::ToolbarActions& a) {
    if (!a.any()) return;
    const float cx = 0.5f * camera_.viewportWidth();
    const float cy = 0.5f * (camera_.viewportHeight() - repr::trayHeightPx(uiScale_));
    if (a.zoomIn) camera_.zoomAbout(cx, cy, kZoomStep);
    if (a.zoomOut) camera_.zoomAbout(cx, cy, 1.0f / kZoomStep);
    if (a.fit) needsFit_ = true;
    if (a.toggleFullscreen) platform_.setFullscreen(!platform_.fullscreen());
    if (a.scaleUp) scaleFactor_ = std::min(scaleFactor_ * kScaleStep, kMaxScaleFactor);
    if (a.scaleDown) scaleFactor_ = std::max(scaleFactor_ / kScaleStep, kMinScaleFactor);
    if (a.scaleAuto) scaleFactor_ = 1.0f;
    if (a.undo) undo();
    if (a.redo) redo();
    if (a.toggleSelect) {
        selectMode_ = !selectMode_;
        if (!selectMode_) boardInput_.clearSelection();
    }
    if (a.duplicate) applyCommands(boardInput_.duplicateSelection(session_.board()));
    if (a.toggleAllReadouts) {
        const bool show = !(readouts_.numeral || readouts_.expanded || readouts_.words || readouts_.sentence);
        readouts_ = repr::ReadoutOptions{show, show, show, show};
    }
    if (a.toggleReadout >= 0) {
        bool* flags[] = {&readouts_.numeral, &readouts_.expanded, &readouts_.words, &readouts_.sentence};
        *flags[a.toggleReadout] = !*flags[a.toggleReadout];
    }
    if (a.clear) {
        boardInput_.clearSelection();
        applyCommands(model::clearPiecesIntent(session_.board()));
    }
    if (a.setExchangeMode) {
        model::Settings board = session_.board().settings;
        board.exchange = *a.setExchangeMode;
        applyCommands({model::SetSettings{board}});
        user_.exchangeMode = std::string(model::exchangeModeId(board.exchange));
        saveUserSettings();
    }
    if (a.setBeadColours) {
        model::Settings board = session_.board().settings;
        board.beadColours = *a.setBeadColours;
        if (!(board == session_.board().settings)) applyCommands({model::SetSettings{board}});
        user_.beadColours = std::string(model::beadColoursId(board.beadColours));
        saveUserSettings();
    }
    if (a.setColourBlind) {
        // One name per palette, in the board file and in the teacher's settings alike.
        const std::string palette(repr::palette::schemeId(*a.setColourBlind ? repr::palette::Scheme::ColourBlind
                                                                           : repr::palette::Scheme::Standard));
        user_.palette = palette;
        model::Settings board = session_.board().settings;
        board.palette = palette;
        if (!(board == session_.board().settings)) applyCommands({model::SetSettings{board}});
        saveUserSettings();
    }
    if (a.setReducedMotion) {
        reducedMotion_ = *a.setReducedMotion;
        user_.reducedMotion = reducedMotion_;
        if (reducedMotion_) {
            animator_.clear();
            levels_.clear();
        }
        saveUserSettings();
    }
    if (a.setBackdrop || a.setHighContrast || a.setBoardInches || a.setBackRowMetres) {
        // The teacher's choice wins over the command line's from now on.
        if (a.setBackdrop) {
            user_.background = std::string(repr::backdropId(*a.setBackdrop));
            options_.background.clear();
        }
        if (a.setHighContrast) {
            user_.highContrast = *a.setHighContrast;
            options_.highContrast = false;
        }
        if (a.setBoardInches || a.setBackRowMetres) {
            const repr::Room was = room();
            user_.boardInches = a.setBoardInches.value_or(was.boardInches);
            user_.backRowMetres = a.setBackRowMetres.value_or(was.given() ? was.backRowMetres : user_.backRowMetres);
            options_.roomInches = options_.roomMetres = 0;
            needsFit_ = true;  // text of another size: the board is fitted again
        }
        saveUserSettings();
    }
    if (a.scaleUp || a.scaleDown || a.scaleAuto) {
        user_.scaleFactor = scaleFactor_;
        saveUserSettings();
    }
    if (a.openGallery) {
        galleryError_.clear();
        openGallery();
    }
}

bool App::onPanel(const void* self, float x, float y) {
    const App* app = static_cast<const App*>(self);
    // A question waiting for an answer, or the gallery, has the whole screen: nothing reaches the board.
    if (app->asking_ != Asking::Nothing || app->gallery_.isOpen()) return true;
    return app->panels_.covers(x / app->panelScale_, y / app->panelScale_) ||
           app->lessonPanel_.covers(x / app->panelScale_, y / app->panelScale_);
}

void App::applyCommands(const std::vector<model::Command>& commands, const std::vector<repr::FloatingPiece>& dropped,
                        std::uint64_t gesture) {
    if (commands.empty()) return;
    lessonBeforeEdit();
    const model::Board before = session_.board();
    // One gesture, one step: all of it or (with the reason shown) none of it, and one undo takes it back.
    // Drags made at the same time (two children on two linked views) share the step while nothing else
    // comes between, so their moves interleaving does not make one step per move.
    const bool continuing =
        gesture != 0 && std::any_of(stepGestures_.begin(), stepGestures_.end(), [&](std::uint64_t g) {
            return g == gesture || boardInput_.gestureActive(g);
        });
    const model::Status done = continuing ? session_.continueLast(commands) : session_.applyAll(commands);
    if (!done) {
        showMessage(done.error().message, model::commandModel(commands.front()).value_or(0));
        return;
    }
    if (!continuing) stepGestures_.clear();
    if (gesture != 0 && std::find(stepGestures_.begin(), stepGestures_.end(), gesture) == stepGestures_.end())
        stepGestures_.push_back(gesture);
    // A model the edit made bigger pushes its neighbours out of the way, in the same undo step. A model
    // moved by hand (its tab dragged) is where the teacher put it.
    const bool byHand = std::all_of(commands.begin(), commands.end(),
                                    [](const model::Command& c) { return std::holds_alternative<model::MoveModel>(c); });
    if (!byHand) keepModelsApart(before, factFamilies_, true);
    repr::PieceAnimator::Dropped spots;
    for (const repr::FloatingPiece& fp : dropped) spots[{fp.model, fp.piece}] = {fp.x, fp.y, 1.0f};
    onBoardChanged(before, spots);
    // Which block is one changed by itself (0.45, then 0.123): said beside the blocks.
    for (const model::ModelNote& n : model::blockScaleNotes(before, session_.board(), commands)) showMessage(n.text, n.model);
}

repr::BoardViewOptions App::layoutOptions(const std::vector<model::ModelId>& factFamilies) const {
    // What decides each model's size at rest: its own level (not one on its way), readouts, fact families.
    repr::BoardViewOptions view;
    view.readouts = readouts_;
    view.factFamilies = factFamilies;
    // The real font at the text's own sizes (no zoom): where models stand must not depend on how far the
    // teacher zoomed out. When text keeps its smallest size at a far zoom, the views compact it instead.
    if (renderer_) view.text = &renderer_->font();
    return view;
}

bool App::keepModelsApart(const model::Board& before, const std::vector<model::ModelId>& factFamiliesBefore, bool sameStep) {
    // The models that changed size (or are new) stay where they are; the others make room.
    model::ModelId grown = 0;
    const std::vector<model::Command> moves =
        repr::keepApart(before, session_.board(), layoutOptions(factFamiliesBefore), layoutOptions(factFamilies_), &grown);
    if (grown != 0) keepInView_ = grown;  // a model that grew is brought into view (the last one, when linked views grew)
    if (moves.empty()) return false;
    // Moves of models that are there, to places on the board: the engine has no reason to refuse them.
    return (sameStep ? session_.continueLast(moves) : session_.applyAll(moves)).ok();
}

void App::applyIntent(const model::Result<std::vector<model::Command>>& intent, model::ModelId at) {
    if (!intent) {
        showMessage(intent.error().message, at);
        return;
    }
    applyCommands(intent.value());
}

void App::onBoardChanged(const model::Board& before, const repr::PieceAnimator::Dropped& dropped) {
    const model::Board& after = session_.board();
    // A message says why something did not happen: once the board has changed, it is out of date.
    message_.clear();
    levels_.boardChanged(before, after, clock_, reducedMotion_);
    boardInput_.boardChanged(before, after);
    animator_.boardChanged(before, after, clock_, reducedMotion_, dropped);
    lessonBoardChanged();
    noteWorkChanged();
}

std::optional<scene::Rect> App::screenAreaOf(model::ModelId id) const {
    for (const auto& [model, r] : modelAreas_) {
        if (model != id) continue;
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        camera_.toScreen(r.x, r.y, x0, y0);
        camera_.toScreen(r.x + r.w, r.y + r.h, x1, y1);
        return scene::Rect{x0, y0, x1 - x0, y1 - y0};
    }
    return std::nullopt;
}

void App::showMessage(const std::string& text, model::ModelId at, double seconds) {
    message_ = text;
    messageModel_ = at;
    messageUntil_ = clock_ + seconds;
}

void App::openBoard(model::Board board) { openSession(model::Session(std::move(board))); }

void App::openSession(model::Session session) {
    session_ = std::move(session);
    message_.clear();
    animator_.clear();
    levels_.clear();
    pickedModel_ = 0;
    touchedModel_ = 0;
    keypad_.reset();
    labelEditor_.reset();
    factFamilies_.clear();
    stepGestures_.clear();
    boardInput_.reset();
    boardInput_.clearSelection();
    needsFit_ = true;
    noteWorkChanged();
}

model::Board App::newBoard() const {
    // A new board: an empty Th H T O chart of blocks, ready for the tray.
    model::Board b;
    b.settings.exchange = model::exchangeModeFromId(user_.exchangeMode).value_or(model::ExchangeMode::Offered);
    b.settings.beadColours = model::beadColoursFromId(user_.beadColours).value_or(model::BeadColours::ByLength);
    b.settings.palette = user_.palette;
    auto added = model::applyCommand(b, model::AddModel{model::Representation::Blocks, model::Level::Concrete,
                                                        model::Point{0, 0}, model::Value{}, std::nullopt});
    return added ? added.value() : b;
}

void App::applyUserSettings() {
    for (const std::string& w : settings_.load()) std::cerr << "tenfold: " << w << "\n";
    user_ = settings_.settings();
    // Settings written before palettes had one name each say "colour-blind".
    if (user_.palette == "colour-blind") user_.palette = std::string(repr::palette::schemeId(repr::palette::Scheme::ColourBlind));
    scaleFactor_ = user_.scaleFactor;
    reducedMotion_ = user_.reducedMotion;
    if (options_.board.empty()) {
        // The default board takes the teacher's choices; a board from a file keeps its own.
        model::Board b = session_.board();
        b.settings.exchange = model::exchangeModeFromId(user_.exchangeMode).value_or(b.settings.exchange);
        b.settings.beadColours = model::beadColoursFromId(user_.beadColours).value_or(b.settings.beadColours);
        b.settings.palette = user_.palette;
        session_.reset(b);
    }
}

void App::saveUserSettings() {
    if (options_.mode != Mode::Run) return;  // pictures and replays never touch the teacher's settings
    if (model::Status saved = settings_.update(user_); !saved) showMessage(saved.error().message);
}

void App::applyInput(const platform::FrameInput& in) {
    const interaction::InputContext ctx{session_.board(), scene_, tray_,
                                        static_cast<float>(height_) - repr::trayHeightPx(uiScale_), uiScale_,
                                        selectMode_, &App::onPanel, this};
    for (const interaction::PointerEvent& e : in.pointers) {
        const interaction::InputResult r = boardInput_.pointer(e, camera_, ctx);
        if (!r.message.empty()) showMessage(r.message, r.messageModel);
        applyCommands(r.commands, r.dropped, r.gesture);
        if (r.pickedModel != 0) pickedModel_ = pickedModel_ == r.pickedModel ? 0 : r.pickedModel;
        if (r.ask) openKeypad(*r.ask);
        if (r.pickedModel != 0) touchedModel_ = r.pickedModel;
        else if (r.ask) touchedModel_ = r.ask->model;
        else if (!r.commands.empty()) touchedModel_ = model::commandModel(r.commands.front()).value_or(touchedModel_);
    }
    for (const interaction::WheelEvent& w : in.wheels) {
        if (!panels_.wantsPointer()) boardInput_.wheel(w, camera_);
    }
    for (platform::KeyAction k : in.keys) {
        const float cx = 0.5f * camera_.viewportWidth(), cy = 0.5f * camera_.viewportHeight();
        switch (k) {
        case platform::KeyAction::ToggleFullscreen: platform_.setFullscreen(!platform_.fullscreen()); break;
        case platform::KeyAction::LeaveFullscreen: platform_.setFullscreen(false); break;
        case platform::KeyAction::ZoomIn: camera_.zoomAbout(cx, cy, kZoomStep); break;
        case platform::KeyAction::ZoomOut: camera_.zoomAbout(cx, cy, 1.0f / kZoomStep); break;
        case platform::KeyAction::Fit: needsFit_ = true; break;
        case platform::KeyAction::Undo: undo(); break;
        case platform::KeyAction::Redo: redo(); break;
        case platform::KeyAction::Quit:
            if (askToQuit()) quitting_ = true;
            break;
        case platform::KeyAction::None: break;
        }
    }
    if (in.focusLost) boardInput_.reset();
}

void App::undo() {
    const model::Board before = session_.board();
    // A drag that ended where it began left a step that changes nothing: skip it, so Undo always shows.
    while (session_.undo() && session_.board() == before) {
    }
    if (session_.board() == before) return;
    stepGestures_.clear();
    onBoardChanged(before);
}

void App::redo() {
    const model::Board before = session_.board();
    if (!session_.redo()) return;
    stepGestures_.clear();
    onBoardChanged(before);
}

void App::buildScene(int width, int height) {
    scene_.board.clear();
    scene_.screen.clear();
    repr::BoardViewOptions view;
    view.floating = boardInput_.floating(session_.board(), camera_, tray_);
    for (const interaction::PieceRef& r : boardInput_.selection()) view.selected.emplace_back(r.model, r.piece);
    view.selectionBox = boardInput_.selectionBox(camera_);
    view.animator = &animator_;
    view.readouts = readouts_;
    view.colourBlind = repr::palette::schemeNamed(user_.palette) == repr::palette::Scheme::ColourBlind;
    view.now = clock_;
    view.levels = levels_.shownLevels(session_.board(), clock_);
    view.factFamilies = factFamilies_;
    view.selectedModel = pickedModel_;
    modelAreas_.clear();
    view.areas = &modelAreas_;
    view.text = &renderer_->font();
    view.pixelsPerUnit = camera_.pixelsPerUnit();
    view.uiScale = uiScale_;
    view.floors = textFloors(height);
    boardBounds_ = repr::buildBoard(scene_.board, session_.board(), view);
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    repr::buildTray(scene_.screen, w, h, uiScale_);
    tray_ = repr::traySpecFor(session_.board(), trayModel());
    repr::buildTrayItems(scene_.screen, tray_, h, uiScale_,
                         colourBlind() ? repr::palette::Scheme::ColourBlind : repr::palette::Scheme::Standard,
                         boardInput_.armedTrayItem(), boardInput_.keepAdding());
    if (!message_.empty()) buildMessage(w, h);
    if (needsFit_) {
        fitBoard();  // builds the whole scene again, for the zoom it settles on: nothing more to add here
        return;
    }
    if (keepInView_ != 0) {
        // A model that just grew (a longer string, labels, a pushed neighbour's room) is panned back into
        // view, without undoing the teacher's zoom unless it no longer fits.
        for (const auto& [id, r] : modelAreas_) {
            if (id == keepInView_)
                camera_.bringIntoView(r, kFitMarginPx * uiScale_, repr::trayHeightPx(uiScale_) + lessonBarPx(),
                                      lessonTopPx(kTopPanelPx * uiScale_));
        }
        keepInView_ = 0;
    }
    buildLessonScene(w, h, kTopPanelPx * uiScale_);
    if (look().highContrast) repr::applyHighContrast(scene_);  // last: everything on screen alike
}

void App::buildMessage(float w, float h) {
    const float textWidth = renderer_->font().measure(message_, repr::kMessageTextSize * uiScale_);
    const float trayTop = h - repr::trayHeightPx(uiScale_) - lessonBarPx();
    // The keypad (or the labels editor) says it, where the teacher is looking.
    if ((keypad_ && keypad_->slot.model == messageModel_) || (labelEditor_ && labelEditor_->model == messageModel_)) return;
    const scene::Rect size = repr::messageSize(uiScale_, textWidth);
    const MenuRoom room{w, h, 0, trayTop, 12.0f * uiScale_};
    const std::optional<scene::Rect> area = screenAreaOf(messageModel_);
    const bool onScreen = area && area->x + area->w > 0 && area->x < w && area->y < trayTop && area->y + area->h > 0;
    if (!onScreen) {
        // About nothing on screen: above the tray, in the middle.
        repr::buildMessagePill(scene_.screen, message_, 0.5f * (w - size.w), trayTop - room.margin - size.h, uiScale_, textWidth);
        return;
    }
    // Beside the model it is about, never over the numbers under a chart, another model or a panel.
    constexpr float kReadoutWeight = 20, kPanelWeight = 10, kOwnModelWeight = 2;
    std::vector<Obstacle> obstacles;
    for (const scene::Text& t : scene_.board.texts) {
        if (t.tag == 0 || repr::tagKind(t.tag) != repr::TagKind::Readout) continue;
        const float tw = renderer_->font().measure(t.text, t.size);
        const float left = t.align == scene::Align::Left ? t.x : t.align == scene::Align::Centre ? t.x - 0.5f * tw : t.x - tw;
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        camera_.toScreen(left, t.y - 0.8f * t.size, x0, y0);
        camera_.toScreen(left + tw, t.y + 0.25f * t.size, x1, y1);
        obstacles.push_back({scene::Rect{x0, y0, x1 - x0, y1 - y0}, kReadoutWeight});
    }
    for (const auto& [id, r] : modelAreas_) {
        if (const auto s = screenAreaOf(id)) obstacles.push_back({*s, id == messageModel_ ? kOwnModelWeight : 1.0f});
    }
    for (const ui::Panels::ButtonRect& p : panels_.windows()) {
        obstacles.push_back({scene::Rect{p.x0 * panelScale_, p.y0 * panelScale_, (p.x1 - p.x0) * panelScale_, (p.y1 - p.y0) * panelScale_},
                             kPanelWeight});
    }
    const scene::Rect at = placeBeside(room, *area, size.w, size.h, obstacles);
    repr::buildMessagePill(scene_.screen, message_, at.x, at.y, uiScale_, textWidth);
}

void App::update(double dt) {
    // Time passes through dt only. While something moves, a stalled machine must not make it jump; at rest
    // the whole gap counts (a message that was due to leave during a sleep has left).
    clock_ += moving() ? std::min(dt, kMaxFrameSeconds) : dt;
    if (!message_.empty() && clock_ >= messageUntil_) message_.clear();
    updateLesson();
}

bool App::frame() {
    // Sleep in the event queue until input comes, the picture is due to change by itself or autosave is due.
    const platform::FrameInput in =
        platform_.collect(autosaveWaitMs(scheduler_.waitMilliseconds(platform::Platform::secondsSinceStart())));
    if (platform::stopSignal() != 0) return false;  // the caller keeps the work
    if (in.quit && askToQuit()) return false;       // closing the window asks first when work is unsaved
    tickAutosave();
    if (in.any) scheduler_.inputArrived();
    const double now = platform::Platform::secondsSinceStart();
    if (!scheduler_.wantsFrame(now)) return true;
    const double dt = lastFrameTime_ < 0 ? 0.0 : now - lastFrameTime_;
    lastFrameTime_ = now;
    int w = 0, h = 0;
    platform_.drawableSize(w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    runFrame(in, dt, w, h, false);
    platform_.present();
    const std::optional<double> change = nextChange();
    scheduler_.frameDrawn(now, pictureFingerprint(), moving(),
                          change ? std::optional<double>(now + (*change - clock_)) : std::nullopt);
    if (frameLog_) {
        // For real-window tests: when each frame was presented (the system's monotonic clock, as another
        // process reads it), when the picture will next change by itself (-1: not until input comes), and
        // how many steps the board's log holds (the kill test: when each change was on screen).
        const auto wall = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
        *frameLog_ << std::fixed << wall << " " << (change ? wall + (*change - clock_) : -1.0) << " "
                   << session_.log().size() << std::endl;
    }
    return !quitting_;
}

}  // namespace tenfold::app
