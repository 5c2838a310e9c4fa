// Drawing the lesson bar, the bar of "How we built it", the choices of Vary and the teacher notes.
#include "ui/lesson_panel.hpp"

#include <imgui.h>

#include "model/text.hpp"
#include "ui/panels.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::ui {

namespace {
using model::tr;

constexpr ImGuiWindowFlags kBarFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoFocusOnAppearing;
constexpr const char* kMorePopup = "##lesson-more";
// Sizes at UI scale 1, display units.
constexpr float kPad = 12.0f;
constexpr float kDotShare = 0.85f;        // a dot's diameter, of the button height (at least 48 at scale 1)
constexpr float kCurrentDotBorder = 4.0f;
constexpr float kKnobShare = 0.36f;       // the scrubber's knob radius, of the button height
constexpr float kTrackWidth = 6.0f;
constexpr float kMinScrubWidth = 160.0f;
constexpr float kNotesShare = 0.4f;       // of the display's width
constexpr float kVaryShare = 0.8f;        // the Vary window's width, of the display's
constexpr std::size_t kTicksUpTo = 60;    // a tick for every position on short logs

float labelWidth(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

// `text` cut at a character boundary with "..." so it fits `width` on one line.
std::string fittedLine(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty()) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
        if (!cut.empty()) cut.pop_back();
        if (ImGui::CalcTextSize((cut + "...").c_str()).x <= width) return cut + "...";
    }
    return "...";
}
}  // namespace

void LessonPanel::remember(const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    buttons_[name] = ButtonRect{a.x, a.y, b.x, b.y};
}

void LessonPanel::recordWindow() {
    const ImVec2 p = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    windows_.push_back(ButtonRect{p.x, p.y, p.x + size.x, p.y + size.y});
}

bool LessonPanel::covers(float x, float y) const {
    for (const ButtonRect& r : windows_) {
        if (x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1) return true;
    }
    return false;
}

bool LessonPanel::button(const std::string& label, const std::string& name, float width, float height, bool on) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
    const bool pressed = ImGui::Button((label + "##" + name).c_str(), ImVec2(width, height));
    if (on) ImGui::PopStyleColor();
    remember(name);
    return pressed;
}

std::optional<LessonPanel::ButtonRect> LessonPanel::scrubSpot(std::size_t k) const {
    if (scrubLength_ == 0 || k > scrubLength_ || scrubTrack_.x1 <= scrubTrack_.x0) return std::nullopt;
    const float t = static_cast<float>(k) / static_cast<float>(scrubLength_);
    const float x = scrubTrack_.x0 + t * (scrubTrack_.x1 - scrubTrack_.x0);
    const float half = 0.5f * (scrubTrack_.y1 - scrubTrack_.y0);
    return ButtonRect{x - half, scrubTrack_.y0, x + half, scrubTrack_.y1};
}

LessonActions LessonPanel::draw(const LessonBarState& s, float scale) {
    LessonActions a;
    buttons_.clear();
    windows_.clear();
    scrubLength_ = 0;
    const float barH = s.height;
    ImGui::SetNextWindowPos(ImVec2(0, s.bottom - barH), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(s.displayWidth, barH), ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPad * scale, kPad * scale));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##lesson-bar", nullptr, kBarFlags);
    ImGui::PopStyleVar(2);
    recordWindow();
    if (s.playback) drawPlaybackBar(s, scale, a);
    else drawLessonBar(s, scale, a);
    ImGui::End();
    if (s.notesShown && !s.playback) drawNotes(s, scale);
    if (s.varyOpen && !s.playback) drawVary(s, scale, a);
    return a;
}

