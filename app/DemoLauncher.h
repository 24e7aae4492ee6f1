#pragma once
// Starts the embedded default: a private PostgreSQL server from the installed binaries,
// loaded with the bundled demo project. All of it off the GUI thread, with progress
// and cancel; the server lives until the launcher is destroyed.

#include "common/Error.h"
#include "pg/ConnectionProfile.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace strata {
class ScratchServer;
}

class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    void start();
    void cancel();
    bool isReady() const { return m_ready; }
    strata::ConnectionProfile profile() const { return m_profile; }
    QString projectDir() const { return m_projectDir; }

    static QString databaseName() { return QStringLiteral("strata_demo"); }

signals:
    void progress(int value, int maximum, const QString &text);
    void ready(const strata::ConnectionProfile &profile);
    void failed(const strata::Error &error);

private:
    struct Outcome
    {
        strata::Error error;
        strata::ConnectionProfile profile;
        QString projectDir;
    };
    std::shared_ptr<strata::ScratchServer> m_server;
    QFutureWatcher<Outcome> m_watcher;
    strata::ConnectionProfile m_profile;
    QString m_projectDir;
    bool m_ready = false;
};
