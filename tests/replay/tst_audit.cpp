// strata-cli audit on chains written at run time: the sequence checks, the consolidation
// report, where the replay stops (file and line), the static part kept when the replay
// fails, the three outputs and the exit codes (0 clean, 1 blocking, 2 error).

#include "TestServer.h"
#include "squash/AuditExport.h"
#include "squash/ChainAudit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::squash;

namespace {

bool write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATA_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// A dbmate chain that needs consolidating.
void writeTroubledChain(const QDir &d)
{
    write(d, QStringLiteral("20240101000001_users.sql"),
          "-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY, email text);\nCREATE TABLE scratch (id int);\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000002_users_again.sql"),
          "-- migrate:up\n-- a copy from another branch\nCREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000003_key.sql"),
          "-- migrate:up\nALTER TABLE users DROP CONSTRAINT users_pkey;\nALTER TABLE users ADD PRIMARY KEY (email);\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000004_key_again.sql"),
          "-- migrate:up\nALTER TABLE users ADD CONSTRAINT users_id_key UNIQUE (id);\nDROP TABLE scratch;\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000005_ghost.sql"), "-- migrate:up\nDROP TABLE IF EXISTS ghosts;\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000005_same_version.sql"), "-- migrate:up\nSELECT 1;\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000006_index.sql"), "-- migrate:up\nCREATE INDEX users_email ON users (email);\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000007_index_again.sql"),
          "-- migrate:up\nSELECT 1;\n\nCREATE INDEX users_email ON users (email);\n-- migrate:down\n");
    write(d, QStringLiteral("20240101000008_after.sql"), "-- migrate:up\nCREATE TABLE later (id int);\n-- migrate:down\n");
}

QStringList codes(const AuditReport &r)
{
    QStringList out;
    for (const AuditFinding &f : r.findings)
        out.append(AuditFinding::severityId(f.severity) + u' ' + f.code + u' ' + f.object);
    return out;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void sequenceChecksAndWhereTheReplayStops()
    {
        QTemporaryDir tmp;
        writeTroubledChain(QDir(tmp.path()));
        const CliRun run = cli({QStringLiteral("audit"), tmp.path(), QStringLiteral("--json")});
        QCOMPARE(run.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("format_version")).toInt(), 1);
        const QJsonObject replay = o.value(QStringLiteral("replay")).toObject();
        QVERIFY(!replay.value(QStringLiteral("complete")).toBool());
        QCOMPARE(replay.value(QStringLiteral("stopped_at")).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("20240101000007_index_again.sql"));
        QCOMPARE(replay.value(QStringLiteral("stopped_at")).toObject().value(QStringLiteral("line")).toInt(), 4);
        QStringList found;
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            found.append(f.value(QStringLiteral("severity")).toString() + u' ' + f.value(QStringLiteral("code")).toString() + u' '
                         + f.value(QStringLiteral("object")).toString());
        }
        const QString all = found.join(u'\n');
        QVERIFY2(found.contains(QStringLiteral("warning hidden-duplicate public.users")), qPrintable(all));
        QVERIFY2(found.contains(QStringLiteral("blocking duplicate-create public.users_email")), qPrintable(all));
        QVERIFY2(found.contains(QStringLiteral("warning key-changed public.users")), qPrintable(all));
        QVERIFY2(found.contains(QStringLiteral("info drop-unknown public.ghosts")), qPrintable(all));
        QVERIFY2(found.contains(QStringLiteral("blocking replay-stopped ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("warning duplicate-version")), qPrintable(all));
        QVERIFY2(found.contains(QStringLiteral("info created-then-dropped public.scratch")), qPrintable(all));
        // Each migration with its status: ran up to the failing one, not reached after it.
        const QJsonArray steps = o.value(QStringLiteral("migrations")).toArray();
        QCOMPARE(steps.size(), 9);
        QCOMPARE(steps[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("replayed"));
        QCOMPARE(steps[7].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(steps[8].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not-run"));
        QVERIFY(steps[0].toObject().value(QStringLiteral("does")).toString().contains(QStringLiteral("creates table users")));
    }

    void staticPartWhenTheReplayCannotStart()
    {
        // A replay that fails before the first file (a server that refuses the login) still
        // reports every static finding.
        QTemporaryDir tmp;
        writeTroubledChain(QDir(tmp.path()));
        AuditOptions o;
        ConnectionProfile nowhere = test::server().profile();
        nowhere.user = QStringLiteral("no_such_user_for_audit");
        o.replayServer = nowhere;
        auto r = ChainAudit::run(tmp.path(), o);
        QVERIFY2(r, qPrintable(r.error().fullText()));
        QVERIFY(!r->replayed);
        QVERIFY(r->hasBlocking());
        const QString all = codes(*r).join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("hidden-duplicate")) && all.contains(QStringLiteral("key-changed")), qPrintable(all));
        QVERIFY(!r->replayError.isEmpty());
        for (const AuditStep &s : r->steps)
            QCOMPARE(s.status, AuditStep::Status::NotReplayed);
    }

    void outputsAndExitCodes()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        write(d, QStringLiteral("20240101000001_a.sql"), "-- migrate:up\nCREATE TABLE a (id int PRIMARY KEY);\n-- migrate:down\n");
        write(d, QStringLiteral("20240101000002_b.sql"), "-- migrate:up\nALTER TABLE a ADD COLUMN b text;\n-- migrate:down\n");
        const CliRun table = cli({QStringLiteral("audit"), tmp.path()});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("20240101000002_b.sql") && table.out.contains("adds column b of a"), table.out.constData());
        const CliRun md = cli({QStringLiteral("audit"), tmp.path(), QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(md.code, 0);
        QVERIFY2(md.out.contains("| # |") && md.out.contains("`20240101000001_a.sql`"), md.out.constData());
        const CliRun none = cli({QStringLiteral("audit"), tmp.filePath(QStringLiteral("missing"))});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QStringLiteral("does not exist")), qPrintable(none.err));
        const CliRun bad = cli({QStringLiteral("audit"), tmp.path(), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(bad.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
