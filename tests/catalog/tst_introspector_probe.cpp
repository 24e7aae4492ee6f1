// The Introspector's presence probe against a real server: a capture skips the catalog
// queries of object kinds the database has none of, and the snapshot is the same as the
// one taken with the probe off. One database per kind holds that kind alone (one domain,
// one function, one trigger, ...): each must still be captured, so a probe condition
// narrower than its query fails here.

#include "CatalogTestUtil.h"

#include <functional>

using namespace strata;
using namespace strata::catalog;

namespace {

// Every query the probe can leave out (and the parent lookups), in the capture's order.
const QStringList kProbed{QStringLiteral("comments"),  QStringLiteral("types"),     QStringLiteral("sequences"),
                          QStringLiteral("partition parents"), QStringLiteral("defaults"), QStringLiteral("functions"),
                          QStringLiteral("triggers"),  QStringLiteral("policies"),  QStringLiteral("view dependencies")};

struct Case
{
    const char *name;
    const char *sql;
    QStringList sent;                              // probed queries that must run
    std::function<bool(const Snapshot &)> holds;   // the kind is in the snapshot
    IntrospectOptions options = {};
};

const TableDef *table(const Snapshot &s, const char *key)
{
    return test::findByKey(s.tables, QString::fromLatin1(key));
}

QList<Case> cases()
{
    auto q = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    QList<Case> out;
    out.append({"domain", "CREATE DOMAIN posint AS int CHECK (VALUE > 0) DEFAULT 1;", q({"types"}), [](const Snapshot &s) {
                    return s.types.size() == 1 && s.types[0].kind == TypeDef::Kind::Domain && s.types[0].constraints.size() == 1
                        && s.types[0].defaultExpr == u"1";
                }});
    out.append({"enum", "CREATE TYPE mood AS ENUM ('sad', 'ok');", q({"types"}), [](const Snapshot &s) {
                    return s.types.size() == 1 && s.types[0].labels == QStringList{QStringLiteral("sad"), QStringLiteral("ok")};
                }});
    // A range makes constructor functions (not captured: the functions query runs, empty).
    out.append({"range", "CREATE TYPE span AS RANGE (subtype = int4);", q({"types", "functions"}), [](const Snapshot &s) {
                    return s.types.size() == 1 && s.types[0].kind == TypeDef::Kind::Range && s.functions.isEmpty();
                }});
    out.append({"composite", "CREATE TYPE pair AS (a int, b text);", q({"types"}), [](const Snapshot &s) {
                    return s.types.size() == 1 && s.types[0].kind == TypeDef::Kind::Composite && s.types[0].attributes.size() == 2
                        && s.types[0].attributes[1].type == u"text";
                }});
    out.append({"function", "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';", q({"functions"}),
                [](const Snapshot &s) { return s.functions.size() == 1 && !s.functions[0].procedure; }});
    out.append({"procedure", "CREATE PROCEDURE nothing() LANGUAGE sql AS 'SELECT 1';", q({"functions"}),
                [](const Snapshot &s) { return s.functions.size() == 1 && s.functions[0].procedure; }});
    // A built-in trigger function: the trigger is the database's only user object of its kind.
    out.append({"trigger",
                "CREATE TABLE t (id int);"
                " CREATE TRIGGER same BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();",
                q({"triggers"}), [](const Snapshot &s) { return s.triggers.size() == 1 && s.functions.isEmpty(); }});
    out.append({"policy", "CREATE TABLE t (id int); CREATE POLICY mine ON t USING (id > 0);", q({"policies"}),
                [](const Snapshot &s) { return s.policies.size() == 1 && s.policies[0].usingExpr == u"(id > 0)"; }});
    out.append({"view on a view", "CREATE VIEW v1 AS SELECT 1 AS x; CREATE VIEW v2 AS SELECT x FROM v1;", q({"view dependencies"}),
                [](const Snapshot &s) {
                    const ViewDef *v2 = test::findByKey(s.views, QStringLiteral("view:public.v2"));
                    return s.views.size() == 2 && v2 && v2->dependsOn == QStringList{QStringLiteral("view:public.v1")};
                }});
    out.append({"materialized view on a view",
                "CREATE VIEW v AS SELECT 1 AS x; CREATE MATERIALIZED VIEW m AS SELECT x FROM v;", q({"view dependencies"}),
                [](const Snapshot &s) {
                    const ViewDef *m = test::findByKey(s.views, QStringLiteral("materialized_view:public.m"));
                    return m && m->materialized && m->dependsOn == QStringList{QStringLiteral("view:public.v")};
                }});
    out.append({"comment", "CREATE TABLE t (id int); COMMENT ON COLUMN t.id IS 'the id';", q({"comments"}), [](const Snapshot &s) {
                    const TableDef *t = table(s, "table:public.t");
                    return t && t->columns.size() == 1 && t->columns[0].comment == u"the id";
                }});
    out.append({"sequence", "CREATE SEQUENCE counter START 5;", q({"sequences"}),
                [](const Snapshot &s) { return s.sequences.size() == 1 && s.sequences[0].options.start == 5; }});
    // An identity column's sequence belongs to the column.
    out.append({"identity", "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (START 7));", q({"sequences"}),
                [](const Snapshot &s) {
                    const TableDef *t = table(s, "table:public.t");
                    return s.sequences.isEmpty() && t && t->columns.size() == 1 && t->columns[0].identity == u"ALWAYS"
                        && t->columns[0].identityOptions.start == 7;
                }});
    out.append({"default", "CREATE TABLE t (id int DEFAULT 42, twice int GENERATED ALWAYS AS (id * 2) STORED);", q({"defaults"}),
                [](const Snapshot &s) {
                    const TableDef *t = table(s, "table:public.t");
                    return t && t->columns.size() == 2 && t->columns[0].defaultExpr == u"42"
                        && t->columns[1].generatedExpr == u"(id * 2)";
                }});
    // A partition and a partition's index name their parents (looked up only with pg_inherits rows).
    out.append({"partition",
                "CREATE TABLE p (k int, v text) PARTITION BY RANGE (k);"
                " CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10); CREATE INDEX p_k ON p (k);",
                q({"partition parents"}), [](const Snapshot &s) {
                    const TableDef *p1 = table(s, "table:public.p1");
                    bool indexParent = false;
                    for (const IndexDef &i : s.indexes)
                        indexParent = indexParent || (i.table == u"p1" && i.parentIndex == u"public.p_k");
                    return p1 && p1->parentSchema == u"public" && p1->parentName == u"p" && !p1->partitionBound.isEmpty()
                        && indexParent;
                }});
    // Extension members are not captured: their functions and types make the probe say
    // "some" (a superset), the queries run and return none of them.
    out.append({"extension", "CREATE EXTENSION citext;", q({"comments", "functions"}), [](const Snapshot &s) {
                    bool found = false;
                    for (const ExtensionDef &e : s.extensions)
                        found = found || e.name == u"citext";
                    return found && s.functions.isEmpty() && s.types.isEmpty();
                }});
    // Schema filters: the probe ignores them (a superset); the queries apply them.
    Case filtered{"function outside the included schemas",
                  "CREATE SCHEMA a; CREATE SCHEMA b; CREATE TABLE a.t (id int);"
                  " CREATE FUNCTION b.one() RETURNS int LANGUAGE sql AS 'SELECT 1';",
                  q({"functions"}), [](const Snapshot &s) { return s.functions.isEmpty() && s.tables.size() == 1; }};
    filtered.options.includeSchemas = QStringList{QStringLiteral("a")};
    out.append(filtered);
    Case excluded{"trigger in an excluded schema",
                  "CREATE SCHEMA a; CREATE SCHEMA b; CREATE TABLE a.t (id int); CREATE TABLE b.t (id int);"
                  " CREATE TRIGGER same BEFORE UPDATE ON b.t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();",
                  q({"triggers"}), [](const Snapshot &s) { return s.triggers.isEmpty() && s.tables.size() == 1; }};
    excluded.options.excludeSchemas = QStringList{QStringLiteral("b")};
    out.append(excluded);
    return out;
}

// The same capture with the probe on and off: equal snapshots.
bool sameWithoutProbe(const ConnectionProfile &db, const Snapshot &withProbe, IntrospectOptions o, QString *why)
{
    o.probe = false;
    IntrospectReport report;
    auto without = test::snapshotOf(db, o, &report);
    if (!without) {
        *why = without.error().fullText();
        return false;
    }
    if (!report.skipped.isEmpty()) {
        *why = QStringLiteral("queries skipped with the probe off: ") + report.skipped.join(u", ");
        return false;
    }
    return test::compareSnapshots(withProbe, *without, why);
}

} // namespace

