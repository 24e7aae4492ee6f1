// Object names, database names and paths that try to break out of where Strata prints
// them (issue 21, items 1 and 4), through the real strata-cli against a real server:
// every SQL script Strata writes (diff default, --sql, --json's script, snapshot --ddl)
// is run with psql -f on a scratch database that has a table `victim`, which must still
// be there afterwards (with standard_conforming_strings on and off); the pre-flight
// exports keep every name inside its cell or code block; the run's hints and the audit
// report's commands are read back by a real /bin/sh as exactly the words meant.

#include "TestServer.h"
#include "../runbook/RunbookTestUtil.h"
#include "catalog/QuoteIdent.h"
#include "common/SafeText.h"
#include "runbook/RunbookBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;
using catalog::quoteIdent;
using strata::quoteLiteral;

namespace {

// A line break, a carriage return, a block-comment end and quotes with a backslash.
const QString kNewline = QStringLiteral("x\nDROP TABLE victim; --");
const QString kReturn = QStringLiteral("r\rDROP TABLE victim; --");
const QString kBlock = QStringLiteral("y */ DROP TABLE victim; /* z");
const QString kQuotes = QStringLiteral("q'uote\"dq\\back");
const QString kShell = QStringLiteral("t $(touch pwned) `touch pwned2`;touch pwned3");
const QString kDbName = QStringLiteral("hb\nDROP TABLE victim; --");

QString qi(const QString &n) { return quoteIdent(n); }

// The objects of side B (side A lacks them, except for victim and one table B dropped).
QString sideB()
{
    QString s;
    s += QStringLiteral("CREATE TABLE victim (id int);\n");
    s += QStringLiteral("CREATE SCHEMA %1;\n").arg(qi(kNewline));
    s += QStringLiteral("CREATE TABLE %1.%1 (id int PRIMARY KEY, %1 text, %2 text);\n").arg(qi(kNewline), qi(kBlock));
    s += QStringLiteral("CREATE TABLE public.%1 (id int);\n").arg(qi(kReturn));
    s += QStringLiteral("CREATE TABLE public.%1 (id int);\n").arg(qi(kBlock));
    // A CHECK whose constant ends in a backslash-quote: safe under either
    // standard_conforming_strings setting only if the script says which one it means.
    s += QStringLiteral("CREATE TABLE public.%1 (id int, v text CHECK (v <> %2));\n")
             .arg(qi(kQuotes), quoteLiteral(QStringLiteral("a\\' ; DROP TABLE victim; --")));
    s += QStringLiteral("CREATE INDEX %1 ON public.%2 (id);\n").arg(qi(kNewline + QStringLiteral("_i")), qi(kQuotes));
    s += QStringLiteral("CREATE VIEW public.%1 AS SELECT 1 AS %2;\n").arg(qi(kNewline + QStringLiteral("_v")), qi(kBlock));
    s += QStringLiteral("CREATE FUNCTION public.%1() RETURNS int LANGUAGE sql AS 'SELECT 1';\n").arg(qi(kNewline + QStringLiteral("_f")));
    s += QStringLiteral("COMMENT ON TABLE public.%1 IS %2;\n").arg(qi(kQuotes), quoteLiteral(QStringLiteral("it's \\' ; DROP TABLE victim; --")));
    s += QStringLiteral("COMMENT ON COLUMN public.%1.id IS %2;\n").arg(qi(kBlock), quoteLiteral(kNewline));
    return s;
}

QString sideA()
{
    return QStringLiteral("CREATE TABLE victim (id int);\nCREATE TABLE public.%1 (id int);\n").arg(qi(QStringLiteral("gone\nDROP TABLE victim; --")));
}

QString psql()
{
    const QString own = test::server().binDir() + QStringLiteral("/psql");
    return QFileInfo::exists(own) ? own : QStringLiteral("psql");
}

struct Ran
{
    int exitCode = -1;
    QString out;
};

// psql -X -v ON_ERROR_STOP=1 -f script; scsOff: the session starts with
// standard_conforming_strings = off (as on an old-style server).
Ran runPsql(const ConnectionProfile &db, const QString &script, bool scsOff)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (scsOff)
        env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c standard_conforming_strings=off -c escape_string_warning=off"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(psql(), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                     db.displayString(), QStringLiteral("-f"), script});
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

bool hasTable(const ConnectionProfile &db, const QString &schema, const QString &name)
{
    auto c = test::connectRw(db);
    if (!c)
        return false;
    const ResultSet r = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                  "WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind = 'r'"),
                                   {schema, name});
    return r.ok() && r.toInt64(0, 0) == 1;
}

