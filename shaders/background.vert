// Full-screen triangle for the board background.
out vec2 vPixel;
uniform vec2 uScreen;
void main() {
    vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
    vPixel = vec2(p.x, 1.0 - p.y) * uScreen;   // pixels, origin top left
}
