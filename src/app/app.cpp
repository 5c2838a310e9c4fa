// The main loop and the three ways to run: a window, a screenshot, a benchmark.
#include "app/app.hpp"
#include "app/app_texts.hpp"

#include "app/replay_script.hpp"
#include "model/board_file.hpp"
#include "model/describe.hpp"
#include "render/offscreen.hpp"
#include "render/texture.hpp"
#include "representations/chrome.hpp"
#include "representations/palette.hpp"
#include "representations/tags.hpp"

#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include "model/text.hpp"

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
constexpr int kScreenshotFrames = 3;  // ImGui lays out auto-sized panels over two frames
constexpr int kReferenceWidth = 1920, kReferenceHeight = 1080;

// The automatic UI scale: 1 up to 1080p, then growing with the screen, so a 4K whiteboard shows the
// same layout as a 1080p one, twice as large. A display that reports a high DPI may raise it further.
float automaticScale(int width, int height) {
    const float s = std::min(static_cast<float>(width) / kReferenceWidth, static_cast<float>(height) / kReferenceHeight);
    return std::max(1.0f, s);
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(rank));
    const auto hi = static_cast<size_t>(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
}

App::App(Options options) : options_(std::move(options)) {}

App::~App() {
    renderer_.reset();  // GL objects go before the context does
}

