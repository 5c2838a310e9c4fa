// Reading, checking and atomically writing the persistent user settings (settings.json).
#include "app/settings_store.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <system_error>
#include <utility>

#include "model/excerpt.hpp"
#include "model/file_store.hpp"
#include "model/text.hpp"

namespace tenfold::app {

namespace {

using nlohmann::json;

constexpr int kJsonIndent = 2;
constexpr std::size_t kMaxReasonBytes = 200;  // of the JSON reader's own reason, which quotes the file
constexpr const char* kVersionKey = "version";
constexpr const char* kScaleKey = "scaleFactor";
constexpr const char* kPaletteKey = "palette";
constexpr const char* kExchangeKey = "exchangeMode";
constexpr const char* kBeadColoursKey = "beadColours";
constexpr const char* kReducedMotionKey = "reducedMotion";
constexpr const char* kHighContrastKey = "highContrast";
constexpr const char* kBackgroundKey = "background";
constexpr const char* kBoardInchesKey = "boardInches";
constexpr const char* kBackRowMetresKey = "backRowMetres";
constexpr const char* kWindowWidthKey = "windowWidth";    // the window's size when last closed (0: automatic)
constexpr const char* kWindowHeightKey = "windowHeight";

class Reader {
public:
    Reader(const json& doc, std::string_view source, SettingsLoad& out) : doc_(doc), source_(source), out_(out) {}

    void warn(const std::string& what) {
        out_.warnings.push_back("settings file '" + std::string(source_) + "': " + what);
        out_.broken = true;
    }

    void number(const char* key, float& field, float lo, float hi) {
        const auto it = doc_.find(key);
        if (it == doc_.end()) return;
        if (it->is_number()) {
            const double v = it->get<double>();
            if (std::isfinite(v) && v >= lo && v <= hi) {
                field = static_cast<float>(v);
                return;
            }
        }
        std::ostringstream s;
        s << "field '" << key << "' must be a number from " << lo << " to " << hi << " (found " << model::excerpt(it->dump())
          << "); using " << field;
        warn(s.str());
    }

    void flag(const char* key, bool& field) {
        const auto it = doc_.find(key);
        if (it == doc_.end()) return;
        if (it->is_boolean()) {
            field = it->get<bool>();
            return;
        }
        warn("field '" + std::string(key) + "' must be true or false (found " + model::excerpt(it->dump()) + "); using " +
             (field ? "true" : "false"));
    }

    template <std::size_t N>
    void word(const char* key, std::string& field, const std::string_view (&allowed)[N]) {
        const auto it = doc_.find(key);
        if (it == doc_.end()) return;
        if (it->is_string()) {
            const std::string& v = it->get_ref<const std::string&>();
            for (std::string_view a : allowed) {
                if (v == a) {
                    field = v;
                    return;
                }
            }
        }
        std::string choices;
        for (std::size_t i = 0; i < N; ++i) {
            if (i > 0) choices += (i + 1 == N) ? " or " : ", ";
            choices += '"';
            choices += allowed[i];
            choices += '"';
        }
        warn("field '" + std::string(key) + "' must be " + choices + " (found " + model::excerpt(it->dump()) + "); using \"" + field +
             "\"");
    }

private:
    const json& doc_;
    std::string_view source_;
    SettingsLoad& out_;
};

bool absolute(const char* value) { return value != nullptr && value[0] == '/'; }

}  // namespace

std::string settingsToJson(const UserSettings& s) {
    json doc = json::object();
    doc[kVersionKey] = kSettingsVersion;
    doc[kScaleKey] = s.scaleFactor;
    doc[kPaletteKey] = s.palette;
    doc[kExchangeKey] = s.exchangeMode;
    doc[kBeadColoursKey] = s.beadColours;
    doc[kReducedMotionKey] = s.reducedMotion;
    doc[kHighContrastKey] = s.highContrast;
    doc[kBackgroundKey] = s.background;
    doc[kBoardInchesKey] = s.boardInches;
    doc[kBackRowMetresKey] = s.backRowMetres;
    if (s.windowWidth > 0 && s.windowHeight > 0) {
        doc[kWindowWidthKey] = s.windowWidth;
        doc[kWindowHeightKey] = s.windowHeight;
    }
    return doc.dump(kJsonIndent) + "\n";
}

SettingsLoad settingsFromJson(std::string_view text, std::string_view source) {
    SettingsLoad out;
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) {  // a syntax error, or a number too large for a double
        // nlohmann's message starts with "[json.exception.parse_error.NNN] "; the rest says where and why.
        std::string why = e.what();
        if (const auto end = why.find("] "); end != std::string::npos) why.erase(0, end + 2);
        Reader(doc, source, out).warn("not valid JSON (" + model::excerpt(why, kMaxReasonBytes) + "); using the default settings");
        out.whole = true;
        return out;
    }
    Reader read(doc, source, out);
    if (!doc.is_object()) {
        read.warn("expected a JSON object of settings (found " + std::string(doc.type_name()) +
                  "); using the default settings");
        out.whole = true;
        return out;
    }
    for (const auto& [key, value] : doc.items()) {
        if (key == kVersionKey) {
            if (!value.is_number_integer() || value.get<long long>() != kSettingsVersion) {
                read.warn("field 'version' must be " + std::to_string(kSettingsVersion) + " (found " + model::excerpt(value.dump()) +
                          "); reading the fields this version knows");
            }
        } else if (key != kScaleKey && key != kPaletteKey && key != kExchangeKey && key != kBeadColoursKey && key != kReducedMotionKey &&
                   key != kHighContrastKey && key != kBackgroundKey && key != kWindowWidthKey && key != kWindowHeightKey &&
                   key != kBoardInchesKey && key != kBackRowMetresKey) {
            read.warn("unknown field '" + model::excerpt(key) + "' is ignored");
        }
    }
    read.number(kScaleKey, out.settings.scaleFactor, kMinScaleFactor, kMaxScaleFactor);
    read.word(kPaletteKey, out.settings.palette, kPalettes);
    read.word(kExchangeKey, out.settings.exchangeMode, kExchangeModes);
    read.word(kBeadColoursKey, out.settings.beadColours, kBeadColourChoices);
    read.flag(kReducedMotionKey, out.settings.reducedMotion);
    read.flag(kHighContrastKey, out.settings.highContrast);
    read.word(kBackgroundKey, out.settings.background, kBackgrounds);
    read.number(kBoardInchesKey, out.settings.boardInches, 0, kMaxBoardInches);
    if (out.settings.boardInches > 0 && out.settings.boardInches < kMinBoardInches) {
        read.warn("field '" + std::string(kBoardInchesKey) + "' must be 0 (no classroom board) or from " +
                  std::to_string(static_cast<int>(kMinBoardInches)) + " to " + std::to_string(static_cast<int>(kMaxBoardInches)) +
                  "; using 0");
        out.settings.boardInches = 0;
    }
    read.number(kBackRowMetresKey, out.settings.backRowMetres, kMinBackRowMetres, kMaxBackRowMetres);
    float width = 0, height = 0;
    read.number(kWindowWidthKey, width, 0, static_cast<float>(kMaxWindowSide));
    read.number(kWindowHeightKey, height, 0, static_cast<float>(kMaxWindowSide));
    out.settings.windowWidth = static_cast<int>(width);
    out.settings.windowHeight = static_cast<int>(height);
    return out;
}

