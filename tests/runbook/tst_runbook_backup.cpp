// Backups before a table is touched: pg_dump -Fc -t when the installed pg_dump is at
// least the server's major version, binary COPY otherwise; the manifest (rows, sha256)
// is verified before the step runs; a damaged backup is refused; a backup folder that
// cannot be written means nothing runs; a restore runbook puts back exactly the rows.

#include "RunbookTestUtil.h"
#include "runbook/Backup.h"
#include "runbook/BackupWriter.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

const QString kTable = QStringLiteral("\"Odd Rows\"");

QString fixture()
{
    QFile f(QStringLiteral(STRATA_FIXTURES_DIR "/runbook/odd_rows.sql"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

Runbook changeScript()
{
    auto rb = RunbookBuilder::fromSql(QStringLiteral("UPDATE \"Odd Rows\" SET label = 'gone';\n"
                                                     "DELETE FROM \"Odd Rows\" WHERE id % 2 = 0;\n"),
                                      SourceKind::SqlScript);
    return rb.ok() ? *rb : Runbook();
}

} // namespace

class TestRunbookBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void backupAndRestore_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("method");
        QTest::newRow("pg_dump") << QStringLiteral("pg_dump") << QStringLiteral("pg_dump");
        QTest::newRow("copy") << QStringLiteral("copy") << QStringLiteral("copy_binary");
        QTest::newRow("old pg_dump -> copy") << QStringLiteral("old") << QStringLiteral("copy_binary");
    }

    void backupAndRestore()
    {
        QFETCH(QString, mode);
        QFETCH(QString, method);
        auto p = test::freshDatabase(QStringLiteral("rbbk"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, fixture()));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        const QString before = test::digest(**c, kTable);
        QVERIFY(before.startsWith(QLatin1StringView("1500:")));

        QTemporaryDir dir;
        ExecutorOptions o;
        if (mode == u"copy") {
            o.backup.allowPgDump = false;
        } else if (mode == u"old") {
            // An installed pg_dump older than the server cannot dump it: COPY instead.
            const QString fake = dir.filePath(QStringLiteral("pg_dump"));
            QFile f(fake);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            o.backup.pgDumpPath = fake;
        }
        const Runbook rb = changeScript();
        QCOMPARE(rb.steps.size(), 2);
        QVERIFY(rb.steps[0].destructive); // UPDATE without WHERE
        Executor ex(o);
        STRATA_VERIFY_OK(ex.start(rb, *p, dir.filePath(QStringLiteral("change.journal"))));
        STRATA_VERIFY_OK(test::runAll(ex, {{1, QStringLiteral("Odd Rows")}}));
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM \"Odd Rows\"")), 750);

        // One backup, taken before step 1, verified, with the manifest's facts.
        QCOMPARE(ex.state().backups().size(), 1);
        const BackupRecord rec = ex.state().backups().first();
        QCOMPARE(rec.method, method);
        QCOMPARE(rec.rows, 1500);
        auto m = BackupManifest::load(rec.manifest);
        QVERIFY2(m.ok(), qPrintable(m.error().fullText()));
        QCOMPARE(m->entries.size(), 1);
        const BackupEntry &e = m->entries.first();
        QCOMPARE(e.rows, 1500);
        QCOMPARE(e.schema, QStringLiteral("public"));
        QCOMPARE(e.name, QStringLiteral("Odd Rows"));
        QCOMPARE(sha256Of(QDir(ex.backupFolder()).filePath(e.file)), e.sha256);
        QVERIFY(e.indexes.join(u'\n').contains(QLatin1StringView("odd_rows_label_idx")));
        QVERIFY(e.constraints.join(u'\n').contains(QLatin1StringView("PRIMARY KEY")));
        STRATA_VERIFY_OK(BackupVerifier::verify(ex.backupFolder(), e));
        // The journal recorded the backup before step 1 started.
        int backupSeq = -1, startSeq = -1;
        for (const QJsonObject &ev : ex.journal().events()) {
            const QString name = ev.value(QLatin1StringView("event")).toString();
            if (name == event::Backup && backupSeq < 0)
                backupSeq = ev.value(QLatin1StringView("seq")).toInt();
            if (name == event::Started && startSeq < 0)
                startSeq = ev.value(QLatin1StringView("seq")).toInt();
        }
        QVERIFY(backupSeq > 0 && backupSeq < startSeq);

        // Restore runbook: every row back, equal to the start.
        const Runbook restore = RunbookBuilder::restoreRunbook(rec.manifest, {TableRef{QStringLiteral("public"), QStringLiteral("Odd Rows")}});
        QVERIFY(restore.steps.first().destructive);
        Executor rx(o);
        STRATA_VERIFY_OK(rx.start(restore, *p, dir.filePath(QStringLiteral("restore.journal"))));
        QVERIFY(!rx.runCurrent().ok()); // needs the name typed
        auto r = rx.runCurrent(QStringLiteral("Odd Rows"));
        QVERIFY(r.ok());
        QVERIFY2(r->status == StepResult::Status::Done, qPrintable(r->error.fullText()));
        QCOMPARE(test::digest(**c, kTable), before);
        // Identity and generated columns still work after the restore.
        QVERIFY((*c)->exec(QStringLiteral("INSERT INTO \"Odd Rows\" (label) VALUES ('new')")).ok());
    }

    void damagedBackupIsRefused()
    {
        auto p = test::freshDatabase(QStringLiteral("rbdmg"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, fixture()));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        QTemporaryDir dir;
        ExecutorOptions o;
        o.backup.allowPgDump = false;
        Executor ex(o);
        STRATA_VERIFY_OK(ex.start(changeScript(), *p, dir.filePath(QStringLiteral("j"))));
        STRATA_VERIFY_OK(test::runAll(ex, {{1, QStringLiteral("Odd Rows")}}));
        const QString changed = test::digest(**c, kTable);
        const BackupRecord rec = ex.state().backups().first();
        auto m = BackupManifest::load(rec.manifest);
        QVERIFY(m.ok());
        const QString file = QDir(ex.backupFolder()).filePath(m->entries.first().file);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            const char b = f.peek(1).at(0);
            f.write(QByteArray(1, char(b ^ 0x5a)));
        }
        const Error verify = BackupVerifier::verify(ex.backupFolder(), m->entries.first());
        QVERIFY(verify.isError());
        QVERIFY(verify.message.contains(QLatin1StringView("damaged")));
        Executor rx(o);
        STRATA_VERIFY_OK(rx.start(RunbookBuilder::restoreRunbook(rec.manifest, {TableRef{{}, QStringLiteral("Odd Rows")}}), *p,
                                  dir.filePath(QStringLiteral("r"))));
        auto r = rx.runCurrent(QStringLiteral("Odd Rows"));
        QVERIFY(r.ok());
        QCOMPARE(r->status, StepResult::Status::Failed);
        QCOMPARE(test::digest(**c, kTable), changed); // nothing restored, nothing lost
    }

    void unwritableBackupFolderRunsNothing()
    {
        auto p = test::freshDatabase(QStringLiteral("rbro"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, fixture()));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        const QString before = test::digest(**c, kTable);
        QTemporaryDir dir;
        // The folder's parent is a regular file: not even root can create it.
        const QString aFile = dir.filePath(QStringLiteral("a-file"));
        {
            QFile f(aFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        ExecutorOptions o;
        o.backupFolder = aFile + QStringLiteral("/backups");
        {
            Executor ex(o);
            const Error e = ex.start(changeScript(), *p, dir.filePath(QStringLiteral("j1")));
            QVERIFY(e.isError());
            QVERIFY2(e.message.contains(QLatin1StringView("backup folder")), qPrintable(e.message));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("j1"))));
        }
        QCOMPARE(test::digest(**c, kTable), before);

        // The folder goes away after the start (a full or unmounted disk): the step
        // does not run, and the journal shows it never started.
        o.backupFolder = dir.filePath(QStringLiteral("bk"));
        Executor ex(o);
        STRATA_VERIFY_OK(ex.start(changeScript(), *p, dir.filePath(QStringLiteral("j2"))));
        QVERIFY(QDir(o.backupFolder).removeRecursively());
        {
            QFile f(o.backupFolder);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto r = ex.runCurrent(QStringLiteral("Odd Rows"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1StringView("did not run")), qPrintable(r.error().message));
        for (const QJsonObject &ev : ex.journal().events())
            QVERIFY(ev.value(QLatin1StringView("event")).toString() != event::Started);
        QCOMPARE(ex.state().current(), 1);
        QCOMPARE(test::digest(**c, kTable), before);
    }
};

QTEST_GUILESS_MAIN(TestRunbookBackup)
#include "tst_runbook_backup.moc"