int App::run() {
    std::string error;
    if (!loadBoard(error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 2;
    }
    switch (options_.mode) {
    case Mode::Screenshot:
        return runScreenshot();
    case Mode::Bench:
        return runBench();
    case Mode::Replay:
        return runReplay();
    case Mode::Describe:
        return runDescribe();
    default:
        return runWindow();
    }
}

bool App::loadBoard(std::string& error) {
    if (options_.board.empty()) {
        session_.reset(model::defaultBoard());
        return true;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(options_.board, ec)) {
        error = "cannot read board file '" + options_.board + "': it is a folder";
        return false;
    }
    if (!std::ifstream(options_.board, std::ios::binary)) {
        error = "cannot read board file '" + options_.board + "'";
        return false;
    }
    model::Result<model::Board> board = model::loadBoardFile(options_.board);
    if (!board) {
        error = "'" + options_.board + "' is not a board Tenfold can open: " + board.error().message;
        return false;
    }
    session_.reset(std::move(board.value()));
    return true;
}

int App::runDescribe() {
    const model::Board& board = session_.board();
    std::cout << (options_.json ? model::describeBoardJson(board) : model::describeBoard(board));
    if (options_.json) std::cout << "\n";
    return 0;
}

bool App::startGraphics(const platform::WindowSpec& spec, std::string& error) {
    if (!platform_.open(spec, error)) return false;
    fontPath_ = render::findBoardFont();
    renderer_ = std::make_unique<render::Renderer>();
    renderer_->init(fontPath_);
    if (!renderer_->warning().empty()) std::cerr << "tenfold: " << renderer_->warning() << "\n";
    icons_.load();
    panels_.setIcons(&icons_);
    if (const std::filesystem::path assets = ui::findAssetsDir(); !assets.empty()) {
        if (auto icon = render::loadImage(assets / "tenfold.png")) {
            platform_.setWindowIcon(icon.value().rgba, icon.value().width, icon.value().height);
        }
    }
    return true;
}

void App::updateLayout(int width, int height, bool offscreen) {
    // Offscreen pictures depend only on their size, so screenshots are the same on every machine.
    const float automatic = std::max(automaticScale(width, height), offscreen ? 1.0f : platform_.dpiScale());
    const float base = options_.scale > 0 ? options_.scale : automatic;
    const float scale = base * scaleFactor_;
    if (width != width_ || height != height_ || std::abs(scale - uiScale_) > 1e-4f) {
        width_ = width;
        height_ = height;
        uiScale_ = scale;
        sceneDirty_ = true;
    }
    camera_.setViewport(static_cast<float>(width), static_cast<float>(height), uiScale_);
}

void App::fitBoard() {
    // Room at the top for the board's level bar.
    constexpr float kTopPanelPx = 64.0f;
    // Text keeps its smallest size on screen, so what the board covers depends on the zoom: build and fit
    // until the zoom settles.
    repr::settleZoom(camera_.pixelsPerUnit(), [&](float) { buildScene(width_, height_); return boardBounds_; },
                     [&](const scene::Rect& area) {
                         camera_.fit(area, kFitMarginPx * uiScale_, repr::trayHeightPx(uiScale_), kTopPanelPx * uiScale_);
                         return camera_.pixelsPerUnit();
                     });
    needsFit_ = false;
}

void App::render(int width, int height, bool offscreen) {
    updateLayout(width, height, offscreen);
    const float fb = offscreen ? 1.0f : platform_.framebufferScale();
    panelScale_ = fb;
    panels_.setScale(uiScale_ / fb, fb, fontPath_);

    // Panels first (they only report what was pressed), then the board, then the panels on top.
    platform_.imguiNewFrame(width, height, offscreen);
    ImGui::NewFrame();
    ui::ToolbarState state;
    state.displayWidth = static_cast<float>(width) / fb;
    state.displayHeight = static_cast<float>(height) / fb;
    state.trayHeight = repr::trayHeightPx(uiScale_) / fb;
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
    state.exchangeMode = static_cast<int>(session_.board().settings.exchange);
    state.beadColours = static_cast<int>(session_.board().settings.beadColours);
    state.colourBlind = repr::palette::schemeNamed(user_.palette) == repr::palette::Scheme::ColourBlind ||
                        repr::palette::schemeNamed(session_.board().settings.palette) == repr::palette::Scheme::ColourBlind;
    state.reducedMotion = reducedMotion_;
    const ui::ToolbarActions actions = panels_.drawToolbar(state);
    const ui::GalleryAction galleryAction = gallery_.draw(uiScale_ / fb, galleryError_);
    const PanelActions modelActions = drawModelPanels(state.displayWidth, state.displayHeight);
    ImGui::Render();

    if (sceneDirty_ || scene_.board.pixelsPerUnit != camera_.pixelsPerUnit()) {  // text sizes follow the zoom
        buildScene(width, height);
        sceneDirty_ = false;
    }
    if (keepInView_ != 0) {
        // A model the teacher just made bigger (a longer string, labels) is brought back into view.
        if (const auto r = screenAreaOf(keepInView_)) {
            const float trayTop = static_cast<float>(height) - repr::trayHeightPx(uiScale_);
            if (r->x < 0 || r->y < 0 || r->x + r->w > static_cast<float>(width) || r->y + r->h > trayTop) needsFit_ = true;
        }
        keepInView_ = 0;
    }
    if (needsFit_) fitBoard();
    const render::View boardView{camera_.centreX(), camera_.centreY(), camera_.pixelsPerUnit()};
    const render::View screenView{0.5f * static_cast<float>(width), 0.5f * static_cast<float>(height), 1.0f};
    render::Paper paper;
    paper.paper = repr::palette::kPaper;
    paper.grid = repr::palette::kGrid;
    renderer_->beginFrame(width, height, paper, boardView);
    renderer_->drawLayer(scene_.board, boardView);
    renderer_->drawLayer(scene_.screen, screenView);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    applyToolbar(actions);
    applyGallery(galleryAction);
    applyModelPanels(modelActions);
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
    if (a.toggleAllReadouts || a.toggleReadout >= 0) sceneDirty_ = true;
    if (a.clear) {
        boardInput_.clearSelection();
        applyCommands(interaction::clearPieces(session_.board()));
    }
    if (a.setExchangeMode >= 0) {
        model::Settings board = session_.board().settings;
        board.exchange = static_cast<model::ExchangeMode>(a.setExchangeMode);
        applyCommands({model::SetSettings{board}});
        user_.exchangeMode = std::string(model::exchangeModeId(board.exchange));
        saveUserSettings();
    }
    if (a.setBeadColours >= 0) {
        model::Settings board = session_.board().settings;
        board.beadColours = static_cast<model::BeadColours>(a.setBeadColours);
        if (!(board == session_.board().settings)) applyCommands({model::SetSettings{board}});
        user_.beadColours = std::string(model::beadColoursId(board.beadColours));
        saveUserSettings();
    }
    if (a.setColourBlind >= 0) {
        user_.palette = a.setColourBlind == 1 ? "colour-blind" : "standard";
        model::Settings board = session_.board().settings;
        board.palette = a.setColourBlind == 1 ? "colour-blind-safe" : "standard";
        if (!(board == session_.board().settings)) applyCommands({model::SetSettings{board}});
        saveUserSettings();
    }
    if (a.setReducedMotion >= 0) {
        reducedMotion_ = a.setReducedMotion == 1;
        user_.reducedMotion = reducedMotion_;
        if (reducedMotion_) animator_.clear();
        saveUserSettings();
    }
    if (a.scaleUp || a.scaleDown || a.scaleAuto) {
        user_.scaleFactor = scaleFactor_;
        saveUserSettings();
    }
    if (a.openGallery) {
        std::vector<ui::GalleryBoard> boards;
        for (const BoardEntry& e : library_.list()) {
            boards.push_back(ui::GalleryBoard{e.name, e.path, e.hasThumbnail ? e.thumbnail : std::filesystem::path{}});
        }
        galleryError_.clear();
        gallery_.open(std::move(boards), library_.nextDefaultName());
    }
    framesToDraw_ = std::max(framesToDraw_, 2);
}

bool App::onPanel(const void* self, float x, float y) {
    const App* app = static_cast<const App*>(self);
    return app->panels_.covers(x / app->panelScale_, y / app->panelScale_);
}

void App::applyCommands(const std::vector<model::Command>& commands, const std::vector<repr::FloatingPiece>& dropped,
                        std::uint64_t gesture) {
    if (commands.empty()) return;
    const model::Board before = session_.board();
    // One gesture, one step: all of it or (with the reason shown) none of it, and one undo takes it back.
    // Drags made at the same time (two children on two linked views) share the step while nothing else
    // comes between, so their moves interleaving does not make one step per move.
    const bool continuing =
        gesture != 0 && std::any_of(stepGestures_.begin(), stepGestures_.end(), [&](std::uint64_t g) {
            return g == gesture || boardInput_.gestureActive(g);
        });
    const model::Status done = continuing ? session_.continueLast(commands) : session_.applyAll(commands);
    if (done) {
        if (!continuing) stepGestures_.clear();
        if (gesture != 0 && std::find(stepGestures_.begin(), stepGestures_.end(), gesture) == stepGestures_.end())
            stepGestures_.push_back(gesture);
    }
    if (!done) {
        showMessage(done.error().message, model::commandModel(commands.front()).value_or(0));
    } else {
        levelsChanged(before, session_.board());
        boardInput_.boardChanged(before, session_.board());
        repr::PieceAnimator::Dropped spots;
        for (const repr::FloatingPiece& fp : dropped) spots[{fp.model, fp.piece}] = {fp.x, fp.y, 1.0f};
        animator_.boardChanged(before, session_.board(), clock_, reducedMotion_, spots);
    }
    sceneDirty_ = true;
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

void App::showMessage(const std::string& text, model::ModelId at) {
    message_ = text;
    messageModel_ = at;
    messageUntil_ = clock_ + kMessageSeconds;
    sceneDirty_ = true;
}

void App::openBoard(model::Board board) {
    session_.reset(std::move(board));
    animator_.clear();
    pickedModel_ = 0;
    keypad_.reset();
    factFamilies_.clear();
    levelAnimations_.clear();
    stepGestures_.clear();
    boardInput_.reset();
    boardInput_.clearSelection();
    needsFit_ = true;
    sceneDirty_ = true;
}

void App::applyGallery(const ui::GalleryAction& action) {
    switch (action.kind) {
    case ui::GalleryAction::None:
        return;
    case ui::GalleryAction::Close:
        gallery_.close();
        break;
    case ui::GalleryAction::Open: {
        model::Result<model::Board> board = model::loadBoardFile(action.path);
        if (!board) {
            // The board that is open stays open; the gallery says why.
            galleryError_ = model::tr("ui.open_failed", {board.error().message});
            break;
        }
        openBoard(std::move(board.value()));
        gallery_.close();
        showMessage(model::tr("ui.opened", {action.path.stem().string()}));
        break;
    }
    case ui::GalleryAction::SaveAs: {
        const model::Result<std::filesystem::path> saved = library_.save(session_.board(), action.name, false);
        if (!saved) {
            galleryError_ = saved.error().message;
            break;
        }
        std::string error;
        if (!writeThumbnail(BoardLibrary::thumbnailFor(saved.value()), error)) std::cerr << "tenfold: " << error << "\n";
        gallery_.close();
        showMessage(model::tr("ui.saved", {saved.value().stem().string()}));
        break;
    }
    case ui::GalleryAction::New: {
        model::Board fresh = newBoard();
        openBoard(std::move(fresh));
        gallery_.close();
        break;
    }
    }
    framesToDraw_ = std::max(framesToDraw_, 2);
}

model::Board App::newBoard() const {
    // A new board: an empty Th H T O chart of blocks, ready for the tray.
    model::Board b;
    b.settings.exchange = model::exchangeModeFromId(user_.exchangeMode).value_or(model::ExchangeMode::Offered);
    b.settings.beadColours = model::beadColoursFromId(user_.beadColours).value_or(model::BeadColours::ByLength);
    b.settings.palette = user_.palette == "colour-blind" ? "colour-blind-safe" : "standard";
    auto added = model::applyCommand(b, model::AddModel{model::Representation::Blocks, model::Level::Concrete,
                                                        model::Point{0, 0}, model::Value{}, std::nullopt});
    return added ? added.value() : b;
}

bool App::writeThumbnail(const std::filesystem::path& path, std::string& error) {
    constexpr int kThumbWidth = 480, kThumbHeight = 270;
    constexpr float kThumbMargin = 12.0f;
    render::OffscreenTarget target(kThumbWidth, kThumbHeight);
    scene::Layer layer;
    repr::BoardViewOptions thumbnail;
    thumbnail.text = &renderer_->font();
    const scene::Rect bounds = repr::buildBoard(layer, session_.board(), thumbnail);
    interaction::Camera cam;
    cam.setViewport(kThumbWidth, kThumbHeight, 1.0f);
    cam.fit(bounds, kThumbMargin);
    const render::View view{cam.centreX(), cam.centreY(), cam.pixelsPerUnit()};
    render::Paper paper;
    paper.paper = repr::palette::kPaper;
    paper.grid = repr::palette::kGrid;
    target.bind();
    renderer_->beginFrame(kThumbWidth, kThumbHeight, paper, view);
    renderer_->drawLayer(layer, view);
    const bool ok = render::writePng(path.string(), kThumbWidth, kThumbHeight, target.readPixels(), error);
    sceneDirty_ = true;
    return ok;
}

void App::applyUserSettings() {
    for (const std::string& w : settings_.load()) std::cerr << "tenfold: " << w << "\n";
    user_ = settings_.settings();
    scaleFactor_ = user_.scaleFactor;
    reducedMotion_ = user_.reducedMotion;
    if (options_.board.empty()) {
        // The default board takes the teacher's choices; a board from a file keeps its own.
        model::Board b = session_.board();
        b.settings.exchange = model::exchangeModeFromId(user_.exchangeMode).value_or(b.settings.exchange);
        b.settings.beadColours = model::beadColoursFromId(user_.beadColours).value_or(b.settings.beadColours);
        if (user_.palette == "colour-blind") b.settings.palette = "colour-blind-safe";
        session_.reset(b);
    }
}

void App::saveUserSettings() {
    if (options_.mode != Mode::Run) return;  // pictures and replays never touch the teacher's settings
    if (model::Status saved = settings_.update(user_); !saved) showMessage(saved.error().message);
}

void App::applyInput(const platform::FrameInput& in) {
    bool changed = false;
    const interaction::InputContext ctx{session_.board(), scene_, tray_,
                                        static_cast<float>(height_) - repr::trayHeightPx(uiScale_), uiScale_,
                                        selectMode_, &App::onPanel, this};
    for (const interaction::PointerEvent& e : in.pointers) {
        const interaction::InputResult r = boardInput_.pointer(e, camera_, ctx);
        changed |= r.viewChanged || r.redraw || !r.commands.empty();
        if (r.redraw) sceneDirty_ = true;
        if (!r.message.empty()) showMessage(r.message, r.messageModel);
        applyCommands(r.commands, r.dropped, r.gesture);
        if (r.pickedModel != 0) {
            pickedModel_ = pickedModel_ == r.pickedModel ? 0 : r.pickedModel;
            sceneDirty_ = true;
        }
        if (r.askValueOf != 0) openKeypad(r.askValueOf, r.askCircle);
    }
    for (const interaction::WheelEvent& w : in.wheels) {
        if (!panels_.wantsPointer()) changed |= boardInput_.wheel(w, camera_).viewChanged;
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
        case platform::KeyAction::Quit: platform_.requestQuit(); break;
        case platform::KeyAction::None: break;
        }
        changed = true;
    }
    if (in.focusLost) {
        boardInput_.reset();
        sceneDirty_ = true;
    }
    if (in.resized) sceneDirty_ = true;
    if (changed || in.any) framesToDraw_ = std::max(framesToDraw_, 2);
}

void App::undo() {
    const model::Board before = session_.board();
    // A drag that ended where it began left a step that changes nothing: skip it, so Undo always shows.
    while (session_.undo() && session_.board() == before) {
    }
    if (!(session_.board() == before)) {
        stepGestures_.clear();
        levelsChanged(before, session_.board());
        animator_.boardChanged(before, session_.board(), clock_, reducedMotion_);
        boardInput_.boardChanged(before, session_.board());
        sceneDirty_ = true;
    }
}

void App::redo() {
    const model::Board before = session_.board();
    if (session_.redo()) {
        stepGestures_.clear();
        levelsChanged(before, session_.board());
        animator_.boardChanged(before, session_.board(), clock_, reducedMotion_);
        boardInput_.boardChanged(before, session_.board());
        sceneDirty_ = true;
    }
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
    for (const model::Model& m : session_.board().models) view.levels.emplace_back(m.id, shownLevel(m));
    view.factFamilies = factFamilies_;
    view.selectedModel = pickedModel_;
    modelAreas_.clear();
    view.areas = &modelAreas_;
    view.text = &renderer_->font();
    view.pixelsPerUnit = camera_.pixelsPerUnit();
    view.uiScale = uiScale_;
    boardBounds_ = repr::buildBoard(scene_.board, session_.board(), view);
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    repr::buildTray(scene_.screen, w, h, uiScale_);
    tray_ = repr::traySpecFor(session_.board());
    const bool colourBlind = repr::palette::schemeNamed(user_.palette) == repr::palette::Scheme::ColourBlind ||
                             repr::palette::schemeNamed(session_.board().settings.palette) == repr::palette::Scheme::ColourBlind;
    repr::buildTrayItems(scene_.screen, tray_, h, uiScale_,
                         colourBlind ? repr::palette::Scheme::ColourBlind : repr::palette::Scheme::Standard,
                         boardInput_.armedTrayItem());
    if (!message_.empty() && clock_ < messageUntil_) {
        const float textWidth = renderer_->font().measure(message_, repr::kMessageTextSize * uiScale_);
        // Under the model it is about, when that is on screen; else above the tray.
        const std::optional<scene::Rect> area = screenAreaOf(messageModel_);
        const float trayTop = h - repr::trayHeightPx(uiScale_);
        if ((keypad_ && keypad_->model == messageModel_) || (labelEditor_ && labelEditor_->model == messageModel_)) {
            // The keypad (or the labels editor) says it, where the teacher is looking.
        } else if (area && area->x + area->w > 0 && area->x < w && area->y + area->h < trayTop && area->y + area->h > 0) {
            repr::buildMessageAt(scene_.screen, message_, area->x + 0.5f * area->w, area->y + area->h, w, trayTop, uiScale_,
                                 textWidth);
        } else {
            repr::buildMessage(scene_.screen, message_, w, trayTop, uiScale_, textWidth);
        }
    }
}

void App::update(double dt) {
    const bool wasAnimating = animator_.active(clock_) || levelsAnimating();
    clock_ += std::min(dt, kMaxFrameSeconds);
    if (wasAnimating) {
        // Keep drawing until the pieces have arrived (and once more to draw them at rest).
        sceneDirty_ = true;
        framesToDraw_ = std::max(framesToDraw_, 2);
    }
    if (!message_.empty() && clock_ >= messageUntil_) {
        message_.clear();
        sceneDirty_ = true;
        framesToDraw_ = std::max(framesToDraw_, 1);
    }
}

void App::step(const platform::FrameInput& in, double dt) {
    applyInput(in);
    update(dt);
}

bool App::frame() {
    // Sleep in the event queue unless something still needs drawing or a pointer is down.
    const bool idle = framesToDraw_ <= 0 && !boardInput_.anyDown();
    const platform::FrameInput in = platform_.collect(idle);
    if (in.quit) return false;
    const double now = platform::Platform::secondsSinceStart();
    const double dt = lastFrameTime_ < 0 ? 0.0 : now - lastFrameTime_;
    lastFrameTime_ = now;
    step(in, dt);
    if (framesToDraw_ <= 0 && !boardInput_.anyDown()) return true;
    int w = 0, h = 0;
    platform_.drawableSize(w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    render(w, h, false);
    platform_.present();
    framesToDraw_ = std::max(framesToDraw_ - 1, 0);
    return true;
}

int App::runWindow() {
    platform::WindowSpec spec;
    std::string error;
    if (!startGraphics(spec, error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 1;
    }
    applyUserSettings();
    if (platform_.videoDriver() == "offscreen") {
        std::cerr << "tenfold: there is no display here (SDL's video driver is 'offscreen'), so no window can be shown.\n"
                     "  To see the board, render it to a picture: tenfold --screenshot board.png\n";
        return 1;
    }
    while (frame()) {
    }
    return 0;
}

std::unique_ptr<render::OffscreenTarget> App::startOffscreen() {
    // A hidden window for the GL context, and an image of the asked size to draw into.
    platform::WindowSpec spec;
    spec.width = options_.width;
    spec.height = options_.height;
    spec.hidden = true;
    std::string error;
    if (!startGraphics(spec, error)) {
        std::cerr << "tenfold: " << error << "\n";
        return nullptr;
    }
    return std::make_unique<render::OffscreenTarget>(options_.width, options_.height);
}

int App::runScreenshot() {
    std::unique_ptr<render::OffscreenTarget> offscreen = startOffscreen();
    if (!offscreen) return 1;
    render::OffscreenTarget& target = *offscreen;
    std::string error;
    for (int i = 0; i < kScreenshotFrames; ++i) {
        target.bind();
        render(options_.width, options_.height, true);
    }
    glFinish();
    if (!render::writePng(options_.output, options_.width, options_.height, target.readPixels(), error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 2;
    }
    const TextsPicture picture{options_.width, options_.height, uiScale_,
                               {camera_.centreX(), camera_.centreY(), camera_.pixelsPerUnit()}, repr::palette::kPaper,
                               fontPath_};
    if (!options_.texts.empty() && !writeTexts(options_.texts, scene_, renderer_->font(), picture, error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 2;
    }
    return 0;
}

int App::runBench() {
    std::unique_ptr<render::OffscreenTarget> offscreen = startOffscreen();
    if (!offscreen) return 1;
    render::OffscreenTarget& target = *offscreen;
    std::string error;
    using Clock = std::chrono::steady_clock;
    auto timeFrames = [&](int count) {
        std::vector<double> ms;
        ms.reserve(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            const auto t0 = Clock::now();
            sceneDirty_ = true;  // every frame rebuilds the scene from the board, as during a drag
            target.bind();
            render(options_.width, options_.height, true);
            glFinish();
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        return ms;
    };
    target.bind();
    render(options_.width, options_.height, true);
    glFinish();
    const double startupMs = platform::Platform::secondsSinceStart() * 1000.0;
    const std::vector<double> board = timeFrames(options_.frames);
    const size_t shapes = renderer_->shapesDrawn(), glyphs = renderer_->glyphsDrawn();
    // Drag latency: a finger holds a bead divider, a bar boundary or a piece and moves; each time from the
    // event to the finished frame that shows every linked view updated.
    std::vector<double> drag;
    std::size_t dragUpdates = 0;
    {
        const auto handle = std::find_if(scene_.board.shapes.begin(), scene_.board.shapes.end(), [](const scene::Shape& sh) {
            if (repr::tagKind(sh.tag) == repr::TagKind::Handle) {
                const repr::Handle h = repr::handleOf(repr::tagIndex(sh.tag));
                return h == repr::Handle::Divider || h == repr::Handle::Boundary;
            }
            return false;
        });
        const auto piece = std::find_if(scene_.board.shapes.begin(), scene_.board.shapes.end(),
                                        [](const scene::Shape& sh) { return repr::tagKind(sh.tag) == repr::TagKind::Piece; });
        const auto grip = handle != scene_.board.shapes.end() ? handle : piece;
        if (grip != scene_.board.shapes.end()) {
            float x = 0, y = 0;
            camera_.toScreen(grip->x, grip->y, x, y);
            platform::FrameInput in;
            in.pointers.push_back({interaction::PointerPhase::Down, interaction::PointerSource::Touch, 1, x, y});
            applyInput(in);
            // Back and forth by about a bead or a few units of a bar, so each move changes the quantity.
            const float step = std::max(48.0f * camera_.pixelsPerUnit(), 24.0f);
            for (int i = 0; i < options_.frames; ++i) {
                const float dx = (i % 8 < 4 ? 1.0f : -1.0f) * step * static_cast<float>(1 + i % 4);
                const std::size_t before = session_.log().size();
                const auto t0 = Clock::now();
                platform::FrameInput move;
                move.pointers.push_back({interaction::PointerPhase::Move, interaction::PointerSource::Touch, 1, x + dx, y});
                applyInput(move);
                target.bind();
                render(options_.width, options_.height, true);
                glFinish();
                drag.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (session_.log().size() != before) ++dragUpdates;
            }
            platform::FrameInput up;
            up.pointers.push_back({interaction::PointerPhase::Up, interaction::PointerSource::Touch, 1, x, y});
            applyInput(up);
        }
    }
    session_.reset(model::Board{});  // the same run, an empty board, the same size
    needsFit_ = true;
    const std::vector<double> empty = timeFrames(options_.frames);

    nlohmann::ordered_json out;
    auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    out["startup_ms"] = round2(startupMs);
    out["frame_ms_p50"] = round2(percentile(board, 0.5));
    out["frame_ms_p95"] = round2(percentile(board, 0.95));
    out["empty_frame_ms_p50"] = round2(percentile(empty, 0.5));
    out["empty_frame_ms_p95"] = round2(percentile(empty, 0.95));
    if (!drag.empty()) {
        out["drag_to_frame_ms_p50"] = round2(percentile(drag, 0.5));
        out["drag_to_frame_ms_p95"] = round2(percentile(drag, 0.95));
        out["drag_updates"] = dragUpdates;
    }
    out["peak_rss_mb"] = round2(peakRssMb());
    out["size"] = std::to_string(options_.width) + "x" + std::to_string(options_.height);
    out["frames"] = options_.frames;
    out["board"] = options_.board.empty() ? "default" : options_.board;
    out["shapes"] = shapes;
    out["glyphs"] = glyphs;
    out["atlas_ms"] = round2(renderer_->atlasMs());
    const auto* rendererName = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    out["gl_renderer"] = rendererName ? rendererName : "";
    std::cout << out.dump() << std::endl;
    return 0;
}

}  // namespace tenfold::app
