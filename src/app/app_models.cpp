// The app's side of models other than pieces: the picked model's menu (show as, change into, level, cut
// link, ...), the keypad that types a value into a model, and the board's level bar. What each choice
// means is the model's (model/intents.hpp); this file only asks it and applies the answer.
#include "app/app.hpp"

#include "app/menu_placement.hpp"
#include "model/bar_intents.hpp"
#include "model/bar_model.hpp"
#include "model/chart_places.hpp"
#include "model/describe.hpp"
#include "model/linked_rules.hpp"
#include "model/forms.hpp"
#include "model/text.hpp"
#include "representations/board_layout.hpp"
#include "representations/board_scene.hpp"
#include "representations/chrome.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::app {

namespace {
constexpr double kBeside = 120.0;   // board units between a model and a new view of it

std::string keypadTitle(const model::Model& m, const model::ValueSlot& slot) {
    switch (slot.kind) {
    case model::SlotKind::CountOn: return model::tr("ui.keypad.count_on", {std::to_string(m.layouts.beads.counted)});
    case model::SlotKind::Whole: return model::tr("ui.keypad.whole");
    case model::SlotKind::Difference: return model::tr("ui.keypad.difference");
    case model::SlotKind::Part: return model::tr("ui.keypad.part", {std::to_string(slot.index + 1)});
    case model::SlotKind::Value: return model::tr("ui.keypad.value");
    case model::SlotKind::Row: return model::tr("ui.keypad.row", {std::to_string(slot.index + 1)});
    }
    return {};
}
}  // namespace

void App::openKeypad(const model::ValueSlot& slot) {
    // A new keypad starts clean: no number typed, no reason left over from another.
    keypad_ = Keypad{slot, {}};
    if (messageModel_ == slot.model) message_.clear();
}

