// SchemaDiff and Planner on hand-built snapshots (no server needed): matching by
// key, states, field- and column-level details, options, and the shape of plans.

#include "diff/Planner.h"
#include "diff/SchemaDiff.h"

#include <QtTest>

using namespace strata;
using namespace strata::catalog;
using namespace strata::diff;

namespace {

Column col(const QString &name, const QString &type, bool notNull = false)
{
    Column c;
    c.name = name;
    c.type = type;
    c.notNull = notNull;
    return c;
}

TableDef table(const QString &schema, const QString &name, QList<Column> cols)
{
    TableDef t;
    t.schema = schema;
    t.name = name;
    t.owner = QStringLiteral("alice");
    t.columns = std::move(cols);
    return t;
}

const ObjectDiff *find(const DiffResult &r, const QString &key)
{
    return r.find(key);
}

QStringList stepSql(const Plan &p)
{
    QStringList sql;
    for (const PlanStep &s : p.steps)
        sql.append(s.sql);
    return sql;
}

// Position of the first step whose SQL contains `part`, -1 when none does.
qsizetype stepWith(const QStringList &sql, const QString &part)
{
    for (qsizetype i = 0; i < sql.size(); ++i)
        if (sql[i].contains(part))
            return i;
    return -1;
}

} // namespace

class TestSchemaDiff : public QObject
{
    Q_OBJECT
private slots:
    void statesByKey()
    {
        Snapshot a, b;
        a.tables = {table(QStringLiteral("public"), QStringLiteral("gone"), {col(QStringLiteral("id"), QStringLiteral("integer"))}),
                    table(QStringLiteral("public"), QStringLiteral("kept"), {col(QStringLiteral("id"), QStringLiteral("integer"))}),
                    table(QStringLiteral("public"), QStringLiteral("same"), {col(QStringLiteral("id"), QStringLiteral("integer"))})};
        b.tables = {table(QStringLiteral("public"), QStringLiteral("kept"), {col(QStringLiteral("id"), QStringLiteral("bigint"))}),
                    table(QStringLiteral("public"), QStringLiteral("new"), {col(QStringLiteral("id"), QStringLiteral("integer"))}),
                    table(QStringLiteral("public"), QStringLiteral("same"), {col(QStringLiteral("id"), QStringLiteral("integer"))})};
        const DiffResult r = SchemaDiff::compare(a, b);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.changed, 1);
        QCOMPARE(r.objects.size(), 3); // Same objects left out by default
        QCOMPARE(find(r, QStringLiteral("table:public.gone"))->state, ChangeState::Removed);
        QCOMPARE(find(r, QStringLiteral("table:public.new"))->state, ChangeState::Added);
        const ObjectDiff *kept = find(r, QStringLiteral("table:public.kept"));
        QVERIFY(kept);
        QCOMPARE(kept->state, ChangeState::Changed);
        QCOMPARE(kept->fields, QStringList{QStringLiteral("columns")});
        QCOMPARE(kept->columns.size(), 1);
        QCOMPARE(kept->columns[0].fields, QStringList{QStringLiteral("type")});
        QVERIFY(r.hasDifferences());

