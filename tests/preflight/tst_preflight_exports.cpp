// Issue 22, items 6, 8 and 9: the pre-flight names file lines everywhere (the first
// token's line, in a dbmate file whose up section starts below its marker, through the
// CLI, Preflight::run on the up section alone and the runbook), and its three exports
// carry the same content: every statement whole with numbers from 1 and its kind in SQL
// words, every finding with its statement, and every data-check query.

#include "PreflightTestUtil.h"
#include "history/DbmateFormat.h"
#include "preflight/ReportExport.h"
#include "runbook/RunbookBuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::preflight;

namespace {

// Line 1: the marker; the statements start at lines 4, 6 and 9; the down section's
// statement at line 13.
const char *kMigration =
    "-- migrate:up\n"                                           // 1
    "-- Agents get a handle per workspace.\n"                   // 2
    "\n"                                                        // 3
    "SET lock_timeout = '5s';\n"                                // 4
    "\n"                                                        // 5
    "ALTER TABLE agents DROP CONSTRAINT agents_handle_key;\n"   // 6
    "/* the new key\n"                                          // 7
    "   per workspace */\n"                                     // 8
    "ALTER TABLE agents ADD CONSTRAINT agents_ws_handle_key UNIQUE (workspace_id, handle);\n" // 9
    "\n"                                                        // 10
    "-- migrate:down\n"                                         // 11
    "-- back to one handle everywhere\n"                        // 12
    "ALTER TABLE agents DROP CONSTRAINT agents_ws_handle_key;\n" // 13
    "ALTER TABLE agents ADD CONSTRAINT agents_handle_key UNIQUE (handle);\n"; // 14

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

QByteArray cli(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(STRATA_CLI_PATH), args);
    p.waitForFinished(120000);
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

QList<int> linesOf(const PreflightReport &r)
{
    QList<int> l;
    for (const StatementReport &s : r.statements)
        l.append(s.line);
    return l;
}

} // namespace

class TestPreflightExports : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

