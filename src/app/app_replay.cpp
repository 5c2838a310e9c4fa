// Replay mode: plays a script of pointer and finger events through SDL's event queue, one fixed 1/60 s
// frame at a time, and checks its expectations against the board (see replay_script.hpp for the format).
#include "app/app.hpp"

#include "model/bar_views.hpp"
#include "model/describe.hpp"
#include "model/take_away.hpp"
#include "model/file_store.hpp"
#include "model/linked_rules.hpp"
#include "platform/stop_signal.hpp"

#include "app/replay_script.hpp"
#include "model/forms.hpp"
#include "model/pieces.hpp"
#include "model/representation.hpp"
#include "model/words.hpp"
#include "representations/board_layout.hpp"
#include "representations/chrome.hpp"
#include "representations/tags.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace tenfold::app {

namespace {

std::optional<model::Place> placeNamed(std::string name) {
    std::replace(name.begin(), name.end(), '-', '_');
    return model::placeFromId(name);
}

bool isPieces(const model::Model& m) {
    return m.kind == model::Representation::Blocks || m.kind == model::Representation::Counters;
}
const model::PiecesLayout& piecesOf(const model::Model& m) {
    return m.kind == model::Representation::Blocks ? m.layouts.blocks : m.layouts.counters;
}

std::string plainNumber(model::Value v) {
    std::string s = model::numeral(v);
    s.erase(std::remove(s.begin(), s.end(), ','), s.end());
    return s;
}

}  // namespace

void App::replayFrame(render::OffscreenTarget& target) {
    // The same frame a window runs, with a fixed step of time: replays are exact.
    const platform::FrameInput in = platform_.collect(0);
    // The window closed (a script's quit step): asked about as in a window. A stop signal is not a
    // question: playScript stops.
    if (in.quit && platform::stopSignal() == 0 && askToQuit()) quitting_ = true;
    target.bind();
    runFrame(in, kReplayFrameSeconds, target.width(), target.height(), true);
    // A window's swap ends each frame; offscreen, nothing does, and a software GL driver then keeps every
    // frame's buffers until the end of the replay (a gigabyte after a few thousand frames). A flush now and
    // then bounds that, without drawing every frame in full.
    constexpr int kFramesPerFlush = 120;
    if (++replayFrames_ % kFramesPerFlush == 0) glFinish();
}

