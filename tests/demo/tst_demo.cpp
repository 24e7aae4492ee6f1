// The bundled demo project: its migration files, the loader, the CLI command, and
// the story the pending migration tells. Everything runs against a real server.

#include "TestServer.h"
#include "demo/DemoProject.h"
#include "demo/SectionRunner.h"
#include "history/DbmateFormat.h"
#include "pg/Session.h"
#include "sql/ParseTree.h"

#include <QDir>
#include <libpq-fe.h>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

std::unique_ptr<Connection> openRw(const ConnectionProfile &p)
{
    auto c = test::connectRw(p);
    if (!c)
        qWarning("%s", qPrintable(c.error().fullText()));
    return c ? std::move(*c) : nullptr;
}

QStringList column(Connection &c, const QString &sql)
{
    ResultSet r = c.exec(sql);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.fullText()));
    QStringList out;
    for (int i = 0; i < r.rowCount(); ++i)
        out << r.text(i, 0);
    return out;
}

qint64 scalar(Connection &c, const QString &sql)
{
    ResultSet r = c.exec(sql);
    if (!r.ok() || r.rowCount() != 1) {
        qWarning("%s", qPrintable(r.error.fullText()));
        return -1;
    }
    return r.toInt64(0, 0);
}

// Every schema object in public as sorted text lines: what a down section must restore.
QStringList schemaFingerprint(Connection &c)
{
    return column(c, QStringLiteral(R"SQL(
SELECT line FROM (
  SELECT format('rel %s %s', c.relname, c.relkind) AS line
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
  UNION ALL
  SELECT format('col %s.%s %s notnull=%s default=%s identity=%s', c.relname, a.attname,
                format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity)
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT format('con %s on %s: %s', con.conname,
                coalesce(con.conrelid::regclass::text, con.contypid::regtype::text), pg_get_constraintdef(con.oid))
    FROM pg_constraint con WHERE con.connamespace = 'public'::regnamespace
  UNION ALL
  SELECT format('idx %s', pg_get_indexdef(i.indexrelid))
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
   WHERE c.relnamespace = 'public'::regnamespace
  UNION ALL
  SELECT format('type %s %s %s', t.typname, t.typtype,
                (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))
    FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
  UNION ALL
  SELECT format('fn %s', pg_get_functiondef(p.oid)) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
  UNION ALL
  SELECT format('trg %s', pg_get_triggerdef(t.oid))
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
   WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
  UNION ALL
  SELECT format('pol %s on %s %s using %s check %s', p.policyname, p.tablename, p.cmd, p.qual, p.with_check)
    FROM pg_policies p WHERE p.schemaname = 'public'
  UNION ALL
  SELECT format('rls %s %s', c.relname, c.relrowsecurity)
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
  UNION ALL
  SELECT format('view %s %s %s', c.relname, c.reloptions, pg_get_viewdef(c.oid))
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
  UNION ALL
  SELECT format('comment %s: %s', pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description)
    FROM pg_description d WHERE d.objoid >= 16384
) s ORDER BY line
)SQL"));
}

// Lines in one fingerprint and not in the other, both ways.
QStringList difference(const QStringList &a, const QStringList &b)
{
    const QSet<QString> sa(a.begin(), a.end());
    const QSet<QString> sb(b.begin(), b.end());
    QStringList out;
    for (const QString &l : sa - sb)
        out << QStringLiteral("- ") + l;
    for (const QString &l : sb - sa)
        out << QStringLiteral("+ ") + l;
    out.sort();
    return out;
}

// Content of the seeded tables, without the columns now() fills in.
const QString kDataDigest = QStringLiteral(R"SQL(
SELECT md5(string_agg(x, E'\n' ORDER BY x)) FROM (
  SELECT format('w %s %s %s %s', id, slug, name, plan) AS x FROM workspaces
  UNION ALL SELECT format('u %s %s %s', id, email, full_name) FROM users
  UNION ALL SELECT format('wm %s %s %s', workspace_id, user_id, role) FROM workspace_members
  UNION ALL SELECT format('a %s %s %s %s %s %s', id, workspace_id, user_id, handle, display_name, is_bot) FROM agents
  UNION ALL SELECT format('t %s %s %s', id, workspace_id, name) FROM tags
  UNION ALL SELECT format('c %s %s %s %s %s %s %s %s %s', id, workspace_id, subject, requester_email, status,
                          assignee_id, channel, created_at, first_response_at) FROM conversations
  UNION ALL SELECT format('m %s %s %s %s %s %s', id, conversation_id, workspace_id, author_kind, agent_id, created_at) FROM messages
  UNION ALL SELECT format('ct %s %s', conversation_id, tag_id) FROM conversation_tags
) s
)SQL");

const QString kCrossWorkspaceHandles = QStringLiteral(
    "SELECT handle FROM agents GROUP BY handle HAVING count(DISTINCT workspace_id) > 1 ORDER BY handle");
const QString kDuplicatesInWorkspace = QStringLiteral(
    "SELECT workspace_id, handle FROM agents GROUP BY workspace_id, handle HAVING count(*) > 1");

QString fileName(const MigrationFile &f)
{
    return QFileInfo(f.path).fileName();
}

// "…, line 12: …" -> the line of the file the error points at.
QString lineNamedBy(const Error &e, const MigrationFile &f)
{
    static const QRegularExpression re(QStringLiteral(", line (\\d+):"));
    const auto m = re.match(e.message);
    if (!m.hasMatch())
        return {};
    QFile file(f.path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    return lines.value(m.captured(1).toInt() - 1);
}

QStringList primaryKeyColumns(Connection &c, const QString &table)
{
    return column(c, QStringLiteral(
        "SELECT a.attname FROM pg_index i "
        "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
        "WHERE i.indrelid = to_regclass('%1') AND i.indisprimary ORDER BY k.n").arg(table));
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    QList<MigrationFile> m_files;

    Result<ConnectionProfile> loadDemo(const QString &dbname)
    {
        if (Error e = DemoProject::load(test::server(), dbname))
            return e;
        return test::server().profile(dbname);
    }

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        auto files = DemoProject::migrations();
        STRATA_VERIFY_OK(files ? Error() : files.error());
        m_files = *files;
    }

    void migrationFilesAreComplete()
    {
        QVERIFY2(m_files.size() >= 15, qPrintable(QString::number(m_files.size())));
        static const QRegularExpression versionRe(QStringLiteral("^\\d{14}$"));
        int nonTransactional = 0;
        for (const MigrationFile &f : m_files) {
            QVERIFY2(versionRe.match(f.version).hasMatch(), qPrintable(fileName(f)));
            auto up = ParseTree::parse(f.upSql);
            QVERIFY2(up.ok(), qPrintable(fileName(f) + QStringLiteral(" up: ") + up.error().message));
            QVERIFY2(!up->isEmpty(), qPrintable(fileName(f)));
            auto down = ParseTree::parse(f.downSql);
            QVERIFY2(down.ok(), qPrintable(fileName(f) + QStringLiteral(" down: ") + down.error().message));
            QVERIFY2(!down->isEmpty(), qPrintable(fileName(f) + QStringLiteral(": no down section")));
            // CONCURRENTLY cannot run in a transaction: exactly the non-transactional
            // file has it, alone in its section (dbmate sends a section as one query).
            bool concurrent = false;
            for (const ParsedStatement &s : *up)
                concurrent = concurrent || s.node.value(QStringLiteral("concurrent")).toBool();
            QCOMPARE(concurrent, !f.transactional);
            if (!f.transactional) {
                ++nonTransactional;
                QCOMPARE(up->size(), 1);
                QCOMPARE(up->first().nodeType, QStringLiteral("IndexStmt"));
            }
        }
        QCOMPARE(nonTransactional, 1);
        auto seed = DemoProject::seedSql();
        STRATA_VERIFY_OK(seed ? Error() : seed.error());
        auto seedTree = ParseTree::parse(*seed);
        QVERIFY2(seedTree.ok(), qPrintable(seedTree.error().message));
        QVERIFY(QFile::exists(DemoProject::resourceRoot() + QStringLiteral("/README.md")));
    }

    void pendingDownRestoresTheGlobalHandleKey()
    {
        // The story depends on it: the pending migration's down section creates a
        // UNIQUE index on agents (handle) alone.
        auto down = ParseTree::parse(m_files.last().downSql);
        QVERIFY(down.ok());
        bool found = false;
        for (const ParsedStatement &s : *down) {
            if (s.nodeType != u"IndexStmt" || !s.node.value(QStringLiteral("unique")).toBool())
                continue;
            const QJsonArray params = s.node.value(QStringLiteral("indexParams")).toArray();
            const QString rel = s.node.value(QStringLiteral("relation")).toObject().value(QStringLiteral("relname")).toString();
            if (rel == u"agents" && params.size() == 1
                && params.first().toObject().value(QStringLiteral("IndexElem")).toObject().value(QStringLiteral("name")).toString() == u"handle")
                found = true;
        }
        QVERIFY(found);
    }

    void loadAppliesAllButTheLastMigration()
    {
        int lastValue = -1, lastMaximum = -1, calls = 0;
        JobControl ctl([] { return false; }, [&](int v, int m, const QString &) {
            lastValue = v;
            lastMaximum = m;
            ++calls;
        });
        STRATA_VERIFY_OK(DemoProject::load(test::server(), QStringLiteral("demo_load"), &ctl));
        QVERIFY(calls >= int(m_files.size()));
        QCOMPARE(lastValue, lastMaximum);

        auto c = openRw(test::server().profile(QStringLiteral("demo_load")));
        QVERIFY(c);
        QStringList expected;
        for (qsizetype i = 0; i + 1 < m_files.size(); ++i)
            expected << m_files[i].version;
        QCOMPARE(column(*c, QStringLiteral("SELECT version FROM public.schema_migrations ORDER BY version")), expected);
        // The ledger table is dbmate's: varchar primary key.
        QCOMPARE(column(*c, QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                           "WHERE attrelid = 'public.schema_migrations'::regclass AND attnum > 0 AND NOT attisdropped")),
                 QStringList{QStringLiteral("character varying")});
        QCOMPARE(primaryKeyColumns(*c, QStringLiteral("public.schema_migrations")), QStringList{QStringLiteral("version")});

        // The pending migration has not run: old keys in place.
        QCOMPARE(primaryKeyColumns(*c, QStringLiteral("conversations")), QStringList{QStringLiteral("id")});
        QCOMPARE(primaryKeyColumns(*c, QStringLiteral("messages")), QStringList{QStringLiteral("id")});

        // The seed data and the collisions the demo is about.
        QVERIFY(scalar(*c, QStringLiteral("SELECT (SELECT count(*) FROM conversations) + (SELECT count(*) FROM messages) "
                                          "+ (SELECT count(*) FROM agents) + (SELECT count(*) FROM users)")) > 1000);
        QVERIFY(scalar(*c, QStringLiteral("SELECT count(*) FROM workspaces")) >= 3);
        const QStringList collisions = column(*c, kCrossWorkspaceHandles);
        QVERIFY2(!collisions.isEmpty(), "no handle is shared across workspaces");
        QVERIFY(column(*c, kDuplicatesInWorkspace).isEmpty());
        QVERIFY(scalar(*c, QStringLiteral("SELECT count(*) FROM messages WHERE workspace_id IS NULL")) > 0);
        // Every NULL can be backfilled, and no filled-in value disagrees with its conversation.
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                           "WHERE m.workspace_id IS DISTINCT FROM c.workspace_id AND m.workspace_id IS NOT NULL")), 0);
        // The views and functions work on the data.
        QVERIFY(scalar(*c, QStringLiteral("SELECT count(*) FROM conversation_overview")) > 0);
        QVERIFY(scalar(*c, QStringLiteral("SELECT count(*) FROM workspace_daily_stats")) > 0);
        QVERIFY(scalar(*c, QStringLiteral("SELECT count(*) FROM agent_workload((SELECT min(id) FROM workspaces))")) > 0);
        QVERIFY(scalar(*c, QStringLiteral("SELECT count(*) FROM audit_log")) > 0);
        STRATA_VERIFY_OK(c->exec(QStringLiteral("SELECT refresh_workspace_stats()")).error);
    }

    void rowLevelSecurityIsolatesWorkspaces()
    {
        auto c = openRw(test::server().profile(QStringLiteral("demo_load")));
        QVERIFY(c);
        // Superusers bypass RLS: look through a role without that privilege.
        STRATA_VERIFY_OK(c->execScript(QStringLiteral(
            "BEGIN; CREATE ROLE demo_reader_t NOLOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO demo_reader_t;"
            "SELECT set_config('app.workspace_id', (SELECT min(id) FROM workspaces)::text, true);"
            "SET LOCAL ROLE demo_reader_t")).error);
        // One workspace's rows, through the table and through the security_invoker view;
        // and with app.workspace_id unset, nothing.
        const qint64 rows = scalar(*c, QStringLiteral("SELECT count(*) FROM conversations WHERE workspace_id IS NOT NULL"));
        const qint64 visible = scalar(*c, QStringLiteral("SELECT count(DISTINCT workspace_id) FROM conversations"));
        const qint64 overview = scalar(*c, QStringLiteral("SELECT count(DISTINCT workspace_id) FROM conversation_overview"));
        STRATA_VERIFY_OK(c->execScript(QStringLiteral("SELECT set_config('app.workspace_id', '', true)")).error);
        const qint64 none = scalar(*c, QStringLiteral("SELECT count(*) FROM messages"));
        STRATA_VERIFY_OK(c->execScript(QStringLiteral("ROLLBACK")).error);
        QVERIFY(rows > 0);
        QCOMPARE(visible, 1);
        QCOMPARE(overview, 1);
        QCOMPARE(none, 0);
    }

    void seedIsDeterministic()
    {
        auto a = loadDemo(QStringLiteral("demo_det_a"));
        STRATA_VERIFY_OK(a ? Error() : a.error());
        auto b = loadDemo(QStringLiteral("demo_det_b"));
        STRATA_VERIFY_OK(b ? Error() : b.error());
        auto ca = openRw(*a);
        auto cb = openRw(*b);
        QVERIFY(ca && cb);
        const QStringList da = column(*ca, kDataDigest);
        QCOMPARE(da.size(), 1);
        QVERIFY(!da.first().isEmpty());
        QCOMPARE(column(*cb, kDataDigest), da);
    }

    void pendingMigrationRunsButItsRollbackIsRefused()
    {
        auto p = loadDemo(QStringLiteral("demo_pending"));
        STRATA_VERIFY_OK(p ? Error() : p.error());
        auto c = openRw(*p);
        QVERIFY(c);
        const MigrationFile &pending = m_files.last();
        const QStringList collisions = column(*c, kCrossWorkspaceHandles);
        QVERIFY(!collisions.isEmpty());

        STRATA_VERIFY_OK(DemoProject::applyUp(*c, pending));
        QCOMPARE(column(*c, QStringLiteral("SELECT max(version) FROM public.schema_migrations")), QStringList{pending.version});
        QCOMPARE(primaryKeyColumns(*c, QStringLiteral("conversations")), (QStringList{QStringLiteral("workspace_id"), QStringLiteral("id")}));
        QCOMPARE(primaryKeyColumns(*c, QStringLiteral("messages")), (QStringList{QStringLiteral("workspace_id"), QStringLiteral("id")}));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM messages WHERE workspace_id IS NULL")), 0);
        QCOMPARE(column(*c, QStringLiteral("SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'messages'::regclass AND attname = 'workspace_id'")),
                 QStringList{QStringLiteral("true")});
        QCOMPARE(column(*c, QStringLiteral("SELECT pg_get_indexdef(indexrelid) ~ '\\(workspace_id, handle\\)' FROM pg_index "
                                           "WHERE indrelid = 'agents'::regclass AND indisunique AND NOT indisprimary")),
                 QStringList{QStringLiteral("t")});
        QCOMPARE(column(*c, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'messages'::regclass AND contype = 'f' "
                                           "AND confrelid = 'conversations'::regclass AND array_length(conkey, 1) = 2")),
                 QStringList{QStringLiteral("1")});

        // The down section must fail on this data: two workspaces share a handle.
        const QStringList before = schemaFingerprint(*c);
        const Error e = DemoProject::applyDown(*c, pending);
        QVERIFY(e.isError());
        QCOMPARE(e.sqlState, QStringLiteral("23505"));
        QVERIFY2(e.message.contains(fileName(pending)), qPrintable(e.message));
        const QString line = lineNamedBy(e, pending);
        QVERIFY2(line.contains(QStringLiteral("CREATE UNIQUE INDEX")) && line.contains(QStringLiteral("(handle)")), qPrintable(e.message + u'|' + line));
        bool namesACollision = false;
        for (const QString &h : collisions)
            namesACollision = namesACollision || e.detail.contains(QStringLiteral("(%1)").arg(h));
        QVERIFY2(namesACollision, qPrintable(e.detail));
        // ...and leave everything as it was: schema and ledger.
        QCOMPARE(schemaFingerprint(*c), before);
        QCOMPARE(column(*c, QStringLiteral("SELECT max(version) FROM public.schema_migrations")), QStringList{pending.version});
    }

    void everyDownUndoesItsUpOnAnEmptyDatabase()
    {
        auto p = test::freshDatabase(QStringLiteral("demo_roundtrip"));
        STRATA_VERIFY_OK(p ? Error() : p.error());
        auto c = openRw(*p);
        QVERIFY(c);
        STRATA_VERIFY_OK(c->execScript(DemoProject::ledgerDdl()).error);
        QList<QStringList> before; // schema before each file's up section
        for (const MigrationFile &f : m_files) {
            before << schemaFingerprint(*c);
            STRATA_VERIFY_OK(DemoProject::applyUp(*c, f));
        }
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), qint64(m_files.size()));
        for (qsizetype i = m_files.size() - 1; i >= 0; --i) {
            const MigrationFile &f = m_files[i];
            STRATA_VERIFY_OK(DemoProject::applyDown(*c, f));
            const QStringList diff = difference(before[i], schemaFingerprint(*c));
            if (i + 1 == m_files.size()) {
                // Deliberate: the pending file's rollback brings the handle index back
                // UNIQUE (see its down section), not as the plain index it found.
                QCOMPARE(diff.size(), 2);
                for (const QString &l : diff)
                    QVERIFY2(l.contains(QStringLiteral("INDEX agents_handle_idx ON public.agents USING btree (handle)")), qPrintable(l));
            } else {
                QVERIFY2(diff.isEmpty(), qPrintable(fileName(f) + QStringLiteral(":\n") + diff.join(u'\n')));
            }
        }
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), 0);
        // And up again after all downs: nothing was left behind that gets in the way.
        for (const MigrationFile &f : m_files)
            STRATA_VERIFY_OK(DemoProject::applyUp(*c, f));
    }

    void errorsNameTheFileAndLine_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("transactional");
        QTest::addColumn<int>("expectedLine");
        QTest::addColumn<QString>("leftBehind"); // a table that must (not) exist afterwards
        QTest::addColumn<bool>("committed");
        // Section starts at line 10 of its file.
        QTest::newRow("run-time error, no position")
            << QStringLiteral("CREATE TABLE rt1 (a int);\nINSERT INTO rt1 VALUES (1);\n\nSELECT 1 / 0;\n") << true << 13 << QStringLiteral("rt1") << false;
        QTest::newRow("missing relation, with position")
            << QStringLiteral("CREATE TABLE rt2 (a int);\nSELECT *\n  FROM no_such_table;\n") << true << 12 << QStringLiteral("rt2") << false;
        QTest::newRow("syntax error")
            << QStringLiteral("CREATE TABLE rt3 (a int);\n-- comment\nSELEC 1;\n") << true << 12 << QStringLiteral("rt3") << false;
        QTest::newRow("statement by statement")
            << QStringLiteral("CREATE TABLE rt4 (a int);\n\nCREATE INDEX CONCURRENTLY rt4_b ON rt4 (b);\n") << false << 12 << QStringLiteral("rt4") << true;
        QTest::newRow("statement by statement, unsplittable")
            << QStringLiteral("CREATE TABLE rt5 (a int);\nCREATE INDEX CONCURRENTLY ON rt5 ((a);\n") << false << 11 << QStringLiteral("rt5") << false;
    }
    void errorsNameTheFileAndLine()
    {
        QFETCH(QString, sql);
        QFETCH(bool, transactional);
        QFETCH(int, expectedLine);
        QFETCH(QString, leftBehind);
        QFETCH(bool, committed);
        auto p = test::freshDatabase(QStringLiteral("demo_errors"));
        STRATA_VERIFY_OK(p ? Error() : p.error());
        auto c = openRw(*p);
        QVERIFY(c);
        SqlSection s;
        s.fileName = QStringLiteral("20240101000000_broken “file”.sql");
        s.sql = sql;
        s.firstLine = 10;
        s.transactional = transactional;
        bool afterRan = false;
        const Error e = SectionRunner::run(*c, s, [&](Connection &) { afterRan = true; return Error(); });
        QVERIFY(e.isError());
        QVERIFY(!afterRan);
        QVERIFY2(e.message.startsWith(QStringLiteral("%1, line %2: ").arg(s.fileName).arg(expectedLine)), qPrintable(e.message));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = '%1'").arg(leftBehind)), committed ? 1 : 0);
        // The connection is usable afterwards (no transaction left open).
        QCOMPARE(PQtransactionStatus(c->raw()), PQTRANS_IDLE);
    }

    void failedUpRecordsNothing()
    {
        auto p = test::freshDatabase(QStringLiteral("demo_noledger"));
        STRATA_VERIFY_OK(p ? Error() : p.error());
        auto c = openRw(*p);
        QVERIFY(c);
        auto f = DbmateFormat::parse(QStringLiteral("20240102000000_bad.sql"),
                                     QStringLiteral("-- migrate:up\nCREATE TABLE ok (a int);\nCREATE TABLE ok (a int);\n-- migrate:down\nDROP TABLE ok;\n"));
        QVERIFY(f.ok());
        f->path = QStringLiteral("/nonexistent/20240102000000_bad.sql");
        const Error e = DemoProject::applyUp(*c, *f);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QStringLiteral("20240102000000_bad.sql, line 3:")), qPrintable(e.message));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), 0);
    }

    void loadRefusesBadRequestsWithoutCrashing()
    {
        // A name that needs quoting is just a name.
        const QString awkward = QStringLiteral("it's a \"demo\"; DROP DATABASE postgres");
        STRATA_VERIFY_OK(DemoProject::load(test::server(), awkward));
        auto c = openRw(test::server().profile(awkward));
        QVERIFY(c);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), qint64(m_files.size() - 1));
        // The same name again: CREATE DATABASE fails, cleanly.
        const Error again = DemoProject::load(test::server(), awkward);
        QVERIFY(again.isError());
        QCOMPARE(again.sqlState, QStringLiteral("42P04"));
        QVERIFY(DemoProject::load(test::server(), QString()).isError());
        // Canceled before the first file: nothing applied.
        JobControl canceled([] { return true; }, [](int, int, const QString &) {});
        const Error e = DemoProject::load(test::server(), QStringLiteral("demo_canceled"), &canceled);
        QCOMPARE(e.kind, Error::Kind::Canceled);
        auto cc = openRw(test::server().profile(QStringLiteral("demo_canceled")));
        QVERIFY(cc);
        QCOMPARE(scalar(*cc, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'schema_migrations'")), 0);
    }

    void extractsToARealFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("helpline"));
        STRATA_VERIFY_OK(DemoProject::extractTo(dir));
        auto onDisk = DbmateFormat::readFolder(dir + QStringLiteral("/db/migrations"));
        STRATA_VERIFY_OK(onDisk ? Error() : onDisk.error());
        QCOMPARE(onDisk->size(), m_files.size());
        for (qsizetype i = 0; i < m_files.size(); ++i) {
            QCOMPARE(onDisk->at(i).version, m_files[i].version);
            QCOMPARE(onDisk->at(i).upSql, m_files[i].upSql);
            QCOMPARE(onDisk->at(i).downSql, m_files[i].downSql);
            QCOMPARE(onDisk->at(i).transactional, m_files[i].transactional);
        }
        const QString seed = dir + QStringLiteral("/db/seed.sql");
        QVERIFY(QFile::exists(dir + QStringLiteral("/README.md")));
        QVERIFY(QFileInfo(seed).isWritable());
        // Again into the same folder: identical files are fine.
        STRATA_VERIFY_OK(DemoProject::extractTo(dir));
        // A file the user changed is never overwritten.
        {
            QFile f(seed);
            QVERIFY(f.open(QIODevice::Append));
            f.write("-- my change\n");
        }
        const Error e = DemoProject::extractTo(dir);
        QCOMPARE(e.kind, Error::Kind::Io);
        QVERIFY(e.message.contains(seed));
        QFile f(seed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().endsWith("-- my change\n"));
        // Not a folder, or no folder at all.
        QVERIFY(DemoProject::extractTo(seed).isError());
        QCOMPARE(DemoProject::extractTo(QString()).kind, Error::Kind::Usage);
    }

    void cliServesTheDemo()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("project"));
        QProcess cli;
        cli.start(QStringLiteral(STRATA_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--until-eof"), QStringLiteral("--dir"), dir});
        QVERIFY(cli.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 1200 && out.count('\n') < 2 && cli.state() == QProcess::Running; ++i) {
            cli.waitForReadyRead(100);
            out += cli.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY2(lines.size() == 2, QByteArray(out + cli.readAllStandardError()).constData());
        auto p = ConnectionProfile::fromConnectionString(QString::fromUtf8(lines[0]));
        QVERIFY(p.ok());
        QCOMPARE(QString::fromUtf8(lines[1]), QFileInfo(dir).absoluteFilePath());
        QVERIFY(QFile::exists(dir + u'/' + fileName(m_files.last()).prepend(QStringLiteral("db/migrations/"))));
        {
            auto c = openRw(*p);
            QVERIFY(c);
            QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM public.schema_migrations")), qint64(m_files.size() - 1));
        }
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!QDir(p->host).exists());   // the server removed itself...
        QVERIFY(QDir(dir).exists());         // ...the project folder the user asked for stays
    }

    void realDbmateAgrees()
    {
        const QString dbmate = QStandardPaths::findExecutable(QStringLiteral("dbmate"));
        if (dbmate.isEmpty())
            QSKIP("dbmate is not installed (npm install -g dbmate)");
        // dbmate applies the same files into an empty database...
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        STRATA_VERIFY_OK(DemoProject::extractTo(tmp.path()));
        const QString migrations = tmp.filePath(QStringLiteral("db/migrations"));
        QVERIFY(QFile::remove(migrations + u'/' + fileName(m_files.last())));
        ScratchServer &s = test::server();
        auto url = [&](const QString &db) {
            return QStringLiteral("postgres://strata@/%1?host=%2&port=%3&sslmode=disable").arg(db, s.socketDir()).arg(s.port());
        };
        auto runDbmate = [&](const QString &db, const QString &dir, const QString &command, QByteArray *output) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(dbmate, {QStringLiteral("--url"), url(db), QStringLiteral("--migrations-dir"), dir,
                             QStringLiteral("--no-dump-schema"), command});
            if (!p.waitForFinished(120000))
                return -1;
            *output = p.readAll();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        STRATA_VERIFY_OK(s.createDatabase(QStringLiteral("demo_dbmate")));
        QByteArray output;
        QVERIFY2(runDbmate(QStringLiteral("demo_dbmate"), migrations, QStringLiteral("up"), &output) == 0, output.constData());
        // ...and ends with the same schema and ledger as the loader.
        STRATA_VERIFY_OK(DemoProject::load(s, QStringLiteral("demo_mine")));
        auto theirs = openRw(s.profile(QStringLiteral("demo_dbmate")));
        auto mine = openRw(s.profile(QStringLiteral("demo_mine")));
        QVERIFY(theirs && mine);
        const QString ledger = QStringLiteral("SELECT version FROM public.schema_migrations ORDER BY version");
        QCOMPARE(column(*mine, ledger), column(*theirs, ledger));
        const QStringList diff = difference(schemaFingerprint(*theirs), schemaFingerprint(*mine));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        // On the loaded demo, dbmate sees exactly one pending migration, applies it,
        // and refuses to roll it back because of the handle collisions.
        const QString full = tmp.filePath(QStringLiteral("full"));
        STRATA_VERIFY_OK(DemoProject::extractTo(full));
        const QString fullMigrations = full + QStringLiteral("/db/migrations");
        QVERIFY2(runDbmate(QStringLiteral("demo_mine"), fullMigrations, QStringLiteral("up"), &output) == 0, output.constData());
        QCOMPARE(output.count("Applied:"), 1);
        QVERIFY(output.contains(fileName(m_files.last()).toUtf8()));
        QVERIFY2(runDbmate(QStringLiteral("demo_mine"), fullMigrations, QStringLiteral("rollback"), &output) != 0, output.constData());
        QVERIFY2(output.contains("agents_handle_idx"), output.constData());
        QCOMPARE(column(*mine, QStringLiteral("SELECT max(version) FROM public.schema_migrations")), QStringList{m_files.last().version});
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
