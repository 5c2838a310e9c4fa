// The ImGui toolbar and settings popup.
#include "ui/panels.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>

namespace tenfold::ui {

void Panels::setScale(float uiScale, float framebufferScale, const std::string& fontPath) {
    if (std::abs(uiScale - scale_) < 1e-3f && std::abs(framebufferScale - fbScale_) < 1e-3f) return;
    scale_ = uiScale;
    fbScale_ = framebufferScale;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Rasterise at the drawable's pixel size and scale back, so text is crisp on high-DPI screens.
    const float pixels = std::round(kBaseFontSize * uiScale * framebufferScale);
    ImFont* font = nullptr;
    if (!fontPath.empty()) font = io.Fonts->AddFontFromFileTTF(fontPath.c_str(), pixels);
    if (!font) {
        ImFontConfig config;
        config.SizePixels = pixels;
        io.Fonts->AddFontDefault(&config);
    }
    io.FontGlobalScale = 1.0f / framebufferScale;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();

    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 12;
    style.FrameRounding = 10;
    style.PopupRounding = 10;
    style.FramePadding = ImVec2(14, 10);
    style.ItemSpacing = ImVec2(10, 10);
    style.WindowPadding = ImVec2(12, 12);
    style.Colors[ImGuiCol_Button] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.90f, 0.94f, 1.0f, 1.0f);
    style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.80f, 0.88f, 1.0f, 1.0f);
    style.Colors[ImGuiCol_Text] = ImVec4(0.13f, 0.14f, 0.17f, 1.0f);
    style.Colors[ImGuiCol_Border] = ImVec4(0.55f, 0.55f, 0.60f, 0.6f);
    style.FrameBorderSize = 1.5f;
    style.ScaleAllSizes(uiScale);
    ImGui::GetStyle() = style;
}

bool Panels::button(const char* label, const char* name, float width, float height) {
    const bool pressed = ImGui::Button(label, ImVec2(width, height));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    buttons_[name] = ButtonRect{a.x, a.y, b.x, b.y};
    return pressed;
}

bool Panels::wantsPointer() const { return ImGui::GetIO().WantCaptureMouse; }

void Panels::recordWindow() {
    const ImVec2 p = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    windows_.push_back(ButtonRect{p.x, p.y, p.x + size.x, p.y + size.y});
}

bool Panels::covers(float x, float y) const {
    for (const ButtonRect& r : windows_) {
        if (x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1) return true;
    }
    return false;
}

ToolbarActions Panels::drawToolbar(const ToolbarState& s) {
    ToolbarActions a;
    const float buttonH = kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - 0.5f * s.trayHeight), ImGuiCond_Always,
                            ImVec2(1.0f, 0.5f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("##toolbar", nullptr, flags);
    buttons_.clear();
    windows_.clear();
    recordWindow();
    ImGui::BeginDisabled(!s.canUndo);
    if (button("Undo", "undo", 0, buttonH)) a.undo = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.canRedo);
    if (button("Redo", "redo", 0, buttonH)) a.redo = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (s.selectMode) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (button(s.selectMode ? "Selecting" : "Select", "select", 0, buttonH)) a.toggleSelect = true;
    if (s.selectMode) ImGui::PopStyleColor();
    ImGui::SameLine();
    if (button("Zoom out", "zoom-out", 0, buttonH)) a.zoomOut = true;
    ImGui::SameLine();
    if (button("Zoom in", "zoom-in", 0, buttonH)) a.zoomIn = true;
    ImGui::SameLine();
    if (button("Fit", "fit", 0, buttonH)) a.fit = true;
    ImGui::SameLine();
    if (button(s.fullscreen ? "Window" : "Full screen", "fullscreen", 0, buttonH)) a.toggleFullscreen = true;
    ImGui::SameLine();
    if (button("Settings", "settings", 0, buttonH)) ImGui::OpenPopup("settings");
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - s.trayHeight - pad), ImGuiCond_Always,
                            ImVec2(1.0f, 1.0f));
    if (ImGui::BeginPopup("settings")) {
        char label[64];
        std::snprintf(label, sizeof label, "Size of buttons and text: %d%%%s", static_cast<int>(std::lround(s.uiScale * 100)),
                      s.scaleIsAuto ? " (automatic)" : "");
        ImGui::TextUnformatted(label);
        if (button("Smaller", "smaller", 0, buttonH)) a.scaleDown = true;
        ImGui::SameLine();
        if (button("Bigger", "bigger", 0, buttonH)) a.scaleUp = true;
        ImGui::SameLine();
        if (button("Automatic", "automatic", 0, buttonH)) a.scaleAuto = true;
        recordWindow();
        ImGui::EndPopup();
    }
    ImGui::End();
    return a;
}

}  // namespace tenfold::ui
