#include "LedgerStep.h"

#include "catalog/QuoteIdent.h"
#include "common/SafeText.h"
#include "history/FolderFormat.h"
#include "history/History.h"
#include "history/LedgerReader.h"
#include "pg/Connection.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace strata::runbook {

namespace {

const QString kDbmate = QStringLiteral("dbmate");
const QString kGolang = QStringLiteral("golang-migrate");
const QString kFlyway = QStringLiteral("flyway");
const QString kSqlx = QStringLiteral("sqlx");
const QString kPrisma = QStringLiteral("prisma");

bool isWhole(const QString &v)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(v).hasMatch();
}

QString ledgerName(const LedgerWrite &w) { return catalog::qualifiedName(w.schema, w.table); }

// Whether the tool writes its ledger row in the migration's own transaction.
bool writesInMigrationTransaction(const QString &tool, const MigrationFile &f)
{
    if (tool == kDbmate || tool == kFlyway)
        return f.transactional;
    if (tool == kSqlx) // "-- no-transaction" on the first line: sqlx runs the file and records it separately
        return !f.upSql.trimmed().startsWith(QLatin1StringView("-- no-transaction"));
    return false; // golang-migrate (its own SetVersion transaction), Prisma (rows written around the script)
}

// What the operator runs instead where Strata does not write the tool's ledger.
QString insteadOf(const QString &tool, const QString &display, const MigrationFile &f)
{
    if (tool == u"alembic")
        return LedgerStep::tr("Strata does not write Alembic's ledger: after the run, record it with “alembic stamp %1”.").arg(f.version);
    if (tool == u"sqitch")
        return LedgerStep::tr("Strata does not write sqitch's registry: after the run, record it with “sqitch deploy --log-only --to %1”.").arg(f.name.isEmpty() ? f.version : f.name);
    if (tool == u"django")
        return LedgerStep::tr("Strata does not write Django's ledger: after the run, record it with “python manage.py migrate %1 %2 --fake”.")
            .arg(f.group, f.name.isEmpty() ? f.version : f.name);
    return LedgerStep::tr("Strata does not write %1's ledger: after the run, mark %2 as applied with %1 itself (without running it again).")
        .arg(display, f.version);
}

} // namespace

QStringList LedgerStep::tools()
{
    return {kDbmate, kGolang, kFlyway, kSqlx, kPrisma};
}

QString LedgerStep::toolName(const QString &tool)
{
    if (const LedgerReader *r = LedgerReader::byTool(tool))
        return r->displayName();
    return tool;
}

QString LedgerStep::describe(const LedgerWrite &w)
{
    const QString ledger = w.schema + u'.' + w.table;
    return w.remove ? tr("Remove %1 from %2 as %3 does").arg(w.version, ledger, toolName(w.tool))
                    : tr("Record %1 in %2 as %3 does").arg(w.version, ledger, toolName(w.tool));
}

