// The lesson commands of the command line: `tenfold check LESSON [--step N] [--answers] [--json]` (the
// verdict of every step's check, with the misconception's id) and `tenfold describe LESSON [--json]`.
// Thin: reading, checking and wording are the model's (lesson_file.hpp); this prints and picks the exit
// status. No graphics are started.
#pragma once

#include <iosfwd>
#include <string>

#include "app/cli.hpp"

namespace tenfold::app {

// Whether the file is a lesson file (its "format" says "tenfold-lesson"); false when it cannot be read.
bool isLessonFile(const std::string& path);
// Prints the report; returns 0 when every checked step is right, 1 when some are not, 2 for a file that
// cannot be read or opened, or a step the lesson does not have (the reason goes to `err`).
int runCheck(const Options& options, std::ostream& out, std::ostream& err);
// Prints the lesson in words (or JSON); returns 0, or 2 for a bad file.
int runDescribeLesson(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace tenfold::app
