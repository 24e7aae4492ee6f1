#pragma once
// Big schemas are hundreds of thousands of small allocations (a snapshot of 10,000
// tables: about 190 MB; two of them in a diff: about 230 MB in 1.5 million blocks). Fresh
// memory is what costs: each page the process touches for the first time is a page fault
// and a page the kernel zeroes. So the commands that load whole schemas tune glibc's
// malloc before anything else happens:
//
// - Huge pages. On a kernel that gives transparent huge pages only to memory that asks
//   for them ("madvise", the Debian default), glibc asks when the glibc.malloc.hugetlb
//   tunable is set, which it reads only at process start; so strata-cli sets it and
//   executes itself again (same process id, same arguments). Nothing happens when the
//   tunable is already set, when the kernel's setting is not "madvise", when
//   STRATA_MALLOC_HUGEPAGES=0, or when the executable cannot be run again. Child
//   processes (pg_dump, the scratch server) get the environment as it was.
// - Keeping what was freed (mallopt). By default glibc hands the top of a heap back to
//   the kernel once 128 kB are free there, and serves blocks of 128 kB and more with
//   mmap and munmap: a capture frees each query's result (megabytes, read on a helper
//   thread) and the next result faults the same amount in again. These commands keep up
//   to 256 MB free, serve blocks below 32 MB from the heaps, and grow a heap 16 MB at a
//   time (address space only: pages are touched when used). A setting the user gave in
//   GLIBC_TUNABLES is left as it is; STRATA_MALLOC_KEEP=0 turns this off.
// - Prefaulting (snapshot only). A thread that runs only on an otherwise idle CPU faults
//   the heap's pages in ahead of use while the capture waits on the server, and the heap
//   grows 64 MB at a time to give it room. About 35 MB more at the peak; on the VM this
//   was measured on, where a fresh page costs about 2.4 ms per MB, 0.06-0.1 s less wall
//   time. STRATA_MALLOC_PREFAULT=0 turns it off.
//
// Measured in docs/benchmarks.md.

namespace strata::cli {

// Call first in main(); returns only when the process goes on as it is.
void tuneMalloc(int argc, char **argv);

} // namespace strata::cli
