// strata: the GUI. `strata --demo` opens the workbench on the embedded default.

#include "ErrorBanner.h"
#include "MainWindow.h"
#include "DiffView.h"
#include "HistoryView.h"
#include "PreflightView.h"
#include <cstdio>
#include "common/Translations.h"
#include "pg/ConnectionProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("strata"));
    QApplication::setApplicationDisplayName(QStringLiteral("Strata"));
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.strata.Strata"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.strata.Strata.svg")));
    strata::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "PostgreSQL schema workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Start a private PostgreSQL server with the demo project and open it."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a PNG of the window once it is connected, then quit."), QStringLiteral("file"));
    QCommandLineOption tab(QStringLiteral("tab"), QCoreApplication::translate("main", "Open on this tab: start, history, squash, diff, preflight or runbook."), QStringLiteral("name"));
    QCommandLineOption run(QStringLiteral("run"), QCoreApplication::translate("main", "Once connected, run the tab's check (Pre-flight) or comparison (Diff), or load the pending migration (Runbook); with --screenshot, the picture waits for it."));
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addOption(tab);
    parser.addOption(run);
    parser.addPositionalArgument(QStringLiteral("connection"), QCoreApplication::translate("main", "A libpq URI or key=value string to open."), QStringLiteral("[connection]"));
    parser.process(app);

    MainWindow w;
    w.show();
    const QString tabName = parser.value(tab);
    if (!tabName.isEmpty() && !w.showTab(tabName)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Unknown tab “%1”.").arg(tabName)));
        return 2;
    }
    const QString file = parser.value(screenshot);
    auto shoot = [&w, file] {
        if (file.isEmpty())
            return;
        // let lazy trees and charts arrive and paint
        QTimer::singleShot(2500, &w, [&w, file] {
            w.grab().save(file);
            w.close();
        });
    };
    if (parser.isSet(run) && tabName == u"runbook") {
        // The demo's pending migration, loaded as a runbook (nothing runs without a click).
        QObject::connect(w.historyView(), &strata::HistoryView::loaded, &w, [&w, shoot] {
            if (w.historyView()->selectFirstPending())
                w.historyView()->runbookSelected();
            shoot();
        }, Qt::SingleShotConnection);
    } else if (parser.isSet(run) && (tabName == u"preflight" || tabName == u"diff")) {
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
    if (parser.isSet(demo)) {
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
