// SDL2 window, OpenGL context, event translation and Dear ImGui backend glue.
#include "platform/platform.hpp"

#include <SDL.h>
#include "render/gl.hpp"
#ifdef __EMSCRIPTEN__
#include "platform/platform_web.hpp"
#endif
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tenfold::platform {

namespace {

const auto gStaticStart = std::chrono::steady_clock::now();

interaction::PointerSource mouseSource(Uint32 which) {
#ifdef SDL_PEN_MOUSEID
    if (which == SDL_PEN_MOUSEID) return interaction::PointerSource::Pen;
#endif
    (void)which;
    return interaction::PointerSource::Mouse;
}

}  // namespace

double Platform::secondsSinceStart() {
#ifdef __linux__
    // The kernel's record of when this process started (in clock ticks since boot), so start-up time
    // includes loading the program and its libraries, not just the time since main().
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (std::getline(stat, line)) {
        const auto close = line.rfind(')');
        if (close != std::string::npos) {
            std::istringstream rest(line.substr(close + 2));
            std::string field;
            unsigned long long startTicks = 0;
            for (int i = 3; i <= 22 && (rest >> field); ++i) {
                if (i == 22) startTicks = std::stoull(field);
            }
            timespec now{};
            const long hz = sysconf(_SC_CLK_TCK);
            if (startTicks > 0 && hz > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
                const double nowS = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
                return nowS - static_cast<double>(startTicks) / static_cast<double>(hz);
            }
        }
    }
#endif
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - gStaticStart).count();
}

