// Reading, checking and atomically writing the persistent user settings (settings.json).
#include "app/settings_store.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace tenfold::app {

namespace {

using nlohmann::json;

constexpr int kJsonIndent = 2;
constexpr const char* kVersionKey = "version";
constexpr const char* kScaleKey = "scaleFactor";
constexpr const char* kPaletteKey = "palette";
constexpr const char* kExchangeKey = "exchangeMode";
constexpr const char* kBeadColoursKey = "beadColours";
constexpr const char* kReducedMotionKey = "reducedMotion";
constexpr const char* kHighContrastKey = "highContrast";
constexpr const char* kBackgroundKey = "background";
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
        s << "field '" << key << "' must be a number from " << lo << " to " << hi << " (found " << it->dump()
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
        warn("field '" + std::string(key) + "' must be true or false (found " + it->dump() + "); using " +
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
        warn("field '" + std::string(key) + "' must be " + choices + " (found " + it->dump() + "); using \"" + field +
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
        Reader(doc, source, out).warn("not valid JSON (" + why + "); using the default settings");
        return out;
    }
    Reader read(doc, source, out);
    if (!doc.is_object()) {
        read.warn("expected a JSON object of settings (found " + std::string(doc.type_name()) +
                  "); using the default settings");
        return out;
    }
    for (const auto& [key, value] : doc.items()) {
        if (key == kVersionKey) {
            if (!value.is_number_integer() || value.get<long long>() != kSettingsVersion) {
                read.warn("field 'version' must be " + std::to_string(kSettingsVersion) + " (found " + value.dump() +
                          "); reading the fields this version knows");
            }
        } else if (key != kScaleKey && key != kPaletteKey && key != kExchangeKey && key != kBeadColoursKey && key != kReducedMotionKey &&
                   key != kHighContrastKey && key != kBackgroundKey && key != kWindowWidthKey && key != kWindowHeightKey) {
            read.warn("unknown field '" + key + "' is ignored");
        }
    }
    read.number(kScaleKey, out.settings.scaleFactor, kMinScaleFactor, kMaxScaleFactor);
    read.word(kPaletteKey, out.settings.palette, kPalettes);
    read.word(kExchangeKey, out.settings.exchangeMode, kExchangeModes);
    read.word(kBeadColoursKey, out.settings.beadColours, kBeadColourChoices);
    read.flag(kReducedMotionKey, out.settings.reducedMotion);
    read.flag(kHighContrastKey, out.settings.highContrast);
    read.word(kBackgroundKey, out.settings.background, kBackgrounds);
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
    saved_ = true;
    if (file_.empty()) {
        warnings_.push_back("settings: neither XDG_CONFIG_HOME nor HOME is set; settings last for this run only");
        return warnings_;
    }
    std::error_code ec;
    const auto status = std::filesystem::status(file_, ec);
    if (!std::filesystem::exists(status)) return warnings_;
    const auto broken = [&](const std::string& why) -> const std::vector<std::string>& {
        warnings_.push_back("settings file '" + file_.string() + "': " + why + "; using the default settings");
        fileBroken_ = true;
        return warnings_;
    };
    if (!std::filesystem::is_regular_file(status)) return broken("not a regular file");
    const std::uintmax_t size = std::filesystem::file_size(file_, ec);
    if (ec) return broken(ec.message());
    if (size > kMaxSettingsFileBytes) return broken("too large for a settings file");
    std::ifstream in(file_, std::ios::binary);
    if (!in) return broken("cannot be read");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    SettingsLoad result = settingsFromJson(text, file_.string());
    settings_ = std::move(result.settings);
    warnings_ = std::move(result.warnings);
    fileBroken_ = result.broken;
    return warnings_;
}

model::Status SettingsStore::update(const UserSettings& changed) {
    if (changed == settings_ && saved_) return model::okStatus();
    settings_ = changed;
    saved_ = false;
    return save();
}

model::Status SettingsStore::save() {
    if (file_.empty()) return model::Error{"settings cannot be saved: neither XDG_CONFIG_HOME nor HOME is set"};
    const auto failed = [&](const std::string& why) {
        return model::Error{"cannot save settings to '" + file_.string() + "': " + why};
    };
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    if (ec) return failed("cannot make the folder (" + ec.message() + ")");

    if (fileBroken_) {
        std::filesystem::path keep = file_;
        keep += ".broken";
        for (int n = 2; std::filesystem::exists(keep, ec); ++n) {
            keep = file_;
            keep += ".broken." + std::to_string(n);
        }
        std::filesystem::rename(file_, keep, ec);
        if (ec && std::filesystem::exists(file_)) {
            return failed("cannot keep the broken file as '" + keep.string() + "' (" + ec.message() + ")");
        }
        fileBroken_ = false;
    }

    std::filesystem::path temp = file_;
    temp += ".saving-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << settingsToJson(settings_);
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(temp, ec);
            return failed("cannot write '" + temp.string() + "'");
        }
    }
    std::filesystem::rename(temp, file_, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        return failed(ec.message());
    }
    saved_ = true;
    return model::okStatus();
}

}  // namespace tenfold::app
