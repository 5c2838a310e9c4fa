// The texts dump of a screenshot: the scene read as drawn (legibility.hpp's audit) written as JSON.
#include "app/app_texts.hpp"

#include "representations/legibility.hpp"
#include "representations/tags.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

namespace tenfold::app {

namespace {
const char* roleName(scene::TextRole role) {
    switch (role) {
    case scene::TextRole::Numeral: return "numeral";
    case scene::TextRole::Readout: return "readout";
    case scene::TextRole::Button: return "button";
    case scene::TextRole::Label: return "label";
    case scene::TextRole::Message: return "message";
    case scene::TextRole::Other: break;
    }
    return "other";
}

std::string hex(const scene::Colour& c) {
    auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char out[8];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", byte(c.r), byte(c.g), byte(c.b));
    return out;
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }
}  // namespace

std::string textsJson(const scene::Scene& scene, const render::FontAtlas& font, const TextsPicture& picture) {
    const float w = static_cast<float>(picture.width), h = static_cast<float>(picture.height);
    const repr::ScreenTransform board{picture.board.centreX, picture.board.centreY, picture.board.pixelsPerUnit, w, h};
    const repr::ScreenTransform screen{0.5f * w, 0.5f * h, 1.0f, w, h};
    const repr::SceneAudit audit =
        repr::auditScene(scene, board, screen, picture.paper, font, font.ascent(1.0f), font.descent(1.0f));
    nlohmann::ordered_json out;
    out["format"] = "tenfold-texts";
    out["version"] = 1;
    out["width"] = picture.width;
    out["height"] = picture.height;
    out["ui_scale"] = round2(picture.uiScale);
    out["font"] = picture.font;
    out["texts"] = nlohmann::ordered_json::array();
    for (const repr::SeenText& t : audit.texts) {
        nlohmann::ordered_json j;
        j["text"] = t.text;
        j["role"] = roleName(t.role);
        j["layer"] = t.board ? "board" : "screen";
        j["x"] = round2(t.box.x);
        j["y"] = round2(t.box.y);
        j["w"] = round2(t.box.w);
        j["h"] = round2(t.box.h);
        j["size_px"] = round2(t.sizePx);
        j["cap_height_px"] = round2(font.capHeight(t.sizePx));
        j["colour"] = hex(t.colour);
        j["alpha"] = round2(t.colour.a);
        j["backdrop"] = hex(t.backdrop);
        j["contrast"] = round2(t.contrast);
        j["model"] = repr::tagModel(t.tag);
        out["texts"].push_back(std::move(j));
    }
    return out.dump(1);
}

bool writeTexts(const std::string& path, const scene::Scene& scene, const render::FontAtlas& font,
                const TextsPicture& picture, std::string& error) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (file) file << textsJson(scene, font, picture) << "\n";
    if (!file) {
        error = "cannot write '" + path + "'";
        return false;
    }
    return true;
}

}  // namespace tenfold::app
