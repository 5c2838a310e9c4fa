// The board camera: which board point is at the centre of the screen and how far we are zoomed in.
// Pure maths (tested without a GPU): screen <-> board conversion, zoom about a point, fit a rectangle.
#pragma once

#include "representations/scene.hpp"

namespace tenfold::interaction {

using scene::Rect;

class Camera {
public:
    static constexpr float kMinZoom = 0.25f;
    static constexpr float kMaxZoom = 4.0f;

    // Size of the visible board area in pixels, and the UI scale (pixels per board unit at zoom 1).
    void setViewport(float widthPx, float heightPx, float uiScale);
    float viewportWidth() const { return width_; }
    float viewportHeight() const { return height_; }

    float zoom() const { return zoom_; }
    float pixelsPerUnit() const { return zoom_ * uiScale_; }
    float centreX() const { return cx_; }
    float centreY() const { return cy_; }

    void toBoard(float sx, float sy, float& bx, float& by) const;
    void toScreen(float bx, float by, float& sx, float& sy) const;

    void panPixels(float dxPx, float dyPx);
    // Zooms by `factor` keeping the board point under (sx, sy) where it is on screen; zoom stays in range.
    void zoomAbout(float sx, float sy, float factor);
    // Shows the whole rectangle (board units) with a margin, centred in the viewport between `topPx` (panels
    // along the top) and `bottomPx` (the tray).
    void fit(const Rect& board, float marginPx, float bottomPx = 0, float topPx = 0);
    // Brings the rectangle (board units) into the same viewport by the smallest pan; only when it cannot fit
    // at this zoom does the zoom go down, just enough. The teacher's zoom is otherwise left as it is.
    void bringIntoView(const Rect& board, float marginPx, float bottomPx = 0, float topPx = 0);

private:
    float width_ = 1, height_ = 1, uiScale_ = 1;
    float zoom_ = 1, cx_ = 0, cy_ = 0;
};

}  // namespace tenfold::interaction
