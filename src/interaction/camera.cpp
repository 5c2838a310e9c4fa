// Camera maths for pan, zoom about a point and fit.
#include "interaction/camera.hpp"

#include <algorithm>

namespace tenfold::interaction {

void Camera::setViewport(float widthPx, float heightPx, float uiScale) {
    width_ = std::max(widthPx, 1.0f);
    height_ = std::max(heightPx, 1.0f);
    uiScale_ = std::max(uiScale, 0.1f);
}

void Camera::toBoard(float sx, float sy, float& bx, float& by) const {
    bx = (sx - 0.5f * width_) / pixelsPerUnit() + cx_;
    by = (sy - 0.5f * height_) / pixelsPerUnit() + cy_;
}

void Camera::toScreen(float bx, float by, float& sx, float& sy) const {
    sx = (bx - cx_) * pixelsPerUnit() + 0.5f * width_;
    sy = (by - cy_) * pixelsPerUnit() + 0.5f * height_;
}

void Camera::panPixels(float dxPx, float dyPx) {
    cx_ -= dxPx / pixelsPerUnit();
    cy_ -= dyPx / pixelsPerUnit();
}

void Camera::zoomAbout(float sx, float sy, float factor) {
    float bx = 0, by = 0;
    toBoard(sx, sy, bx, by);
    zoom_ = std::clamp(zoom_ * factor, kMinZoom, kMaxZoom);
    // Move the centre so (bx, by) is back under (sx, sy).
    cx_ = bx - (sx - 0.5f * width_) / pixelsPerUnit();
    cy_ = by - (sy - 0.5f * height_) / pixelsPerUnit();
}

void Camera::fit(const Rect& board, float marginPx, float bottomPx, float topPx) {
    const float usableW = std::max(width_ - 2 * marginPx, 1.0f);
    const float usableH = std::max(height_ - bottomPx - topPx - 2 * marginPx, 1.0f);
    const float w = std::max(board.w, 1.0f), h = std::max(board.h, 1.0f);
    zoom_ = std::clamp(std::min(usableW / w, usableH / h) / uiScale_, kMinZoom, kMaxZoom);
    cx_ = board.x + 0.5f * board.w;
    // The visible area's centre is above the bottom tray: shift the board centre up by half the tray.
    cy_ = board.y + 0.5f * board.h + 0.5f * (bottomPx - topPx) / pixelsPerUnit();
}

void Camera::bringIntoView(const Rect& board, float marginPx, float bottomPx, float topPx) {
    const float usableW = std::max(width_ - 2 * marginPx, 1.0f);
    const float usableH = std::max(height_ - bottomPx - topPx - 2 * marginPx, 1.0f);
    const float ppu = pixelsPerUnit();
    if (board.w * ppu > usableW || board.h * ppu > usableH) {
        const float z = std::min(usableW / std::max(board.w, 1.0f), usableH / std::max(board.h, 1.0f)) / uiScale_;
        zoom_ = std::clamp(std::min(zoom_, z), kMinZoom, kMaxZoom);
    }
    // The smallest pan that brings each edge inside (the left and top edges win when it cannot fit).
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    toScreen(board.x, board.y, x0, y0);
    toScreen(board.x + board.w, board.y + board.h, x1, y1);
    const float left = marginPx, right = width_ - marginPx, top = topPx + marginPx, bottom = height_ - bottomPx - marginPx;
    float dx = 0, dy = 0;
    if (x1 > right) dx = right - x1;
    if (x0 + dx < left) dx = left - x0;
    if (y1 > bottom) dy = bottom - y1;
    if (y0 + dy < top) dy = top - y0;
    panPixels(dx, dy);
}

}  // namespace tenfold::interaction
