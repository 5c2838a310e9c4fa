// The board: a calm paper colour with a soft grid that scales with zoom (never dense, never flashing).
in vec2 vPixel;
uniform vec2 uScreen;
uniform vec3 uView;        // view centre (units), pixels per unit
uniform vec4 uPaper;
uniform vec4 uGrid;
uniform float uSpacing;    // grid spacing in units
out vec4 fragColour;

void main() {
    vec2 world = (vPixel - 0.5 * uScreen) / uView.z + uView.xy;
    float spacingPx = uSpacing * uView.z;
    vec3 colour = uPaper.rgb;
    if (spacingPx > 10.0) {
        vec2 f = abs(fract(world / uSpacing + 0.5) - 0.5) * spacingPx;   // pixels to nearest line
        float line = 1.0 - smoothstep(0.0, 1.0, min(f.x, f.y));
        float fade = smoothstep(10.0, 30.0, spacingPx);
        colour = mix(colour, uGrid.rgb, uGrid.a * line * fade);
    }
    fragColour = vec4(colour, 1.0);
}
