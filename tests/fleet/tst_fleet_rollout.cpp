// fleet run / resume / preflight on real servers: a rollout whose strata-cli process is
// killed mid-wave and resumed (each target changed exactly once: one log row per
// target), canaries and the failure limit, and a pre-flight that finds the tenants
// whose data would make the migration fail.

#include "FleetFixture.h"
#include "fleet/FleetPreflight.h"
#include "fleet/Rollout.h"
#include "fleet/Target.h"
#include "runbook/RunbookBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace strata;
using namespace strata::fleet;
using namespace strata::test;
using namespace strata::test::fleet;

namespace {

// The migration a rollout runs: a log row (the proof of "exactly once"), a column, an index.
const char *kRolloutMigration = "-- migrate:up\n"
                                "INSERT INTO rollout_log (target) VALUES (current_database());\n"
                                "ALTER TABLE items ADD COLUMN rolled boolean;\n"
                                "CREATE INDEX items_rolled_idx ON items (rolled);\n"
                                "-- migrate:down\n"
                                "DROP INDEX items_rolled_idx;\n";

} // namespace

class TestFleetRollout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_migration;

    // n databases with items and rollout_log; returns the targets file.
    QString makeFleet(const QString &prefix, int n, QList<ConnectionProfile> &dbs)
    {
        QString lines;
        for (int i = 0; i < n; ++i) {
            auto db = freshDatabase(prefix);
            if (!db)
                return {};
            if (runScript(*db, applySql(3, false) + QStringLiteral("CREATE TABLE rollout_log (id serial PRIMARY KEY, target text);\n")))
                return {};
            dbs.append(*db);
            lines += QStringLiteral("%1%2\t%3\n").arg(prefix).arg(i + 1).arg(db->displayString());
        }
        const QString path = m_tmp.filePath(prefix + QStringLiteral(".targets"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(lines.toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(ensureServer());
        m_migration = m_tmp.filePath(QStringLiteral("20240201000000_rolled.sql"));
        QFile f(m_migration);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kRolloutMigration);
    }

    void killedMidWaveAndResumedRunsEveryStepOnce()
    {
        QList<ConnectionProfile> dbs;
        const QString targets = makeFleet(QStringLiteral("kill"), 6, dbs);
        QVERIFY(!targets.isEmpty());
        const QString dir = m_tmp.filePath(QStringLiteral("kill-rollout"));
        // Canary kill1, then waves of 3: the process dies in the first wave, on kill3,
        // right after the INSERT committed and before the journal says so. Each target's
        // runbook has a backup step, from its own catalog, before the first step that
        // writes each table: back up rollout_log, INSERT, back up items, ALTER, CREATE INDEX.
        Cli c = runCli({QStringLiteral("fleet"), QStringLiteral("run"), m_migration, QStringLiteral("--targets"), targets,
                        QStringLiteral("--journal-dir"), dir, QStringLiteral("--yes"), QStringLiteral("--canary"), QStringLiteral("1"),
                        QStringLiteral("--wave"), QStringLiteral("3"), QStringLiteral("--jobs"), QStringLiteral("2")},
                       {{QStringLiteral("STRATA_TEST_FLEET_KILL_AT"), QStringLiteral("kill3:step2:after-commit")}});
        QVERIFY2(c.crashed, qPrintable(c.out + c.err));
        QVERIFY2(c.err.contains(QStringLiteral("canary")), qPrintable(c.err));
        QCOMPARE(scalar(dbs[0], QStringLiteral("SELECT count(*) FROM rollout_log")), 1); // the canary finished
        QCOMPARE(scalar(dbs[2], QStringLiteral("SELECT count(*) FROM rollout_log")), 1); // committed, not journaled as done
        QCOMPARE(scalar(dbs[5], QStringLiteral("SELECT count(*) FROM rollout_log")), 0); // the last wave never started

        c = runCli({QStringLiteral("fleet"), QStringLiteral("resume"), QStringLiteral("--journal-dir"), dir, QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        const QJsonObject root = QJsonDocument::fromJson(c.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("done")).toInt(), 6);
        for (const QJsonValue &t : root.value(QStringLiteral("targets")).toArray()) {
            // Two backup steps and the three statements, every one done exactly once.
            QCOMPARE(t.toObject().value(QStringLiteral("steps")).toInt(), 5);
            QCOMPARE(t.toObject().value(QStringLiteral("steps_done")).toInt(), 5);
        }
        for (const ConnectionProfile &db : std::as_const(dbs)) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rollout_log")), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'rolled'")), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_rolled_idx'")), 1);
        }
        // The journal folder holds backups of every target: only its owner may enter, and
        // the plan is the owner's alone.
        QCOMPARE(QFileInfo(dir).permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(dir + QStringLiteral("/targets")).permissions() & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup),
                 QFile::Permissions());
        const QStringList plans = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!plans.isEmpty());
        for (const QString &plan : plans)
            QCOMPARE(QFileInfo(QDir(dir).filePath(plan)).permissions() & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther | QFile::WriteGroup),
                     QFile::Permissions());
        // Every target has its own journal and backups.
        const QStringList journals = QDir(dir + QStringLiteral("/targets")).entryList({QStringLiteral("*.journal")});
        QCOMPARE(journals.size(), 6);
        // A second resume finds nothing to do and changes nothing.
        c = runCli({QStringLiteral("fleet"), QStringLiteral("resume"), QStringLiteral("--journal-dir"), dir, QStringLiteral("--yes")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        for (const ConnectionProfile &db : std::as_const(dbs))
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rollout_log")), 1);
        // A new run into the same folder is refused.
        c = runCli({QStringLiteral("fleet"), QStringLiteral("run"), m_migration, QStringLiteral("--targets"), targets,
                    QStringLiteral("--journal-dir"), dir, QStringLiteral("--yes")});
        QCOMPARE(c.exitCode, 2);
        QVERIFY(c.err.contains(QStringLiteral("already holds a fleet rollout")));
    }

    // --confirm-table takes schema.table (as the single-database run does), and the hint for
    // a missing confirmation is a command that can be pasted.
    void confirmTableTakesTheQualifiedName()
    {
        QList<ConnectionProfile> dbs;
        const QString targets = makeFleet(QStringLiteral("confirm"), 2, dbs);
        QVERIFY(!targets.isEmpty());
        for (const ConnectionProfile &db : std::as_const(dbs))
            STRATA_VERIFY_OK(runScript(db, QStringLiteral("ALTER TABLE items ADD COLUMN obsolete text;")));
        const QString migration = m_tmp.filePath(QStringLiteral("20240301000000_drop_obsolete.sql"));
        QFile f(migration);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- migrate:up\nALTER TABLE public.items DROP COLUMN obsolete;\n-- migrate:down\n");
        f.close();
        auto run = [&](const QString &confirm, const QString &dir) {
            return runCli({QStringLiteral("fleet"), QStringLiteral("run"), migration, QStringLiteral("--targets"), targets,
                           QStringLiteral("--journal-dir"), m_tmp.filePath(dir), QStringLiteral("--yes"), QStringLiteral("--confirm-table"), confirm});
        };
        Cli c = run(QStringLiteral("other.items"), QStringLiteral("confirm-wrong"));
        QCOMPARE(c.exitCode, 2);
        QVERIFY2(c.err.contains(QStringLiteral("--confirm-table items")), qPrintable(c.err));
        for (const ConnectionProfile &db : std::as_const(dbs))
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'obsolete' AND NOT attisdropped")), 1);
        c = run(QStringLiteral("public.items"), QStringLiteral("confirm-qualified"));
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        for (const ConnectionProfile &db : std::as_const(dbs))
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.items'::regclass AND attname = 'obsolete' AND NOT attisdropped")), 0);
    }

    void failingCanaryStopsTheRollout()
    {
        QList<ConnectionProfile> dbs;
        const QString targets = makeFleet(QStringLiteral("canary"), 4, dbs);
        QVERIFY(!targets.isEmpty());
        // The canary lacks the log table: its first step fails.
        STRATA_VERIFY_OK(runScript(dbs[0], QStringLiteral("DROP TABLE rollout_log;")));
        auto t = TargetsFile::read(targets);
        QVERIFY(t);
        auto rb = runbook::RunbookBuilder::fromMigrationFile(m_migration);
        QVERIFY(rb);
        RolloutOptions o;
        o.canary = 1;
        o.maxFailures = 3;
        QList<RolloutEvent> events;
        auto r = Rollout::start(*rb, *t, m_tmp.filePath(QStringLiteral("canary-rollout")), o, [&](const RolloutEvent &e) { events.append(e); });
        QVERIFY2(r, qPrintable(r.error().fullText()));
        QCOMPARE(r->targets[0].state, TargetRunState::Failed);
        QVERIFY2(r->targets[0].message.contains(QStringLiteral("rollout_log")), qPrintable(r->targets[0].message));
        QVERIFY(r->stoppedByFailures);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(r->targets[i].state, TargetRunState::NotStarted);
            QCOMPARE(scalar(dbs[i], QStringLiteral("SELECT count(*) FROM rollout_log")), 0);
        }
        QCOMPARE(r->exitCode(), 1);
    }

    void failureLimitStopsLaterWaves()
    {
        QList<ConnectionProfile> dbs;
        const QString targets = makeFleet(QStringLiteral("limit"), 6, dbs);
        QVERIFY(!targets.isEmpty());
        STRATA_VERIFY_OK(runScript(dbs[0], QStringLiteral("DROP TABLE rollout_log;")));
        STRATA_VERIFY_OK(runScript(dbs[1], QStringLiteral("DROP TABLE rollout_log;")));
        Cli c = runCli({QStringLiteral("fleet"), QStringLiteral("run"), m_migration, QStringLiteral("--targets"), targets,
                        QStringLiteral("--journal-dir"), m_tmp.filePath(QStringLiteral("limit-rollout")), QStringLiteral("--yes"),
                        QStringLiteral("--wave"), QStringLiteral("2"), QStringLiteral("--max-failures"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(c.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(c.out.toUtf8()).object();
        const QJsonArray list = root.value(QStringLiteral("targets")).toArray();
        QCOMPARE(list[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(list[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        for (int i = 2; i < 6; ++i) {
            QCOMPARE(list[i].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("not_started"));
            QCOMPARE(scalar(dbs[i], QStringLiteral("SELECT count(*) FROM rollout_log")), 0);
        }
        QVERIFY(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("stopped_by_failures")).toBool());
    }

    void preflightNamesTheTenantsThatWouldFail()
    {
        // Tenant schemas with agent handles; a new unique key on handle collides in some.
        auto db = freshDatabase(QStringLiteral("pftenants"));
        QVERIFY(db);
        QString sql;
        for (int i = 0; i < 6; ++i) {
            sql += QStringLiteral("CREATE SCHEMA t%1; CREATE TABLE t%1.agents (id int PRIMARY KEY, handle text NOT NULL);\n").arg(i);
            sql += QStringLiteral("INSERT INTO t%1.agents SELECT g, 'agent' || g FROM generate_series(1, 50) g;\n").arg(i);
            if (i % 2 == 1) // odd tenants: i collisions
                sql += QStringLiteral("INSERT INTO t%1.agents SELECT 100 + g, 'agent' || g FROM generate_series(1, %2) g;\n").arg(i).arg(i);
        }
        STRATA_VERIFY_OK(runScript(*db, sql));
        const QString file = m_tmp.filePath(QStringLiteral("unique_handle.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ALTER TABLE agents ADD CONSTRAINT agents_handle_key UNIQUE (handle);\n");
        f.close();
        Cli c = runCli({QStringLiteral("fleet"), QStringLiteral("preflight"), file, QStringLiteral("--db"), db->displayString(),
                        QStringLiteral("--tenant-schemas"), QStringLiteral("t_"), QStringLiteral("--json")});
        QVERIFY2(c.exitCode == 1, qPrintable(c.out + c.err));
        const QJsonObject root = QJsonDocument::fromJson(c.out.toUtf8()).object();
        const QJsonArray list = root.value(QStringLiteral("targets")).toArray();
        QCOMPARE(list.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QJsonObject t = list[i].toObject();
            QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("t%1").arg(i));
            QCOMPARE(t.value(QStringLiteral("would_fail")).toBool(), i % 2 == 1);
            if (i % 2 == 1) {
                qint64 groups = -1;
                for (const QJsonValue &v : t.value(QStringLiteral("findings")).toArray())
                    if (v.toObject().value(QStringLiteral("rule")).toString() == u"duplicate-key")
                        groups = qint64(v.toObject().value(QStringLiteral("count")).toDouble());
                QCOMPARE(groups, qint64(i)); // i colliding handles in tenant i
            }
        }
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("would_fail")).toInt(), 3);
        // The analysis ran once, not per target.
        QVERIFY(root.value(QStringLiteral("analysis")).toObject().contains(QStringLiteral("statements")));
    }
};

QTEST_GUILESS_MAIN(TestFleetRollout)
#include "tst_fleet_rollout.moc"
