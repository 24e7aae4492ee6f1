#include "Introspector.h"
#include "Definitions.h"
#include "IntrospectorParallel.h"
#include "IntrospectorQueries.h"
#include "pg/Connection.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstdlib>
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

namespace {

// One row of a libpq result, read without intermediate copies.
struct Row
{
    const PGresult *res;
    int row;
    bool isNull(int c) const { return PQgetisnull(res, row, c); }
    QString str(int c) const
    {
        if (PQgetisnull(res, row, c))
            return {};
        return QString::fromUtf8(PQgetvalue(res, row, c), PQgetlength(res, row, c));
    }
    bool flag(int c) const { return !isNull(c) && PQgetvalue(res, row, c)[0] == 't'; }
    char ch(int c) const { return isNull(c) ? '\0' : PQgetvalue(res, row, c)[0]; }
    qint64 i64(int c) const { return isNull(c) ? 0 : std::strtoll(PQgetvalue(res, row, c), nullptr, 10); }
    double dbl(int c) const { return isNull(c) ? 0.0 : std::strtod(PQgetvalue(res, row, c), nullptr); }
    quint32 oid(int c) const { return isNull(c) ? 0 : quint32(std::strtoul(PQgetvalue(res, row, c), nullptr, 10)); }
    // int2[], oid[] (and int2vector/oidvector cast to arrays): "{1,2,3}".
    QList<qint64> ints(int c) const
    {
        QList<qint64> out;
        if (isNull(c))
            return out;
        const char *p = PQgetvalue(res, row, c);
        if (*p == '[') { // "[0:1]={3,0}": arrays not starting at 1 carry their bounds
            while (*p && *p != '=')
                ++p;
        }
        while (*p) {
            if ((*p >= '0' && *p <= '9') || *p == '-') {
                char *end = nullptr;
                out.append(std::strtoll(p, &end, 10));
                p = end;
            } else {
                ++p;
            }
        }
        return out;
    }
    QStringList list(int c) const
    {
        if (isNull(c))
            return {};
        return Introspector::parseTextArray(PQgetvalue(res, row, c), PQgetlength(res, row, c));
    }
};

QList<Grant> parseGrants(const QStringList &entries)
{
    QList<Grant> out;
    out.reserve(entries.size());
    for (const QString &e : entries) {
        const qsizetype colon = e.indexOf(u':');
        if (e.size() < 3 || colon < 2)
            continue;
        Grant g;
        g.revoked = e[0] == u'r';
        g.grantable = e[1] == u't';
        g.privilege = e.mid(2, colon - 2);
        g.grantee = e.mid(colon + 1);
        out.append(std::move(g));
    }
    std::sort(out.begin(), out.end(), [](const Grant &a, const Grant &b) {
        if (a.revoked != b.revoked)
            return a.revoked; // revokes first, the order DDL applies them
        if (a.grantee != b.grantee)
            return a.grantee < b.grantee;
        if (a.privilege != b.privilege)
            return a.privilege < b.privilege;
        return a.grantable < b.grantable;
    });
    return out;
}

QString fkAction(char c)
{
    switch (c) {
    case 'a': return QStringLiteral("NO ACTION");
    case 'r': return QStringLiteral("RESTRICT");
    case 'c': return QStringLiteral("CASCADE");
    case 'n': return QStringLiteral("SET NULL");
    case 'd': return QStringLiteral("SET DEFAULT");
    default: return {};
    }
}

QString matchType(char c)
{
    switch (c) {
    case 'f': return QStringLiteral("FULL");
    case 'p': return QStringLiteral("PARTIAL");
    case 's': return QStringLiteral("SIMPLE");
    default: return {};
    }
}

struct Attr
{
    QString name;
    quint32 type = 0;
    quint32 collation = 0;
};

struct Opclass
{
    bool isDefault = false;
    quint32 inputType = 0;
    QString name; // as pg_get_indexdef prints it
};

// Raw catalog numbers kept until every name is known (finish()).
struct PendingConstraint
{
    qsizetype index;
    quint32 rel;
    QList<qint64> keys;
    quint32 refRel;
    QList<qint64> refKeys;
    QList<qint64> indexKeys; // the backing index's columns, for INCLUDE
    int indexKeyCount;
    char match, onUpdate, onDelete;
};

struct PendingIndex
{
    qsizetype index;
    quint32 oid;
    quint32 rel;
    QList<qint64> keys;
    int keyCount;
    QList<qint64> opclasses;
    QList<qint64> collations;
    QList<qint64> options;
    bool only;
    bool nullsNotDistinct;
};

struct PendingSequenceColumn
{
    qsizetype index; // in m_s.sequences
    quint32 rel;
    int attnum;
};

class Capture
{
public:
    Capture(Connection &c, const IntrospectOptions &o, JobControl *ctl, IntrospectReport *rep)
        : m_c(c), m_o(o), m_ctl(ctl), m_rep(rep)
    {
        m_params = {Introspector::textArrayLiteral(o.includeSchemas), Introspector::textArrayLiteral(o.excludeSchemas)};
        m_conns.append(&c);
    }

