#include "FirstFrame.h"

#include <QBackingStore>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QImage>
#include <QThreadPool>
#include <QTimerEvent>
#include <QWidget>
#include <QWindow>

#ifdef STRATA_HAVE_XCB
#include <QGuiApplication>
#include <xcb/xcb.h>
#include <xcb/xcbext.h> // xcb_poll_for_reply
#include <cstdlib>
#endif

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

#ifdef STRATA_HAVE_XCB
// Holds the window's repaints back, without blocking, until the X server has taken the
// first frame.
//
// Qt's X11 backing store hands a frame to the server in shared memory (MIT-SHM). Before
// it paints into a part of that memory the server may still be reading, it waits for a
// round trip to the server on the GUI thread. After the first frame that wait is long:
// the server maps the new buffer page by page while it reads it (about 60 ms for a
// 7 MB window in a virtual machine), and any repaint in that time (the demo's first
// status line, a tab filled by a finished load) blocks the event loop until it is done.
//
// The gate asks the server for a reply of its own (GetInputFocus, answered once every
// request before it, the frame included, is processed) and polls for it from a timer.
// Until the reply is in, the window's update requests are set aside (they repaint
// nothing yet; Qt keeps the regions dirty) and the event loop goes on; then one update
// request paints everything that changed meanwhile, without a wait. It gives up after
// kMaxHoldMs whatever happens.
class FirstFrameGate : public QObject
{
public:
    FirstFrameGate(QWidget *window, xcb_connection_t *connection)
        : QObject(window), m_window(window), m_connection(connection)
    {
        window->windowHandle()->installEventFilter(this);
    }

    ~FirstFrameGate() override
    {
        if (m_asked && !m_answered)
            xcb_discard_reply(m_connection, m_sequence);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_asked && watched == m_window->windowHandle()) {
            // Asked once the expose has painted and flushed the first frame (requests
            // reach the server in order: the question comes after the frame).
            QMetaObject::invokeMethod(this, &FirstFrameGate::ask, Qt::QueuedConnection);
            return false;
        }
        if (event->type() == QEvent::UpdateRequest && watched == m_window && m_asked && !m_answered) {
            m_heldBack = true;
            return true;
        }
        return false;
    }

    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_timer)
            return;
        void *reply = nullptr;
        xcb_generic_error_t *error = nullptr;
        const bool in = xcb_poll_for_reply(m_connection, m_sequence, &reply, &error) != 0;
        std::free(reply);
        std::free(error);
        if (in)
            m_answered = true;
        if (in || m_since.elapsed() >= kMaxHoldMs)
            release();
    }

private:
    static constexpr int kMaxHoldMs = 500;

    void ask()
    {
        if (m_asked || !m_window->windowHandle() || !m_window->windowHandle()->isExposed())
            return;
        m_sequence = xcb_get_input_focus(m_connection).sequence;
        xcb_flush(m_connection);
        m_asked = true;
        m_since.start();
        m_window->installEventFilter(this);
        m_timer = startTimer(1, Qt::PreciseTimer);
    }

    void release()
    {
        killTimer(m_timer);
        m_timer = 0;
        if (!m_answered) {
            xcb_discard_reply(m_connection, m_sequence);
            m_answered = true;
        }
        m_window->removeEventFilter(this);
        if (QWindow *handle = m_window->windowHandle())
            handle->removeEventFilter(this);
        if (m_heldBack)
            QCoreApplication::postEvent(m_window, new QEvent(QEvent::UpdateRequest), Qt::LowEventPriority);
        deleteLater();
    }

    QWidget *m_window;
    xcb_connection_t *m_connection;
    unsigned int m_sequence = 0;
    bool m_asked = false;
    bool m_answered = false;
    bool m_heldBack = false;
    int m_timer = 0;
    QElapsedTimer m_since;
};

void gateRepaintsOnFirstFrame(QWidget *window)
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !x11->connection() || !window->windowHandle())
        return;
    new FirstFrameGate(window, x11->connection());
}
#else
void gateRepaintsOnFirstFrame(QWidget *) {}
#endif

} // namespace

void prepareFirstFrame(QWidget *window)
{
    if (!window || !window->isWindow() || window->isVisible())
        return;
    window->winId(); // the native window and its backing store
    QBackingStore *store = window->backingStore();
    if (!store)
        return;
    gateRepaintsOnFirstFrame(window);
    store->resize(window->size());
    QPaintDevice *device = store->paintDevice();
    if (device && device->devType() == QInternal::Image)
        populateInBackground(static_cast<const QImage *>(device));
}

} // namespace strata
