// Lock levels and rewrite/scan/index-build flags per statement form (PostgreSQL 15
// documentation), without a server: the parse trees come from libpg_query.
#include "preflight/LockTable.h"
#include "preflight/StatementAnalyzer.h"
#include "sql/ParseTree.h"

#include <QJsonArray>
#include <QTest>

using namespace strata;
using namespace strata::preflight;

namespace {
LockEffect firstCmd(const QString &sql)
{
    auto p = ParseTree::parse(sql);
    if (!p || p->isEmpty())
        qFatal("parse failed: %s", qPrintable(sql));
    const ParsedStatement &s = p->first();
    if (s.nodeType == u"AlterTableStmt")
        return LockTable::alterTableCmd(s.node.value(QStringLiteral("cmds")).toArray().first().toObject()
                                            .value(QStringLiteral("AlterTableCmd")).toObject());
    return LockTable::statement(s.nodeType, s.node);
}
} // namespace

class TestLockTable : public QObject
{
    Q_OBJECT
private slots:
    void alterTableForms_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("rewrite");
        QTest::addColumn<bool>("scan");
        QTest::addColumn<bool>("indexBuild");
        using L = LockLevel;
        QTest::newRow("set statistics") << "ALTER TABLE t ALTER COLUMN a SET STATISTICS 500" << int(L::ShareUpdateExclusive) << false << false << false;
        QTest::newRow("validate") << "ALTER TABLE t VALIDATE CONSTRAINT c" << int(L::ShareUpdateExclusive) << false << true << false;
        QTest::newRow("set fillfactor") << "ALTER TABLE t SET (fillfactor = 70)" << int(L::ShareUpdateExclusive) << false << false << false;
        QTest::newRow("cluster on") << "ALTER TABLE t CLUSTER ON t_idx" << int(L::ShareUpdateExclusive) << false << false << false;
        QTest::newRow("add fk") << "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES p(id)" << int(L::ShareRowExclusive) << false << true << false;
        QTest::newRow("add fk not valid") << "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES p(id) NOT VALID" << int(L::ShareRowExclusive) << false << false << false;
        QTest::newRow("disable trigger") << "ALTER TABLE t DISABLE TRIGGER trg" << int(L::ShareRowExclusive) << false << false << false;
        QTest::newRow("add check") << "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)" << int(L::AccessExclusive) << false << true << false;
        QTest::newRow("add check not valid") << "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("set not null") << "ALTER TABLE t ALTER COLUMN a SET NOT NULL" << int(L::AccessExclusive) << false << true << false;
        QTest::newRow("drop not null") << "ALTER TABLE t ALTER COLUMN a DROP NOT NULL" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("type change") << "ALTER TABLE t ALTER COLUMN a TYPE bigint" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("add column const default") << "ALTER TABLE t ADD COLUMN b int DEFAULT 0" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("add serial") << "ALTER TABLE t ADD COLUMN b bigserial" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("add identity") << "ALTER TABLE t ADD COLUMN b bigint GENERATED ALWAYS AS IDENTITY" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("add generated") << "ALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (a * 2) STORED" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("add pk") << "ALTER TABLE t ADD PRIMARY KEY (a)" << int(L::AccessExclusive) << false << true << true;
        QTest::newRow("add unique") << "ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)" << int(L::AccessExclusive) << false << false << true;
        QTest::newRow("unique using index") << "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("set tablespace") << "ALTER TABLE t SET TABLESPACE ts" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("set logged") << "ALTER TABLE t SET LOGGED" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("drop column") << "ALTER TABLE t DROP COLUMN a" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("attach partition") << "ALTER TABLE t ATTACH PARTITION p FOR VALUES IN (1)" << int(L::ShareUpdateExclusive) << false << true << false;
        QTest::newRow("detach concurrently") << "ALTER TABLE t DETACH PARTITION p CONCURRENTLY" << int(L::ShareUpdateExclusive) << false << false << false;
        QTest::newRow("detach") << "ALTER TABLE t DETACH PARTITION p" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("create index") << "CREATE INDEX i ON t (a)" << int(L::Share) << false << false << true;
        QTest::newRow("create index concurrently") << "CREATE INDEX CONCURRENTLY i ON t (a)" << int(L::ShareUpdateExclusive) << false << false << true;
        QTest::newRow("drop index") << "DROP INDEX i" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("drop index concurrently") << "DROP INDEX CONCURRENTLY i" << int(L::ShareUpdateExclusive) << false << false << false;
        QTest::newRow("reindex concurrently") << "REINDEX TABLE CONCURRENTLY t" << int(L::ShareUpdateExclusive) << false << false << true;
        QTest::newRow("vacuum full") << "VACUUM FULL t" << int(L::AccessExclusive) << true << false << false;
        QTest::newRow("vacuum") << "VACUUM t" << int(L::ShareUpdateExclusive) << false << true << false;
        QTest::newRow("create trigger") << "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()" << int(L::ShareRowExclusive) << false << false << false;
        QTest::newRow("truncate") << "TRUNCATE t" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("rename index") << "ALTER INDEX i RENAME TO j" << int(L::ShareUpdateExclusive) << false << false << false;
        QTest::newRow("rename column") << "ALTER TABLE t RENAME COLUMN a TO b" << int(L::AccessExclusive) << false << false << false;
        QTest::newRow("refresh concurrently") << "REFRESH MATERIALIZED VIEW CONCURRENTLY m" << int(L::Exclusive) << true << false << false;
        QTest::newRow("lock share") << "LOCK TABLE t IN SHARE MODE" << int(L::Share) << false << false << false;
    }
    void alterTableForms()
    {
        QFETCH(QString, sql);
        QFETCH(int, level);
        QFETCH(bool, rewrite);
        QFETCH(bool, scan);
        QFETCH(bool, indexBuild);
        const LockEffect e = firstCmd(sql);
        QCOMPARE(lockName(e.level), lockName(LockLevel(level)));
        QCOMPARE(e.rewrite, rewrite);
        QCOMPARE(e.scan, scan);
        QCOMPARE(e.indexBuild, indexBuild);
    }

    void foreignKeyLocksBothTables()
    {
        const LockEffect e = firstCmd(QStringLiteral("ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES s.parent(id)"));
        QCOMPARE(e.otherTable, QStringLiteral("parent"));
        QCOMPARE(e.otherSchema, QStringLiteral("s"));
        QCOMPARE(e.otherLevel, LockLevel::ShareRowExclusive);
    }

    void conflictMatrix()
    {
        using L = LockLevel;
        QVERIFY(locksConflict(L::AccessShare, L::AccessExclusive));
        QVERIFY(!locksConflict(L::AccessShare, L::Exclusive));
        QVERIFY(!locksConflict(L::AccessShare, L::ShareRowExclusive));
        QVERIFY(locksConflict(L::RowExclusive, L::Share));
        QVERIFY(!locksConflict(L::RowExclusive, L::RowExclusive));
        QVERIFY(locksConflict(L::ShareUpdateExclusive, L::ShareUpdateExclusive));
        QVERIFY(!locksConflict(L::Share, L::Share));
        QVERIFY(locksConflict(L::ShareRowExclusive, L::ShareRowExclusive));
        QVERIFY(locksConflict(L::RowShare, L::Exclusive));
        QVERIFY(!locksConflict(L::RowShare, L::ShareRowExclusive));
        for (int a = 1; a <= 8; ++a)
            for (int b = 1; b <= 8; ++b)
                QCOMPARE(locksConflict(L(a), L(b)), locksConflict(L(b), L(a))); // symmetric
        QCOMPARE(lockFromPgMode(QStringLiteral("ShareUpdateExclusiveLock")), L::ShareUpdateExclusive);
    }

    void offlineAnalysisFindsLintsAndTransactionErrors()
    {
        const QString sql = QStringLiteral("BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;\nBEGIN; BEGIN;\nCOMMIT;");
        auto p = ParseTree::parse(sql);
        QVERIFY(p.ok());
        const Analysis a = StatementAnalyzer::analyze(sql, *p, nullptr);
        bool conc = false, nesting = false;
        for (const Finding &f : a.findings) {
            if (f.rule == u"concurrently-in-transaction") {
                conc = true;
                QCOMPARE(f.severity, Severity::Blocking);
                QCOMPARE(f.line, 2);
            }
            nesting = nesting || f.rule == u"transaction-nesting";
        }
        QVERIFY(conc);
        QVERIFY(nesting);
        QCOMPARE(a.statements.size(), 6);
        QCOMPARE(a.statements[1].locks.size(), 1);
        QCOMPARE(a.statements[1].locks.first().level, LockLevel::ShareUpdateExclusive);
        QVERIFY(a.statements[1].inTransactionBlock);
    }

    void parseErrorHasLineAndColumn()
    {
        auto p = ParseTree::parse(QStringLiteral("SELECT 1;\nALTER TABLE t\n  ADD COLUMN x int,,;"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, Error::Kind::Parse);
        QVERIFY2(p.error().message.contains(QStringLiteral("line 3")), qPrintable(p.error().message));
        QVERIFY2(p.error().message.contains(QStringLiteral("column 20")), qPrintable(p.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLockTable)
#include "tst_locktable.moc"
