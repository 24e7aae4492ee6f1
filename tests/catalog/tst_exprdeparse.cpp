// Expressions printed by Strata (ExprDeparse) instead of the server: the node tree reader
// on good and broken input, and, on a real server, a corpus of CHECK constraints and
// index expressions and predicates whose snapshot must be byte for byte the same whether
// Strata or the server prints them. The corpus holds kinds the printer knows (they must
// be printed by Strata) and kinds it does not (they must go to the server).

#include "CatalogTestUtil.h"
#include "catalog/ExprDeparse.h"
#include "catalog/NodeTree.h"

#include <QDir>

using namespace strata;
using namespace strata::catalog;

namespace {

// CHECK expressions on table corpus: the printer knows these.
const char *const kKnownChecks[] = {
    "i4 > 0",
    "i4 >= -5",
    "i2 > 1",
    "i8 < 10000000000",
    "i8 > -3",
    "n >= 0",
    "n <= 99.5",
    "n <> -1.25",
    "n2 > 0.001",
    "n2 < 1e6",
    "t <> ''",
    "t <> 'it''s'",
    "t <> 'back\\slash'",
    "t <> 'ünïcødé ☃'",
    "t ~ '^[a-z]+$'",
    "length(t) < 100",
    "lower(t) = t",
    "t IN ('x', 'y', 'z')",
    "i4 IN (1, 2, 3)",
    "i4 NOT IN (7, 8)",
    "b IS NOT NULL",
    "b = true",
    "NOT b",
    "i4 > 0 AND i4 < 100",
    "i4 < 0 OR i4 > 10 OR i4 = 5",
    "NOT (i4 = 5)",
    "c3 = 'abc'",
    "f8 > 0.5",
    "COALESCE(t, '') <> 'z'",
    "js ? 'k'",
    "u IS NULL OR u IS NOT NULL",
    "i4 + 1 > 0",
    "-i4 < 0",
    "i4::text <> ''",
    "\"Odd Col\" >= 0",
    "\"Ünïcode Column\" <> ''",
    "vc <> 'x'",
    "vc::text <> 'y'",
    "t IS DISTINCT FROM NULL OR true",
    "strata_fn.twice(i4) > 0",
    "i8 = i4",
    "n * 2 > n",
    "oid_col <> 0",
    "f8 > 1.5::float8",
    "vc IN ('a', 'b')",
    "vc NOT IN ('c')",
    "t IS DISTINCT FROM 'x'",
    "t IS NOT DISTINCT FROM 'x' OR t IS NULL",
    "NULLIF(t, '') IS NOT NULL",
    "GREATEST(i4, 0) < 100",
    "LEAST(i8, i4, 5) > -1",
    "b IS TRUE OR b IS NOT FALSE",
    "(i4 > 0) IS NOT UNKNOWN",
    "arr::varchar[] IS NOT NULL",
};

// Kinds the printer leaves to the server.
const char *const kServerChecks[] = {
    "d > '2020-01-01'",
    "ts < now() + interval '1 day'",
    "CASE WHEN i4 > 0 THEN true ELSE false END",
    "t COLLATE \"C\" > 'a'",
    "cardinality(arr) < 5",
    "t::varchar(5) IS NOT NULL",
    "t = ANY ('{a,b}'::text[])",
    "(i4, i8) IS NOT NULL",
    "e <> 'blue'",
    "n <> 'NaN'",
};

const char *const kIndexes[] = {
    "CREATE INDEX ix_lower ON corpus (lower(t))",
    "CREATE INDEX ix_plus ON corpus ((i4 + 1))",
    "CREATE INDEX ix_mixed ON corpus (t, lower(vc::text), i4)",
    "CREATE INDEX ix_coalesce ON corpus (COALESCE(t, ''))",
    "CREATE UNIQUE INDEX ix_partial ON corpus (lower(t)) WHERE b",
    "CREATE INDEX ix_pred ON corpus (i4) WHERE i4 > 0 AND t IS NOT NULL",
    "CREATE INDEX ix_in ON corpus (i8) WHERE t IN ('a', 'b')",
    "CREATE INDEX ix_opclass ON corpus (lower(t) text_pattern_ops)",
    "CREATE INDEX ix_include ON corpus (upper(t)) INCLUDE (i4)",
    "CREATE INDEX ix_odd ON corpus (lower(\"Ünïcode Column\"), (\"Odd Col\" * 2))",
    "CREATE INDEX ix_cast ON corpus ((i4::text))",
    "CREATE INDEX \"Ix Quoted\" ON corpus ((abs(i4)))",
    "CREATE INDEX ix_desc ON corpus (lower(t) DESC)",          // server: DESC
    "CREATE INDEX ix_collate ON corpus (lower(t) COLLATE \"C\")", // server: collation
    "CREATE INDEX ix_date ON corpus (i4) WHERE d > '2000-01-01'", // server: date constant
    "CREATE INDEX ix_fill ON corpus (lower(t)) WITH (fillfactor = 70)", // server prints the definition
};

} // namespace

