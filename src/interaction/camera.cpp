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

}  // namespace tenfold::interaction
