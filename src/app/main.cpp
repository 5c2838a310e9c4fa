// tenfold's entry point: parse the command line, then hand over to the App.
#include "app/app.hpp"
#include "app/check_command.hpp"
#include "app/cli.hpp"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    const tenfold::app::ParsedCommandLine parsed = tenfold::app::parseCommandLine(args);
    if (!parsed.error.empty()) {
        std::cerr << "tenfold: " << parsed.error << "\n";
        return 2;
    }
    using tenfold::app::Mode;
    if (parsed.options.mode == Mode::Help) {
        std::cout << tenfold::app::helpText();
        return 0;
    }
    if (parsed.options.mode == Mode::Version) {
        std::cout << "tenfold " << TENFOLD_VERSION << "\n";
        return 0;
    }
    // Lesson files are checked and described without starting the app.
    if (parsed.options.mode == Mode::Check) return tenfold::app::runCheck(parsed.options, std::cout, std::cerr);
    if (parsed.options.mode == Mode::Describe && tenfold::app::isLessonFile(parsed.options.board))
        return tenfold::app::runDescribeLesson(parsed.options, std::cout, std::cerr);
    try {
        tenfold::app::App app(parsed.options);
        return app.run();
    } catch (const std::exception& e) {
        std::cerr << "tenfold: " << e.what() << "\n";
        return 1;
    }
}
