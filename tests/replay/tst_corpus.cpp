// Conformance over the real-world corpus (../shared/corpus, skipped when absent): every
// root's history count equals EXPECTED.md, and every SQL folder replays on a plain
// PostgreSQL 15 except for the environment reasons EXPECTED.md lists, each asserted on its
// own. Prints the conformance table (root, tool, counts, replay) with qInfo.

#include "TestServer.h"
#include "history/FolderFormat.h"
#include "replay/FolderReplay.h"
#include "replay/ReplayTarget.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace strata;

namespace {

QString corpus()
{
    return QDir::cleanPath(QStringLiteral(STRATA_SOURCE_DIR "/../shared/corpus"));
}

struct Row
{
    QString root, tool, migrations, replay;
    int expected = -1;
};

QList<Row> expectedRows()
{
    QList<Row> rows;
    QFile f(corpus() + QStringLiteral("/EXPECTED.md"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    static const QRegularExpression number(QStringLiteral("\\d+"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (!line.startsWith(u'|') || line.startsWith(QStringLiteral("|---")) || line.startsWith(QStringLiteral("| root")))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 6)
            continue;
        Row r;
        r.root = cells[1].trimmed();
        r.tool = cells[2].trimmed();
        r.migrations = cells[3].trimmed();
        r.replay = cells[4].trimmed();
        const auto m = number.match(r.migrations);
        r.expected = m.hasMatch() ? m.captured(0).toInt() : -1;
        rows.append(r);
    }
    return rows;
}

// The migration folders of a root; "a/*/migrations": every folder named migrations under a/.
QStringList folders(const QString &root)
{
    if (!root.contains(u'*'))
        return {corpus() + u'/' + root};
    const QString base = corpus() + u'/' + root.section(u'*', 0, 0);
    const QString leaf = root.section(u'/', -1);
    QStringList out;
    QDirIterator it(base, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString d = it.next();
        if (QFileInfo(d).fileName() == leaf)
            out.append(d);
    }
    out.sort();
    return out;
}

struct Counted
{
    int count = 0;
    QString format;
    QString error;
};

Counted historyCount(const QString &root)
{
    Counted c;
    for (const QString &dir : folders(root)) {
        const FolderFormat *f = FolderFormat::detectFormat(dir);
        if (!f) {
            c.error = QStringLiteral("no format detected for ") + dir;
            return c;
        }
        auto r = f->read(dir);
        if (!r) {
            c.error = r.error().fullText();
            return c;
        }
        c.format = f->id();
        for (const MigrationFile &m : r->files)
            if (m.kind != MigrationFile::Kind::Undo)
                ++c.count;
    }
    return c;
}

// What a replay on a plain PostgreSQL 15 must do, root by root (EXPECTED.md's replay column).
struct ReplayExpectation
{
    enum class Outcome { Replays, NotSql, Fails };
    Outcome outcome = Outcome::Replays;
    QString reason;      // Fails / NotSql: a piece of the one sentence Strata must say
    QString withFolder;  // a sibling folder replayed with the root (--with-folder), "" = none
    QString aloneReason; // with withFolder: what the root alone must say
};

ReplayExpectation expectationFor(const Row &row)
{
    using O = ReplayExpectation::Outcome;
    const QString r = row.replay;
    if (r.startsWith(QStringLiteral("no (")) || row.tool == u"sqitch")
        return {O::NotSql, QStringLiteral("cannot be replayed"), {}, {}};
    static const QRegularExpression after(QStringLiteral("^after (\\S+)"));
    if (const auto m = after.match(r); m.hasMatch())
        // A second Flyway location of one application: its tables come from the first,
        // and the two replay together as Flyway merges its locations.
        return {O::Replays, {}, m.captured(1), QStringLiteral("it comes from outside this folder")};
    // supabase's init-scripts create pgjwt, which no Debian package ships: the one
    // sentence names it and --replay-on.
    if (row.root.endsWith(QStringLiteral("db/init-scripts")))
        return {O::Fails, QStringLiteral("“pgjwt”"), {}, {}};
    // supabase's migrations build on the schemas the init-scripts create (auth, storage,
    // extensions): alone, the sentence says that "auth" comes from outside the folder;
    // with the init-scripts (as its migrate.sh runs them), the replay reaches pgjwt.
    if (row.root.endsWith(QStringLiteral("db/migrations")) && row.tool == u"dbmate")
        return {O::Fails, QStringLiteral("“pgjwt”"), QStringLiteral("init-scripts"), QStringLiteral("No migration before it mentions “auth”")};
    return {O::Replays, {}, {}, {}};
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
    QList<Row> m_rows;
    QStringList m_table;

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(corpus() + QStringLiteral("/EXPECTED.md")))
            QSKIP("../shared/corpus is not here");
        m_rows = expectedRows();
        QVERIFY(m_rows.size() >= 20);
        m_table.append(QStringLiteral("| root | tool (EXPECTED) | detected | EXPECTED | counted | replay expected | replay | time |"));
        m_table.append(QStringLiteral("|---|---|---|---|---|---|---|---|"));
    }

    void historyCounts_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < m_rows.size(); ++i)
            QTest::newRow(qPrintable(m_rows[i].root)) << i;
    }

    void historyCounts()
    {
        QFETCH(int, row);
        const Row &r = m_rows[row];
        const Counted c = historyCount(r.root);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.count, r.expected);
    }

    void replays_data()
    {
        historyCounts_data();
    }

    void replays()
    {
        QFETCH(int, row);
        const Row &r = m_rows[row];
        const ReplayExpectation want = expectationFor(r);
        const Counted counted = historyCount(r.root);
        STRATA_VERIFY_OK(test::ensureServer());
        QString result;
        QElapsedTimer timer;
        timer.start();
        for (const QString &dir : folders(r.root)) {
            const QString name = QDir(corpus()).relativeFilePath(dir);
            replay::ReplayOptions o;
            if (!want.withFolder.isEmpty()) {
                auto alone = replay::FolderReplay::replayOn(test::server(), dir);
                QVERIFY2(!alone, qPrintable(name + QStringLiteral(" replayed alone")));
                QVERIFY2(alone.error().message.contains(want.aloneReason), qPrintable(alone.error().fullText()));
                QVERIFY2(!alone.error().message.contains(u'\n'), qPrintable(alone.error().message));
                o.moreDirs = {QDir(dir).absoluteFilePath(QStringLiteral("../") + want.withFolder)};
            }
            auto snap = replay::FolderReplay::replayOn(test::server(), dir, o);
            switch (want.outcome) {
            case ReplayExpectation::Outcome::Replays:
                QVERIFY2(snap, qPrintable(name + QStringLiteral(": ") + snap.error().fullText()));
                QVERIFY(snap->objectCount() > 0);
                result = want.withFolder.isEmpty() ? QStringLiteral("replays (%1 objects)").arg(snap->objectCount())
                                                   : QStringLiteral("replays with --with-folder %1 (%2 objects)").arg(want.withFolder).arg(snap->objectCount());
                break;
            case ReplayExpectation::Outcome::NotSql:
            case ReplayExpectation::Outcome::Fails:
                QVERIFY2(!snap, qPrintable(name + QStringLiteral(" replayed, but EXPECTED.md says: ") + r.replay));
                QVERIFY2(snap.error().message.contains(want.reason), qPrintable(snap.error().fullText()));
                // One clear sentence: no multi-line dumps in the message itself.
                QVERIFY2(!snap.error().message.contains(u'\n'), qPrintable(snap.error().message));
                result = snap.error().message;
                break;
            }
        }
        m_table.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 s |")
                           .arg(r.root, r.tool, counted.format, r.migrations)
                           .arg(counted.count)
                           .arg(r.replay, QString(result).replace(u'|', u'/'))
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    void cleanupTestCase()
    {
        for (const QString &l : std::as_const(m_table))
            qInfo().noquote() << l;
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
