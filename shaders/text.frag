// Signed-distance text: sharp at any zoom, from a whiteboard to a laptop.
in vec2 vUv;
flat in vec4 vColour;
uniform sampler2D uAtlas;
out vec4 fragColour;

void main() {
    float dist = texture(uAtlas, vUv).r;
    float w = max(fwidth(dist), 1e-4) * 0.7;
    float a = smoothstep(0.5 - w, 0.5 + w, dist);
    if (a <= 0.0) discard;
    fragColour = vec4(vColour.rgb, vColour.a * a);
}
