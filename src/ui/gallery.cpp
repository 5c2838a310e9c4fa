// Drawing the board gallery with ImGui: a modal window, a scrollable grid of thumbnail tiles (tap to
// choose, drag to scroll), the chosen board's Open / Rename / Duplicate / Delete (asking first), Undo
// after a delete, Save in place, New board, Save as and Close; and its Lessons section (the shipped
// lessons, then the saved ones, Open and "Make a lesson from this board").
#include "ui/gallery.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iostream>
#include <utility>

#include "model/text.hpp"

namespace tenfold::ui {

namespace {

constexpr const char* kPopupId = "##board-gallery";

// Sizes at UI scale 1, in window coordinates.
constexpr float kTileWidth = 260.0f;
constexpr float kThumbAspect = 16.0f / 9.0f;   // width / height of the thumbnail area
constexpr float kTilePadding = 10.0f;
constexpr float kButtonHeight = 64.0f;
constexpr float kWideButtonWidth = 200.0f;     // Open, New board, Save: easy to hit
constexpr float kScrollbarSize = 36.0f;
constexpr float kSelectedBorder = 5.0f;
constexpr float kTileRounding = 10.0f;
constexpr float kWindowShare = 0.86f;          // of the display, each way
constexpr float kNameFieldShare = 0.5f;        // of the window's width
constexpr float kPlainTileTextShare = 0.9f;    // of the tile's width, for the name on a plain tile
constexpr float kLessonTileWidth = 300.0f;
constexpr float kLessonTileLines = 3.5f;       // a lesson tile holds this many lines of text

// Colours (RGBA): the board's paper for plain tiles, its selection blue, a dark red for errors.
constexpr ImU32 kPlainTile = IM_COL32(0xF7, 0xF4, 0xEC, 0xFF);
constexpr ImU32 kTileEdge = IM_COL32(0xC9, 0xC2, 0xB2, 0xFF);
constexpr ImU32 kSelection = IM_COL32(0x2F, 0x6F, 0xDE, 0xFF);
const ImVec4 kErrorText(0.62f, 0.08f, 0.08f, 1.0f);

// Text from the app's text table when it has the key, else the English wording given here.
std::string text(const char* key, const char* english) {
    return model::hasText(key) ? model::tr(key) : std::string(english);
}
std::string text(const char* key, const char* english, const std::string& slot) {
    if (model::hasText(key)) return model::tr(key, {slot});
    std::string out = english;
    if (const auto at = out.find("{0}"); at != std::string::npos) out.replace(at, 3, slot);
    return out;
}

// A line of text centred on the height of the controls that follow it on the same line.
void labelBeside(const std::string& label, float height) {
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + 0.5f * (height - ImGui::GetTextLineHeight()));
    ImGui::TextUnformatted(label.c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosY(y);
}

// `s` cut (at a character boundary) with "..." so it fits `width`.
std::string fitted(const std::string& s, float width) {
    if (ImGui::CalcTextSize(s.c_str()).x <= width) return s;
    std::string cut = s;
    while (!cut.empty()) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
        if (!cut.empty()) cut.pop_back();  // the lead byte of a multi-byte character, or one ASCII character
        if (ImGui::CalcTextSize((cut + "...").c_str()).x <= width) return cut + "...";
    }
    return "...";
}

}  // namespace

