#pragma once
// The first frame of a top-level window, made cheaper for the GUI thread.
//
// A window's first paint fills a pixel buffer as large as the window (about 7 MB for a
// 1728x972 window) that nothing has touched yet: the GUI thread takes a page fault per
// 4 KiB page of it while painting. In a virtual machine that was most of the first
// paint (30-40 ms of its GUI-thread CPU in tests/bench/gui/bench_stalls.sh).
//
// prepareFirstFrame(), called before the first show(), sizes the window's backing store
// now and has a pool thread populate the buffer's page tables (Linux madvise
// MADV_POPULATE_WRITE: the pages are made present and writable, the pixels are not
// written), so the first paint finds them in place. The GUI thread may paint while the
// pool thread is still at it. Where the backing store is not a plain image in memory,
// or the system lacks MADV_POPULATE_WRITE, it only sizes the backing store.
//
// On X11 it also keeps the GUI thread from waiting for the X server to take that frame:
// until the server has answered a question asked right after the frame (polled from a
// timer), the window's repaints are held back and painted together afterwards, instead
// of blocking the event loop in Qt's round trip (tests/widgets/tst_firstframe.cpp).

class QWidget;

namespace strata {

void prepareFirstFrame(QWidget *window);

} // namespace strata
