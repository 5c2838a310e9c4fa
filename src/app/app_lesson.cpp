// The app's side of a lesson on the screen: opening one (from the command line or the gallery), moving
// between steps (each keeps its own session), the lesson bar's actions (Check, Vary, How we built it,
// continue from here, Save, Add this board as a step), the banner with the prompt and the Check card on
// the screen layer, the room they take when the board is fitted, and the lesson's facts and spots for
// replay scripts. What a lesson means is the model's and the presenter's (app/presenter.hpp); this file
// asks them and shows the answer.
#include "app/app.hpp"

#include "app/menu_placement.hpp"
#include "model/file_store.hpp"
#include "model/lesson_file.hpp"
#include "model/text.hpp"
#include "representations/chrome.hpp"
#include "representations/lesson_view.hpp"
#include "representations/pieces_view.hpp"
#include "representations/tags.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace tenfold::app {

namespace {
constexpr float kBannerMargin = 14.0f;   // around the banner, pixels at UI scale 1
constexpr float kBannerMinShare = 0.5f;  // beside the level bar when that leaves half the width, else below it
constexpr float kVerdictShare = 0.55f;   // the Check card's width, of the screen's at most
constexpr float kVerdictMaxWidth = 960.0f;
constexpr float kVerdictMinWidth = 360.0f;  // a narrower card beside the model is tried down to this

float overlap(const scene::Rect& a, const scene::Rect& b) {
    const float w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const float h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0.0f;
}

std::string plain(double v) {
    std::ostringstream o;
    o << v;
    return o.str();
}
}  // namespace

// ---- Opening and closing --------------------------------------------------------------------------------------

bool App::startLesson(model::Lesson lesson, std::filesystem::path file, std::size_t step, std::string& error) {
    model::Session session;
    model::Result<Presenter> opened = Presenter::open(std::move(lesson), std::move(file), step, session);
    if (!opened) {
        error = opened.error().message;
        return false;
    }
    lesson_.emplace(std::move(opened.value()));
    savedLesson_ = lesson_->lessonNow(session);  // as its file holds it: nothing to save yet
    openSession(std::move(session));
    boardFile_.clear();  // the boards gallery's Save is for boards, not for a lesson's step
    varyOpen_ = false;
    promptPx_ = 0;
    return true;
}

bool App::openLessonFile(const std::filesystem::path& path, std::string& error) {
    model::Result<model::Lesson> lesson = model::loadLessonFile(path);
    if (!lesson) {
        error = lesson.error().message;
        return false;
    }
    if (lesson_) closeLesson();
    return startLesson(std::move(lesson.value()), path, 0, error);
}

void App::closeLesson() {
    if (!lesson_) return;
    lesson_->stopPlayback(session_);  // the step as the class left it stays on the board
    lesson_.reset();
    lessonPanel_ = ui::LessonPanel{};
    varyOpen_ = false;
    varyChoices_.clear();
    needsFit_ = true;
}

std::optional<App::OpenLesson> App::openLesson() const {
    if (!lesson_) return std::nullopt;
    return OpenLesson{lesson_->lessonNow(session_), lesson_->file(), lesson_->current()};
}

App::WhatIsOpen App::whatIsOpen() const {
    if (std::optional<OpenLesson> lesson = openLesson()) return std::move(*lesson);
    return OpenBoard{session_.start(), session_.log(), boardFile_};
}

void App::addBoardAsStep() {
    if (!lesson_) {
        // A new lesson whose first step is this board, with the history that built it.
        lesson_.emplace(Presenter::fromBoard(session_));
        savedLesson_.reset();  // a new lesson: not in any file yet
        boardFile_.clear();
        needsFit_ = true;
        showMessage(model::tr("ui.lesson.started"));
        return;
    }
    model::Step step = Presenter::stepFromBoard(session_.board(), lesson_->current() + 2);
    model::Session s = std::move(session_);
    lesson_->insertAfter(std::move(step), s);
    openSession(std::move(s));
    showMessage(model::tr("ui.lesson.added", {model::countNumeral(static_cast<std::int64_t>(lesson_->current() + 1))}));
}