void Gallery::open(GalleryState state) {
    std::filesystem::path keep = selected() ? selected()->path : std::filesystem::path{};
    tiles_.clear();
    selected_ = kNone;
    for (GalleryBoard& board : state.boards) {
        Tile tile;
        std::error_code ec;
        if (!board.thumbnail.empty() && std::filesystem::exists(board.thumbnail, ec)) {
            model::Result<render::Image> image = render::loadImage(board.thumbnail);
            model::Result<render::Texture> texture =
                image ? render::Texture::fromImage(image.value()) : model::Result<render::Texture>(image.error());
            if (texture) {
                tile.thumbnail = std::move(texture.value());
            } else {
                std::cerr << "tenfold: " << texture.error().message << " (showing the board's name instead)\n";
            }
        }
        if (!keep.empty() && board.path == keep) selected_ = tiles_.size();
        tile.board = std::move(board);
        tiles_.push_back(std::move(tile));
    }
    suggested_ = state.suggestedName;
    currentName_ = std::move(state.currentName);
    undoName_ = std::move(state.undoName);
    notice_ = std::move(state.notice);
    const std::filesystem::path keepLesson = lessonSelected_ < lessons_.size() ? lessons_[lessonSelected_].path : std::filesystem::path{};
    lessons_ = std::move(state.lessons);
    lessonSelected_ = kNone;
    for (std::size_t i = 0; i < lessons_.size(); ++i) {
        if (!keepLesson.empty() && lessons_[i].path == keepLesson) lessonSelected_ = i;
    }
    lessonOpen_ = state.lessonOpen;
    lessonsShown_ = state.showLessons;
    mode_ = Mode::Browse;
    std::memset(name_, 0, sizeof name_);
    std::strncpy(name_, suggested_.c_str(), sizeof name_ - 1);
    open_ = true;
    popupOpened_ = false;
}

void Gallery::close() {
    open_ = false;  // ImGui's popup is closed on the next draw()
    tiles_.clear();
    selected_ = kNone;
    lessonSelected_ = kNone;
    mode_ = Mode::Browse;
}

void Gallery::remember(const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    buttons_[name] = ButtonRect{a.x, a.y, b.x, b.y};
}

const GalleryBoard* Gallery::selected() const {
    return selected_ < tiles_.size() ? &tiles_[selected_].board : nullptr;
}

void Gallery::drawGrid(float scale) {
    const float tileW = kTileWidth * scale;
    const float pad = kTilePadding * scale;
    const float thumbW = tileW - 2 * pad;
    const float thumbH = thumbW / kThumbAspect;
    const float lineH = ImGui::GetTextLineHeight();
    const float tileH = thumbH + lineH + 3 * pad;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>(std::floor((avail + spacing) / (tileW + spacing))));

    if (tiles_.empty()) {
        ImGui::TextWrapped("%s", text("gallery.empty", "No saved boards yet. Save this one below.").c_str());
        return;
    }
    // A finger that moved more than ImGui's drag threshold since it went down was scrolling, not choosing.
    const ImGuiIO& io = ImGui::GetIO();
    const float threshold = io.MouseDragThreshold;
    const bool wasDrag = io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] > threshold * threshold;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < tiles_.size(); ++i) {
        if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
        const Tile& tile = tiles_[i];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Button("##tile", ImVec2(tileW, tileH)) && !wasDrag && mode_ == Mode::Browse) selected_ = i;
        ImGui::PopID();
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 a(min.x + pad, min.y + pad), b(a.x + thumbW, a.y + thumbH);
        const float rounding = kTileRounding * scale;
        if (tile.thumbnail.valid()) {
            // Fit the picture in the thumbnail area, keeping its shape.
            const float fit = std::min(thumbW / static_cast<float>(tile.thumbnail.width()),
                                       thumbH / static_cast<float>(tile.thumbnail.height()));
            const float w = fit * static_cast<float>(tile.thumbnail.width());
            const float h = fit * static_cast<float>(tile.thumbnail.height());
            const ImVec2 ia(a.x + 0.5f * (thumbW - w), a.y + 0.5f * (thumbH - h));
            draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tile.thumbnail.id())), ia,
                           ImVec2(ia.x + w, ia.y + h));
            draw->AddRect(ia, ImVec2(ia.x + w, ia.y + h), kTileEdge);
        } else {
            draw->AddRectFilled(a, b, kPlainTile, rounding);
            draw->AddRect(a, b, kTileEdge, rounding);
            const float wrap = thumbW * kPlainTileTextShare;
            const ImVec2 size = ImGui::CalcTextSize(tile.board.name.c_str(), nullptr, false, wrap);
            ImGui::PushClipRect(a, b, true);
            draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                          ImVec2(a.x + 0.5f * (thumbW - std::min(size.x, wrap)), a.y + 0.5f * (thumbH - size.y)),
                          ImGui::GetColorU32(ImGuiCol_Text), tile.board.name.c_str(), nullptr, wrap);
            ImGui::PopClipRect();
        }
        const std::string label = fitted(tile.board.name, thumbW);
        const float labelW = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(min.x + 0.5f * (tileW - labelW), b.y + pad), ImGui::GetColorU32(ImGuiCol_Text),
                      label.c_str());
        if (i == selected_) {
            const float border = kSelectedBorder * scale;
            draw->AddRect(ImVec2(min.x + 0.5f * border, min.y + 0.5f * border),
                          ImVec2(min.x + tileW - 0.5f * border, min.y + tileH - 0.5f * border), kSelection,
                          rounding, 0, border);
        }
    }
    // Drag anywhere in the grid to scroll it, as on a tablet.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    }
}