Platform::~Platform() {
    if (imgui_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (context_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    if (window_ || context_) SDL_Quit();
}

std::string Platform::videoDriver() const {
    const char* d = SDL_GetCurrentVideoDriver();
    return d ? d : "";
}

bool Platform::open(const WindowSpec& spec, std::string& error) {
    SDL_SetHint(SDL_HINT_VIDEO_HIGHDPI_DISABLED, "0");
    // SDL also makes mouse events from the first finger (ImGui's buttons need them); the board tracks
    // fingers itself and ignores those (see SDL_TOUCH_MOUSEID below), so nothing is counted twice.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        error = std::string("no display to open a window on (") + SDL_GetError() +
                "). To see the board without a display, render it to a picture:\n"
                "  SDL_VIDEODRIVER=offscreen tenfold --screenshot board.png";
        return false;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
#ifdef __EMSCRIPTEN__  // the browser: OpenGL ES 3.0, which is WebGL2
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (spec.hidden) flags |= SDL_WINDOW_HIDDEN;
    // A first window that fits the screen it opens on, title bar and taskbar included (a 1366x768 laptop
    // must not lose the toolbar below the screen's edge); a size asked for is kept to that room too.
    constexpr float kFirstWindowShare = 0.9f;
    constexpr int kFallbackWidth = 1280, kFallbackHeight = 800;
    int width = spec.width, height = spec.height;
    SDL_Rect usable{};
    const bool known = SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0 && usable.h > 0;
    if (width <= 0 || height <= 0) {
        width = known ? static_cast<int>(static_cast<float>(usable.w) * kFirstWindowShare) : kFallbackWidth;
        height = known ? static_cast<int>(static_cast<float>(usable.h) * kFirstWindowShare) : kFallbackHeight;
    } else if (known && !spec.hidden && !spec.exact) {
        width = std::min(width, usable.w);
        height = std::min(height, usable.h);
    }
    window_ = SDL_CreateWindow(spec.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
    if (!window_) {
        error = std::string("cannot open a window: ") + SDL_GetError();
        SDL_Quit();
        return false;
    }
    SDL_SetWindowMinimumSize(window_, 480, 360);
    context_ = SDL_GL_CreateContext(window_);
    if (!context_) {
        error = std::string("cannot create an OpenGL 3.3 core context: ") + SDL_GetError();
        return false;
    }
    SDL_GL_MakeCurrent(window_, context_);
    SDL_GL_SetSwapInterval(spec.hidden ? 0 : 1);  // vsync in the window; benchmarks must not wait for it

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // settings are Tenfold's, not ImGui's
    ImGui::GetIO().ConfigInputTextCursorBlink = false;  // calm, and no frames to draw while a field waits
    ImGui_ImplSDL2_InitForOpenGL(window_, context_);
#ifdef __EMSCRIPTEN__
    ImGui_ImplOpenGL3_Init("#version 300 es");
#else
    ImGui_ImplOpenGL3_Init("#version 330 core");
#endif
    imgui_ = true;
    return true;
}

FrameInput Platform::collect(int timeoutMs) {
    FrameInput in;
#ifdef __EMSCRIPTEN__
    timeoutMs = 0;  // the browser delivers events between frames: never block in a page
#endif
    // A text field wants typing: ask for text input, which brings up the system's on-screen keyboard where
    // there is one (a touch screen with no keyboard).
    if (ImGui::GetIO().WantTextInput && !SDL_IsTextInputActive()) SDL_StartTextInput();
    SDL_Event e;
    int winW = 1, winH = 1, drawW = 1, drawH = 1;
    SDL_GetWindowSize(window_, &winW, &winH);
    SDL_GL_GetDrawableSize(window_, &drawW, &drawH);
    const float sx = static_cast<float>(drawW) / static_cast<float>(winW);
    const float sy = static_cast<float>(drawH) / static_cast<float>(winH);
    bool have = timeoutMs < 0    ? SDL_WaitEvent(&e) == 1
                : timeoutMs == 0 ? SDL_PollEvent(&e) == 1
                                 : SDL_WaitEventTimeout(&e, timeoutMs) == 1;
    while (have) {
        in.any = true;
        ImGui_ImplSDL2_ProcessEvent(&e);
        using interaction::PointerEvent;
        using interaction::PointerPhase;
        switch (e.type) {
        case SDL_QUIT:
            in.quit = true;
            break;
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) in.resized = true;
            if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) in.focusLost = true;
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            if (e.button.which == SDL_TOUCH_MOUSEID) break;  // made from a finger: the finger counts, not this
            lastMouseX_ = static_cast<float>(e.button.x);
            lastMouseY_ = static_cast<float>(e.button.y);
            in.pointers.push_back(PointerEvent{e.type == SDL_MOUSEBUTTONDOWN ? PointerPhase::Down : PointerPhase::Up,
                                               mouseSource(e.button.which), 0, static_cast<float>(e.button.x) * sx,
                                               static_cast<float>(e.button.y) * sy, e.button.button});
            break;
        case SDL_MOUSEMOTION:
            if (e.motion.which == SDL_TOUCH_MOUSEID) break;
            lastMouseX_ = static_cast<float>(e.motion.x);
            lastMouseY_ = static_cast<float>(e.motion.y);
            in.pointers.push_back(PointerEvent{PointerPhase::Move, mouseSource(e.motion.which), 0,
                                               static_cast<float>(e.motion.x) * sx, static_cast<float>(e.motion.y) * sy,
                                               1});
            break;
        case SDL_MOUSEWHEEL: {
            if (e.wheel.which == SDL_TOUCH_MOUSEID) break;
            int mx = 0, my = 0;
            SDL_GetMouseState(&mx, &my);
            in.wheels.push_back({static_cast<float>(mx) * sx, static_cast<float>(my) * sy,
                                 static_cast<float>(e.wheel.y)});
            break;
        }
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
        case SDL_FINGERUP: {
            const PointerPhase phase = e.type == SDL_FINGERDOWN   ? PointerPhase::Down
                                       : e.type == SDL_FINGERUP ? PointerPhase::Up
                                                                : PointerPhase::Move;
            // Finger positions are 0..1 of the window; finger ids are unique per touch device.
            const std::int64_t id = (static_cast<std::int64_t>(e.tfinger.touchId) << 20) ^ e.tfinger.fingerId;
            in.pointers.push_back(PointerEvent{phase, interaction::PointerSource::Touch, id,
                                               e.tfinger.x * static_cast<float>(drawW),
                                               e.tfinger.y * static_cast<float>(drawH), 1});
            break;
        }
        case SDL_KEYDOWN: {
            // A text field has the keyboard (a bar's label): keys type into it, never zoom or undo the board.
            if (ImGui::GetIO().WantTextInput) break;
            const SDL_Keycode k = e.key.keysym.sym;
            const bool ctrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
            if (k == SDLK_F11) in.keys.push_back(KeyAction::ToggleFullscreen);
            else if (k == SDLK_ESCAPE) in.keys.push_back(KeyAction::LeaveFullscreen);
            else if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS) in.keys.push_back(KeyAction::ZoomIn);
            else if (k == SDLK_MINUS || k == SDLK_KP_MINUS) in.keys.push_back(KeyAction::ZoomOut);
            else if (k == SDLK_0 || k == SDLK_KP_0) in.keys.push_back(KeyAction::Fit);
#ifndef __EMSCRIPTEN__  // a page has nothing to quit to
            else if (ctrl && k == SDLK_q) in.keys.push_back(KeyAction::Quit);
#endif
            else if (ctrl && k == SDLK_z && (e.key.keysym.mod & KMOD_SHIFT)) in.keys.push_back(KeyAction::Redo);
            else if (ctrl && k == SDLK_z) in.keys.push_back(KeyAction::Undo);
            else if (ctrl && k == SDLK_y) in.keys.push_back(KeyAction::Redo);
            break;
        }
        default:
            break;
        }
        have = SDL_PollEvent(&e) == 1;
    }
    if (quitRequested_) in.quit = true;
    return in;
}

