// `tenfold check` and `tenfold describe` for lesson files: load the lesson (the reason of a bad file,
// exit status 2), then print the model's words for it.
#include "app/check_command.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "model/lesson_file.hpp"

namespace tenfold::app {
namespace {

constexpr int kExitRight = 0;
constexpr int kExitNotRight = 1;
constexpr int kExitBadInput = 2;

// The lesson, or the reason printed as "tenfold: ..." and nothing.
std::optional<model::Lesson> load(const std::string& path, std::ostream& err) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        err << "tenfold: cannot read lesson file '" << path << "': it is a folder\n";
        return std::nullopt;
    }
    if (!std::ifstream(path, std::ios::binary)) {
        err << "tenfold: cannot read lesson file '" << path << "'\n";
        return std::nullopt;
    }
    auto lesson = model::loadLessonFile(path);
    if (!lesson) {
        err << "tenfold: '" << path << "' is not a lesson Tenfold can open: " << lesson.error().message << "\n";
        return std::nullopt;
    }
    return lesson.value();
}

}  // namespace

bool isLessonFile(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > model::kMaxLessonFileBytes) return false;
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream text;
    text << in.rdbuf();
    return model::isLessonText(text.str());
}

int runCheck(const Options& options, std::ostream& out, std::ostream& err) {
    const auto lesson = load(options.board, err);
    if (!lesson) return kExitBadInput;
    const std::optional<int> only = options.step > 0 ? std::optional<int>(options.step) : std::nullopt;
    const auto verdicts = model::checkLesson(*lesson, options.answers, only);
    if (!verdicts) {
        err << "tenfold: " << verdicts.error().message << "\n";
        return kExitBadInput;
    }
    out << (options.json ? model::checkReportJson(*lesson, verdicts.value(), options.answers)
                         : model::checkReport(*lesson, verdicts.value(), options.answers));
    for (const model::StepVerdict& v : verdicts.value())
        if (v.checked && !v.verdict.right) return kExitNotRight;
    return kExitRight;
}

int runDescribeLesson(const Options& options, std::ostream& out, std::ostream& err) {
    const auto lesson = load(options.board, err);
    if (!lesson) return kExitBadInput;
    out << (options.json ? model::describeLessonJson(*lesson) : model::describeLesson(*lesson));
    return kExitRight;
}

}  // namespace tenfold::app