// Open, Rename, Duplicate and Delete for the chosen board; or, while a delete waits for an answer, the
// question with Delete and Keep.
void Gallery::drawChosenRow(float scale, GalleryAction& action) {
    const float buttonH = kButtonHeight * scale;
    const float wideW = kWideButtonWidth * scale;
    const ImGuiStyle& style = ImGui::GetStyle();
    const GalleryBoard* chosen = selected();
    const auto widthOf = [&](const std::string& label) {
        return std::max(wideW, ImGui::CalcTextSize(label.c_str()).x + 2 * style.FramePadding.x);
    };
    if (mode_ == Mode::ConfirmDelete && chosen) {
        labelBeside(text("gallery.delete-ask", "Delete \"{0}\"?", fitted(chosen->name, kTileWidth * scale)), buttonH);
        const std::string yes = text("gallery.delete-yes", "Delete it");
        const bool yesPressed = ImGui::Button((yes + "##delete-yes").c_str(), ImVec2(widthOf(yes), buttonH));
        remember("gallery-delete-yes");
        if (yesPressed) {
            action.kind = GalleryAction::Delete;
            action.path = chosen->path;
            mode_ = Mode::Browse;
        }
        ImGui::SameLine();
        const std::string no = text("gallery.delete-no", "Keep it");
        if (ImGui::Button((no + "##delete-no").c_str(), ImVec2(widthOf(no), buttonH))) mode_ = Mode::Browse;
        remember("gallery-delete-no");
        return;
    }
    if (mode_ == Mode::ConfirmDelete) mode_ = Mode::Browse;  // the chosen board went away
    const std::string openLabel =
        chosen ? text("gallery.open-named", "Open \"{0}\"", fitted(chosen->name, kTileWidth * scale)) : text("gallery.open", "Open");
    ImGui::BeginDisabled(chosen == nullptr || mode_ != Mode::Browse);
    const bool openPressed = ImGui::Button((openLabel + "##open").c_str(), ImVec2(widthOf(openLabel), buttonH));
    remember("gallery-open");
    if (openPressed && chosen) {
        action.kind = GalleryAction::Open;
        action.path = chosen->path;
    }
    ImGui::SameLine();
    const std::string renameLabel = text("gallery.rename", "Rename");
    const bool renamePressed = ImGui::Button((renameLabel + "##rename").c_str(), ImVec2(widthOf(renameLabel), buttonH));
    remember("gallery-rename");
    if (renamePressed && chosen) {
        mode_ = Mode::Renaming;
        std::memset(name_, 0, sizeof name_);
        std::strncpy(name_, chosen->name.c_str(), sizeof name_ - 1);
    }
    ImGui::SameLine();
    const std::string duplicateLabel = text("gallery.duplicate", "Duplicate");
    const bool duplicatePressed = ImGui::Button((duplicateLabel + "##duplicate").c_str(), ImVec2(widthOf(duplicateLabel), buttonH));
    remember("gallery-duplicate");
    if (duplicatePressed && chosen) {
        action.kind = GalleryAction::Duplicate;
        action.path = chosen->path;
    }
    ImGui::SameLine();
    const std::string deleteLabel = text("gallery.delete", "Delete");
    const bool deletePressed = ImGui::Button((deleteLabel + "##delete").c_str(), ImVec2(widthOf(deleteLabel), buttonH));
    remember("gallery-delete");
    if (deletePressed && chosen) mode_ = Mode::ConfirmDelete;
    ImGui::EndDisabled();
}

