// The platform seam: the only place that talks to SDL (window, GL context, events, clock, full screen).
// It turns SDL events into Tenfold's own input events and feeds Dear ImGui's SDL backend.
// A web build (SDL2 + WebGL2) replaces little more than this file's loop glue.
#pragma once

#include "interaction/input.hpp"

#include <cstdint>
#include <string>
#include <vector>

struct SDL_Window;

namespace tenfold::platform {

struct WindowSpec {
    int width = 0, height = 0;  // window coordinates; 0: as large as fits the screen's usable area
    bool hidden = false;      // offscreen rendering: screenshot, bench, tests
    bool exact = false;       // the size was asked for on the command line: keep it even if larger
    std::string title = "Tenfold";
};

enum class KeyAction { None, ToggleFullscreen, LeaveFullscreen, ZoomIn, ZoomOut, Fit, Undo, Redo, Quit };

struct FrameInput {
    std::vector<interaction::PointerEvent> pointers;  // in drawable pixels
    std::vector<interaction::WheelEvent> wheels;
    std::vector<KeyAction> keys;
    bool quit = false;
    bool resized = false;
    bool focusLost = false;
    bool any = false;          // anything at all happened (ImGui may need a frame)
};

class Platform {
public:
    Platform() = default;
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;
    ~Platform();

    // Opens a window with an OpenGL 3.3 core context (vsync on) and sets up Dear ImGui's SDL and GL backends.
    // On failure returns false with a message meant for the person at the keyboard.
    bool open(const WindowSpec& spec, std::string& error);
    bool isOpen() const { return window_ != nullptr; }
    // The video driver in use ("x11", "wayland", "offscreen", ...).
    std::string videoDriver() const;

    // Collects pending events. With nothing pending it waits up to `timeoutMs` for one (-1: until one
    // comes, sleeping with no CPU use; 0: not at all).
    FrameInput collect(int timeoutMs);

    void drawableSize(int& w, int& h) const;
    // The window's size in window coordinates (what a window spec asks for), not counting full screen.
    void windowSize(int& w, int& h) const;
    float framebufferScale() const;  // drawable pixels per window coordinate
    // How much larger than a 96 dpi screen the display's pixels are (1 when the display does not say).
    float dpiScale() const;
    // The height of the display the window is on, drawable pixels (the window's own height when unknown):
    // how many pixels the classroom board's height holds.
    float displayHeightPx() const;
    void imguiNewFrame(int displayWidth, int displayHeight, bool offscreen);
    void present();
    void setFullscreen(bool on);
    bool fullscreen() const;
    void requestQuit() { quitRequested_ = true; }
    // Puts a pointer event (drawable pixels) into SDL's event queue as the matching SDL mouse or finger
    // event, so replayed input takes the same path as real input.
    void pushPointer(const interaction::PointerEvent& e);
    // Queues text as a keyboard would type it (SDL text input events), for replay scripts.
    void pushText(const std::string& text);
    // The window's icon (taskbar, title bar), from RGBA pixels.
    void setWindowIcon(const std::vector<std::uint8_t>& rgba, int width, int height);

    static double secondsSinceStart();  // monotonic, from process start

private:
    SDL_Window* window_ = nullptr;
    void* context_ = nullptr;
    bool imgui_ = false;
    bool quitRequested_ = false;
    float lastMouseX_ = -1, lastMouseY_ = -1;
};

}  // namespace tenfold::platform