model::Result<std::filesystem::path> App::keepLesson(bool copy) {
    const model::Lesson now = lesson_->lessonNow(session_);
    if (!copy && lessons_.owns(lesson_->file())) {
        if (const model::Status saved = lessons_.saveInPlace(now, lesson_->file()); !saved) return saved.error();
        savedLesson_ = now;
        return lesson_->file();
    }
    // A shipped lesson, one from elsewhere, a new one or a copy: a new file in the lessons folder.
    model::Result<std::filesystem::path> path = lessons_.saveAs(now, now.title);
    if (!path) return path;
    lesson_->setFile(path.value());  // from now on Save writes there
    savedLesson_ = now;
    noteWorkChanged();               // the name kept with the work changed
    return path;
}

void App::saveLesson(bool copy) {
    if (!lesson_) return;
    const model::Result<std::filesystem::path> saved = keepLesson(copy);
    showMessage(saved ? model::tr("ui.lesson.saved", {saved.value().stem().string()}) : saved.error().message);
}

// ---- The panels ------------------------------------------------------------------------------------------------

float App::lessonBarPx() const { return lesson_ ? ui::kLessonBarHeight * uiScale_ : 0.0f; }

ui::LessonActions App::drawLessonPanels(float displayWidth, float displayHeight) {
    if (!lesson_) return {};
    const model::Step& step = lesson_->step();
    ui::LessonBarState s;
    s.displayWidth = displayWidth;
    s.displayHeight = displayHeight;
    s.bottom = displayHeight - repr::trayHeightPx(uiScale_) / panelScale_;
    s.height = lessonBarPx() / panelScale_;
    s.step = lesson_->current();
    s.count = lesson_->count();
    s.hasCheck = step.check.has_value();
    s.hasLog = session_.canUndo();  // something was done: there is a log to play
    s.promptShown = lesson_->promptShown;
    s.notesShown = lesson_->notesShown;
    s.hasOther = lesson_->hasOther();
    s.otherIsOriginal = lesson_->otherIsOriginal();
    s.canSaveInPlace = lessons_.owns(lesson_->file());
    s.saveName = lesson_->file().stem().string();
    s.notesTitle = model::tr("ui.lesson.notes_title", {step.title});
    s.notes = step.notes;
    if (const model::LogPlayback* p = lesson_->playback()) {
        s.playback = true;
        s.playing = lesson_->playing();
        s.position = p->position();
        s.length = p->length();
    }
    s.varyOpen = varyOpen_;
    for (const VaryChoice& c : varyChoices_) {
        // What the new step asks; for another representation, what it shows (its prompt keeps its words).
        std::string result = c.step ? c.step.value().prompt : c.step.error().message;
        if (c.step && c.variation.what == model::VaryWhat::Representation) {
            if (const model::Model* m = model::mainModel(c.step.value().board, c.step.value().check))
                result = model::tr("ui.lesson.vary.shown_as", {model::representationName(m->kind)});
        }
        s.vary.push_back(ui::VaryButton{c.name, c.label, result, c.step.ok()});
    }
    return lessonPanel_.draw(s, uiScale_ / panelScale_);
}

