// strata: the GUI. `strata --demo` opens the workbench on the embedded default.

#include "ErrorBanner.h"
#include "FirstFrame.h"
#include "MainWindow.h"
#include "DiffSourcePicker.h"
#include "DiffView.h"
#include "HistoryView.h"
#include "PreflightView.h"
#include "RunbookView.h"
#include "StallProbe.h"
#include <cstdio>
#include <cstring>
#include "common/FileIo.h"
#include "common/Translations.h"
#include "pg/ConnectionProfile.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QPushButton>
#include <QTimer>

namespace {

// The command line, built once the translations are in (the descriptions are translated).
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"), QCoreApplication::translate("main", "Start a private PostgreSQL server with the demo project and open it.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a PNG of the window once it is connected, then quit."), QStringLiteral("file")};
    QCommandLineOption tab{QStringLiteral("tab"), QCoreApplication::translate("main", "Open on this tab: start, history, squash, diff, preflight or runbook."), QStringLiteral("name")};
    QCommandLineOption run{QStringLiteral("run"), QCoreApplication::translate("main", "Once connected, run the tab's check (Pre-flight) or comparison (Diff), or load the pending migration (Runbook); with --screenshot, the picture waits for it.")};
    QCommandLineOption compare{QStringLiteral("compare"), QCoreApplication::translate("main", "In the Diff tab, compare the connection with this source: a connection string, a snapshot file (*.json) or a migration folder."), QStringLiteral("source")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "PostgreSQL schema workbench"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, screenshot, tab, run, compare});
        parser.addPositionalArgument(QStringLiteral("connection"), QCoreApplication::translate("main", "A libpq URI or key=value string to open."), QStringLiteral("[connection]"));
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
}

// --help and --version are answered without a display (a terminal over ssh, a packaging
// check): QApplication would abort when no platform plugin can start.
bool asksOnlyForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return false;
        for (const char *o : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(a, o) == 0)
                return true;
    }
    return false;
}

// STRATA_AUTORUN_STEPS=N with --demo --tab runbook --run: presses "Run step" N times (the
// responsiveness bench, tests/bench/gui/bench_stalls.sh). The demo's private server only;
// a step that needs a typed table name is not run.
int autorunSteps(bool demo)
{
    return demo ? qEnvironmentVariableIntValue("STRATA_AUTORUN_STEPS") : 0;
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        strata::installTranslations(app);
        CommandLine cl;
        cl.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Strata"));
    QApplication::setDesktopFileName(QStringLiteral("org.strata.Strata"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.strata.Strata.svg")));
    strata::installTranslations(app);

    CommandLine cl;
    QCommandLineParser &parser = cl.parser;
    parser.process(app);

    MainWindow w;
    StallProbe *probe = StallProbe::fromEnvironment(&w);
    strata::prepareFirstFrame(&w);
    w.show();
    const QString tabName = parser.value(cl.tab);
    if (!tabName.isEmpty() && !w.showTab(tabName)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Unknown tab “%1”.").arg(tabName)));
        return 2;
    }
    if (parser.isSet(cl.compare))
        w.diffView()->sourceB()->setSpec(parser.value(cl.compare));
    const QString file = parser.value(cl.screenshot);
    auto shoot = [&w, file, probe] {
        if (file.isEmpty())
            return;
        // let lazy trees and charts arrive and paint
        QTimer::singleShot(2500, &w, [&w, file, probe] {
            if (probe)
                probe->finish(); // the grab below is not the app's own work
            // Encoded in memory and written through the checked writer: a failure is reported.
            QByteArray image;
            QBuffer buffer(&image);
            buffer.open(QIODevice::WriteOnly);
            const QByteArray format = QFileInfo(file).suffix().toLower().toLatin1();
            const bool encoded = w.grab().save(&buffer, format.isEmpty() ? "PNG" : format.constData());
            const strata::Error e = encoded ? strata::writeFile(file, image)
                                            : strata::Error(strata::Error::Kind::Usage, QCoreApplication::translate("main", "Cannot encode the screenshot as “%1”.").arg(QString::fromLatin1(format)));
            if (e) {
                std::fprintf(stderr, "%s\n", qPrintable(e.fullText()));
                QCoreApplication::exit(2);
                return;
            }
            w.close();
        });
    };
    const bool demo = parser.isSet(cl.demo);
    if (parser.isSet(cl.run) && tabName == u"runbook") {
        // The demo's pending migration, loaded as a runbook (nothing runs without a click).
        const int steps = autorunSteps(demo);
        QObject::connect(w.historyView(), &strata::HistoryView::loaded, &w, [&w, shoot, steps] {
            if (!w.historyView()->selectFirstPending()) {
                shoot();
                return;
            }
            w.historyView()->runbookSelected();
            if (steps <= 0) {
                shoot();
                return;
            }
            strata::RunbookView *rv = w.runbookView();
            auto left = std::make_shared<int>(steps);
            auto press = [rv, left, shoot] {
                if (*left <= 0 || !rv->runButton()->isEnabled()) {
                    shoot(); // done, or nothing runnable (a step needs a typed name)
                    return;
                }
                --*left;
                rv->runStep();
            };
            QObject::connect(rv, &strata::RunbookView::stepFinished, rv, [left, press](int, bool ok) {
                if (!ok)
                    *left = 0;
                QTimer::singleShot(0, press);
            });
            // The first press once the view has read the catalog (it is busy until then).
            if (rv->isBusy())
                QObject::connect(rv, &strata::RunbookView::busyChanged, rv, [press] { QTimer::singleShot(0, press); },
                                 Qt::SingleShotConnection);
            else
                QTimer::singleShot(0, press);
        }, Qt::SingleShotConnection);
    } else if (parser.isSet(cl.run) && (tabName == u"preflight" || tabName == u"diff")) {
        QObject::connect(&w, &MainWindow::connected, &w, [&w, tabName] {
            w.showTab(tabName);
            if (tabName == u"diff") {
                w.diffView()->compare();
                return;
            }
            // The demo hands its pending migration over once the history is loaded.
            QTimer::singleShot(0, &w, [&w] {
                auto go = [&w] { w.showTab(QStringLiteral("preflight")); w.preflightView()->run(); };
                if (!w.preflightView()->sql().trimmed().isEmpty())
                    go();
                else
                    QObject::connect(w.historyView(), &strata::HistoryView::loaded, &w, [go] { QTimer::singleShot(0, go); },
                                     Qt::SingleShotConnection);
            });
        });
        QObject::connect(w.diffView(), &strata::DiffView::finished, &w, shoot);
        QObject::connect(w.preflightView(), &strata::PreflightView::finished, &w, shoot);
    } else if (!file.isEmpty()) {
        QObject::connect(&w, &MainWindow::connected, &w, shoot);
    }
    if (demo) {
        w.openDemo();
    } else if (!parser.positionalArguments().isEmpty()) {
        auto p = strata::ConnectionProfile::fromConnectionString(parser.positionalArguments().first());
        if (p)
            w.connectTo(*p);
        else
            w.banner()->showError(p.error());
    }
    return app.exec();
}