Result<QList<LedgerStatement>> LedgerStep::statements(const LedgerWrite &w, qint64 runElapsedMs)
{
    auto bad = [&](const QString &why) { return Error(Error::Kind::Parse, tr("The ledger write of %1 is not valid: %2").arg(w.version, why)); };
    if (!tools().contains(w.tool))
        return bad(tr("Strata does not write the ledger of “%1”").arg(w.tool));
    if (w.table.isEmpty() || w.version.isEmpty())
        return bad(tr("it names no ledger table or no version"));
    for (const QString &v : {w.schema, w.table, w.version, w.name, w.script, w.checksum, w.id, w.previousVersion})
        if (v.contains(QChar(0)))
            return bad(tr("a value holds a NUL character"));
    const QString t = ledgerName(w);
    const qint64 ms = std::max<qint64>(0, runElapsedMs);
    QList<LedgerStatement> out;
    if (w.tool == kDbmate) {
        // dbmate: InsertMigration / DeleteMigration.
        out.append(w.remove ? LedgerStatement{QStringLiteral("DELETE FROM %1 WHERE version = $1").arg(t), {w.version}}
                            : LedgerStatement{QStringLiteral("INSERT INTO %1 (version) VALUES ($1)").arg(t), {w.version}});
    } else if (w.tool == kGolang) {
        // golang-migrate's SetVersion: the table holds one row, the current version, clean.
        if (!isWhole(w.version) || (!w.previousVersion.isEmpty() && !isWhole(w.previousVersion)))
            return bad(tr("golang-migrate versions are whole numbers"));
        out.append({QStringLiteral("TRUNCATE %1").arg(t), {}});
        const QString now = w.remove ? w.previousVersion : w.version;
        if (!now.isEmpty())
            out.append({QStringLiteral("INSERT INTO %1 (version, dirty) VALUES ($1, $2)").arg(t), {now, false}});
    } else if (w.tool == kFlyway) {
        bool ok = false;
        w.checksum.toInt(&ok);
        if (!w.remove && !w.checksum.isEmpty() && !ok)
            return bad(tr("a Flyway checksum is a 32-bit whole number"));
        if (w.remove) {
            out.append({QStringLiteral("DELETE FROM %1 WHERE installed_rank = (SELECT max(installed_rank) FROM %1 WHERE version = $1)").arg(t), {w.version}});
        } else {
            // Flyway's addAppliedMigration: the next rank, installed_by the session user,
            // installed_on the column's default (now()), execution_time in milliseconds.
            out.append({QStringLiteral("INSERT INTO %1 (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                                       "VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM %1), $1, $2, 'SQL', $3, $4, current_user, $5, true)").arg(t),
                        {w.version, w.name, w.script, w.checksum.isEmpty() ? QVariant() : QVariant(w.checksum), QString::number(ms)}});
        }
    } else if (w.tool == kSqlx) {
        if (!isWhole(w.version))
            return bad(tr("sqlx versions are whole numbers"));
        if (w.remove) {
            out.append({QStringLiteral("DELETE FROM %1 WHERE version = $1").arg(t), {w.version}});
        } else {
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{96}$"));
            if (!hex.match(w.checksum).hasMatch())
                return bad(tr("an sqlx checksum is a SHA-384 in hex"));
            // sqlx's apply: the row in the migration's transaction, execution_time in nanoseconds.
            out.append({QStringLiteral("INSERT INTO %1 (version, description, success, checksum, execution_time) "
                                       "VALUES ($1, $2, TRUE, decode($3, 'hex'), $4)").arg(t),
                        {w.version, w.name, w.checksum, QString::number(ms * 1000000)}});
        }
    } else { // prisma
        if (w.id.isEmpty())
            return bad(tr("a Prisma ledger row needs its id"));
        if (w.remove) {
            out.append({QStringLiteral("DELETE FROM %1 WHERE id = $1").arg(t), {w.id}});
        } else {
            // migrate deploy: started before the script ran, finished now, one step applied.
            out.append({QStringLiteral("INSERT INTO %1 (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) "
                                       "VALUES ($1, $2, now(), $3, NULL, NULL, now() - $4::bigint * interval '1 millisecond', 1)").arg(t),
                        {w.id, w.checksum, w.name, QString::number(ms)}});
        }
    }
    return out;
}

QString LedgerStep::displaySql(const LedgerWrite &w)
{
    auto st = statements(w);
    if (!st)
        return lineComment(st.error().message);
    QStringList parts;
    parts.append(lineComment(describe(w)));
    for (const LedgerStatement &s : *st) {
        QString text = s.sql + u';';
        QStringList values;
        for (qsizetype i = 0; i < s.params.size(); ++i) {
            const QVariant &v = s.params[i];
            const bool timing = (w.tool == kFlyway && i == 4) || (w.tool == kSqlx && i == 3) || (w.tool == kPrisma && i == 3);
            values.append(QStringLiteral("$%1 = %2").arg(i + 1).arg(timing ? tr("the run's time") : v.isNull() ? QStringLiteral("NULL")
                                                                                              : v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                                                              : quoteLiteral(v.toString())));
        }
        if (!values.isEmpty())
            text += u'\n' + lineComment(values.join(QStringLiteral(", ")));
        parts.append(text);
    }
    return parts.join(u'\n');
}

LedgerWrite LedgerStep::inverse(const LedgerWrite &w)
{
    LedgerWrite back = w;
    back.remove = !w.remove;
    return back;
}

std::optional<ToolMigration> LedgerStep::locate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return std::nullopt;
    const QString canonical = info.canonicalFilePath();
    // The file's folder; Prisma keeps each migration in a folder of its own.
    for (const QString &dir : {info.absolutePath(), QFileInfo(info.absolutePath()).absolutePath()}) {
        const FolderFormat *f = FolderFormat::detectFormat(dir);
        if (!f || f->ledgerTool().isEmpty())
            continue;
        auto read = f->read(dir);
        if (!read)
            continue;
        for (const MigrationFile &m : std::as_const(read->files))
            if (m.kind == MigrationFile::Kind::Versioned && QFileInfo(m.path).canonicalFilePath() == canonical)
                return ToolMigration{f->ledgerTool(), *read, m};
    }
    return std::nullopt;
}

void LedgerStep::strip(Runbook &r)
{
    r.blockers.clear();
    r.ledgerNotes.clear();
    for (qsizetype i = r.steps.size() - 1; i >= 0; --i) {
        RunbookStep &s = r.steps[i];
        if (s.ledger.isEmpty())
            continue;
        if (s.statements.isEmpty() && s.mode == StepMode::Transaction)
            r.steps.removeAt(i);
        else
            s.ledger = {};
    }
    for (qsizetype i = 0; i < r.steps.size(); ++i)
        r.steps[i].number = int(i) + 1;
}

