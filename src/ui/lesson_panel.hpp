// The lesson's panels (Dear ImGui): the lesson bar just above the tray, with big Back and Next buttons and
// the step dots (tap a dot to go there), Check, Vary, How we built it and More (hide or show the prompt,
// the teacher notes, Save, Save a copy, Add this board as a step, Back to where we were, Close the lesson);
// the bar of "How we built it" in its place while a step's log plays (play, pause, back one, forward one,
// a scrubber, Continue from here, Done); the choices of Vary, each a big button beside the step it makes;
// and the teacher notes, only when asked for. Buttons that do not fit the row fold into More, Back, Next,
// the dots and Check never. Panels only: they report what was pressed, the app does it.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tenfold::ui {

struct VaryButton {
    std::string name;     // "times-ten": the button is "vary-times-ten"
    std::string label;    // "Times ten"
    std::string result;   // the prompt of the step it makes, or why it cannot be made
    bool enabled = false;
};

struct LessonBarState {
    float displayWidth = 0, displayHeight = 0;  // ImGui display size
    float bottom = 0;                           // the bar's bottom edge (the top of the tray)
    float height = 0;                           // the bar's height
    std::size_t step = 0, count = 1;            // the step on screen (from 0) and how many there are
    bool hasCheck = false;
    bool hasLog = false;                        // the step has a history to play back
    bool promptShown = true, notesShown = false;
    bool hasOther = false, otherIsOriginal = true;  // a history set aside by "continue from here"
    bool canSaveInPlace = false;
    std::string saveName;                       // the lesson's file name, for "Save "name""
    std::string notesTitle, notes;              // the step's teacher notes (empty: the step has none)
    // How we built it
    bool playback = false, playing = false;
    std::size_t position = 0, length = 0;
    // Vary
    bool varyOpen = false;
    std::vector<VaryButton> vary;
};

struct LessonActions {
    std::optional<std::size_t> goTo;            // a dot: that step (from 0)
    bool next = false, back = false, check = false;
    bool openVary = false, closeVary = false;
    std::optional<std::size_t> vary;            // the index of the Vary choice
    bool togglePrompt = false, toggleNotes = false, built = false;
    bool save = false, saveCopy = false, addStep = false, closeLesson = false, other = false;
    bool play = false, pause = false, stepBack = false, stepForward = false, continueHere = false, done = false;
    std::optional<std::size_t> scrub;           // the scrubber moved to this position
    bool any() const {
        return goTo || next || back || check || openVary || closeVary || vary || togglePrompt || toggleNotes || built ||
               save || saveCopy || addStep || closeLesson || other || play || pause || stepBack || stepForward ||
               continueHere || done || scrub;
    }
};

class LessonPanel {
public:
    // Draws the lesson's panels inside an ImGui frame; `scale` as the toolbar's (UI scale per display unit).
    LessonActions draw(const LessonBarState& state, float scale);

    struct ButtonRect {
        float x0, y0, x1, y1;
    };
    // Where each named button was drawn in the last frame (display coordinates), for replay scripts.
    const std::map<std::string, ButtonRect>& buttons() const { return buttons_; }
    // Where the scrubber puts position `k` of `length` (display coordinates), when it is on screen.
    std::optional<ButtonRect> scrubSpot(std::size_t k) const;
    // True when a point (display coordinates) is on one of the lesson's panels.
    bool covers(float x, float y) const;
    const std::vector<ButtonRect>& windows() const { return windows_; }

private:
    bool button(const std::string& label, const std::string& name, float width, float height, bool on = false);
    void remember(const std::string& name);
    void recordWindow();
    void drawLessonBar(const LessonBarState& s, float scale, LessonActions& a);
    void drawPlaybackBar(const LessonBarState& s, float scale, LessonActions& a);
    void drawVary(const LessonBarState& s, float scale, LessonActions& a);
    void drawNotes(const LessonBarState& s, float scale);
    std::map<std::string, ButtonRect> buttons_;
    std::vector<ButtonRect> windows_;
    ButtonRect scrubTrack_{0, 0, 0, 0};  // the line the knob runs along (x0..x1 at the knob's centre)
    std::size_t scrubLength_ = 0;
};

// The lesson bar's height at UI scale 1, in display units (the tray's is repr::kTrayHeight).
inline constexpr float kLessonBarHeight = 84.0f;

}  // namespace tenfold::ui
