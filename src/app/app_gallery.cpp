// The board gallery's actions (open, save in place, save as, rename, duplicate, delete and undo, new
// board) and the thumbnails saved beside the boards.
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

void App::openGallery(const std::string& notice) {
    library_.forgetRemoved();
    ui::GalleryState state;
    for (const BoardEntry& e : library_.list())
        state.boards.push_back(ui::GalleryBoard{e.name, e.path, e.hasThumbnail ? e.thumbnail : std::filesystem::path{}});
    state.suggestedName = library_.nextDefaultName();
    std::error_code ec;
    if (!boardFile_.empty() && library_.owns(boardFile_) && std::filesystem::exists(boardFile_, ec))
        state.currentName = boardFile_.stem().string();
    if (!library_.recentlyRemoved().empty()) state.undoName = library_.recentlyRemoved().back().name;
    state.notice = notice;
    gallery_.open(std::move(state));
}

void App::applyGallery(const ui::GalleryAction& action) {
    // Every change of the open board's file goes through boardKept (app_autosave.cpp): autosave keeps the
    // name with the work, and quitting knows whether there is anything unsaved.
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
        boardKept(action.path, session_.board());
        gallery_.close();
        showMessage(model::tr("ui.opened", {action.path.stem().string()}));
        break;
    }
    case ui::GalleryAction::Save: {
        // Back into the file the open board came from; the previous file stays whole if this fails.
        if (const model::Status saved = saveInPlace(); !saved) {
            galleryError_ = saved.error().message;
            break;
        }
        gallery_.close();
        showMessage(model::tr("ui.saved", {boardFile_.stem().string()}));
        break;
    }
    case ui::GalleryAction::SaveAs: {
        const model::Result<std::filesystem::path> saved = saveAsNew(action.name);  // Save then writes to the copy
        if (!saved) {
            galleryError_ = saved.error().message;
            break;
        }
        gallery_.close();
        showMessage(model::tr("ui.saved", {saved.value().stem().string()}));
        break;
    }
    case ui::GalleryAction::Rename: {
        const model::Result<std::filesystem::path> renamed = library_.rename(action.path, action.name);
        galleryError_ = renamed ? std::string() : renamed.error().message;
        if (renamed && action.path == boardFile_) boardKept(renamed.value(), savedBoard_);
        openGallery(renamed ? model::tr("ui.renamed", {renamed.value().stem().string()}) : std::string());
        break;
    }
    case ui::GalleryAction::Duplicate: {
        const model::Result<std::filesystem::path> copy = library_.duplicate(action.path);
        galleryError_ = copy ? std::string() : copy.error().message;
        openGallery(copy ? model::tr("ui.duplicated", {copy.value().stem().string()}) : std::string());
        break;
    }
    case ui::GalleryAction::Delete: {
        const model::Result<DeletedBoard> deleted = library_.remove(action.path);
        galleryError_ = deleted ? std::string() : deleted.error().message;
        if (deleted && action.path == boardFile_) boardKept({}, std::nullopt);  // the open board stays open, unsaved
        openGallery();
        break;
    }
    case ui::GalleryAction::UndoDelete: {
        const model::Result<std::filesystem::path> back = library_.undoRemove();
        galleryError_ = back ? std::string() : back.error().message;
        openGallery(back ? model::tr("ui.restored", {back.value().stem().string()}) : std::string());
        break;
    }
    case ui::GalleryAction::New: {
        model::Board fresh = newBoard();
        openBoard(std::move(fresh));
        boardKept({}, session_.board());  // nothing on it to lose yet
        gallery_.close();
        break;
    }
    }
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
    return ok;
}

}  // namespace tenfold::app
