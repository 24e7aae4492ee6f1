#pragma once
// Big schemas are hundreds of thousands of small allocations (two snapshots of 10,000
// tables: about 230 MB in 1.5 million blocks). On a kernel that gives transparent huge
// pages only to memory that asks for them ("madvise", the Debian default), each 4 KiB page
// of that is a page fault of its own. glibc's malloc asks for huge pages when the
// glibc.malloc.hugetlb tunable is set, which it reads only at process start; so for the
// commands that load whole schemas, strata-cli sets it and executes itself again (same
// process id, same arguments) before anything else happens. The diff of two such
// snapshots takes 15–20% less time (docs/benchmarks.md).
//
// Nothing happens when the tunable is already set, when the kernel's setting is not
// "madvise", when STRATA_MALLOC_HUGEPAGES=0, or when the executable cannot be run again
// (the command then runs as it is). Child processes (pg_dump, the scratch server) get the
// environment as it was.

namespace strata::cli {

// Call first in main(); returns only when the process goes on as it is.
void preferHugePages(int argc, char **argv);

} // namespace strata::cli
