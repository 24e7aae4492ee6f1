#pragma once
// Helpers for the history tests: copying fixture folders, running the real migration
// tools (argument lists, no shell), and reading a database's history.

#include "history/FolderFormat.h"
#include "history/History.h"
#include "history/LedgerReader.h"
#include "pg/ConnectionProfile.h"

#include <QProcessEnvironment>
#include <QString>

namespace strata::test {

QString historyFixture(const QString &name);
// The folder read as the format with that id; a test setup error ends the test program.
FolderReadResult readFolderAs(const QString &format, const QString &dir);
bool copyDir(const QString &from, const QString &to);
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readBytes(const QString &path);

struct ToolRun
{
    int exitCode = -1;
    QString output; // stdout + stderr
    bool started = false;
};
// Runs program with args; env entries are added to the current environment.
ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir,
                const QList<QPair<QString, QString>> &env = {}, int timeoutMs = 120000);
// The first of /usr/bin/python3, python3 that can import alembic and psycopg2; "" if none.
QString pythonWithAlembic();

// Every ledger in the database.
Result<QList<Ledger>> readLedgers(const ConnectionProfile &p);
// Reads the folder (format id or "" to detect), the database's ledgers, picks the ledger that
// belongs to the folder and joins them.
Result<HistoryResult> historyOf(const ConnectionProfile &p, const QString &dir, const QString &format = {});
// The entry for a version (and occurrence/group when given); nullptr if none.
const HistoryEntry *entryFor(const HistoryResult &h, const QString &version, int nth = 0);
QString describe(const HistoryResult &h); // one line per entry, for failure messages

} // namespace strata::test