void LessonPanel::drawLessonBar(const LessonBarState& s, float scale, LessonActions& a) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float spacing = style.ItemSpacing.x;
    const float buttonH = ImGui::GetContentRegionAvail().y;
    const float dot = std::max(kDotShare * buttonH, 48.0f * scale);
    const float wide = 2.2f * buttonH;  // Back and Next are big
    struct Action {
        std::string name, label;
        bool* pressed;
        bool enabled;
        bool on;
    };
    // In the order they show; those at the end fold into More first.
    std::vector<Action> actions;
    actions.push_back({"lesson-check", tr("ui.lesson.check"), &a.check, s.hasCheck, false});
    actions.push_back({"lesson-vary", tr("ui.lesson.vary"), &a.openVary, true, s.varyOpen});
    actions.push_back({"lesson-built", tr("ui.lesson.built"), &a.built, s.hasLog, false});
    if (s.hasOther)
        actions.push_back({"lesson-other", tr(s.otherIsOriginal ? "ui.lesson.back_to_original" : "ui.lesson.back_to_new"),
                           &a.other, true, false});
    actions.push_back({"lesson-prompt", tr(s.promptShown ? "ui.lesson.hide_prompt" : "ui.lesson.show_prompt"),
                       &a.togglePrompt, true, false});
    actions.push_back({"lesson-notes", tr(s.notesShown ? "ui.lesson.hide_notes" : "ui.lesson.notes"), &a.toggleNotes,
                       true, s.notesShown});
    const std::string moreLabel = tr("ui.more");
    const float room = ImGui::GetContentRegionAvail().x;
    const float fixed = 2 * wide + labelWidth(moreLabel) + 3 * spacing;
    // Check never folds; the others fold from the end while the row is short of room, then the dots
    // show only those around the step on screen.
    std::size_t shownActions = actions.size();
    auto actionsWidth = [&](std::size_t n) {
        float w = 0;
        for (std::size_t i = 0; i < n; ++i) w += labelWidth(actions[i].label) + spacing;
        return w;
    };
    const float allDots = static_cast<float>(s.count) * (dot + spacing);
    while (shownActions > 1 && fixed + actionsWidth(shownActions) + allDots + 2 * spacing > room) --shownActions;
    const float dotRoom = std::max(0.0f, room - fixed - actionsWidth(shownActions) - 2 * spacing);
    const std::size_t dotsFit = std::max<std::size_t>(1, static_cast<std::size_t>(dotRoom / (dot + spacing)));
    const std::size_t dots = std::min(s.count, dotsFit);
    std::size_t first = s.step >= dots / 2 ? s.step - dots / 2 : 0;
    first = std::min(first, s.count - dots);

    ImGui::BeginDisabled(s.step == 0);
    if (button(tr("ui.lesson.back"), "lesson-back", wide, buttonH)) a.back = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    // The dots: one round button per step, numbered; the step on screen is filled and ringed.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 0.5f * dot);
    const float dotTop = ImGui::GetCursorPosY() + 0.5f * (buttonH - dot);
    for (std::size_t i = first; i < first + dots; ++i) {
        ImGui::SetCursorPosY(dotTop);
        const bool current = i == s.step;
        if (current) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, kCurrentDotBorder * scale);
        if (current) ImGui::PushStyleColor(ImGuiCol_Border, style.Colors[ImGuiCol_Text]);
        if (button(std::to_string(i + 1), "lesson-dot-" + std::to_string(i + 1), dot, dot, current) && !current) a.goTo = i;
        if (current) {
            ImGui::PopStyleColor();
            ImGui::PopStyleVar();
        }
        ImGui::SameLine();
    }
    ImGui::PopStyleVar();
    ImGui::SetCursorPosY(dotTop - 0.5f * (buttonH - dot));
    ImGui::BeginDisabled(s.step + 1 >= s.count);
    if (button(tr("ui.lesson.next"), "lesson-next", wide, buttonH)) a.next = true;
    ImGui::EndDisabled();
    // The actions, to the right.
    float right = ImGui::GetWindowContentRegionMax().x - labelWidth(moreLabel);
    ImGui::SameLine();
    float x = std::max(ImGui::GetCursorPosX() + spacing, right - actionsWidth(shownActions));
    for (std::size_t i = 0; i < shownActions; ++i) {
        ImGui::SetCursorPosX(x);
        ImGui::BeginDisabled(!actions[i].enabled);
        if (button(actions[i].label, actions[i].name, 0, buttonH, actions[i].on)) *actions[i].pressed = true;
        ImGui::EndDisabled();
        x += labelWidth(actions[i].label) + spacing;
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(right);
    const ImVec2 moreAt = ImGui::GetCursorScreenPos();
    if (button(moreLabel, "lesson-more", 0, buttonH)) ImGui::OpenPopup(kMorePopup);
    // More: what folded, and what is asked for less often. One wide button a row.
    ImGui::SetNextWindowPos(ImVec2(moreAt.x + labelWidth(moreLabel), moreAt.y - kPad * scale), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    if (ImGui::BeginPopup(kMorePopup)) {
        std::vector<Action> rows(actions.begin() + static_cast<std::ptrdiff_t>(shownActions), actions.end());
        rows.push_back({"lesson-save",
                        s.canSaveInPlace ? tr("ui.lesson.save_named", {s.saveName}) : tr("ui.lesson.save_mine"), &a.save,
                        true, false});
        if (s.canSaveInPlace) rows.push_back({"lesson-save-copy", tr("ui.lesson.save_copy"), &a.saveCopy, true, false});
        rows.push_back({"lesson-add-step", tr("ui.lesson.add_step"), &a.addStep, true, false});
        rows.push_back({"lesson-close", tr("ui.lesson.close"), &a.closeLesson, true, false});
        float widest = 0;
        for (const Action& r : rows) widest = std::max(widest, labelWidth(r.label));
        for (const Action& r : rows) {
            ImGui::BeginDisabled(!r.enabled);
            if (button(r.label, r.name, widest, 0.8f * buttonH, r.on)) {
                *r.pressed = true;
                ImGui::CloseCurrentPopup();
            }
            ImGui::EndDisabled();
        }
        recordWindow();
        ImGui::EndPopup();
    }
}

void LessonPanel::drawPlaybackBar(const LessonBarState& s, float scale, LessonActions& a) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float spacing = style.ItemSpacing.x;
    const float buttonH = ImGui::GetContentRegionAvail().y;
    if (button(s.playing ? tr("ui.lesson.pause") : tr("ui.lesson.play"), s.playing ? "playback-pause" : "playback-play",
               std::max(labelWidth(tr("ui.lesson.play")), labelWidth(tr("ui.lesson.pause"))), buttonH)) {
        if (s.playing) a.pause = true;
        else a.play = true;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(s.position == 0);
    if (button(tr("ui.lesson.step_back"), "playback-back", 0, buttonH)) a.stepBack = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(s.position >= s.length);
    if (button(tr("ui.lesson.step_forward"), "playback-forward", 0, buttonH)) a.stepForward = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    const std::string where = tr("ui.lesson.position", {model::countNumeral(static_cast<std::int64_t>(s.position)),
                                                        model::countNumeral(static_cast<std::int64_t>(s.length))});
    const std::string continueLabel = tr("ui.lesson.continue_here"), doneLabel = tr("ui.lesson.done");
    const float after = ImGui::CalcTextSize(where.c_str()).x + labelWidth(continueLabel) + labelWidth(doneLabel) + 4 * spacing;
    const float scrubW = std::max(kMinScrubWidth * scale, ImGui::GetContentRegionAvail().x - after);
    // The scrubber: a track with a tick for each position and a big knob; tap or drag anywhere on it.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##scrub", ImVec2(scrubW, buttonH));
    remember("playback-scrub");
    const float knob = kKnobShare * buttonH;
    const float x0 = at.x + knob, x1 = at.x + scrubW - knob, cy = at.y + 0.5f * buttonH;
    scrubTrack_ = ButtonRect{x0, at.y, x1, at.y + buttonH};
    scrubLength_ = s.length;
    if (ImGui::IsItemActive() && s.length > 0) {
        const float t = std::clamp((ImGui::GetIO().MousePos.x - x0) / std::max(1.0f, x1 - x0), 0.0f, 1.0f);
        const auto k = static_cast<std::size_t>(std::lround(t * static_cast<float>(s.length)));
        if (k != s.position) a.scrub = k;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), soft = ImGui::GetColorU32(ImGuiCol_Border),
                done = ImGui::GetColorU32(ImGuiCol_ButtonActive);
    const float t = s.length > 0 ? static_cast<float>(s.position) / static_cast<float>(s.length) : 0.0f;
    const float kx = x0 + t * (x1 - x0);
    draw->AddLine(ImVec2(x0, cy), ImVec2(x1, cy), soft, kTrackWidth * scale);
    draw->AddLine(ImVec2(x0, cy), ImVec2(kx, cy), ink, kTrackWidth * scale);
    if (s.length > 0 && s.length <= kTicksUpTo) {
        for (std::size_t k = 0; k <= s.length; ++k) {
            const float tx = x0 + static_cast<float>(k) / static_cast<float>(s.length) * (x1 - x0);
            draw->AddLine(ImVec2(tx, cy - 0.4f * knob), ImVec2(tx, cy + 0.4f * knob), k <= s.position ? ink : soft, 2.0f * scale);
        }
    }
    draw->AddCircleFilled(ImVec2(kx, cy), knob, done);
    draw->AddCircle(ImVec2(kx, cy), knob, ink, 0, 3.0f * scale);
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 0.5f * (buttonH - ImGui::GetTextLineHeight()));
    ImGui::TextUnformatted(where.c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetWindowContentRegionMin().y);
    if (button(continueLabel, "playback-continue", 0, buttonH)) a.continueHere = true;
    ImGui::SameLine();
    if (button(doneLabel, "playback-done", 0, buttonH)) a.done = true;
}

