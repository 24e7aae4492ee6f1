#pragma once
// Private to the introspector: the state of one capture and the row reader it uses.
// Introspector.cpp sends the catalog queries and completes the snapshot;
// IntrospectorReaders.cpp turns each catalog row into snapshot objects.

#include "ExprDeparse.h"
#include "Introspector.h"
#include "IntrospectorParallel.h"
#include "IntrospectorQueries.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPair>
#include <QSet>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <vector>

namespace strata::catalog::detail {

// The catalogs' own oids (fixed since the catalogs' bootstrap), as pg_description's
// classoid names them.
constexpr quint32 kPgClass = 1259;
constexpr quint32 kPgType = 1247;
constexpr quint32 kPgProc = 1255;
constexpr quint32 kPgConstraint = 2606;
constexpr quint32 kPgTrigger = 2620;
constexpr quint32 kPgPolicy = 3256;
constexpr quint32 kPgRewrite = 2618;
constexpr quint32 kPgAttrdef = 2604;

// A decimal integer as the server prints int2/int4/int8/oid ("-12", "4294967295"): the
// digits up to the first other character, as strtoll reads them, without its locale and
// base handling (a third of the reading time of 100,000-row results).
inline qint64 decimal(const char *p)
{
    const bool negative = *p == '-';
    if (negative)
        ++p;
    quint64 v = 0;
    for (; *p >= '0' && *p <= '9'; ++p)
        v = v * 10 + quint64(*p - '0');
    return negative ? -qint64(v) : qint64(v);
}

// One catalog row, read without intermediate copies: its fields as NUL-terminated text
// (a null pointer for NULL), from a COPY row (CopyRows) or a libpq result (forEachRow).
struct Row
{
    const char *const *values;
    const int *lengths;
    int count;
    const char *at(int c) const { return c < count ? values[c] : nullptr; }
    bool isNull(int c) const { return !at(c); }
    QString str(int c) const
    {
        const char *p = at(c);
        return p ? QString::fromUtf8(p, lengths[c]) : QString();
    }
    bool flag(int c) const
    {
        const char *p = at(c);
        return p && p[0] == 't';
    }
    char ch(int c) const
    {
        const char *p = at(c);
        return p ? p[0] : '\0';
    }
    qint64 i64(int c) const
    {
        const char *p = at(c);
        return p ? decimal(p) : 0;
    }
    double dbl(int c) const
    {
        const char *p = at(c);
        return p ? std::strtod(p, nullptr) : 0.0;
    }
    quint32 oid(int c) const { return quint32(i64(c)); }
    QByteArrayView bytes(int c) const
    {
        const char *p = at(c);
        return p ? QByteArrayView(p, lengths[c]) : QByteArrayView();
    }
    // int2[], oid[] (and int2vector/oidvector cast to arrays): "{1,2,3}".
    QList<qint64> ints(int c) const
    {
        QList<qint64> out;
        const char *p = at(c);
        if (!p)
            return out;
        if (*p == '[') { // "[0:1]={3,0}": arrays not starting at 1 carry their bounds
            while (*p && *p != '=')
                ++p;
        }
        while (*p) {
            if ((*p >= '0' && *p <= '9') || *p == '-') {
                out.append(decimal(p));
                p += *p == '-';
                while (*p >= '0' && *p <= '9')
                    ++p;
            } else {
                ++p;
            }
        }
        return out;
    }
    QStringList list(int c) const
    {
        const char *p = at(c);
        return p ? Introspector::parseTextArray(p, lengths[c]) : QStringList();
    }
};

// Each row of a libpq result as a Row.
template<class Fn>
void forEachRow(const PGresult *res, Fn &&fn)
{
    const int fields = std::min(PQnfields(res), CopyRows::kMaxFields);
    const char *values[CopyRows::kMaxFields];
    int lengths[CopyRows::kMaxFields];
    const int n = PQntuples(res);
    for (int i = 0; i < n; ++i) {
        for (int c = 0; c < fields; ++c) {
            values[c] = PQgetisnull(res, i, c) ? nullptr : PQgetvalue(res, i, c);
            lengths[c] = PQgetlength(res, i, c);
        }
        fn(Row{values, lengths, fields});
    }
}

// Grant entries as the catalog queries spell them ("<g|r><t|f><privilege>:<grantee>"),
// revokes first, then by grantee and privilege.
QList<Grant> parseGrants(const QStringList &entries);

struct Attr
{
    QString name;
    quint32 type = 0;
    quint32 collation = 0;
    qint32 typmod = -1;
    bool generated = false; // its pg_attrdef row is GENERATED ALWAYS AS, not DEFAULT
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
    QList<qint64> indexKeys; // the backing index's columns, for INCLUDE (readIndex())
    int indexKeyCount;
    char match, onUpdate, onDelete;
    quint32 oid = 0;
    QByteArray checkTree; // a table CHECK's node tree when the client prints it (released once parsed)
    bool hasTree = false; // it had one: printExpressions() printed the definition or asked the server
    bool noInherit = false;
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
    QByteArray exprTree; // node trees when the client prints them (released once parsed)
    QByteArray predTree;
    bool hasTrees = false; // it had either: printExpressions() printed the definition or asked the server
    bool columnOptions = false; // a column has options only pg_get_indexdef prints
};

struct PendingPolicy
{
    qsizetype index; // in m_s.policies
    quint32 oid;
    quint32 rel;
    QByteArray usingTree; // node trees, printed by ExprDeparse
    QByteArray checkTree;
};

// One row of the dependency query, resolved to object keys once every object is read.
struct RawDependency
{
    quint32 cls, oid, refCls, refOid;
    char type;
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
        m_present.fill(true);
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
    Error exec(Connection &c, const QString &sql, const QVariantList &params = {});
    Error openExtraConnections();
    QString transactionSettings(bool ownTransaction, bool probe) const;
    // Whether the database has any object of the kind (queries::presence()); true unless
    // the probe said none.
    bool present(queries::Presence kind) const { return m_present[size_t(kind)]; }
    QList<Planned> plan();
    void reserve(Reader reader, int rows);
    Error queries();
    Error finish();
    Error printExpressions();
    // Parses a node tree as its row is read (while the server works on the next query)
    // to learn which operators, functions and types printExpressions() must look up.
    void noteTree(const QByteArray &text);
    std::optional<QString> indexKey(const PendingIndex &p, qsizetype k, const QString &text, quint32 type,
                                    quint32 collation) const;
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
    void readDefault(const Row &r);
    void readComment(const Row &r);
    qsizetype columnPosition(quint32 rel, int attnum) const;
    Error columnDetails();
    // The comment on a user object (pg_description), empty when none.
    QString comment(quint32 catalog, quint32 oid, int subId = 0) const
    {
        const auto c = m_comments.constFind(catalog);
        return c == m_comments.cend() ? QString() : c->value((quint64(oid) << 32) | quint32(subId));
    }
    void readConstraint(const Row &r);
    void readOpclass(const Row &r);
    void readIndex(const Row &r);
    void readFunction(const Row &r);
    void readTrigger(const Row &r);
    void readPolicy(const Row &r);
    void readViewDependency(const Row &r);
    void readDependency(const Row &r);
    // The key of a snapshot object by its catalog and oid (empty when not in the snapshot).
    QString objectKey(quint32 catalog, quint32 oid) const;
    // A pg_depend side (catalog, oid) as the object the snapshot holds it in.
    std::pair<quint32, quint32> foldDependency(quint32 catalog, quint32 oid) const;
    void resolveDependencies();

