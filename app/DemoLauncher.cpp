#include "DemoLauncher.h"

#include "demo/DemoProject.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"

#include <QPromise>
#include <QtConcurrent>

using namespace strata;

DemoLauncher::DemoLauncher(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int v) {
        emit progress(v, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            emit failed(JobControl::canceledError());
            return;
        }
        const Outcome o = m_watcher.result();
        if (o.error.isError()) {
            emit failed(o.error);
            return;
        }
        m_profile = o.profile;
        m_projectDir = o.projectDir;
        m_ready = true;
        emit ready(m_profile);
    });
}

DemoLauncher::~DemoLauncher()
{
    cancel();
    m_watcher.waitForFinished();
    // m_server's destructor stops the cluster and removes its directory.
}

void DemoLauncher::start()
{
    if (m_watcher.isRunning())
        return;
    m_ready = false;
    m_server = std::make_shared<ScratchServer>();
    std::shared_ptr<ScratchServer> server = m_server;
    m_watcher.setFuture(QtConcurrent::run([server](QPromise<Outcome> &promise) {
        JobControl ctl([&promise] { return promise.isCanceled(); },
                       [&promise](int v, int m, const QString &t) {
                           promise.setProgressRange(0, m);
                           promise.setProgressValueAndText(v, t);
                       });
        Outcome o;
        ctl.setProgress(0, 0, QCoreApplication::translate("DemoLauncher", "Starting a private PostgreSQL server…"));
        o.error = server->start();
        if (!o.error && !ctl.isCanceled()) {
            o.projectDir = server->instanceDir() + QStringLiteral("/demo-project");
            o.error = DemoProject::extractTo(o.projectDir);
        }
        if (!o.error && !ctl.isCanceled())
            o.error = DemoProject::load(*server, databaseName(), &ctl);
        if (ctl.isCanceled())
            o.error = JobControl::canceledError();
        o.profile = server->profile(databaseName());
        o.profile.name = QCoreApplication::translate("DemoLauncher", "Strata demo");
        promise.addResult(o);
    }));
}

void DemoLauncher::cancel()
{
    m_watcher.cancel();
}
