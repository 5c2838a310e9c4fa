// The picked model's menu, the keypad and the board's level bar.
#include "ui/panels.hpp"

#include <imgui.h>

#include "model/bar_model.hpp"
#include "model/blocks.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace tenfold::ui {

namespace {
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoFocusOnAppearing;
constexpr std::array<model::Representation, model::kRepresentationCount> kKinds{
    model::Representation::Blocks, model::Representation::Counters, model::Representation::Beads,
    model::Representation::PartWhole, model::Representation::Bar, model::Representation::Numeral,
    model::Representation::Money};
constexpr std::array<model::Level, model::kLevelCount> kLevels{model::Level::Concrete, model::Level::Pictorial,
                                                               model::Level::Abstract};
// Button names (also used by replay scripts) and text keys come from the model's ids ("part-whole").
std::string kindKey(model::Representation r) { return std::string(model::representationId(r)); }
std::string levelKey(model::Level l) { return std::string(model::levelId(l)); }
}  // namespace

ModelPanelActions Panels::drawModelPanel(const ModelPanelState& s) {
    using model::tr;
    ModelPanelActions a;
    const float rowH = 0.8f * kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    // Where the app placed it (from last frame's size: the menu sizes itself), else at the top middle.
    if (s.x >= 0 && s.y >= 0) {
        ImGui::SetNextWindowPos(ImVec2(s.x, s.y), ImGuiCond_Always, ImVec2(0.0f, 0.0f));
    } else {
        ImGui::SetNextWindowPos(ImVec2(0.5f * s.displayWidth, pad), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    }
    ImGui::Begin("##model", nullptr, kPanelFlags);
    menuSize_[0] = ImGui::GetWindowWidth();
    menuSize_[1] = ImGui::GetWindowHeight();
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
    // "Show as" adds a linked view beside this one; "Change into" turns this model into another kind, and
    // each kind's arrangement comes back as it was left.
    ImGui::TextUnformatted(tr("ui.model.show_as").c_str());
    for (const model::Representation k : kKinds) {
        ImGui::SameLine();
        if (textButton(tr("ui.model." + kindKey(k)), ("show-" + kindKey(k)).c_str(), rowH)) a.showAs = k;
    }
    ImGui::TextUnformatted(tr("ui.model.change_into").c_str());
    for (const model::Representation k : kKinds) {
        if (k == s.kind) continue;
        ImGui::SameLine();
        if (textButton(tr("ui.model." + kindKey(k)), ("change-" + kindKey(k)).c_str(), rowH)) a.changeInto = k;
    }
    ImGui::TextUnformatted(tr("ui.model.level").c_str());
    for (const model::Level l : kLevels) {
        ImGui::SameLine();
        pressed(s.level == l);
        if (textButton(tr("ui.level." + levelKey(l)), ("level-" + levelKey(l)).c_str(), rowH)) a.level = l;
        released(s.level == l);
    }
    // What this kind can do, then cutting the link and removing it.
    bool first = true;
    auto next = [&] {
        if (!first) ImGui::SameLine();
        first = false;
    };
    if (s.kind == model::Representation::PartWhole) {
        next();
        if (textButton(tr("ui.model.turn"), "turn", rowH)) a.turn = true;
        next();
        ImGui::BeginDisabled(!s.canAddPart);
        if (textButton(tr("ui.model.add_part"), "add-part", rowH)) a.addPart = true;
        ImGui::EndDisabled();
        next();
        ImGui::BeginDisabled(!s.canRemovePart);
        if (textButton(tr("ui.model.remove_part"), "remove-part", rowH)) a.removePart = true;
        ImGui::EndDisabled();
        next();
        pressed(s.factFamily);
        if (textButton(tr("ui.model.fact_family"), "fact-family", rowH)) a.toggleFactFamily = true;
        released(s.factFamily);
    }
    if (s.kind == model::Representation::Blocks) {
        // Which block is one, chosen by the teacher (a refusal says why that block cannot show the number).
        ImGui::TextUnformatted(tr("ui.model.one_is").c_str());
        const char* names[] = {"one-cube", "one-rod", "one-flat", "one-big-cube"};
        for (int k = 0; k < 4; ++k) {
            ImGui::SameLine();
            pressed(s.blockOne == k);
            if (textButton(model::blockName(static_cast<model::BlockKind>(k)), names[k], rowH)) a.blockOne = k;
            released(s.blockOne == k);
        }
        first = true;
    }
    if (s.kind == model::Representation::Beads) {
        next();
        ImGui::BeginDisabled(!s.canAddPart);
        if (textButton(tr("ui.model.add_part"), "add-part", rowH)) a.addPart = true;
        ImGui::EndDisabled();
        next();
        ImGui::BeginDisabled(!s.canRemovePart);
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
        for (const int size : model::kBeadStringSizes) {
            ImGui::SameLine();
            const std::string name = "beads-" + std::to_string(size);
            ImGui::BeginDisabled(size < s.shortestBeadString);
            pressed(s.beadStringSize == size);
            if (textButton(std::to_string(size), name.c_str(), rowH)) a.beadStringSize = size;
            released(s.beadStringSize == size);
            ImGui::EndDisabled();
        }
        first = true;
    }
    if (s.kind == model::Representation::Bar) {
        struct Mode {
            model::BarMode mode;
            const char* name;
            const char* key;
        };
        const Mode modes[] = {{model::BarMode::PartWhole, "bar-part-whole", "ui.model.bar_part_whole"},
                              {model::BarMode::EqualParts, "bar-equal", "ui.model.bar_equal"},
                              {model::BarMode::Comparison, "bar-compare", "ui.model.bar_compare"},
                              {model::BarMode::Fractions, "bar-fractions", "ui.model.bar_fractions"}};
        for (const Mode& m : modes) {
            next();
            pressed(s.barMode == m.mode);
            if (textButton(tr(m.key), m.name, rowH)) a.barMode = m.mode;
            released(s.barMode == m.mode);
        }
        next();
        ImGui::BeginDisabled(!s.canAddPart);
        if (textButton(tr("ui.model.more_parts"), "add-part", rowH)) a.addPart = true;
        ImGui::EndDisabled();
        next();
        ImGui::BeginDisabled(!s.canRemovePart);
        if (textButton(tr("ui.model.fewer_parts"), "remove-part", rowH)) a.removePart = true;
        ImGui::EndDisabled();
        const bool wall = s.barMode == model::BarMode::Fractions;
        if (wall) {
            next();
            if (textButton(tr("ui.model.add_row"), "add-row", rowH)) a.addRow = true;
            next();
            if (textButton(tr("ui.model.remove_row"), "remove-row", rowH)) a.removeRow = true;
            next();
            if (textButton(tr("ui.model.same_parts"), "same-parts", rowH)) a.sameParts = true;
        } else if (s.barMode != model::BarMode::EqualParts) {
            next();
            pressed(s.notToScale);
            if (textButton(tr("ui.model.not_to_scale"), "not-to-scale", rowH)) a.toggleScale = true;
            released(s.notToScale);
        }
        if (s.factFamilyBar) {  // the subtraction facts too (47 - 40 = 7), as a part-whole model shows them
            next();
            pressed(s.factFamily);
            if (textButton(tr("ui.model.fact_family"), "fact-family", rowH)) a.toggleFactFamily = true;
            released(s.factFamily);
        }
        next();
        if (textButton(tr("ui.model.labels"), "bar-labels", rowH)) a.editLabels = true;
        if (wall || s.barMode == model::BarMode::EqualParts) {
            // The number of equal parts chosen directly (a refusal says why, and which numbers will do).
            ImGui::TextUnformatted(tr("ui.model.parts").c_str());
            for (int n = 2; n <= model::kMaxFractionParts; ++n) {
                ImGui::SameLine();
                const std::string name = "parts-" + std::to_string(n);
                pressed(s.parts == n);
                if (textButton(std::to_string(n), name.c_str(), rowH)) a.chooseParts = n;
                released(s.parts == n);
            }
        }
        // Another bar of the same whole, compared as fractions: one button for each, naming its fraction.
        for (std::size_t i = 0; i < s.compareWith.size(); ++i) {
            if (i > 0) ImGui::SameLine();
            const auto& [id, fraction] = s.compareWith[i];
            if (textButton(tr("ui.model.compare_with", {fraction}), ("compare-with-" + std::to_string(id)).c_str(), rowH))
                a.compareWith = id;
        }
        // Units a teacher picks with one tap (no keyboard at a whiteboard).
        ImGui::TextUnformatted(tr("ui.model.unit").c_str());
        for (std::size_t i = 0; i < std::size(model::kBarUnits); ++i) {
            const std::string unit(model::kBarUnits[i]);
            ImGui::SameLine();
            const std::string name = "unit-" + (unit.empty() ? std::string("none") : std::to_string(i));
            pressed(s.unit == unit);
            if (textButton(unit.empty() ? tr("ui.model.no_unit") : unit, name.c_str(), rowH)) a.unit = unit;
            released(s.unit == unit);
        }
        first = true;
    }
    if (s.kind == model::Representation::Blocks || s.kind == model::Representation::Counters ||
        s.kind == model::Representation::Money) {
        next();
        if (textButton(tr("ui.model.exchange_all"), "exchange-all", rowH)) a.exchangeAll = true;
        if (!s.breakAllPlaces.empty()) {
            ImGui::SameLine();
            ImGui::TextUnformatted(tr("ui.model.break_all").c_str());
            for (const model::Place p : s.breakAllPlaces) {
                ImGui::SameLine();
                const std::string id(model::placeId(p));
                if (textButton(model::placeNamePlural(p), ("break-all-" + id).c_str(), rowH)) a.breakAll = p;
            }
        }
        first = true;
    }
    if (s.kind == model::Representation::Money) {
        // One tap per exchange: a coin broken into its change, or coins of one kind for a larger coin.
        auto coins = [&](const std::vector<model::Coin>& list, const char* key, const char* prefix, std::optional<model::Coin>& out) {
            if (list.empty()) return;
            ImGui::TextUnformatted(tr(key).c_str());
            for (const model::Coin c : list) {
                ImGui::SameLine();
                const std::string id(model::coinId(c));
                if (textButton(model::moneyNumeral(model::coinPence(c)), (prefix + id).c_str(), rowH)) out = c;
            }
        };
        coins(s.breakableCoins, "money.break", "break-coin-", a.breakCoin);
        coins(s.exchangeableCoins, "money.exchange", "exchange-coin-", a.exchangeCoin);
        first = true;
    }
    if (s.kind == model::Representation::Counters) {
        ImGui::TextUnformatted(tr("ui.model.counters_kind").c_str());
        ImGui::SameLine();
        pressed(!s.plainCounters);
        if (textButton(tr("ui.model.value_counters"), "counters-value", rowH)) a.plainCounters = false;
        released(!s.plainCounters);
        ImGui::SameLine();
        pressed(s.plainCounters);
        if (textButton(tr("ui.model.plain_counters"), "counters-plain", rowH)) a.plainCounters = true;
        released(s.plainCounters);
        ImGui::SameLine();
        ImGui::BeginDisabled(!s.plainCounters);
        pressed(s.fixedSet);
        if (textButton(tr("ui.model.fixed_set"), "fixed-set", rowH)) a.fixedSet = true;
        released(s.fixedSet);
        ImGui::EndDisabled();
        first = true;
    }
    if (s.kind == model::Representation::Blocks || s.kind == model::Representation::Counters) {
        next();
        pressed(s.rows);
        if (textButton(tr("ui.model.rows"), "rows", rowH)) a.rows = true;
        released(s.rows);
        ImGui::SameLine();
        ImGui::TextUnformatted(tr("ui.model.columns").c_str());
        ImGui::SameLine();
        if (textButton(tr("ui.model.fit_columns"), "fit-columns", rowH)) a.fitColumns = true;
        if (!s.addPlaces.empty()) {
            // The columns the chart may gain, highest first (tenths, hundredths for 0.45 beside 0.5).
            ImGui::TextUnformatted(tr("ui.model.add_column").c_str());
            for (const model::Place p : s.addPlaces) {
                ImGui::SameLine();
                const std::string id(model::placeId(p));
                if (textButton(model::placeNamePlural(p), ("add-column-" + id).c_str(), rowH)) a.addColumn = p;
            }
        }
        first = true;
    }
    // Always there, greyed out when they can do nothing: after Cut link, Remove must not slide into the
    // place of the button just tapped.
    next();
    if (textButton(tr("ui.model.duplicate"), "duplicate", rowH)) a.duplicate = true;
    next();
    ImGui::BeginDisabled(!s.hasUnknown);
    if (textButton(tr("ui.model.reveal"), "reveal", rowH)) a.reveal = true;
    ImGui::EndDisabled();
    next();
    ImGui::BeginDisabled(!s.linked);
    if (textButton(tr("ui.model.cut_link"), "cut-link", rowH)) a.cutLink = true;
    ImGui::EndDisabled();
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

std::optional<model::Level> Panels::drawBoardLevel(std::optional<model::Level> level) {
    using model::tr;
    std::optional<model::Level> chosen;
    const float rowH = 0.8f * kBaseButtonHeight * scale_;
    const float pad = 14.0f * scale_;
    ImGui::SetNextWindowPos(ImVec2(pad, pad), ImGuiCond_Always, ImVec2(0.0f, 0.0f));
    ImGui::Begin("##board-level", nullptr, kPanelFlags | ImGuiWindowFlags_NoBackground);
    recordWindow();
    levelBar_ = ButtonRect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                           ImGui::GetWindowPos().y + ImGui::GetWindowHeight()};
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("ui.board_level").c_str());
    for (const model::Level l : kLevels) {
        ImGui::SameLine();
        const bool on = level == l;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        if (textButton(tr("ui.level." + levelKey(l)), ("board-" + levelKey(l)).c_str(), rowH)) chosen = l;
        if (on) ImGui::PopStyleColor();
    }
    ImGui::End();
    return chosen;
}

}  // namespace tenfold::ui
