#include "LedgerReader.h"

#include "Version.h"
#include "catalog/Introspector.h"
#include "ledgers/LedgerReaders.h"
#include "pg/Connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

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
    // The candidates by name (pg_class's name is compared as a name: no cast per row), the
    // schema and the columns looked up for those few rows only; the system schemas left
    // out and the order (by the names' bytes, as the server orders names) here. Joining,
    // filtering on the schema's name with LIKE and sorting on the server cost a new backend
    // more than the rest of a ledger read (planning with cold catalog caches).
    const ResultSet rs = c.exec(QStringLiteral(
        "SELECT (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = c.relnamespace), c.relname,"
        "       ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a"
        "              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)"
        "  FROM pg_catalog.pg_class c"
        " WHERE c.relname = ANY ($1::pg_catalog.name[]) AND c.relkind IN ('r', 'p', 'v', 'f')"),
        {catalog::Introspector::textArrayLiteral(sorted)});
    if (!rs.ok())
        return Error(rs.error.kind, tr("Could not look for migration ledgers: %1").arg(rs.error.message), rs.error.detail);
    QList<LedgerCandidate> candidates;
    for (int i = 0; i < rs.rowCount(); ++i) {
        LedgerCandidate t;
        t.schema = rs.text(i, 0);
        if (t.schema == u"pg_catalog" || t.schema == u"information_schema" || t.schema.startsWith(u"pg_toast"))
            continue;
        t.table = rs.text(i, 1);
        const QByteArray columns = rs.text(i, 2).toUtf8();
        t.columns = catalog::Introspector::parseTextArray(columns.constData(), int(columns.size()));
        candidates.append(t);
    }
    std::sort(candidates.begin(), candidates.end(), [](const LedgerCandidate &a, const LedgerCandidate &b) {
        const QByteArray as = a.schema.toUtf8(), bs = b.schema.toUtf8();
        return as != bs ? as < bs : a.table.toUtf8() < b.table.toUtf8();
    });
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
