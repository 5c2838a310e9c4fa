// Fuzz test of the board file loader: valid files mutated at random (byte flips, truncation, insertions,
// swapped types, huge numbers, deleted and repeated chunks) many thousands of times. Loading must never
// crash: it either gives a board that passes validation and saves and loads back equal, or refuses with
// a message.
#include <catch2/catch.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "model/board_file.hpp"
#include "model/command.hpp"

using namespace tenfold::model;
namespace fs = std::filesystem;

namespace {

constexpr int kMutatedFiles = 20000;
constexpr std::uint32_t kSeed = 4242u;
constexpr int kMaxMutationsPerFile = 3;

constexpr std::array<std::string_view, 22> kTokens{
    "\"?\"", "-1", "1e999", "-1e999", "99999999999999999999", "[]", "{}", "null", "true", "\"ones\"", "NaN",
    "0.0001", "\"\\u0000\"", "\"9,999,999.999\"", "4294967296", "[[[[[[[[", "]]", "}", ",", "\"kind\": \"beads\"",
    "{\"counts\": {\"ones\": 12000}}", "1.5"};
constexpr std::string_view kBytes = "0123456789{}[]\",:.-+eE ?abcxyz\\";

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> seeds() {
    std::vector<std::string> out;
    const fs::path data(TENFOLD_TEST_DATA_DIR);
    for (const fs::path& dir : {data / "boards", data / ".." / ".." / "assets" / "boards"})
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".json") out.push_back(readFile(e.path()));
    out.push_back(boardToJson(defaultBoard()));
    Session s;
    (void)s.apply(AddModel{Representation::Beads, Level::Concrete, Point{0, 600}, Value{}, ModelId{2}});
    (void)s.apply(ShowAs{2, Representation::Counters});
    (void)s.apply(SetUnknown{3, Unknown{UnknownKind::Whole, 0}});
    out.push_back(boardToJson(s.board()));
    return out;
}

class Mutator {
  public:
    explicit Mutator(std::uint32_t seed) : rng_(seed) {}
    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

    void mutate(std::string& s) {
        switch (below(7)) {
            case 0:
                if (!s.empty()) s[below(s.size())] = kBytes[below(kBytes.size())];
                break;
            case 1: s.resize(below(s.size() + 1)); break;
            case 2: s.insert(below(s.size() + 1), kTokens[below(kTokens.size())]); break;
            case 3: swapNumber(s); break;
            case 4: {
                const std::size_t at = below(s.size() + 1);
                s.erase(at, below(40));
                break;
            }
            case 5: {
                const std::size_t at = below(s.size() + 1);
                const std::string chunk = s.substr(at, below(80));
                s.insert(below(s.size() + 1), chunk);
                break;
            }
            default:
                if (!s.empty()) s[below(s.size())] = static_cast<char>(below(256));
                break;
        }
    }

  private:
    // Replaces one number in the text with a token of another type or a huge number.
    void swapNumber(std::string& s) {
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')) starts.push_back(i);
        if (starts.empty()) return;
        const std::size_t at = starts[below(starts.size())];
        std::size_t end = at;
        while (end < s.size() && ((s[end] >= '0' && s[end] <= '9') || s[end] == '.')) ++end;
        s.replace(at, end - at, kTokens[below(kTokens.size())]);
    }
    std::mt19937 rng_;
};

}  // namespace

SCENARIO("Randomly damaged board files never crash the loader") {
    const std::vector<std::string> valid = seeds();
    REQUIRE(valid.size() >= 8);
    for (const std::string& text : valid) REQUIRE(boardFromJson(text).ok());
    Mutator m(kSeed);
    int loaded = 0;
    int refused = 0;
    bool loadedBoardsValid = true;
    bool loadedBoardsRoundTrip = true;
    bool refusalsExplained = true;
    for (int i = 0; i < kMutatedFiles; ++i) {
        std::string text = valid[m.below(valid.size())];
        const std::size_t mutations = 1 + m.below(kMaxMutationsPerFile);
        for (std::size_t k = 0; k < mutations; ++k) m.mutate(text);
        const auto result = boardFromJson(text);
        if (result.ok()) {
            ++loaded;
            loadedBoardsValid = loadedBoardsValid && validateBoard(result.value()).ok();
            const auto again = boardFromJson(boardToJson(result.value()));
            loadedBoardsRoundTrip = loadedBoardsRoundTrip && again.ok() && again.value() == result.value();
        } else {
            ++refused;
            refusalsExplained = refusalsExplained && !result.error().message.empty();
        }
    }
    INFO(loaded << " damaged files still loaded, " << refused << " refused");
    CHECK(loadedBoardsValid);
    CHECK(loadedBoardsRoundTrip);
    CHECK(refusalsExplained);
    CHECK(loaded > 150);
    CHECK(refused > 10000);
}
