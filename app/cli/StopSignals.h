#pragma once
// Waiting for Ctrl+C in commands that keep a scratch server alive (scratch, demo).
// The stop signals are blocked in the calling thread first, so that they queue up
// for wait() instead of killing the process before the server is removed.

#include <csignal>

namespace strata::cli {

class StopSignals
{
public:
    // Blocks SIGINT, SIGTERM and SIGHUP in the calling thread (and threads it starts later).
    StopSignals();
    // Returns once one of them arrives; with untilEof also when standard input closes.
    int wait(bool untilEof);

private:
    sigset_t m_set;
};

} // namespace strata::cli
