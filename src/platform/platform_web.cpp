// The browser's side of the platform seam: emscripten's main loop, IDBFS, the Fullscreen API, downloads and
// the live region, through small JavaScript functions that talk to the page (src/platform/web/shell.html).
#include "platform/platform_web.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <utility>

namespace {

std::function<void()> gStorageReady;
std::function<void()> gFrame;

void frameCallback(void*) {
    if (gFrame) gFrame();
}

}  // namespace

extern "C" {

// Called by the page's script when IndexedDB has been read into the mounted folders.
EMSCRIPTEN_KEEPALIVE void tenfold_web_storage_ready() {
    if (gStorageReady) {
        std::function<void()> ready = std::move(gStorageReady);
        gStorageReady = nullptr;
        ready();
    }
}

}  // extern "C"

// clang-format off
EM_JS(void, tenfold_js_mount, (const char* data, const char* config), {
    var state = Module.tenfoldStorage = {running: false, again: false, synced: true, error: ""};
    [UTF8ToString(data), UTF8ToString(config)].forEach(function(dir) {
        FS.mkdirTree(dir);
        FS.mount(IDBFS, {}, dir);
    });
    FS.syncfs(true, function(err) {
        if (err) {
            state.error = String(err);
            console.warn("Tenfold: the browser keeps nothing for this page (" + err + ")");
        }
        Module._tenfold_web_storage_ready();
    });
});

EM_JS(void, tenfold_js_sync, (), {
    var state = Module.tenfoldStorage;
    if (!state) return;
    state.synced = false;
    if (state.running) { state.again = true; return; }
    state.running = true;
    FS.syncfs(false, function done(err) {
        if (err) { state.error = String(err); console.warn("Tenfold: could not keep the changes (" + err + ")"); }
        if (state.again) { state.again = false; FS.syncfs(false, done); return; }
        state.running = false;
        state.synced = !err;
    });
});

EM_JS(int, tenfold_js_synced, (), {
    var state = Module.tenfoldStorage;
    return state && state.synced && !state.running ? 1 : 0;
});

EM_JS(void, tenfold_js_fullscreen, (int on), {
    var page = document.documentElement;
    try {
        if (on && !document.fullscreenElement) {
            var p = (page.requestFullscreen || page.webkitRequestFullscreen).call(page);
            if (p && p.catch) p.catch(function(e) { console.warn("Tenfold: no full screen (" + e + ")"); });
        } else if (!on && document.fullscreenElement) {
            document.exitFullscreen();
        }
    } catch (e) {
        console.warn("Tenfold: no full screen (" + e + ")");
    }
});

EM_JS(int, tenfold_js_is_fullscreen, (), {
    return document.fullscreenElement || document.webkitFullscreenElement ? 1 : 0;
});

EM_JS(void, tenfold_js_download, (const char* path, const char* name, const char* type), {
    var bytes = FS.readFile(UTF8ToString(path));
    var url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString(type)}));
    var link = document.createElement("a");
    link.href = url;
    link.download = UTF8ToString(name);
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    setTimeout(function() { URL.revokeObjectURL(url); link.remove(); }, 10000);
});

EM_JS(void, tenfold_js_describe, (const char* text), {
    var region = document.getElementById("tenfold-description");
    if (region) region.textContent = UTF8ToString(text);
});

EM_JS(void, tenfold_js_started, (), {
    if (Module.tenfoldStarted) Module.tenfoldStarted();
});

EM_JS(void, tenfold_js_failed, (const char* message), {
    if (Module.tenfoldFailed) Module.tenfoldFailed(UTF8ToString(message));
});
// clang-format on

namespace tenfold::platform::web {

void mountStorage(const std::string& dataFolder, const std::string& configFolder, std::function<void()> ready) {
    gStorageReady = std::move(ready);
    tenfold_js_mount(dataFolder.c_str(), configFolder.c_str());
}

void syncStorage() { tenfold_js_sync(); }

bool storageSynced() { return tenfold_js_synced() != 0; }

void runFrames(std::function<void()> frame) {
    gFrame = std::move(frame);
    emscripten_set_main_loop_arg(frameCallback, nullptr, 0, 0);
}

void setFullscreen(bool on) { tenfold_js_fullscreen(on ? 1 : 0); }

bool fullscreen() { return tenfold_js_is_fullscreen() != 0; }

void download(const std::string& path, const std::string& name, const std::string& mimeType) {
    tenfold_js_download(path.c_str(), name.c_str(), mimeType.c_str());
}

void setDescription(const std::string& text) { tenfold_js_describe(text.c_str()); }

void started() { tenfold_js_started(); }

void failed(const std::string& message) { tenfold_js_failed(message.c_str()); }

}  // namespace tenfold::platform::web
