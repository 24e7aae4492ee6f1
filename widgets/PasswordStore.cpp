#include "PasswordStore.h"

#include <QCoreApplication>
#include <QThread>
#include <future>
#include <memory>
#include <qt6keychain/keychain.h>

namespace strata {

PasswordStore::PasswordStore(QObject *parent) : QObject(parent) {}

PasswordStore *PasswordStore::instance()
{
    static PasswordStore *store = new PasswordStore(QCoreApplication::instance());
    return store;
}

QString PasswordStore::service()
{
    return QStringLiteral("org.strata.Strata");
}

static Error keychainError(const QKeychain::Job *job)
{
    return Error(Error::Kind::Environment, PasswordStore::tr("The system keychain is not available."),
                 job->errorString(),
                 PasswordStore::tr("Without a keychain Strata asks for the password each time, or uses ~/.pgpass."));
}

void PasswordStore::read(const QString &key, std::function<void(const QString &, const Error &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (r->error() == QKeychain::NoError)
            done(r->textData(), Error());
        else if (r->error() == QKeychain::EntryNotFound)
            done(QString(), Error());
        else
            done(QString(), keychainError(r));
    });
    job->start();
}

QString PasswordStore::readFromWorker(const QString &key, int timeoutMs)
{
    PasswordStore *store = instance();
    if (QThread::currentThread() == store->thread())
        return {}; // waiting here would block the thread that answers
    auto promise = std::make_shared<std::promise<QString>>();
    std::future<QString> answer = promise->get_future();
    QMetaObject::invokeMethod(store, [store, key, promise] {
        store->read(key, [promise](const QString &password, const Error &) { promise->set_value(password); });
    }, Qt::QueuedConnection);
    if (answer.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return {};
    try {
        return answer.get();
    } catch (const std::future_error &) {
        return {}; // the store went away before it answered
    }
}

void PasswordStore::write(const QString &key, const QString &password, std::function<void(const Error &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Error() : keychainError(j));
    });
    job->start();
}

void PasswordStore::remove(const QString &key, std::function<void(const Error &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? Error() : keychainError(j));
    });
    job->start();
}

} // namespace strata
