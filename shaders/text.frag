// Signed-distance text that keeps every stroke at every size, from 10 px on a laptop to a 4K whiteboard.
// The atlas stores each texel's distance to the outline in texels; with the quad's exact screen scale
// (pixels per texel, from the vertex shader, not from derivatives of the distance, which vanish on a
// stroke's ridge and in thin strokes) the distance becomes pixels, and coverage is the pixel's share of the
// glyph. Four samples per pixel (one per quarter) keep thin strokes, dots and joins a pixel wide or less,
// such as the bar of "+", the dot of "i" and the bowl of "e", from vanishing or merging. (Drawing small
// text bolder was tried and measured: it closed the counters of 0, 6 and 8 and read worse.)
in vec2 vUv;
flat in vec4 vColour;
flat in float vPxPerTexel;
uniform sampler2D uAtlas;
uniform float uOnEdge;         // stored value on the outline, 0..1
uniform float uPerTexel;       // change of the stored value per texel of distance, 0..1
out vec4 fragColour;

// The share of a square of `footprint` pixels around uv that lies inside the glyph.
float coverageAt(vec2 uv, float footprint) {
    float texels = (texture(uAtlas, uv).r - uOnEdge) / uPerTexel;
    return clamp(0.5 + texels * vPxPerTexel / footprint, 0.0, 1.0);
}

void main() {
    // One pixel in atlas coordinates along screen x and y (the quad is axis-aligned and evenly scaled).
    vec2 dx = dFdx(vUv), dy = dFdy(vUv);
    // The pixel's four quarters, each half a pixel wide: together exactly the pixel, so nothing is blurred.
    float a = 0.25 * (coverageAt(vUv + 0.25 * (dx + dy), 0.5) + coverageAt(vUv + 0.25 * (dx - dy), 0.5) +
                      coverageAt(vUv - 0.25 * (dx - dy), 0.5) + coverageAt(vUv - 0.25 * (dx + dy), 0.5));
    if (a <= 0.0) discard;
    fragColour = vec4(vColour.rgb, vColour.a * a);
}
