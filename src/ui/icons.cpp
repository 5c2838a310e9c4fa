// Finding the assets folder, loading the icon textures, and drawing icon buttons with ImGui.
#include "ui/icons.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <system_error>

namespace tenfold::ui {

namespace {

// Proportions of an icon button, as fractions of its height.
constexpr float kPaddingShare = 0.08f;  // space above the icon, below the label and at the sides
constexpr float kIconShare = 0.55f;     // the icon's side when the label leaves room for it
constexpr float kGapShare = 0.04f;      // between the icon and the label

std::filesystem::path executableFolder() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) return {};
    return exe.parent_path();
}

ImTextureID textureId(const render::Texture& texture) {
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture.id()));
}

// The end of the part of a label ImGui shows (text after "##" only makes the id unique).
const char* visibleEnd(const char* label) {
    const char* hidden = std::strstr(label, "##");
    return hidden != nullptr ? hidden : label + std::strlen(label);
}

}  // namespace

std::vector<std::filesystem::path> assetsCandidates() {
    std::vector<std::filesystem::path> out;
    if (const char* env = std::getenv("TENFOLD_ASSETS"); env != nullptr && *env != '\0') out.emplace_back(env);
    if (const std::filesystem::path exe = executableFolder(); !exe.empty()) {
        out.push_back((exe / ".." / "assets").lexically_normal());
        out.push_back(exe / "assets");
    }
#ifdef TENFOLD_SOURCE_ASSETS
    out.emplace_back(TENFOLD_SOURCE_ASSETS);
#endif
    return out;
}

std::filesystem::path findAssetsDir() {
    for (const std::filesystem::path& candidate : assetsCandidates()) {
        std::error_code ec;
        if (std::filesystem::is_directory(candidate, ec)) return candidate;
    }
    return {};
}

void IconSet::reportOnce(const std::string& key, const std::string& message) const {
    if (reported_.insert(key).second) std::cerr << "tenfold: " << message << "\n";
}

void IconSet::load() {
    const std::filesystem::path folder = findAssetsDir();
    if (folder.empty()) {
        std::string looked;
        for (const std::filesystem::path& candidate : assetsCandidates()) {
            looked += (looked.empty() ? "" : ", ") + candidate.string();
        }
        textures_.clear();
        for (std::string_view name : kIconNames) reported_.emplace(name);
        reportOnce("(assets)", "cannot find the assets folder (looked in: " + looked +
                                   "); buttons show their labels only. Set TENFOLD_ASSETS to the folder.");
        return;
    }
    load(folder);
}

void IconSet::load(const std::filesystem::path& assetsDir) {
    textures_.clear();
    for (std::string_view name : kIconNames) {
        const std::filesystem::path file = assetsDir / "icons" / (std::string(name) + ".png");
        model::Result<render::Image> image = render::loadImage(file);
        if (!image) {
            reportOnce(std::string(name), image.error().message + "; its button shows text instead");
            continue;
        }
        model::Result<render::Texture> texture = render::Texture::fromImage(image.value());
        if (!texture) {
            reportOnce(std::string(name), "icon '" + file.string() + "': " + texture.error().message);
            continue;
        }
        textures_.emplace(std::string(name), std::move(texture.value()));
    }
}

bool IconSet::has(std::string_view name) const { return textures_.find(name) != textures_.end(); }

ImTextureID IconSet::texture(std::string_view name) const {
    const auto it = textures_.find(name);
    if (it != textures_.end()) return textureId(it->second);
    reportOnce(std::string(name), "icon '" + std::string(name) + "' is not available; its button shows text instead");
    return nullptr;
}

float iconButtonWidth(const char* label, float size) {
    const ImVec2 textSize = ImGui::CalcTextSize(label, nullptr, true);
    return std::max(size, textSize.x + 2 * size * kPaddingShare);
}

bool iconButton(const IconSet& icons, const char* icon, const char* label, float size, float minWidth) {
    const ImVec2 textSize = ImGui::CalcTextSize(label, nullptr, true);
    const float pad = size * kPaddingShare;
    const float width = std::max(iconButtonWidth(label, size), minWidth);
    const ImTextureID texture = icons.texture(icon);
    ImGui::PushID(icon);
    if (texture == nullptr) {
        const bool pressed = ImGui::Button(label, ImVec2(width, size));
        ImGui::PopID();
        return pressed;
    }
    ImGui::PushID(label);
    const bool pressed = ImGui::Button("##icon-button", ImVec2(width, size));
    ImGui::PopID();
    ImGui::PopID();

    const ImVec2 min = ImGui::GetItemRectMin();
    const float iconSide = std::max(0.0f, std::min(size * kIconShare, size - textSize.y - 2 * pad - size * kGapShare));
    const float contentHeight = iconSide + size * kGapShare + textSize.y;
    const float top = min.y + 0.5f * (size - contentHeight);
    const float centreX = min.x + 0.5f * width;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 tint = ImGui::GetColorU32(ImVec4(1, 1, 1, 1));  // carries the style's alpha (disabled buttons)
    draw->AddImage(texture, ImVec2(centreX - 0.5f * iconSide, top), ImVec2(centreX + 0.5f * iconSide, top + iconSide),
                   ImVec2(0, 0), ImVec2(1, 1), tint);
    draw->AddText(ImVec2(centreX - 0.5f * textSize.x, top + iconSide + size * kGapShare),
                  ImGui::GetColorU32(ImGuiCol_Text), label, visibleEnd(label));
    return pressed;
}

}  // namespace tenfold::ui