void App::applyLessonPanels(const ui::LessonActions& a) {
    if (!lesson_) {
        lessonPanel_ = ui::LessonPanel{};  // nothing of a closed lesson's bar catches a finger
        return;
    }
    if (!a.any()) return;
    // Another step: the one on screen keeps its session, the next one's comes back as it was left.
    auto toStep = [&](auto&& change) {
        model::Session s = std::move(session_);
        const bool moved = change(s);
        if (moved) {
            openSession(std::move(s));
            varyOpen_ = false;
        } else {
            session_ = std::move(s);
        }
    };
    if (a.back) toStep([&](model::Session& s) { return lesson_->back(s); });
    if (a.next) toStep([&](model::Session& s) { return lesson_->next(s); });
    if (a.goTo) toStep([&](model::Session& s) { return lesson_->goTo(*a.goTo, s); });
    if (a.check && !lesson_->check(session_.board())) showMessage(model::tr("ui.lesson.no_check"));
    if (a.togglePrompt) {
        lesson_->promptShown = !lesson_->promptShown;
        needsFit_ = true;  // the board gets the room the prompt leaves, or gives it back
    }
    if (a.toggleNotes) lesson_->notesShown = !lesson_->notesShown;
    if (a.openVary) {
        varyOpen_ = !varyOpen_;
        varyChoices_ = varyOpen_ ? varyChoices(lesson_->step()) : std::vector<VaryChoice>{};
    }
    if (a.closeVary) {
        varyOpen_ = false;
        varyChoices_.clear();
    }
    if (a.vary && *a.vary < varyChoices_.size() && varyChoices_[*a.vary].step) {
        model::Step next = varyChoices_[*a.vary].step.value();
        const std::string label = varyChoices_[*a.vary].label;
        varyOpen_ = false;
        varyChoices_.clear();
        model::Session s = std::move(session_);
        lesson_->insertAfter(std::move(next), s);
        openSession(std::move(s));
        showMessage(model::tr("ui.lesson.varied", {label, model::countNumeral(static_cast<std::int64_t>(lesson_->current() + 1))}));
    }
    if (a.addStep) addBoardAsStep();
    if (a.save || a.saveCopy) saveLesson(a.saveCopy);
    // How we built it.
    const model::Board before = session_.board();
    bool changed = false;
    if (a.built && lesson_->startPlayback(session_)) {
        pickedModel_ = 0;
        keypad_.reset();
        labelEditor_.reset();
        boardInput_.reset();
        boardInput_.clearSelection();
        varyOpen_ = false;
        lesson_->play(clock_);
        changed = true;
    }
    if (a.play) {
        if (const model::LogPlayback* p = lesson_->playback(); p != nullptr && p->position() == p->length())
            changed |= lesson_->seek(0, session_);  // from the start again
        lesson_->play(clock_);
    }
    if (a.pause) lesson_->pause();
    if (a.stepBack || a.stepForward) {
        lesson_->pause();
        if (const model::LogPlayback* p = lesson_->playback()) {
            const std::size_t k = p->position();
            changed |= lesson_->seek(a.stepBack ? (k > 0 ? k - 1 : 0) : k + 1, session_);
        }
    }
    if (a.scrub) changed |= lesson_->seek(*a.scrub, session_);
    if (a.continueHere) {
        lesson_->continueFromHere(session_);
        stepGestures_.clear();
        changed = true;
        showMessage(model::tr(lesson_->hasOther() ? "ui.lesson.continued" : "ui.lesson.continued_end"));
    }
    if (a.done) {
        lesson_->stopPlayback(session_);
        changed = true;
    }
    if (a.other) {
        lesson_->backToOther(session_);
        stepGestures_.clear();
        changed = true;
    }
    if (changed) onBoardChanged(before);
    if (a.closeLesson) {
        closeLesson();
        showMessage(model::tr("ui.lesson.closed"));
    }
}

void App::updateLesson() {
    if (!lesson_ || !lesson_->playing()) return;
    const model::Board before = session_.board();
    if (lesson_->advance(clock_, session_)) onBoardChanged(before);
}

std::optional<double> App::lessonNextChange() const { return lesson_ ? lesson_->nextTick() : std::nullopt; }

void App::lessonBoardChanged() {
    // What the Check said was about the board as it was.
    if (lesson_ && !lesson_->playbackOn()) lesson_->clearVerdict();
}

void App::lessonBeforeEdit() {
    // Changing the board while its history plays back carries on from the board shown; the history as it
    // was stays aside (Back to where we were).
    if (!lesson_ || !lesson_->playbackOn()) return;
    lesson_->continueFromHere(session_);
    stepGestures_.clear();
}

// ---- On the screen ---------------------------------------------------------------------------------------------