void Platform::drawableSize(int& w, int& h) const { SDL_GL_GetDrawableSize(window_, &w, &h); }

void Platform::windowSize(int& w, int& h) const { SDL_GetWindowSize(window_, &w, &h); }

float Platform::framebufferScale() const {
    int winW = 1, winH = 1, drawW = 1, drawH = 1;
    SDL_GetWindowSize(window_, &winW, &winH);
    SDL_GL_GetDrawableSize(window_, &drawW, &drawH);
    return winH > 0 ? static_cast<float>(drawH) / static_cast<float>(winH) : 1.0f;
}

float Platform::dpiScale() const {
    constexpr float kReferenceDpi = 96.0f;
    constexpr float kMaxDpiScale = 3.0f;
    float ddpi = 0, hdpi = 0, vdpi = 0;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display < 0 || SDL_GetDisplayDPI(display, &ddpi, &hdpi, &vdpi) != 0 || vdpi <= 0) return 1.0f;
    // A high-DPI window already gets larger drawables (framebufferScale); count only what is left.
    const float scale = vdpi / kReferenceDpi / framebufferScale();
    return scale > 1.0f ? (scale < kMaxDpiScale ? scale : kMaxDpiScale) : 1.0f;
}

float Platform::displayHeightPx() const {
    SDL_DisplayMode mode;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display >= 0 && SDL_GetCurrentDisplayMode(display, &mode) == 0 && mode.h > 0) {
        return static_cast<float>(mode.h) * framebufferScale();
    }
    int w = 0, h = 0;
    drawableSize(w, h);
    return static_cast<float>(h);
}

void Platform::imguiNewFrame(int displayWidth, int displayHeight, bool offscreen) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    // A frame may build the panels twice (once more after their actions): ImGui needs time to pass.
    io.DeltaTime = std::max(io.DeltaTime, 1e-4f);
    if (offscreen) {
        io.DisplaySize = ImVec2(static_cast<float>(displayWidth), static_cast<float>(displayHeight));
        io.DisplayFramebufferScale = ImVec2(1, 1);
    }
    // ImGui 1.86 polls the mouse only while the window has focus; pushed events and the offscreen driver
    // never give it focus, so take the position from the last mouse event we saw.
    if (lastMouseX_ >= 0 && !(SDL_GetWindowFlags(window_) & SDL_WINDOW_INPUT_FOCUS)) {
        io.MousePos = ImVec2(lastMouseX_, lastMouseY_);
    }
}

