#include "FirstFrame.h"

#include <QBackingStore>
#include <QImage>
#include <QThreadPool>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace strata {

namespace {

// Populates the page tables of the pixel buffer on a pool thread; the pixels are not
// touched, so the GUI thread may paint into it meanwhile.
void populateInBackground(const QImage *image)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    const long page = sysconf(_SC_PAGESIZE);
    if (!image || image->isNull() || page <= 0)
        return;
    const auto begin = reinterpret_cast<quintptr>(image->constBits());
    const auto end = begin + quintptr(image->sizeInBytes());
    const quintptr first = begin & ~(quintptr(page) - 1);
    const quintptr last = (end + quintptr(page) - 1) & ~(quintptr(page) - 1);
    QThreadPool::globalInstance()->start([first, last] {
        // A failure (an older kernel, the buffer replaced meanwhile) only means the first
        // paint faults the pages in itself.
        madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
    });
#else
    Q_UNUSED(image);
#endif
}

} // namespace

void prepareFirstFrame(QWidget *window)
{
    if (!window || !window->isWindow() || window->isVisible())
        return;
    window->winId(); // the native window and its backing store
    QBackingStore *store = window->backingStore();
    if (!store)
        return;
    store->resize(window->size());
    QPaintDevice *device = store->paintDevice();
    if (device && device->devType() == QInternal::Image)
        populateInBackground(static_cast<const QImage *>(device));
}

} // namespace strata
