// The browser's side of the App (WebAssembly build only): starting in a page, one frame per animation
// frame, and what a page needs that a window does not: the board's description kept in the page's live
// region, the working board kept in the browser's storage (so a reload or a closed tab loses nothing),
// boards opened from and saved to the user's disk, a picture of the board as a download, a query hook for
// tests (the replay's expect subjects) and a benchmark.
#include "app/app.hpp"

#include "app/replay_script.hpp"
#include "model/board_file.hpp"
#include "model/describe.hpp"
#include "model/text.hpp"
#include "platform/platform_web.hpp"
#include "render/gl.hpp"
#include "render/offscreen.hpp"
#include "representations/palette.hpp"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace tenfold::app {

namespace {

constexpr int kStorageCheckFrames = 10;  // how often (in frames) the kept folders are looked at for changes
const char* const kDownloadFolder = "/tmp/tenfold-download";

// The board the page shows between visits: beside the boards folder, so the gallery does not list it.
std::filesystem::path workingBoardPath() {
    const std::filesystem::path boards = boardsFolderPath();
    return boards.empty() ? std::filesystem::path{} : boards.parent_path() / "working-board.json";
}

// A fingerprint of every file under the kept folders (name, size, time of change): when it changes,
// something was written and IndexedDB must be told.
std::string folderStamp(const std::vector<std::filesystem::path>& folders) {
    std::ostringstream out;
    for (const std::filesystem::path& folder : folders) {
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            std::error_code e2;
            const bool file = it->is_regular_file(e2);
            out << it->path().string() << ':' << (file ? it->file_size(e2) : 0) << ':'
                << static_cast<long long>(it->last_write_time(e2).time_since_epoch().count()) << '\n';
        }
    }
    return out.str();
}

std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

bool App::startWeb(std::string& error) {
    // The working board from the last visit, when there is one; else the default board.
    const std::filesystem::path working = workingBoardPath();
    std::string workingError;
    std::error_code ec;
    if (!working.empty() && std::filesystem::is_regular_file(working, ec)) {
        options_.board = working.string();
        if (!loadBoard(workingError)) options_.board.clear();
    }
    if (options_.board.empty()) loadBoard(error);
    platform::WindowSpec spec;
    if (!startGraphics(spec, error)) return false;
    applyUserSettings();
    if (!workingError.empty()) showMessage(model::tr("web.working_board_broken", {workingError}));
    webShown_ = session_.board();
    platform::web::setDescription(model::describeBoard(webShown_));
    webFiles_ = folderStamp({boardsFolderPath().parent_path(), settingsFilePath().parent_path()});
    // The page's autosave: the app's own, written by the frame (a page has no threads) as soon as a change
    // is over (no finger down). Each write also tells the live region what the board now shows.
    autosave_ = std::make_unique<Autosave>(
        [this, working](const AutosaveWork& w) {
            webShown_ = w.board;
            platform::web::setDescription(model::describeBoard(webShown_));
            webFrames_ = kStorageCheckFrames;  // to the browser's storage at once
            if (working.empty()) return model::okStatus();
            std::error_code dirError;
            std::filesystem::create_directories(working.parent_path(), dirError);
            return model::saveBoardFile(w.board, working);
        },
        Autosave::Mode::Inline, 0.0);
    platform::web::runFrames([this] { webFrame(); });
    return true;
}

void App::webFrame() {
    // Ctrl+Q has nothing to quit to in a page: the page stays. After a change (once every finger has let
    // go, so a drag is said once) the frame's autosave keeps the working board and updates the live region.
    frame();
    if (!webStarted_) {
        webStarted_ = true;
        platform::web::started();  // the first frame is on the canvas
    }
    // Boards saved from the gallery, settings, the working board: whatever changed goes to IndexedDB.
    if (++webFrames_ >= kStorageCheckFrames) {
        webFrames_ = 0;
        std::string stamp = folderStamp({boardsFolderPath().parent_path(), settingsFilePath().parent_path()});
        if (stamp != webFiles_) {
            webFiles_ = std::move(stamp);
            platform::web::syncStorage();
        }
    }
}

std::string App::webQuery(const std::string& line) {
    const std::vector<std::string> subject = words(line);
    if (subject.empty()) return "error: an empty question";
    // What only the page has: whether the last change reached the browser's storage, the live region's
    // text, the drawable size.
    if (subject.size() == 1 && subject[0] == "persisted") {
        const bool kept = !(autosave_ && autosave_->pending()) &&
                          folderStamp({boardsFolderPath().parent_path(), settingsFilePath().parent_path()}) == webFiles_;
        return kept && platform::web::storageSynced() ? "1" : "0";
    }
    if (subject.size() == 1 && subject[0] == "description") return model::describeBoard(webShown_);
    if (subject.size() == 1 && subject[0] == "drawable") {
        int w = 0, h = 0;
        platform_.drawableSize(w, h);
        return std::to_string(w) + "x" + std::to_string(h);
    }
    std::string error;
    const std::optional<std::string> answer = query(subject, error);
    return answer ? *answer : "error: " + error;
}

