#include "LedgerReader.h"

#include "Version.h"
#include "ledgers/LedgerReaders.h"
#include "pg/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace strata {

QString LedgerReader::keyFor(const MigrationFile &f) const
{
    return version::canonical(f.version);
}

const QList<const LedgerReader *> &LedgerReader::all()
{
    static const FlywayLedger flyway;
    static const PrismaLedger prisma;
    static const SqlxLedger sqlx;
    static const SqitchLedger sqitch;
    static const AlembicLedger alembic;
    static const RailsLedger rails;
    static const GolangMigrateLedger golang;
    static const DbmateLedger dbmate;
    static const DjangoLedger django;
    static const KnexLedger knex;
    static const LiquibaseLedger liquibase;
    static const NodePgMigrateLedger nodePgMigrate;
    static const SqlMigrateLedger sqlMigrate;
    static const GooseLedger goose;
    static const DieselLedger diesel;
    static const QList<const LedgerReader *> list{&flyway, &prisma, &sqlx, &sqitch, &alembic, &rails, &golang, &dbmate,
                                                  &django, &knex, &liquibase, &nodePgMigrate, &sqlMigrate, &goose, &diesel};
    return list;
}

const LedgerReader *LedgerReader::byTool(const QString &tool)
{
    for (const LedgerReader *r : all())
        if (r->tool() == tool)
            return r;
    return nullptr;
}

Result<QList<DetectedLedger>> LedgerReader::detect(Connection &c)
{
    QSet<QString> names;
    for (const LedgerReader *r : all())
        for (const QString &n : r->tableNames())
            names.insert(n);
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    const ResultSet rs = c.exec(QStringLiteral(
        "SELECT n.nspname::text, c.relname::text,"
        "       coalesce((SELECT json_agg(a.attname::text ORDER BY a.attnum) FROM pg_catalog.pg_attribute a"
        "                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]')::text"
        "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'p', 'v', 'f') AND c.relname = ANY (string_to_array($1, ','))"
        "   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
        " ORDER BY n.nspname, c.relname"), {sorted.join(u',')});
    if (!rs.ok())
        return Error(rs.error.kind, tr("Could not look for migration ledgers: %1").arg(rs.error.message), rs.error.detail);
    QList<LedgerCandidate> candidates;
    for (int i = 0; i < rs.rowCount(); ++i) {
        LedgerCandidate t;
        t.schema = rs.text(i, 0);
        t.table = rs.text(i, 1);
        for (const QJsonValue &v : QJsonDocument::fromJson(rs.text(i, 2).toUtf8()).array())
            t.columns.append(v.toString());
        candidates.append(t);
    }
    QList<DetectedLedger> out;
    for (const LedgerCandidate &t : std::as_const(candidates))
        for (const LedgerReader *r : all())
            if (r->tableNames().contains(t.table) && r->matches(t, candidates)) {
                out.append({r, t});
                break;
            }
    return out;
}

Result<QList<Ledger>> LedgerReader::readAll(Connection &c)
{
    auto found = detect(c);
    if (!found)
        return found.error();
    QList<Ledger> out;
    for (const DetectedLedger &d : std::as_const(*found)) {
        auto l = d.reader->read(c, d.table);
        if (!l)
            return l.error();
        out.append(*l);
    }
    return out;
}

QString LedgerReader::qualified(Connection &c, const LedgerCandidate &t)
{
    return c.quoteIdentifier(t.schema) + u'.' + c.quoteIdentifier(t.table);
}

Result<ResultSet> LedgerReader::select(Connection &c, const LedgerCandidate &t, const QString &columns, const QString &orderBy)
{
    const QString sql = QStringLiteral("SELECT %1, to_jsonb(t)::text FROM %2 t ORDER BY %3")
                            .arg(columns, qualified(c, t), orderBy);
    ResultSet rs = c.exec(sql);
    if (!rs.ok())
        return Error(rs.error.kind, tr("Could not read the ledger %1.%2: %3").arg(t.schema, t.table, rs.error.message),
                     rs.error.detail);
    return rs;
}

QString LedgerReader::epochMs(const QString &column)
{
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(column);
}

QDateTime LedgerReader::timeAt(const ResultSet &r, int row, int col)
{
    if (r.isNull(row, col))
        return {};
    return QDateTime::fromMSecsSinceEpoch(r.toInt64(row, col), Qt::UTC);
}

QVariantMap LedgerReader::rawAt(const ResultSet &r, int row)
{
    return QJsonDocument::fromJson(r.text(row, r.columnCount() - 1).toUtf8()).object().toVariantMap();
}

Ledger LedgerReader::makeLedger(const QString &tool, const LedgerCandidate &t)
{
    Ledger l;
    l.tool = tool;
    l.schema = t.schema;
    l.table = t.table;
    return l;
}

} // namespace strata
