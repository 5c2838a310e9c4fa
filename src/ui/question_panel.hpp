// A question the whole screen waits for, with big buttons: the work recovered after Tenfold stopped
// ("Carry on with the board from 10:42?" Carry on / Start afresh) and the unsaved changes at quitting
// (Save / Don't save / Cancel). A modal ImGui window in the middle of the screen, its question in large
// text, an optional line under it (what Save will do, or why a save failed), and one button per choice,
// at least as tall as a toolbar button. It only reports which choice was pressed (Enter and Escape may
// stand for two of them, for a keyboard); the app does the rest.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace tenfold::ui {

struct Question {
    std::string text;    // the question itself (text table)
    std::string detail;  // a line under it; may be empty
    struct Choice {
        std::string label;  // on the button (text table)
        std::string name;   // for replay scripts and tests: button:NAME
    };
    std::vector<Choice> choices;
    int enterChoice = -1;   // the choice the Enter key makes (-1: none)
    int escapeChoice = -1;  // the choice the Escape key makes (-1: none)
};

class QuestionPanel {
public:
    void open(Question question);
    // Changes the line under the question (a save that failed says why) and keeps it open.
    void setDetail(std::string detail) { question_.detail = std::move(detail); }
    void close();
    bool isOpen() const { return open_; }
    const Question& question() const { return question_; }

    // Draws it inside an ImGui frame; call it every frame, open or not (after close() it closes ImGui's
    // modal popup). The index of the choice pressed, or -1.
    int draw(float uiScale);

    struct ButtonRect {
        float x0, y0, x1, y1;
    };
    // Where each choice's button was drawn in the last frame (display coordinates).
    const std::map<std::string, ButtonRect>& buttons() const { return buttons_; }

private:
    Question question_;
    std::map<std::string, ButtonRect> buttons_;
    bool open_ = false;
    bool popupOpened_ = false;
};

}  // namespace tenfold::ui
