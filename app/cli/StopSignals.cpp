#include "StopSignals.h"

#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace strata::cli {

StopSignals::StopSignals()
{
    sigemptyset(&m_set);
    sigaddset(&m_set, SIGINT);
    sigaddset(&m_set, SIGTERM);
    sigaddset(&m_set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &m_set, nullptr);
}

int StopSignals::wait(bool untilEof)
{
    if (untilEof) {
        std::thread([] {
            char buf[256];
            while (::read(0, buf, sizeof buf) > 0) {}
            ::kill(::getpid(), SIGTERM);
        }).detach();
    }
    int sig = 0;
    sigwait(&m_set, &sig);
    return sig;
}

} // namespace strata::cli
