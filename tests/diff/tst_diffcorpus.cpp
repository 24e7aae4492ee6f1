// Conformance over the real-world migration corpus (../shared/corpus; skipped when
// absent): every folder that replays is a schema R. The script from an empty database
// to R must apply and leave nothing to diff, and the script from R back to the empty
// database must apply and leave no user objects — both proven by PlanVerifier (a
// scratch server, the script run transaction by transaction, the result compared).
// Prints one line per folder. Folders that do not replay on a plain PostgreSQL 15
// (roles, extensions or another tool's order they need) are printed, not asserted.

#include "DiffTestUtil.h"
#include "TestServer.h"
#include "catalog/Introspector.h"
#include "replay/FolderReplay.h"
#include "diff/PlanVerifier.h"
#include "diff/Planner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

using namespace strata;
using namespace strata::diff;
using strata::replay::FolderReplay;

namespace {

QString corpusRoot()
{
    // The tests run from build/dev/tests/...; the corpus sits beside the project.
    for (const QString &candidate : {QStringLiteral(STRATA_SOURCE_DIR "/../shared/corpus"), QStringLiteral("../shared/corpus")})
        if (QDir(candidate).exists())
            return QDir(candidate).absolutePath();
    return {};
}

// The migration roots of EXPECTED.md whose tool Strata replays (plain SQL files).
const QStringList kRoots = {
    QStringLiteral("dbmate/supabase__postgres/migrations/db/migrations"),
    QStringLiteral("dbmate/supabase__postgres/migrations/db/init-scripts"),
    QStringLiteral("golang-migrate/goharbor__harbor/make/migrations/postgresql"),
    QStringLiteral("golang-migrate/flipt-io__flipt/config/migrations/postgres"),
    QStringLiteral("golang-migrate/harness__gitness/app/store/database/migrate/postgres"),
    QStringLiteral("prisma/documenso__documenso/packages/prisma/migrations"),
    QStringLiteral("prisma/triggerdotdev__trigger.dev/internal-packages/database/prisma/migrations"),
    QStringLiteral("prisma/triggerdotdev__trigger.dev/internal-packages/run-ops-database/prisma/migrations"),
    QStringLiteral("flyway/kestra-io__kestra/jdbc-postgres/src/main/resources/migrations/postgres"),
    QStringLiteral("flyway/conductor-oss__conductor/postgres-persistence/src/main/resources/db/migration_postgres"),
    QStringLiteral("flyway/conductor-oss__conductor/scheduler/postgres-persistence/src/main/resources/db/migration_scheduler"),
    QStringLiteral("sqlx/atuinsh__atuin/crates/atuin-server-postgres/migrations"),
    QStringLiteral("sqlx/svix__svix-webhooks/server/svix-server/migrations"),
};

QString verdict(const Result<VerifyResult> &v)
{
    if (!v)
        return QStringLiteral("error: ") + v.error().message;
    if (v->outcome == VerifyResult::Outcome::Residual)
        return v->summary() + QStringLiteral(": ") + v->residualLines().mid(0, 3).join(QStringLiteral("; "));
    return v->summary();
}

} // namespace

class TestDiffCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (corpusRoot().isEmpty())
            QSKIP("../shared/corpus is absent");
        STRATA_VERIFY_OK(test::ensureServer());
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("root");
        QSet<QString> tags;
        for (const QString &r : kRoots) {
            QString tag = r.section(u'/', 1, 1);
            if (tags.contains(tag))
                tag += u'/' + r.section(u'/', -1); // two roots of one project
            tags.insert(tag);
            QTest::newRow(qPrintable(tag)) << r;
        }
    }

    void roundTrips()
    {
        QFETCH(QString, root);
        const QString dir = corpusRoot() + u'/' + root;
        if (!QDir(dir).exists())
            QSKIP("this folder is not in the corpus");
        QElapsedTimer t;
        t.start();
        auto replayed = FolderReplay::replay(dir);
        if (!replayed) {
            qInfo().noquote() << QStringLiteral("| %1 | does not replay: %2 |").arg(root, replayed.error().message.left(160));
            QSKIP("the folder does not replay on a plain PostgreSQL 15");
        }
        auto db = test::freshDatabase(QStringLiteral("corpus_empty"));
        QVERIFY(db);
        auto empty = test::snapshotOf(*db);
        QVERIFY(empty);

        PlanOptions po;
        po.diff.ignoreOwners = po.diff.ignoreGrants = true; // a replay runs as the scratch server's superuser
        VerifyOptions vo;
        vo.diff = po.diff;
        const Plan up = Planner::plan(*empty, *replayed, po);
        const Plan down = Planner::plan(*replayed, *empty, po);
        const auto upResult = PlanVerifier::verify(*empty, *replayed, up, vo);
        const auto downResult = PlanVerifier::verify(*replayed, *empty, down, vo);
        qInfo().noquote() << QStringLiteral("| %1 | %2 objects | from empty: %3 (%4 steps) | back to empty: %5 (%6 steps) | %7 s |")
                                 .arg(root)
                                 .arg(replayed->objectCount())
                                 .arg(verdict(upResult))
                                 .arg(up.steps.size())
                                 .arg(verdict(downResult))
                                 .arg(down.steps.size())
                                 .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1);
        QVERIFY2(upResult && upResult->verified(), qPrintable(verdict(upResult)));
        QVERIFY2(downResult && downResult->verified(), qPrintable(verdict(downResult)));
    }
};

QTEST_GUILESS_MAIN(TestDiffCorpus)
#include "tst_diffcorpus.moc"
