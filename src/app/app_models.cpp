// The app's side of models other than pieces: the picked model's menu (show as, level, cut link, ...),
// the keypad that types a circle's or a bar's value, the board's level bar, and the animation of a change
// of level (concrete -> pictorial -> abstract and back).
#include "app/app.hpp"

#include "model/describe.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"
#include "representations/board_scene.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::app {

namespace {
constexpr double kBeside = 120.0;   // board units between a model and a new view of it

// Splits the last part in two (47 as 40 and 7 -> 40, 3 and 4), for "add part" on models whose parts cannot
// be zero; a part too small to split gives an empty new part instead.
std::vector<model::Command> addPartCommands(const model::Model& m, const model::Quantity& q) {
    std::vector<model::Value> parts = q.partValues();
    const model::Value last = parts.back();
    // Split in the smallest place the part already uses: 0.45 -> 0.23 and 0.22, never thousandths.
    const std::int64_t unit = last.isWhole() ? 1000 : last.milli() % 100 == 0 ? 100 : last.milli() % 10 == 0 ? 10 : 1;
    const std::int64_t units = last.milli() / unit;
    if (units >= 2) {
        const auto second = model::Value::fromMilli(units / 2 * unit);
        const auto first = model::Value::fromMilli(last.milli() - units / 2 * unit);
        parts.back() = first.value();
        parts.push_back(second.value());
        return {model::Repartition{m.id, parts}};
    }
    return {model::AddPart{m.id}};
}
}  // namespace

float App::shownLevel(const model::Model& m) const {
    for (const LevelAnimation& a : levelAnimations_) {
        if (a.model != m.id) continue;
        const double t = std::clamp((clock_ - a.start) / kLevelSeconds, 0.0, 1.0);
        return a.from + (a.to - a.from) * static_cast<float>(t);
    }
    return static_cast<float>(static_cast<int>(m.level));
}

bool App::levelsAnimating() const {
    return std::any_of(levelAnimations_.begin(), levelAnimations_.end(),
                       [&](const LevelAnimation& a) { return clock_ - a.start < kLevelSeconds; });
}

void App::levelsChanged(const model::Board& before, const model::Board& after) {
    std::vector<LevelAnimation> kept;
    for (const model::Model& m : after.models) {
        const model::Model* old = model::findModel(before, m.id);
        const float from = old != nullptr ? shownLevel(*old) : static_cast<float>(static_cast<int>(m.level));
        const float to = static_cast<float>(static_cast<int>(m.level));
        if (old != nullptr && std::abs(from - to) > 1e-3f && !reducedMotion_) {
            kept.push_back(LevelAnimation{m.id, from, to, clock_});
        } else {
            for (const LevelAnimation& a : levelAnimations_) {
                if (a.model == m.id && std::abs(a.to - to) < 1e-3f && clock_ - a.start < kLevelSeconds) kept.push_back(a);
            }
        }
    }
    levelAnimations_ = kept;
}

void App::openKeypad(model::ModelId model, int circle) {
    keypad_ = Keypad{model, circle, {}};
    framesToDraw_ = std::max(framesToDraw_, 2);
}