App::PanelActions App::drawModelPanels(float displayWidth, float displayHeight) {
    PanelActions out;
    const model::Board& board = session_.board();
    if (!board.models.empty()) out.boardLevel = panels_.drawBoardLevel(model::commonLevel(board));
    const model::Model* m = model::findModel(board, pickedModel_);
    const model::Group* g = m != nullptr ? model::findGroup(board, m->group) : nullptr;
    if (g != nullptr && !keypad_ && !labelEditor_) {
        ui::ModelPanelState s;
        s.displayWidth = displayWidth;
        // The menu opens where it covers the least: never the board's level bar, as little of the model it
        // is about as it can, then as little of the other models. Once it has measured itself it stays put.
        constexpr int kMenuSettleFrames = 3;
        auto pickedOnDisplay = [&]() -> std::optional<scene::Rect> {
            const auto r = screenAreaOf(m->id);
            if (!r) return std::nullopt;
            return scene::Rect{r->x / panelScale_, r->y / panelScale_, r->w / panelScale_, r->h / panelScale_};
        };
        // A menu over its model (one that covers it wherever it stands, or a model that grew under it after
        // Add row or Add a column): the board pans the model into the larger room above or below the menu,
        // and the menu's buttons stay where the finger is, unless that would push another model under the
        // level bar or the tray.
        auto panOutFromUnder = [&](const scene::Rect& menu) {
            const ui::Panels::ButtonRect levelBar = panels_.levelBar();
            const float px = panelScale_, screenH = static_cast<float>(height_);
            const float trayPx = repr::trayHeightPx(uiScale_) + lessonBarPx(), barPx = levelBar.y1 * px;
            const float menuTop = menu.y * px, menuBottom = (menu.y + menu.h) * px;
            constexpr float kMenuGapPx = 24.0f;
            const auto before = camera_;
            for (const auto& [id, area] : modelAreas_) {
                if (id != m->id) continue;
                if (screenH - trayPx - menuBottom >= menuTop - barPx)
                    camera_.bringIntoView(area, kMenuGapPx * uiScale_, trayPx, menuBottom);
                else
                    camera_.bringIntoView(area, kMenuGapPx * uiScale_, screenH - menuTop, barPx);
            }
            // No model (its tab included) is pushed under the level bar or the tray, where a finger reaching
            // for it would press the bar or the tray instead, and the model itself stays on the board: else the
            // board stays where it was.
            if (const auto r = screenAreaOf(m->id); r && (r->y < barPx || r->y + r->h > screenH - trayPx)) camera_ = before;
            const auto panned = camera_;
            for (const auto& entry : modelAreas_) {
                const model::ModelId other = entry.first;
                if (other == m->id) continue;
                camera_ = before;
                const auto was = screenAreaOf(other);
                camera_ = panned;
                const auto r = screenAreaOf(other);
                if (!r || !was) continue;
                const bool underBar = r->y < barPx && was->y >= barPx;
                const bool underTray = r->y + r->h > screenH - trayPx && was->y + was->h <= screenH - trayPx;
                if (underBar || underTray) {
                    camera_ = before;
                    break;
                }
            }
            menuModelArea_ = pickedOnDisplay();  // where the model is now
        };
        if (menuAt_ && menuFrames_ >= kMenuSettleFrames && menuModelArea_) {
            const scene::Rect menu{menuAt_->x, menuAt_->y, panels_.menuWidth(), panels_.menuHeight()};
            if (const auto now = pickedOnDisplay(); now && menuMakesWay(menu, *menuModelArea_, *now)) panOutFromUnder(menu);
        }
        if (panels_.menuWidth() > 0 && (!menuAt_ || menuFrames_ < kMenuSettleFrames)) {
            constexpr float kPickedWeight = 4, kLevelBarWeight = 1000;
            std::vector<Obstacle> obstacles;
            const ui::Panels::ButtonRect bar = panels_.levelBar();
            obstacles.push_back({scene::Rect{bar.x0, bar.y0, bar.x1 - bar.x0, bar.y1 - bar.y0}, kLevelBarWeight});
            for (const auto& [id, area] : modelAreas_) {
                const auto r = screenAreaOf(id);
                if (!r) continue;
                const scene::Rect display{r->x / panelScale_, r->y / panelScale_, r->w / panelScale_, r->h / panelScale_};
                obstacles.push_back({display, id == m->id ? kPickedWeight : 1.0f});
            }
            const MenuRoom room{displayWidth, displayHeight, 0, displayHeight - repr::trayHeightPx(uiScale_) / panelScale_,
                                14.0f * uiScale_ / panelScale_};
            menuAt_ = placeMenu(room, panels_.menuWidth(), panels_.menuHeight(), obstacles);
            menuModelArea_ = pickedOnDisplay();
            if (menuModelArea_ && overlaps(*menuAt_, *menuModelArea_)) panOutFromUnder(*menuAt_);
        }
        ++menuFrames_;
        if (menuAt_) {
            // Kept on screen when the menu grows (another kind's menu after "Show as"); once moved left for a
            // wider menu it stays there, so a narrower one after it does not slide its buttons back.
            menuAt_->x = std::max(0.0f, std::min(menuAt_->x, displayWidth - panels_.menuWidth()));
            s.x = menuAt_->x;
            s.y = menuAt_->y;
        }
        std::string kind = model::representationName(m->kind);
        if (!kind.empty()) kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
        const std::string value =
            g->quantity.unknown.kind == model::UnknownKind::None ? model::numeral(g->quantity.value()) : std::string("?");
        s.title = model::tr("ui.model.title", {kind, value});
        s.kind = m->kind;
        s.level = m->level;
        s.linked = model::modelsInGroup(board, m->group).size() > 1;
        // Within the kind's limits a button is offered; a refusal inside them says why (24 in 7 equal parts).
        const model::PartRange range = model::partRange(*m);
        s.canAddPart = g->quantity.partCount() < range.most;
        s.canRemovePart = g->quantity.partCount() > range.fewest;
        s.barMode = m->layouts.bar.mode;
        s.hasUnknown = g->quantity.unknown.kind != model::UnknownKind::None;
        s.covered = m->layouts.beads.cover.has_value();
        s.factFamily = std::find(factFamilies_.begin(), factFamilies_.end(), m->id) != factFamilies_.end();
        s.beadStringSize = m->layouts.beads.size;
        s.shortestBeadString = model::shortestBeadString(m->layouts.beads);
        s.countOn = m->layouts.beads.countOn.has_value();
        s.unit = m->layouts.bar.unit;
        s.parts = model::shownParts(*m, g->quantity);
        const auto one = model::blockThatIsOne(m->layouts.blocks.scale);
        s.blockOne = one ? static_cast<int>(*one) : -1;
        s.notToScale = m->layouts.bar.notToScale;
        if (m->kind == model::Representation::Bar) {
            for (const model::ModelId other : model::comparableBars(board, m->id)) {
                const model::Model* om = model::findModel(board, other);
                const auto row = model::barFraction(*om, model::findGroup(board, om->group)->quantity);
                s.compareWith.emplace_back(other, model::tr("fraction.text", {std::to_string(row->shaded), std::to_string(row->parts)}));
            }
            s.factFamilyBar = m->layouts.bar.mode == model::BarMode::PartWhole && g->quantity.partCount() >= 2;
        }
        if (m->kind == model::Representation::Bar && m->layouts.bar.mode == model::BarMode::Fractions) {
            s.canAddPart = s.parts < model::kMaxFractionParts;
            s.canRemovePart = s.parts > model::kMinFractionParts;
        }
        s.breakAllPlaces = model::breakAllPlaces(*m);
        s.plainCounters = m->layouts.counters.plain;
        s.fixedSet = m->layouts.counters.fixed;
        s.rows = model::isRowsChart(*m);
        s.addPlaces = model::placesToAdd(*m);
        for (const model::Coin c : model::kAllCoins) {
            if (m->kind != model::Representation::Money || model::countOf(m->layouts.money, c) == 0) continue;
            if (!model::changeFor(c).empty()) s.breakableCoins.push_back(c);
            if (model::exchangeUpTarget(m->layouts.money, c)) s.exchangeableCoins.push_back(c);
        }
        out.model = panels_.drawModelPanel(s);
    } else {
        menuAt_.reset();
        menuModelArea_.reset();
        menuFrames_ = 0;
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
            if (messageModel_ == labelEditor_->model && !message_.empty()) s.message = message_;
            out.labels = panels_.drawLabelEditor(s);
            if (comparison) std::copy(labelShown_.begin(), labelShown_.end(), labelEditor_->labels.begin() + 1);
            else labelEditor_->labels = labelShown_;
        }
    }
    if (keypad_) {
        const model::Model* km = model::findModel(board, keypad_->slot.model);
        if (km == nullptr) {
            keypad_.reset();
        } else {
            ui::KeypadState s;
            s.displayWidth = displayWidth;
            s.displayHeight = displayHeight;
            s.title = keypadTitle(*km, keypad_->slot);
            s.text = keypad_->text;
            if (messageModel_ == keypad_->slot.model && !message_.empty()) s.message = message_;
            out.keypad = panels_.drawKeypad(s);
        }
    }
    return out;
}

