// The ImGui toolbar and settings popup.
#include "ui/panels.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_impl_opengl3.h>

#include "model/text.hpp"
#include "ui/icons.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace tenfold::ui {

void Panels::setHighContrast(bool on) {
    if (on == highContrast_) return;
    highContrast_ = on;
    applyStyle();
}

void Panels::applyStyle() {
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
    if (highContrast_) {
        // Black text, black edges twice as thick, a pressed button clearly darker.
        style.Colors[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
        style.Colors[ImGuiCol_Border] = ImVec4(0, 0, 0, 1);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        style.Colors[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
        style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.62f, 0.75f, 1.0f, 1.0f);
        style.FrameBorderSize = 3.0f;
        style.WindowBorderSize = 3.0f;
        style.PopupBorderSize = 3.0f;
    }
    style.ScaleAllSizes(scale_);
    ImGui::GetStyle() = style;
}

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

    applyStyle();
}

void Panels::remember(const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    buttons_[name] = ButtonRect{a.x, a.y, b.x, b.y};
}

bool Panels::button(const std::string& label, const char* name, const char* icon, float height, float minWidth) {
    const bool pressed = icons_ != nullptr ? iconButton(*icons_, icon, label.c_str(), height, minWidth)
                                           : ImGui::Button(label.c_str(), ImVec2(minWidth, height));
    remember(name);
    return pressed;
}

bool Panels::textButton(const std::string& label, const char* name, float height) {
    const bool pressed = ImGui::Button((label + "##" + name).c_str(), ImVec2(0, height));
    remember(name);
    return pressed;
}

