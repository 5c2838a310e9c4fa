// The board gallery's actions (open, save, new board) and the thumbnails saved beside the boards.
#include "app/app.hpp"

#include "model/board_file.hpp"
#include "model/text.hpp"
#include "render/offscreen.hpp"
#include "representations/board_scene.hpp"
#include "representations/palette.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace tenfold::app {

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

bool App::writeThumbnail(const std::filesystem::path& path, std::string& error) {
    constexpr int kThumbWidth = 480, kThumbHeight = 270;
    constexpr float kThumbMargin = 12.0f;
    render::OffscreenTarget target(kThumbWidth, kThumbHeight);
    scene::Layer layer;
    const scene::Rect bounds = repr::buildBoard(layer, session_.board());
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

}  // namespace tenfold::app
