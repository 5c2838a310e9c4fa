// Noting SIGINT and SIGTERM, and passing them on to the handler that was installed before.
#include "platform/stop_signal.hpp"

#include <csignal>
#include <signal.h>

namespace tenfold::platform {

namespace {

volatile std::sig_atomic_t gStop = 0;
struct sigaction gBefore[2] = {};  // SIGINT, SIGTERM: what was installed before (SDL's handler, usually)
bool gWatching = false;

int slotOf(int signal) { return signal == SIGINT ? 0 : 1; }

extern "C" void onStopSignal(int signal) {
    if (gStop == 0) gStop = signal;
    const struct sigaction& before = gBefore[slotOf(signal)];
    // SDL's handler only sets a flag (a quit event follows at the next look at the event queue).
    if ((before.sa_flags & SA_SIGINFO) == 0 && before.sa_handler != SIG_DFL && before.sa_handler != SIG_IGN &&
        before.sa_handler != nullptr)
        before.sa_handler(signal);
}

}  // namespace

void watchStopSignals() {
    if (gWatching) return;
    gWatching = true;
    for (int signal : {SIGINT, SIGTERM}) {
        struct sigaction before = {};
        sigaction(signal, nullptr, &before);
        if ((before.sa_flags & SA_SIGINFO) == 0 && before.sa_handler == SIG_IGN) continue;  // a background job: left ignored
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;  // a read or write in progress carries on; the loops look at the flag
        sigaction(signal, &action, &gBefore[slotOf(signal)]);
    }
}

int stopSignal() { return gStop; }

std::string signalName(int signal) {
    if (signal == SIGTERM) return "SIGTERM";
    if (signal == SIGINT) return "SIGINT";
    return "signal " + std::to_string(signal);
}

}  // namespace tenfold::platform
