// The first frame on X11 (app/FirstFrame.cpp): while the X server has not yet taken the
// first frame, the window's repaints wait without blocking the event loop, and none of
// them is lost.
//
// The test runs on a private Xvfb it starts itself (-displayfd: the server picks a free
// display) and makes the X server busy the way a slow one is: a second client grabs the
// server right when the first frame is flushed, so neither the frame nor the gate's
// question is processed until it lets go 250 ms later. Without the gate, the repaint in
// that time would block the GUI thread in Qt's wait for the server. Skips without Xvfb or
// without libxcb at build time.
#include "FirstFrame.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cerrno>
#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#ifdef STRATA_HAVE_XCB
#include <xcb/xcb.h>
#endif

extern char **environ;

namespace {

pid_t g_xvfb = -1;
QString g_skipReason;

// Starts Xvfb on a display of its choosing; returns ":N" or an empty string.
QString startXvfb()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        g_skipReason = QStringLiteral("Xvfb is not installed");
        return {};
    }
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const QByteArray program = xvfb.toLocal8Bit();
    const QByteArray fd = QByteArray::number(fds[1]);
    const char *argv[] = {program.constData(), "-displayfd", fd.constData(), "-screen", "0", "800x600x24",
                          "-nolisten", "tcp", nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    const int rc = posix_spawn(&g_xvfb, program.constData(), &actions, nullptr, const_cast<char **>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        g_xvfb = -1;
        g_skipReason = QStringLiteral("Xvfb did not start");
        return {};
    }
    QByteArray number;
    char c = 0;
    ssize_t n = 0;
    while ((n = read(fds[0], &c, 1)) == 1 && c != '\n')
        number.append(c);
    close(fds[0]);
    if (number.isEmpty()) {
        g_skipReason = QStringLiteral("Xvfb did not report its display");
        return {};
    }
    return QStringLiteral(":") + QString::fromLatin1(number);
}

void stopXvfb()
{
    if (g_xvfb > 0) {
        kill(g_xvfb, SIGTERM);
        waitpid(g_xvfb, nullptr, 0);
        g_xvfb = -1;
    }
}

// A plain colour over the whole window; counts its paints.
class Swatch : public QWidget
{
public:
    QColor colour = Qt::green;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        ++paints;
        QPainter(this).fillRect(rect(), colour);
    }
};

#ifdef STRATA_HAVE_XCB
// A second X client that holds the server for a while: grabbed at once, let go from its
// own thread after holdMs (a grab stops the server processing every other client).
class ServerGrab : public QThread
{
public:
    explicit ServerGrab(int holdMs) : m_holdMs(holdMs)
    {
        m_connection = xcb_connect(nullptr, nullptr);
        xcb_grab_server(m_connection);
        xcb_flush(m_connection);
        free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    }
    ~ServerGrab() override
    {
        wait();
        xcb_disconnect(m_connection);
    }

protected:
    void run() override
    {
        QThread::msleep(m_holdMs);
        xcb_ungrab_server(m_connection);
        xcb_flush(m_connection);
    }

private:
    xcb_connection_t *m_connection = nullptr;
    int m_holdMs;
};
#endif

} // namespace

class TestFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void repaintsWaitForTheServerWithoutBlockingAndAreNotLost()
    {
        if (!g_skipReason.isEmpty())
            QSKIP(qPrintable(g_skipReason));
#ifndef STRATA_HAVE_XCB
        QSKIP("built without libxcb");
#else
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        Swatch window;
        window.resize(320, 240);
        std::unique_ptr<ServerGrab> grab;
        // The grab starts in the first expose, before its frame is painted and flushed.
        struct OnExpose : QObject
        {
            std::function<void()> run;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Expose && run) {
                    run();
                    run = nullptr;
                }
                return false;
            }
        } onExpose;
        strata::prepareFirstFrame(&window);
        onExpose.run = [&] { grab = std::make_unique<ServerGrab>(250); };
        window.windowHandle()->installEventFilter(&onExpose);
        window.show();
        QTRY_VERIFY(grab);
        grab->start();
        QTRY_COMPARE(window.paints, 1);

        // A change while the server still holds the first frame: the event loop goes on.
        window.colour = Qt::red;
        window.update();
        int ticks = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(5);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 150)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QVERIFY2(ticks >= 10, qPrintable(QStringLiteral("the event loop turned %1 times in 150 ms").arg(ticks)));
        QVERIFY2(grab->isRunning(), "the server was let go too early for the check");
        QCOMPARE(window.paints, 1); // held back, not painted into the frame the server reads

        // Once the server has the frame, the change is painted and reaches the screen.
        QTRY_COMPARE_WITH_TIMEOUT(window.paints, 2, 2000);
        QVERIFY(grab->wait(2000));
        QTRY_VERIFY_WITH_TIMEOUT(window.screen()->grabWindow(window.winId()).toImage().pixelColor(160, 120) == QColor(Qt::red), 2000);
#endif
    }
};

int main(int argc, char **argv)
{
    const QString display = startXvfb();
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display.toLocal8Bit());
        qputenv("QT_QPA_PLATFORM", "xcb");
    } else if (g_skipReason.isEmpty()) {
        g_skipReason = QStringLiteral("no X server for the test");
    }
    int rc = 0;
    {
        QApplication app(argc, argv);
        TestFirstFrame test;
        rc = QTest::qExec(&test, argc, argv);
    }
    stopXvfb();
    return rc;
}

#include "tst_firstframe.moc"
