// When to draw the next frame, and how long the loop may sleep: the one place that decides it.
//
// Nothing in the app asks for a frame case by case. The loop tells the scheduler what it saw, and the
// scheduler derives the rest:
//   - an input event arrived: ImGui needs a press and a release over two frames, and a window that opens
//     lays itself out over the frame after that, so a few frames are drawn (kSettleFrames);
//   - a frame was drawn: its picture's fingerprint (the board and screen scene lists, the panels' draw
//     lists, the camera). A picture that differs from the one before may still be settling (a panel built
//     before the tap's action was applied shows the new state one frame later), so one more frame is drawn
//     to confirm; two equal frames in a row mean the screen shows everything;
//   - something is moving by itself (pieces sliding, a change of level, ImGui still sizing a window): draw on;
//   - the picture will change at a known moment (a message leaves): sleep until then, not longer.
// Otherwise the loop sleeps in the event queue: no CPU at idle. Pure: no SDL, no clock of its own.
#pragma once

#include <cstdint>
#include <optional>

namespace tenfold::app {

class FrameScheduler {
public:
    // Frames drawn after an input event, whatever they show.
    static constexpr int kSettleFrames = 3;

    // Input arrived (a pointer, a key, the window changed): draw the next frames.
    void inputArrived() { owed_ = owed_ > kSettleFrames ? owed_ : kSettleFrames; }
    // A frame was drawn at `now` (seconds). `fingerprint` sums up what it showed; `moving` says something
    // on screen moves by itself; `nextChange` is when the picture will change without input, if it will.
    void frameDrawn(double now, std::uint64_t fingerprint, bool moving, std::optional<double> nextChange);
    // Whether a frame must be drawn at `now`.
    bool wantsFrame(double now) const;
    // How long the loop may wait for an event at `now`: -1 until one comes, 0 not at all, else milliseconds.
    int waitMilliseconds(double now) const;
    // How many frames have been drawn (for tests and the bench).
    std::uint64_t framesDrawn() const { return drawn_; }

private:
    int owed_ = kSettleFrames;  // the first frames of a window are always drawn
    bool moving_ = false;
    std::optional<std::uint64_t> last_;
    std::optional<double> wakeAt_;
    std::uint64_t drawn_ = 0;
};

// Fingerprints: a running 64-bit hash of plain bytes (FNV-1a over words), order-sensitive.
class Fingerprint {
public:
    void add(const void* data, std::size_t bytes);
    template <class T> void addValue(const T& v) { add(&v, sizeof v); }
    std::uint64_t value() const { return h_; }

private:
    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

}  // namespace tenfold::app