std::optional<std::string> App::query(const std::vector<std::string>& subject, std::string& error) const {
    auto number = [](double v) {
        std::ostringstream o;
        o << v;
        return o.str();
    };
    const std::string& what = subject[0];
    if (auto lesson = lessonQuery(subject, error)) return lesson;  // step, prompt, verdict, ... (app_lesson.cpp)
    if (!error.empty()) return std::nullopt;
    if (subject.size() == 1) {
        if (what == "zoom") return number(camera_.zoom());
        if (what == "pointers") return number(static_cast<double>(boardInput_.pointersDown()));
        if (what == "time") return number(clock_);
        if (what == "ui-scale") return number(uiScale_);
        if (what == "centre-x") return number(camera_.centreX());
        if (what == "centre-y") return number(camera_.centreY());
        if (what == "models") return number(static_cast<double>(session_.board().models.size()));
        if (what == "selected") return number(static_cast<double>(boardInput_.selection().size()));
        if (what == "message") return message_;
        if (what == "message-at") return number(message_.empty() ? 0 : messageModel_);
        if (what == "labels-editor") return labelEditor_ ? std::string("open") : std::string("closed");
        if (what == "bead-colours") return std::string(model::beadColoursId(session_.board().settings.beadColours));
        if (what == "can-undo") return number(session_.canUndo() ? 1 : 0);
        if (what == "can-redo") return number(session_.canRedo() ? 1 : 0);
        if (what == "exchange-mode") return std::string(model::exchangeModeId(session_.board().settings.exchange));
        if (what == "picked") return number(pickedModel_);
        if (what == "keypad") return keypad_ ? "open:" + keypad_->text : std::string("closed");
        if (what == "last-model") {
            return session_.board().models.empty() ? std::string("none") : number(session_.board().models.back().id);
        }
        if (what == "steps") return number(static_cast<double>(session_.log().size()));
        // Keeping the work: the question waiting (none, recovery, quit), whether a quit was answered, whether
        // the board differs from its file, and the library board it is kept in.
        if (what == "question") return std::string(asking_ == Asking::Quit ? "quit" : asking_ == Asking::Recovery ? "recovery" : "none");
        if (what == "quitting") return number(quitting_ ? 1 : 0);
        if (what == "unsaved") return number(unsavedChanges() ? 1 : 0);
        if (what == "board-file") return boardFile_.empty() ? std::string("none") : boardFile_.stem().string();
        // The board's invariants (every linked view shows its group's value, every piece where the
        // quantity says: model::validateBoard): "ok", or the first that does not hold.
        if (what == "invariants") {
            const model::Status valid = model::validateBoard(session_.board());
            return valid ? std::string("ok") : valid.error().message;
        }
        // The board is the one the session started from (after undoing everything, say).
        if (what == "at-start") return number(session_.board() == session_.start() ? 1 : 0);
        // Replaying the whole command log from the start gives the board: nothing changed it but commands.
        if (what == "replays") {
            const model::Result<model::Board> replayed = session_.replay(session_.log().size());
            return number(replayed && replayed.value() == session_.board() ? 1 : 0);
        }
        // Pairs of models on top of each other, as the layout measures them.
        if (what == "tray") {  // the tray's tiles, by name, left to right ("tens,ones"; "" when it has none)
            std::string names;
            for (const repr::TrayItem& item : tray_.items) names += (names.empty() ? "" : ",") + item.name;
            return names;
        }
        if (what == "overlaps") return number(repr::overlapCount(repr::modelAreas(session_.board(), layoutOptions(factFamilies_))));
    }
    if (subject.size() >= 2) {
        const model::Board& board = session_.board();
        const model::Model* m = nullptr;
        try {
            m = model::findModel(board, static_cast<model::ModelId>(std::stoul(subject[1])));
        } catch (const std::exception&) {
            m = nullptr;
        }
        const model::Group* g = m != nullptr ? model::findGroup(board, m->group) : nullptr;
        if (g == nullptr) {
            error = "there is no model " + subject[1] + " on the board";
            return std::nullopt;
        }
        const model::Quantity& q = g->quantity;
        if (subject.size() == 2) {
            if (what == "value") return plainNumber(q.value());
            if (what == "numeral") return model::numeral(q.value());
            if (what == "words") return model::words(q.value());
            if (what == "expanded") return model::expandedForm(q.pooled());
            if (what == "sentence") return model::placeValueStem(q.pooled());
            if (what == "parts") return number(q.partCount());
            if (what == "pieces" && isPieces(*m)) return number(static_cast<double>(piecesOf(*m).pieces.size()));
            if (what == "kind") return std::string(model::representationId(m->kind));
            if (what == "level") return std::string(model::levelId(m->level));
            if (what == "shown-level") return number(levels_.shownLevel(*m, clock_));
            if (what == "counted") return number(m->layouts.beads.counted);
            if (what == "beads-shown" && g != nullptr) return number(model::beadsShownCounted(m->layouts.beads, g->quantity));
            if (what == "dividers") {
                std::string out;
                for (int d : m->layouts.beads.dividers) out += (out.empty() ? "" : ",") + std::to_string(d);
                return out.empty() ? std::string("none") : out;
            }
            if (what == "shaded") return number(m->layouts.bar.shaded);
            if (what == "bead-size") return number(m->layouts.beads.size);
            if (what == "count-on") {
                const auto& c = m->layouts.beads.countOn;
                return c ? std::to_string(c->start) + "+" + std::to_string(c->add) : std::string("none");
            }
            if (what == "unit") return m->layouts.bar.unit.empty() ? std::string("none") : m->layouts.bar.unit;
            if (what == "labels") {
                std::string out;
                for (size_t i = 0; i < m->layouts.bar.labels.size(); ++i) out += (i ? "|" : "") + m->layouts.bar.labels[i];
                return out.empty() ? std::string("none") : out;
            }
            if (what == "bar-mode") return std::string(model::barModeId(m->layouts.bar.mode));
            if (what == "bar-scale") return std::string(m->layouts.bar.notToScale ? "not-to-scale" : "to-scale");
            if (what == "block-one") {  // blocks: the block that is one ("flat"), "none" when none is
                const auto one = model::blockThatIsOne(m->layouts.blocks.scale);
                return one ? model::blockName(*one) : std::string("none");
            }
            if (what == "orientation") return std::string(model::orientationId(m->layouts.orientation));
            if (what == "linked") return number(static_cast<double>(model::modelsInGroup(board, m->group).size()));
            if (what == "group") return number(m->group);
            if (what == "x") return number(m->at.x);
            if (what == "y") return number(m->at.y);
            if (what == "unknown") {
                switch (q.unknown.kind) {
                case model::UnknownKind::None: return std::string("none");
                case model::UnknownKind::Whole: return std::string("whole");
                case model::UnknownKind::Difference: return std::string("difference");
                case model::UnknownKind::Part: return "part " + std::to_string(q.unknown.part);
                }
            }
            if (what == "all-parts") {
                std::string out;
                for (const model::Value& v : q.partValues()) out += (out.empty() ? "" : ",") + plainNumber(v);
                return out;
            }
            if (what == "stem") return model::describeModel(board, *m).stemSentence;
            if (what == "equations") {  // every number sentence drawn for the model, as drawn ("47 - 40 = 7|...")
                std::string out;
                for (const scene::Text& t : scene_.board.texts)
                    if (repr::tagModel(t.tag) == m->id && t.text.find(" = ") != std::string::npos) out += (out.empty() ? "" : "|") + t.text;
                return out.empty() ? std::string("none") : out;
            }
            if (what == "menu-covers") {  // the open menu over the model as laid out (spots "menu", "model:N")
                const auto all = spots();
                const auto menu = all.find("menu"), area = all.find("model:" + subject[1]);
                if (menu == all.end() || area == all.end()) return std::string("no menu");
                const scene::Rect &a = menu->second, &b = area->second;
                return number(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h ? 1 : 0);
            }
            if (what == "money") return model::describeModel(board, *m).moneyAmount;
            if (what == "money-words") return model::describeModel(board, *m).moneyWords;
            if (what == "coins") return model::describeModel(board, *m).coins;
            if (what == "take-away") {
                const std::string s = model::describeModel(board, *m).takeAway;
                return s.empty() ? std::string("none") : s;
            }
            if (what == "rows") return number(isPieces(*m) ? piecesOf(*m).rows : 0);
            if (what == "columns") return number(isPieces(*m) ? static_cast<double>(model::chartColumns(piecesOf(*m)).size()) : 0);
            if (what == "compare") return model::compareSymbols(q.partValues());
            if (what == "exchange-hint") {
                const auto h = isPieces(*m) ? model::takeAwayHint(piecesOf(*m), q.pooled()) : std::nullopt;
                return h ? h->text : std::string("none");
            }
            if (what == "bands" && isPieces(*m)) {
                // What each band of a chart holds, top to bottom ("30|17"), or "none".
                std::string out;
                for (const model::PartBand& band : model::partBands(piecesOf(*m), m->kind == model::Representation::Blocks))
                    out += (out.empty() ? "" : "|") + plainNumber(model::Value::fromMilli(band.milli).value());
                return out.empty() ? std::string("none") : out;
            }
            if (what == "layout" && isPieces(*m)) {
                // Where every piece sits: "tens@40,120 ones@..." (board units, rounded).
                std::string out;
                for (const model::Piece& piece : piecesOf(*m).pieces) {
                    if (!out.empty()) out += ' ';
                    out += std::string(model::placeId(piece.place)) + "@" + std::to_string(std::lround(piece.at.x)) + "," +
                           std::to_string(std::lround(piece.at.y));
                }
                return out;
            }
        }
        if (subject.size() == 3 && what == "part") {
            int n = -1;
            try {
                n = std::stoi(subject[2]);
            } catch (const std::exception&) {
                n = -1;
            }
            if (n < 0 || n >= q.partCount()) {
                error = "model " + subject[1] + " has no part " + subject[2] + " (parts count from 0)";
                return std::nullopt;
            }
            return plainNumber(q.partValues()[static_cast<std::size_t>(n)]);
        }
        if (subject.size() == 3 && isPieces(*m)) {
            const std::optional<model::Place> place = placeNamed(subject[2]);
            if (!place) {
                error = "'" + subject[2] + "' is not a place";
                return std::nullopt;
            }
            const model::PiecesLayout& layout = piecesOf(*m);
            if (what == "count") {
                return number(static_cast<double>(std::count_if(layout.pieces.begin(), layout.pieces.end(),
                                                                [&](const model::Piece& p) { return p.place == *place; })));
            }
            if (what == "column") {
                // Pieces sitting in the column, whatever their own place: what a child would count there.
                const scene::Rect face = repr::pieceFace(*place, m->kind == model::Representation::Blocks, layout.scale);
                for (const auto& [column, n] : model::piecesPerColumn(layout, face.w)) {
                    if (column == *place) return number(static_cast<double>(n));
                }
                return number(0);
            }
        }
    }
    error = "unknown subject '" + what + "' (known: zoom, pointers, time, ui-scale, centre-x, centre-y, models, selected, "
            "message, message-at, labels-editor, bead-colours, can-undo, can-redo, exchange-mode, picked, keypad, "
            "last-model, steps, overlaps, tray, question, quitting, unsaved, board-file, invariants, at-start, replays; value/numeral/words/expanded/sentence/parts/pieces/kind/level/shown-level/counted/"
            "dividers/shaded/bead-size/count-on/unit/labels/bar-mode/orientation/linked/group/x/y/unknown/all-parts/"
            "stem/equations/menu-covers/bands/layout MODEL; part MODEL N; count/column MODEL PLACE)";
    return std::nullopt;
}

