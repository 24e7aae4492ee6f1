#include "MallocTuning.h"

#include <malloc.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <pthread.h>
#include <sched.h>
#include <string>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>

namespace strata::cli {

namespace {

constexpr const char *kTunables = "GLIBC_TUNABLES";
constexpr const char *kSaved = "STRATA_SAVED_GLIBC_TUNABLES"; // the value before, for child processes
constexpr const char *kSetting = "glibc.malloc.hugetlb=1";

// The user turned this tuning off: the variable is "0".
bool turnedOff(const char *variable)
{
    const char *value = std::getenv(variable);
    return value && std::strcmp(value, "0") == 0;
}

bool loadsWholeSchemas(const char *command)
{
    return std::strcmp(command, "diff") == 0 || std::strcmp(command, "snapshot") == 0 || std::strcmp(command, "squash-check") == 0;
}

bool kernelWantsMadvise()
{
    std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    return std::getline(f, line) && line.find("[madvise]") != std::string::npos;
}

bool isSnapshot(const char *command)
{
    return std::strcmp(command, "snapshot") == 0;
}

void keepFreedMemory(bool prefault)
{
    if (turnedOff("STRATA_MALLOC_KEEP"))
        return;
    const char *user = std::getenv(kTunables); // the user's own (restored after a restart)
    auto userSets = [user](const char *name) { return user && std::strstr(user, name); };
    if (!userSets("glibc.malloc.trim_threshold"))
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    if (!userSets("glibc.malloc.mmap_threshold"))
        mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's largest on 64-bit (half a heap)
    if (!userSets("glibc.malloc.top_pad"))
        mallopt(M_TOP_PAD, (prefault ? 64 : 16) << 20); // prefaulted: room for the thread to work ahead
}

// Faults the main heap's pages in ahead of use, on a thread that runs only when a CPU
// would otherwise be idle (SCHED_IDLE): while the server works on the catalog queries,
// the pages the snapshot is going to fill are made ready, instead of being faulted in by
// the thread that fills them. MADV_POPULATE_WRITE (Linux 5.14) maps pages as a write
// would, without writing: safe while malloc hands them out. It never goes beyond the
// heap's end (what is in use and the heap's growth room, M_TOP_PAD); the thread ends at
// the first refusal (an older kernel) and with the process.
bool prefaultHeapWhenIdle()
{
#ifdef MADV_POPULATE_WRITE
    if (turnedOff("STRATA_MALLOC_PREFAULT"))
        return false;
    std::thread([] {
        const sched_param none{};
        if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &none) != 0)
            return; // never at the expense of the work itself
        const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
        auto heapEnd = [page] { return reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(page - 1); };
        std::uintptr_t done = heapEnd();
        const timespec pause{0, 2'000'000};
        for (;;) {
            const std::uintptr_t end = heapEnd();
            if (end > done) {
                if (madvise(reinterpret_cast<void *>(done), end - done, MADV_POPULATE_WRITE) != 0 && errno != EINTR)
                    return;
            }
            done = end;
            nanosleep(&pause, nullptr);
        }
    }).detach();
    return true;
#else
    return false;
#endif
}

void preferHugePages(int argc, char **argv)
{
    if (const char *saved = std::getenv(kSaved)) {
        // The second start: put the environment back as the user had it.
        if (std::strcmp(saved, "-") == 0)
            unsetenv(kTunables);
        else
            setenv(kTunables, saved, 1);
        unsetenv(kSaved);
        return;
    }
    if (argc < 2 || !loadsWholeSchemas(argv[1]))
        return;
    if (turnedOff("STRATA_MALLOC_HUGEPAGES"))
        return;
    const char *before = std::getenv(kTunables);
    if (before && std::strstr(before, "glibc.malloc.hugetlb"))
        return;
    if (!kernelWantsMadvise())
        return;
    const std::string value = before && *before ? std::string(before) + ':' + kSetting : std::string(kSetting);
    setenv(kSaved, before ? before : "-", 1);
    setenv(kTunables, value.c_str(), 1);
    execv("/proc/self/exe", argv);
    // Could not run again: go on as we are, with the environment as it was.
    if (before)
        setenv(kTunables, before, 1);
    else
        unsetenv(kTunables);
    unsetenv(kSaved);
}

} // namespace

void tuneMalloc(int argc, char **argv)
{
    preferHugePages(argc, argv); // returns in the process that goes on, environment restored
    if (argc >= 2 && loadsWholeSchemas(argv[1])) {
        // Only for snapshots: they wait on the server, and a CPU is idle then. A diff
        // keeps both busy; prefaulting made it slower (0.79 s against 0.85 s).
        const bool prefault = isSnapshot(argv[1]) && prefaultHeapWhenIdle();
        keepFreedMemory(prefault);
    }
}

} // namespace strata::cli
