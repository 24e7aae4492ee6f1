// strata-cli diff, the real binary against the real server: same schemas exit 0;
// different ones exit 1 with a script that psql applies to A so that A's snapshot
// equals B's; JSON with format_version; folder and snapshot-file sources; bad specs
// exit 2 with a sentence on stderr.

#include "DiffTestUtil.h"
#include "TestServer.h"
#include "catalog/Introspector.h"
#include "diff/SchemaDiff.h"

#include <QFile>
#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;
using strata::test::describeDiff;
using strata::test::snapshotOf;
using namespace strata::diff;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString();
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

Run cli(const QStringList &args)
{
    return runProgram(QStringLiteral(STRATA_CLI_PATH), args);
}

QString fixture(const QString &rel)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/replay/") + rel;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString psql()
{
    const QString own = test::server().binDir() + QStringLiteral("/psql");
    return QFileInfo::exists(own) ? own : QStringLiteral("psql");
}

// Changes B gets on top of schema.sql: a column, a table with a FK, an enum value, a
// changed view, a dropped function, a new index and a new CHECK on an existing table.
const char *kChanges = R"(
ALTER TYPE mood ADD VALUE 'ecstatic';
ALTER TABLE accounts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
CREATE TABLE posts (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), body text);
CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE mood IN ('ok', 'happy');
DROP FUNCTION account_count();
CREATE INDEX accounts_mood_idx ON accounts (mood);
ALTER TABLE accounts ADD CONSTRAINT email_has_at CHECK (position('@' in email) > 0);
)";

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT
    QString m_schema;
    ConnectionProfile m_base;   // schema.sql
    ConnectionProfile m_same;   // schema.sql again
    ConnectionProfile m_changed; // schema.sql + kChanges

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        m_schema = readText(fixture(QStringLiteral("schema.sql")));
        QVERIFY(!m_schema.isEmpty());
        auto base = test::freshDatabase(QStringLiteral("cli_base"));
        auto same = test::freshDatabase(QStringLiteral("cli_same"));
        auto changed = test::freshDatabase(QStringLiteral("cli_changed"));
        QVERIFY(base && same && changed);
        m_base = *base;
        m_same = *same;
        m_changed = *changed;
        STRATA_VERIFY_OK(test::runScript(m_base, m_schema));
        STRATA_VERIFY_OK(test::runScript(m_same, m_schema));
        STRATA_VERIFY_OK(test::runScript(m_changed, m_schema));
        STRATA_VERIFY_OK(test::runScript(m_changed, QString::fromUtf8(kChanges)));
    }

    void sameExitsZero()
    {
        const Run r = cli({QStringLiteral("diff"), m_base.displayString(), m_same.displayString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("The schemas are the same.")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void differentExitsOneAndScriptReachesB()
    {
        auto target = test::freshDatabase(QStringLiteral("cli_apply"));
        QVERIFY(target);
        STRATA_VERIFY_OK(test::runScript(*target, m_schema));
        const Run r = cli({QStringLiteral("diff"), target->displayString(), m_changed.displayString(), QStringLiteral("--sql")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ADD VALUE 'ecstatic'")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("-- HAZARD:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("CONCURRENTLY")), qPrintable(r.out)); // the index on an existing table
        QVERIFY2(!r.out.contains(QStringLiteral("added, ")), "--sql prints no summary");

        QTemporaryDir tmp;
        const QString script = tmp.filePath(QStringLiteral("plan.sql"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out.toUtf8());
        f.close();
        const Run applied = runProgram(psql(), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                QStringLiteral("-d"), target->displayString(), QStringLiteral("-f"), script});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err + QStringLiteral("\n") + r.out));

        auto after = snapshotOf(*target);
        auto wanted = snapshotOf(m_changed);
        QVERIFY(after && wanted);
        QVERIFY2(*after == *wanted, qPrintable(describeDiff(*wanted, *after)));
        const Run again = cli({QStringLiteral("diff"), target->displayString(), m_changed.displayString()});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    }

    void defaultOutputHasSummaryAndScript()
    {
        const Run r = cli({QStringLiteral("diff"), m_base.displayString(), m_changed.displayString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("-- A: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  + table:public.posts")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  - function:public.account_count()")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  ~ table:public.accounts")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("BEGIN;")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("password")));
    }

    void jsonHasFormatVersion()
    {
        const Run r = cli({QStringLiteral("diff"), m_base.displayString(), m_changed.displayString(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QCOMPARE(o.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("strata-diff"));
        QCOMPARE(o.value(QStringLiteral("same")).toBool(true), false);
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QVERIFY(summary.value(QStringLiteral("added")).toInt() >= 3); // posts, its PK, the index, the CHECK
        QCOMPARE(summary.value(QStringLiteral("removed")).toInt(), 1);
        const QJsonObject tables = summary.value(QStringLiteral("by_kind")).toObject().value(QStringLiteral("table")).toObject();
        QCOMPARE(tables.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(tables.value(QStringLiteral("changed")).toInt(), 1);
        QVERIFY(!o.value(QStringLiteral("plan")).toObject().value(QStringLiteral("steps")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("a")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("database"));

        const Run same = cli({QStringLiteral("diff"), m_base.displayString(), m_same.displayString(), QStringLiteral("--json")});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(same.out.toUtf8()).object().value(QStringLiteral("same")).toBool(), true);
    }

    void folderVersusDatabase()
    {
        // The dbmate folder replays to schema.sql: the same as m_base (owners are ignored).
        const Run same = cli({QStringLiteral("diff"), fixture(QStringLiteral("dbmate")), m_base.displayString()});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        QVERIFY2(same.out.contains(QStringLiteral("Owners are ignored")), qPrintable(same.out));
        const Run diff = cli({QStringLiteral("diff"), fixture(QStringLiteral("flyway")), m_changed.displayString(), QStringLiteral("--json")});
        QVERIFY2(diff.exitCode == 1, qPrintable(diff.out + diff.err));
        const QJsonObject o = QJsonDocument::fromJson(diff.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("a")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("folder"));
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("removed")).toInt(), 1);
    }

    void ledgerTableLeftOutAgainstAFolder()
    {
        auto withLedger = test::freshDatabase(QStringLiteral("cli_ledger"));
        QVERIFY(withLedger);
        STRATA_VERIFY_OK(test::runScript(*withLedger, m_schema + QStringLiteral(
            "\nCREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY);"
            "INSERT INTO schema_migrations VALUES ('20240101000001');")));
        const Run r = cli({QStringLiteral("diff"), withLedger->displayString(), fixture(QStringLiteral("dbmate"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Left out the migration ledger public.schema_migrations")), qPrintable(r.out));
        const Run kept = cli({QStringLiteral("diff"), withLedger->displayString(), fixture(QStringLiteral("dbmate")),
                              QStringLiteral("--keep-ledger-tables"), QStringLiteral("--sql")});
        QVERIFY2(kept.exitCode == 1, qPrintable(kept.out + kept.err));
        QVERIFY2(kept.out.contains(QStringLiteral("DROP TABLE public.schema_migrations")), qPrintable(kept.out));
        // Two databases: a ledger table is an ordinary table.
        QCOMPARE(cli({QStringLiteral("diff"), withLedger->displayString(), m_base.displayString()}).exitCode, 1);
    }

    void snapshotFileVersusDatabase()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("base.json"));
        const Run snap = cli({QStringLiteral("snapshot"), QStringLiteral("--db"), m_base.displayString(), QStringLiteral("--output"), file});
        QVERIFY2(snap.exitCode == 0, qPrintable(snap.err));
        // Standard output gets the same JSON (streamed), and --timings the phases.
        const Run streamed = cli({QStringLiteral("snapshot"), QStringLiteral("--db"), m_base.displayString(), QStringLiteral("--timings")});
        QVERIFY2(streamed.exitCode == 0, qPrintable(streamed.err));
        static const QRegularExpression takenAt(QStringLiteral("\"taken_at\":\"[^\"]*\""));
        QCOMPARE(QString(streamed.out).remove(takenAt), readText(file).remove(takenAt));
        QVERIFY2(streamed.err.contains(QStringLiteral("the catalog queries: ")) && streamed.err.contains(QStringLiteral("writing: ")),
                 qPrintable(streamed.err));
        const Run same = cli({QStringLiteral("diff"), file, m_same.displayString()});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        const Run diff = cli({QStringLiteral("diff"), m_changed.displayString(), file, QStringLiteral("--sql")});
        QVERIFY2(diff.exitCode == 1, qPrintable(diff.out + diff.err));
        QVERIFY2(diff.out.contains(QStringLiteral("DROP TABLE public.posts")), qPrintable(diff.out));
    }

    // --verify proves the script on a private scratch server: the way from two linked
    // tables back to an empty database (which dropped a before b, and failed) is verified
    // both ways; a step the scratch server refuses exits 2 naming it and the server's
    // error; a difference the plan cannot reproduce exits 1 listing it.
    void verifyBothWays()
    {
        auto linked = test::freshDatabase(QStringLiteral("cli_linked"));
        auto empty = test::freshDatabase(QStringLiteral("cli_empty"));
        QVERIFY(linked && empty);
        STRATA_VERIFY_OK(test::runScript(*linked, QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);"
                                                                 " CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);")));
        const Run down = cli({QStringLiteral("diff"), linked->displayString(), empty->displayString(), QStringLiteral("--verify")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.out + down.err));
        QVERIFY2(down.out.contains(QStringLiteral("verified")), qPrintable(down.out));
        QVERIFY2(down.out.indexOf(QStringLiteral("DROP TABLE public.b")) < down.out.indexOf(QStringLiteral("DROP TABLE public.a")), qPrintable(down.out));
        const Run up = cli({QStringLiteral("diff"), empty->displayString(), linked->displayString(), QStringLiteral("--sql"),
                            QStringLiteral("--verify-on"), test::server().profile(QStringLiteral("postgres")).displayString()});
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        QVERIFY2(up.err.contains(QStringLiteral("verified")), qPrintable(up.err)); // --sql: the verdict on standard error
        // The throwaway database is gone again.
        auto admin = test::connectRw(test::server().profile(QStringLiteral("postgres")));
        QVERIFY(admin);
        const ResultSet left = (*admin)->exec(QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'strata_verify_%'"));
        QVERIFY(left.ok());
        QCOMPARE(left.rowCount(), 0);
    }

    void verifyNamesTheFailingStep()
    {
        // B needs an extension the scratch server does not have.
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b.json"));
        const Run snap = cli({QStringLiteral("snapshot"), QStringLiteral("--db"), m_base.displayString(), QStringLiteral("--output"), file});
        QVERIFY2(snap.exitCode == 0, qPrintable(snap.err));
        QJsonObject doc = QJsonDocument::fromJson(readText(file).toUtf8()).object();
        QJsonArray extensions = doc.value(QStringLiteral("extensions")).toArray();
        extensions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("strata_no_such_extension")},
                                      {QStringLiteral("schema"), QStringLiteral("public")},
                                      {QStringLiteral("version"), QStringLiteral("1.0")}});
        doc.insert(QStringLiteral("extensions"), extensions);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const Run r = cli({QStringLiteral("diff"), m_base.displayString(), file, QStringLiteral("--verify")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("verification failed at step")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("CREATE EXTENSION strata_no_such_extension")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("strata_no_such_extension")) && r.err.contains(QStringLiteral("not available")), qPrintable(r.err));
    }

    void verifyListsResidualDifferences()
    {
        // A range type whose subtype changes: the planner says it cannot alter it (a note,
        // no step), so the result still differs from B.
        auto a = test::freshDatabase(QStringLiteral("cli_range_a"));
        auto b = test::freshDatabase(QStringLiteral("cli_range_b"));
        QVERIFY(a && b);
        STRATA_VERIFY_OK(test::runScript(*a, QStringLiteral("CREATE TYPE public.span AS RANGE (subtype = int4);")));
        STRATA_VERIFY_OK(test::runScript(*b, QStringLiteral("CREATE TYPE public.span AS RANGE (subtype = int8);")));
        const Run r = cli({QStringLiteral("diff"), a->displayString(), b->displayString(), QStringLiteral("--verify")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("difference(s) from the target remain")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("changed type:public.span")), qPrintable(r.out));
    }

    void schemaFilter()
    {
        auto other = test::freshDatabase(QStringLiteral("cli_other"));
        QVERIFY(other);
        STRATA_VERIFY_OK(test::runScript(*other, m_schema + QStringLiteral("\nCREATE SCHEMA extra; CREATE TABLE extra.t (id int);")));
        QCOMPARE(cli({QStringLiteral("diff"), m_base.displayString(), other->displayString()}).exitCode, 1);
        const Run r = cli({QStringLiteral("diff"), m_base.displayString(), other->displayString(), QStringLiteral("--schema"), QStringLiteral("public")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void columnOrderCanBeIgnored()
    {
        auto x = test::freshDatabase(QStringLiteral("cli_order_x"));
        auto y = test::freshDatabase(QStringLiteral("cli_order_y"));
        QVERIFY(x && y);
        STRATA_VERIFY_OK(test::runScript(*x, QStringLiteral("CREATE TABLE public.o (id int, name text);")));
        STRATA_VERIFY_OK(test::runScript(*y, QStringLiteral("CREATE TABLE public.o (name text, id int);")));
        const Run plain = cli({QStringLiteral("diff"), x->displayString(), y->displayString()});
        QVERIFY2(plain.exitCode == 1, qPrintable(plain.out + plain.err));
        QVERIFY(plain.out.contains(QStringLiteral("column_order")));
        const Run r = cli({QStringLiteral("diff"), x->displayString(), y->displayString(), QStringLiteral("--ignore-column-order")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void badSpecsExitTwo()
    {
        const Run nonsense = cli({QStringLiteral("diff"), QStringLiteral("nonsense"), m_base.displayString()});
        QCOMPARE(nonsense.exitCode, 2);
        QVERIFY2(nonsense.err.contains(QStringLiteral("“nonsense” is neither a connection string, a snapshot file nor a migration folder.")),
                 qPrintable(nonsense.err));
        QVERIFY(nonsense.out.isEmpty());

        const Run one = cli({QStringLiteral("diff"), m_base.displayString()});
        QCOMPARE(one.exitCode, 2);
        QVERIFY2(one.err.contains(QStringLiteral("two sources")), qPrintable(one.err));

        QTemporaryDir tmp;
        const QString garbage = tmp.filePath(QStringLiteral("garbage.json"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json at all");
        f.close();
        const Run g = cli({QStringLiteral("diff"), garbage, m_base.displayString()});
        QCOMPARE(g.exitCode, 2);
        QVERIFY2(g.err.contains(QStringLiteral("garbage.json")) && g.err.contains(QStringLiteral("not a Strata snapshot")), qPrintable(g.err));

        const Run broken = cli({QStringLiteral("diff"), fixture(QStringLiteral("broken-sql")), m_base.displayString()});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(QStringLiteral("20240101000003_bad_reference.sql failed at line 3")), qPrintable(broken.err));

        ConnectionProfile missing = m_base;
        missing.dbname = QStringLiteral("no_such_database_here");
        const Run db = cli({QStringLiteral("diff"), m_base.displayString(), missing.displayString()});
        QCOMPARE(db.exitCode, 2);
        QVERIFY2(db.err.contains(QStringLiteral("Source B")), qPrintable(db.err));

        const Run both = cli({QStringLiteral("diff"), m_base.displayString(), m_same.displayString(), QStringLiteral("--json"), QStringLiteral("--sql")});
        QCOMPARE(both.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
