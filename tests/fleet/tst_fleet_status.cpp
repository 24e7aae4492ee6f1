// fleet status on real servers: 40 databases of one private server (some drifted, some
// with pending migrations) and 200 tenant schemas of one database, checked target by
// target, through the library and through strata-cli.

#include "FleetFixture.h"
#include "fleet/FleetStatus.h"
#include "fleet/Target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace strata;
using namespace strata::fleet;
using namespace strata::test;
using namespace strata::test::fleet;

class TestFleetStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;          // the migration folder
    QString m_targetsFile;  // 40 databases
    QList<Target> m_targets;
    ConnectionProfile m_tenantDb;

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(ensureServer());
        m_dir = m_tmp.filePath(QStringLiteral("migrations"));
        QVERIFY(writeMigrations(m_dir));
        // Two templates (2 and 3 migrations applied), 40 databases cloned from them.
        for (int applied : {2, 3}) {
            const QString tpl = QStringLiteral("fleet_tpl_%1").arg(applied);
            STRATA_VERIFY_OK(server().createDatabase(tpl));
            STRATA_VERIFY_OK(runScript(server().profile(tpl), applySql(applied, false)));
        }
        auto admin = connectRw(server().profile());
        QVERIFY(admin);
        QString lines = QStringLiteral("# 40 databases\n");
        for (int i = 0; i < 40; ++i) {
            const QString name = QStringLiteral("fleet_%1").arg(i, 2, 10, QChar(u'0'));
            const Expected x = expectedFor(i);
            STRATA_VERIFY_OK((*admin)->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE fleet_tpl_%2").arg(name).arg(x.applied)).error);
            if (x.drift)
                STRATA_VERIFY_OK(runScript(server().profile(name), QStringLiteral("ALTER TABLE items ADD COLUMN hotfix boolean;")));
            lines += name + u'\t' + server().profile(name).displayString() + u'\n';
        }
        m_targetsFile = m_tmp.filePath(QStringLiteral("fleet.targets"));
        QFile f(m_targetsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.toUtf8());
        f.close();
        auto t = TargetsFile::read(m_targetsFile);
        QVERIFY2(t, qPrintable(t.error().message));
        m_targets = *t;

        // 200 tenant schemas in one database, listed in a registry table.
        auto db = freshDatabase(QStringLiteral("tenants"));
        QVERIFY(db);
        m_tenantDb = *db;
        QString sql = QStringLiteral("CREATE SCHEMA project_registry;\n"
                                     "CREATE TABLE project_registry.workspace_config (schema_name text PRIMARY KEY, active boolean);\n");
        for (int i = 0; i < 200; ++i) {
            const QString s = QStringLiteral("tenant_%1").arg(i, 3, 10, QChar(u'0'));
            const Expected x = expectedFor(i);
            sql += applySql(x.applied, x.drift, s);
            sql += QStringLiteral("INSERT INTO project_registry.workspace_config VALUES ('%1', true);\n").arg(s);
        }
        STRATA_VERIFY_OK(runScript(m_tenantDb, sql));
    }

    void fortyDatabasesTargetByTarget()
    {
        StatusOptions o;
        o.dir = m_dir;
        auto r = FleetStatus::run(m_targets, o);
        QVERIFY2(r, qPrintable(r->targets.isEmpty() ? r.error().fullText() : QString()));
        QCOMPARE(r->targets.size(), 40);
        QCOMPARE(r->replays, 2); // one per distinct applied version
        QVERIFY2(r->peakConnections >= 2 && r->peakConnections <= 8, qPrintable(QString::number(r->peakConnections)));
        int drifted = 0, pending = 0;
        for (int i = 0; i < 40; ++i) {
            const TargetStatus &t = r->targets[i];
            const Expected x = expectedFor(i);
            QVERIFY2(!t.error, qPrintable(t.name + u' ' + t.error.fullText()));
            QCOMPARE(t.name, QStringLiteral("fleet_%1").arg(i, 2, 10, QChar(u'0')));
            QCOMPARE(t.applied, migrationVersions()[x.applied - 1]);
            QCOMPARE(t.pending, 3 - x.applied);
            QCOMPARE(t.pendingVersions, x.applied == 2 ? QStringList{migrationVersions()[2]} : QStringList());
            QVERIFY(t.driftChecked);
            if (x.drift) {
                QCOMPARE(t.differences.size(), 1);
                QCOMPARE(t.differences[0].key, QStringLiteral("table:public.items"));
                QCOMPARE(t.differences[0].state, QStringLiteral("changed"));
                QCOMPARE(t.stateId(), QStringLiteral("drift"));
                ++drifted;
            } else {
                QVERIFY2(t.differences.isEmpty(), qPrintable(t.name + u' ' + (t.differences.isEmpty() ? QString() : t.differences[0].key)));
            }
            pending += x.applied < 3 ? 1 : 0;
            QCOMPARE(t.clean(), !x.drift && x.applied == 3);
        }
        QCOMPARE(r->drifted, drifted);
        QCOMPARE(r->pending, pending);
        QCOMPARE(r->exitCode(), 1);
    }

    void jobsBoundTheConnections()
    {
        StatusOptions o;
        o.dir = m_dir;
        o.jobs = 3;
        auto r = FleetStatus::run(m_targets, o);
        QVERIFY(r);
        QVERIFY2(r->peakConnections <= 3, qPrintable(QString::number(r->peakConnections)));
    }

    void cliJsonAndExitCodes()
    {
        Cli c = runCli({QStringLiteral("fleet"), QStringLiteral("status"), QStringLiteral("--targets"), m_targetsFile,
                        QStringLiteral("--dir"), m_dir, QStringLiteral("--json")});
        QVERIFY2(c.exitCode == 1, qPrintable(c.err));
        const QJsonObject root = QJsonDocument::fromJson(c.out.toUtf8()).object();
        const QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 40);
        for (int i = 0; i < 40; ++i) {
            const QJsonObject t = targets[i].toObject();
            const Expected x = expectedFor(i);
            QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("fleet_%1").arg(i, 2, 10, QChar(u'0')));
            QCOMPARE(t.value(QStringLiteral("applied")).toString(), migrationVersions()[x.applied - 1]);
            QCOMPARE(t.value(QStringLiteral("pending")).toInt(), 3 - x.applied);
            QCOMPARE(t.value(QStringLiteral("differences")).toArray().size(), x.drift ? 1 : 0);
            QVERIFY(t.value(QStringLiteral("error")).isNull());
        }
        QVERIFY(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("peak_connections")).toInt() <= 8);
        QVERIFY2(c.err.contains(QStringLiteral("[40/40]")), qPrintable(c.err)); // progress on stderr

        // Only clean targets: exit 0.
        const QString clean = m_tmp.filePath(QStringLiteral("clean.targets"));
        QFile f(clean);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40; ++i)
            if (expectedFor(i).applied == 3 && !expectedFor(i).drift)
                f.write((m_targets[i].name + u'\t' + m_targets[i].profile.displayString() + u'\n').toUtf8());
        f.close();
        c = runCli({QStringLiteral("fleet"), QStringLiteral("status"), QStringLiteral("--targets"), clean, QStringLiteral("--dir"), m_dir});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        QVERIFY(c.out.contains(QStringLiteral("clean")));

        // A target that cannot be reached: exit 2, the others still reported.
        QVERIFY(f.open(QIODevice::Append));
        ConnectionProfile gone = server().profile(QStringLiteral("no_such_db"));
        f.write((QStringLiteral("gone\t") + gone.displayString() + u'\n').toUtf8());
        f.close();
        c = runCli({QStringLiteral("fleet"), QStringLiteral("status"), QStringLiteral("--targets"), clean, QStringLiteral("--dir"), m_dir, QStringLiteral("--json")});
        QCOMPARE(c.exitCode, 2);
        const QJsonArray list = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("targets")).toArray();
        QVERIFY(list.size() > 1);
        QVERIFY(!list.last().toObject().value(QStringLiteral("error")).isNull());
        QVERIFY(list.first().toObject().value(QStringLiteral("error")).isNull());

        // A broken targets file: the line in the message, exit 2.
        const QString broken = m_tmp.filePath(QStringLiteral("broken.targets"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("a\tpostgresql://h/a\nb\tpostgresql://user:pw@h/b\n");
        b.close();
        c = runCli({QStringLiteral("fleet"), QStringLiteral("status"), QStringLiteral("--targets"), broken, QStringLiteral("--dir"), m_dir});
        QCOMPARE(c.exitCode, 2);
        QVERIFY2(c.err.contains(QStringLiteral("line 2")), qPrintable(c.err));
    }

    void twoHundredTenantSchemasInOnePass()
    {
        auto c = Connection::open(m_tenantDb);
        QVERIFY(c);
        auto schemas = TenantSchemas::resolve(**c, QStringLiteral("SELECT schema_name FROM project_registry.workspace_config WHERE active"));
        QVERIFY2(schemas, qPrintable(schemas.error().message));
        QCOMPARE(schemas->size(), 200);
        auto byPattern = TenantSchemas::resolve(**c, QStringLiteral("tenant\\_%"));
        QVERIFY(byPattern);
        QCOMPARE(*byPattern, *schemas);
        c = Error();

        StatusOptions o;
        o.dir = m_dir;
        auto r = FleetStatus::run(TenantSchemas::targets(m_tenantDb, *schemas), o);
        QVERIFY(r);
        QCOMPARE(r->catalogPasses, 1);   // one bulk capture for all 200
        // The one database's catalog is read over two connections in one consistent
        // snapshot (the pool has room), never more than that.
        QCOMPARE(r->peakConnections, 2);
        QCOMPARE(r->replays, 2);
        for (int i = 0; i < 200; ++i) {
            const TargetStatus &t = r->targets[i];
            const Expected x = expectedFor(i);
            QVERIFY2(!t.error, qPrintable(t.error.fullText()));
            QCOMPARE(t.schema, QStringLiteral("tenant_%1").arg(i, 3, 10, QChar(u'0')));
            QCOMPARE(t.applied, migrationVersions()[x.applied - 1]);
            QCOMPARE(t.pending, 3 - x.applied);
            if (x.drift) {
                QCOMPARE(t.differences.size(), 1);
                QCOMPARE(t.differences[0].key, QStringLiteral("table:public.items"));
            } else {
                QVERIFY2(t.differences.isEmpty(), qPrintable(t.name + u' ' + (t.differences.isEmpty() ? QString() : t.differences[0].key + u' ' + t.differences[0].fields.join(u','))));
            }
        }
    }

    void tenantsAgainstAReference()
    {
        // Against the whole folder, tenants that lack the last migration differ by its table.
        Cli c = runCli({QStringLiteral("fleet"), QStringLiteral("status"), QStringLiteral("--db"), m_tenantDb.displayString(),
                        QStringLiteral("--tenant-schemas"), QStringLiteral("tenant\\_%"), QStringLiteral("--reference"), m_dir,
                        QStringLiteral("--dir"), m_dir, QStringLiteral("--json")});
        QCOMPARE(c.exitCode, 1);
        const QJsonArray list = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(list.size(), 200);
        for (int i = 0; i < 200; ++i) {
            const Expected x = expectedFor(i);
            QStringList keys;
            for (const QJsonValue &d : list[i].toObject().value(QStringLiteral("differences")).toArray())
                keys.append(d.toObject().value(QStringLiteral("key")).toString());
            QVERIFY2(keys.contains(QStringLiteral("table:public.audit_log")) == (x.applied == 2), qPrintable(keys.join(u',')));
            QVERIFY2(keys.contains(QStringLiteral("table:public.items")) == x.drift, qPrintable(keys.join(u',')));
        }
    }

    void canceledBeforeItStarts()
    {
        FleetControl control;
        control.cancel();
        StatusOptions o;
        o.dir = m_dir;
        auto r = FleetStatus::run(m_targets.mid(0, 4), o, &control);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestFleetStatus)
#include "tst_fleet_status.moc"