void Platform::pushText(const std::string& text) {
    // One event per UTF-8 character, as a keyboard sends them.
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
        SDL_Event ev{};
        ev.type = SDL_TEXTINPUT;
        ev.text.windowID = SDL_GetWindowID(window_);
        text.copy(ev.text.text, std::min(n, sizeof(ev.text.text) - 1), i);
        SDL_PushEvent(&ev);
        i += n;
    }
}

void Platform::pushPointer(const interaction::PointerEvent& e) {
    using interaction::PointerPhase;
    int winW = 1, winH = 1, drawW = 1, drawH = 1;
    SDL_GetWindowSize(window_, &winW, &winH);
    SDL_GL_GetDrawableSize(window_, &drawW, &drawH);
    SDL_Event ev{};
    if (e.source == interaction::PointerSource::Touch) {
        constexpr SDL_TouchID kReplayTouchDevice = 1;
        ev.type = e.phase == PointerPhase::Down ? SDL_FINGERDOWN : e.phase == PointerPhase::Move ? SDL_FINGERMOTION : SDL_FINGERUP;
        ev.tfinger.touchId = kReplayTouchDevice;
        ev.tfinger.fingerId = e.id;
        ev.tfinger.x = e.x / static_cast<float>(drawW);
        ev.tfinger.y = e.y / static_cast<float>(drawH);
        ev.tfinger.pressure = 1.0f;
        ev.tfinger.windowID = SDL_GetWindowID(window_);
        SDL_PushEvent(&ev);
        return;
    }
    const int x = static_cast<int>(std::lround(e.x * static_cast<float>(winW) / static_cast<float>(drawW)));
    const int y = static_cast<int>(std::lround(e.y * static_cast<float>(winH) / static_cast<float>(drawH)));
    // The pointer first moves to the spot (as a real mouse would), then presses or lets go there.
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.windowID = SDL_GetWindowID(window_);
    motion.motion.x = x;
    motion.motion.y = y;
    motion.motion.state = e.phase == PointerPhase::Move ? SDL_BUTTON_LMASK : 0;
    SDL_PushEvent(&motion);
    if (e.phase == PointerPhase::Move) return;
    ev.type = e.phase == PointerPhase::Down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
    ev.button.windowID = SDL_GetWindowID(window_);
    ev.button.button = static_cast<Uint8>(e.button);
    ev.button.state = e.phase == PointerPhase::Down ? SDL_PRESSED : SDL_RELEASED;
    ev.button.clicks = 1;
    ev.button.x = x;
    ev.button.y = y;
    SDL_PushEvent(&ev);
}

void Platform::setWindowIcon(const std::vector<std::uint8_t>& rgba, int width, int height) {
    if (rgba.size() != static_cast<size_t>(width) * static_cast<size_t>(height) * 4) return;
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormatFrom(const_cast<std::uint8_t*>(rgba.data()), width, height, 32,
                                                              width * 4, SDL_PIXELFORMAT_RGBA32);
    if (surface == nullptr) return;
    SDL_SetWindowIcon(window_, surface);
    SDL_FreeSurface(surface);
}

void Platform::present() { SDL_GL_SwapWindow(window_); }

void Platform::setFullscreen(bool on) {
#ifdef __EMSCRIPTEN__
    web::setFullscreen(on);  // the whole page, by the Fullscreen API
    return;
#endif
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

bool Platform::fullscreen() const {
#ifdef __EMSCRIPTEN__
    return web::fullscreen();
#endif
    return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
}

}  // namespace tenfold::platform
