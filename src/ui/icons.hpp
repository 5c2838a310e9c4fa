// Toolbar and tray icons: finding the assets folder, loading every icon once as a GL texture, and a large
// touch-friendly ImGui button showing an icon with its label underneath (icons alone are not obvious to a
// six-year-old). A missing or broken icon is reported once on stderr and its button shows text instead.
#pragma once

#include <imgui.h>

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "render/texture.hpp"

namespace tenfold::ui {

// Every icon the UI uses; scripts/make-icons draws exactly these into assets/icons/NAME.png.
inline constexpr std::array<std::string_view, 21> kIconNames = {
    "undo",  "redo", "zoom-in", "zoom-out",  "fit",    "fullscreen", "window", "settings", "gallery", "save",
    "new",   "clear", "duplicate", "select", "exchange", "break",    "delete", "hide",     "show",    "palette",
    "more"};
inline constexpr int kIconPixels = 128;  // the size the icons are drawn at

// Where the assets folder may be, in order: $TENFOLD_ASSETS, <folder of the executable>/../assets,
// <folder of the executable>/assets, and the source tree's assets folder (TENFOLD_SOURCE_ASSETS).
std::vector<std::filesystem::path> assetsCandidates();
// The first candidate that is a folder, or an empty path when there is none.
std::filesystem::path findAssetsDir();

class IconSet {
public:
    // Loads every icon of kIconNames from <assetsDir>/icons. Needs a current GL context. Each icon that is
    // missing or broken is reported once on stderr; the others are usable. Loading again replaces the set.
    void load(const std::filesystem::path& assetsDir);
    // The same from findAssetsDir(); reports once when no assets folder is found.
    void load();

    // The texture of an icon for ImGui::Image, or nullptr when it is not available (reported once).
    ImTextureID texture(std::string_view name) const;
    bool has(std::string_view name) const;
    // How many icons loaded.
    std::size_t size() const { return textures_.size(); }

private:
    void reportOnce(const std::string& key, const std::string& message) const;
    std::map<std::string, render::Texture, std::less<>> textures_;
    mutable std::set<std::string, std::less<>> reported_;
};

// A square-ish button `size` pixels high (at least `size` wide) with the icon above the label; wider when
// the label needs it. With no icon available it is a plain text button of the same size. True when pressed.
// The ImGui id comes from icon and label, so two buttons may share an icon.
bool iconButton(const IconSet& icons, const char* icon, const char* label, float size, float minWidth = 0);
// The width iconButton gives a label at this size (so a row of buttons can keep its layout when a label
// changes: "Select" and "Selecting" get the same width).
float iconButtonWidth(const char* label, float size);

}  // namespace tenfold::ui
