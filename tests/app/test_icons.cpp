// Icons: every icon the UI uses is a PNG under assets/icons that stb_image loads at 128x128 with a
// transparent background and opaque ink; nothing stray is there; the app icon is there; a missing or broken
// image gives an error naming the file; the assets folder is found; and an icon button whose icon is
// missing is still a working text button (ImGui without a GPU: only draw lists are built).
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

#include "render/texture.hpp"
#include "ui/icons.hpp"

namespace fs = std::filesystem;
using tenfold::render::Image;
using tenfold::render::loadImage;

namespace {

const fs::path kAssets = TENFOLD_SOURCE_ASSETS;

struct Alphas {
    int transparent = 0, opaque = 0, partial = 0;
};

Alphas alphas(const Image& image) {
    Alphas a;
    for (std::size_t i = 3; i < image.rgba.size(); i += 4) {
        const int alpha = image.rgba[i];
        if (alpha == 0) {
            ++a.transparent;
        } else if (alpha == 255) {
            ++a.opaque;
        } else {
            ++a.partial;
        }
    }
    return a;
}

struct EnvVar {
    std::string name;
    std::optional<std::string> saved;
    EnvVar(std::string n, const std::string& value) : name(std::move(n)) {
        if (const char* old = std::getenv(name.c_str())) saved = old;
        ::setenv(name.c_str(), value.c_str(), 1);
    }
    ~EnvVar() {
        if (saved) {
            ::setenv(name.c_str(), saved->c_str(), 1);
        } else {
            ::unsetenv(name.c_str());
        }
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;
};

// Captures what is written to std::cerr for one scope.
struct CaptureErr {
    std::ostringstream text;
    std::streambuf* old;
    CaptureErr() : old(std::cerr.rdbuf(text.rdbuf())) {}
    ~CaptureErr() { std::cerr.rdbuf(old); }
    CaptureErr(const CaptureErr&) = delete;
    CaptureErr& operator=(const CaptureErr&) = delete;
};

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

SCENARIO("every icon the UI uses is a 128x128 PNG with a transparent background and opaque ink") {
    const std::string name(GENERATE(from_range(tenfold::ui::kIconNames.begin(), tenfold::ui::kIconNames.end())));
    GIVEN("the icon " + name) {
        const fs::path file = kAssets / "icons" / (name + ".png");
        WHEN("it is loaded with stb_image") {
            const auto image = loadImage(file);
            THEN("it is 128x128 RGBA with transparent, opaque and anti-aliased pixels") {
                REQUIRE(image.ok());
                CHECK(image.value().width == tenfold::ui::kIconPixels);
                CHECK(image.value().height == tenfold::ui::kIconPixels);
                REQUIRE(image.value().rgba.size() == 128u * 128u * 4u);
                const Alphas a = alphas(image.value());
                CHECK(a.transparent > 0);
                CHECK(a.opaque > 0);
                CHECK(a.partial > 0);  // edges are smooth, not jagged
                // Ink on a transparent background, not a filled square: the corners are clear.
                CHECK(image.value().rgba[3] == 0);
                CHECK(image.value().rgba.back() == 0);
            }
        }
    }
}

SCENARIO("the icons folder holds exactly the icons the UI uses, and the app icon is there") {
    std::set<std::string> onDisk;
    for (const auto& entry : fs::directory_iterator(kAssets / "icons")) onDisk.insert(entry.path().stem().string());
    const std::set<std::string> used(tenfold::ui::kIconNames.begin(), tenfold::ui::kIconNames.end());
    CHECK(onDisk == used);
    const auto app = loadImage(kAssets / "tenfold.png");
    REQUIRE(app.ok());
    CHECK(app.value().width == 256);
    CHECK(app.value().height == 256);
    CHECK(alphas(app.value()).opaque > 0);
}

SCENARIO("a missing or broken image gives an error naming the file") {
    const fs::path dir = fs::temp_directory_path() / ("tenfold-icons-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    GIVEN("no file") {
        const auto image = loadImage(dir / "nothing.png");
        REQUIRE_FALSE(image.ok());
        CHECK(image.error().message.find("nothing.png") != std::string::npos);
        CHECK(image.error().message.find("no such file") != std::string::npos);
    }
    GIVEN("a folder") {
        const auto image = loadImage(dir);
        REQUIRE_FALSE(image.ok());
        CHECK(image.error().message.find("not a file") != std::string::npos);
    }
    GIVEN("a file that is not an image, an empty file and a PNG cut short") {
        std::ofstream(dir / "text.png") << "this is not a picture";
        std::ofstream(dir / "empty.png");
        {
            std::ifstream in(kAssets / "icons" / "undo.png", std::ios::binary);
            std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            REQUIRE(bytes.size() > 100);
            std::ofstream(dir / "cut.png", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
        }
        for (const char* file : {"text.png", "empty.png", "cut.png"}) {
            const auto image = loadImage(dir / file);
            CHECK_FALSE(image.ok());
            if (!image.ok()) CHECK(image.error().message.find(file) != std::string::npos);
        }
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
}

SCENARIO("the assets folder is found") {
    GIVEN("TENFOLD_ASSETS names a folder") {
        const fs::path dir = fs::temp_directory_path() / ("tenfold-assets-test-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        EnvVar env("TENFOLD_ASSETS", dir.string());
        THEN("it comes first and is used") {
            REQUIRE_FALSE(tenfold::ui::assetsCandidates().empty());
            CHECK(tenfold::ui::assetsCandidates().front() == dir);
            CHECK(tenfold::ui::findAssetsDir() == dir);
        }
        fs::remove_all(dir);
    }
    GIVEN("TENFOLD_ASSETS names nothing") {
        EnvVar env("TENFOLD_ASSETS", "/no/such/folder/for/tenfold");
        THEN("the next folder that exists is used (here the source tree's, or one beside the executable)") {
            const fs::path found = tenfold::ui::findAssetsDir();
            CHECK_FALSE(found.empty());
            CHECK(found != fs::path("/no/such/folder/for/tenfold"));
            CHECK(fs::is_directory(found));
            const auto candidates = tenfold::ui::assetsCandidates();
            CHECK(candidates.back() == kAssets);
        }
    }
}

SCENARIO("an icon button whose icon is missing is a working text button, reported once") {
    IMGUI_CHECKVERSION();
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(800, 600);
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // builds the font atlas; no GPU involved

    const tenfold::ui::IconSet icons;  // nothing loaded: every icon is missing
    constexpr float kSize = 96.0f;
    ImVec2 buttonMin, buttonMax;
    const auto frame = [&](bool mouseDown, ImVec2 mouse) {
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = mouse;
        io.MouseDown[0] = mouseDown;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
        const bool pressed = tenfold::ui::iconButton(icons, "undo", "Undo", kSize);
        buttonMin = ImGui::GetItemRectMin();
        buttonMax = ImGui::GetItemRectMax();
        ImGui::End();
        ImGui::Render();
        return pressed;
    };

    CaptureErr err;
    WHEN("it is drawn for a few frames") {
        CHECK_FALSE(frame(false, ImVec2(-1, -1)));
        CHECK_FALSE(frame(false, ImVec2(-1, -1)));
        THEN("it is at least the asked size, and the missing icon is reported once, by name") {
            CHECK(buttonMax.y - buttonMin.y == Approx(kSize));
            CHECK(buttonMax.x - buttonMin.x >= kSize);
            CHECK(count(err.text.str(), "'undo'") == 1);
        }
        AND_WHEN("it is tapped (pressed and released on it)") {
            const ImVec2 centre(0.5f * (buttonMin.x + buttonMax.x), 0.5f * (buttonMin.y + buttonMax.y));
            const bool onDown = frame(true, centre);
            const bool onUp = frame(false, centre);
            THEN("it reports one press") {
                CHECK_FALSE(onDown);
                CHECK(onUp);
            }
        }
    }
    ImGui::DestroyContext(context);
}
