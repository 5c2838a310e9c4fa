// Choosing where a model's menu opens (see menu_placement.hpp).
#include "app/menu_placement.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::app {

namespace {
float overlap(const scene::Rect& a, const scene::Rect& b) {
    const float w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const float h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0.0f;
}
}  // namespace

scene::Rect placeMenu(const MenuRoom& room, float menuWidth, float menuHeight, const std::vector<Obstacle>& obstacles) {
    constexpr int kColumns = 16, kRows = 4;
    const float left = room.margin, right = std::max(left, room.width - room.margin - menuWidth);
    const float top = room.top + room.margin, bottom = std::max(top, room.bottom - room.margin - menuHeight);
    // Candidates in order of preference: the top row first, and in each row the middle first.
    std::vector<scene::Rect> candidates;
    for (int row = 0; row < kRows; ++row) {
        const float y = top + (bottom - top) * static_cast<float>(row) / static_cast<float>(kRows - 1);
        std::vector<float> xs;
        for (int column = 0; column <= kColumns; ++column)
            xs.push_back(left + (right - left) * static_cast<float>(column) / static_cast<float>(kColumns));
        std::stable_sort(xs.begin(), xs.end(), [&](float a, float b) {
            return std::abs(a + 0.5f * menuWidth - 0.5f * room.width) < std::abs(b + 0.5f * menuWidth - 0.5f * room.width);
        });
        for (const float x : xs) candidates.push_back({x, y, menuWidth, menuHeight});
    }
    scene::Rect best = candidates.front();
    float bestCost = -1;
    for (const scene::Rect& menu : candidates) {
        float cost = 0;
        for (const Obstacle& o : obstacles) cost += o.weight * overlap(menu, o.area);
        // Strictly less (by more than a pixel): the earlier, preferred candidate wins a tie.
        if (bestCost < 0 || cost < bestCost - 1.0f) {
            best = menu;
            bestCost = cost;
        }
    }
    return best;
}

bool menuMakesWay(const scene::Rect& menu, const scene::Rect& modelWhenPlaced, const scene::Rect& modelNow) {
    constexpr float kPixel = 1.0f;
    const bool changed = std::abs(modelNow.x - modelWhenPlaced.x) > kPixel || std::abs(modelNow.y - modelWhenPlaced.y) > kPixel ||
                         std::abs(modelNow.w - modelWhenPlaced.w) > kPixel || std::abs(modelNow.h - modelWhenPlaced.h) > kPixel;
    return changed && overlaps(menu, modelNow);
}

bool overlaps(const scene::Rect& a, const scene::Rect& b) { return overlap(a, b) > 0; }

scene::Rect placeBeside(const MenuRoom& room, const scene::Rect& anchor, float width, float height,
                        const std::vector<Obstacle>& obstacles) {
    const float gap = room.margin;
    const float cx = anchor.x + 0.5f * anchor.w - 0.5f * width, cy = anchor.y + 0.5f * anchor.h - 0.5f * height;
    const scene::Rect candidates[] = {
        {cx, anchor.y + anchor.h + gap, width, height},  // under it
        {cx, anchor.y - gap - height, width, height},    // above it
        {anchor.x + anchor.w + gap, cy, width, height},  // right of it
        {anchor.x - gap - width, cy, width, height},     // left of it
    };
    auto inside = [&](scene::Rect r) {
        r.x = std::clamp(r.x, room.margin, std::max(room.margin, room.width - room.margin - width));
        r.y = std::clamp(r.y, room.top + room.margin, std::max(room.top + room.margin, room.bottom - room.margin - height));
        return r;
    };
    scene::Rect best = inside(candidates[0]);
    float bestCost = -1;
    for (const scene::Rect& c : candidates) {
        const scene::Rect r = inside(c);
        float cost = 0;
        for (const Obstacle& o : obstacles) cost += o.weight * overlap(r, o.area);
        if (bestCost < 0 || cost < bestCost - 1.0f) {
            best = r;
            bestCost = cost;
        }
        if (cost <= 0) break;
    }
    return best;
}

}  // namespace tenfold::app
