// The ways to run Tenfold: a window, a screenshot, a benchmark, describe, and the start-up they share
// (the board from the command line, graphics, an offscreen image for pictures). Replays and spots are in
// app_replay.cpp and app_spots.cpp; the frame they all run is in app.cpp.
#include "app/app.hpp"
#include "app/app_texts.hpp"

#include "model/board_file.hpp"
#include "model/file_store.hpp"
#include "model/describe.hpp"
#include "platform/stop_signal.hpp"
#include "model/lesson_file.hpp"
#include "render/offscreen.hpp"
#include "render/texture.hpp"
#include "representations/tags.hpp"

#include "render/gl.hpp"
#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <stdlib.h>

namespace tenfold::app {

namespace {
double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}
constexpr int kScreenshotFrames = 3;  // ImGui lays out auto-sized panels over two frames
}  // namespace

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(rank));
    const auto hi = static_cast<size_t>(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
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
    case Mode::Spots:
        return runSpots();
    default:
        return runWindow();
    }
}

bool App::loadBoard(std::string& error) {
    if (options_.board.empty()) {
        session_.reset(model::defaultBoard());
        return true;
    }
    const auto t0 = std::chrono::steady_clock::now();  // opening a lesson is timed for --bench
    // Through the file seam: a pipe or device is refused at once, a large file before it is read.
    const model::Result<std::string> text = model::fileStore().read(options_.board, model::kMaxBoardFileBytes);
    if (!text) {
        error = "cannot read board file '" + options_.board + "': " + text.error().message;
        return false;
    }
    if (model::isLessonText(text.value())) {
        // A lesson: told from a board by its "format". It opens at its first step (or --step N).
        model::Result<model::Lesson> lesson = model::lessonFromJson(text.value());
        if (!lesson) {
            error = "'" + options_.board + "' is not a lesson Tenfold can open: " + lesson.error().message;
            return false;
        }
        const std::size_t step = options_.step > 0 ? static_cast<std::size_t>(options_.step - 1) : 0;
        if (!startLesson(std::move(lesson.value()), options_.board, step, error)) return false;
        lessonOpenMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        return true;
    }
    if (options_.step > 0) {
        error = "--step goes with a lesson file ('" + options_.board + "' is a board)";
        return false;
    }
    model::Result<model::Board> board = model::boardFromJson(text.value());
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
    platform::watchStopSignals();  // after SDL's own handlers, which it passes the signals on to
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

int App::runWindow() {
    applyUserSettings();
    platform::WindowSpec spec;
    if (options_.sizeGiven) {
        spec.width = options_.width;
        spec.height = options_.height;
        spec.exact = true;
    } else {
        spec.width = user_.windowWidth;  // the size it had when last closed (0: fit the screen)
        spec.height = user_.windowHeight;
    }
    std::string error;
    if (!startGraphics(spec, error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 1;
    }
    if (const char* log = std::getenv("TENFOLD_FRAME_LOG"); log != nullptr && *log != 0)
        frameLog_ = std::make_unique<std::ofstream>(log, std::ios::app);
    if (platform_.videoDriver() == "offscreen") {
        std::cerr << "tenfold: there is no display here (SDL's video driver is 'offscreen'), so no window can be shown.\n"
                     "  To see the board, render it to a picture: tenfold --screenshot board.png\n";
        return 1;
    }
    startKeepingWork();  // the recovery slot: work left there is offered, and autosave keeps what is done
    while (frame()) {
    }
    const int stopped = platform::stopSignal();
    if (stopped != 0) {
        keepWorkForSignal(stopped);  // the next start offers it
    } else {
        finishKeepingWork();  // a clean quit: what was not saved, the teacher chose not to keep
    }
    // The next start opens the window at the size the teacher left it (not the full-screen size).
    if (!options_.sizeGiven && !platform_.fullscreen()) {
        int w = 0, h = 0;
        platform_.windowSize(w, h);
        if (w != user_.windowWidth || h != user_.windowHeight) {
            user_.windowWidth = w;
            user_.windowHeight = h;
            saveUserSettings();
        }
    }
    return stopped != 0 ? platform::stoppedStatus(stopped) : 0;
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
        runFrame({}, 0.0, options_.width, options_.height, true);
    }
    glFinish();
    if (!render::writePng(options_.output, options_.width, options_.height, target.readPixels(), error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 2;
    }
    const TextsPicture picture{options_.width, options_.height, uiScale_,
                               {camera_.centreX(), camera_.centreY(), camera_.pixelsPerUnit()}, repr::surfaceFor(look()).paper,
                               fontPath_};
    if (!options_.texts.empty() && !writeTexts(options_.texts, scene_, renderer_->font(), picture, error)) {
        std::cerr << "tenfold: " << error << "\n";
        return 2;
    }
    return 0;
}

namespace {
// A folder of its own for the benchmark's autosave: $TMPDIR/tenfold-bench-XXXXXX (empty: none made).
std::filesystem::path makeBenchFolder() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp != nullptr && *tmp == '/' ? tmp : "/tmp") + "/tenfold-bench-XXXXXX";
    return ::mkdtemp(pattern.data()) != nullptr ? std::filesystem::path(pattern) : std::filesystem::path{};
}
}  // namespace