// "Save as" with a name already filled in; or, while renaming, the new name with Rename and Cancel.
void Gallery::drawNameRow(float scale, GalleryAction& action) {
    const float buttonH = kButtonHeight * scale;
    const float wideW = kWideButtonWidth * scale;
    const ImGuiStyle& style = ImGui::GetStyle();
    const GalleryBoard* chosen = selected();
    const bool renaming = mode_ == Mode::Renaming && chosen;
    if (mode_ == Mode::Renaming && !chosen) mode_ = Mode::Browse;
    labelBeside(renaming ? text("gallery.rename-to", "New name for \"{0}\":", fitted(chosen->name, kTileWidth * scale))
                         : text("gallery.save-as", "Save as"),
                buttonH);
    ImGui::SetNextItemWidth(kNameFieldShare * ImGui::GetWindowWidth());
    const float fieldPadY = std::max(style.FramePadding.y, 0.5f * (buttonH - ImGui::GetFontSize()));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, fieldPadY));
    const bool entered = ImGui::InputText("##name", name_, sizeof name_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopStyleVar();
    ImGui::SameLine();
    if (renaming) {
        const bool renamePressed = ImGui::Button((text("gallery.rename-ok", "Rename") + "##rename-ok").c_str(), ImVec2(wideW, buttonH));
        remember("gallery-rename-ok");
        if (renamePressed || entered) {
            action.kind = GalleryAction::Rename;
            action.path = chosen->path;
            action.name = name_;
            mode_ = Mode::Browse;
        }
        ImGui::SameLine();
        const bool cancelPressed = ImGui::Button((text("gallery.cancel", "Cancel") + "##rename-cancel").c_str(), ImVec2(wideW, buttonH));
        remember("gallery-rename-cancel");
        if (cancelPressed) {
            mode_ = Mode::Browse;
            std::memset(name_, 0, sizeof name_);
            std::strncpy(name_, suggested_.c_str(), sizeof name_ - 1);
        }
        return;
    }
    ImGui::BeginDisabled(mode_ != Mode::Browse);
    const bool savePressed = ImGui::Button((text("gallery.save", "Save") + "##save-as").c_str(), ImVec2(wideW, buttonH));
    remember("gallery-save");
    if (savePressed || (entered && mode_ == Mode::Browse)) {
        action.kind = GalleryAction::SaveAs;
        action.name = name_;
    }
    ImGui::EndDisabled();
}

