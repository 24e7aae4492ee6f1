// Fleet targets without a server: the targets file, tenant specs, saved groups, the
// schema renaming of the bulk tenant capture, and the order of a staged rollout.

#include "catalog/SnapshotSplit.h"
#include "diff/Planner.h"
#include "fleet/Rollout.h"
#include "fleet/Target.h"
#include "fleet/TargetGroup.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <QtTest>

using namespace strata;
using namespace strata::fleet;

class TestFleetTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_fleet_targets"));
    }

    void parsesNamesUrisCommentsAndBlankLines()
    {
        const QString text = QStringLiteral("# production tenants\r\n"
                                            "\n"
                                            "acme\tpostgresql://app@db1.example.com:5433/acme?sslmode=require\r\n"
                                            "   # indented comment\n"
                                            "postgresql://app@db2.example.com/globex\n"
                                            "initech\thost=/tmp port=5432 dbname=initech\n");
        auto t = TargetsFile::parse(text, QStringLiteral("prod.targets"));
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t->size(), 3);
        QCOMPARE(t->at(0).name, QStringLiteral("acme"));
        QCOMPARE(t->at(0).profile.host, QStringLiteral("db1.example.com"));
        QCOMPARE(t->at(0).profile.port, QStringLiteral("5433"));
        QCOMPARE(t->at(0).profile.sslmode, QStringLiteral("require"));
        QCOMPARE(t->at(1).name, QStringLiteral("globex")); // a bare URI is named after its database
        QCOMPARE(t->at(2).profile.dbname, QStringLiteral("initech"));
        QVERIFY(!t->at(0).isSchema());
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad uri") << QStringLiteral("a\tpostgresql://x/a\n\nb\tpostgresql://[broken/b\n") << QStringLiteral("line 3");
        QTest::newRow("password") << QStringLiteral("# x\na\tpostgresql://app:secret@h/a\n") << QStringLiteral("line 2: the connection string carries a password");
        QTest::newRow("duplicate") << QStringLiteral("a\tpostgresql://h/a\na\tpostgresql://h/b\n") << QStringLiteral("line 2: the name “a” is used twice");
        QTest::newRow("no uri") << QStringLiteral("a\t\n") << QStringLiteral("line 1: “a” has no connection URI");
        QTest::newRow("spaces") << QStringLiteral("acme postgresql://h/a\n") << QStringLiteral("line 1: expected “name<TAB>URI”");
        QTest::newRow("empty") << QStringLiteral("# nothing\n\n") << QStringLiteral("lists no targets");
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto t = TargetsFile::parse(text, QStringLiteral("f.targets"));
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(expected), qPrintable(t.error().message));
        QVERIFY(!t.error().message.contains(QStringLiteral("secret")));
    }

    void missingFileIsAnError()
    {
        auto t = TargetsFile::read(QStringLiteral("/nonexistent/fleet.targets"));
        QVERIFY(!t);
        QCOMPARE(t.error().kind, Error::Kind::Io);
    }

    // A FIFO (nobody writing) or a device as the targets file is a sentence, never a hang.
    void specialFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("targets.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString &path : {fifo, QStringLiteral("/dev/zero"), dir.path()}) {
            auto t = TargetsFile::read(path);
            QVERIFY2(!t, qPrintable(path));
            QVERIFY2(!t.error().message.isEmpty(), qPrintable(path));
        }
    }

    void tenantSpecIsAQueryOrAPattern()
    {
        QVERIFY(TenantSchemas::isQuery(QStringLiteral("SELECT schema_name FROM project_registry.workspace_config WHERE active")));
        QVERIFY(TenantSchemas::isQuery(QStringLiteral("select nspname from pg_namespace where nspname like 'tenant%'")));
        QVERIFY(!TenantSchemas::isQuery(QStringLiteral("tenant_%")));
        QVERIFY(!TenantSchemas::isQuery(QStringLiteral("DELETE FROM x")));
        QVERIFY(!TenantSchemas::isQuery(QStringLiteral("SELECT 1; SELECT 2")));
    }

    void tenantSessionSetsTheSearchPath()
    {
        Target t;
        t.profile.dbname = QStringLiteral("app");
        t.profile.options = QStringLiteral("-c work_mem=64MB");
        t.schema = QStringLiteral("Tenant One");
        QCOMPARE(t.sessionProfile().options, QStringLiteral("-c work_mem=64MB -c search_path=\"Tenant\\ One\""));
        t.schema.clear();
        QCOMPARE(t.sessionProfile().options, QStringLiteral("-c work_mem=64MB"));
    }

    void groupsAreSavedWithoutPasswords()
    {
        TargetGroup a;
        a.name = QStringLiteral("tenants");
        a.database = QStringLiteral("postgresql://app:secret@db.example.com/app");
        a.tenantSchemas = QStringLiteral("tenant_%");
        TargetGroup b;
        b.name = QStringLiteral("prod");
        b.targetsFile = QStringLiteral("/etc/strata/prod.targets");
        TargetGroupStore::save({a, b});
        const QList<TargetGroup> back = TargetGroupStore::groups();
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].name, QStringLiteral("tenants"));
        QVERIFY(back[0].isTenants());
        QVERIFY(!back[0].database.contains(QStringLiteral("secret")));
        QVERIFY(back[0].database.contains(QStringLiteral("db.example.com")));
        QCOMPARE(back[1], b);
        QSettings s;
        QVERIFY(!s.value(QStringLiteral("connections/fleets")).toString().contains(QStringLiteral("secret")));
    }

    void schemaIsRenamedInDefinitions()
    {
        using catalog::SnapshotSplit;
        QCOMPARE(SnapshotSplit::renameSchemaInText(QStringLiteral("nextval('t_1.audit_log_id_seq'::regclass)"), QStringLiteral("t_1"), QStringLiteral("public")),
                 QStringLiteral("nextval('public.audit_log_id_seq'::regclass)"));
        QCOMPARE(SnapshotSplit::renameSchemaInText(QStringLiteral("CREATE INDEX i ON t_1.items USING btree (owner)"), QStringLiteral("t_1"), QStringLiteral("public")),
                 QStringLiteral("CREATE INDEX i ON public.items USING btree (owner)"));
        // Other schemas, columns and strings that only contain the name stay.
        QCOMPARE(SnapshotSplit::renameSchemaInText(QStringLiteral("FOREIGN KEY (t_1) REFERENCES t_10.items(id)"), QStringLiteral("t_1"), QStringLiteral("public")),
                 QStringLiteral("FOREIGN KEY (t_1) REFERENCES t_10.items(id)"));
        QCOMPARE(SnapshotSplit::renameSchemaInText(QStringLiteral("(note <> 'xt_1.y'::text)"), QStringLiteral("t_1"), QStringLiteral("public")),
                 QStringLiteral("(note <> 'xt_1.y'::text)"));
        QCOMPARE(SnapshotSplit::renameSchemaInText(QStringLiteral("SELECT \"Tenant 1\".f(x) FROM \"Tenant 1\".t"), QStringLiteral("Tenant 1"), QStringLiteral("public")),
                 QStringLiteral("SELECT public.f(x) FROM public.t"));
    }

    // A text without quotes, dollar signs or comments is renamed without the scanner; a
    // comment appended sends the same text through the scanner, which must agree.
    void plainTextsRenameAsTheScannerDoes()
    {
        using catalog::SnapshotSplit;
        const QStringList texts{
            QStringLiteral("CREATE INDEX t00_idx ON t_1.t00 USING btree (tenant_id, created_at)"),
            QStringLiteral("FOREIGN KEY (tenant_id) REFERENCES t_1.t00(id)"),
            QStringLiteral("xt_1.a + t_10.b + t_1.c + (t_1.f(x))"),
            QStringLiteral("db.t_1.tab, t_1..x, t_1.5, t_1 .y, t_1.\u00e4"),
            QStringLiteral("\u00e4t_1.x + _t_1.y + 1 + t_1.z"),
            QStringLiteral("(1t_1.x)"),
            QStringLiteral("t_1.x"),
            QStringLiteral("no qualifier at all"),
        };
        for (const QString &t : texts) {
            const QString fast = SnapshotSplit::renameSchemaInText(t, QStringLiteral("t_1"), QStringLiteral("public"));
            const QString scanned = SnapshotSplit::renameSchemaInText(t + QStringLiteral(" -- c"), QStringLiteral("t_1"), QStringLiteral("public"));
            QCOMPARE(fast + QStringLiteral(" -- c"), scanned);
        }
        QCOMPARE(SnapshotSplit::renameSchemaInText(texts[2], QStringLiteral("t_1"), QStringLiteral("public")),
                 QStringLiteral("xt_1.a + t_10.b + public.c + (public.f(x))"));
    }

    void splitKeepsEachSchemaUnderTheCommonName()
    {
        catalog::Snapshot all;
        for (const QString &s : {QStringLiteral("t_1"), QStringLiteral("t_2"), QStringLiteral("other")}) {
            catalog::TableDef t;
            t.schema = s;
            t.name = QStringLiteral("items");
            catalog::Column c;
            c.name = QStringLiteral("id");
            c.type = QStringLiteral("integer");
            c.defaultExpr = QStringLiteral("nextval('%1.items_id_seq'::regclass)").arg(s);
            t.columns.append(c);
            all.tables.append(t);
            catalog::IndexDef i;
            i.schema = s;
            i.table = QStringLiteral("items");
            i.name = QStringLiteral("items_pkey");
            i.definition = QStringLiteral("CREATE UNIQUE INDEX items_pkey ON %1.items USING btree (id)").arg(s);
            all.indexes.append(i);
        }
        const auto parts = catalog::SnapshotSplit::bySchema(all, {QStringLiteral("t_1"), QStringLiteral("t_2")}, QStringLiteral("public"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[QStringLiteral("t_1")].tables.size(), 1);
        QCOMPARE(parts[QStringLiteral("t_1")].tables[0].key(), QStringLiteral("table:public.items"));
        QCOMPARE(parts[QStringLiteral("t_2")].tables[0].columns[0].defaultExpr, QStringLiteral("nextval('public.items_id_seq'::regclass)"));
        QCOMPARE(parts[QStringLiteral("t_1")].indexes[0].definition, QStringLiteral("CREATE UNIQUE INDEX items_pkey ON public.items USING btree (id)"));
        QVERIFY(parts[QStringLiteral("t_1")] == parts[QStringLiteral("t_2")]);
    }

    // A part carries the dependency graph of its schema: dropping it plans in the same order
    // as the same objects captured on their own (the referencing table before the table its
    // foreign key points at, which is not name order), and says nothing about kinds only.
    void splitCarriesTheDependencyGraph()
    {
        // The edges as the catalog records them for: a(id PK), b(id PK, a_id REFERENCES a),
        // view v reading b, function f used by b's CHECK.
        auto schemaOf = [](const QString &s) {
            catalog::Snapshot x;
            catalog::SchemaDef sd;
            sd.name = s;
            x.schemas.append(sd);
            for (const QString &n : {QStringLiteral("a"), QStringLiteral("b")}) {
                catalog::TableDef t;
                t.schema = s;
                t.name = n;
                catalog::Column id;
                id.name = QStringLiteral("id");
                id.type = QStringLiteral("integer");
                t.columns.append(id);
                if (n == u"b") {
                    catalog::Column ref = id;
                    ref.name = QStringLiteral("a_id");
                    t.columns.append(ref);
                }
                x.tables.append(t);
                catalog::ConstraintDef pk;
                pk.schema = s;
                pk.table = n;
                pk.name = n + QStringLiteral("_pkey");
                pk.type = catalog::ConstraintDef::Type::PrimaryKey;
                pk.columns = {QStringLiteral("id")};
                pk.definition = QStringLiteral("PRIMARY KEY (id)");
                x.constraints.append(pk);
            }
            catalog::ConstraintDef fk;
            fk.schema = s;
            fk.table = QStringLiteral("b");
            fk.name = QStringLiteral("b_a_id_fkey");
            fk.type = catalog::ConstraintDef::Type::ForeignKey;
            fk.columns = {QStringLiteral("a_id")};
            fk.refSchema = s;
            fk.refTable = QStringLiteral("a");
            fk.refColumns = {QStringLiteral("id")};
            fk.definition = QStringLiteral("FOREIGN KEY (a_id) REFERENCES %1.a(id)").arg(s);
            x.constraints.append(fk);
            catalog::ViewDef v;
            v.schema = s;
            v.name = QStringLiteral("a_view");
            v.definition = QStringLiteral(" SELECT b.id FROM %1.b;").arg(s);
            x.views.append(v);
            const QString q = s + u'.';
            x.dependencies = {{QStringLiteral("constraint:%1b.b_a_id_fkey").arg(q), QStringLiteral("table:%1a").arg(q)},
                              {QStringLiteral("constraint:%1b.b_a_id_fkey").arg(q), QStringLiteral("constraint:%1a.a_pkey").arg(q)},
                              {QStringLiteral("view:%1a_view").arg(q), QStringLiteral("table:%1b").arg(q)}};
            x.sort();
            return x;
        };
        catalog::Snapshot all = schemaOf(QStringLiteral("t_1"));
        const catalog::Snapshot t2 = schemaOf(QStringLiteral("t_2"));
        all.schemas += t2.schemas;
        all.tables += t2.tables;
        all.constraints += t2.constraints;
        all.views += t2.views;
        all.dependencies += t2.dependencies;
        // An edge across schemas has no place in either part.
        all.dependencies.append({QStringLiteral("view:t_2.a_view"), QStringLiteral("table:t_1.a")});
        all.sort();
        const catalog::Snapshot whole = schemaOf(QStringLiteral("public"));

        const auto parts = catalog::SnapshotSplit::bySchema(all, {QStringLiteral("t_1"), QStringLiteral("t_2")}, QStringLiteral("public"));
        const catalog::Snapshot &part = parts[QStringLiteral("t_1")];
        QCOMPARE(part.dependencies, whole.dependencies);
        QCOMPARE(parts[QStringLiteral("t_2")].dependencies, whole.dependencies);
        QVERIFY(part.dependenciesKnown);

        catalog::Snapshot empty;
        auto sqlOf = [](const diff::Plan &p) {
            QStringList out;
            for (const diff::PlanStep &s : p.steps)
                out.append(s.sql);
            return out;
        };
        const diff::Plan fromPart = diff::Planner::plan(part, empty);
        const diff::Plan fromWhole = diff::Planner::plan(whole, empty);
        QCOMPARE(sqlOf(fromPart), sqlOf(fromWhole));
        QCOMPARE(fromPart.notes, fromWhole.notes);
        const QStringList steps = sqlOf(fromPart);
        const qsizetype dropA = steps.indexOf(QStringLiteral("DROP TABLE public.a")), dropB = steps.indexOf(QStringLiteral("DROP TABLE public.b")),
                        dropView = steps.indexOf(QStringLiteral("DROP VIEW public.a_view"));
        QVERIFY2(dropA >= 0 && dropB >= 0 && dropView >= 0, qPrintable(steps.join(u'\n')));
        QVERIFY2(dropView < dropB && dropB < dropA, qPrintable(steps.join(u'\n')));
    }

    void wavesStartWithTheCanaries()
    {
        RolloutOptions o;
        o.canary = 2;
        o.wave = 3;
        const auto w = Rollout::waves(10, o);
        QCOMPARE(w, (QList<QList<int>>{{0, 1}, {2, 3, 4}, {5, 6, 7}, {8, 9}}));
        o.canary = 0;
        o.wave = 0;
        QCOMPARE(Rollout::waves(3, o), (QList<QList<int>>{{0, 1, 2}}));
        o.canary = 5;
        QCOMPARE(Rollout::waves(3, o), (QList<QList<int>>{{0, 1, 2}}));
    }
};

QTEST_GUILESS_MAIN(TestFleetTargets)
#include "tst_fleet_targets.moc"