QString writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    return path;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The words /bin/sh reads from a command line (its first word replaced by printf).
QStringList shellWords(const QString &commandLine, const QString &workDir)
{
    const qsizetype space = commandLine.indexOf(u' ');
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + commandLine.mid(space + 1)});
    p.waitForFinished(10000);
    QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0));
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

// Markdown outside fenced code blocks, with every fence closed by one of its own length.
bool markdownOutsideFences(const QString &md, QString &outside)
{
    QString fence;
    for (const QString &line : md.split(u'\n')) {
        static const QRegularExpression open(QStringLiteral("^(`{3,})"));
        const auto m = open.match(line);
        if (fence.isEmpty()) {
            if (m.hasMatch())
                fence = m.captured(1);
            else
                outside += line + u'\n';
        } else if (line.trimmed() == fence) {
            fence.clear();
        }
    }
    return fence.isEmpty();
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

    ConnectionProfile m_a;
    ConnectionProfile m_b;
    QTemporaryDir m_dir;

    // A fresh copy of side A, to run a script on.
    Result<ConnectionProfile> freshA()
    {
        auto p = test::freshDatabase(QStringLiteral("hostile_target"));
        if (!p)
            return p;
        if (Error e = test::runScript(*p, sideA()))
            return e;
        return p;
    }

    // Runs the script on fresh copies of A (standard_conforming_strings on and off):
    // it must succeed, create B's objects and leave victim alone.
    void applyAndCheck(const QString &script, const QString &what)
    {
        const QString path = writeFile(m_dir.filePath(QStringLiteral("script.sql")), script);
        for (const bool scsOff : {false, true}) {
            auto target = freshA();
            QVERIFY2(target, qPrintable(target.error().fullText()));
            const Ran r = runPsql(*target, path, scsOff);
            QVERIFY2(hasTable(*target, QStringLiteral("public"), QStringLiteral("victim")),
                     qPrintable(what + QStringLiteral(": victim was dropped\n") + r.out + u'\n' + script));
            QVERIFY2(r.exitCode == 0, qPrintable(what + QStringLiteral(" (scs off: %1) failed:\n").arg(scsOff) + r.out + u'\n' + script));
            QVERIFY2(hasTable(*target, kNewline, kNewline), qPrintable(what + QStringLiteral(": the script did not create B's tables")));
            QVERIFY2(hasTable(*target, QStringLiteral("public"), kBlock), qPrintable(what));
            QVERIFY2(!hasTable(*target, QStringLiteral("public"), QStringLiteral("gone\nDROP TABLE victim; --")), qPrintable(what));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        STRATA_VERIFY_OK(test::ensureServer());
        STRATA_VERIFY_OK(test::server().createDatabase(kDbName));
        m_b = test::server().profile(kDbName);
        STRATA_VERIFY_OK(test::runScript(m_b, sideB()));
        auto a = test::freshDatabase(QStringLiteral("hostile_a"));
        QVERIFY(a);
        m_a = *a;
        STRATA_VERIFY_OK(test::runScript(m_a, sideA()));
    }

    void diffOutputsRunWithoutInjection_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("default") << QString();
        QTest::newRow("--sql") << QStringLiteral("--sql");
        QTest::newRow("--json script") << QStringLiteral("--json");
    }

    void diffOutputsRunWithoutInjection()
    {
        QFETCH(QString, mode);
        QStringList args{QStringLiteral("diff"), m_a.displayString(), m_b.displayString()};
        if (!mode.isEmpty())
            args << mode;
        const auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QString script = r.out;
        if (mode == u"--json") {
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
            QVERIFY(doc.isObject());
            script = doc.object().value(QLatin1StringView("script")).toString();
            // Names stay whole in the JSON values.
            bool found = false;
            for (const QJsonValue &o : doc.object().value(QLatin1StringView("objects")).toArray())
                found |= o.toObject().value(QLatin1StringView("name")).toString() == kBlock;
            QVERIFY(found);
        }
        // No comment line of the script carries a raw line break from a name (inside a
        // quoted identifier the line break is the name's own and harmless).
        const QStringList lines = script.split(u'\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(!(lines[i - 1].startsWith(QLatin1StringView("--")) && lines[i].startsWith(QLatin1StringView("DROP TABLE victim"))),
                     qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("x\\nDROP TABLE victim")), qPrintable(script)); // the escaped name in a comment
        applyAndCheck(script, QStringLiteral("diff ") + mode);
    }

    void snapshotDdlRunsWithoutInjection()
    {
        const QString ddl = m_dir.filePath(QStringLiteral("b.sql"));
        const auto r = test::runCli({QStringLiteral("snapshot"), QStringLiteral("--db"), m_b.displayString(), QStringLiteral("--ddl"),
                                     QStringLiteral("--output"), ddl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString text = readFile(ddl);
        QVERIFY2(text.startsWith(QStringLiteral("-- Schema of database hb\\nDROP TABLE victim; --")), qPrintable(text.left(200)));
        for (const bool scsOff : {false, true}) {
            auto target = test::freshDatabase(QStringLiteral("hostile_ddl"));
            QVERIFY(target);
            STRATA_VERIFY_OK(test::runScript(*target, QStringLiteral("CREATE TABLE victim (id int)")));
            // The snapshot has its own public.victim (renamed in the script): the victim
            // an injected "DROP TABLE victim" would find lives in schema keep.
            STRATA_VERIFY_OK(test::runScript(*target, QStringLiteral("CREATE SCHEMA keep; ALTER TABLE victim SET SCHEMA keep; "
                                                                      "ALTER DATABASE %1 SET search_path = public, keep")
                                                           .arg(qi(target->dbname))));
            QString script = text;
            script.replace(QRegularExpression(QStringLiteral("\\bpublic\\.victim\\b")), QStringLiteral("public.victim_b"));
            const QString path = writeFile(m_dir.filePath(QStringLiteral("ddl.sql")), script);
            const Ran ran = runPsql(*target, path, scsOff);
            QVERIFY2(hasTable(*target, QStringLiteral("keep"), QStringLiteral("victim")), qPrintable(ran.out + u'\n' + script));
            QVERIFY2(ran.exitCode == 0, qPrintable(ran.out + u'\n' + script));
            QVERIFY(hasTable(*target, kNewline, kNewline));
        }
    }

    // Markdown, HTML and JSON of a pre-flight over statements on the hostile tables:
    // names stay inside their table cells and code blocks.
    void preflightExportsKeepNamesInside()
    {
        const QString first = QStringLiteral("ALTER TABLE %1.%1 ADD COLUMN z int NOT NULL DEFAULT 0").arg(qi(kNewline));
        const QString sql = first + QStringLiteral(";\nCREATE INDEX %1 ON public.%2 (id);\n"
                                                   "ALTER TABLE public.%2 ADD CONSTRAINT u UNIQUE (v);\n")
                                        .arg(qi(kBlock), qi(kQuotes));
        const QString file = writeFile(m_dir.filePath(QStringLiteral("pre.sql")), sql);
        const QString html = m_dir.filePath(QStringLiteral("pre.html"));
        const auto md = test::runCli({QStringLiteral("preflight"), file, QStringLiteral("--db"), m_b.displayString(), QStringLiteral("--html"), html});
        QVERIFY2(md.exitCode == 0 || md.exitCode == 1, qPrintable(md.out + md.err));
        QString outside;
        QVERIFY2(markdownOutsideFences(md.out, outside), qPrintable(md.out));
        for (const QString &line : outside.split(u'\n'))
            QVERIFY2(!line.startsWith(QLatin1StringView("DROP TABLE victim")) && !line.startsWith(QLatin1StringView("```")), qPrintable(md.out));
        const QString page = readFile(html);
        QVERIFY(!page.isEmpty());
        QVERIFY2(!page.contains(QLatin1StringView("\"dq\\back")), "HTML escapes the double quote");
        QVERIFY(page.contains(QStringLiteral("q&#39;uote&quot;dq\\back")) || page.contains(QStringLiteral("q'uote&quot;dq\\back")));
        const auto json = test::runCli({QStringLiteral("preflight"), file, QStringLiteral("--db"), m_b.displayString(), QStringLiteral("--json")});
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(json.out));
        QCOMPARE(doc.object().value(QLatin1StringView("statements")).toArray().first().toObject().value(QLatin1StringView("sql")).toString(),
                 first);
    }

    // strata-cli run on a hostile table, with a journal path a shell would expand: the
    // --confirm-table hint, the "continue with" hint and the audit report's commands are
    // read back by /bin/sh as the exact words, and nothing they hold runs.
    void runHintsAndReportQuoteEverything()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = freshA();
        QVERIFY(db);
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral("CREATE TABLE public.%1 (id int); INSERT INTO public.%1 VALUES (1), (2);")
                                                  .arg(qi(kShell))));
        const QString script = writeFile(dir.filePath(QStringLiteral("m.sql")),
                                         QStringLiteral("DELETE FROM public.%1;\nCREATE TABLE later (id int);\n").arg(qi(kShell)));
        const QString journal = dir.filePath(QStringLiteral("j $(touch pwned) 'q'.journal"));
        const QString uri = db->displayString();

        // --yes without --confirm-table: the hint names the flag and the table, quoted.
        const auto refused = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), uri, QStringLiteral("--yes"),
                                           QStringLiteral("--journal"), journal});
        QCOMPARE(refused.exitCode, 2);
        QString hint;
        for (const QString &line : refused.err.split(u'\n'))
            if (line.contains(QLatin1StringView("--confirm-table ")))
                hint = line.mid(line.indexOf(QLatin1StringView("--confirm-table ")));
        QVERIFY2(!hint.isEmpty(), qPrintable(refused.err));
        QCOMPARE(shellWords(QStringLiteral("x ") + hint, dir.path()), (QStringList{QStringLiteral("--confirm-table"), kShell}));

        // Stopped at the first prompt: the "continue with" command.
        const auto stopped = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), uri, QStringLiteral("--journal"), journal}, {}, "q\n");
        QCOMPARE(stopped.exitCode, 1);
        const QString marker = QStringLiteral("continue with: ");
        const qsizetype at = stopped.out.indexOf(marker);
        QVERIFY2(at >= 0, qPrintable(stopped.out));
        const QString resume = stopped.out.mid(at + marker.size()).section(u'\n', 0, 0);
        QCOMPARE(shellWords(resume, dir.path()),
                 (QStringList{QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), uri}));

        // Resume with the confirmation and a report: its commands read back exactly.
        const QString report = dir.filePath(QStringLiteral("audit.md"));
        const auto done = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), uri,
                                        QStringLiteral("--yes"), QStringLiteral("--confirm-table"), kShell, QStringLiteral("--report"), report});
        QVERIFY2(done.exitCode == 0, qPrintable(done.out + done.err));
        const QString md = readFile(report);
        QStringList commands;
        for (const QString &line : md.split(u'\n'))
            if (line.startsWith(QLatin1StringView("strata-cli ")))
                commands.append(line);
        QVERIFY2(commands.size() >= 2, qPrintable(md));
        bool restore = false;
        for (const QString &c : std::as_const(commands)) {
            const QStringList words = shellWords(c, dir.path());
            QVERIFY2(words.size() >= 4, qPrintable(c));
            QVERIFY2(words.contains(uri), qPrintable(c));
            const qsizetype t = words.indexOf(QStringLiteral("--table"));
            if (t >= 0) {
                restore = true;
                QCOMPARE(words.value(t + 1), kShell);
                QCOMPARE(words.value(words.indexOf(QStringLiteral("--confirm-table")) + 1), kShell);
            }
            if (words.first() == u"rollback")
                QCOMPARE(words.value(words.indexOf(QStringLiteral("--journal")) + 1), journal);
        }
        QVERIFY2(restore, qPrintable(md));
        for (const char *f : {"pwned", "pwned2", "pwned3"})
            QVERIFY2(!QFile::exists(dir.filePath(QLatin1StringView(f))), f);
    }

    // Issue 21.5: whatever form a connection string with a password takes on the command
    // line, a malformed one never comes back with the password on stdout or stderr.
    void passwordsNeverReachTheTerminal()
    {
        const QString pw = QStringLiteral("Sup3rSecretPw");
        const QString sqlFile = writeFile(m_dir.filePath(QStringLiteral("one.sql")), QStringLiteral("SELECT 1;\n"));
        const QList<QStringList> runs = {
            {QStringLiteral("snapshot"), QStringLiteral("--db"), QStringLiteral("postgresql://app:%1@[::1/app").arg(pw)},
            {QStringLiteral("snapshot"), QStringLiteral("--db"), QStringLiteral("postgresql://app:%1%zz@db/app").arg(pw)},
            {QStringLiteral("snapshot"), QStringLiteral("--db"), QStringLiteral("postgresql://app:%1@db/app?nosuch=1").arg(pw)},
            {QStringLiteral("preflight"), QStringLiteral("--db"), QStringLiteral("host=db password=%1 port=abc").arg(pw), sqlFile},
            {QStringLiteral("preflight"), QStringLiteral("--db"), QStringLiteral("host=db password='%1").arg(pw), sqlFile},
            {QStringLiteral("diff"), QStringLiteral("postgresql:/app:%1@db/x").arg(pw), m_a.displayString()},
            {QStringLiteral("diff"), m_a.displayString(), m_a.displayString(), QStringLiteral("postgresql://app:%1@db/x").arg(pw)},
            {QStringLiteral("run"), sqlFile, QStringLiteral("--db"), QStringLiteral("postgresql://app:%1@[::1/app").arg(pw)},
        };
        for (const QStringList &args : runs) {
            const auto r = test::runCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u'\n' + r.out + r.err));
            QVERIFY2(!QString(r.out + r.err).contains(pw), qPrintable(args.join(u' ') + u'\n' + r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("error: ")), qPrintable(r.err));
        }
    }

    // A restore step is a comment in SQL text (scripts, reports): names and the
    // manifest path stay on its one line.
    void restoreStepCommentStaysOneLine()
    {
        const runbook::Runbook rb = runbook::RunbookBuilder::restoreRunbook(
            QStringLiteral("/tmp/b\nDROP TABLE victim; --/manifest.json"), {runbook::TableRef{kNewline, kBlock}});
        const QString sql = rb.steps.value(0).sql();
        QVERIFY2(!sql.contains(u'\n') && !sql.contains(u'\r'), qPrintable(sql));
        QVERIFY(sql.startsWith(QLatin1StringView("-- ")));
        QVERIFY2(sql.contains(QLatin1StringView("x\\nDROP TABLE victim")), qPrintable(sql));
    }
};

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
