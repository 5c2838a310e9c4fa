// Persistent user settings: JSON round trip, every broken field reported and replaced by its default,
// a broken file kept (never overwritten behind the teacher's back), atomic saving, and where the file lives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

#include "app/settings_store.hpp"
#include "model/file_store.hpp"

#include <cerrno>
#include <sys/stat.h>

using tenfold::app::SettingsLoad;
using tenfold::app::SettingsStore;
using tenfold::app::UserSettings;
using tenfold::app::settingsFromJson;
using tenfold::app::settingsToJson;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed with everything in it at the end.
struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = fs::temp_directory_path() /
               ("tenfold-settings-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// Sets an environment variable (or unsets it with nullopt) for one scope.
struct EnvVar {
    std::string name;
    std::optional<std::string> saved;
    EnvVar(std::string n, std::optional<std::string> value) : name(std::move(n)) {
        if (const char* old = std::getenv(name.c_str())) saved = old;
        if (value) {
            ::setenv(name.c_str(), value->c_str(), 1);
        } else {
            ::unsetenv(name.c_str());
        }
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

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeAll(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

UserSettings changedSettings() {
    UserSettings s;
    s.scaleFactor = 2.25f;
    s.palette = "colour-blind";
    s.exchangeMode = "automatic";
    s.reducedMotion = true;
    s.highContrast = true;
    s.background = "blue-tint";
    s.boardInches = 75;
    s.backRowMetres = 9;
    return s;
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

SCENARIO("settings survive a trip through JSON") {
    GIVEN("settings with every field changed from its default") {
        const UserSettings s = changedSettings();
        REQUIRE_FALSE(s == UserSettings{});
        WHEN("they are written as JSON and read back") {
            const SettingsLoad back = settingsFromJson(settingsToJson(s), "test");
            THEN("they are the same, with no warnings") {
                CHECK(back.settings == s);
                CHECK(back.warnings.empty());
                CHECK_FALSE(back.broken);
            }
        }
    }
    GIVEN("every allowed word of each text field") {
        for (std::string_view palette : tenfold::app::kPalettes) {
            for (std::string_view mode : tenfold::app::kExchangeModes) {
                for (std::string_view background : tenfold::app::kBackgrounds) {
                    UserSettings s;
                    s.palette = palette;
                    s.exchangeMode = mode;
                    s.background = background;
                    const SettingsLoad back = settingsFromJson(settingsToJson(s), "test");
                    CHECK(back.settings == s);
                    CHECK(back.warnings.empty());
                }
            }
        }
    }
    GIVEN("an empty JSON object") {
        const SettingsLoad back = settingsFromJson("{}", "test");
        THEN("every setting is its default and nothing is wrong") {
            CHECK(back.settings == UserSettings{});
            CHECK(back.warnings.empty());
            CHECK_FALSE(back.broken);
        }
    }
    GIVEN("the smallest and largest sizes") {
        CHECK(settingsFromJson(R"({"scaleFactor": 0.5})", "t").settings.scaleFactor == 0.5f);
        CHECK(settingsFromJson(R"({"scaleFactor": 3})", "t").settings.scaleFactor == 3.0f);
    }
}

SCENARIO("every broken field is named, and its default used while the good fields are kept") {
    struct Case {
        const char* field;
        const char* badValue;
    };
    const Case c = GENERATE(Case{"scaleFactor", "0.49"}, Case{"scaleFactor", "3.01"}, Case{"scaleFactor", "\"big\""},
                            Case{"scaleFactor", "null"}, Case{"scaleFactor", "1e300"},
                            Case{"palette", "\"pink\""}, Case{"palette", "3"}, Case{"palette", "\"Standard\""},
                            Case{"exchangeMode", "\"sometimes\""}, Case{"exchangeMode", "false"},
                            Case{"reducedMotion", "\"yes\""}, Case{"reducedMotion", "1"},
                            Case{"highContrast", "null"}, Case{"highContrast", "[true]"},
                            Case{"background", "\"black\""}, Case{"background", "{}"},
                            Case{"boardInches", "20"}, Case{"boardInches", "121"}, Case{"boardInches", "\"75\""},
                            Case{"backRowMetres", "0.5"}, Case{"backRowMetres", "21"}, Case{"backRowMetres", "null"});
    GIVEN(std::string("a file whose '") + c.field + "' is " + c.badValue + " and whose other fields are good") {
        // Every other field holds a non-default good value, so we can see that it is still read.
        const UserSettings good = changedSettings();
        std::string text = "{\n  \"version\": 1";
        const auto add = [&](const char* key, const std::string& value) {
            text += ",\n  \"" + std::string(key) + "\": " + (key == std::string(c.field) ? c.badValue : value);
        };
        add("scaleFactor", "2.25");
        add("palette", "\"colour-blind\"");
        add("exchangeMode", "\"automatic\"");
        add("reducedMotion", "true");
        add("highContrast", "true");
        add("background", "\"blue-tint\"");
        add("boardInches", "75");
        add("backRowMetres", "9");
        text += "\n}\n";
        WHEN("it is read") {
            const SettingsLoad back = settingsFromJson(text, "/home/t/.config/tenfold/settings.json");
            THEN("one warning names the file and the field, and the file counts as broken") {
                REQUIRE(back.warnings.size() == 1);
                CHECK(mentions(back.warnings[0], "/home/t/.config/tenfold/settings.json"));
                CHECK(mentions(back.warnings[0], std::string("'") + c.field + "'"));
                CHECK(back.broken);
            }
            THEN("the broken field has its default and every other field its good value") {
                UserSettings expected = good;
                const UserSettings defaults;
                const std::string f = c.field;
                if (f == "scaleFactor") expected.scaleFactor = defaults.scaleFactor;
                if (f == "palette") expected.palette = defaults.palette;
                if (f == "exchangeMode") expected.exchangeMode = defaults.exchangeMode;
                if (f == "reducedMotion") expected.reducedMotion = defaults.reducedMotion;
                if (f == "highContrast") expected.highContrast = defaults.highContrast;
                if (f == "background") expected.background = defaults.background;
                if (f == "boardInches") expected.boardInches = defaults.boardInches;
                if (f == "backRowMetres") expected.backRowMetres = defaults.backRowMetres;
                CHECK(back.settings == expected);
            }
        }
    }
}

SCENARIO("a settings file that is not settings at all gives the defaults and a clear warning") {
    const auto [text, words] = GENERATE(table<std::string, std::string>({
        {"", "not valid JSON"},
        {"{\"palette\": \"standard\"", "not valid JSON"},
        {"scaleFactor = 2", "not valid JSON"},
        {"[1, 2, 3]", "expected a JSON object"},
        {"\"settings\"", "expected a JSON object"},
        {"{\"palete\": \"colour-blind\"}", "unknown field 'palete'"},
        {"{\"version\": 7}", "field 'version'"},
        {"{\"scaleFactor\": -1e999}", "number overflow"},
    }));
    GIVEN("the text " + text) {
        const SettingsLoad back = settingsFromJson(text, "my-settings.json");
        THEN("the warning says what is wrong and where, and the defaults are used") {
            REQUIRE(back.warnings.size() == 1);
            CHECK(mentions(back.warnings[0], words));
            CHECK(mentions(back.warnings[0], "my-settings.json"));
            CHECK(back.broken);
            CHECK(back.settings == UserSettings{});
        }
    }
}

SCENARIO("the settings file lives in the user's config folder") {
    GIVEN("XDG_CONFIG_HOME is set") {
        EnvVar config("XDG_CONFIG_HOME", "/srv/config");
        EnvVar home("HOME", "/home/teacher");
        CHECK(tenfold::app::settingsFilePath() == fs::path("/srv/config/tenfold/settings.json"));
    }
    GIVEN("only HOME is set, or XDG_CONFIG_HOME is not an absolute path") {
        EnvVar home("HOME", "/home/teacher");
        const auto value = GENERATE(as<std::optional<std::string>>{}, std::nullopt, std::string(""),
                                    std::string("relative/config"));
        EnvVar config("XDG_CONFIG_HOME", value);
        CHECK(tenfold::app::settingsFilePath() == fs::path("/home/teacher/.config/tenfold/settings.json"));
    }
    GIVEN("neither is set") {
        EnvVar config("XDG_CONFIG_HOME", std::nullopt);
        EnvVar home("HOME", std::nullopt);
        THEN("there is no file, and the settings still work for this run") {
            CHECK(tenfold::app::settingsFilePath().empty());
            SettingsStore store{fs::path{}};
            CHECK_FALSE(store.load().empty());
            CHECK(store.settings() == UserSettings{});
            CHECK_FALSE(store.update(changedSettings()).ok());
            CHECK(store.settings() == changedSettings());
        }
    }
}

SCENARIO("settings are saved atomically and read back on the next run") {
    TempDir dir;
    const fs::path file = dir.path / "config" / "tenfold" / "settings.json";
    GIVEN("no settings file yet") {
        SettingsStore store(file);
        WHEN("it is loaded") {
            store.load();
            THEN("the defaults are used quietly and nothing is written") {
                CHECK(store.warnings().empty());
                CHECK(store.settings() == UserSettings{});
                CHECK_FALSE(fs::exists(file));
            }
            AND_WHEN("the same settings are handed back") {
                REQUIRE(store.update(UserSettings{}).ok());
                THEN("nothing is written") { CHECK_FALSE(fs::exists(dir.path / "config")); }
            }
            AND_WHEN("a setting is changed") {
                REQUIRE(store.update(changedSettings()).ok());
                THEN("the folder and file are made, with no temporary file left beside it") {
                    REQUIRE(fs::exists(file));
                    CHECK(filesIn(file.parent_path()) == std::vector<std::string>{"settings.json"});
                }
                THEN("the next run reads the changed settings") {
                    SettingsStore next(file);
                    CHECK(next.load().empty());
                    CHECK(next.settings() == changedSettings());
                }
            }
        }
    }
    GIVEN("a folder where the settings file should be") {
        fs::create_directories(file);
        SettingsStore store(file);
        store.load();
        THEN("loading warns and uses the defaults") {
            REQUIRE(store.warnings().size() == 1);
            CHECK(mentions(store.warnings()[0], "\"" + file.string() + "\" is a folder, not a file."));
            CHECK(store.settings() == UserSettings{});
        }
    }
    GIVEN("a config folder that cannot be made (a file is in the way)") {
        writeAll(dir.path / "blocked", "a file, not a folder");
        SettingsStore store(dir.path / "blocked" / "tenfold" / "settings.json");
        store.load();
        WHEN("a setting is changed") {
            const auto status = store.update(changedSettings());
            THEN("saving fails with a message naming the file, and the setting is kept for this run") {
                REQUIRE_FALSE(status.ok());
                CHECK(mentions(status.error().message, "settings.json"));
                CHECK(store.settings() == changedSettings());
                CHECK(readAll(dir.path / "blocked") == "a file, not a folder");
            }
        }
    }
}

SCENARIO("a broken settings file is not overwritten until the teacher changes a setting") {
    TempDir dir;
    const fs::path file = dir.path / "settings.json";
    const std::string brokenText = "{\"scaleFactor\": 2, \"palette\": \"purple\"}";
    writeAll(file, brokenText);
    GIVEN("the broken file is loaded") {
        SettingsStore store(file);
        const auto warnings = store.load();
        REQUIRE(warnings.size() == 1);
        CHECK(mentions(warnings[0], "'palette'"));
        CHECK(store.fileIsBroken());
        CHECK(store.settings().scaleFactor == 2.0f);
        WHEN("the app hands back the same settings (nothing changed)") {
            REQUIRE(store.update(store.settings()).ok());
            THEN("the file is untouched and nothing else appears") {
                CHECK(readAll(file) == brokenText);
                CHECK(filesIn(dir.path) == std::vector<std::string>{"settings.json"});
            }
        }
        WHEN("a setting is changed") {
            UserSettings changed = store.settings();
            changed.reducedMotion = true;
            REQUIRE(store.update(changed).ok());
            THEN("the broken file is kept as settings.json.broken and the new file is good") {
                CHECK(readAll(dir.path / "settings.json.broken") == brokenText);
                CHECK(filesIn(dir.path) == std::vector<std::string>{"settings.json", "settings.json.broken"});
                SettingsStore next(file);
                CHECK(next.load().empty());
                CHECK(next.settings() == changed);
                CHECK_FALSE(store.fileIsBroken());
            }
            AND_WHEN("the new file breaks too and is replaced again") {
                writeAll(file, "not json");
                SettingsStore again(file);
                again.load();
                REQUIRE(again.update(changedSettings()).ok());
                THEN("the first kept file is not lost") {
                    CHECK(readAll(dir.path / "settings.json.broken") == brokenText);
                    CHECK(readAll(dir.path / "settings.json.broken.2") == "not json");
                }
            }
        }
    }
}

namespace {
// A disk with no room left, put behind the file seam by the tests below.
class FullDisk : public tenfold::model::PosixFileStore {
protected:
    long writeSome(int, const char*, std::size_t) const override {
        errno = ENOSPC;
        return -1;
    }
};
}  // namespace

SCENARIO("what happened to the settings can be shown to the teacher") {
    TempDir dir;
    const fs::path file = dir.path / "settings.json";
    GIVEN("good settings, or none") {
        THEN("there is nothing to say") {
            SettingsStore none(file);
            none.load();
            CHECK(none.screenNotice().empty());
            writeAll(file, tenfold::app::settingsToJson(changedSettings()));
            SettingsStore good(file);
            good.load();
            CHECK(good.screenNotice().empty());
        }
    }
    GIVEN("a settings file that is not JSON, or not settings at all") {
        const std::string text = GENERATE(std::string("{ not json"), std::string("[1, 2]"));
        writeAll(file, text);
        SettingsStore store(file);
        store.load();
        THEN("the teacher is told every setting was reset and the old file is kept") {
            CHECK(store.screenNotice() ==
                  "Your saved settings could not be read, so Tenfold is using the standard settings. The old file is kept until you change a setting.");
        }
    }
    GIVEN("a settings file with one broken field") {
        writeAll(file, "{\"scaleFactor\": 2, \"palette\": \"purple\"}");
        SettingsStore store(file);
        store.load();
        THEN("the teacher is told some settings were reset") {
            CHECK(store.screenNotice() ==
                  "Some of your saved settings could not be read, so Tenfold is using the standard ones for those. The old file is kept until you change a setting.");
        }
    }
    GIVEN("a pipe where the settings file should be") {
        REQUIRE(::mkfifo(file.c_str(), 0600) == 0);
        SettingsStore store(file);
        store.load();
        THEN("it is not waited on: the defaults are used and the teacher is told") {
            REQUIRE(store.warnings().size() == 1);
            CHECK(mentions(store.warnings()[0], "is not an ordinary file"));
            CHECK(store.settings() == UserSettings{});
            CHECK_FALSE(store.screenNotice().empty());
        }
    }
    GIVEN("no folder for settings") {
        SettingsStore store{fs::path{}};
        store.load();
        THEN("the teacher is told they last until Tenfold closes") {
            CHECK(store.screenNotice() ==
                  "Settings cannot be kept on this computer (neither XDG_CONFIG_HOME nor HOME is set): they last until Tenfold closes.");
        }
    }
}

SCENARIO("settings that cannot be saved leave the old file as it was") {
    TempDir dir;
    const fs::path file = dir.path / "settings.json";
    const std::string before = tenfold::app::settingsToJson(UserSettings{});
    writeAll(file, before);
    SettingsStore store(file);
    store.load();
    GIVEN("a full disk") {
        const FullDisk disk;
        const tenfold::model::UseFileStore use(disk);
        WHEN("a setting is changed") {
            const auto status = store.update(changedSettings());
            THEN("the teacher is told why, the file is unchanged and nothing is left beside it") {
                REQUIRE_FALSE(status.ok());
                CHECK(status.error().message == "Your settings are kept until Tenfold closes, but they could not be saved: \"" +
                                                    file.string() + "\" could not be saved: the disk is full. Nothing on the disk was changed.");
                CHECK(readAll(file) == before);
                CHECK(filesIn(dir.path) == std::vector<std::string>{"settings.json"});
                CHECK(store.settings() == changedSettings());
            }
        }
    }
}
