// The browser's entry point (WebAssembly build): mounts the browser's storage, starts the App on the page's
// canvas once what an earlier visit kept has been read, and offers the page a few functions (its buttons,
// the query hook tests use). Each returns text the page reads with UTF8ToString.
#include "app/app.hpp"
#include "app/board_library.hpp"
#include "app/settings_store.hpp"
#include "model/text.hpp"
#include "platform/platform_web.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <exception>
#include <memory>
#include <string>

namespace {

std::unique_ptr<tenfold::app::App> gApp;
std::string gAnswer;  // the last answer handed to the page (valid until the next call)

const char* answer(std::string text) {
    gAnswer = std::move(text);
    return gAnswer.c_str();
}

void start() {
    namespace web = tenfold::platform::web;
    try {
        gApp = std::make_unique<tenfold::app::App>(tenfold::app::Options{});
        std::string error;
        if (!gApp->startWeb(error)) {
            gApp.reset();
            web::failed(error);
        }
    } catch (const std::exception& e) {
        gApp.reset();
        web::failed(e.what());
    }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* tenfold_web_query(const char* line) {
    return answer(gApp ? gApp->webQuery(line) : "error: Tenfold has not started");
}

EMSCRIPTEN_KEEPALIVE const char* tenfold_web_spot(const char* name) {
    return answer(gApp ? gApp->webSpot(name) : "error: Tenfold has not started");
}

// A board file the user picked, already copied into the in-memory file system at `path`; "" when it opened.
EMSCRIPTEN_KEEPALIVE const char* tenfold_web_open(const char* path) {
    return answer(gApp ? gApp->webOpen(path) : "error: Tenfold has not started");
}

EMSCRIPTEN_KEEPALIVE void tenfold_web_save() {
    if (gApp) gApp->webSave();
}

EMSCRIPTEN_KEEPALIVE void tenfold_web_picture() {
    if (gApp) gApp->webPicture();
}

EMSCRIPTEN_KEEPALIVE const char* tenfold_web_bench(int frames, int width, int height) {
    return answer(gApp ? gApp->webBench(frames, width, height) : "{}");
}

// The page's own words (its buttons, its notes) come from the same text table as the app's.
EMSCRIPTEN_KEEPALIVE const char* tenfold_web_text(const char* key) { return answer(tenfold::model::tr(key)); }

}  // extern "C"

int main() {
    setenv("TENFOLD_ASSETS", "/assets", 0);  // where the build puts the icons (cmake/web_app.cmake)
    // Boards and settings live where the native app keeps them ($HOME/.local/share/tenfold,
    // $HOME/.config/tenfold); in the browser those folders are IndexedDB.
    const std::filesystem::path boards = tenfold::app::boardsFolderPath();
    const std::filesystem::path settings = tenfold::app::settingsFilePath();
    tenfold::platform::web::mountStorage(boards.parent_path().string(), settings.parent_path().string(), start);
    return 0;  // the runtime stays: the page's events and frames go on
}
