// The teacher's settings that persist between runs (size of buttons and text, palette, exchange mode,
// reduced motion, high contrast, background), kept in $XDG_CONFIG_HOME/tenfold/settings.json (else
// $HOME/.config/tenfold/settings.json). Loading checks every field: a broken field gives a warning naming
// the file and the field and its default is used. A broken file is never overwritten behind the teacher's
// back: it stays as it is until a setting is changed, and is then first kept as settings.json.broken.
// Reading and saving go through the file seam (model/file_store): a folder, pipe or device in the file's
// place is refused unread, and saving is atomic (a temporary file in the same folder, flushed, renamed,
// the folder flushed). Messages that the teacher may see come from the text table.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "model/result.hpp"

namespace tenfold::app {

inline constexpr float kMinScaleFactor = 0.5f;
inline constexpr float kMaxScaleFactor = 3.0f;
inline constexpr int kSettingsVersion = 1;
inline constexpr std::uintmax_t kMaxSettingsFileBytes = 64u * 1024u;
inline constexpr int kMaxWindowSide = 16384;
// A classroom board (see repr::Room): its diagonal and the distance to the back row.
inline constexpr float kMinBoardInches = 32, kMaxBoardInches = 120;
inline constexpr float kMinBackRowMetres = 1, kMaxBackRowMetres = 20;

struct UserSettings {
    float scaleFactor = 1;                 // kMinScaleFactor .. kMaxScaleFactor
    std::string palette = "standard";      // "standard" | "colour-blind-safe"
    std::string exchangeMode = "offered";  // "automatic" | "offered" | "off"
    std::string beadColours = "by-length"; // "by-length" | "fives" | "tens"
    bool reducedMotion = false;
    bool highContrast = false;
    std::string background = "paper";     // "paper" | "cream" | "white" | "blue-tint"
    int windowWidth = 0, windowHeight = 0;  // the window's size when it was last closed; 0: fit the screen
    // The classroom board the app is shown on: 0 inches for a laptop or desk screen (the laptop text sizes);
    // else text is sized so that it is read from the back row (numerals) and from mid-room (sentences).
    float boardInches = 0;                 // 0, or kMinBoardInches .. kMaxBoardInches
    float backRowMetres = 8;               // kMinBackRowMetres .. kMaxBackRowMetres

    bool operator==(const UserSettings&) const = default;
};

// The allowed words of each text field, in the order a settings panel may offer them.
// "colour-blind" is the name settings written before palettes had one name each used (read as "colour-blind-safe").
inline constexpr std::string_view kPalettes[] = {"standard", "colour-blind-safe", "colour-blind"};
inline constexpr std::string_view kExchangeModes[] = {"automatic", "offered", "off"};
inline constexpr std::string_view kBeadColourChoices[] = {"by-length", "fives", "tens"};
inline constexpr std::string_view kBackgrounds[] = {"paper", "cream", "white", "blue-tint"};

// What reading settings gave: the settings (defaults wherever something was broken), one warning per
// problem (each names `source` and the field), and whether anything in the text was broken.
struct SettingsLoad {
    UserSettings settings;
    std::vector<std::string> warnings;
    bool broken = false;
    bool whole = false;  // nothing could be read (not JSON, or not an object): every setting is a default
};

// The settings as JSON text (pretty printed, with a "version" field).
std::string settingsToJson(const UserSettings& settings);
// Settings from JSON text; `source` (usually the file's path) is named in every warning. Never throws.
SettingsLoad settingsFromJson(std::string_view text, std::string_view source);

// $XDG_CONFIG_HOME/tenfold/settings.json, else $HOME/.config/tenfold/settings.json; empty when neither
// variable holds an absolute path (the settings then last for this run only).
std::filesystem::path settingsFilePath();

class SettingsStore {
public:
    explicit SettingsStore(std::filesystem::path file = settingsFilePath());

    // Reads the file. A missing file quietly gives the defaults; a broken one gives warnings (returned, and
    // kept in warnings()) and the defaults for what is broken. The file itself is left alone.
    const std::vector<std::string>& load();

    const UserSettings& settings() const { return settings_; }
    const std::vector<std::string>& warnings() const { return warnings_; }
    // True while the file on disk is broken and has not been replaced yet.
    bool fileIsBroken() const { return fileBroken_; }
    // What to tell the teacher on screen after load(), from the text table: that the settings had to be
    // reset (all of them, or the broken ones) and that the old file is kept, or that settings cannot be
    // kept at all here. Empty when all was well. (warnings() has the details, for the log.)
    std::string screenNotice() const;
    const std::filesystem::path& file() const { return file_; }

    // Takes `changed` as the current settings and saves them when they differ from what is on disk (or the
    // last save failed). A broken file is first renamed to settings.json.broken (or .broken.2, ... when
    // that exists). The settings are kept for this run even when saving fails; the Error says why.
    model::Status update(const UserSettings& changed);

private:
    model::Status save();
    std::filesystem::path file_;
    UserSettings settings_;
    std::vector<std::string> warnings_;
    bool fileBroken_ = false;
    bool brokenWhole_ = false;
    bool saved_ = true;  // settings_ is what the file holds (or the file is absent and settings_ are defaults)
};

}  // namespace tenfold::app
