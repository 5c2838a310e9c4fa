// Benchmark of reading board files: the time to load one file (median of several loads in one process)
// and the peak memory of the process, printed as one JSON line. `make N OUT` writes the largest kind of
// board Tenfold saves: N charts of 9,999 loose ones, each piece in the file (scripts/bench-files runs both).
//   tenfold_board_load_bench load FILE [LOADS]
//   tenfold_board_load_bench make N OUT
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "model/board_file.hpp"

namespace {

using namespace tenfold::model;
constexpr int kDefaultLoads = 5;
constexpr double kKilobytesPerMegabyte = 1024.0;
constexpr double kChartSpacing = 1500.0;

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / kKilobytesPerMegabyte;
}

int make(int charts, const std::string& out) {
    const char* source = std::getenv("TENFOLD_BENCH_ONES");
    auto one = loadBoardFile(source ? source : "tests/bench/ones-9999.json");
    if (!one) {
        std::cerr << one.error().message << "\n";
        return 1;
    }
    Board b = one.value();
    const Model model = b.models.at(0);
    const Group group = b.groups.at(0);
    for (int i = 1; i < charts; ++i) {
        Group g = group;
        g.id = b.nextId++;
        Model m = model;
        m.id = b.nextId++;
        m.group = g.id;
        m.at.y += kChartSpacing * i;
        b.groups.push_back(g);
        b.models.push_back(m);
    }
    const std::string text = boardToJson(b);
    std::ofstream(out, std::ios::binary) << text;
    std::cout << "{\"file\":\"" << out << "\",\"bytes\":" << text.size() << ",\"charts\":" << charts << "}\n";
    return 0;
}

int load(const std::string& file, int loads) {
    const double before = peakRssMb();
    std::vector<double> ms;
    std::string outcome;
    for (int i = 0; i < loads; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        auto b = loadBoardFile(file);
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        outcome = b ? "loaded" : b.error().message.substr(0, 80);
    }
    std::sort(ms.begin(), ms.end());
    std::error_code ec;
    std::printf("{\"file\":\"%s\",\"bytes\":%ju,\"load_ms_median\":%.2f,\"peak_rss_mb\":%.1f,\"rss_before_mb\":%.1f,"
                "\"outcome\":\"%s\"}\n",
                file.c_str(), static_cast<std::uintmax_t>(std::filesystem::file_size(file, ec)), ms[ms.size() / 2],
                peakRssMb(), before, outcome.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() >= 2 && args[0] == "load") return load(args[1], args.size() > 2 ? std::atoi(args[2].c_str()) : kDefaultLoads);
    if (args.size() == 3 && args[0] == "make") return make(std::atoi(args[1].c_str()), args[2]);
    std::cerr << "usage: tenfold_board_load_bench load FILE [LOADS] | make N OUT\n";
    return 2;
}