class TestExprDeparse : public QObject
{
    Q_OBJECT

private slots:
    void readsNodeTrees()
    {
        const QByteArray text = "{OPEXPR :opno 521 :opfuncid 147 :opresulttype 16 :opretset false :opcollid 0"
                                " :inputcollid 0 :args ({VAR :varno 1 :varattno 3 :vartype 23 :vartypmod -1"
                                " :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 3 :location 70} {CONST"
                                " :consttype 23 :consttypmod -1 :constcollid 0 :constlen 4 :constbyval true"
                                " :constisnull false :location 75 :constvalue 4 [ -1 -1 -1 -1 -1 -1 -1 -1 ]})"
                                " :location 73}";
        QString error;
        const auto tree = nodes::parse(text, &error);
        QVERIFY2(tree, qPrintable(error));
        QVERIFY(tree->is("OPEXPR"));
        QCOMPARE(tree->oid("opno"), 521u);
        QVERIFY(!tree->flag("opretset"));
        const nodes::Node *args = tree->field("args");
        QVERIFY(args && args->values.size() == 2);
        QVERIFY(args->values[0].is("VAR"));
        QCOMPARE(args->values[0].integer("varattno"), 3);
        QCOMPARE(args->values[1].field("constvalue")->datum, QByteArray(8, char(0xff)));

        // Scanned without a tree: children before their parent, a field after a child
        // (OPEXPR's location) still the parent's, a constant's bytes skipped.
        QStringList seen;
        QVERIFY(nodes::scan(text, [&seen](const nodes::StructFields &f) {
            seen << QString::fromLatin1(f.type.data(), qsizetype(f.type.size())) + u'=' + QString::number(f.integer("location", -1))
                        + u'/' + QString::number(f.integer("constvalue", -1)) + u'/' + QString::number(f.integer("args", -1));
        }));
        QCOMPARE(seen, QStringList({QStringLiteral("VAR=70/-1/-1"), QStringLiteral("CONST=75/4/-1"), QStringLiteral("OPEXPR=73/-1/-1")}));
        // A node inside a list of plain values ("(o ...)") is no node of the tree: neither
        // the tree's walk nor the scan looks at it (found by fuzz_nodetree).
        const QByteArray tagged = "{BOOLEXPR :boolop 0 :args (o 1 {ARRAYEXPR :array_typeid 1007}) :location 1}";
        const auto taggedTree = nodes::parse(tagged);
        QVERIFY(taggedTree);
        deparse::Needs walked, scanned;
        deparse::collect(*taggedTree, &walked);
        QVERIFY(deparse::collect(QByteArrayView(tagged), &scanned));
        QCOMPARE(scanned.typeNames, walked.typeNames);
        QCOMPARE(scanned.types, walked.types);
        QVERIFY(walked.typeNames.isEmpty());

        deparse::Catalog cat;
        cat.operators.insert(521, {QStringLiteral(">"), QStringLiteral("pg_catalog"), 'b', 23, 23});
        cat.typeNames.insert({23, -1}, QStringLiteral("integer"));
        const QString col = QStringLiteral("Qty");
        const auto sql = deparse::expression(*tree, cat, [&](qint64 n) { return n == 3 ? &col : nullptr; });
        QVERIFY(sql);
        QCOMPARE(*sql, QStringLiteral("(\"Qty\" > '-1'::integer)"));
    }

