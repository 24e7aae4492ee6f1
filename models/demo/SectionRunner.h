#pragma once
// Runs one section of a migration file (or any trusted SQL file) the way dbmate does:
// a transactional section inside BEGIN/COMMIT as one script, a "transaction:false"
// section statement by statement outside any transaction. Errors name the file and
// the line of the failing statement.

#include "pg/Connection.h"

#include <QCoreApplication>
#include <functional>

namespace strata {

struct SqlSection
{
    QString fileName;          // shown in errors ("20240101_init.sql")
    QString sql;               // the section's text
    int firstLine = 1;         // 1-based line of the section's first character in the file
    bool transactional = true; // false: statement by statement, autocommit
};

class SectionRunner
{
    Q_DECLARE_TR_FUNCTIONS(SectionRunner)
public:
    // Runs the section. afterSuccess runs on the same connection after the section:
    // inside its transaction (before COMMIT) for a transactional section, so that a
    // ledger row commits or rolls back together with the migration; after the last
    // statement otherwise.
    static Error run(Connection &c, const SqlSection &section,
                     const std::function<Error(Connection &)> &afterSuccess = {});

    // "file, line N: sentence", keeping the server's detail, hint and SQLSTATE.
    static Error locate(const Error &serverError, const QString &fileName, int line);

private:
    static Error runTransactional(Connection &c, const SqlSection &s,
                                  const std::function<Error(Connection &)> &afterSuccess);
    static Error runStatements(Connection &c, const SqlSection &s,
                               const std::function<Error(Connection &)> &afterSuccess);
    static Error findFailingStatement(Connection &c, const SqlSection &s, const Error &scriptError);
};

} // namespace strata