namespace {
// Where the banner goes: to the right of the board's level bar when that leaves half the width, else under it.
struct BannerPlace {
    float left, top, right;
};
BannerPlace bannerPlace(float width, float uiScale, float levelBarRight, float levelBarRoom) {
    const float m = kBannerMargin * uiScale;
    if (levelBarRight > 0 && width - levelBarRight - 2 * m >= kBannerMinShare * width) return {levelBarRight + m, m, width - m};
    return {m, std::max(m, levelBarRoom), width - m};
}
}  // namespace

float App::lessonTopPx(float levelBarRoom) const {
    // The board beside the banner (a short screen) only keeps clear of the level bar.
    return boardBesideBanner_ ? levelBarRoom : bannerBottomPx(levelBarRoom);
}

float App::bannerBottomPx(float levelBarRoom) const {
    if (!lesson_ || !renderer_) return levelBarRoom;
    const ui::Panels::ButtonRect bar = panels_.levelBar();
    const float barRight = session_.board().models.empty() ? 0.0f : bar.x1 * panelScale_;
    const BannerPlace at = bannerPlace(static_cast<float>(width_), uiScale_, barRight, levelBarRoom);
    return std::max(levelBarRoom, at.top + bannerHeightPx(levelBarRoom) + kBannerMargin * uiScale_);
}

float App::bannerHeightPx(float levelBarRoom) const {
    if (!lesson_ || !renderer_) return 0.0f;
    const float w = static_cast<float>(width_);
    const ui::Panels::ButtonRect bar = panels_.levelBar();
    const float barRight = session_.board().models.empty() ? 0.0f : bar.x1 * panelScale_;
    const BannerPlace at = bannerPlace(w, uiScale_, barRight, levelBarRoom);
    const model::LogPlayback* p = lesson_->playback();
    const std::string prompt = p != nullptr ? p->narration() : lesson_->promptShown ? lesson_->step().prompt : std::string();
    const repr::MeasureText measure = [this](std::string_view t, float size) { return renderer_->font().measure(t, size); };
    const float size = promptPx_ > 0 ? promptPx_ : repr::kPromptTextSize * uiScale_;
    // The header's words do not change the banner's height.
    return repr::layoutBanner("", prompt, at.left, at.top, at.right, size, uiScale_, measure).area.h;
}

void App::fitUnderOrBesideBanner(const scene::Rect& area, float marginPx, float bottomPx, float levelBarRoom) {
    // Under the banner, across the whole width.
    boardBesideBanner_ = false;
    camera_.fit(area, marginPx, bottomPx, bannerBottomPx(levelBarRoom));
    // When the banner stands beside the level bar, the column to its left, under the level bar, is the
    // other place: on a short screen (a laptop) it is taller than the room under a two-line prompt.
    const ui::Panels::ButtonRect bar = panels_.levelBar();
    const float barRight = session_.board().models.empty() ? 0.0f : bar.x1 * panelScale_;
    const BannerPlace at = bannerPlace(static_cast<float>(width_), uiScale_, barRight, levelBarRoom);
    fittedBannerLeft_ = at.left;
    const float columnLeft = marginPx, columnRight = at.left - kBannerMargin * uiScale_ - marginPx;
    if (at.top >= levelBarRoom || columnRight - columnLeft <= 0) return;  // the banner is under the level bar
    interaction::Camera beside = camera_;
    beside.fit(area, marginPx, bottomPx, levelBarRoom);
    const float widthPx = std::max(area.w, 1.0f) * beside.pixelsPerUnit();
    if (widthPx > columnRight - columnLeft) beside.zoomAbout(0, 0, (columnRight - columnLeft) / widthPx);
    // What of the board would not fit (pixels): at the smallest zoom text keeps its size, so both may overflow.
    const float height = static_cast<float>(height_), width = static_cast<float>(width_);
    const auto overflow = [&](const interaction::Camera& c, float left, float right, float top) {
        const float ppu = c.pixelsPerUnit();
        return std::max(0.0f, area.w * ppu - (right - left)) + std::max(0.0f, area.h * ppu - (height - bottomPx - marginPx - top));
    };
    const float underOverflow = overflow(camera_, marginPx, width - marginPx, bannerBottomPx(levelBarRoom) + marginPx);
    const float besideOverflow = overflow(beside, columnLeft, columnRight, levelBarRoom + marginPx);
    const bool larger = beside.zoom() > camera_.zoom() * 1.02f;
    if (besideOverflow > underOverflow || (besideOverflow == underOverflow && !larger)) return;  // the board stays central
    float sx = 0, sy = 0;
    beside.toScreen(area.x + 0.5f * area.w, area.y + 0.5f * area.h, sx, sy);
    const float top = levelBarRoom + marginPx, bottom = static_cast<float>(height_) - bottomPx - marginPx;
    beside.panPixels(0.5f * (columnLeft + columnRight) - sx, 0.5f * (top + bottom) - sy);
    camera_ = beside;
    boardBesideBanner_ = true;
}

