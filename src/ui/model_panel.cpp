// The picked model's menu, the keypad and the board's level bar.
#include "ui/panels.hpp"

#include <imgui.h>

#include "model/text.hpp"

#include <algorithm>
#include <array>

namespace tenfold::ui {

namespace {
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoFocusOnAppearing;
// Kinds in model::Representation order, with their button names (also used by replay scripts).
constexpr std::array<const char*, 6> kKindIds{"blocks", "counters", "beads", "part-whole", "bar", "numeral"};
constexpr std::array<const char*, 3> kLevelIds{"concrete", "pictorial", "abstract"};
constexpr int kPartWhole = 3, kBeads = 2, kBar = 4;
}  // namespace

ModelPanelActions Panels::drawModelPanel(const ModelPanelState& s) {
    using model::tr;
    ModelPanelActions a;
    const float rowH = 0.8f * kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    // Centred on the anchor, kept on screen (its width is last frame's: the menu sizes itself).
    const float half = 0.5f * menuWidth_;
    // Right of the board's level bar (top left) when there is room.
    const float leftmost = std::min(levelBarRight_ + half + pad, 0.5f * s.displayWidth);
    const float x = s.anchorX < 0 ? 0.5f * s.displayWidth
                                  : std::clamp(s.anchorX, leftmost, std::max(s.displayWidth - half - pad, leftmost));
    ImGui::SetNextWindowPos(ImVec2(x, pad), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::Begin("##model", nullptr, kPanelFlags);
    menuWidth_ = ImGui::GetWindowWidth();
    recordWindow();
    auto pressed = [&](bool on) {
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    };
    auto released = [&](bool on) {
        if (on) ImGui::PopStyleColor();
    };
    ImGui::TextUnformatted(s.title.c_str());
    ImGui::SameLine();
    if (textButton(tr("ui.model.close"), "model-close", rowH)) a.close = true;
    ImGui::TextUnformatted(tr("ui.model.show_as").c_str());
    for (int k = 0; k < static_cast<int>(kKindIds.size()); ++k) {
        ImGui::SameLine();
        const std::string name = std::string("show-") + kKindIds[static_cast<std::size_t>(k)];
        if (textButton(tr(std::string("ui.model.") + kKindIds[static_cast<std::size_t>(k)]), name.c_str(), rowH)) a.showAs = k;
    }
    ImGui::TextUnformatted(tr("ui.model.level").c_str());
    for (int l = 0; l < static_cast<int>(kLevelIds.size()); ++l) {
        ImGui::SameLine();
        const std::string name = std::string("level-") + kLevelIds[static_cast<std::size_t>(l)];
        pressed(s.level == l);
        if (textButton(tr(std::string("ui.level.") + kLevelIds[static_cast<std::size_t>(l)]), name.c_str(), rowH)) a.level = l;
        released(s.level == l);
    }
    // What this kind can do, then cutting the link and removing it.
    bool first = true;
    auto next = [&] {
        if (!first) ImGui::SameLine();
        first = false;
    };
    if (s.kind == kPartWhole) {
        next();
        if (textButton(tr("ui.model.turn"), "turn", rowH)) a.turn = true;
        next();
        ImGui::BeginDisabled(s.parts >= 5);
        if (textButton(tr("ui.model.add_part"), "add-part", rowH)) a.addPart = true;
        ImGui::EndDisabled();
        next();
        ImGui::BeginDisabled(s.parts <= 2);
        if (textButton(tr("ui.model.remove_part"), "remove-part", rowH)) a.removePart = true;
        ImGui::EndDisabled();
        next();
        pressed(s.factFamily);
        if (textButton(tr("ui.model.fact_family"), "fact-family", rowH)) a.toggleFactFamily = true;
        released(s.factFamily);
    }
    if (s.kind == kBeads) {
        next();
        if (textButton(tr("ui.model.add_part"), "add-part", rowH)) a.addPart = true;
        next();
        ImGui::BeginDisabled(s.parts <= 1);
        if (textButton(tr("ui.model.remove_part"), "remove-part", rowH)) a.removePart = true;
        ImGui::EndDisabled();
        next();
        if (textButton(tr(s.covered ? "ui.model.uncover" : "ui.model.cover"), "cover", rowH)) a.toggleCover = true;
        next();
        pressed(s.countOn);
        if (textButton(tr("ui.model.count_on"), "count-on", rowH)) a.toggleCountOn = true;
        released(s.countOn);
        // The string's length: the ones too short for the beads counted are greyed out.
        ImGui::TextUnformatted(tr("ui.model.bead_count").c_str());
        for (const int size : {10, 20, 50, 100}) {
            ImGui::SameLine();
            const std::string name = "beads-" + std::to_string(size);
            ImGui::BeginDisabled(size < s.beadsCounted);
            pressed(s.beadStringSize == size);
            if (textButton(std::to_string(size), name.c_str(), rowH)) a.beadStringSize = size;
            released(s.beadStringSize == size);
            ImGui::EndDisabled();
        }
        first = true;
    }
    if (s.kind == kBar) {
        const char* modes[] = {"bar-part-whole", "bar-equal", "bar-compare"};
        const char* keys[] = {"ui.model.bar_part_whole", "ui.model.bar_equal", "ui.model.bar_compare"};
        for (int i = 0; i < 3; ++i) {
            next();
            pressed(s.barMode == i);
            if (textButton(tr(keys[i]), modes[i], rowH)) a.barMode = i;
            released(s.barMode == i);
        }
        next();
        ImGui::BeginDisabled(s.parts >= 12);
        if (textButton(tr("ui.model.more_parts"), "add-part", rowH)) a.addPart = true;
        ImGui::EndDisabled();
        next();
        ImGui::BeginDisabled(s.parts <= 2);
        if (textButton(tr("ui.model.fewer_parts"), "remove-part", rowH)) a.removePart = true;
        ImGui::EndDisabled();
        next();
        if (textButton(tr("ui.model.labels"), "bar-labels", rowH)) a.editLabels = true;
        // Units a teacher picks with one tap (no keyboard at a whiteboard).
        ImGui::TextUnformatted(tr("ui.model.unit").c_str());
        for (std::size_t i = 0; i < kBarUnits.size(); ++i) {
            ImGui::SameLine();
            const std::string name = "unit-" + (kBarUnits[i].empty() ? std::string("none") : std::to_string(i));
            pressed(s.unit == kBarUnits[i]);
            if (textButton(kBarUnits[i].empty() ? tr("ui.model.no_unit") : kBarUnits[i], name.c_str(), rowH)) a.unit = static_cast<int>(i);
            released(s.unit == kBarUnits[i]);
        }
        first = true;
    }
    if (s.hasUnknown) {
        next();
        if (textButton(tr("ui.model.reveal"), "reveal", rowH)) a.reveal = true;
    }
    if (s.linked) {
        next();
        if (textButton(tr("ui.model.cut_link"), "cut-link", rowH)) a.cutLink = true;
    }
    next();
    if (textButton(tr("ui.model.remove"), "remove-model", rowH)) a.remove = true;
    ImGui::End();
    return a;
}

KeypadActions Panels::drawKeypad(const KeypadState& s) {
    using model::tr;
    KeypadActions a;
    const float key = 1.25f * kBaseButtonHeight * scale_;
    ImGui::SetNextWindowPos(ImVec2(0.5f * s.displayWidth, 0.45f * s.displayHeight), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##keypad", nullptr, kPanelFlags);
    recordWindow();
    ImGui::TextUnformatted(s.title.c_str());
    // The number typed so far, large, in a box the width of the keys.
    const float width = 3 * key + 2 * ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetWindowFontScale(2.0f);
    ImGui::BeginChild("##typed", ImVec2(width, 1.1f * key), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextUnformatted(s.text.empty() ? " " : s.text.c_str());
    ImGui::EndChild();
    ImGui::SetWindowFontScale(1.0f);
    if (!s.message.empty()) {
        // The reason, in the keypad itself: the keypad would cover a line shown at the model.
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.12f, 0.10f, 1.0f));
        ImGui::TextUnformatted(s.message.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    ImGui::SetWindowFontScale(2.0f);
    const char* rows[] = {"789", "456", "123"};
    for (const char* row : rows) {
        for (int i = 0; i < 3; ++i) {
            if (i > 0) ImGui::SameLine();
            const std::string label(1, row[i]);
            const std::string name = "key-" + label;
            if (ImGui::Button((label + "##" + name).c_str(), ImVec2(key, key))) a.key = row[i];
            remember(name.c_str());
        }
    }
    if (ImGui::Button(".##key-point", ImVec2(key, key))) a.key = '.';
    remember("key-point");
    ImGui::SameLine();
    if (ImGui::Button("0##key-0", ImVec2(key, key))) a.key = '0';
    remember("key-0");
    ImGui::SameLine();
    if (ImGui::Button((tr("ui.keypad.unknown") + "##key-unknown").c_str(), ImVec2(key, key))) a.unknown = true;
    remember("key-unknown");
    ImGui::SetWindowFontScale(1.0f);
    const float third = (width - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
    if (ImGui::Button((tr("ui.keypad.back") + "##key-back").c_str(), ImVec2(third, 0.8f * key))) a.back = true;
    remember("key-back");
    ImGui::SameLine();
    if (ImGui::Button((tr("ui.keypad.cancel") + "##key-cancel").c_str(), ImVec2(third, 0.8f * key))) a.cancel = true;
    remember("key-cancel");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (ImGui::Button((tr("ui.keypad.ok") + "##key-ok").c_str(), ImVec2(third, 0.8f * key))) a.ok = true;
    ImGui::PopStyleColor();
    remember("key-ok");
    ImGui::End();
    return a;
}

namespace {
// ImGui's text field on a std::string: the field asks for more room as the text grows.
int resizeString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}
}  // namespace

LabelEditorActions Panels::drawLabelEditor(const LabelEditorState& s) {
    using model::tr;
    LabelEditorActions a;
    const float rowH = 0.8f * kBaseButtonHeight * scale_;
    ImGui::SetNextWindowPos(ImVec2(0.5f * s.displayWidth, 0.4f * s.displayHeight), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##labels", nullptr, kPanelFlags);
    recordWindow();
    ImGui::TextUnformatted(s.title.c_str());
    float nameWidth = 0;
    for (const std::string& n : s.names) nameWidth = std::max(nameWidth, ImGui::CalcTextSize(n.c_str()).x);
    for (std::size_t i = 0; i < s.names.size() && s.labels != nullptr && i < s.labels->size(); ++i) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(s.names[i].c_str());
        ImGui::SameLine(nameWidth + 2.0f * ImGui::GetStyle().ItemSpacing.x);
        std::string& label = (*s.labels)[i];
        const std::string id = "##label-" + std::to_string(i);
        ImGui::SetNextItemWidth(14.0f * ImGui::GetFontSize());
        ImGui::InputText(id.c_str(), label.data(), label.capacity() + 1, ImGuiInputTextFlags_CallbackResize, resizeString, &label);
        remember(("label-" + std::to_string(i)).c_str());
    }
    if (!s.message.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + nameWidth + 14.0f * ImGui::GetFontSize());
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.12f, 0.10f, 1.0f));
        ImGui::TextUnformatted(s.message.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    if (textButton(tr("ui.keypad.cancel"), "labels-cancel", rowH)) a.cancel = true;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    if (textButton(tr("ui.keypad.ok"), "labels-ok", rowH)) a.ok = true;
    ImGui::PopStyleColor();
    ImGui::End();
    return a;
}

int Panels::drawBoardLevel(int level) {
    using model::tr;
    int chosen = -1;
    const float rowH = 0.8f * kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    ImGui::SetNextWindowPos(ImVec2(pad, pad), ImGuiCond_Always, ImVec2(0.0f, 0.0f));
    ImGui::Begin("##board-level", nullptr, kPanelFlags | ImGuiWindowFlags_NoBackground);
    recordWindow();
    levelBarRight_ = ImGui::GetWindowPos().x + ImGui::GetWindowWidth();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("ui.board_level").c_str());
    for (int l = 0; l < static_cast<int>(kLevelIds.size()); ++l) {
        ImGui::SameLine();
        const std::string name = std::string("board-") + kLevelIds[static_cast<std::size_t>(l)];
        const bool on = level == l;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        if (textButton(tr(std::string("ui.level.") + kLevelIds[static_cast<std::size_t>(l)]), name.c_str(), rowH)) chosen = l;
        if (on) ImGui::PopStyleColor();
    }
    ImGui::End();
    return chosen;
}

}  // namespace tenfold::ui
