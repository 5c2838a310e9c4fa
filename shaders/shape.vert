// Instanced 2D shapes (rounded rectangles, discs, rings, capsules) in board or screen units.
// Edges are anti-aliased in shape.frag with signed distances, so no MSAA is needed.
// The #version line is prepended by the loader (GLSL 3.30 core on desktop, GLSL ES 3.00 on the web).
layout(location = 0) in vec2 aCorner;   // quad corner, -1..1
layout(location = 1) in vec4 iRect;     // centre x, y, halfSize width, halfSize height (capsule: end a, end b)
layout(location = 2) in vec4 iFill;     // fill colour, straight alpha
layout(location = 3) in vec4 iOutline;  // outline colour
layout(location = 4) in vec4 iParams;   // kind, corner radius, outline width, shading amount
layout(location = 5) in vec4 iCells;    // cells across, cells down, cell line strength, capsule radius

uniform vec2 uScreen;  // target size in pixels
uniform vec3 uView;    // view centre x, y (units), pixels per unit

out vec2 vLocal;
out vec2 vHalf;
out float vPx;
flat out vec4 vFill;
flat out vec4 vOutline;
flat out vec4 vParams;
flat out vec4 vCells;

void main() {
    float px = 1.0 / uView.z;          // units per pixel
    float margin = 2.0 * px;
    vec2 centre;
    vec2 halfSize;
    vec2 axis = vec2(1.0, 0.0);
    if (int(iParams.x + 0.5) == 3) {   // capsule from iRect.xy to iRect.zw with radius iCells.w
        vec2 d = iRect.zw - iRect.xy;
        float len = length(d);
        axis = len > 0.0 ? d / len : vec2(1.0, 0.0);
        centre = 0.5 * (iRect.xy + iRect.zw);
        halfSize = vec2(0.5 * len, 0.0);
        vec2 extent = halfSize + vec2(iCells.w + margin);
        vLocal = aCorner * extent;
    } else {
        centre = iRect.xy;
        halfSize = iRect.zw;
        vLocal = aCorner * (halfSize + vec2(margin));
    }
    vec2 world = centre + axis * vLocal.x + vec2(-axis.y, axis.x) * vLocal.y;
    vec2 pixel = (world - uView.xy) * uView.z + 0.5 * uScreen;
    gl_Position = vec4(pixel.x / uScreen.x * 2.0 - 1.0, 1.0 - pixel.y / uScreen.y * 2.0, 0.0, 1.0);
    vHalf = halfSize;
    vPx = px;
    vFill = iFill;
    vOutline = iOutline;
    vParams = iParams;
    vCells = iCells;
}