bool App::fitLessonBoard(const scene::Rect& area, float marginPx, float levelBarRoom) {
    if (!lesson_) return false;
    const float bottom = repr::trayHeightPx(uiScale_) + lessonBarPx();
    const float base = repr::kPromptTextSize * uiScale_;
    promptPx_ = base;
    fitUnderOrBesideBanner(area, marginPx, bottom, levelBarRoom);
    // The prompt is at least as large as the numeral under a chart at this zoom. The room a larger prompt
    // takes makes the board a little smaller, so the numeral never overtakes it.
    const bool chartNumeral = std::any_of(scene_.board.texts.begin(), scene_.board.texts.end(), [](const scene::Text& t) {
        return t.role == scene::TextRole::Numeral && t.tag != 0 && repr::tagKind(t.tag) == repr::TagKind::Readout;
    });
    if (chartNumeral) {
        promptPx_ = std::clamp(repr::kReadoutNumeralSize * camera_.pixelsPerUnit(), base, repr::kPromptMaxScale * base);
        fitUnderOrBesideBanner(area, marginPx, bottom, levelBarRoom);
    }
    // The banner this fit made room for: drawing it does not ask for another fit.
    bannerHeight_ = bannerHeightPx(levelBarRoom);
    return true;
}

void App::buildLessonScene(float w, float h, float levelBarRoom) {
    if (!lesson_ || !renderer_) return;
    const repr::MeasureText measure = [this](std::string_view t, float size) { return renderer_->font().measure(t, size); };
    const model::Step& step = lesson_->step();
    const ui::Panels::ButtonRect bar = panels_.levelBar();
    const float barRight = session_.board().models.empty() ? 0.0f : bar.x1 * panelScale_;
    const BannerPlace at = bannerPlace(w, uiScale_, barRight, levelBarRoom);
    std::string header, prompt;
    if (const model::LogPlayback* p = lesson_->playback()) {
        header = model::tr("ui.lesson.built_header", {step.title, model::countNumeral(static_cast<std::int64_t>(p->position())),
                                                      model::countNumeral(static_cast<std::int64_t>(p->length()))});
        prompt = p->narration();
    } else {
        header = model::tr("ui.lesson.step_header", {model::countNumeral(static_cast<std::int64_t>(lesson_->current() + 1)),
                                                     model::countNumeral(static_cast<std::int64_t>(lesson_->count())), step.title});
        if (lesson_->promptShown) prompt = step.prompt;
    }
    const float size = promptPx_ > 0 ? promptPx_ : repr::kPromptTextSize * uiScale_;
    const repr::Banner banner = repr::layoutBanner(header, prompt, at.left, at.top, at.right, size, uiScale_, measure);
    repr::buildBanner(scene_.screen, banner, uiScale_);
    shownPromptPx_ = banner.lines.empty() ? 0.0f : banner.promptSize;
    // A banner that changed height (another step's prompt, the prompt hidden) refits the board next frame.
    if (std::abs(banner.area.h - bannerHeight_) > 0.5f) {
        if (bannerHeight_ > 0) needsFit_ = true;
        bannerHeight_ = banner.area.h;
    }
    // So does one that moved (the level bar beside it is known only once the panels have been drawn).
    if (std::abs(banner.area.x - fittedBannerLeft_) > 0.5f) {
        needsFit_ = true;
        fittedBannerLeft_ = banner.area.x;
    }
    const std::optional<model::Verdict>& verdict = lesson_->verdict();
    if (!verdict) return;
    // The answer in full sentences, large, beside the model it is about, with a ring pointing at that model.
    const float maxWidth = std::min(kVerdictShare * w, kVerdictMaxWidth * uiScale_);
    const std::string heading = model::tr(verdict->right ? "ui.lesson.right" : "ui.lesson.not_yet");
    repr::VerdictCard card = repr::layoutVerdict(verdict->right, heading, verdict->sentence, maxWidth, uiScale_, measure);
    const float top = banner.area.y + banner.area.h + kBannerMargin * uiScale_;
    const float bottom = h - repr::trayHeightPx(uiScale_) - lessonBarPx();
    const MenuRoom room{w, h, top, bottom, kBannerMargin * uiScale_};
    const std::optional<scene::Rect> area = verdict->model ? screenAreaOf(*verdict->model) : std::nullopt;
    if (area) {
        constexpr float kOwnModelWeight = 4, kPanelWeight = 10;
        std::vector<Obstacle> obstacles;
        for (const auto& [id, r] : modelAreas_) {
            if (const auto s = screenAreaOf(id)) obstacles.push_back({*s, id == *verdict->model ? kOwnModelWeight : 1.0f});
        }
        for (const ui::LessonPanel::ButtonRect& p : lessonPanel_.windows()) {
            obstacles.push_back({scene::Rect{p.x0 * panelScale_, p.y0 * panelScale_, (p.x1 - p.x0) * panelScale_, (p.y1 - p.y0) * panelScale_},
                                 kPanelWeight});
        }
        // The widest card that covers least: as wide as it may be, or as wide as the room beside the model.
        std::vector<float> widths{maxWidth};
        for (const float free : {w - (area->x + area->w) - 3 * room.margin, area->x - 3 * room.margin}) {
            if (free >= kVerdictMinWidth * uiScale_ && free < maxWidth) widths.push_back(free);
        }
        float best = -1;
        for (const float width : widths) {
            repr::VerdictCard c = repr::layoutVerdict(verdict->right, heading, verdict->sentence, width, uiScale_, measure);
            const scene::Rect place = placeBeside(room, *area, c.area.w, c.area.h, obstacles);
            c.area.x = place.x;
            c.area.y = place.y;
            float cost = 0;
            for (const Obstacle& o : obstacles) cost += o.weight * overlap(c.area, o.area);
            if (best < 0 || cost < best) {
                best = cost;
                card = c;
            }
        }
        repr::buildHighlight(scene_.screen, *area, uiScale_);
    } else {
        card.area.x = 0.5f * (w - card.area.w);
        card.area.y = std::max(top, bottom - room.margin - card.area.h);
    }
    repr::buildVerdict(scene_.screen, card, uiScale_);
}

