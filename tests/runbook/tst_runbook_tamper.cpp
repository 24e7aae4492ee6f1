// A runbook file or a journal edited by hand cannot switch off the typed confirmation or
// the backups: every safety field is derived from the SQL again when the file is loaded,
// and the checksum covers everything the file says. Each case runs the real strata-cli
// against a real server and checks that the table is still there with all its rows.

#include "RunbookTestUtil.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

struct Db : test::RwDb
{
    QString before;
};

bool makeDb(Db &d)
{
    if (!test::makeRwDb(d, QStringLiteral("rbtamper"),
                        QStringLiteral("CREATE TABLE victim (id int PRIMARY KEY, v text);"
                                       "INSERT INTO victim SELECT g, 'v' || g FROM generate_series(1, 300) g;")))
        return false;
    d.before = test::digest(*d.c, QStringLiteral("victim"));
    return true;
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(o).toJson());
}

// The runbook of a bare DROP TABLE, and the same runbook with every safety field
// switched off and a checksum that fits the edited content.
Runbook dropRunbook()
{
    auto rb = RunbookBuilder::fromSql(QStringLiteral("DROP TABLE victim;\n"), SourceKind::SqlScript, QStringLiteral("drop.sql"));
    return rb ? *rb : Runbook();
}
Runbook disarmed(Runbook rb)
{
    for (RunbookStep &s : rb.steps) {
        s.destructive = false;
        s.confirmName.clear();
        s.destructiveReason.clear();
        s.tables.clear();
        s.dataTables.clear();
    }
    return rb;
}

bool victimIntact(Db &d) { return test::digest(*d.c, QStringLiteral("victim")) == d.before; }

} // namespace

class TestRunbookTamper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void disarmedRunbookJsonIsRefused()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const Runbook honest = dropRunbook();
        QVERIFY(!honest.steps.isEmpty() && honest.steps.first().destructive);
        const QString path = dir.filePath(QStringLiteral("rb.json"));
        writeJson(path, disarmed(honest).toJson());
        const auto r = test::runCli({QStringLiteral("run"), path, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                     QStringLiteral("--journal"), dir.filePath(QStringLiteral("j.journal"))});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("can lose data")), qPrintable(r.err));
        QVERIFY(victimIntact(d));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("j.journal"))));
    }

    void everyFieldIsCoveredByTheChecksum()
    {
        const QJsonObject good = dropRunbook().toJson();
        QVERIFY(Runbook::fromJson(good).ok());
        // Any edited field without a fitting checksum: refused with a sentence.
        for (const char *field : {"title", "source_path"}) {
            QJsonObject o = good;
            o.insert(QLatin1StringView(field), QStringLiteral("edited"));
            auto r = Runbook::fromJson(o);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1StringView("sha256 does not match")), qPrintable(r.error().message));
        }
        for (const char *field : {"destructive", "confirm_name", "tables", "data_tables", "findings", "lock_level"}) {
            QJsonObject o = good;
            QJsonArray steps = o.value(QLatin1StringView("steps")).toArray();
            QJsonObject s = steps[0].toObject();
            const QJsonValue v = s.value(QLatin1StringView(field));
            s.insert(QLatin1StringView(field), v.isBool() ? QJsonValue(!v.toBool()) : v.isArray() ? QJsonValue(QJsonArray{v.toArray().isEmpty() ? QJsonValue(QStringLiteral("x")) : QJsonValue()}) : QJsonValue(QStringLiteral("x")));
            steps[0] = s;
            o.insert(QStringLiteral("steps"), steps);
            QVERIFY2(!Runbook::fromJson(o).ok(), field);
        }
        // A file without a checksum is refused too.
        QJsonObject o = good;
        o.remove(QLatin1StringView("sha256"));
        QVERIFY(!Runbook::fromJson(o).ok());
    }

    void smuggledStatementsAreRefused()
    {
        // A "setting" that is no SET, and one statement string holding two.
        Runbook a = dropRunbook();
        a.steps[0].statements = {QStringLiteral("SELECT 1")};
        a.steps[0].tables.clear();
        a.steps[0].destructive = false;
        a.steps[0].confirmName.clear();
        a.steps[0].settings = {QStringLiteral("DROP TABLE victim")};
        auto ra = Runbook::fromJson(a.toJson());
        QVERIFY(!ra.ok());
        QVERIFY2(ra.error().message.contains(QLatin1StringView("not a SET statement")), qPrintable(ra.error().message));
        Runbook b = a;
        b.steps[0].settings.clear();
        b.steps[0].statements = {QStringLiteral("SELECT 1; DROP TABLE victim")};
        QVERIFY(!Runbook::fromJson(b.toJson()).ok());
        // A statement that must run outside a transaction, dressed as a transactional one.
        Runbook c = a;
        c.steps[0].settings.clear();
        c.steps[0].statements = {QStringLiteral("BEGIN"), QStringLiteral("DROP TABLE victim"), QStringLiteral("COMMIT")};
        c.steps[0].mode = StepMode::Transaction;
        QVERIFY(!Runbook::fromJson(c.toJson()).ok());
    }

    void disarmedJournalIsRefused()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.journal"));
        {
            Executor ex;
            STRATA_VERIFY_OK(ex.start(dropRunbook(), d.profile, journal));
            STRATA_VERIFY_OK(ex.stop());
        }
        // Rewrite the journal: the header's runbook disarmed, every sha256 made to fit.
        const Runbook bad = disarmed(dropRunbook());
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        QByteArray out;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1StringView("event")).toString() == event::Header)
                o.insert(QStringLiteral("runbook"), bad.toJson());
            o.insert(QStringLiteral("runbook_sha256"), bad.sha256());
            out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(out);
        f.close();
        const auto r = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), d.uri,
                                     QStringLiteral("--yes")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("can lose data")), qPrintable(r.err));
        QVERIFY(victimIntact(d));
    }

    void forgedBackupInJournalIsRefused()
    {
        // A journal that claims victim is already backed up (so no backup would be made).
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.journal"));
        const Runbook rb = dropRunbook();
        {
            Executor ex;
            STRATA_VERIFY_OK(ex.start(rb, d.profile, journal));
            STRATA_VERIFY_OK(ex.stop());
        }
        {
            auto j = Journal::open(journal);
            QVERIFY(j.ok());
            STRATA_VERIFY_OK(j->append({{QStringLiteral("event"), event::Backup}, {QStringLiteral("step"), 1},
                                        {QStringLiteral("schema"), QString()}, {QStringLiteral("table"), QStringLiteral("victim")},
                                        {QStringLiteral("manifest"), dir.filePath(QStringLiteral("nowhere/manifest.json"))},
                                        {QStringLiteral("method"), QStringLiteral("copy_binary")}, {QStringLiteral("file"), QStringLiteral("x.copy")},
                                        {QStringLiteral("rows"), 300}, {QStringLiteral("sha256"), QStringLiteral("00")}, {QStringLiteral("verified"), true}}));
        }
        const auto r = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), d.uri,
                                     QStringLiteral("--yes"), QStringLiteral("--confirm-table"), QStringLiteral("victim")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("names a backup of victim")), qPrintable(r.err));
        QVERIFY(victimIntact(d));
    }
};

QTEST_GUILESS_MAIN(TestRunbookTamper)
#include "tst_runbook_tamper.moc"
