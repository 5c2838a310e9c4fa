// The frame scheduler's rules (see frame_scheduler.hpp).
#include "app/frame_scheduler.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tenfold::app {

void FrameScheduler::frameDrawn(double now, std::uint64_t fingerprint, bool moving, std::optional<double> nextChange) {
    ++drawn_;
    owed_ = std::max(owed_ - 1, 0);
    // A picture unlike the last one may still be settling: one more frame confirms it.
    if (!last_ || *last_ != fingerprint) owed_ = std::max(owed_, 1);
    last_ = fingerprint;
    moving_ = moving;
    wakeAt_ = nextChange && *nextChange > now ? nextChange : std::nullopt;
    if (nextChange && *nextChange <= now) owed_ = std::max(owed_, 1);
}

bool FrameScheduler::wantsFrame(double now) const {
    return owed_ > 0 || moving_ || (wakeAt_ && now >= *wakeAt_);
}

int FrameScheduler::waitMilliseconds(double now) const {
    if (wantsFrame(now)) return 0;
    if (!wakeAt_) return -1;
    // Round up, so the loop wakes at or just after the moment, never just before it.
    return std::max(1, static_cast<int>(std::ceil((*wakeAt_ - now) * 1000.0)));
}

void Fingerprint::add(const void* data, std::size_t bytes) {
    constexpr std::uint64_t kPrime = 0x100000001b3ull;
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= bytes; i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, p + i, 8);
        h_ = (h_ ^ w) * kPrime;
        h_ ^= h_ >> 29;
    }
    for (; i < bytes; ++i) h_ = (h_ ^ p[i]) * kPrime;
}

}  // namespace tenfold::app