App::PanelActions App::drawModelPanels(float displayWidth, float displayHeight) {
    PanelActions out;
    const model::Board& board = session_.board();
    // The board's level: the level every model shows, when they agree.
    int common = -1;
    for (const model::Model& m : board.models) {
        const int l = static_cast<int>(m.level);
        common = (&m == &board.models.front() || common == l) ? l : -2;
    }
    if (!board.models.empty()) out.boardLevel = panels_.drawBoardLevel(std::max(common, -1));
    const model::Model* m = model::findModel(board, pickedModel_);
    const model::Group* g = m != nullptr ? model::findGroup(board, m->group) : nullptr;
    if (g != nullptr && !keypad_ && !labelEditor_) {
        ui::ModelPanelState s;
        s.displayWidth = displayWidth;
        // The menu stands in the half of the screen away from the model, so it does not hide it.
        if (const auto r = screenAreaOf(m->id)) {
            const float scale = displayWidth / std::max(1.0f, static_cast<float>(width_));
            const float cx = (r->x + 0.5f * r->w) * scale;
            s.anchorX = cx < 0.5f * displayWidth ? 0.75f * displayWidth : 0.25f * displayWidth;
        }
        std::string kind = model::representationName(m->kind);
        if (!kind.empty()) kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
        const std::string value =
            g->quantity.unknown.kind == model::UnknownKind::None ? model::numeral(g->quantity.value()) : std::string("?");
        s.title = model::tr("ui.model.title", {kind, value});
        s.kind = static_cast<int>(m->kind);
        s.level = static_cast<int>(m->level);
        s.linked = model::modelsInGroup(board, m->group).size() > 1;
        s.parts = g->quantity.partCount();
        s.barMode = static_cast<int>(m->layouts.bar.mode);
        s.hasUnknown = g->quantity.unknown.kind != model::UnknownKind::None;
        s.covered = m->layouts.beads.cover.has_value();
        s.factFamily = std::find(factFamilies_.begin(), factFamilies_.end(), m->id) != factFamilies_.end();
        s.beadStringSize = m->layouts.beads.size;
        const model::BeadString& beads = m->layouts.beads;
        s.beadsCounted = std::max({beads.counted, beads.countOn ? beads.countOn->start + beads.countOn->add : 0,
                                   beads.cover ? beads.cover->last : 0});
        s.countOn = m->layouts.beads.countOn.has_value();
        s.unit = m->layouts.bar.unit;
        out.model = panels_.drawModelPanel(s);
    }
    if (labelEditor_) {
        const model::Model* lm = model::findModel(board, labelEditor_->model);
        const model::Group* lg = lm != nullptr ? model::findGroup(board, lm->group) : nullptr;
        if (lg == nullptr) {
            labelEditor_.reset();
        } else {
            ui::LabelEditorState s;
            s.displayWidth = displayWidth;
            s.displayHeight = displayHeight;
            s.title = model::tr("ui.labels.title");
            const bool comparison = lm->layouts.bar.mode == model::BarMode::Comparison;
            if (!comparison) s.names.push_back(model::tr("ui.labels.whole"));
            for (int i = 1; i <= lg->quantity.partCount(); ++i)
                s.names.push_back(model::tr(comparison ? "ui.labels.bar" : "ui.labels.part", {std::to_string(i)}));
            // Comparison bars have no whole: their first field is bar 1 (label 1).
            labelEditor_->labels.resize(static_cast<std::size_t>(lg->quantity.partCount()) + 1);
            labelShown_ = comparison ? std::vector<std::string>(labelEditor_->labels.begin() + 1, labelEditor_->labels.end())
                                     : labelEditor_->labels;
            s.labels = &labelShown_;
            if (messageModel_ == labelEditor_->model && clock_ < messageUntil_) s.message = message_;
            out.labels = panels_.drawLabelEditor(s);
            if (comparison) std::copy(labelShown_.begin(), labelShown_.end(), labelEditor_->labels.begin() + 1);
            else labelEditor_->labels = labelShown_;
        }
    }
    if (keypad_) {
        const model::Model* km = model::findModel(board, keypad_->model);
        if (km == nullptr) {
            keypad_.reset();
        } else {
            ui::KeypadState s;
            s.displayWidth = displayWidth;
            s.displayHeight = displayHeight;
            s.title = keypad_->countOn      ? model::tr("ui.keypad.count_on", {std::to_string(km->layouts.beads.counted)})
                      : keypad_->circle == 0  ? model::tr("ui.keypad.whole")
                      : keypad_->circle < 0 ? model::tr("ui.keypad.difference")
                                            : model::tr("ui.keypad.part", {std::to_string(keypad_->circle)});
            s.text = keypad_->text;
            if (messageModel_ == keypad_->model && clock_ < messageUntil_) s.message = message_;
            out.keypad = panels_.drawKeypad(s);
        }
    }
    return out;
}

