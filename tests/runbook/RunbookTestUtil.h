#pragma once
// Helpers shared by the runbook tests: row digests (count + md5 over the ordered rows)
// that prove no row was lost or changed, and running a whole runbook.

#include "TestServer.h"
#include "runbook/Executor.h"
#include "runbook/Journal.h"

#include <QDir>
#include <QFile>

#include <QMap>
#include <QProcess>
#include <QStringList>

namespace strata::test {

// "count:md5" of a table's rows, ordered by their text (every column, so any change shows).
inline QString digest(Connection &c, const QString &table)
{
    const ResultSet r = c.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM %1 AS t")
                                   .arg(table));
    if (!r.ok())
        return QStringLiteral("error: ") + r.error.message;
    return r.text(0, 0) + u':' + r.text(0, 1);
}

inline QMap<QString, QString> digests(Connection &c, const QStringList &tables)
{
    QMap<QString, QString> m;
    for (const QString &t : tables)
        m.insert(t, digest(c, t));
    return m;
}

inline qint64 scalar(Connection &c, const QString &sql)
{
    const ResultSet r = c.exec(sql);
    return r.ok() && r.rowCount() > 0 ? r.toInt64(0, 0) : -999999;
}

// The table name each destructive step needs typed: step number -> name.
inline QMap<int, QString> confirmations(const runbook::Runbook &rb)
{
    QMap<int, QString> m;
    for (const runbook::RunbookStep &s : rb.steps)
        if (s.destructive)
            m.insert(s.number, s.confirmName);
    return m;
}

// Runs every remaining step; confirm: step number -> typed table name.
inline Error runAll(runbook::Executor &ex, const QMap<int, QString> &confirm = {})
{
    while (!ex.state().finished()) {
        const int n = ex.state().current();
        auto r = ex.runCurrent(confirm.value(n));
        if (!r)
            return r.error();
        if (r->status != runbook::StepResult::Status::Done)
            return r->error.isError() ? r->error : Error(Error::Kind::Internal, QStringLiteral("step %1 not done").arg(n));
    }
    return {};
}

// Writes a text file into dir; returns its path.
inline QString writeText(const QString &dir, const QString &name, const QString &text)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

inline QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A journal's events as "started2", "txid2", "backup3", ... (the journal is closed again).
inline QStringList journalEvents(const QString &journal)
{
    QStringList out;
    auto j = runbook::Journal::open(journal);
    if (!j)
        return {j.error().message};
    for (const QJsonObject &e : j->events())
        out.append(e.value(QLatin1StringView("event")).toString() + QString::number(e.value(QLatin1StringView("step")).toInt()));
    return out;
}

inline QString cliPath() { return QStringLiteral(STRATA_CLI_PATH); }

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {},
                     int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(cliPath(), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    CliRun r;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace strata::test
