// The browser's side of the platform seam (WebAssembly build only): the frame loop on the browser's
// animation frames, the page's full screen, the browser's own storage (IndexedDB through emscripten's
// IDBFS, mounted at the data and config folders), downloads, and the page's text alternative (an ARIA
// live region). Everything here talks to the page (src/platform/web/shell.html); nothing else does.
#pragma once

#include <functional>
#include <string>

namespace tenfold::platform::web {

// Mounts IndexedDB at the folders the app keeps boards and settings in, reads what an earlier visit left
// there, then calls `ready` (once, from the browser's event loop). The folders are made when missing.
void mountStorage(const std::string& dataFolder, const std::string& configFolder, std::function<void()> ready);
// Writes what changed in the mounted folders back to IndexedDB (asynchronously). A write asked for while
// one is running is done after it.
void syncStorage();
// True when everything written so far has reached IndexedDB.
bool storageSynced();

// Calls `frame` on every animation frame of the page, for as long as the page is open.
void runFrames(std::function<void()> frame);

// The page's full screen (the whole page, so the live region and the file buttons stay).
void setFullscreen(bool on);
bool fullscreen();

// Offers a file of the in-memory file system to the user as a download named `name`.
void download(const std::string& path, const std::string& name, const std::string& mimeType);

// Puts `text` into the page's visually hidden live region, which screen readers read out.
void setDescription(const std::string& text);

// Tells the page the app is running (the loading note goes), or why it cannot run.
void started();
void failed(const std::string& message);

}  // namespace tenfold::platform::web
