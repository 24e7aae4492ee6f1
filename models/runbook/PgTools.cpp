#include "PgTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace strata::runbook {

PgTool PgTools::probe(const QString &path)
{
    PgTool t;
    t.path = path;
    QProcess p;
    p.start(path, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return t;
    static const QRegularExpression re(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(QString::fromUtf8(p.readAllStandardOutput()));
    if (m.hasMatch()) {
        t.major = m.captured(1).toInt();
        t.version = m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + u'.' + m.captured(2);
    }
    return t;
}

std::optional<PgTool> PgTools::find(const QString &program, int minMajor)
{
    QStringList candidates;
    const QString inPath = QStandardPaths::findExecutable(program);
    if (!inPath.isEmpty())
        candidates.append(inPath);
    QProcess cfg;
    cfg.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (cfg.waitForFinished(5000) && cfg.exitCode() == 0)
        candidates.append(QString::fromLocal8Bit(cfg.readAllStandardOutput()).trimmed() + u'/' + program);
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        candidates.append(versions.filePath(v + QStringLiteral("/bin/") + program));
    std::optional<PgTool> best;
    QStringList seen;
    for (const QString &c : candidates) {
        const QString real = QFileInfo(c).canonicalFilePath();
        if (real.isEmpty() || seen.contains(real) || !QFileInfo(real).isExecutable())
            continue;
        seen.append(real);
        const PgTool t = probe(c);
        if (t.major >= minMajor && (!best || t.major > best->major))
            best = t;
    }
    return best;
}

QString PgTools::conninfo(const ConnectionProfile &p)
{
    QStringList parts;
    for (const auto &kv : p.libpqParams(QStringLiteral("strata-backup"))) {
        if (kv.first == "password")
            continue; // through PGPASSWORD, never on a command line
        QString v = QString::fromUtf8(kv.second);
        v.replace(u'\\', QStringLiteral("\\\\"));
        v.replace(u'\'', QStringLiteral("\\'"));
        parts.append(QString::fromUtf8(kv.first) + QStringLiteral("='") + v + u'\'');
    }
    return parts.join(u' ');
}

QProcessEnvironment PgTools::environment(const ConnectionProfile &p)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!p.transientPassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), p.transientPassword);
    return env;
}

} // namespace strata::runbook