int App::runBench() {
    std::unique_ptr<render::OffscreenTarget> offscreen = startOffscreen();
    if (!offscreen) return 1;
    render::OffscreenTarget& target = *offscreen;
    std::string error;
    using Clock = std::chrono::steady_clock;
    // Autosave runs as it does in a window, into a recovery slot in a folder of its own (removed at the
    // end), so the frames timed below include whatever it adds to them.
    const std::filesystem::path benchFolder = makeBenchFolder();
    if (!benchFolder.empty()) {
        const RecoverySlot slot(benchFolder / kRecoveryFileName, benchFolder / "boards");
        autosave_ = std::make_unique<Autosave>([slot](const AutosaveWork& w) { return writeWork(slot, w); });
    }
    auto stopped = [] {
        if (platform::stopSignal() == 0) return false;
        std::cerr << "tenfold: --bench was stopped by " << platform::signalName(platform::stopSignal()) << " before it finished\n";
        return true;
    };
    auto cleanUp = [&] {
        if (autosave_) autosave_->stop();
        std::error_code ec;
        if (!benchFolder.empty()) std::filesystem::remove_all(benchFolder, ec);
    };
    auto timeFrames = [&](int count) {
        std::vector<double> ms;
        ms.reserve(static_cast<size_t>(count));
        for (int i = 0; i < count && !stopped(); ++i) {
            const auto t0 = Clock::now();
            tickAutosave();
            target.bind();  // every frame rebuilds the scene from the board, as during a drag
            runFrame({}, 0.0, options_.width, options_.height, true);
            glFinish();
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        return ms;
    };
    target.bind();
    runFrame({}, 0.0, options_.width, options_.height, true);
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
            target.bind();
            runFrame(in, 0.0, options_.width, options_.height, true);
            // Back and forth by about a bead or a few units of a bar, so each move changes the quantity.
            const float step = std::max(48.0f * camera_.pixelsPerUnit(), 24.0f);
            for (int i = 0; i < options_.frames && !stopped(); ++i) {
                const float dx = (i % 8 < 4 ? 1.0f : -1.0f) * step * static_cast<float>(1 + i % 4);
                const std::size_t before = session_.log().size();
                const auto t0 = Clock::now();
                platform::FrameInput move;
                move.pointers.push_back({interaction::PointerPhase::Move, interaction::PointerSource::Touch, 1, x + dx, y});
                tickAutosave();
                target.bind();
                runFrame(move, 0.0, options_.width, options_.height, true);
                glFinish();
                drag.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (session_.log().size() != before) ++dragUpdates;
            }
            platform::FrameInput up;
            up.pointers.push_back({interaction::PointerPhase::Up, interaction::PointerSource::Touch, 1, x, y});
            target.bind();
            runFrame(up, 0.0, options_.width, options_.height, true);
        }
    }
    // A lesson: each move to another step (Next to the end, then Back), from the tap's action to the
    // finished frame that shows the step.
    std::vector<double> steps;
    if (lesson_) {
        constexpr int kStepMoves = 10;
        bool forward = true;
        for (int i = 0; i < kStepMoves && lesson_->count() > 1; ++i) {
            if (forward && lesson_->current() + 1 >= lesson_->count()) forward = false;
            if (!forward && lesson_->current() == 0) forward = true;
            ui::LessonActions move;
            (forward ? move.next : move.back) = true;
            const auto t0 = Clock::now();
            applyLessonPanels(move);
            target.bind();
            runFrame({}, 0.0, options_.width, options_.height, true);
            glFinish();
            steps.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
        closeLesson();
    }
    openBoard(model::Board{});  // the same run, an empty board, the same size
    const std::vector<double> empty = timeFrames(options_.frames);
    const std::uint64_t autosaves = autosave_ ? autosave_->writes() : 0;
    cleanUp();
    if (platform::stopSignal() != 0) return platform::stoppedStatus(platform::stopSignal());

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
    // The frame's share of autosave: taking the snapshot the worker writes (the write is not the frame's).
    out["autosaves"] = autosaves;
    out["autosave_frame_ms_p50"] = round2(percentile(autosaveSnapshotMs_, 0.5));
    out["autosave_frame_ms_max"] =
        round2(autosaveSnapshotMs_.empty() ? 0.0 : *std::max_element(autosaveSnapshotMs_.begin(), autosaveSnapshotMs_.end()));
    if (!steps.empty()) {
        out["lesson_open_ms"] = round2(lessonOpenMs_);  // reading, checking and opening the lesson file
        out["step_to_frame_ms_p50"] = round2(percentile(steps, 0.5));
        out["step_to_frame_ms_p95"] = round2(percentile(steps, 0.95));
        out["step_moves"] = steps.size();
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
