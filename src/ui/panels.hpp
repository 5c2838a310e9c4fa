// Dear ImGui panels: the bottom toolbar (zoom, fit, full screen, settings). Panels only: the board itself is
// drawn by the board renderer. Buttons are large enough for a finger on a whiteboard (>= 48 px at 1x).
#pragma once

#include "model/bead_string.hpp"
#include "representations/look.hpp"
#include "ui/model_panel.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tenfold::ui {

struct ToolbarActions {
    bool zoomIn = false, zoomOut = false, fit = false, toggleFullscreen = false;
    bool scaleUp = false, scaleDown = false, scaleAuto = false;
    bool undo = false, redo = false, toggleSelect = false, openGallery = false, duplicate = false, clear = false;
    std::optional<model::ExchangeMode> setExchangeMode;
    std::optional<model::BeadColours> setBeadColours;
    std::optional<bool> setColourBlind;    // the colour-blind-safe palette on or off
    std::optional<bool> setReducedMotion;
    std::optional<repr::Backdrop> setBackdrop;
    std::optional<bool> setHighContrast;
    std::optional<float> setBoardInches;    // 0: a laptop or desk screen
    std::optional<float> setBackRowMetres;
    int toggleReadout = -1;     // 0 numeral, 1 expanded form, 2 words, 3 stem sentence; -1: none
    bool toggleAllReadouts = false;
    bool any() const {
        return zoomIn || zoomOut || fit || toggleFullscreen || scaleUp || scaleDown || scaleAuto || undo || redo ||
               toggleSelect || openGallery || duplicate || clear || toggleReadout >= 0 || toggleAllReadouts ||
               setExchangeMode || setBeadColours || setColourBlind || setReducedMotion || setBackdrop || setHighContrast ||
               setBoardInches || setBackRowMetres;
    }
};

struct ToolbarState {
    float displayWidth = 0, displayHeight = 0;  // ImGui display size (window coordinates)
    float left = 0;                             // the toolbar keeps right of this (the tray's tiles end here)
    float trayHeight = 0;                       // height of the bottom band, same coordinates
    bool fullscreen = false;
    float uiScale = 1;                          // shown in settings
    bool scaleIsAuto = true;
    bool canUndo = false, canRedo = false;
    bool selectMode = false;
    bool hasSelection = false;
    bool readouts[4] = {true, true, true, true};  // numeral, expanded form, words, stem sentence shown
    model::ExchangeMode exchangeMode = model::ExchangeMode::Offered;
    model::BeadColours beadColours = model::BeadColours::ByLength;
    bool colourBlind = false;
    bool reducedMotion = false;
    repr::Look look;
    float boardInches = 0, backRowMetres = 8;  // the classroom board (0 inches: none)
};

class Panels {
public:
    // (Re)builds ImGui's font and style for a UI scale. `framebufferScale` keeps text crisp on high-DPI.
    void setScale(float uiScale, float framebufferScale, const std::string& fontPath);
    // Icons for the toolbar (labelled icon buttons); without them the buttons are text.
    void setIcons(const class IconSet* icons) { icons_ = icons; }
    float scale() const { return scale_; }
    // Black text and thick black edges on every panel (the teacher's high-contrast setting).
    void setHighContrast(bool on);
    ToolbarActions drawToolbar(const ToolbarState& state);
    // The picked model's menu, at the top of the screen (model_panel.cpp).
    ModelPanelActions drawModelPanel(const ModelPanelState& state);
    // The keypad, in the middle of the screen.
    KeypadActions drawKeypad(const KeypadState& state);
    // The bar labels editor, in the middle of the screen (text fields: a keyboard, or the system's
    // on-screen keyboard, types into them).
    LabelEditorActions drawLabelEditor(const LabelEditorState& state);
    // The whole board's level, top left: the level chosen, if one was. `level` is the level every model
    // shows (none when they differ).
    std::optional<model::Level> drawBoardLevel(std::optional<model::Level> level);
    // True when ImGui wants the mouse (it is over a panel or dragging in one).
    bool wantsPointer() const;
    // True when a point (display coordinates) is on a panel drawn in the last frame: a finger or pen that
    // lands there belongs to the panel, not to the board.
    bool covers(float x, float y) const;
    // Where each named button was drawn in the last frame (display coordinates), for replay scripts.
    struct ButtonRect {
        float x0, y0, x1, y1;
    };
    const std::map<std::string, ButtonRect>& buttons() const { return buttons_; }
    // Every panel window drawn in the last frame (display coordinates).
    const std::vector<ButtonRect>& windows() const { return windows_; }
    // The model menu's size and the board's level bar in the last frame (display coordinates), so the app
    // can place the menu where it covers the least.
    float menuWidth() const { return menuSize_[0]; }
    float menuHeight() const { return menuSize_[1]; }
    ButtonRect levelBar() const { return levelBar_; }

private:
    bool button(const std::string& label, const char* name, const char* icon, float height, float minWidth = 0);
    bool textButton(const std::string& label, const char* name, float height);
    void remember(const char* name);
    const class IconSet* icons_ = nullptr;
    std::map<std::string, ButtonRect> buttons_;
    std::vector<ButtonRect> windows_;
    void recordWindow();
    void applyStyle();  // ImGui's style for scale_ and highContrast_
    float scale_ = 0, fbScale_ = 0;
    bool highContrast_ = false;
    float menuSize_[2] = {0, 0};  // the model menu's size in the last frame
    ButtonRect levelBar_{0, 0, 0, 0};  // where the board's level bar was, last frame
};

// A fingerprint of what ImGui drew in the last frame (its draw lists), for the frame scheduler.
std::uint64_t drawDataFingerprint();
// Whether ImGui is still laying a window out (a window that just opened is measured for a frame before it
// is shown): another frame is needed even though nothing was touched.
bool panelsSettling();

// Base sizes at UI scale 1, in window coordinates.
inline constexpr float kBaseFontSize = 24.0f;
inline constexpr float kBaseButtonHeight = 60.0f;

}  // namespace tenfold::ui