// ---- For replay scripts and tools --------------------------------------------------------------------------------

std::optional<std::string> App::lessonQuery(const std::vector<std::string>& subject, std::string& error) const {
    const std::string& what = subject[0];
    static const char* const kSubjects[] = {"lesson", "step", "steps-count", "step-title", "prompt", "prompt-size",
                                            "numeral-size", "prompt-to-numeral", "verdict", "misconception", "verdict-model", "verdict-sentence",
                                            "notes", "vary", "playback", "playback-position", "playback-length", "other",
                                            "lesson-file", "lesson-bar", "open"};
    if (subject.size() != 1 || std::find(std::begin(kSubjects), std::end(kSubjects), what) == std::end(kSubjects)) return std::nullopt;
    if (what == "lesson") return lesson_ ? lesson_->lesson().title : std::string("none");
    if (what == "lesson-bar") return plain(lessonBarPx());
    if (what == "open") {
        // What autosave would keep: "board, N commands" or "lesson TITLE, step K of N, M commands".
        const WhatIsOpen open = whatIsOpen();
        std::ostringstream o;
        if (const OpenBoard* b = std::get_if<OpenBoard>(&open)) {
            o << "board, " << b->log.size() << " commands";
            return o.str();
        }
        const OpenLesson& l = std::get<OpenLesson>(open);
        std::size_t commands = 0;
        for (const model::Step& st : l.lesson.steps) commands += st.log.size();
        o << "lesson " << l.lesson.title << ", step " << l.step + 1 << " of " << l.lesson.steps.size() << ", " << commands << " commands";
        return o.str();
    }
    // The numeral under a chart as drawn in the last frame, in pixels (0 when there is none).
    float numeral = 0;
    for (const scene::Text& t : scene_.board.texts) {
        if (t.role == scene::TextRole::Numeral && t.tag != 0 && repr::tagKind(t.tag) == repr::TagKind::Readout)
            numeral = std::max(numeral, t.size * camera_.pixelsPerUnit());
    }
    if (what == "numeral-size") return plain(numeral);
    if (!lesson_) {
        error = "no lesson is open";
        return std::nullopt;
    }
    const std::optional<model::Verdict>& v = lesson_->verdict();
    const model::LogPlayback* p = lesson_->playback();
    if (what == "step") return plain(static_cast<double>(lesson_->current() + 1));
    if (what == "steps-count") return plain(static_cast<double>(lesson_->count()));
    if (what == "step-title") return lesson_->step().title;
    if (what == "prompt") return p != nullptr ? p->narration() : lesson_->promptShown ? lesson_->step().prompt : std::string("hidden");
    if (what == "prompt-size") return plain(shownPromptPx_);  // as drawn in the last frame, pixels (0: hidden)
    if (what == "prompt-to-numeral") return numeral > 0 ? plain(shownPromptPx_ / numeral) : std::string("none");
    if (what == "verdict") return v ? std::string(v->right ? "right" : "not right") : std::string("none");
    if (what == "misconception") return v && v->misconception ? std::string(model::misconceptionId(*v->misconception)) : std::string("none");
    if (what == "verdict-model") return plain(v && v->model ? *v->model : 0);
    if (what == "verdict-sentence") return v ? v->sentence : std::string("none");
    if (what == "notes") return std::string(lesson_->notesShown ? "shown" : "hidden");
    if (what == "vary") return std::string(varyOpen_ ? "open" : "closed");
    if (what == "playback") return std::string(p == nullptr ? "off" : lesson_->playing() ? "playing" : "paused");
    if (what == "playback-position") return plain(p != nullptr ? static_cast<double>(p->position()) : 0.0);
    if (what == "playback-length") return plain(p != nullptr ? static_cast<double>(p->length()) : 0.0);
    if (what == "other") return std::string(!lesson_->hasOther() ? "none" : lesson_->otherIsOriginal() ? "original" : "new");
    if (what == "lesson-file") return lesson_->file().empty() ? std::string("none") : lesson_->file().stem().string();
    return std::nullopt;
}

void App::addLessonSpots(std::map<std::string, scene::Rect>& out) const {
    if (!lesson_) return;
    auto pixels = [&](const ui::LessonPanel::ButtonRect& b) {
        return scene::Rect{b.x0 * panelScale_, b.y0 * panelScale_, (b.x1 - b.x0) * panelScale_, (b.y1 - b.y0) * panelScale_};
    };
    for (const auto& [name, b] : lessonPanel_.buttons()) out["button:" + name] = pixels(b);
    // scrub:K: where the scrubber's knob stands for position K of the log.
    if (const model::LogPlayback* p = lesson_->playback()) {
        for (std::size_t k = 0; k <= p->length(); ++k) {
            if (const auto r = lessonPanel_.scrubSpot(k)) out["scrub:" + std::to_string(k)] = pixels(*r);
        }
    }
}

}  // namespace tenfold::app
