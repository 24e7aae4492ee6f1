// strata: the GUI. `strata --demo` opens the workbench on the embedded default.

#include "ErrorBanner.h"
#include "MainWindow.h"
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
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("connection"), QCoreApplication::translate("main", "A libpq URI or key=value string to open."), QStringLiteral("[connection]"));
    parser.process(app);

    MainWindow w;
    w.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&w, &MainWindow::connected, &w, [&w, file] {
            // let the lazy object tree arrive and paint
            QTimer::singleShot(2500, &w, [&w, file] {
                w.grab().save(file);
                w.close();
            });
        });
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