    Result<Snapshot> run();

private:
    using Reader = void (Capture::*)(const Row &);
    struct Planned
    {
        detail::CatalogQuery query;
        Reader reader;
    };

    template<class Fn>
    Error step(const char *name, const QString &sql, const QVariantList &params, Fn &&perRow);
    Error exec(const QString &sql, const QVariantList &params = {});
    Error exec(Connection &c, const QString &sql);
    Error openExtraConnections();
    QString transactionSettings(bool ownTransaction) const;
    QList<Planned> plan() const;
    void reserve(Reader reader, int rows);
    Error queries();
    Error finish();
    QString owner(const Row &r, int c) const { return m_o.owners ? r.str(c) : QString(); }
    QList<Grant> grants(const Row &r, int c) const { return m_o.grants ? parseGrants(r.list(c)) : QList<Grant>(); }
    TableStats stats(const Row &r) const
    {
        return {r.dbl(17), r.i64(18), r.i64(19), r.i64(20), m_o.stats == IntrospectOptions::Stats::Exact};
    }
    const Attr *attr(quint32 rel, qint64 attnum) const
    {
        auto it = m_attrs.constFind(rel);
        if (it == m_attrs.cend() || attnum <= 0 || attnum >= it->size())
            return nullptr;
        const Attr &a = it->at(attnum);
        return a.name.isEmpty() ? nullptr : &a;
    }
    QStringList names(quint32 rel, const QList<qint64> &attnums, qsizetype from = 0, qsizetype to = -1) const;

    void readSchema(const Row &r);
    void readExtension(const Row &r);
    void readType(const Row &r);
    void readSequence(const Row &r);
    void readRelation(const Row &r);
    void readColumn(const Row &r);
    void readConstraint(const Row &r);
    void readOpclass(const Row &r);
    void readIndex(const Row &r);
    void readFunction(const Row &r);
    void readTrigger(const Row &r);
    void readPolicy(const Row &r);
    void readViewDependency(const Row &r);

    Connection &m_c;
    QList<Connection *> m_conns;                       // m_c first, then the extra ones
    std::vector<std::unique_ptr<Connection>> m_extra;  // parallel capture only
    const IntrospectOptions &m_o;
    JobControl *m_ctl;
    IntrospectReport *m_rep;
    QVariantList m_params;
    Snapshot m_s;
    int m_step = 0;
    int m_steps = 15; // progress maximum: 13 catalog queries, up to 2 follow-ups (more parts when parallel)

