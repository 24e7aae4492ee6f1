#pragma once
// Passwords live in the system keychain (QtKeychain), never in QSettings or a file.
// All calls are asynchronous; the callbacks run on the GUI thread.

#include "common/Error.h"

#include <QObject>
#include <functional>

namespace strata {

class PasswordStore : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);
    // One store for the application: jobs outlive the dialog that started them.
    static PasswordStore *instance();
    void read(const QString &key, std::function<void(const QString &password, const Error &error)> done);
    void write(const QString &key, const QString &password, std::function<void(const Error &error)> done);
    void remove(const QString &key, std::function<void(const Error &error)> done);
    // For a worker thread: asks the keychain on the store's (GUI) thread, where its jobs
    // run, and waits up to timeoutMs. Empty when nothing is stored, the keychain is not
    // available, the wait ran out, or when called on the GUI thread itself.
    static QString readFromWorker(const QString &key, int timeoutMs = 10000);

private:
    static QString service();
};

} // namespace strata
