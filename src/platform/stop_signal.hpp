// Stop signals (SIGINT from Ctrl+C in a terminal, SIGTERM from a logout, a shutdown or a test harness):
// noted, so every way of running Tenfold can stop promptly, keeping what it must (the window keeps the
// open work in its recovery slot; a replay or a benchmark says it was stopped and exits non-zero). The
// handler that was there before (SDL's, which turns the signal into a quit event) still runs. POSIX only,
// no SDL.
#pragma once

#include <string>

namespace tenfold::platform {

// Installs the handlers for SIGINT and SIGTERM (once; call it after SDL has set up its own).
void watchStopSignals();
// The stop signal received (SIGINT or SIGTERM), 0 when none came.
int stopSignal();
// "SIGTERM", "SIGINT", or "signal N".
std::string signalName(int signal);
// The exit status of a run stopped by `signal`: 128 + its number, as a shell reports it.
inline int stoppedStatus(int signal) { return 128 + signal; }

}  // namespace tenfold::platform