class TestIntrospectorProbe : public QObject
{
    Q_OBJECT

private slots:
    // Tables, keys, indexes and a foreign key only: every probed query is left out (and
    // the parent lookups), and the snapshot is the one the full set of queries reads.
    void noneOfTheProbedKinds()
    {
        auto db = test::freshDatabase(QStringLiteral("probe_none"));
        STRATA_VERIFY_RESULT(db);
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral(
            "CREATE TABLE a (id int PRIMARY KEY, code text UNIQUE, n numeric(10,2) CHECK (n > 0));"
            " CREATE TABLE b (id bigint PRIMARY KEY, a_id int NOT NULL REFERENCES a (id), at timestamptz);"
            " CREATE INDEX b_at ON b (a_id, at DESC); CREATE UNLOGGED TABLE c (x int, y text COLLATE \"C\");")));
        IntrospectReport report;
        auto s = test::snapshotOf(*db, {}, &report);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(report.skipped, kProbed);
        for (const auto &[name, ms] : report.stepMs)
            QVERIFY2(!kProbed.contains(name), qPrintable(name));
        QCOMPARE(s->tables.size(), 3);
        QCOMPARE(s->indexes.size(), 4);
        QVERIFY(!s->dependencies.isEmpty());
        QString why;
        QVERIFY2(sameWithoutProbe(*db, *s, {}, &why), qPrintable(why));

        // A parallel capture (the per-table queries split over connections) skips the same.
        IntrospectOptions parallel;
        parallel.connections = 2;
        parallel.clientDeparse = false; // the server prints: per-table queries in parts
        parallel.openConnection = [p = *db] { return Connection::open(p); };
        IntrospectReport pr;
        auto ps = test::snapshotOf(*db, parallel, &pr);
        STRATA_VERIFY_RESULT(ps);
        QCOMPARE(pr.connections, 2);
        QCOMPARE(pr.skipped, kProbed);
        QVERIFY2(sameWithoutProbe(*db, *ps, {}, &why), qPrintable(why));
    }

    // One kind alone per database: captured, and only the queries that can return it run.
    void eachKindAloneIsCaptured()
    {
        int n = 0;
        for (const Case &c : cases()) {
            auto db = test::freshDatabase(QStringLiteral("probe_%1").arg(n++));
            STRATA_VERIFY_RESULT(db);
            STRATA_VERIFY_OK(test::runScript(*db, QString::fromUtf8(c.sql)));
            IntrospectReport report;
            auto s = test::snapshotOf(*db, c.options, &report);
            STRATA_VERIFY_RESULT(s);
            QVERIFY2(c.holds(*s), c.name);
            for (const QString &q : c.sent)
                QVERIFY2(!report.skipped.contains(q), qPrintable(QStringLiteral("%1: %2 skipped").arg(QLatin1StringView(c.name), q)));
            QVERIFY2(!report.skipped.isEmpty(), c.name); // the other kinds are absent
            QString why;
            QVERIFY2(sameWithoutProbe(*db, *s, c.options, &why), qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(c.name), why)));
        }
    }

    // The catalog fixture has every kind: nothing is skipped, the snapshot is the same.
    void fixtureHasEveryKind()
    {
        auto db = test::fixtureDatabase(QStringLiteral("probe_fixture"));
        STRATA_VERIFY_RESULT(db);
        IntrospectReport report;
        auto s = test::snapshotOf(*db, {}, &report);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(report.skipped, QStringList());
        QString why;
        QVERIFY2(sameWithoutProbe(*db, *s, {}, &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestIntrospectorProbe)
#include "tst_introspector_probe.moc"