GalleryAction Gallery::draw(float uiScale, const std::string& errorLine) {
    GalleryAction action;
    if (!open_) {
        // Closed by the app since the last frame: close ImGui's modal popup too, or it would block input.
        if (popupOpened_ && ImGui::BeginPopupModal(kPopupId, nullptr, ImGuiWindowFlags_NoTitleBar)) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        popupOpened_ = false;
        return action;
    }
    const float scale = uiScale > 0 ? uiScale : 1.0f;
    if (!popupOpened_) {
        ImGui::OpenPopup(kPopupId);
        popupOpened_ = true;
    }
    buttons_.clear();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0.5f * display.x, 0.5f * display.y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(kWindowShare * display.x, kWindowShare * display.y), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar;
    if (!ImGui::BeginPopupModal(kPopupId, nullptr, flags)) {
        // Something else closed the popup (ImGui does so when another modal opens): treat it as Close.
        open_ = false;
        popupOpened_ = false;
        tiles_.clear();
        action.kind = GalleryAction::Close;
        return action;
    }
    const float buttonH = kButtonHeight * scale;
    const ImGuiStyle& style = ImGui::GetStyle();

    // Heading and Close.
    const std::string closeLabel = text("gallery.close", "Close");
    const float closeW = ImGui::CalcTextSize(closeLabel.c_str()).x + 2 * style.FramePadding.x;
    // Two sections: the boards and the lessons, chosen with two big buttons (the one shown drawn pressed).
    for (const bool lessons : {false, true}) {
        if (lessons) ImGui::SameLine();
        const bool on = lessons == lessonsShown_;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
        const std::string label = lessons ? text("gallery.tab-lessons", "Lessons") : text("gallery.tab-boards", "Boards");
        const bool pressed = ImGui::Button((label + (lessons ? "##tab-lessons" : "##tab-boards")).c_str(),
                                           ImVec2(std::max(kWideButtonWidth * scale, ImGui::CalcTextSize(label.c_str()).x), buttonH));
        remember(lessons ? "gallery-tab-lessons" : "gallery-tab-boards");
        if (on) ImGui::PopStyleColor();
        if (pressed && mode_ == Mode::Browse) lessonsShown_ = lessons;
    }
    ImGui::SameLine();
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - closeW);
    const bool closePressed = ImGui::Button(closeLabel.c_str(), ImVec2(closeW, buttonH));
    remember("gallery-close");
    if (closePressed || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) action.kind = GalleryAction::Close;
    if (!errorLine.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
        ImGui::TextWrapped("%s", errorLine.c_str());
        ImGui::PopStyleColor();
    } else if (!notice_.empty()) {
        ImGui::TextWrapped("%s", notice_.c_str());
    }

    if (lessonsShown_) {
        drawLessons(scale, action);
        if (action.kind == GalleryAction::Close) {
            open_ = false;
            popupOpened_ = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
        if (action.kind == GalleryAction::Close) tiles_.clear();
        return action;
    }

    // Undo for the board deleted last, while it can still come back.
    if (!undoName_.empty()) {
        labelBeside(text("gallery.deleted", "Deleted \"{0}\".", undoName_), buttonH);
        const std::string undoLabel = text("gallery.undo_delete", "Undo");
        const bool undoPressed = ImGui::Button((undoLabel + "##undo-delete").c_str(), ImVec2(kWideButtonWidth * scale, buttonH));
        remember("gallery-undo-delete");
        if (undoPressed) action.kind = GalleryAction::UndoDelete;
    }

    // The grid fills what the three rows of controls below leave.
    const float controlsH = 3 * (buttonH + style.ItemSpacing.y) + style.ItemSpacing.y;
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, kScrollbarSize * scale);
    ImGui::BeginChild("##grid", ImVec2(0, std::max(buttonH, ImGui::GetContentRegionAvail().y - controlsH)), true);
    drawGrid(scale);
    ImGui::EndChild();
    ImGui::PopStyleVar();

    drawChosenRow(scale, action);

    // Save the open board back into its own file, or start a new one.
    const float wideW = kWideButtonWidth * scale;
    if (!currentName_.empty()) {
        const std::string saveLabel = text("gallery.save-in-place", "Save \"{0}\"", fitted(currentName_, kTileWidth * scale));
        const float saveW = std::max(wideW, ImGui::CalcTextSize(saveLabel.c_str()).x + 2 * style.FramePadding.x);
        ImGui::BeginDisabled(mode_ != Mode::Browse);
        const bool savePressed = ImGui::Button((saveLabel + "##save-in-place").c_str(), ImVec2(saveW, buttonH));
        remember("gallery-save-in-place");
        if (savePressed) action.kind = GalleryAction::Save;
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(mode_ != Mode::Browse);
    if (ImGui::Button(text("gallery.new", "New board").c_str(), ImVec2(wideW, buttonH))) action.kind = GalleryAction::New;
    remember("gallery-new");
    ImGui::EndDisabled();

    drawNameRow(scale, action);

    if (action.kind == GalleryAction::Close) {
        open_ = false;
        popupOpened_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    if (action.kind == GalleryAction::Close) tiles_.clear();
    return action;
}

void Gallery::drawLessonTiles(float scale, bool shipped, std::size_t& number) {
    const float tileW = kLessonTileWidth * scale;
    const float pad = kTilePadding * scale;
    const float lineH = ImGui::GetTextLineHeightWithSpacing();
    const float tileH = kLessonTileLines * lineH + 2 * pad;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const int columns = std::max(1, static_cast<int>(std::floor((ImGui::GetContentRegionAvail().x + spacing) / (tileW + spacing))));
    const ImGuiIO& io = ImGui::GetIO();
    const bool wasDrag = io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] > io.MouseDragThreshold * io.MouseDragThreshold;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    int column = 0;
    for (std::size_t i = 0; i < lessons_.size(); ++i) {
        const GalleryLesson& l = lessons_[i];
        if (l.shipped != shipped) continue;
        if (column++ % columns != 0) ImGui::SameLine();
        ++number;
        const std::string id = "gallery-lesson-" + std::to_string(number);
        if (ImGui::Button(("##" + id).c_str(), ImVec2(tileW, tileH)) && !wasDrag) lessonSelected_ = i;
        remember(id.c_str());
        const ImVec2 min = ImGui::GetItemRectMin();
        const float wrap = tileW - 2 * pad;
        ImGui::PushClipRect(min, ImVec2(min.x + tileW, min.y + tileH), true);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + pad), ImGui::GetColorU32(ImGuiCol_Text),
                      l.title.c_str(), nullptr, wrap);
        draw->AddText(ImVec2(min.x + pad, min.y + tileH - pad - ImGui::GetTextLineHeight()), ImGui::GetColorU32(ImGuiCol_Text),
                      fitted(l.meta, wrap).c_str());
        ImGui::PopClipRect();
        if (i == lessonSelected_) {
            const float border = kSelectedBorder * scale;
            draw->AddRect(ImVec2(min.x + 0.5f * border, min.y + 0.5f * border),
                          ImVec2(min.x + tileW - 0.5f * border, min.y + tileH - 0.5f * border), kSelection,
                          kTileRounding * scale, 0, border);
        }
    }
}

