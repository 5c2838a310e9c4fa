// Drawing a question with big buttons as an ImGui modal window (see question_panel.hpp).
#include "ui/question_panel.hpp"

#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <utility>

namespace tenfold::ui {

namespace {
constexpr const char* kPopupId = "##question";
constexpr float kQuestionFontScale = 1.5f;   // the question reads from further back than the buttons
constexpr float kButtonHeightShare = 1.25f;  // of a toolbar button's height
constexpr float kMinButtonWidth = 220.0f;    // at UI scale 1, window coordinates
constexpr float kWidthShare = 0.8f;          // of the display, at most
constexpr float kMaxWidth = 1100.0f;         // at UI scale 1
}  // namespace

void QuestionPanel::open(Question question) {
    question_ = std::move(question);
    open_ = true;
    popupOpened_ = false;
}

void QuestionPanel::close() {
    open_ = false;  // ImGui's popup is closed on the next draw()
    buttons_.clear();
}

int QuestionPanel::draw(float uiScale) {
    if (!open_) {
        if (popupOpened_ && ImGui::BeginPopupModal(kPopupId, nullptr, ImGuiWindowFlags_NoTitleBar)) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        popupOpened_ = false;
        return -1;
    }
    const float scale = uiScale > 0 ? uiScale : 1.0f;
    if (!popupOpened_) {
        ImGui::OpenPopup(kPopupId);
        popupOpened_ = true;
    }
    buttons_.clear();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(kWidthShare * display.x, kMaxWidth * scale);
    ImGui::SetNextWindowPos(ImVec2(0.5f * display.x, 0.5f * display.y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    // The width fixed, the height fitted to the text and buttons. (A size of 0 set every frame would ask ImGui
    // to fit the window anew each frame: it would never be at rest, and the app would draw on and on.)
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, display.y));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    if (!ImGui::BeginPopupModal(kPopupId, nullptr, flags)) {
        popupOpened_ = false;  // closed from outside (another modal opened): opened again next frame
        return -1;
    }
    ImGui::SetWindowFontScale(kQuestionFontScale);
    ImGui::TextWrapped("%s", question_.text.c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (!question_.detail.empty()) ImGui::TextWrapped("%s", question_.detail.c_str());
    ImGui::Spacing();
    const float buttonH = kButtonHeightShare * kBaseButtonHeight * scale;
    const ImGuiStyle& style = ImGui::GetStyle();
    int pressed = -1;
    for (std::size_t i = 0; i < question_.choices.size(); ++i) {
        const Question::Choice& c = question_.choices[i];
        const float w = std::max(kMinButtonWidth * scale, ImGui::CalcTextSize(c.label.c_str()).x + 2 * style.FramePadding.x);
        // Side by side while they fit (a narrow window puts the next one below).
        if (i > 0) {
            const float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + w;
            if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
        }
        if (ImGui::Button((c.label + "##" + c.name).c_str(), ImVec2(w, buttonH))) pressed = static_cast<int>(i);
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        buttons_[c.name] = ButtonRect{a.x, a.y, b.x, b.y};
    }
    if (pressed < 0 && question_.enterChoice >= 0 &&
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false)))
        pressed = question_.enterChoice;
    if (pressed < 0 && question_.escapeChoice >= 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        pressed = question_.escapeChoice;
    ImGui::EndPopup();
    return pressed;
}

}  // namespace tenfold::ui