    Connection &m_c;
    QList<Connection *> m_conns;                       // m_c first, then the extra ones
    std::vector<std::unique_ptr<Connection>> m_extra;  // parallel capture only
    const IntrospectOptions &m_o;
    JobControl *m_ctl;
    IntrospectReport *m_rep;
    QVariantList m_params;
    Snapshot m_s;
    bool m_clientDeparse = false;    // CHECKs and index expressions printed by ExprDeparse
    bool m_standardStrings = true;   // standard_conforming_strings
    int m_step = 0;
    std::array<bool, size_t(queries::Presence::Count)> m_present; // set in the constructor: all true
    QStringList m_skipped; // queries plan() left out (the probe found none of their kind)
    int m_steps = 20; // progress maximum: 16 catalog queries, up to 4 follow-ups (more parts when parallel)

    QHash<quint32, qsizetype> m_tables;      // pg_class oid -> index in m_s.tables
    QHash<quint32, qsizetype> m_views;       // pg_class oid -> index in m_s.views
    QHash<quint32, qsizetype> m_typesByOid;  // pg_type oid -> index in m_s.types
    QHash<quint32, qsizetype> m_composites;  // typrelid -> index in m_s.types
    // Oid -> index in the snapshot's list, for the dependency graph.
    QHash<quint32, qsizetype> m_sequencesByOid, m_indexesByOid, m_functionsByOid, m_constraintsByOid, m_triggersByOid,
        m_policiesByOid;
    std::vector<RawDependency> m_dependencies;
    // What folds a pg_depend side into the snapshot object it belongs to (foldDependency()):
    // rewrite rule -> relation, attrdef -> relation, key's index -> constraint, domain
    // constraint -> domain, composite type's relation -> type, user type -> its array etc.
    struct TypeLinks
    {
        quint32 array = 0, elem = 0, rel = 0;
    };
    QHash<quint32, quint32> m_ruleRelation, m_attrdefRelation, m_indexConstraint, m_domainOfConstraint, m_compositeType;
    QHash<quint32, TypeLinks> m_typeLinks;
    QHash<quint32, QList<Attr>> m_attrs;     // relation -> attributes by attnum
    QHash<quint32, Opclass> m_opclasses;
    QHash<quint32, qsizetype> m_constraintByIndex; // index oid -> the PK/UNIQUE/EXCLUDE it backs (in m_pendingConstraints)
    QSet<quint32> m_indexColumnOptions;          // indexes with a column's options (columns())
    QHash<quint32, qint64> m_indexBytes;         // table -> its indexes' estimated bytes
    deparse::Needs m_exprNeeds;  // what the node trees read so far name (noteTree())
    bool m_anyTree = false;
    QHash<quint32, QHash<quint64, QString>> m_comments; // catalog -> (oid << 32 | sub-id) -> comment
    QHash<QPair<quint32, int>, QPair<QString, SequenceOptions>> m_identity; // (table, attnum) -> sequence
    QList<PendingSequenceColumn> m_ownedBy;
    QList<PendingConstraint> m_pendingConstraints;
    QList<PendingIndex> m_pendingIndexes;
    QList<PendingPolicy> m_pendingPolicies;
};

// One bulk query, each row handed to perRow (used by Introspector.cpp and
// IntrospectorExpressions.cpp).
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
    forEachRow(res.get(), perRow);
    if (m_rep)
        m_rep->stepMs.append({QString::fromLatin1(name), t.elapsed()});
    return {};
}

} // namespace strata::catalog::detail