std::string App::webSpot(const std::string& name) const {
    ScriptPoint p;
    p.name = name;
    float x = 0, y = 0;
    std::string error;
    if (!resolveSpot(p, x, y, error)) return "error: " + error;
    const float fb = platform_.framebufferScale();
    std::ostringstream out;
    out << x / fb << ' ' << y / fb;
    return out.str();
}

std::string App::webOpen(const std::string& path) {
    model::Result<model::Board> board = model::loadBoardFile(path);
    std::error_code ec;
    const std::string name = std::filesystem::path(path).stem().string();
    std::filesystem::remove(path, ec);  // the uploaded copy; the board itself is now the working board
    if (!board) {
        // The board that is open stays open, and the reason is said where the teacher looks.
        const std::string why = model::tr("ui.open_failed", {board.error().message});
        showMessage(why);
        scheduler_.inputArrived();
        return why;
    }
    openBoard(std::move(board.value()));
    showMessage(model::tr("ui.opened", {name}));
    scheduler_.inputArrived();
    return {};
}

void App::webSave() {
    std::error_code ec;
    std::filesystem::create_directories(kDownloadFolder, ec);
    const std::filesystem::path file = std::filesystem::path(kDownloadFolder) / "board.json";
    if (model::Status saved = model::saveBoardFile(session_.board(), file); !saved) {
        showMessage(saved.error().message);
        return;
    }
    platform::web::download(file.string(), model::tr("web.board_file_name") + ".json", "application/json");
}

void App::webPicture() {
    // The whole board, fitted, without panels or tray, at the size of the page's canvas.
    int width = 0, height = 0;
    platform_.drawableSize(width, height);
    width = std::max(width, 64);
    height = std::max(height, 64);
    constexpr float kMargin = 24.0f;
    render::OffscreenTarget target(width, height);
    scene::Layer layer;
    const scene::Rect bounds = repr::buildBoard(layer, session_.board());
    interaction::Camera cam;
    cam.setViewport(static_cast<float>(width), static_cast<float>(height), 1.0f);
    cam.fit(bounds, kMargin);
    const render::View view{cam.centreX(), cam.centreY(), cam.pixelsPerUnit()};
    render::Paper paper;
    paper.paper = repr::palette::kPaper;
    paper.grid = repr::palette::kGrid;
    target.bind();
    renderer_->beginFrame(width, height, paper, view);
    renderer_->drawLayer(layer, view);
    std::error_code ec;
    std::filesystem::create_directories(kDownloadFolder, ec);
    const std::string file = std::string(kDownloadFolder) + "/board.png";
    std::string error;
    const bool ok = render::writePng(file, width, height, target.readPixels(), error);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    scheduler_.inputArrived();
    if (!ok) {
        showMessage(error);
        return;
    }
    platform::web::download(file, model::tr("web.picture_file_name") + ".png", "image/png");
}

std::string App::webBench(int frames, int width, int height) {
    // As --bench: every frame rebuilds the scene from the board and waits for the GPU; then the same run
    // with an empty board of the same size. The board's undo history is not kept.
    render::OffscreenTarget target(width, height);
    // WebGL's finish() need not wait for the GPU; reading a pixel back does.
    auto waitForGpu = [] {
        std::uint8_t pixel[4];
        glFinish();
        glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
    };
    std::vector<double> submitted;  // the same frames up to the last GL call, before the wait
    auto timeFrames = [&](int count) {
        std::vector<double> ms;
        submitted.clear();
        for (int i = 0; i < count; ++i) {
            const double t0 = emscripten_get_now();
                    target.bind();
            runFrame({}, 0.0, width, height, true);
            submitted.push_back(emscripten_get_now() - t0);
            waitForGpu();
            ms.push_back(emscripten_get_now() - t0);
        }
        return ms;
    };
    target.bind();
    runFrame({}, 0.0, width, height, true);
    waitForGpu();
    const std::vector<double> board = timeFrames(frames);
    const std::vector<double> boardSubmitted = submitted;
    const model::Board kept = session_.board();
    session_.reset(model::Board{});
    needsFit_ = true;
    const std::vector<double> empty = timeFrames(frames);
    session_.reset(kept);  // undo history aside, the board is as it was
    webShown_ = kept;
    needsFit_ = true;
    scheduler_.inputArrived();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    nlohmann::ordered_json out;
    out["frame_ms_p50"] = round2(percentile(board, 0.5));
    out["frame_ms_p95"] = round2(percentile(board, 0.95));
    out["empty_frame_ms_p50"] = round2(percentile(empty, 0.5));
    out["empty_frame_ms_p95"] = round2(percentile(empty, 0.95));
    out["submit_ms_p50"] = round2(percentile(boardSubmitted, 0.5));
    out["empty_submit_ms_p50"] = round2(percentile(submitted, 0.5));
    out["size"] = std::to_string(width) + "x" + std::to_string(height);
    out["frames"] = frames;
    const auto* rendererName = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    out["gl_renderer"] = rendererName ? rendererName : "";
    return out.dump();
}

}  // namespace tenfold::app