std::filesystem::path settingsFilePath() {
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); absolute(config)) {
        return std::filesystem::path(config) / "tenfold" / "settings.json";
    }
    if (const char* home = std::getenv("HOME"); absolute(home)) {
        return std::filesystem::path(home) / ".config" / "tenfold" / "settings.json";
    }
    return {};
}

SettingsStore::SettingsStore(std::filesystem::path file) : file_(std::move(file)) {}

const std::vector<std::string>& SettingsStore::load() {
    settings_ = UserSettings{};
    warnings_.clear();
    fileBroken_ = false;
    brokenWhole_ = false;
    saved_ = true;
    if (file_.empty()) {
        warnings_.push_back("settings: neither XDG_CONFIG_HOME nor HOME is set; settings last for this run only");
        return warnings_;
    }
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(file_, ec))) return warnings_;
    const auto broken = [&](const std::string& why) -> const std::vector<std::string>& {
        warnings_.push_back("settings file '" + file_.string() + "': " + why + "; using the default settings");
        fileBroken_ = true;
        brokenWhole_ = true;
        return warnings_;
    };
    // Through the file seam: a folder, pipe or device in its place, or a large file, is refused unread.
    const model::Result<std::string> read = model::fileStore().read(file_, kMaxSettingsFileBytes);
    if (!read) return broken(read.error().message);
    const std::string& text = read.value();
    SettingsLoad result = settingsFromJson(text, file_.string());
    settings_ = std::move(result.settings);
    warnings_ = std::move(result.warnings);
    fileBroken_ = result.broken;
    brokenWhole_ = result.whole;
    return warnings_;
}

std::string SettingsStore::screenNotice() const {
    if (file_.empty()) return model::tr("settings.no_folder");
    if (!fileBroken_) return {};
    return model::tr(brokenWhole_ ? "settings.reset" : "settings.partly_reset");
}

model::Status SettingsStore::update(const UserSettings& changed) {
    if (changed == settings_ && saved_) return model::okStatus();
    settings_ = changed;
    saved_ = false;
    return save();
}

model::Status SettingsStore::save() {
    if (file_.empty()) return model::Error{model::tr("settings.no_folder")};
    const auto failed = [&](const std::string& why) {
        return model::Error{model::tr("settings.not_saved", {model::tr("settings.cannot_prepare", {model::excerpt(file_.string(), model::kPathExcerptBytes), why})})};
    };
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    if (ec) return failed(model::tr("settings.why_folder", {model::excerpt(ec.message())}));

    if (fileBroken_) {
        std::filesystem::path keep = file_;
        keep += ".broken";
        for (int n = 2; std::filesystem::exists(keep, ec); ++n) {
            keep = file_;
            keep += ".broken." + std::to_string(n);
        }
        std::filesystem::rename(file_, keep, ec);
        if (ec && std::filesystem::exists(file_)) {
            return failed(model::tr("settings.why_keep_broken", {model::excerpt(keep.filename().string()), model::excerpt(ec.message())}));
        }
        fileBroken_ = false;
    }

    // Atomically, through the file seam: the old file stays whole until the new one is on the disk.
    if (model::Status written = model::fileStore().write(file_, settingsToJson(settings_)); !written)
        return model::Error{model::tr("settings.not_saved", {written.error().message})};
    saved_ = true;
    return model::okStatus();
}

}  // namespace tenfold::app
