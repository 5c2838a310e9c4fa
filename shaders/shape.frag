// Signed-distance shapes with crisp anti-aliased edges, an optional outline, gentle bevel shading
// (light from the top left) and optional inner cell lines (a ten rod made of ten cubes).
in vec2 vLocal;
in vec2 vHalf;
in float vPx;
flat in vec4 vFill;
flat in vec4 vOutline;
flat in vec4 vParams;
flat in vec4 vCells;

out vec4 fragColour;

float roundBox(vec2 p, vec2 b, float r) {
    vec2 q = abs(p) - b + vec2(r);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

void main() {
    int kind = int(vParams.x + 0.5);
    float radius = vParams.y;
    // An outline is never thinner than a pixel on screen: a thinner one would be a faint blur, too weak to
    // mark an edge (legibility.hpp's kThinnestOutlinePx).
    float outlineWidth = vParams.z > 0.0 ? max(vParams.z, vPx) : 0.0;
    float shading = vParams.w;
    float d;
    if (kind == 1) {            // disc
        d = length(vLocal) - vHalf.x;
    } else if (kind == 2) {     // ring: outline of a disc, width = outline width
        d = abs(length(vLocal) - (vHalf.x - 0.5 * outlineWidth)) - 0.5 * outlineWidth;
    } else if (kind == 3) {     // capsule (thick line with round ends)
        d = length(max(abs(vLocal) - vec2(vHalf.x, 0.0), 0.0)) - vCells.w;
    } else {                    // rounded rectangle
        d = roundBox(vLocal, vHalf, min(radius, min(vHalf.x, vHalf.y)));
    }
    float coverage = clamp(0.5 - d / vPx, 0.0, 1.0);
    if (coverage <= 0.0) discard;

    vec3 colour = vFill.rgb;
    float alpha = vFill.a;
    if (shading > 0.0 && kind != 2 && kind != 3) {
        // A soft bevel: the top-left rim catches the light, the bottom-right rim falls into shade.
        vec2 n = vLocal / max(vHalf, vec2(1e-4));
        float rim = 1.0 - clamp(-d / max(0.12 * min(vHalf.x, vHalf.y), 2.0 * vPx), 0.0, 1.0);
        float side = clamp(-(n.x + n.y) * 0.7, -1.0, 1.0);
        float body = 0.06 * (-n.y);
        colour *= 1.0 + shading * (body + rim * 0.22 * side);
    }
    if (vCells.x > 1.0 || vCells.y > 1.0) {
        // Faint lines between cells, so a rod visibly holds ten cubes and a flat a hundred.
        vec2 cells = max(vCells.xy, vec2(1.0));
        vec2 cellSize = 2.0 * vHalf / cells;
        vec2 f = fract((vLocal + vHalf) / cellSize);
        vec2 distPx = min(f, 1.0 - f) * cellSize / vPx;
        float lineX = cells.x > 1.0 ? 1.0 - smoothstep(0.5, 1.5, distPx.x) : 0.0;
        float lineY = cells.y > 1.0 ? 1.0 - smoothstep(0.5, 1.5, distPx.y) : 0.0;
        colour *= 1.0 - vCells.z * max(lineX, lineY);
    }
    if (outlineWidth > 0.0 && kind != 2) {
        float inner = clamp(0.5 + (d + outlineWidth) / vPx, 0.0, 1.0);
        colour = mix(colour, vOutline.rgb, inner * vOutline.a);
        alpha = mix(alpha, 1.0, inner * vOutline.a);
    } else if (kind == 2) {
        colour = vOutline.rgb;
        alpha = vOutline.a;
    }
    fragColour = vec4(colour, alpha * coverage);
}
