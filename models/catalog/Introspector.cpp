#include "Introspector.h"
#include "Definitions.h"
#include "IntrospectorCapture.h"
#include "IntrospectorQueries.h"
#include "pg/Connection.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <thread>
#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>
#include <vector>

namespace strata::catalog {

QString Introspector::textArrayLiteral(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += u',';
        out += u'"';
        for (const QChar ch : values[i]) {
            if (ch == u'"' || ch == u'\\')
                out += u'\\';
            out += ch;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

QStringList Introspector::parseTextArray(const char *text, int length)
{
    QStringList out;
    if (!text || length < 2 || text[0] != '{')
        return out;
    int i = 1;
    const int end = length - 1; // the closing brace
    while (i < end) {
        QByteArray item;
        bool quoted = false;
        if (text[i] == '"') {
            quoted = true;
            ++i;
            while (i < end && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < end)
                    ++i;
                item.append(text[i++]);
            }
            ++i; // closing quote
        } else {
            while (i < end && text[i] != ',')
                item.append(text[i++]);
        }
        if (!quoted && item == "NULL")
            out.append(QString());
        else
            out.append(QString::fromUtf8(item));
        if (i < end && text[i] == ',')
            ++i;
    }
    return out;
}

namespace detail {

Error Capture::exec(const QString &sql, const QVariantList &params)
{
    return exec(m_c, sql, params);
}

Error Capture::exec(Connection &c, const QString &sql, const QVariantList &params)
{
    Error e;
    PgResultPtr res = c.execRaw(sql, params, &e);
    if (m_rep)
        ++m_rep->statements;
    return e;
}

// One statement: the schema filters the catalog queries read (queries::includedSchemas(),
// as parameters $1 and $2: the queries themselves run as COPY, without parameters); an
// empty search_path (names come back qualified); in our own
// transaction also enough work_mem for the hash joins and no parallel workers: the
// catalog scans are too small to repay starting workers (measured: each Gather cost more
// than it saved on a 10,000-table catalog), and with several connections they would only
// compete with each other. On the capture's own connection it also asks which object
// kinds the database has (queries::presence(), first: the columns read back).
QString Capture::transactionSettings(bool ownTransaction, bool probe) const
{
    QString sql = QStringLiteral("SELECT ");
    if (probe)
        sql += queries::presence() + QStringLiteral(", ");
    sql += QStringLiteral("pg_catalog.set_config('search_path', '', true),"
                          " pg_catalog.set_config('strata.snapshot_schemas', $1, true),"
                          " pg_catalog.set_config('strata.snapshot_excluded', $2, true)");
    if (ownTransaction)
        sql += QStringLiteral(", CASE WHEN pg_catalog.pg_size_bytes(pg_catalog.current_setting('work_mem')) < 67108864"
                              " THEN pg_catalog.set_config('work_mem', '64MB', true) END");
    if (ownTransaction || m_conns.size() > 1)
        sql += QStringLiteral(", pg_catalog.set_config('max_parallel_workers_per_gather', '0', true)");
    return sql;
}

// In our own REPEATABLE READ transaction on m_c: export its snapshot and open up to
// connections - 1 more connections that import it. Anything that does not work leaves
// the capture with fewer connections (sequential at worst); only an error on m_c fails.
Error Capture::openExtraConnections()
{
    if (m_o.connections <= 1 || !m_o.openConnection)
        return {};
    Error e;
    PgResultPtr res = m_c.execRaw(QStringLiteral("SELECT CASE WHEN pg_catalog.pg_is_in_recovery() THEN NULL"
                                                 " ELSE pg_catalog.pg_export_snapshot() END"),
                                  {}, &e);
    if (m_rep)
        ++m_rep->statements;
    if (e)
        return e;
    if (PQntuples(res.get()) != 1 || PQgetisnull(res.get(), 0, 0))
        return {}; // a standby cannot export snapshots: sequential
    QString id = QString::fromUtf8(PQgetvalue(res.get(), 0, 0));
    id.replace(u'\'', QStringLiteral("''"));
    const QString import = QStringLiteral("SET TRANSACTION SNAPSHOT '") + id + u'\'';
    for (int k = 1; k < m_o.connections; ++k) {
        auto opened = m_o.openConnection();
        if (!opened || !*opened)
            break;
        Connection &c = **opened;
        if (exec(c, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")) || exec(c, import))
            break;
        m_extra.push_back(std::move(*opened));
        m_conns.append(m_extra.back().get());
    }
    return {};
}

// The catalog queries in reading order (each reader may use what earlier ones read).
// With several connections the per-table queries are split by table oid, one part per
// connection, so each table is opened (relcache, lock) by one backend only.
QList<Capture::Planned> Capture::plan()
{
    using namespace queries;
    const int version = m_c.info().serverVersionNum;
    // Split the per-table queries by table only when the server prints expressions (it
    // opens each table it prints for: one backend per table). Otherwise each query is one
    // scan of its catalog, and splitting would only scan it once per connection; the
    // connections then take whole queries.
    const int parts = m_clientDeparse ? 1 : int(m_conns.size());
    QList<Planned> out;
    auto add = [&](const char *name, const QString &sql, Reader reader) {
        out.append({{QString::fromLatin1(name), sql, -1}, reader});
    };
    auto split = [&](const char *name, const std::function<QString(int, int)> &sql, Reader reader) {
        if (parts <= 1)
            return add(name, sql(1, 0), reader);
        for (int k = 0; k < parts; ++k)
            out.append({{QStringLiteral("%1 %2/%3").arg(QLatin1StringView(name)).arg(k + 1).arg(parts), sql(parts, k), k},
                        reader});
    };
    // A query of a kind the probe found none of returns no rows: not sent (its reader
    // would have added nothing, so the snapshot is the same). Without pg_inherits rows the
    // parent lookups of relations and indexes are left out ("partition parents": NULL).
    m_skipped.clear();
    auto when = [this](Presence kind, const char *name) {
        if (!present(kind))
            m_skipped.append(QString::fromLatin1(name));
        return present(kind);
    };
    if (when(Presence::Comments, "comments"))
        add("comments", comments(), &Capture::readComment);
    add("schemas", schemas(), &Capture::readSchema);
    add("extensions", extensions(), &Capture::readExtension);
    if (when(Presence::Types, "types"))
        add("types", types(), &Capture::readType);
    if (when(Presence::Sequences, "sequences"))
        add("sequences", sequences(), &Capture::readSequence);
    const bool parents = when(Presence::Inheritance, "partition parents");
    add("relations", relations(int(m_o.stats), parents), &Capture::readRelation);
    split("columns", [](int n, int k) { return columns(n, k); }, &Capture::readColumn);
    if (when(Presence::Defaults, "defaults"))
        split("defaults", [](int n, int k) { return defaults(n, k); }, &Capture::readDefault);
    const bool client = m_clientDeparse;
    split("constraints", [version, client](int n, int k) { return constraints(version, n, k, client); }, &Capture::readConstraint);
    add("operator classes", opclasses(), &Capture::readOpclass);
    split("indexes", [version, client, parents](int n, int k) { return indexes(version, n, k, client, parents); },
          &Capture::readIndex);
    if (when(Presence::Functions, "functions"))
        add("functions", functions(), &Capture::readFunction);
    if (when(Presence::Triggers, "triggers"))
        add("triggers", triggers(), &Capture::readTrigger);
    if (when(Presence::Policies, "policies"))
        add("policies", policies(client), &Capture::readPolicy);
    if (when(Presence::Rules, "view dependencies"))
        add("view dependencies", viewDependencies(), &Capture::readViewDependency);
    add("dependencies", dependencies(), &Capture::readDependency);
    return out;
}

// Room for a query's rows. Only for the first part of a split query: QList::reserve
// copies what the list holds (it never moves), so reserving again for the second part
// would copy every object of the first; later parts grow by appending.
void Capture::reserve(Reader reader, int rows)
{
    auto room = [rows](auto &list) {
        if (list.isEmpty())
            list.reserve(rows);
    };
    if (reader == &Capture::readIndex) {
        room(m_s.indexes);
        room(m_pendingIndexes);
    } else if (reader == &Capture::readConstraint) {
        room(m_s.constraints);
        room(m_pendingConstraints);
    } else if (reader == &Capture::readRelation) {
        room(m_s.tables);
        if (m_tables.isEmpty())
            m_tables.reserve(rows);
    } else if (reader == &Capture::readColumn) {
        if (m_attrs.isEmpty())
            m_attrs.reserve(m_tables.size() + m_views.size() + m_composites.size());
    } else if (reader == &Capture::readFunction) {
        room(m_s.functions);
    } else if (reader == &Capture::readSequence) {
        room(m_s.sequences);
    }
}

Error Capture::queries()
{
    const QList<Planned> planned = plan();
    // The results come back in plan order; reading one overlaps the server's work on the
    // next ones (with one connection too: its own thread sends the next query while this
    // one reads).
    QList<Connection *> conns = m_conns;
    QList<detail::CatalogQuery> qs;
    for (const Planned &p : planned)
        qs.append(p.query);
    if (m_rep)
        m_rep->skipped = m_skipped;
    const int total = int(qs.size()) + 4; // and up to 4 follow-ups in finish()
    QElapsedTimer phase;
    phase.start();
    m_steps = total;
    int sent = 0;
    Error x = detail::runConcurrently(conns, qs, m_ctl, [&](qsizetype i, CopyRows &rows, qint64 ms) -> Error {
        if (m_ctl) {
            if (m_ctl->isCanceled())
                return JobControl::canceledError();
            m_ctl->setProgress(int(i), total, Introspector::tr("Reading %1…").arg(qs[i].name));
        }
        QElapsedTimer t;
        t.start();
        const Reader reader = planned[i].reader;
        reserve(reader, int(rows.rowCount()));
        const bool read = rows.forEach([this, reader](const char *const *values, const int *lengths, int count) {
            (this->*reader)(Row{values, lengths, count});
        });
        if (!read)
            return Error(Error::Kind::Internal, Introspector::tr("The server's answer to the catalog query “%1” could not be read.").arg(qs[i].name));
        if (m_rep)
            m_rep->stepMs.append({qs[i].name, ms + t.elapsed()});
        return {};
    }, &sent);
    if (m_rep) {
        m_rep->statements += sent;
        m_rep->queriesMs = phase.restart();
    }
    if (x)
        return x;
    m_step = total - 4;
    x = finish();
    if (m_rep)
        m_rep->completionMs = phase.elapsed();
    return x;
}

// Names and composed definitions, once every catalog row is in. A few more bulk
// queries: column type names (always), column names of tables outside the snapshot that
// foreign keys or sequences refer to, what printed expressions name (and a sample of
// the server's text), and pg_get_indexdef for indexes whose text is not certain.
Error Capture::finish()
{
    // 0. Column type and collation names, and column comments.
    if (Error x = columnDetails())
        return x;
    for (auto it = m_indexBytes.cbegin(); it != m_indexBytes.cend(); ++it) { // estimated total sizes
        QString key;
        if (auto t = m_tables.constFind(it.key()); t != m_tables.cend())
            key = m_s.tables[*t].key();
        else if (auto v = m_views.constFind(it.key()); v != m_views.cend())
            key = m_s.views[*v].key();
        if (auto st = m_s.tableStats.find(key); st != m_s.tableStats.end() && !st->exactSizes)
            st->totalBytes += it.value();
    }

    // 1. Column names the snapshot does not hold, and the names of the tables outside it
    // that foreign keys refer to.
    QStringList missingRels, missingNums;
    QSet<QPair<quint32, qint64>> seen;
    auto need = [&](quint32 rel, qint64 num, bool evenIfKnown = false) {
        if (num > 0 && (evenIfKnown || !attr(rel, num)) && !seen.contains({rel, num})) {
            seen.insert({rel, num});
            missingRels << QString::number(rel);
            missingNums << QString::number(num);
        }
    };
    for (const PendingConstraint &p : m_pendingConstraints) {
        if (m_tables.contains(p.refRel))
            continue; // names known
        for (qint64 n : p.refKeys)
            need(p.refRel, n, true);
    }
    QHash<quint32, QPair<QString, QString>> otherTables; // oid -> (schema, name) outside the snapshot
    for (const PendingSequenceColumn &p : m_ownedBy)
        need(p.rel, p.attnum);
    if (!missingRels.isEmpty()) {
        const QVariantList params{QString(u'{' + missingRels.join(u',') + u'}'), QString(u'{' + missingNums.join(u',') + u'}')};
        if (Error x = step("referenced columns", queries::attributeNames(), params, [this, &otherTables](const Row &r) {
                otherTables.insert(r.oid(0), {r.str(3), r.str(4)});
                QList<Attr> &attrs = m_attrs[r.oid(0)];
                const int n = int(r.i64(1));
                if (attrs.size() <= n)
                    attrs.resize(n + 1);
                attrs[n].name = r.str(2);
            }))
            return x;
    }

    for (const PendingSequenceColumn &p : m_ownedBy)
        if (const Attr *a = attr(p.rel, p.attnum))
            m_s.sequences[p.index].ownedByColumn = a->name;

    // 2. CHECK constraints and index expressions the server did not print.
    if (Error x = printExpressions())
        return x;

    // 3. Constraint columns and the definitions the server did not print, on a second
    // thread while this one composes the indexes (4.): each writes its own objects and
    // only reads the rest (column names, tables).
    std::thread constraints([this, &otherTables] {
        for (const PendingConstraint &p : m_pendingConstraints) {
            ConstraintDef &c = m_s.constraints[p.index];
            c.columns = names(p.rel, p.keys);
            if (c.type == ConstraintDef::Type::ForeignKey) {
                c.refColumns = names(p.refRel, p.refKeys);
                if (auto t = m_tables.constFind(p.refRel); t != m_tables.cend()) {
                    c.refSchema = std::as_const(m_s.tables)[*t].schema;
                    c.refTable = std::as_const(m_s.tables)[*t].name;
                } else {
                    std::tie(c.refSchema, c.refTable) = otherTables.value(p.refRel);
                }
            }
            if (!c.definition.isEmpty() || p.hasTree) // CHECKs: printExpressions()
                continue;
            if (c.type == ConstraintDef::Type::ForeignKey) {
                c.definition = definitions::foreignKey(c.columns, qualifiedName(c.refSchema, c.refTable), c.refColumns, p.match,
                                                       p.onUpdate, p.onDelete, c.deferrable, c.initiallyDeferred, c.validated);
            } else {
                const QStringList include = names(p.rel, p.indexKeys, p.indexKeyCount);
                c.definition = definitions::keyConstraint(c.type == ConstraintDef::Type::PrimaryKey, c.nullsNotDistinct, c.columns,
                                                          include, c.deferrable, c.initiallyDeferred, c.validated);
            }
        }
    });

    // 4. Index columns, and definitions: composed where certain, else from the server.
    QStringList uncertain;
    QHash<quint32, qsizetype> byOid;
    for (const PendingIndex &p : m_pendingIndexes) {
        IndexDef &i = m_s.indexes[p.index];
        i.columns = names(p.rel, p.keys, 0, p.keyCount);
        i.includeColumns = names(p.rel, p.keys, p.keyCount);
        if (i.definition.isEmpty() && p.columnOptions) { // only the server prints column options
            uncertain << QString::number(p.oid);
            byOid.insert(p.oid, p.index);
            continue;
        }
        if (!i.definition.isEmpty() || p.hasTrees) // trees: printExpressions()
            continue;
        QStringList keys;
        bool certain = p.keys.size() >= p.keyCount && p.opclasses.size() >= p.keyCount;
        for (qsizetype k = 0; certain && k < p.keyCount; ++k) {
            const Attr *a = attr(p.rel, p.keys[k]);
            const std::optional<QString> key = a ? indexKey(p, k, quoteIdent(a->name), a->type, a->collation) : std::nullopt;
            if (key)
                keys << *key;
            else
                certain = false;
        }
        if (certain) {
            const TableDef *t = m_tables.contains(p.rel) ? &std::as_const(m_s.tables)[m_tables.value(p.rel)] : nullptr;
            const QString table = t ? t->qualifiedName() : std::as_const(m_s.views)[m_views.value(p.rel)].qualifiedName();
            i.definition = definitions::index(i.unique, i.name, p.only, table, i.method, keys, i.includeColumns, p.nullsNotDistinct);
        } else {
            uncertain << QString::number(p.oid);
            byOid.insert(p.oid, p.index);
        }
    }
    constraints.join();

    if (!uncertain.isEmpty()) {
        const QVariantList params{QString(u'{' + uncertain.join(u',') + u'}')};
        if (Error x = step("index definitions", queries::indexDefinitions(), params, [this, &byOid](const Row &r) {
                if (auto it = byOid.constFind(r.oid(0)); it != byOid.cend())
                    m_s.indexes[*it].definition = r.str(1);
            }))
            return x;
    }
    return {};
}

// An index key with its decoration as pg_get_indexdef prints it (collation, operator
// class), or nothing when only the server can say: DESC/NULLS options, a collation other
// than the key's, a default operator class reached through a coercion.
std::optional<QString> Capture::indexKey(const PendingIndex &p, qsizetype k, const QString &text, quint32 type,
                                         quint32 collation) const
{
    if (k >= p.opclasses.size())
        return std::nullopt;
    const auto oc = m_opclasses.constFind(quint32(p.opclasses[k]));
    const quint32 coll = quint32(p.collations.value(k));
    if (oc == m_opclasses.cend() || p.options.value(k) != 0 || (coll != 0 && coll != collation))
        return std::nullopt;
    if (!oc->isDefault)
        return text + u' ' + oc->name; // never the type's default: printed
    if (oc->inputType == type)
        return text;                   // the type's own default: not printed
    return std::nullopt;
}

Result<Snapshot> Capture::run()
{
    const int version = m_c.info().serverVersionNum;
    if (version > 0 && version < 140000)
        return Error(Error::Kind::Usage,
                     Introspector::tr("Schema snapshots need PostgreSQL 14 or newer; this server runs %1.").arg(m_c.info().serverVersion));

    // The client prints expressions only where its output is verified to be the server's.
    const char *encoding = PQparameterStatus(m_c.raw(), "server_encoding");
    const char *strings = PQparameterStatus(m_c.raw(), "standard_conforming_strings");
    m_standardStrings = !strings || std::strcmp(strings, "on") == 0;
    m_clientDeparse = m_o.clientDeparse && version >= 150000 && version < 160000 && encoding
        && std::strcmp(encoding, "UTF8") == 0;

    const bool ownTransaction = PQtransactionStatus(m_c.raw()) == PQTRANS_IDLE;
    QString savedSearchPath;
    if (ownTransaction) {
        if (Error e = exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            return e;
        if (Error e = openExtraConnections()) {
            exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    } else {
        Error e;
        PgResultPtr res = m_c.execRaw(QStringLiteral("SELECT pg_catalog.current_setting('search_path')"), {}, &e);
        if (m_rep)
            ++m_rep->statements;
        if (e)
            return e;
        savedSearchPath = QString::fromUtf8(PQgetvalue(res.get(), 0, 0));
    }
    Error failure;
    {
        PgResultPtr res = m_c.execRaw(transactionSettings(ownTransaction, m_o.probe), m_params, &failure);
        if (m_rep)
            ++m_rep->statements;
        if (!failure && m_o.probe && PQntuples(res.get()) == 1 && PQnfields(res.get()) > int(m_present.size()))
            for (size_t k = 0; k < m_present.size(); ++k)
                m_present[k] = PQgetisnull(res.get(), 0, int(k)) || *PQgetvalue(res.get(), 0, int(k)) != 'f';
    }
    for (qsizetype k = 1; k < m_conns.size() && !failure; ++k)
        failure = exec(*m_conns[k], transactionSettings(true, false), m_params);
    if (m_rep)
        m_rep->connections = int(m_conns.size());
    if (!failure)
        failure = queries();
    // The extra connections only read: closing them ends their transactions.
    m_conns = {&m_c};
    m_extra.clear();

    if (ownTransaction) {
        Error end = exec(failure ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
        if (!failure && end)
            failure = end;
    } else if (PQtransactionStatus(m_c.raw()) == PQTRANS_INTRANS) {
        exec(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, true)"), {savedSearchPath});
    }
    if (failure)
        return failure;

    QElapsedTimer sorting;
    sorting.start();
    for (TypeDef &t : m_s.types)
        std::sort(t.constraints.begin(), t.constraints.end(),
                  [](const DomainConstraint &a, const DomainConstraint &b) { return a.name < b.name; });
    for (ViewDef &v : m_s.views)
        v.dependsOn.sort();
    resolveDependencies();
    m_s.sort();
    if (m_rep)
        m_rep->completionMs += sorting.elapsed();

    m_s.serverVersion = m_c.info().serverVersion;
    m_s.serverVersionNum = m_c.info().serverVersionNum;
    m_s.database = m_c.info().dbname;
    m_s.takenAt = QDateTime::currentDateTimeUtc();
    m_s.scope.includeSchemas = m_o.includeSchemas;
    m_s.scope.excludeSchemas = m_o.excludeSchemas;
    m_s.scope.owners = m_o.owners;
    m_s.scope.grants = m_o.grants;
    if (m_ctl)
        m_ctl->setProgress(m_steps, m_steps, Introspector::tr("Snapshot complete."));
    return std::move(m_s);
}

} // namespace detail

Result<Snapshot> Introspector::capture(Connection &connection, const IntrospectOptions &options,
                                       JobControl *control, IntrospectReport *report)
{
    detail::Capture c(connection, options, control, report);
    return c.run();
}

} // namespace strata::catalog
