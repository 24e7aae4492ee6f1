#include "HistoryTestUtil.h"

#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace strata::test {

QString historyFixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/history/") + name;
}

FolderReadResult readFolderAs(const QString &format, const QString &dir)
{
    const FolderFormat *f = FolderFormat::byId(format);
    if (!f)
        qFatal("no format %s", qPrintable(format));
    auto r = f->read(dir);
    if (!r)
        qFatal("%s", qPrintable(r.error().fullText()));
    return *r;
}

bool copyDir(const QString &from, const QString &to)
{
    QDir src(from);
    if (!src.exists() || !QDir().mkpath(to))
        return false;
    for (const QFileInfo &fi : src.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString dest = to + u'/' + fi.fileName();
        if (fi.isDir() ? !copyDir(fi.filePath(), dest) : !QFile::copy(fi.filePath(), dest))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir,
                const QList<QPair<QString, QString>> &env, int timeoutMs)
{
    ToolRun r;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto &kv : env)
        e.insert(kv.first, kv.second);
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.output = p.errorString();
        return r;
    }
    r.started = true;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

QString pythonWithAlembic()
{
    for (const QString &py : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        const QString exe = py.startsWith(u'/') ? (QFileInfo::exists(py) ? py : QString()) : QStandardPaths::findExecutable(py);
        if (exe.isEmpty())
            continue;
        const ToolRun r = runTool(exe, {QStringLiteral("-c"), QStringLiteral("import alembic, psycopg2")}, QDir::tempPath());
        if (r.exitCode == 0)
            return exe;
    }
    return {};
}

Result<QList<Ledger>> readLedgers(const ConnectionProfile &p)
{
    auto c = connectRw(p);
    if (!c)
        return c.error();
    return LedgerReader::readAll(**c);
}

Result<HistoryResult> historyOf(const ConnectionProfile &p, const QString &dir, const QString &format)
{
    auto ledgers = readLedgers(p);
    if (!ledgers)
        return ledgers.error();
    const FolderFormat *f = format.isEmpty()
        ? FolderFormat::detectFormat(dir, ledgers->size() == 1 ? ledgers->first().tool : QString())
        : FolderFormat::byId(format);
    if (!f)
        return Error(Error::Kind::Usage, QStringLiteral("no folder format for ") + dir);
    auto folder = f->read(dir);
    if (!folder)
        return folder.error();
    const int idx = History::pickLedger(*ledgers, f->ledgerTool());
    return History::join(&*folder, idx >= 0 ? &(*ledgers)[idx] : nullptr);
}

const HistoryEntry *entryFor(const HistoryResult &h, const QString &version, int nth)
{
    for (const HistoryEntry &e : h.entries)
        if (e.version == version && nth-- == 0)
            return &e;
    return nullptr;
}

QString describe(const HistoryResult &h)
{
    QString s = QStringLiteral("[%1 / %2 %3.%4]\n").arg(h.format, h.ledgerTool, h.ledgerSchema, h.ledgerTable);
    for (const HistoryEntry &e : h.entries)
        s += QStringLiteral("  %1 %2 %3 (%4) %5\n").arg(History::stateId(e.state), e.group, e.version, e.fileName, e.detail);
    for (const Finding &f : h.findings)
        s += QStringLiteral("  finding %1 %2: %3\n").arg(f.code, f.file, f.message);
    return s;
}

} // namespace strata::test