void App::showAs(const model::Model& m, model::Representation kind) {
    const model::Group* g = model::findGroup(session_.board(), m.group);
    if (g == nullptr) return;
    // Beside the model, to the right; below it when something is already there.
    scene::Rect area{static_cast<float>(m.at.x), static_cast<float>(m.at.y), 400, 400};
    for (const auto& [id, r] : modelAreas_) {
        if (id == m.id) area = r;
    }
    auto overlaps = [&](double x, double y) {
        constexpr double kNewWidth = 700, kNewHeight = 450;
        for (const auto& [id, r] : modelAreas_) {
            if (x < r.x + r.w && x + kNewWidth > r.x && y < r.y + r.h && y + kNewHeight > r.y) return true;
        }
        return false;
    };
    const double tabRoom = repr::kTabHeight + repr::kTabGap;
    model::Point at{area.x + area.w + kBeside, area.y + tabRoom};
    if (overlaps(at.x, at.y - tabRoom)) at = {area.x, area.y + area.h + kBeside + tabRoom};
    if (overlaps(at.x, at.y - tabRoom)) {
        double right = at.x;
        for (const auto& [id, r] : modelAreas_) right = std::max(right, static_cast<double>(r.x + r.w));
        at = {right + kBeside, area.y + tabRoom};
    }
    const std::size_t before = session_.board().models.size();
    applyCommands({model::AddModel{kind, m.level, at, g->quantity.value(), m.id}});
    if (session_.board().models.size() > before) {
        pickedModel_ = session_.board().models.back().id;
        showMessage(model::tr("app.linked"));
        needsFit_ = true;
    }
}