private slots:
    void initTestCase()
    {
        auto db = test::freshDatabase(QStringLiteral("pfexp"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        // Handles shared across workspaces: the down section's old key collides.
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE agents(id bigint PRIMARY KEY, workspace_id bigint NOT NULL, handle text NOT NULL);"
            "INSERT INTO agents SELECT g, g % 3, 'agent' || (g % 40) FROM generate_series(1, 120) g;"
            "ALTER TABLE agents ADD CONSTRAINT agents_handle_key UNIQUE (id, handle);")));
    }

    // The whole file (CLI), the up section alone with its first line (as History sends
    // it), and the runbook: the same file lines, those of each statement's first token.
    void linesAreFileLines()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("20240101000000_ws_handles.sql"), QString::fromUtf8(kMigration));
        const QJsonObject j = QJsonDocument::fromJson(cli({QStringLiteral("preflight"), QStringLiteral("--json"), file})).object();
        QList<int> cliLines;
        for (const QJsonValue &s : j.value(QLatin1StringView("statements")).toArray())
            cliLines.append(s.toObject().value(QLatin1StringView("line")).toInt());
        QCOMPARE(cliLines, (QList<int>{4, 6, 9}));

        auto m = DbmateFormat::parse(QStringLiteral("20240101000000_ws_handles.sql"), QString::fromUtf8(kMigration));
        QVERIFY(m);
        QCOMPARE(m->upLine, 2);
        PreflightOptions o;
        o.firstLine = m->upLine;
        o.rollbackSql = m->downSql;
        o.rollbackFirstLine = 12; // the down section's first line in the file
        STRATA_REPORT(offline, Preflight::run(m->upSql, nullptr, o));
        QCOMPARE(linesOf(offline), (QList<int>{4, 6, 9}));
        STRATA_REPORT(online, test::preflightOn(m_db, m->upSql, o));
        QCOMPARE(linesOf(online), (QList<int>{4, 6, 9}));
        bool rollbackLine = false;
        for (const preflight::Finding &f : online.findings)
            rollbackLine |= f.message.contains(QLatin1StringView("line 14")) || f.check.contains(QLatin1StringView("line 14"));
        QVERIFY2(rollbackLine, qPrintable(test::rulesOf(online))); // the down section's key, on its file line

        // A syntax error on file line 9, through both paths.
        QString broken = QString::fromUtf8(kMigration);
        broken.replace(QStringLiteral("UNIQUE (workspace_id, handle)"), QStringLiteral("UNIQUE (workspace_id,, handle)"));
        QByteArray err;
        cli({QStringLiteral("preflight"), writeFile(dir, QStringLiteral("20240102000000_broken.sql"), broken)}, &err);
        QVERIFY2(err.contains("line 9,"), err.constData());
        auto bm = DbmateFormat::parse(QStringLiteral("20240102000000_broken.sql"), broken);
        QVERIFY(bm);
        PreflightOptions bo;
        bo.firstLine = bm->upLine;
        auto bad = Preflight::run(bm->upSql, nullptr, bo);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1StringView("line 9,")), qPrintable(bad.error().message));
        // The position still points into the text given (the editor's).
        QCOMPARE(bm->upSql.mid(bad.error().position - 1, 2), QStringLiteral(", "));

        // The runbook: steps on the same lines (SET is carried by the steps, not one).
        auto rb = runbook::RunbookBuilder::fromMigrationFile(file);
        QVERIFY2(rb, qPrintable(rb ? QString() : rb.error().fullText()));
        QList<int> stepLines;
        for (const runbook::RunbookStep &s : rb->steps)
            stepLines.append(s.line);
        QCOMPARE(stepLines.first(), 6);
        QVERIFY(stepLines.contains(9) || stepLines.size() == 1);
        auto fromUp = runbook::RunbookBuilder::fromSql(m->upSql, runbook::SourceKind::SqlScript, file, {}, m->upLine);
        QVERIFY(fromUp);
        QCOMPARE(fromUp->steps.first().line, 6);
    }

    // Markdown, HTML and JSON of one report: the same statements (whole, numbered from 1,
    // with the same lines and kinds), the same findings and the same queries.
    void exportsCarryTheSameContent()
    {
        QString longStatement = QStringLiteral("COMMENT ON TABLE agents IS '");
        for (int i = 0; i < 40; ++i)
            longStatement += QStringLiteral("a long comment that no export may cut %1; ").arg(i);
        longStatement += QStringLiteral("the end'");
        const QString sql = QStringLiteral("SET lock_timeout = '5s';\n") + longStatement
                            + QStringLiteral(";\nALTER TABLE agents ADD CONSTRAINT agents_h UNIQUE (handle);\n"
                                             "CREATE INDEX agents_ws ON agents (workspace_id);\n");
        PreflightOptions o;
        o.source = QStringLiteral("exports.sql");
        STRATA_REPORT(r, test::preflightOn(m_db, sql, o));
        const QJsonObject j = QJsonDocument::fromJson(ReportExport::toJson(r)).object();
        const QString md = ReportExport::toMarkdown(r);
        const QString html = ReportExport::toHtml(r);
        QCOMPARE(j.value(QLatin1StringView("format_version")).toInt(), ReportExport::kJsonFormatVersion);

        const QJsonArray statements = j.value(QLatin1StringView("statements")).toArray();
        QCOMPARE(statements.size(), 4);
        int expected = 1;
        for (const QJsonValue &v : statements) {
            const QJsonObject s = v.toObject();
            const int number = s.value(QLatin1StringView("number")).toInt();
            QCOMPARE(number, expected++);
            const QString kind = s.value(QLatin1StringView("kind")).toString();
            QVERIFY2(!kind.endsWith(QLatin1StringView("Stmt")) && kind == kind.toUpper(), qPrintable(kind));
            const QString text = s.value(QLatin1StringView("sql")).toString();
            const QString heading = QStringLiteral("Statement %1 (line %2), %3").arg(number).arg(s.value(QLatin1StringView("line")).toInt()).arg(kind);
            QVERIFY2(md.contains(heading), qPrintable(heading));
            QVERIFY2(html.contains(heading.toHtmlEscaped()), qPrintable(heading));
            QVERIFY2(md.contains(text + u';'), qPrintable(text.left(80)));
            QVERIFY2(html.contains(QString(text + u';').toHtmlEscaped()), qPrintable(text.left(80)));
        }
        QCOMPARE(statements.at(0).toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("SET"));
        QCOMPARE(statements.at(1).toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("COMMENT"));
        QCOMPARE(statements.at(2).toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("ALTER TABLE"));
        QCOMPARE(statements.at(3).toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("CREATE INDEX"));
        QVERIFY2(statements.at(1).toObject().value(QLatin1StringView("sql")).toString().size() > 1000, "the long statement is whole");
        for (const QString &doc : {md, html})
            QVERIFY2(!doc.contains(QLatin1StringView("Stmt")), "parser node names stay out of the documents");

        int queries = 0;
        const QJsonArray findings = j.value(QLatin1StringView("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            const QString rule = f.value(QLatin1StringView("rule")).toString();
            const QString heading = QStringLiteral("%1. [%2] %3").arg(f.value(QLatin1StringView("number")).toInt())
                                        .arg(f.value(QLatin1StringView("severity")).toString().toUpper(), rule);
            QVERIFY2(md.contains(heading), qPrintable(heading));
            QVERIFY2(html.contains(heading.toHtmlEscaped()), qPrintable(heading));
            QVERIFY2(md.contains(f.value(QLatin1StringView("message")).toString()), qPrintable(rule));
            QVERIFY2(html.contains(f.value(QLatin1StringView("message")).toString().toHtmlEscaped()), qPrintable(rule));
            if (!f.value(QLatin1StringView("statement")).isNull()) {
                const int n = f.value(QLatin1StringView("statement")).toInt();
                QVERIFY(n >= 1 && n <= statements.size());
                const QString st = QStringLiteral("Statement %1 (line %2)").arg(n).arg(f.value(QLatin1StringView("line")).toInt());
                QVERIFY2(md.contains(st) && html.contains(st), qPrintable(st));
            }
            const QString query = f.value(QLatin1StringView("query")).toString();
            if (!query.isEmpty()) {
                ++queries;
                QVERIFY2(md.contains(query), qPrintable(query));
                QVERIFY2(html.contains(query.toHtmlEscaped()), qPrintable(query));
            }
        }
        QVERIFY2(queries > 0, "the duplicate-key check's query is in the exports");
        // The colliding groups of the duplicate check: in all three.
        bool groups = false;
        for (const QJsonValue &v : findings) {
            const QJsonArray rows = v.toObject().value(QLatin1StringView("groups")).toObject().value(QLatin1StringView("rows")).toArray();
            if (rows.isEmpty())
                continue;
            groups = true;
            const QString value = rows.first().toArray().first().toString();
            QVERIFY2(md.contains(value) && html.contains(value.toHtmlEscaped()), qPrintable(value));
        }
        QVERIFY(groups);
    }
};

QTEST_GUILESS_MAIN(TestPreflightExports)
#include "tst_preflight_exports.moc"