    QHash<quint32, qsizetype> m_tables;      // pg_class oid -> index in m_s.tables
    QHash<quint32, qsizetype> m_views;       // pg_class oid -> index in m_s.views
    QHash<quint32, qsizetype> m_typesByOid;  // pg_type oid -> index in m_s.types
    QHash<quint32, qsizetype> m_composites;  // typrelid -> index in m_s.types
    QHash<quint32, QList<Attr>> m_attrs;     // relation -> attributes by attnum
    QHash<quint32, Opclass> m_opclasses;
    QHash<QPair<quint32, int>, QPair<QString, SequenceOptions>> m_identity; // (table, attnum) -> sequence
    QList<PendingSequenceColumn> m_ownedBy;
    QList<PendingConstraint> m_pendingConstraints;
    QList<PendingIndex> m_pendingIndexes;
};


Error Capture::exec(const QString &sql, const QVariantList &params)
{
    Error e;
    PgResultPtr res = m_c.execRaw(sql, params, &e);
    if (m_rep)
        ++m_rep->statements;
    return e;
}

Error Capture::exec(Connection &c, const QString &sql)
{
    Error e;
    PgResultPtr res = c.execRaw(sql, {}, &e);
    if (m_rep)
        ++m_rep->statements;
    return e;
}

// One statement: an empty search_path (names come back qualified); in our own
// transaction also enough work_mem to sort 100,000 columns in memory and, when several
// connections share the work, no parallel workers on top of them.
QString Capture::transactionSettings(bool ownTransaction) const
{
    QString sql = QStringLiteral("SELECT pg_catalog.set_config('search_path', '', true)");
    if (ownTransaction)
        sql += QStringLiteral(", CASE WHEN pg_catalog.pg_size_bytes(pg_catalog.current_setting('work_mem')) < 67108864"
                              " THEN pg_catalog.set_config('work_mem', '64MB', true) END");
    if (m_conns.size() > 1)
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

template<class Fn>
Error Capture::step(const char *name, const QString &sql, const QVariantList &params, Fn &&perRow)
{
    if (m_ctl) {
        if (m_ctl->isCanceled())
            return JobControl::canceledError();
        m_ctl->setProgress(m_step, m_steps, Introspector::tr("Reading %1…").arg(QLatin1StringView(name)));
    }
    ++m_step;
    QElapsedTimer t;
    t.start();
    Error e;
    PgResultPtr res = m_c.execRaw(sql, params, &e);
    if (m_rep)
        ++m_rep->statements;
    if (e)
        return e;
    const int n = PQntuples(res.get());
    for (int i = 0; i < n; ++i)
        perRow(Row{res.get(), i});
    if (m_rep)
        m_rep->stepMs.append({QString::fromLatin1(name), t.elapsed()});
    return {};
}

void Capture::readSchema(const Row &r)
{
    SchemaDef d;
    d.name = r.str(0);
    d.owner = owner(r, 1);
    d.comment = r.str(2);
    d.grants = grants(r, 3);
    m_s.schemas.append(std::move(d));
}

void Capture::readExtension(const Row &r)
{
    ExtensionDef d;
    d.name = r.str(0);
    d.schema = r.str(1);
    d.version = r.str(2);
    d.comment = r.str(3);
    m_s.extensions.append(std::move(d));
}

void Capture::readType(const Row &r)
{
    TypeDef t;
    t.schema = r.str(1);
    t.name = r.str(2);
    switch (r.ch(3)) {
    case 'e': t.kind = TypeDef::Kind::Enum; break;
    case 'd': t.kind = TypeDef::Kind::Domain; break;
    case 'c': t.kind = TypeDef::Kind::Composite; break;
    case 'r': t.kind = TypeDef::Kind::Range; break;
    default: return;
    }
    t.owner = owner(r, 4);
    t.comment = r.str(5);
    t.grants = grants(r, 6);
    t.labels = r.list(7);
    t.baseType = r.str(8);
    t.collation = r.str(9);
    t.defaultExpr = r.str(10);
    t.notNull = t.kind == TypeDef::Kind::Domain && r.flag(11);
    t.subtype = r.str(13);
    t.subtypeOpclass = r.str(14);
    t.canonicalFunction = r.str(15);
    t.subtypeDiffFunction = r.str(16);
    t.multirangeName = r.str(17);
    m_typesByOid.insert(r.oid(0), m_s.types.size());
    if (t.kind == TypeDef::Kind::Composite)
        m_composites.insert(r.oid(12), m_s.types.size());
    m_s.types.append(std::move(t));
}

void Capture::readSequence(const Row &r)
{
    SequenceOptions o;
    o.dataType = r.str(6);
    o.start = r.i64(7);
    o.increment = r.i64(8);
    o.minValue = r.i64(9);
    o.maxValue = r.i64(10);
    o.cache = r.i64(11);
    o.cycle = r.flag(12);
    if (r.ch(13) == 'i') {
        // An identity column's sequence belongs to the column.
        m_identity.insert({r.oid(14), int(r.i64(17))}, {qualifiedName(r.str(1), r.str(2)), o});
        return;
    }
    SequenceDef s;
    s.schema = r.str(1);
    s.name = r.str(2);
    s.owner = owner(r, 3);
    s.comment = r.str(4);
    s.grants = grants(r, 5);
    s.options = o;
    if (r.ch(13) == 'a') {
        s.ownedBySchema = r.str(15);
        s.ownedByTable = r.str(16);
        m_ownedBy.append({m_s.sequences.size(), r.oid(14), int(r.i64(17))});
    }
    m_s.sequences.append(std::move(s));
}

void Capture::readRelation(const Row &r)
{
    const char kind = r.ch(1);
    const quint32 oid = r.oid(0);
    QStringList options = r.list(8);
    options.sort();
    if (kind == 'v' || kind == 'm') {
        ViewDef v;
        v.schema = r.str(2);
        v.name = r.str(3);
        v.materialized = kind == 'm';
        v.owner = owner(r, 4);
        v.comment = r.str(5);
        v.grants = grants(r, 6);
        v.options = options;
        v.definition = r.str(15);
        v.populated = !v.materialized || r.flag(16);
        if (v.materialized && m_o.stats != IntrospectOptions::Stats::None)
            m_s.tableStats.insert(v.key(), stats(r));
        m_views.insert(oid, m_s.views.size());
        m_s.views.append(std::move(v));
        return;
    }
    TableDef t;
    t.schema = r.str(2);
    t.name = r.str(3);
    t.owner = owner(r, 4);
    t.comment = r.str(5);
    t.grants = grants(r, 6);
    t.unlogged = r.ch(7) == 'u';
    t.options = options;
    t.partitionKey = r.str(9);
    t.parentSchema = r.str(10);
    t.parentName = r.str(11);
    t.partitionBound = r.str(12);
    t.rlsEnabled = r.flag(13);
    t.rlsForced = r.flag(14);
    if (m_o.stats != IntrospectOptions::Stats::None && t.partitionKey.isEmpty())
        m_s.tableStats.insert(t.key(), stats(r));
    m_tables.insert(oid, m_s.tables.size());
    m_s.tables.append(std::move(t));
}

void Capture::readColumn(const Row &r)
{
    const quint32 rel = r.oid(0);
    const int attnum = int(r.i64(1));
    Column c;
    c.name = r.str(2);
    c.type = r.str(3);
    c.collation = r.str(4);
    if (r.ch(6) == 's')
        c.generatedExpr = r.str(5);
    else
        c.defaultExpr = r.str(5);
    switch (r.ch(7)) {
    case 'a': c.identity = QStringLiteral("ALWAYS"); break;
    case 'd': c.identity = QStringLiteral("BY DEFAULT"); break;
    default: break;
    }
    c.notNull = r.flag(8);
    c.inherited = !r.flag(9);
    c.comment = r.str(10);

    QList<Attr> &attrs = m_attrs[rel];
    if (attrs.size() <= attnum)
        attrs.resize(attnum + 1);
    attrs[attnum] = {c.name, r.oid(11), r.oid(12)};

    if (auto it = m_tables.constFind(rel); it != m_tables.cend()) {
        if (!c.identity.isEmpty()) {
            const auto id = m_identity.value({rel, attnum});
            c.identitySequence = id.first;
            c.identityOptions = id.second;
        }
        m_s.tables[*it].columns.append(std::move(c));
    } else if (auto v = m_views.constFind(rel); v != m_views.cend()) {
        Column vc;
        vc.name = c.name;
        vc.type = c.type;
        vc.collation = c.collation;
        vc.comment = c.comment;
        m_s.views[*v].columns.append(std::move(vc));
    } else if (auto t = m_composites.constFind(rel); t != m_composites.cend()) {
        Column a;
        a.name = c.name;
        a.type = c.type;
        a.collation = c.collation;
        a.comment = c.comment;
        m_s.types[*t].attributes.append(std::move(a));
    }
}

void Capture::readConstraint(const Row &r)
{
    const quint32 rel = r.oid(0);
    const quint32 typ = r.oid(1);
    if (rel == 0) {
        auto it = m_typesByOid.constFind(typ);
        if (it == m_typesByOid.cend())
            return;
        DomainConstraint d;
        d.name = r.str(2);
        d.definition = r.str(4);
        d.validated = r.flag(15);
        d.comment = r.str(18);
        m_s.types[*it].constraints.append(std::move(d));
        return;
    }
    auto it = m_tables.constFind(rel);
    if (it == m_tables.cend())
        return;
    const TableDef &t = m_s.tables[*it];
    ConstraintDef c;
    c.schema = t.schema;
    c.table = t.name;
    c.name = r.str(2);
    switch (r.ch(3)) {
    case 'p': c.type = ConstraintDef::Type::PrimaryKey; break;
    case 'u': c.type = ConstraintDef::Type::Unique; break;
    case 'f': c.type = ConstraintDef::Type::ForeignKey; break;
    case 'c': c.type = ConstraintDef::Type::Check; break;
    case 'x': c.type = ConstraintDef::Type::Exclude; break;
    default: return;
    }
    c.definition = r.str(4); // empty: composed in finish()
    PendingConstraint p{m_s.constraints.size(), rel, r.ints(5), 0, {}, r.ints(19), int(r.i64(20)), r.ch(12), r.ch(10), r.ch(11)};
    if (c.type == ConstraintDef::Type::ForeignKey) {
        c.refSchema = r.str(6);
        c.refTable = r.str(7);
        p.refRel = r.oid(8);
        p.refKeys = r.ints(9);
        c.onUpdate = fkAction(p.onUpdate);
        c.onDelete = fkAction(p.onDelete);
        c.matchType = matchType(p.match);
    }
    c.deferrable = r.flag(13);
    c.initiallyDeferred = r.flag(14);
    c.validated = r.flag(15);
    c.nullsNotDistinct = r.flag(16);
    c.inherited = r.flag(17);
    c.comment = r.str(18);
    m_s.constraints.append(std::move(c));
    m_pendingConstraints.append(std::move(p));
}

void Capture::readOpclass(const Row &r)
{
    m_opclasses.insert(r.oid(0), {r.flag(1), r.oid(2), r.str(3)});
}

void Capture::readIndex(const Row &r)
{
    const quint32 rel = r.oid(0);
    if (!m_tables.contains(rel) && !m_views.contains(rel))
        return;
    IndexDef i;
    i.schema = r.str(1);
    i.name = r.str(2);
    i.table = r.str(3);
    i.definition = r.str(4); // empty: composed in finish()
    i.method = r.str(5);
    i.unique = r.flag(6);
    i.valid = r.flag(7);
    i.expressions = r.str(10);
    i.predicate = r.str(11);
    i.constraintName = r.str(12);
    if (!r.isNull(14))
        i.parentIndex = qualifiedName(r.str(13), r.str(14));
    i.comment = r.str(15);
    m_pendingIndexes.append({m_s.indexes.size(), r.oid(21), rel, r.ints(8), int(r.i64(9)), r.ints(16), r.ints(17), r.ints(18),
                             r.ch(20) == 'p', r.flag(19)});
    m_s.indexes.append(std::move(i));
}

void Capture::readFunction(const Row &r)
{
    FunctionDef f;
    f.schema = r.str(1);
    f.name = r.str(2);
    f.procedure = r.ch(3) == 'p';
    f.argumentTypes = r.str(4);
    f.arguments = r.str(5);
    f.identityArguments = r.str(6);
    f.result = r.str(7);
    f.language = r.str(8);
    switch (r.ch(9)) {
    case 'i': f.volatility = QStringLiteral("IMMUTABLE"); break;
    case 's': f.volatility = QStringLiteral("STABLE"); break;
    default: f.volatility = QStringLiteral("VOLATILE"); break;
    }
    f.strict = r.flag(10);
    f.securityDefiner = r.flag(11);
    f.definition = r.str(12);
    f.owner = owner(r, 13);
    f.comment = r.str(14);
    f.grants = grants(r, 15);
    m_s.functions.append(std::move(f));
}

void Capture::readTrigger(const Row &r)
{
    const quint32 rel = r.oid(0);
    TriggerDef t;
    if (auto it = m_tables.constFind(rel); it != m_tables.cend()) {
        t.schema = m_s.tables[*it].schema;
        t.table = m_s.tables[*it].name;
    } else if (auto v = m_views.constFind(rel); v != m_views.cend()) {
        t.schema = m_s.views[*v].schema;
        t.table = m_s.views[*v].name;
    } else {
        return;
    }
    t.name = r.str(1);
    t.definition = r.str(2);
    switch (r.ch(3)) {
    case 'D': t.enabled = QStringLiteral("DISABLED"); break;
    case 'R': t.enabled = QStringLiteral("REPLICA"); break;
    case 'A': t.enabled = QStringLiteral("ALWAYS"); break;
    default: t.enabled = QStringLiteral("ORIGIN"); break;
    }
    t.inherited = r.flag(4);
    t.comment = r.str(5);
    m_s.triggers.append(std::move(t));
}

void Capture::readPolicy(const Row &r)
{
    auto it = m_tables.constFind(r.oid(0));
    if (it == m_tables.cend())
        return;
    PolicyDef p;
    p.schema = m_s.tables[*it].schema;
    p.table = m_s.tables[*it].name;
    p.name = r.str(1);
    p.permissive = r.flag(2);
    switch (r.ch(3)) {
    case 'r': p.command = QStringLiteral("SELECT"); break;
    case 'a': p.command = QStringLiteral("INSERT"); break;
    case 'w': p.command = QStringLiteral("UPDATE"); break;
    case 'd': p.command = QStringLiteral("DELETE"); break;
    default: p.command = QStringLiteral("ALL"); break;
    }
    p.roles = r.list(4);
    p.roles.sort();
    p.usingExpr = r.str(5);
    p.withCheckExpr = r.str(6);
    p.comment = r.str(7);
    m_s.policies.append(std::move(p));
}

void Capture::readViewDependency(const Row &r)
{
    auto v = m_views.constFind(r.oid(0));
    auto ref = m_views.constFind(r.oid(1));
    if (v == m_views.cend() || ref == m_views.cend())
        return;
    m_s.views[*v].dependsOn.append(m_s.views[*ref].key());
}

QStringList Capture::names(quint32 rel, const QList<qint64> &attnums, qsizetype from, qsizetype to) const
{
    QStringList out;
    if (to < 0 || to > attnums.size())
        to = attnums.size();
    for (qsizetype k = from; k < to; ++k) {
        const Attr *a = attr(rel, attnums[k]);
        out << (a ? a->name : QString()); // 0 = an expression
    }
    return out;
}

// The catalog queries in reading order (each reader may use what earlier ones read).
// With several connections the per-table queries are split by table oid, one part per
// connection, so each table is opened (relcache, lock) by one backend only.
QList<Capture::Planned> Capture::plan() const
{
    using namespace queries;
    const int version = m_c.info().serverVersionNum;
    const int parts = int(m_conns.size());
    QList<Planned> out;
    auto add = [&](const char *name, const QString &sql, Reader reader) {
        out.append({{QString::fromLatin1(name), sql, m_params, -1}, reader});
    };
    auto split = [&](const char *name, const std::function<QString(int, int)> &sql, Reader reader) {
        if (parts <= 1)
            return add(name, sql(1, 0), reader);
        for (int k = 0; k < parts; ++k)
            out.append({{QStringLiteral("%1 %2/%3").arg(QLatin1StringView(name)).arg(k + 1).arg(parts), sql(parts, k), m_params, k},
                        reader});
    };
    add("schemas", schemas(), &Capture::readSchema);
    add("extensions", extensions(), &Capture::readExtension);
    add("types", types(), &Capture::readType);
    add("sequences", sequences(), &Capture::readSequence);
    add("relations", relations(int(m_o.stats)), &Capture::readRelation);
    split("columns", [](int n, int k) { return columns(n, k); }, &Capture::readColumn);
    split("constraints", [version](int n, int k) { return constraints(version, n, k); }, &Capture::readConstraint);
    add("operator classes", opclasses(), &Capture::readOpclass);
    split("indexes", [version](int n, int k) { return indexes(version, n, k); }, &Capture::readIndex);
    add("functions", functions(), &Capture::readFunction);
    add("triggers", triggers(), &Capture::readTrigger);
    add("policies", policies(), &Capture::readPolicy);
    add("view dependencies", viewDependencies(), &Capture::readViewDependency);
    return out;
}

void Capture::reserve(Reader reader, int rows)
{
    if (reader == &Capture::readIndex) {
        m_s.indexes.reserve(m_s.indexes.size() + rows);
        m_pendingIndexes.reserve(m_pendingIndexes.size() + rows);
    } else if (reader == &Capture::readConstraint) {
        m_s.constraints.reserve(m_s.constraints.size() + rows);
        m_pendingConstraints.reserve(m_pendingConstraints.size() + rows);
    } else if (reader == &Capture::readRelation) {
        m_s.tables.reserve(m_s.tables.size() + rows);
        m_tables.reserve(m_tables.size() + rows);
    } else if (reader == &Capture::readColumn) {
        m_attrs.reserve(m_tables.size() + m_views.size() + m_composites.size());
    } else if (reader == &Capture::readFunction) {
        m_s.functions.reserve(m_s.functions.size() + rows);
    } else if (reader == &Capture::readSequence) {
        m_s.sequences.reserve(m_s.sequences.size() + rows);
    }
}

Error Capture::queries()
{
    const QList<Planned> planned = plan();
    if (m_conns.size() <= 1) {
        for (const Planned &p : planned) {
            const Reader reader = p.reader;
            if (Error x = step(p.query.name.toLatin1().constData(), p.query.sql, p.query.params,
                               [this, reader](const Row &r) { (this->*reader)(r); }))
                return x;
        }
        return finish();
    }

    // Parallel: the results come back in plan order; reading one overlaps the server's
    // work on the next ones.
    QList<Connection *> conns = m_conns;
    QList<detail::CatalogQuery> qs;
    for (const Planned &p : planned)
        qs.append(p.query);
    const int total = int(qs.size()) + 2;
    m_steps = total;
    int sent = 0;
    Error x = detail::runConcurrently(conns, qs, m_ctl, [&](qsizetype i, PgResultPtr res, qint64 ms) -> Error {
        if (m_ctl) {
            if (m_ctl->isCanceled())
                return JobControl::canceledError();
            m_ctl->setProgress(int(i), total, Introspector::tr("Reading %1…").arg(qs[i].name));
        }
        QElapsedTimer t;
        t.start();
        const int n = PQntuples(res.get());
        const Reader reader = planned[i].reader;
        reserve(reader, n);
        for (int row = 0; row < n; ++row)
            (this->*reader)(Row{res.get(), row});
        if (m_rep)
            m_rep->stepMs.append({qs[i].name, ms + t.elapsed()});
        return {};
    }, &sent);
    if (m_rep)
        m_rep->statements += sent;
    if (x)
        return x;
    m_step = total - 2;
    return finish();
}

// Names and composed definitions, once every catalog row is in. At most two more
// bulk queries: column names of tables outside the snapshot that foreign keys or
// sequences refer to, and pg_get_indexdef for indexes whose text is not certain.
Error Capture::finish()
{
    // 1. Column names the snapshot does not hold.
    QStringList missingRels, missingNums;
    QSet<QPair<quint32, qint64>> seen;
    auto need = [&](quint32 rel, qint64 num) {
        if (num > 0 && !attr(rel, num) && !seen.contains({rel, num})) {
            seen.insert({rel, num});
            missingRels << QString::number(rel);
            missingNums << QString::number(num);
        }
    };
    for (const PendingConstraint &p : m_pendingConstraints)
        for (qint64 n : p.refKeys)
            need(p.refRel, n);
    for (const PendingSequenceColumn &p : m_ownedBy)
        need(p.rel, p.attnum);
    if (!missingRels.isEmpty()) {
        const QVariantList params{QString(u'{' + missingRels.join(u',') + u'}'), QString(u'{' + missingNums.join(u',') + u'}')};
        if (Error x = step("referenced columns", queries::attributeNames(), params, [this](const Row &r) {
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

    // 2. Constraint columns and the definitions the server did not print.
    for (const PendingConstraint &p : m_pendingConstraints) {
        ConstraintDef &c = m_s.constraints[p.index];
        c.columns = names(p.rel, p.keys);
        if (c.type == ConstraintDef::Type::ForeignKey)
            c.refColumns = names(p.refRel, p.refKeys);
        if (!c.definition.isEmpty())
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

    // 3. Index columns, and definitions: composed where certain, else from the server.
    QStringList uncertain;
    QHash<quint32, qsizetype> byOid;
    for (const PendingIndex &p : m_pendingIndexes) {
        IndexDef &i = m_s.indexes[p.index];
        i.columns = names(p.rel, p.keys, 0, p.keyCount);
        i.includeColumns = names(p.rel, p.keys, p.keyCount);
        if (!i.definition.isEmpty())
            continue;
        QStringList keys;
        bool certain = p.keys.size() >= p.keyCount && p.opclasses.size() >= p.keyCount;
        for (qsizetype k = 0; certain && k < p.keyCount; ++k) {
            const Attr *a = attr(p.rel, p.keys[k]);
            const auto oc = m_opclasses.constFind(quint32(p.opclasses[k]));
            const quint32 coll = quint32(p.collations.value(k));
            if (!a || oc == m_opclasses.cend() || p.options.value(k) != 0 || (coll != 0 && coll != a->collation)) {
                certain = false;
            } else if (!oc->isDefault) {
                keys << quoteIdent(a->name) + u' ' + oc->name; // never the type's default: printed
            } else if (oc->inputType == a->type) {
                keys << quoteIdent(a->name);                   // the type's own default: not printed
            } else {
                certain = false;                               // default only through coercion: ask the server
            }
        }
        if (certain) {
            const TableDef *t = m_tables.contains(p.rel) ? &m_s.tables[m_tables.value(p.rel)] : nullptr;
            const QString table = t ? t->qualifiedName() : m_s.views[m_views.value(p.rel)].qualifiedName();
            i.definition = definitions::index(i.unique, i.name, p.only, table, i.method, keys, i.includeColumns, p.nullsNotDistinct);
        } else {
            uncertain << QString::number(p.oid);
            byOid.insert(p.oid, p.index);
        }
    }
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

Result<Snapshot> Capture::run()
{
    const int version = m_c.info().serverVersionNum;
    if (version > 0 && version < 140000)
        return Error(Error::Kind::Usage,
                     Introspector::tr("Schema snapshots need PostgreSQL 14 or newer; this server runs %1.").arg(m_c.info().serverVersion));

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
    Error failure = exec(transactionSettings(ownTransaction));
    for (qsizetype k = 1; k < m_conns.size() && !failure; ++k)
        failure = exec(*m_conns[k], transactionSettings(true));
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

    for (TypeDef &t : m_s.types)
        std::sort(t.constraints.begin(), t.constraints.end(),
                  [](const DomainConstraint &a, const DomainConstraint &b) { return a.name < b.name; });
    for (ViewDef &v : m_s.views)
        v.dependsOn.sort();
    m_s.sort();

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

} // namespace

Result<Snapshot> Introspector::capture(Connection &connection, const IntrospectOptions &options,
                                       JobControl *control, IntrospectReport *report)
{
    Capture c(connection, options, control, report);
    return c.run();
}

} // namespace strata::catalog