void LedgerStep::attach(Runbook &r, const LedgerWrite &w, bool sameTransaction)
{
    RunbookStep *last = r.steps.isEmpty() ? nullptr : &r.steps.last();
    const bool oneTransaction = last && last->ledger.isEmpty()
                                && (last->mode == StepMode::Transaction || (last->mode == StepMode::ExplicitBlock && !last->endsWithRollback));
    if (sameTransaction && oneTransaction) {
        last->ledger = w;
        return;
    }
    RunbookStep s;
    s.number = int(r.steps.size()) + 1;
    s.line = last ? last->line : 1;
    s.mode = StepMode::Transaction;
    s.ledger = w;
    s.lockLevel = QStringLiteral("ROW EXCLUSIVE");
    if (w.tool == kGolang)
        s.lockLevel = QStringLiteral("ACCESS EXCLUSIVE"); // TRUNCATE
    r.steps.append(s);
}

Error LedgerStep::add(Runbook &r, Connection &c)
{
    // Only runbooks of a file: a guided rollback keeps the ledger writes it was built with.
    if (r.source != SourceKind::MigrationUp && r.source != SourceKind::MigrationDown && r.source != SourceKind::SqlScript)
        return {};
    strip(r);
    if (r.sourcePath.isEmpty() || r.steps.isEmpty())
        return {};
    const bool down = r.source == SourceKind::MigrationDown;
    const QFileInfo info(r.sourcePath);
    if (!info.isFile())
        return {};
    const auto located = locate(r.sourcePath);
    if (!located)
        return {};
    const QString canonical = info.canonicalFilePath();
    const FolderReadResult &folder = located->folder;
    const MigrationFile &file = located->file;
    const QString tool = located->tool;
    const QString display = toolName(tool);

    auto found = LedgerReader::detect(c);
    if (!found)
        return found.error();
    const DetectedLedger *ledger = nullptr;
    for (const DetectedLedger &d : std::as_const(*found))
        if (d.reader->tool() == tool && (!ledger || d.table.schema == u"public"))
            ledger = &d;
    const bool writable = tools().contains(tool);
    if (!ledger) {
        r.ledgerNotes.append(tr("There is no %1 ledger in this database, so Strata cannot record %2: create the ledger the way %1 does "
                                "(run %1 once) and build the runbook again, or record %2 with %1 after the run.")
                                 .arg(display, file.version));
        return {};
    }
    auto rows = ledger->reader->read(c, ledger->table);
    if (!rows)
        return rows.error();
    const QString ledgerDisplay = ledger->table.schema + u'.' + ledger->table.table;
    const HistoryResult h = History::join(&folder, &*rows);
    bool applied = false;
    for (const HistoryEntry &e : h.entries)
        if (!e.path.isEmpty() && QFileInfo(e.path).canonicalFilePath() == canonical)
            applied = e.applied;
    if (applied && !down)
        r.blockers.append(tr("%1 is already applied per %2 (%3): running it again would apply it twice.").arg(file.version, ledgerDisplay, display));
    if (!applied && down)
        r.blockers.append(tr("%1 is not applied per %2 (%3): its down section has nothing to undo.").arg(file.version, ledgerDisplay, display));
    if (!writable) {
        r.ledgerNotes.append(insteadOf(tool, display, file));
        return {};
    }
    if (down && tool != kDbmate) {
        r.ledgerNotes.append(tr("Strata records only forward runs of %1 migrations: after this run, remove %2 with %1 itself.").arg(display, file.version));
        return {};
    }

    LedgerWrite w;
    w.tool = tool;
    w.schema = ledger->table.schema;
    w.table = ledger->table.table;
    w.version = file.version;
    w.remove = down;
    if (tool == kFlyway) {
        w.name = file.name;
        w.script = file.fileName;
        w.checksum = file.checksum;
    } else if (tool == kSqlx) {
        w.name = file.name;
        w.checksum = file.checksum;
    } else if (tool == kPrisma) {
        w.name = file.group;
        w.checksum = file.checksum;
        w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (tool == kGolang) {
        // The version the ledger holds now: a rollback of this run puts it back.
        for (const LedgerRow &row : std::as_const(rows->rows))
            w.previousVersion = row.version;
    }
    if (auto st = statements(w); !st) {
        r.ledgerNotes.append(st.error().message);
        return {};
    }
    attach(r, w, writesInMigrationTransaction(tool, file));
    return {};
}

} // namespace strata::runbook