void Gallery::drawLessons(float scale, GalleryAction& action) {
    const float buttonH = kButtonHeight * scale;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float controlsH = buttonH + 2 * style.ItemSpacing.y;
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, kScrollbarSize * scale);
    ImGui::BeginChild("##lessons", ImVec2(0, std::max(buttonH, ImGui::GetContentRegionAvail().y - controlsH)), true);
    std::size_t number = 0;
    ImGui::TextUnformatted(text("gallery.lessons-shipped", "Lessons that come with Tenfold").c_str());
    drawLessonTiles(scale, true, number);
    ImGui::Spacing();
    ImGui::TextUnformatted(text("gallery.lessons-saved", "Your lessons").c_str());
    const bool anySaved = std::any_of(lessons_.begin(), lessons_.end(), [](const GalleryLesson& l) { return !l.shipped; });
    if (anySaved) drawLessonTiles(scale, false, number);
    else ImGui::TextWrapped("%s", text("gallery.lessons-none-saved", "No saved lessons yet.").c_str());
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    ImGui::EndChild();
    ImGui::PopStyleVar();

    const GalleryLesson* chosen = lessonSelected_ < lessons_.size() ? &lessons_[lessonSelected_] : nullptr;
    const auto widthOf = [&](const std::string& label) {
        return std::max(kWideButtonWidth * scale, ImGui::CalcTextSize(label.c_str()).x + 2 * style.FramePadding.x);
    };
    const std::string openLabel = chosen ? text("gallery.lesson-open-named", "Open \"{0}\"", fitted(chosen->title, kLessonTileWidth * scale))
                                         : text("gallery.lesson-open", "Open the lesson");
    ImGui::BeginDisabled(chosen == nullptr);
    const bool openPressed = ImGui::Button((openLabel + "##lesson-open").c_str(), ImVec2(widthOf(openLabel), buttonH));
    remember("gallery-lesson-open");
    ImGui::EndDisabled();
    if (openPressed && chosen) {
        action.kind = GalleryAction::OpenLesson;
        action.path = chosen->path;
    }
    ImGui::SameLine();
    const std::string startLabel = lessonOpen_ ? text("gallery.lesson-add", "Add this board as a step")
                                               : text("gallery.lesson-start", "Make a lesson from this board");
    if (ImGui::Button((startLabel + "##lesson-start").c_str(), ImVec2(widthOf(startLabel), buttonH)))
        action.kind = GalleryAction::StartLesson;
    remember("gallery-lesson-start");
}

}  // namespace tenfold::ui