std::uint64_t drawDataFingerprint() {
    // FNV-1a over the draw lists: vertices, indices and each command's clip rectangle, texture and count.
    std::uint64_t h = 0xcbf29ce484222325ull;
    auto add = [&](const void* data, std::size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < bytes; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
    };
    const ImDrawData* d = ImGui::GetDrawData();
    if (d == nullptr || !d->Valid) return h;
    for (int n = 0; n < d->CmdListsCount; ++n) {
        const ImDrawList* list = d->CmdLists[n];
        add(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        add(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : list->CmdBuffer) {
            add(&c.ClipRect, sizeof c.ClipRect);
            add(&c.TextureId, sizeof c.TextureId);
            add(&c.ElemCount, sizeof c.ElemCount);
            add(&c.IdxOffset, sizeof c.IdxOffset);
            add(&c.VtxOffset, sizeof c.VtxOffset);
        }
    }
    return h;
}

bool panelsSettling() {
    // ImGui measures a window that has just appeared (or changed size) before it shows it: those frames
    // draw nothing new, yet the window is still coming. Its own counters say so.
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (g == nullptr) return false;
    for (const ImGuiWindow* w : g->Windows) {
        if (!w->Active && !w->WasActive) continue;
        if (w->HiddenFramesCanSkipItems > 0 || w->HiddenFramesCannotSkipItems > 0 || w->AutoFitFramesX > 0 ||
            w->AutoFitFramesY > 0)
            return true;
    }
    return false;
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
    using model::tr;
    ToolbarActions a;
    const float buttonH = kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    // Every button, in order. Each keeps one width whatever it says ("Select" and "Selecting"), and a
    // button that can do nothing now is greyed out rather than taken away: nothing slides under a finger.
    const bool anyShown = s.readouts[0] || s.readouts[1] || s.readouts[2] || s.readouts[3];
    struct Tool {
        const char* name;
        const char* icon;
        std::string label;
        std::vector<std::string> labels;  // every label it can show, for its width
        bool enabled;
        bool on;                          // drawn pressed (a mode that is on)
        bool* pressed;
    };
    bool settings = false;
    const std::vector<Tool> tools{
        {"undo", "undo", tr("ui.undo"), {tr("ui.undo")}, s.canUndo, false, &a.undo},
        {"redo", "redo", tr("ui.redo"), {tr("ui.redo")}, s.canRedo, false, &a.redo},
        {"select", "select", tr(s.selectMode ? "ui.selecting" : "ui.select"), {tr("ui.select"), tr("ui.selecting")}, true,
         s.selectMode, &a.toggleSelect},
        {"duplicate", "duplicate", tr("ui.duplicate"), {tr("ui.duplicate")}, s.hasSelection, false, &a.duplicate},
        {"clear", "clear", tr("ui.clear"), {tr("ui.clear")}, true, false, &a.clear},
        // "What number is this?": one tap hides every number under the charts, another shows them again.
        {"numbers", anyShown ? "hide" : "show", tr(anyShown ? "ui.hide_numbers" : "ui.show_numbers"),
         {tr("ui.hide_numbers"), tr("ui.show_numbers")}, true, false, &a.toggleAllReadouts},
        {"zoom-out", "zoom-out", tr("ui.zoom_out"), {tr("ui.zoom_out")}, true, false, &a.zoomOut},
        {"zoom-in", "zoom-in", tr("ui.zoom_in"), {tr("ui.zoom_in")}, true, false, &a.zoomIn},
        {"fit", "fit", tr("ui.fit"), {tr("ui.fit")}, true, false, &a.fit},
        {"fullscreen", s.fullscreen ? "window" : "fullscreen", tr(s.fullscreen ? "ui.window" : "ui.fullscreen"),
         {tr("ui.window"), tr("ui.fullscreen")}, true, false, &a.toggleFullscreen},
        {"boards", "gallery", tr("ui.boards"), {tr("ui.boards")}, true, false, &a.openGallery},
        {"settings", "settings", tr("ui.settings"), {tr("ui.settings")}, true, false, &settings},
    };
    auto widthOf = [&](const Tool& t) {
        float w = 0;
        for (const std::string& l : t.labels) w = std::max(w, iconButtonWidth(l.c_str(), buttonH));
        return w;
    };
    // As many as fit between the tray's tiles and the right edge; the rest fold into "More". The view
    // buttons fold first (a pinch or the wheel zooms too), Undo and Redo never.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float room = s.displayWidth - pad - std::max(s.left + pad, 0.0f) - 2 * ImGui::GetStyle().WindowPadding.x;
    const float moreWidth = iconButtonWidth(tr("ui.more").c_str(), buttonH);
    const char* foldOrder[] = {"fullscreen", "zoom-out", "zoom-in", "fit", "numbers", "boards", "settings", "duplicate",
                               "clear", "select"};
    std::vector<bool> folded(tools.size(), false);
    auto rowWidth = [&] {
        float w = 0;
        bool any = false;
        for (std::size_t i = 0; i < tools.size(); ++i) {
            if (folded[i]) {
                any = true;
                continue;
            }
            w += widthOf(tools[i]) + (w > 0 ? spacing : 0);
        }
        return any ? w + spacing + moreWidth : w;
    };
    for (const char* name : foldOrder) {
        if (rowWidth() <= room) break;
        for (std::size_t i = 0; i < tools.size(); ++i) {
            if (std::string_view(tools[i].name) == name) folded[i] = true;
        }
    }
    const bool anyFolded = std::find(folded.begin(), folded.end(), true) != folded.end();
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - 0.5f * s.trayHeight), ImGuiCond_Always,
                            ImVec2(1.0f, 0.5f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("##toolbar", nullptr, flags);
    buttons_.clear();
    windows_.clear();
    auto draw = [&](const Tool& t, float width) {
        ImGui::BeginDisabled(!t.enabled);
        if (t.on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        if (button(t.label, t.name, t.icon, buttonH, width)) *t.pressed = true;
        if (t.on) ImGui::PopStyleColor();
        ImGui::EndDisabled();
    };
    bool first = true;
    for (std::size_t i = 0; i < tools.size(); ++i) {
        if (folded[i]) continue;
        if (!first) ImGui::SameLine();
        first = false;
        draw(tools[i], widthOf(tools[i]));
    }
    if (anyFolded) {
        ImGui::SameLine();
        if (button(tr("ui.more"), "more", "more", buttonH, moreWidth)) ImGui::OpenPopup("more");
    }
    {
        // What a finger on the toolbar lands on is its row of buttons as drawn now (the auto-sized window
        // takes a frame to follow when buttons fold).
        ButtonRect row{1e9f, 1e9f, -1e9f, -1e9f};
        for (const auto& [name, b] : buttons_) {
            row = ButtonRect{std::min(row.x0, b.x0), std::min(row.y0, b.y0), std::max(row.x1, b.x1), std::max(row.y1, b.y1)};
        }
        if (row.x1 > row.x0) windows_.push_back(row);
    }
    if (anyFolded) {
        ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - s.trayHeight - pad), ImGuiCond_Always,
                                ImVec2(1.0f, 1.0f));
        if (ImGui::BeginPopup("more")) {
            // The folded buttons, three to a row, in their toolbar order.
            float widest = 0;
            for (std::size_t i = 0; i < tools.size(); ++i) {
                if (folded[i]) widest = std::max(widest, widthOf(tools[i]));
            }
            int n = 0;
            for (std::size_t i = 0; i < tools.size(); ++i) {
                if (!folded[i]) continue;
                if (n++ % 3 != 0) ImGui::SameLine();
                draw(tools[i], widest);
                if (*tools[i].pressed && tools[i].pressed != &settings) ImGui::CloseCurrentPopup();
            }
            recordWindow();
            ImGui::EndPopup();
        }
    }
    if (settings) ImGui::OpenPopup("settings");
    auto next = [] { ImGui::SameLine(); };
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - pad, s.displayHeight - s.trayHeight - pad), ImGuiCond_Always,
                            ImVec2(1.0f, 1.0f));
    if (ImGui::BeginPopup("settings")) {
        const float rowH = 0.8f * buttonH;
        // Each choice is a row of buttons; the chosen one is drawn pressed (and says so in words).
        auto choice = [&](const std::string& label, const char* name, bool chosen) {
            if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
            const bool pressed = textButton(chosen ? tr("ui.chosen", {label}) : label, name, rowH);
            if (chosen) ImGui::PopStyleColor();
            return pressed;
        };
        // Two columns, so that the whole panel fits a 1366x768 laptop without scrolling: what the pieces do
        // on the left, how the board looks and where it is shown on the right.
        ImGui::BeginGroup();
        ImGui::TextUnformatted(tr("ui.size", {std::to_string(static_cast<int>(std::lround(s.uiScale * 100))),
                                              s.scaleIsAuto ? tr("ui.size_automatic") : std::string()})
                                   .c_str());
        if (textButton(tr("ui.smaller"), "smaller", rowH)) a.scaleDown = true;
        next();
        if (textButton(tr("ui.bigger"), "bigger", rowH)) a.scaleUp = true;
        next();
        if (textButton(tr("ui.automatic"), "automatic", rowH)) a.scaleAuto = true;
        // Button names (for replay scripts) and labels come from the model's own ids for each choice.
        ImGui::TextUnformatted(tr("ui.exchange").c_str());
        for (const model::ExchangeMode mode : {model::ExchangeMode::Automatic, model::ExchangeMode::Offered, model::ExchangeMode::Off}) {
            if (mode != model::ExchangeMode::Automatic) next();
            const std::string id(model::exchangeModeId(mode));
            if (choice(tr("ui.exchange_" + id), ("exchange-" + id).c_str(), s.exchangeMode == mode)) a.setExchangeMode = mode;
        }
        ImGui::TextUnformatted(tr("ui.bead_colours").c_str());
        for (const model::BeadColours c : {model::BeadColours::ByLength, model::BeadColours::Fives, model::BeadColours::Tens}) {
            if (c != model::BeadColours::ByLength) next();
            const std::string id(model::beadColoursId(c));
            std::string key = "ui.bead_colours_" + id;
            std::replace(key.begin(), key.end(), '-', '_');
            if (choice(tr(key), ("bead-colours-" + id).c_str(), s.beadColours == c)) a.setBeadColours = c;
        }
        ImGui::TextUnformatted(tr("ui.colours").c_str());
        if (choice(tr("ui.colours_standard"), "colours-standard", !s.colourBlind)) a.setColourBlind = false;
        next();
        if (choice(tr("ui.colours_colour_blind"), "colours-colour-blind", s.colourBlind)) a.setColourBlind = true;
        ImGui::TextUnformatted(tr("ui.readouts").c_str());
        const char* readoutNames[] = {"readout-numeral", "readout-expanded", "readout-words", "readout-sentence"};
        const char* readoutKeys[] = {"ui.readout_numeral", "ui.readout_expanded", "ui.readout_words", "ui.readout_sentence"};
        for (int i = 0; i < 4; ++i) {
            if (i > 0) next();
            if (choice(tr(readoutKeys[i]), readoutNames[i], s.readouts[i])) a.toggleReadout = i;
        }
        ImGui::EndGroup();
        ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
        ImGui::BeginGroup();
        ImGui::TextUnformatted(tr("ui.motion").c_str());
        if (choice(tr("ui.motion_full"), "motion-full", !s.reducedMotion)) a.setReducedMotion = false;
        next();
        if (choice(tr("ui.motion_reduced"), "motion-reduced", s.reducedMotion)) a.setReducedMotion = true;
        ImGui::TextUnformatted(tr("ui.backdrop").c_str());
        for (const repr::Backdrop b : repr::kBackdrops) {
            if (b != repr::kBackdrops[0]) next();
            const std::string id(repr::backdropId(b));
            std::string key = "ui.backdrop_" + id;
            std::replace(key.begin(), key.end(), '-', '_');
            if (choice(tr(key), ("backdrop-" + id).c_str(), s.look.backdrop == b)) a.setBackdrop = b;
        }
        ImGui::TextUnformatted(tr("ui.contrast").c_str());
        if (choice(tr("ui.contrast_standard"), "contrast-standard", !s.look.highContrast)) a.setHighContrast = false;
        next();
        if (choice(tr("ui.contrast_high"), "contrast-high", s.look.highContrast)) a.setHighContrast = true;
        // The room: common classroom boards, and the distance to the back row once a board is chosen.
        ImGui::TextUnformatted(tr("ui.room").c_str());
        if (choice(tr("ui.room_none"), "room-none", s.boardInches <= 0)) a.setBoardInches = 0.0f;
        for (const int inches : {65, 75, 86}) {
            next();
            const std::string n = std::to_string(inches);
            if (choice(tr("ui.room_inches", {n}), ("room-" + n).c_str(), std::lround(s.boardInches) == inches)) {
                a.setBoardInches = static_cast<float>(inches);
            }
        }
        // Always there (greyed out without a board), so that choosing a board moves no button.
        ImGui::BeginDisabled(s.boardInches <= 0);
        ImGui::TextUnformatted(tr("ui.back_row").c_str());
        for (const int metres : {5, 8, 11}) {
            if (metres != 5) next();
            const std::string n = std::to_string(metres);
            if (choice(tr("ui.back_row_metres", {n}), ("back-row-" + n).c_str(), std::lround(s.backRowMetres) == metres)) {
                a.setBackRowMetres = static_cast<float>(metres);
            }
        }
        ImGui::EndDisabled();
        ImGui::EndGroup();
        recordWindow();
        ImGui::EndPopup();
    }
    ImGui::End();
    return a;
}

}  // namespace tenfold::ui