        DiffOptions all;
        all.includeSame = true;
        const DiffResult r2 = SchemaDiff::compare(a, b, all);
        QCOMPARE(r2.same, 1);
        QCOMPARE(find(r2, QStringLiteral("table:public.same"))->state, ChangeState::Same);
        QVERIFY(!SchemaDiff::compare(a, a).hasDifferences());
    }

    void columnDetails()
    {
        TableDef a = table(QStringLiteral("s"), QStringLiteral("t"),
                           {col(QStringLiteral("id"), QStringLiteral("integer"), true), col(QStringLiteral("old"), QStringLiteral("text")),
                            col(QStringLiteral("x"), QStringLiteral("text"))});
        TableDef b = a;
        b.columns.removeAt(1);
        b.columns[0].identity = QStringLiteral("ALWAYS");
        b.columns[1].defaultExpr = QStringLiteral("'a'::text");
        b.columns[1].notNull = true;
        b.columns[1].collation = QStringLiteral("pg_catalog.\"C\"");
        Column g = col(QStringLiteral("g"), QStringLiteral("integer"));
        g.generatedExpr = QStringLiteral("(id * 2)");
        b.columns.append(g);
        const QList<ColumnChange> ch = SchemaDiff::columnChanges(a, b, {});
        QCOMPARE(ch.size(), 4);
        QCOMPARE(ch[0].name, QStringLiteral("id"));
        QCOMPARE(ch[0].fields, QStringList{QStringLiteral("identity")});
        QCOMPARE(ch[1].name, QStringLiteral("x"));
        QCOMPARE(ch[1].fields, (QStringList{QStringLiteral("collation"), QStringLiteral("default"), QStringLiteral("not_null")}));
        QCOMPARE(ch[2].kind, ColumnChange::Kind::Added);
        QCOMPARE(ch[2].after.generatedExpr, QStringLiteral("(id * 2)"));
        QCOMPARE(ch[3].kind, ColumnChange::Kind::Dropped);
        QCOMPARE(ch[3].name, QStringLiteral("old"));
    }

    void ignoreOptions()
    {
        Snapshot a, b;
        a.tables = {table(QStringLiteral("public"), QStringLiteral("t"), {col(QStringLiteral("id"), QStringLiteral("integer"))})};
        b = a;
        b.tables[0].owner = QStringLiteral("bob");
        b.tables[0].comment = QStringLiteral("note");
        b.tables[0].columns[0].comment = QStringLiteral("column note");
        b.tables[0].grants = {Grant{QStringLiteral("carol"), QStringLiteral("SELECT"), false, false}};
        const DiffResult r = SchemaDiff::compare(a, b);
        QCOMPARE(r.changed, 1);
        QCOMPARE(r.objects[0].fields, (QStringList{QStringLiteral("owner"), QStringLiteral("comment"), QStringLiteral("grants"),
                                                   QStringLiteral("columns")}));
        DiffOptions o;
        o.ignoreOwners = o.ignoreComments = o.ignoreGrants = true;
        QVERIFY(!SchemaDiff::compare(a, b, o).hasDifferences());

        // The plan follows the same options.
        PlanOptions po;
        po.diff = o;
        QVERIFY(Planner::plan(a, b, po).isEmpty());
        const Plan p = Planner::plan(a, b);
        const QStringList sql = stepSql(p);
        QVERIFY(sql.contains(QStringLiteral("ALTER TABLE public.t OWNER TO bob")));
        QVERIFY(sql.contains(QStringLiteral("COMMENT ON TABLE public.t IS 'note'")));
        QVERIFY(sql.contains(QStringLiteral("COMMENT ON COLUMN public.t.id IS 'column note'")));
        QVERIFY(sql.contains(QStringLiteral("GRANT SELECT ON TABLE public.t TO carol")));

        // Column order: a difference of its own unless ignored.
        Snapshot c = a, e = a;
        c.tables[0].columns.append(col(QStringLiteral("name"), QStringLiteral("text")));
        e.tables[0].columns.prepend(col(QStringLiteral("name"), QStringLiteral("text")));
        const DiffResult ordered = SchemaDiff::compare(c, e);
        QCOMPARE(ordered.changed, 1);
        QCOMPARE(ordered.objects[0].fields, QStringList{QStringLiteral("column_order")});
        DiffOptions noOrder;
        noOrder.ignoreColumnOrder = true;
        QVERIFY(!SchemaDiff::compare(c, e, noOrder).hasDifferences());
    }

    void quotedKeys()
    {
        Snapshot a, b;
        a.tables = {table(QStringLiteral("My Schema"), QStringLiteral("a\"b"), {})};
        b.tables = {table(QStringLiteral("My Schema"), QStringLiteral("a\"B"), {})};
        const DiffResult r = SchemaDiff::compare(a, b);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.removed, 1);
        QVERIFY(r.find(QStringLiteral("table:\"My Schema\".\"a\"\"b\"")));
        const Plan p = Planner::plan(a, b);
        const QStringList sql = stepSql(p);
        QVERIFY2(sql.contains(QStringLiteral("DROP TABLE \"My Schema\".\"a\"\"b\"")), qPrintable(sql.join(u'\n')));
    }

    // A new generated column that reads a column added after it (or retyped) is added last:
    // PostgreSQL needs what it reads to exist with its final type.
    void generatedColumnWaitsForWhatItReads()
    {
        Snapshot a, b;
        a.tables = {table(QStringLiteral("public"), QStringLiteral("items"),
                          {col(QStringLiteral("id"), QStringLiteral("integer")), col(QStringLiteral("price"), QStringLiteral("numeric(10,2)"))})};
        Column total = col(QStringLiteral("total"), QStringLiteral("numeric"));
        total.generatedExpr = QStringLiteral("(price * (qty)::numeric)");
        b.tables = {table(QStringLiteral("public"), QStringLiteral("items"),
                          {col(QStringLiteral("id"), QStringLiteral("integer")), total, col(QStringLiteral("price"), QStringLiteral("numeric(12,2)")),
                           col(QStringLiteral("qty"), QStringLiteral("integer"))})};
        const Plan p = Planner::plan(a, b);
        const QStringList sql = stepSql(p);
        const qsizetype retype = stepWith(sql, QStringLiteral("ALTER COLUMN price TYPE numeric(12,2)"));
        const qsizetype qty = stepWith(sql, QStringLiteral("ADD COLUMN qty integer"));
        const qsizetype gen = stepWith(sql, QStringLiteral("ADD COLUMN total numeric GENERATED ALWAYS AS"));
        QVERIFY2(retype >= 0 && qty >= 0 && gen >= 0, qPrintable(sql.join(u'\n')));
        QVERIFY2(gen > retype && gen > qty, qPrintable(sql.join(u'\n')));
        // A generated column that reads nothing this plan touches keeps its place.
        Column plain = col(QStringLiteral("twice"), QStringLiteral("integer"));
        plain.generatedExpr = QStringLiteral("(id * 2)");
        b.tables[0].columns.insert(1, plain);
        const QStringList sql2 = stepSql(Planner::plan(a, b));
        const qsizetype twice = stepWith(sql2, QStringLiteral("ADD COLUMN twice")), qty2 = stepWith(sql2, QStringLiteral("ADD COLUMN qty"));
        QVERIFY2(twice >= 0 && qty2 >= 0 && twice < qty2, qPrintable(sql2.join(u'\n')));
    }

    // A removed function whose name a new overload takes is dropped before the new one is
    // made; an index that calls it goes first even when its table is dropped later.
    void indexOnDroppedTableGoesBeforeTheFunction()
    {
        FunctionDef f;
        f.schema = QStringLiteral("public");
        f.name = QStringLiteral("norm");
        f.argumentTypes = f.identityArguments = f.arguments = QStringLiteral("integer");
        f.result = QStringLiteral("integer");
        f.definition = QStringLiteral("CREATE OR REPLACE FUNCTION public.norm(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1'");
        FunctionDef g = f;
        g.argumentTypes = g.identityArguments = g.arguments = QStringLiteral("bigint");
        g.definition = QStringLiteral("CREATE OR REPLACE FUNCTION public.norm(bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1'");
        IndexDef i;
        i.schema = QStringLiteral("public");
        i.table = QStringLiteral("t");
        i.name = QStringLiteral("t_norm");
        i.method = QStringLiteral("btree");
        i.columns = {QString()};
        i.expressions = QStringLiteral("public.norm(id)");
        i.definition = QStringLiteral("CREATE INDEX t_norm ON public.t USING btree (public.norm(id))");
        Snapshot a, b;
        a.functions = {f};
        a.tables = {table(QStringLiteral("public"), QStringLiteral("t"), {col(QStringLiteral("id"), QStringLiteral("integer"))})};
        a.indexes = {i};
        b.functions = {g};
        const Plan p = Planner::plan(a, b);
        const QStringList sql = stepSql(p);
        const qsizetype dropIndex = stepWith(sql, QStringLiteral("DROP INDEX"));
        const qsizetype dropOld = stepWith(sql, QStringLiteral("DROP FUNCTION public.norm(integer)"));
        const qsizetype createNew = stepWith(sql, QStringLiteral("CREATE OR REPLACE FUNCTION public.norm(bigint)"));
        const qsizetype dropTable = stepWith(sql, QStringLiteral("DROP TABLE public.t"));
        QVERIFY2(dropIndex >= 0 && dropOld >= 0 && createNew >= 0 && dropTable >= 0, qPrintable(sql.join(u'\n')));
        QVERIFY2(dropIndex < dropOld && dropOld < createNew, qPrintable(sql.join(u'\n')));
    }

    void enumAdditions()
    {
        TypeDef t;
        t.schema = QStringLiteral("public");
        t.name = QStringLiteral("mood");
        t.labels = {QStringLiteral("sad"), QStringLiteral("happy")};
        Snapshot a, b;
        a.types = {t};
        t.labels = {QStringLiteral("meh"), QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy"), QStringLiteral("it's great")};
        b.types = {t};
        const Plan p = Planner::plan(a, b);
        QCOMPARE(p.steps.size(), 3);
        QCOMPARE(p.steps[0].sql, QStringLiteral("ALTER TYPE public.mood ADD VALUE 'meh' BEFORE 'sad'"));
        QCOMPARE(p.steps[1].sql, QStringLiteral("ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad'"));
        QCOMPARE(p.steps[2].sql, QStringLiteral("ALTER TYPE public.mood ADD VALUE 'it''s great' AFTER 'happy'"));
        for (const PlanStep &s : p.steps) {
            QVERIFY(!s.transactional);
            QVERIFY(!s.hazards.any());
        }
        // Reordered: recreated, with hazards.
        const Plan back = Planner::plan(b, a);
        bool rewrite = false;
        for (const PlanStep &s : back.steps)
            rewrite = rewrite || s.sql.startsWith(QStringLiteral("ALTER TYPE public.mood RENAME TO"));
        QVERIFY(rewrite);
    }

    void safeFormsAndScript()
    {
        Snapshot a, b;
        a.tables = {table(QStringLiteral("public"), QStringLiteral("t"), {col(QStringLiteral("id"), QStringLiteral("integer"), true),
                                                                          col(QStringLiteral("ref"), QStringLiteral("integer"))})};
        a.tableStats.insert(a.tables[0].key(), TableStats{1000, 10, 81920, 100000});
        b = a;
        IndexDef i;
        i.schema = QStringLiteral("public");
        i.table = QStringLiteral("t");
        i.name = QStringLiteral("t_ref_idx");
        i.definition = QStringLiteral("CREATE INDEX t_ref_idx ON public.t USING btree (ref)");
        i.method = QStringLiteral("btree");
        i.columns = {QStringLiteral("ref")};
        b.indexes = {i};
        ConstraintDef c;
        c.schema = QStringLiteral("public");
        c.table = QStringLiteral("t");
        c.name = QStringLiteral("t_ref_check");
        c.type = ConstraintDef::Type::Check;
        c.definition = QStringLiteral("CHECK ((ref > 0))");
        b.constraints = {c};
        const Plan p = Planner::plan(a, b);
        QCOMPARE(p.steps.size(), 3);
        QCOMPARE(p.steps[0].sql, QStringLiteral("ALTER TABLE public.t ADD CONSTRAINT t_ref_check CHECK ((ref > 0)) NOT VALID"));
        QVERIFY(!p.steps[0].hazards.fullScan);
        QCOMPARE(p.steps[1].sql, QStringLiteral("CREATE INDEX CONCURRENTLY t_ref_idx ON public.t USING btree (ref)"));
        QVERIFY(!p.steps[1].transactional);
        QVERIFY(p.steps[1].hazards.indexBuild);
        QCOMPARE(p.steps[1].hazards.tableBytes, qint64(81920));
        QCOMPARE(p.steps[2].sql, QStringLiteral("ALTER TABLE public.t VALIDATE CONSTRAINT t_ref_check"));
        QVERIFY(p.steps[2].hazards.fullScan);
        const QString script = p.toSql(true);
        // The concurrent build sits between two transactions.
        const qsizetype idx = script.indexOf(QStringLiteral("CREATE INDEX CONCURRENTLY"));
        QVERIFY(script.lastIndexOf(QStringLiteral("COMMIT;"), idx) > script.lastIndexOf(QStringLiteral("BEGIN;"), idx));
        QVERIFY(script.indexOf(QStringLiteral("BEGIN;"), idx) > idx);
        QVERIFY(script.contains(QStringLiteral("HAZARD")));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 3);
    }

    void manyTables()
    {
        // Linear matching: 5000 tables with every 100th changed.
        Snapshot a, b;
        for (int i = 0; i < 5000; ++i)
            a.tables.append(table(QStringLiteral("public"), QStringLiteral("t%1").arg(i, 5, 10, QChar(u'0')),
                                  {col(QStringLiteral("id"), QStringLiteral("integer")), col(QStringLiteral("v"), QStringLiteral("text"))}));
        b = a;
        for (int i = 0; i < 5000; i += 100)
            b.tables[i].columns[1].type = QStringLiteral("character varying(10)");
        const DiffResult r = SchemaDiff::compare(a, b);
        QCOMPARE(r.changed, 50);
        QCOMPARE(r.added + r.removed, 0);
        const Plan p = Planner::plan(a, b);
        QCOMPARE(p.steps.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
