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

bool Panels::wantsPointer() const { return ImGui::GetIO().WantCaptureMouse; }

ToolbarActions Panels::drawToolbar(const ToolbarState& s) {
    ToolbarActions a;
    const float button = kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - 0.5f * s.trayHeight), ImGuiCond_Always,
                            ImVec2(1.0f, 0.5f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("##toolbar", nullptr, flags);
    if (ImGui::Button("Zoom out", ImVec2(0, button))) a.zoomOut = true;
    ImGui::SameLine();
    if (ImGui::Button("Zoom in", ImVec2(0, button))) a.zoomIn = true;
    ImGui::SameLine();
    if (ImGui::Button("Fit", ImVec2(0, button))) a.fit = true;
    ImGui::SameLine();
    if (ImGui::Button(s.fullscreen ? "Window" : "Full screen", ImVec2(0, button))) a.toggleFullscreen = true;
    ImGui::SameLine();
    if (ImGui::Button("Settings", ImVec2(0, button))) ImGui::OpenPopup("settings");
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - s.trayHeight - pad), ImGuiCond_Always,
                            ImVec2(1.0f, 1.0f));
    if (ImGui::BeginPopup("settings")) {
        char label[64];
        std::snprintf(label, sizeof label, "Size of buttons and text: %d%%%s", static_cast<int>(std::lround(s.uiScale * 100)),
                      s.scaleIsAuto ? " (automatic)" : "");
        ImGui::TextUnformatted(label);
        if (ImGui::Button("Smaller", ImVec2(0, button))) a.scaleDown = true;
        ImGui::SameLine();
        if (ImGui::Button("Bigger", ImVec2(0, button))) a.scaleUp = true;
        ImGui::SameLine();
        if (ImGui::Button("Automatic", ImVec2(0, button))) a.scaleAuto = true;
        ImGui::EndPopup();
    }
    ImGui::End();
    return a;
}

}  // namespace tenfold::ui
