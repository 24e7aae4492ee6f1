#pragma once
// One private PostgreSQL server per test executable, started on first use and
// removed when the process exits. Each test asks for a fresh database.

#include "pg/Connection.h"
#include "pg/ScratchServer.h"

namespace strata::test {

// The shared server; QFAIL-worthy errors are returned as values.
ScratchServer &server();
Error ensureServer();
// Creates a new, uniquely named database and returns its profile.
Result<ConnectionProfile> freshDatabase(const QString &prefix = QStringLiteral("t"));
// A writable connection (read-only off, no statement timeout) to a database.
Result<std::unique_ptr<Connection>> connectRw(const ConnectionProfile &p);
// A fresh database set up by `sql`, with its URI and a writing connection to it.
struct RwDb
{
    ConnectionProfile profile;
    QString uri;
    std::unique_ptr<Connection> c;
};
bool makeRwDb(RwDb &d, const QString &prefix, const QString &sql);
// Runs a trusted SQL script; returns the error, if any.
Error runScript(const ConnectionProfile &p, const QString &sql);

} // namespace strata::test

// Fails the current test function with the error's sentence.
#define STRATA_VERIFY_OK(expr)                                                         \
    do {                                                                               \
        const ::strata::Error strata_err_ = (expr);                                    \
        if (strata_err_.isError())                                                     \
            QFAIL(qPrintable(strata_err_.fullText()));                                 \
    } while (false)