int App::runReplay() {
    std::unique_ptr<render::OffscreenTarget> offscreen = startOffscreen();
    if (!offscreen) return 1;
    savedBoard_ = session_.board();  // as in a window: what it starts with is nothing unsaved
    replayFrame(*offscreen);  // lay out the panels once, as the first frames of a window would
    replayFrame(*offscreen);
    return playScript(*offscreen, true);
}

int App::playScript(render::OffscreenTarget& target, bool report) {
    const model::Result<std::string> text = model::fileStore().read(options_.script, kMaxReplayScriptBytes);
    if (!text) {
        std::cerr << "tenfold: cannot read replay script '" << options_.script << "': " << text.error().message << "\n";
        return 2;
    }
    const ParsedScript script = parseReplayScript(text.value());
    if (!script.error.empty()) {
        std::cerr << "tenfold: " << options_.script << ": " << script.error << "\n";
        return 2;
    }
    std::string error;
    auto frames = [&](double seconds) {
        const int n = std::max(1, static_cast<int>(std::ceil(seconds / kReplayFrameSeconds)));
        for (int i = 0; i < n && platform::stopSignal() == 0; ++i) replayFrame(target);
    };
    auto send = [&](interaction::PointerPhase phase, const ScriptPointer& ptr, float x, float y) {
        interaction::PointerEvent e;
        e.phase = phase;
        e.source = ptr.source;
        e.id = ptr.id;
        e.x = x;
        e.y = y;
        platform_.pushPointer(e);
        replayFrame(target);
    };
    int failures = 0;
    for (const ReplayStep& st : script.steps) {
        const std::string where = options_.script + ":" + std::to_string(st.line) + ": ";
        if (const int signal = platform::stopSignal(); signal != 0) {
            // SIGTERM or Ctrl+C: stop now, and say the script did not run to its end.
            std::cerr << where << "the replay was stopped by " << platform::signalName(signal)
                      << " before this line; the rest of the script was not played\n";
            return platform::stoppedStatus(signal);
        }
        using interaction::PointerPhase;
        float x = 0, y = 0, x1 = 0, y1 = 0;
        const bool pointerStep = st.kind == StepKind::Down || st.kind == StepKind::Move || st.kind == StepKind::Up ||
                                 st.kind == StepKind::Tap || st.kind == StepKind::Drag;
        // Both ends are found before anything moves, as a person sees them before acting.
        if (pointerStep && (!resolveSpot(st.at, x, y, error) ||
                            (st.kind == StepKind::Drag && !resolveSpot(st.to, x1, y1, error)))) {
            std::cerr << where << error << "\n";
            return 1;
        }
        switch (st.kind) {
        case StepKind::Down: send(PointerPhase::Down, st.pointer, x, y); break;
        case StepKind::Move: send(PointerPhase::Move, st.pointer, x, y); break;
        case StepKind::Up: send(PointerPhase::Up, st.pointer, x, y); break;
        case StepKind::Tap:
            send(PointerPhase::Down, st.pointer, x, y);
            send(PointerPhase::Up, st.pointer, x, y);
            // A panel opened by the tap lays itself out over the next frames: a person never taps again
            // within those 30 ms either.
            replayFrame(target);
            replayFrame(target);
            break;
        case StepKind::Drag: {
            send(PointerPhase::Down, st.pointer, x, y);
            const int n = std::max(2, static_cast<int>(std::ceil(st.seconds / kReplayFrameSeconds)));
            for (int i = 1; i <= n && platform::stopSignal() == 0; ++i) {
                const float t = static_cast<float>(i) / static_cast<float>(n);
                send(PointerPhase::Move, st.pointer, x + (x1 - x) * t, y + (y1 - y) * t);
            }
            send(PointerPhase::Up, st.pointer, x1, y1);
            break;
        }
        case StepKind::Wait: frames(st.seconds); break;
        case StepKind::Quit:
            platform_.pushQuit();
            replayFrame(target);
            replayFrame(target);  // the question, if one is asked, lays itself out
            break;
        case StepKind::Type:
            platform_.pushText(st.name);
            replayFrame(target);
            replayFrame(target);
            break;
        case StepKind::Screenshot: {
            replayFrame(target);
            if (!render::writePng(st.name, target.width(), target.height(), target.readPixels(), error)) {
                std::cerr << where << error << "\n";
                return 1;
            }
            break;
        }
        case StepKind::Expect: {
            std::string why;
            const auto actual = query(st.subject, why);
            if (!actual) {
                std::cerr << where << why << "\n";
                return 1;
            }
            if (!compareExpectation(*actual, st.op, st.expected)) {
                std::cerr << where << "expectation failed: " << st.text << " (actual: " << *actual << ")\n";
                ++failures;
            }
            break;
        }
        }
    }
    if (const int signal = platform::stopSignal(); signal != 0) {
        std::cerr << "tenfold: " << options_.script << ": the replay was stopped by " << platform::signalName(signal)
                  << " at its last line\n";
        return platform::stoppedStatus(signal);
    }
    if (report) {
        const auto expects = static_cast<int>(std::count_if(script.steps.begin(), script.steps.end(),
                                                            [](const ReplayStep& s) { return s.kind == StepKind::Expect; }));
        std::cout << "replay " << options_.script << ": " << (expects - failures) << " of " << expects << " expectations held\n";
    }
    return failures == 0 ? 0 : 1;
}

}  // namespace tenfold::app