    void brokenTreesGiveErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("scanRefuses"); // nodes::scan() does not read a constant's bytes
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("unclosed node") << QByteArray("{OPEXPR :opno 521") << true;
        QTest::newRow("unclosed list") << QByteArray("({VAR :varno 1}") << true;
        QTest::newRow("stray bracket") << QByteArray(")") << true;
        QTest::newRow("no field name") << QByteArray("{OPEXPR 521}") << true;
        QTest::newRow("not a byte") << QByteArray("{CONST :constvalue 4 [ 1 2 x 4 ]}") << false;
        QTest::newRow("byte too big") << QByteArray("{CONST :constvalue 4 [ 1 2 256 4 ]}") << false;
        QTest::newRow("unclosed constant") << QByteArray("{CONST :constvalue 4 [ 1 2") << true;
        QTest::newRow("trailing text") << QByteArray("{VAR :varno 1} {VAR}") << true;
        QTest::newRow("deep") << QByteArray(500, '(') << true;
        QTest::newRow("deep nodes") << QByteArray(500, '{').replace("{", "{A :a ") << true;
    }

    void brokenTreesGiveErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, scanRefuses);
        QString error;
        QVERIFY(!nodes::parse(text, &error));
        QVERIFY(!error.isEmpty());
        if (scanRefuses)
            QVERIFY(!nodes::scan(text, [](const nodes::StructFields &) {}));
    }

    void unknownKindsAreNotGuessed()
    {
        // A missing operator, an unknown node type, an unknown column: no text at all.
        deparse::Catalog cat;
        const auto op = nodes::parse("{OPEXPR :opno 1 :args ({CONST :consttype 23 :consttypmod -1 :constcollid 0"
                                     " :constisnull false :constvalue 4 [ 1 0 0 0 0 0 0 0 ]} {CONST :consttype 23"
                                     " :consttypmod -1 :constcollid 0 :constisnull false :constvalue 4 [ 2 0 0 0 0 0 0 0 ]})}");
        QVERIFY(op);
        QVERIFY(!deparse::expression(*op, cat, [](qint64) { return nullptr; }));
        const auto other = nodes::parse("{SUBLINK :subLinkType 0}");
        QVERIFY(other);
        QVERIFY(!deparse::expression(*other, cat, [](qint64) { return nullptr; }));
        // An integer laid out as a big-endian server writes it (the value in the last
        // bytes) is not read as 0 or as a huge number: no text.
        cat.typeNames.insert({23, -1}, QStringLiteral("integer"));
        const auto bigEndian = nodes::parse("{CONST :consttype 23 :consttypmod -1 :constcollid 0 :constisnull false"
                                            " :constvalue 4 [ 0 0 0 0 0 0 0 5 ]}");
        QVERIFY(bigEndian);
        QVERIFY(!deparse::expression(*bigEndian, cat, [](qint64) { return nullptr; }));
        const auto littleEndian = nodes::parse("{CONST :consttype 23 :consttypmod -1 :constcollid 0 :constisnull false"
                                               " :constvalue 4 [ 5 0 0 0 0 0 0 0 ]}");
        QVERIFY(littleEndian);
        QCOMPARE(deparse::expression(*littleEndian, cat, [](qint64) { return nullptr; }).value_or(QString()), QStringLiteral("5"));
        const auto var = nodes::parse("{VAR :varno 1 :varattno 9 :vartype 23 :varlevelsup 0}");
        QVERIFY(var);
        QVERIFY(!deparse::expression(*var, cat, [](qint64) { return nullptr; }));
    }

    void snapshotPrintsLikeTheServer()
    {
        auto db = test::freshDatabase(QStringLiteral("exprdeparse"));
        STRATA_VERIFY_RESULT(db);
        QString sql = QStringLiteral(
            "CREATE SCHEMA strata_fn;"
            "CREATE FUNCTION strata_fn.twice(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';"
            "CREATE TYPE colour AS ENUM ('red', 'blue');"
            "CREATE TABLE corpus (i2 smallint, i4 integer, i8 bigint, n numeric(10,2), n2 numeric, t text,"
            " vc varchar(20), c3 char(3), b boolean, d date, ts timestamptz, f8 float8, js jsonb, u uuid,"
            " arr text[], e colour, oid_col oid, \"Odd Col\" integer, \"Ünïcode Column\" text);");
        int n = 0;
        for (const char *check : kKnownChecks)
            sql += QStringLiteral("ALTER TABLE corpus ADD CONSTRAINT known_%1 CHECK (%2);").arg(++n).arg(QString::fromUtf8(check));
        n = 0;
        for (const char *check : kServerChecks)
            sql += QStringLiteral("ALTER TABLE corpus ADD CONSTRAINT server_%1 CHECK (%2);").arg(++n).arg(QString::fromUtf8(check));
        sql += QStringLiteral("ALTER TABLE corpus ADD CONSTRAINT not_valid CHECK (i4 <> 42) NOT VALID;"
                              "ALTER TABLE corpus ADD CONSTRAINT no_inherit CHECK (i4 <> 43) NO INHERIT;");
        for (const char *index : kIndexes)
            sql += QString::fromUtf8(index) + u';';
        // Row-level security policies: one the printer knows, one with a subquery it does not.
        sql += QStringLiteral("ALTER TABLE corpus ENABLE ROW LEVEL SECURITY;"
                              "CREATE POLICY known_policy ON corpus USING (i4 = (current_setting('app.tenant', true))::integer)"
                              " WITH CHECK (t IS NOT NULL AND i4 > 0);"
                              "CREATE POLICY server_policy ON corpus FOR SELECT USING (EXISTS (SELECT 1 FROM pg_catalog.pg_class));");
        // A second table with a 63-byte, quoted name.
        const QString longName = QStringLiteral("Table With A Long Name That Needs Quoting And Is 63 Bytes Long!");
        QCOMPARE(longName.toUtf8().size(), 63);
        sql += QStringLiteral("CREATE TABLE \"%1\" (\"Mixed Case\" integer CHECK (\"Mixed Case\" BETWEEN 1 AND 9));"
                              "CREATE INDEX ON \"%1\" ((\"Mixed Case\" % 3)) WHERE \"Mixed Case\" > 2;").arg(longName);
        // Defaults with typed constants (a Const's typmod), for the trees read below.
        sql += QStringLiteral("CREATE TABLE typmods (n numeric(4,1) DEFAULT 1.5::numeric(4,1),"
                              " v varchar(3) DEFAULT 'ab'::varchar(3), a int[] DEFAULT ARRAY[1, 2]);");
        STRATA_VERIFY_OK(test::runScript(*db, sql));

        // What each tree names, read without building the tree (as a capture does while it
        // reads rows), equals what the tree's walk finds, for every tree of the corpus.
        {
            auto c = test::connectRw(*db);
            STRATA_VERIFY_RESULT(c);
            const ResultSet trees = (*c)->exec(QStringLiteral(
                "SELECT conbin::text FROM pg_constraint WHERE conbin IS NOT NULL"
                " UNION ALL SELECT indexprs::text FROM pg_index WHERE indexprs IS NOT NULL"
                " UNION ALL SELECT indpred::text FROM pg_index WHERE indpred IS NOT NULL"
                " UNION ALL SELECT polqual::text FROM pg_policy WHERE polqual IS NOT NULL"
                " UNION ALL SELECT polwithcheck::text FROM pg_policy WHERE polwithcheck IS NOT NULL"
                " UNION ALL SELECT adbin::text FROM pg_attrdef"));
            STRATA_VERIFY_OK(trees.error);
            QVERIFY(trees.rowCount() > 80);
            int withOperators = 0, withFunctions = 0;
            for (int r = 0; r < trees.rowCount(); ++r) {
                const QByteArray text = trees.text(r, 0).toUtf8();
                const auto tree = nodes::parse(text);
                QVERIFY2(tree, text.constData());
                deparse::Needs walked, scanned;
                deparse::collect(*tree, &walked);
                QVERIFY2(deparse::collect(QByteArrayView(text), &scanned), text.constData());
                QVERIFY2(scanned.operators == walked.operators && scanned.functions == walked.functions
                             && scanned.types == walked.types && scanned.typeNames == walked.typeNames,
                         text.constData());
                withOperators += !walked.operators.isEmpty();
                withFunctions += !walked.functions.isEmpty();
            }
            QVERIFY(withOperators > 50 && withFunctions > 5); // not vacuous
        }

        IntrospectOptions server;
        server.clientDeparse = false;
        IntrospectReport serverReport, clientReport;
        auto byServer = test::snapshotOf(*db, server, &serverReport);
        STRATA_VERIFY_RESULT(byServer);
        auto byClient = test::snapshotOf(*db, {}, &clientReport);
        STRATA_VERIFY_RESULT(byClient);
        QCOMPARE(serverReport.printedByClient, 0);
        QVERIFY(!clientReport.sampleMismatch);

        QString difference;
        QVERIFY2(test::compareSnapshots(*byClient, *byServer, &difference), qPrintable(difference));

        // Not vacuous: the known kinds were printed by Strata, the others by the server.
        const int knownChecks = int(std::size(kKnownChecks)) + 3;   // + NOT VALID, NO INHERIT, BETWEEN
        const int knownIndexes = int(std::size(kIndexes)) - 4 + 1; // - DESC, COLLATE, date, fillfactor; + the long table's
        QStringList expectedOnServer;
        for (int i = 1; i <= int(std::size(kServerChecks)); ++i)
            expectedOnServer << QStringLiteral("public.corpus.server_%1").arg(i);
        expectedOnServer << QStringLiteral("public.ix_desc") << QStringLiteral("public.ix_collate") << QStringLiteral("public.ix_date")
                         << QStringLiteral("public.corpus.server_policy");
        QStringList onServer = clientReport.leftToServer;
        onServer.sort();
        expectedOnServer.sort();
        if (onServer != expectedOnServer)
            qWarning() << "left to the server:" << onServer;
        QCOMPARE(onServer, expectedOnServer);
        QCOMPARE(clientReport.printedByClient, knownChecks + knownIndexes + 1 + 1); // + the fillfactor index's expressions, known_policy
        QCOMPARE(clientReport.printedByServer, int(std::size(kServerChecks)) + 3 + 1);
    }

    // Every schema the other catalog and diff tests use, printed both ways.
    void fixturesPrintLikeTheServer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("catalog fixture") << QStringLiteral(STRATA_FIXTURES_DIR "/catalog/fixture.sql");
        QDir diff(QStringLiteral(STRATA_FIXTURES_DIR "/diff"));
        for (const QString &name : diff.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const char *side : {"a", "b"})
                QTest::newRow(qPrintable(name + u'/' + QLatin1StringView(side)))
                    << diff.filePath(name + u'/' + QLatin1StringView(side) + QStringLiteral(".sql"));
    }

    void fixturesPrintLikeTheServer()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        auto db = test::freshDatabase(QStringLiteral("exprfix"));
        STRATA_VERIFY_RESULT(db);
        STRATA_VERIFY_OK(test::runScript(*db, QString::fromUtf8(f.readAll())));
        IntrospectOptions server;
        server.clientDeparse = false;
        IntrospectReport report;
        auto byServer = test::snapshotOf(*db, server);
        STRATA_VERIFY_RESULT(byServer);
        auto byClient = test::snapshotOf(*db, {}, &report);
        STRATA_VERIFY_RESULT(byClient);
        QVERIFY(!report.sampleMismatch);
        QString difference;
        QVERIFY2(test::compareSnapshots(*byClient, *byServer, &difference), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestExprDeparse)
#include "tst_exprdeparse.moc"
