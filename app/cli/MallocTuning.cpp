#include "MallocTuning.h"

#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <unistd.h>

namespace strata::cli {

namespace {

constexpr const char *kTunables = "GLIBC_TUNABLES";
constexpr const char *kSaved = "STRATA_SAVED_GLIBC_TUNABLES"; // the value before, for child processes
constexpr const char *kSetting = "glibc.malloc.hugetlb=1";

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

void keepFreedMemory()
{
    if (const char *off = std::getenv("STRATA_MALLOC_KEEP"); off && std::strcmp(off, "0") == 0)
        return;
    const char *user = std::getenv(kTunables); // the user's own (restored after a restart)
    auto userSets = [user](const char *name) { return user && std::strstr(user, name); };
    if (!userSets("glibc.malloc.trim_threshold"))
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    if (!userSets("glibc.malloc.mmap_threshold"))
        mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's largest on 64-bit (half a heap)
    if (!userSets("glibc.malloc.top_pad"))
        mallopt(M_TOP_PAD, 16 << 20);
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
    if (const char *off = std::getenv("STRATA_MALLOC_HUGEPAGES"); off && std::strcmp(off, "0") == 0)
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
    if (argc >= 2 && loadsWholeSchemas(argv[1]))
        keepFreedMemory();
}

} // namespace strata::cli