void LessonPanel::drawVary(const LessonBarState& s, float scale, LessonActions& a) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonH = 0.8f * kBaseButtonHeight * scale;
    ImGui::SetNextWindowPos(ImVec2(0.5f * s.displayWidth, s.bottom - s.height - kPad * scale), ImGuiCond_Always,
                            ImVec2(0.5f, 1.0f));
    ImGui::Begin("##lesson-vary", nullptr, kPanelFlags);
    recordWindow();
    // The title, and Close at the right.
    const std::string closeLabel = tr("ui.lesson.vary_close");
    const float width = kVaryShare * s.displayWidth;
    const float columnW = 0.5f * (width - style.ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("ui.lesson.vary_title").c_str());
    ImGui::SameLine(width - labelWidth(closeLabel) + style.WindowPadding.x);
    if (button(closeLabel, "vary-close", labelWidth(closeLabel), buttonH)) a.closeVary = true;
    // Two columns of big buttons: what changes, and under it the step it makes (or why it cannot).
    const float tileH = 2 * ImGui::GetTextLineHeight() + style.ItemSpacing.y + 2 * style.FramePadding.y;
    const float inner = columnW - 2 * style.FramePadding.x;
    for (std::size_t i = 0; i < s.vary.size(); ++i) {
        const VaryButton& v = s.vary[i];
        if (i % 2 != 0) ImGui::SameLine();
        ImGui::BeginDisabled(!v.enabled);
        if (button(fittedLine(v.label, inner) + "\n" + fittedLine(v.result, inner), "vary-" + v.name, columnW, tileH)) a.vary = i;
        ImGui::EndDisabled();
    }
    ImGui::End();
}

void LessonPanel::drawNotes(const LessonBarState& s, float scale) {
    const float width = kNotesShare * s.displayWidth;
    ImGui::SetNextWindowPos(ImVec2(s.displayWidth - kPad * scale, s.bottom - s.height - kPad * scale), ImGuiCond_Always,
                            ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, 0.6f * s.displayHeight));
    ImGui::Begin("##lesson-notes", nullptr, kPanelFlags);
    recordWindow();
    ImGui::TextUnformatted(s.notesTitle.c_str());
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.notes.empty() ? tr("ui.lesson.no_notes").c_str() : s.notes.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace tenfold::ui
