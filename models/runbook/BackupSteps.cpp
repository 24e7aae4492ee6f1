#include "BackupSteps.h"

#include "pg/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>

namespace strata::runbook {

namespace {

// Rough rates for the time estimate only (one core; pg_dump -Fc compresses, and starting
// it costs a fraction of a second).
constexpr double kPgDumpBytesPerSecond = 40.0 * 1024 * 1024;
constexpr double kCopyBytesPerSecond = 120.0 * 1024 * 1024;
constexpr double kPgDumpStartSeconds = 0.2;
constexpr double kCopyStartSeconds = 0.02;

struct LiveTable
{
    TableRef resolved;
    qint64 rows = -1;   // reltuples; -1: never vacuumed or analyzed
    qint64 bytes = -1;
};

bool covers(const RunbookStep &s, const TableRef &t)
{
    return s.mode == StepMode::Backup && (s.backupTable == t || s.backupNames.contains(t));
}

} // namespace

void BackupSteps::renumber(Runbook &r)
{
    for (int i = 0; i < r.steps.size(); ++i)
        r.steps[i].number = i + 1;
}

QString BackupSteps::methodText(const QString &method)
{
    return method == u"pg_dump" ? QStringLiteral("pg_dump -Fc") : QStringLiteral("COPY (binary)");
}

Error BackupSteps::add(Runbook &r, Connection &c, const BackupOptions &options)
{
    // The tables the steps write, as they name them, in order.
    QList<TableRef> wanted;
    for (const RunbookStep &s : r.steps)
        if (s.mode != StepMode::Backup)
            for (const TableRef &t : s.tables)
                if (!wanted.contains(t))
                    wanted.append(t);
    if (wanted.isEmpty())
        return {};
    QStringList names;
    for (const TableRef &t : wanted)
        names.append(t.display());
    // One query for all of them; names resolve through the search_path as the steps' will.
    const ResultSet rs = c.exec(QStringLiteral(
        "SELECT w.ord, n.nspname, c.relname, c.reltuples::bigint, pg_catalog.pg_total_relation_size(c.oid) "
        "FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS w(name, ord) "
        "JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(w.name) "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p')"),
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact))});
    if (!rs.ok())
        return rs.error;
    QMap<int, LiveTable> live; // index into wanted
    for (int i = 0; i < rs.rowCount(); ++i)
        live.insert(int(rs.toInt64(i, 0)) - 1, LiveTable{TableRef{rs.text(i, 1), rs.text(i, 2)}, rs.toInt64(i, 3), rs.toInt64(i, 4)});
    const QString method = BackupWriter::plannedMethod(c, options);
    const bool pgDump = method == u"pg_dump";

    QList<RunbookStep> out;
    for (const RunbookStep &s : r.steps) {
        if (s.mode != StepMode::Backup) {
            for (const TableRef &t : s.tables) {
                bool covered = false;
                for (const RunbookStep &before : out)
                    covered = covered || covers(before, t);
                const auto l = live.constFind(int(wanted.indexOf(t)));
                if (covered || l == live.cend())
                    continue; // backed up already, or does not exist now (the run creates it)
                // The same table under another name ("acct" and "public.acct"): one backup.
                RunbookStep *same = nullptr;
                for (RunbookStep &before : out)
                    if (before.mode == StepMode::Backup && before.backupResolved == l->resolved)
                        same = &before;
                if (same) {
                    same->backupNames.append(t);
                    continue;
                }
                RunbookStep b;
                b.mode = StepMode::Backup;
                b.line = s.line;
                b.backupTable = t;
                b.backupResolved = l->resolved;
                b.confirmName = t.name;
                b.backupMethod = method;
                b.estimatedRows = std::max<qint64>(l->rows, -1);
                b.estimatedBytes = l->bytes;
                b.estimatedSeconds = (pgDump ? kPgDumpStartSeconds : kCopyStartSeconds)
                                     + double(std::max<qint64>(l->bytes, 0)) / (pgDump ? kPgDumpBytesPerSecond : kCopyBytesPerSecond);
                b.lockLevel = QStringLiteral("ACCESS SHARE");
                out.append(b);
            }
        }
        out.append(s);
    }
    r.steps = out;
    renumber(r);
    return {};
}

QString BackupSteps::estimateText(const RunbookStep &s)
{
    const QLocale loc;
    const QString size = s.estimatedBytes < 0 ? tr("size unknown")
                                              : tr("about %1 on disk").arg(loc.formattedDataSize(s.estimatedBytes, 1, QLocale::DataSizeTraditionalFormat));
    const QString rows = s.estimatedRows < 0 ? tr("row count unknown (never analyzed)")
                                             : tr("about %1 rows").arg(loc.toString(s.estimatedRows));
    const QString time = s.estimatedSeconds < 1 ? tr("under a second") : tr("about %1 s").arg(qRound(s.estimatedSeconds));
    return tr("%1, %2, %3").arg(size, rows, time);
}

} // namespace strata::runbook