void App::applyModelPanels(const PanelActions& a) {
    const model::Board& board = session_.board();
    if (a.boardLevel >= 0) {
        std::vector<model::Command> commands;
        for (const model::Model& m : board.models) {
            if (static_cast<int>(m.level) != a.boardLevel) {
                commands.push_back(model::SetLevel{m.id, static_cast<model::Level>(a.boardLevel)});
            }
        }
        applyCommands(commands);
    }
    const model::Model* found = model::findModel(session_.board(), pickedModel_);
    if (found != nullptr) {
        const model::Model m = *found;  // commands below change the board
        const model::Quantity q = model::findGroup(session_.board(), m.group)->quantity;
        const ui::ModelPanelActions& p = a.model;
        if (p.close) pickedModel_ = 0;
        if (p.showAs >= 0) showAs(m, static_cast<model::Representation>(p.showAs));
        if (p.level >= 0) applyCommands({model::SetLevel{m.id, static_cast<model::Level>(p.level)}});
        if (p.cutLink) {
            applyCommands({model::CutLink{m.id}});
            showMessage(model::tr("app.link_cut"), m.id);
        }
        if (p.turn) {
            const int next = (static_cast<int>(m.layouts.orientation) + 1) % model::kOrientationCount;
            applyCommands({model::SetOrientation{m.id, static_cast<model::Orientation>(next)}});
        }
        const bool comparison = m.kind == model::Representation::Bar && m.layouts.bar.mode == model::BarMode::Comparison;
        if (p.addPart) {
            if (comparison) {
                // Another bar as long as the last one: the bars a child made keep their values.
                const model::Value last = q.partValues().back();
                applyCommands({model::AddPart{m.id}, model::SetPart{m.id, q.partCount(), last, false}});
            } else if (m.kind == model::Representation::Bar && m.layouts.bar.mode == model::BarMode::EqualParts) {
                applyCommands({model::SetBar{m.id, model::BarMode::EqualParts, q.partCount() + 1,
                                             std::min(m.layouts.bar.shaded, q.partCount() + 1), m.layouts.bar.unit}});
            } else {
                applyCommands(addPartCommands(m, q));
            }
        }
        if (p.removePart) {
            if (comparison) {
                // The last bar goes; nothing of it is added to another bar.
                const model::Value zero{};
                applyCommands({model::SetPart{m.id, q.partCount() - 1, zero, false}, model::RemovePart{m.id, q.partCount() - 1}});
            } else if (m.kind == model::Representation::Bar && m.layouts.bar.mode == model::BarMode::EqualParts) {
                applyCommands({model::SetBar{m.id, model::BarMode::EqualParts, q.partCount() - 1,
                                             std::min(m.layouts.bar.shaded, q.partCount() - 1), m.layouts.bar.unit}});
            } else {
                applyCommands({model::RemovePart{m.id, q.partCount() - 1}});
            }
        }
        if (p.toggleFactFamily) {
            const auto it = std::find(factFamilies_.begin(), factFamilies_.end(), m.id);
            if (it != factFamilies_.end()) {
                factFamilies_.erase(it);
            } else {
                factFamilies_.push_back(m.id);
            }
            sceneDirty_ = true;
        }
        if (p.reveal) applyCommands({model::SetUnknown{m.id, model::Unknown{}}});
        if (p.toggleCover) {
            const model::BeadString& beads = m.layouts.beads;
            if (beads.cover) {
                applyCommands({model::SetBeadCover{m.id, std::nullopt}});
            } else if (beads.counted > 0) {
                // Hide the last part ("how many are hidden?"), or half of one part.
                const int first = beads.dividers.empty() ? beads.counted / 2 + 1 : beads.dividers.back() + 1;
                applyCommands({model::SetBeadCover{m.id, model::BeadCover{first, beads.counted}}});
            }
        }
        if (p.toggleCountOn) {
            const model::BeadString& beads = m.layouts.beads;
            if (beads.countOn) {
                applyCommands({model::SetCountOn{m.id, std::nullopt}});
            } else if (q.partCount() >= 2 && q.partValues()[1].wholePart() >= 1) {
                // 8 | 5: count on from the first part by the second.
                applyCommands({model::SetCountOn{m.id, model::CountOnMarker{static_cast<int>(q.partValues()[0].wholePart()),
                                                                            static_cast<int>(q.partValues()[1].wholePart())}}});
            } else {
                keypad_ = Keypad{m.id, 0, {}, true};  // how many to count on from the beads counted
            }
        }
        if (p.beadStringSize > 0) applyCommands({model::SetBeadStringSize{m.id, p.beadStringSize}});
        if (p.beadStringSize > 0 || p.toggleCountOn || p.unit >= 0) keepInView_ = m.id;
        if (p.unit >= 0 && p.unit < static_cast<int>(ui::kBarUnits.size())) {
            applyCommands({model::SetBarText{m.id, m.layouts.bar.labels, ui::kBarUnits[static_cast<std::size_t>(p.unit)]}});
        }
        if (p.editLabels) labelEditor_ = LabelEditor{m.id, m.layouts.bar.labels};
        if (p.barMode >= 0) {
            const auto mode = static_cast<model::BarMode>(p.barMode);
            const int parts = mode == model::BarMode::EqualParts ? std::max(2, q.partCount()) : q.partCount();
            applyCommands({model::SetBar{m.id, mode, parts, mode == model::BarMode::EqualParts ? std::min(1, parts) : 0,
                                         m.layouts.bar.unit}});
        }
        if (p.remove) {
            applyCommands({model::RemoveModel{m.id}});
            pickedModel_ = 0;
        }
        if (p.close || p.showAs >= 0 || p.level >= 0 || p.cutLink || p.remove) sceneDirty_ = true;
    }
    if (labelEditor_ && (a.labels.ok || a.labels.cancel)) {
        if (const model::Model* lm = model::findModel(session_.board(), labelEditor_->model); lm != nullptr && a.labels.ok) {
            // Copies: applying a command replaces the board `lm` points into.
            const model::ModelId id = lm->id;
            const std::string unit = lm->layouts.bar.unit;
            std::vector<std::string> typed = labelEditor_->labels;
            while (!typed.empty() && typed.back().empty()) typed.pop_back();
            if (typed == lm->layouts.bar.labels) {
                labelEditor_.reset();  // nothing changed: no undo step
            } else {
                const model::Board before = session_.board();
                applyCommands({model::SetBarText{id, typed, unit}});
                keepInView_ = id;
                if (!(session_.board() == before)) labelEditor_.reset();  // else the reason shows in the editor
            }
        } else {
            labelEditor_.reset();
        }
        sceneDirty_ = true;
    }
    if (keypad_) {
        const ui::KeypadActions& k = a.keypad;
        if (k.key != 0 && keypad_->text.size() < 12) keypad_->text.push_back(k.key);
        if (k.back && !keypad_->text.empty()) keypad_->text.pop_back();
        const model::Model* m = model::findModel(session_.board(), keypad_->model);
        const model::Group* g = m != nullptr ? model::findGroup(session_.board(), m->group) : nullptr;
        if (k.cancel || g == nullptr) keypad_.reset();
        const bool countOn = keypad_ && keypad_->countOn;
        if (countOn && k.ok) {
            // Count on from the beads counted: the string grows when the hops would run off its end.
            const auto add = model::Value::parse(keypad_->text.empty() ? "0" : keypad_->text);
            const int start = m->layouts.beads.counted;
            if (!add || !add.value().isWhole() || add.value().wholePart() < 1 || start + add.value().wholePart() > model::kLargestBeadString) {
                showMessage(model::tr("app.count_on_range", {std::to_string(model::kLargestBeadString - start)}), m->id);
            } else {
                const int n = static_cast<int>(add.value().wholePart());
                std::vector<model::Command> commands;
                if (start + n > m->layouts.beads.size) {
                    for (const int size : model::kBeadStringSizes) {
                        if (size >= start + n) {
                            commands.push_back(model::SetBeadStringSize{m->id, size});
                            break;
                        }
                    }
                }
                commands.push_back(model::SetCountOn{m->id, model::CountOnMarker{start, n}});
                keepInView_ = m->id;  // before applying: `m` points into the board being replaced
                applyCommands(commands);
                keypad_.reset();
            }
        }
        if (keypad_ && !countOn && k.unknown) {
            const model::Unknown u = keypad_->circle == 0  ? model::Unknown{model::UnknownKind::Whole, 0}
                                     : keypad_->circle < 0 ? model::Unknown{model::UnknownKind::Difference, 0}
                                                           : model::Unknown{model::UnknownKind::Part, keypad_->circle - 1};
            applyCommands({model::SetUnknown{m->id, u}});
            keypad_.reset();
        }
        if (keypad_ && !countOn && k.ok) {
            if (keypad_->text.empty()) {
                keypad_.reset();
            } else if (const auto v = model::Value::parse(keypad_->text); !v) {
                showMessage(v.error().message, m->id);
            } else {
                std::vector<model::Command> commands;
                const int circle = keypad_->circle;
                const model::BarLayout& bar = m->layouts.bar;
                if (circle == 0 && m->kind == model::Representation::Bar && bar.mode == model::BarMode::EqualParts) {
                    // A new whole for equal parts: shared again into as many equal parts (or refused).
                    const int n = g->quantity.partCount();
                    commands.push_back(model::SetBar{m->id, model::BarMode::PartWhole, n, 0, bar.unit});
                    commands.push_back(model::SetWhole{m->id, v.value()});
                    commands.push_back(model::SetBar{m->id, model::BarMode::EqualParts, n, bar.shaded, bar.unit});
                } else if (circle == 0) {
                    commands.push_back(model::SetWhole{m->id, v.value()});
                } else if (circle < 0) {
                    // The difference beside a shorter bar: that bar becomes the longest less the difference.
                    const std::vector<model::Value> parts = g->quantity.partValues();
                    const model::Value longest = *std::max_element(parts.begin(), parts.end());
                    const auto shorter = model::subtract(longest, v.value());
                    if (!shorter) {
                        showMessage(shorter.error().message, m->id);
                        return;
                    }
                    commands.push_back(model::SetPart{m->id, -1 - circle, shorter.value(), false});
                } else {
                    // A part typed into a whole keeps the whole: the neighbouring part takes up the difference
                    // (47 as 40 and 7, type 30: 30 and 17), and the linked pieces regroup. Comparison bars
                    // are separate amounts, so each keeps its own value.
                    const bool compare = m->kind == model::Representation::Bar && m->layouts.bar.mode == model::BarMode::Comparison;
                    commands.push_back(model::SetPart{m->id, circle - 1, v.value(), !compare && g->quantity.partCount() >= 2});
                }
                // A value typed where the "?" was answers it.
                const model::Unknown u = g->quantity.unknown;
                if ((circle == 0 && u.kind == model::UnknownKind::Whole) || (circle < 0 && u.kind == model::UnknownKind::Difference) ||
                    (circle > 0 && u.kind == model::UnknownKind::Part && u.part == circle - 1)) {
                    commands.push_back(model::SetUnknown{m->id, model::Unknown{}});
                }
                const model::Board before = session_.board();
                applyCommands(commands);
                if (!(session_.board() == before)) keypad_.reset();
            }
        }
        if (k.key != 0 || k.back || k.cancel || k.ok || k.unknown) sceneDirty_ = true;
    }
}

}  // namespace tenfold::app
