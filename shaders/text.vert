// Instanced glyph quads for board text, sampled from a signed-distance font atlas.
layout(location = 0) in vec2 aCorner;   // 0..1
layout(location = 1) in vec4 iRect;     // x0, y0, x1, y1 in units
layout(location = 2) in vec4 iUv;       // u0, v0, u1, v1
layout(location = 3) in vec4 iColour;

uniform vec2 uScreen;
uniform vec3 uView;
uniform vec2 uAtlasSize;                // texels

out vec2 vUv;
flat out vec4 vColour;
flat out float vPxPerTexel;             // screen pixels per atlas texel (a glyph quad is scaled evenly)

void main() {
    vec2 world = mix(iRect.xy, iRect.zw, aCorner);
    vec2 pixel = (world - uView.xy) * uView.z + 0.5 * uScreen;
    gl_Position = vec4(pixel.x / uScreen.x * 2.0 - 1.0, 1.0 - pixel.y / uScreen.y * 2.0, 0.0, 1.0);
    vUv = mix(iUv.xy, iUv.zw, aCorner);
    vColour = iColour;
    float texels = max((iUv.w - iUv.y) * uAtlasSize.y, 1e-3);
    vPxPerTexel = abs(iRect.w - iRect.y) * uView.z / texels;
}