// Beside the model, to the right; below it when something is already there (a new view, or a copy).
model::Point App::besideModel(const model::Model& m) const {
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
    return at;
}

void App::showAs(const model::Model& m, model::Representation kind) {
    const model::Group* g = model::findGroup(session_.board(), m.group);
    if (g == nullptr) return;
    const model::Point at = besideModel(m);
    const std::size_t before = session_.board().models.size();
    applyCommands({model::AddModel{kind, m.level, at, g->quantity.value(), m.id}});
    if (session_.board().models.size() > before) {
        // The menu tapped in stays open and in place (the next "Show as" is where it was): the new view
        // shows its link by its tab's colour and the message.
        showMessage(model::tr("app.linked"));
        needsFit_ = true;
    }
}

void App::applyModelPanels(const PanelActions& a) {
    if (a.boardLevel) applyCommands(model::boardLevelIntent(session_.board(), *a.boardLevel));
    if (const model::Model* found = model::findModel(session_.board(), pickedModel_); found != nullptr) {
        const model::Model m = *found;  // a copy: commands below replace the board it points into
        const ui::ModelPanelActions& p = a.model;
        const model::Board& board = session_.board();
        if (p.close) pickedModel_ = 0;
        if (p.showAs) showAs(m, *p.showAs);
        if (p.changeInto) {
            applyCommands({model::ShowAs{m.id, *p.changeInto}});
            keepInView_ = m.id;
        }
        if (p.level) applyCommands({model::SetLevel{m.id, *p.level}});
        if (p.cutLink) {
            applyCommands({model::CutLink{m.id}});
            showMessage(model::tr("app.link_cut"), m.id);
        }
        if (p.turn) {
            const int next = (static_cast<int>(m.layouts.orientation) + 1) % model::kOrientationCount;
            applyCommands({model::SetOrientation{m.id, static_cast<model::Orientation>(next)}});
        }
        // Equal parts and fraction walls step to the next number of parts that keeps the shaded amount,
        // and say what they passed over; the number can be chosen directly too.
        const bool stepsParts = m.kind == model::Representation::Bar &&
                                (m.layouts.bar.mode == model::BarMode::EqualParts || m.layouts.bar.mode == model::BarMode::Fractions);
        auto choose = [&](const model::Result<model::BarChoice>& c) {
            if (!c) return showMessage(c.error().message, m.id);
            applyCommands(c.value().commands);
            if (!c.value().note.empty()) showMessage(c.value().note, m.id);
        };
        if (p.addPart && stepsParts) choose(model::stepPartsIntent(board, m.id, 1));
        else if (p.addPart) applyIntent(model::addPartIntent(board, m.id), m.id);
        if (p.removePart && stepsParts) choose(model::stepPartsIntent(session_.board(), m.id, -1));
        else if (p.removePart) applyIntent(model::removePartIntent(session_.board(), m.id), m.id);
        if (p.chooseParts) choose(model::choosePartsIntent(session_.board(), m.id, *p.chooseParts));
        if (p.addRow) applyIntent(model::addRowIntent(session_.board(), m.id), m.id);
        if (p.removeRow) applyIntent(model::removeRowIntent(session_.board(), m.id), m.id);
        if (p.sameParts) applyIntent(model::samePartsIntent(session_.board(), m.id), m.id);
        if (p.blockOne) applyIntent(model::blockOneIntent(session_.board(), m.id, static_cast<model::BlockKind>(*p.blockOne)), m.id);
        if (p.toggleScale) applyCommands(model::toggleScaleIntent(session_.board(), m.id));
        if (p.compareWith) {
            // Said beside the bar for long enough to talk about: which is greater, and by how much.
            constexpr double kComparisonSeconds = 30.0;
            const auto said = model::compareBarsIntent(session_.board(), m.id, *p.compareWith);
            showMessage(said ? said.value() : said.error().message, m.id, kComparisonSeconds);
        }
        if (p.addRow || p.chooseParts) keepInView_ = m.id;
        if (p.exchangeAll) applyIntent(model::exchangeAllIntent(session_.board(), m.id), m.id);
        if (p.breakAll) applyIntent(model::breakAllIntent(session_.board(), m.id, *p.breakAll), m.id);
        if (p.plainCounters) applyIntent(model::plainCountersIntent(session_.board(), m.id, *p.plainCounters), m.id);
        if (p.fixedSet) applyIntent(model::fixedSetIntent(session_.board(), m.id), m.id);
        if (p.rows) applyIntent(model::rowsIntent(session_.board(), m.id), m.id);
        if (p.breakCoin) applyCommands({model::ExchangeCoin{m.id, *p.breakCoin, false}});
        if (p.exchangeCoin) applyCommands({model::ExchangeCoin{m.id, *p.exchangeCoin, true}});
        if (p.fitColumns) applyIntent(model::fitColumnsIntent(session_.board(), m.id), m.id);
        if (p.addColumn) {
            applyIntent(model::addPlaceIntent(session_.board(), m.id, *p.addColumn), m.id);
            keepInView_ = m.id;  // a wider chart is brought back into view
        }
        if (p.duplicate) {
            // The copy stands beside the model, clear of every model and its readouts: the board's layout rule
            // (repr::separateModels) moves the copy out of the way, never the models already there.
            model::Point at = besideModel(m);
            const model::Board& now = session_.board();
            if (const auto trial = model::duplicateIntent(now, m.id, at); trial && trial.value().size() == 1) {
                if (auto copied = model::applyCommand(now, trial.value().front());
                    copied && copied.value().models.size() > now.models.size()) {
                    const model::Board& b = copied.value();
                    const model::ModelId copy = b.models.back().id;
                    std::vector<model::ModelId> stay;
                    for (const model::Model& x : b.models)
                        if (x.id != copy) stay.push_back(x.id);
                    for (const model::Command& c : repr::separateModels(b, repr::modelAreas(b, layoutOptions(factFamilies_)), stay)) {
                        if (const auto* move = std::get_if<model::MoveModel>(&c); move != nullptr && move->model == copy) at = move->to;
                    }
                }
            }
            const std::size_t before = session_.board().models.size();
            applyIntent(model::duplicateIntent(session_.board(), m.id, at), m.id);
            if (session_.board().models.size() > before) {
                pickedModel_ = session_.board().models.back().id;
                showMessage(model::tr("app.duplicated"));
                needsFit_ = true;
            }
        }
        if (p.toggleFactFamily) {
            const std::vector<model::ModelId> shown = factFamilies_;
            const auto it = std::find(factFamilies_.begin(), factFamilies_.end(), m.id);
            if (it != factFamilies_.end()) {
                factFamilies_.erase(it);
            } else {
                factFamilies_.push_back(m.id);
                const model::Board before = session_.board();
                if (keepModelsApart(before, shown, false)) onBoardChanged(before);  // the sentences need room
            }
        }
        if (p.reveal) applyCommands({model::SetUnknown{m.id, model::Unknown{}}});
        if (p.toggleCover) applyIntent(model::toggleCoverIntent(session_.board(), m.id), m.id);
        if (p.toggleCountOn) {
            const auto choice = model::toggleCountOnIntent(session_.board(), m.id);
            if (!choice) {
                showMessage(choice.error().message, m.id);
            } else if (choice.value().ask) {
                openKeypad(*choice.value().ask);  // how many to count on from the beads counted
            } else {
                applyCommands(choice.value().commands);
            }
        }
        if (p.beadStringSize) applyCommands({model::SetBeadStringSize{m.id, *p.beadStringSize}});
        if (p.unit) applyCommands({model::SetBarText{m.id, m.layouts.bar.labels, *p.unit}});
        // A model made bigger from its menu is brought back into view.
        if (p.beadStringSize || p.toggleCountOn || p.unit) keepInView_ = m.id;
        if (p.editLabels) labelEditor_ = LabelEditor{m.id, m.layouts.bar.labels};
        if (p.barMode) applyCommands(model::barModeIntent(session_.board(), m.id, *p.barMode));
        if (p.remove) {
            applyCommands({model::RemoveModel{m.id}});
            pickedModel_ = 0;
        }
    }
    if (labelEditor_ && (a.labels.ok || a.labels.cancel)) {
        const model::ModelId id = labelEditor_->model;
        const model::Commands commands = a.labels.ok ? model::labelsIntent(session_.board(), id, labelEditor_->labels)
                                                     : model::Commands{};
        if (commands.empty()) {
            labelEditor_.reset();  // cancelled, or nothing changed: no undo step
        } else {
            const model::Board before = session_.board();
            applyCommands(commands);
            keepInView_ = id;
            if (!(session_.board() == before)) labelEditor_.reset();  // else the reason shows in the editor
        }
    }
    if (keypad_) {
        const ui::KeypadActions& k = a.keypad;
        constexpr std::size_t kLongestTyped = 12;
        if (k.key != 0 && keypad_->text.size() < kLongestTyped) keypad_->text.push_back(k.key);
        if (k.back && !keypad_->text.empty()) keypad_->text.pop_back();
        if (k.cancel || model::findModel(session_.board(), keypad_->slot.model) == nullptr) {
            keypad_.reset();
            return;
        }
        const model::ValueSlot slot = keypad_->slot;
        const bool countOn = slot.kind == model::SlotKind::CountOn;
        if (k.unknown && !countOn) {
            applyIntent(model::markUnknownIntent(session_.board(), slot), slot.model);
            keypad_.reset();
            return;
        }
        if (!k.ok) return;
        if (keypad_->text.empty() && !countOn) {
            keypad_.reset();
            return;
        }
        const auto typed = model::Value::parse(keypad_->text.empty() ? "0" : keypad_->text);
        if (!typed) {
            showMessage(typed.error().message, slot.model);
            return;
        }
        const auto intent = model::typeValueIntent(session_.board(), slot, typed.value());
        if (!intent) {
            showMessage(intent.error().message, slot.model);
            return;
        }
        const model::Board before = session_.board();
        if (countOn) keepInView_ = slot.model;  // counting on can make the string longer
        applyCommands(intent.value());
        if (!(session_.board() == before)) keypad_.reset();  // else the reason shows in the keypad
    }
}

}  // namespace tenfold::app
