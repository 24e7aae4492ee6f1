// Consolidation report over fixture chains (dbmate, golang-migrate, a broken dbmate
// folder): every finding with its files and lines.

#include "history/Consolidation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using K = ConsolidationFinding::Kind;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/squash/") + name;
}

QString describe(const ConsolidationReport &r)
{
    QStringList lines;
    for (const ConsolidationFinding &f : r.findings) {
        QStringList locs;
        for (const ChainLocation &l : f.locations)
            locs.append(Consolidation::where(l) + u' ' + l.action);
        lines.append(ConsolidationFinding::kindId(f.kind) + u' ' + f.objectKind + u' ' + f.object + QStringLiteral(" [")
                     + locs.join(QStringLiteral(", ")) + QStringLiteral("] ") + f.message);
    }
    return lines.join(u'\n');
}

const ConsolidationFinding *findingFor(const ConsolidationReport &r, K kind, const QString &object)
{
    for (const ConsolidationFinding &f : r.findings)
        if (f.kind == kind && f.object == object)
            return &f;
    return nullptr;
}

QStringList where(const ConsolidationFinding &f)
{
    QStringList out;
    for (const ChainLocation &l : f.locations)
        out.append(Consolidation::where(l) + u' ' + l.action);
    return out;
}

} // namespace

class TestSquashConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void dbmateChain()
    {
        auto r = Consolidation::analyze(fixture(QStringLiteral("dbmate-chain")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        const QString all = describe(*r);
        QCOMPARE(r->format, QStringLiteral("dbmate"));
        QCOMPARE(r->files, 4);

        const QString init = QStringLiteral("20240101000000_init.sql");
        const QString tickets = QStringLiteral("20240102000000_tickets.sql");
        const QString cleanup = QStringLiteral("20240103000000_cleanup.sql");
        const QString audit = QStringLiteral("20240104000000_audit.sql");

        auto *col = findingFor(*r, K::ColumnAddedThenDropped, QStringLiteral("public.users.legacy_flag"));
        QVERIFY2(col, qPrintable(all));
        QCOMPARE(where(*col), (QStringList{init + QStringLiteral(":4 create"), cleanup + QStringLiteral(":2 drop")}));

        auto *odd = findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.\"odd \"\"name\"\" here\""));
        QVERIFY2(odd, qPrintable(all));
        QCOMPARE(odd->objectKind, QStringLiteral("table"));
        QCOMPARE(where(*odd), (QStringList{init + QStringLiteral(":13 create"), cleanup + QStringLiteral(":3 drop")}));

        auto *tmp = findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.import_tmp"));
        QVERIFY2(tmp, qPrintable(all));
        QCOMPARE(where(*tmp), (QStringList{tickets + QStringLiteral(":10 create"), cleanup + QStringLiteral(":4 drop")}));

        auto *rows = findingFor(*r, K::RowsInsertedThenDeleted, QStringLiteral("public.import_tmp"));
        QVERIFY2(rows, qPrintable(all));
        QCOMPARE(where(*rows), (QStringList{tickets + QStringLiteral(":11 insert"), cleanup + QStringLiteral(":4 drop-table")}));

        auto *idx = findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.users_email_idx"));
        QVERIFY2(idx, qPrintable(all));
        QCOMPARE(idx->objectKind, QStringLiteral("index"));
        QCOMPARE(where(*idx), (QStringList{init + QStringLiteral(":11 create"), cleanup + QStringLiteral(":8 drop")}));

        auto *con = findingFor(*r, K::RewrittenSeveralTimes, QStringLiteral("public.users.users_email_check"));
        QVERIFY2(con, qPrintable(all));
        QCOMPARE(con->count, 2);
        QCOMPARE(where(*con), (QStringList{init + QStringLiteral(":4 create"), cleanup + QStringLiteral(":6 drop"),
                                           cleanup + QStringLiteral(":7 add")}));

        auto *type = findingFor(*r, K::RewrittenSeveralTimes, QStringLiteral("public.ticket_status"));
        QVERIFY2(type, qPrintable(all));
        QCOMPARE(where(*type), (QStringList{init + QStringLiteral(":2 create"), cleanup + QStringLiteral(":5 alter")}));

        auto *fn = findingFor(*r, K::RewrittenSeveralTimes, QStringLiteral("public.touch(int4)"));
        QVERIFY2(fn, qPrintable(all));
        QCOMPARE(fn->count, 3);
        QCOMPARE(where(*fn), (QStringList{init + QStringLiteral(":15 create"), tickets + QStringLiteral(":16 replace"),
                                          cleanup + QStringLiteral(":9 replace")}));

        auto *view = findingFor(*r, K::RewrittenSeveralTimes, QStringLiteral("public.open_tickets"));
        QVERIFY2(view, qPrintable(all));
        QCOMPARE(where(*view), (QStringList{tickets + QStringLiteral(":13 create"), audit + QStringLiteral(":5 replace")}));

        auto *auditRows = findingFor(*r, K::RowsInsertedThenDeleted, QStringLiteral("public.audit"));
        QVERIFY2(auditRows, qPrintable(all));
        QCOMPARE(where(*auditRows), (QStringList{audit + QStringLiteral(":3 insert"), audit + QStringLiteral(":4 delete")}));

        auto *weird = findingFor(*r, K::ColumnAddedThenDropped, QStringLiteral("public.tickets.\"weird \"\"col\"\" name\""));
        QVERIFY2(weird, qPrintable(all));
        QCOMPARE(where(*weird), (QStringList{audit + QStringLiteral(":7 add"), audit + QStringLiteral(":8 drop")}));

        // Nothing else: the surviving tables, columns and the index tickets_user_idx are not findings.
        QCOMPARE(r->findings.size(), 11);
        QVERIFY(!findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.tickets_user_idx")));
        // Findings come in chain order and carry sentences.
        QCOMPARE(r->findings.first().locations.first().file, init);
        for (const ConsolidationFinding &f : r->findings)
            QVERIFY(!f.message.isEmpty());
        QVERIFY(col->message.contains(init + QStringLiteral(":4")));
    }

    void golangMigrateChain()
    {
        auto r = Consolidation::analyze(fixture(QStringLiteral("golang-chain")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        const QString all = describe(*r);
        QCOMPARE(r->format, QStringLiteral("golang-migrate"));
        QCOMPARE(r->files, 3);
        auto *idx = findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.accounts_display_idx"));
        QVERIFY2(idx, qPrintable(all));
        QCOMPARE(where(*idx), (QStringList{QStringLiteral("1_init.up.sql:5 create"), QStringLiteral("2_rework.up.sql:4 drop")}));
        auto *rows = findingFor(*r, K::RowsInsertedThenDeleted, QStringLiteral("public.accounts"));
        QVERIFY2(rows, qPrintable(all));
        QCOMPARE(where(*rows), (QStringList{QStringLiteral("1_init.up.sql:6 insert"), QStringLiteral("2_rework.up.sql:5 truncate")}));
        // Numeric order: 10 after 2.
        // Renames follow the table and the column.
        auto *col = findingFor(*r, K::RewrittenSeveralTimes, QStringLiteral("public.members.id"));
        QVERIFY2(col, qPrintable(all));
        QCOMPARE(col->count, 3);
        QCOMPARE(where(*col), (QStringList{QStringLiteral("1_init.up.sql:1 create"), QStringLiteral("2_rework.up.sql:6 alter"),
                                           QStringLiteral("10_more.up.sql:1 alter")}));
        auto *schema = findingFor(*r, K::CreatedThenDropped, QStringLiteral("scratch"));
        QVERIFY2(schema, qPrintable(all));
        QCOMPARE(schema->objectKind, QStringLiteral("schema"));
        // scratch.tmp went with its schema: covered by the schema's finding.
        QVERIFY2(!findingFor(*r, K::CreatedThenDropped, QStringLiteral("scratch.tmp")), qPrintable(all));
        auto *label = findingFor(*r, K::ColumnAddedThenDropped, QStringLiteral("public.members.label"));
        QVERIFY2(label, qPrintable(all));
        QCOMPARE(where(*label), (QStringList{QStringLiteral("1_init.up.sql:1 create"), QStringLiteral("10_more.up.sql:5 rename"),
                                             QStringLiteral("10_more.up.sql:7 drop")}));
        QCOMPARE(r->findings.size(), 5);
    }

    void brokenFile()
    {
        auto r = Consolidation::analyze(fixture(QStringLiteral("dbmate-broken")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        const QString all = describe(*r);
        QCOMPARE(r->count(K::ParseError), 1);
        const ConsolidationFinding *parse = nullptr;
        for (const ConsolidationFinding &f : r->findings)
            if (f.kind == K::ParseError)
                parse = &f;
        QVERIFY(parse);
        QCOMPARE(parse->object, QStringLiteral("20240102000000_broken.sql"));
        QCOMPARE(parse->locations.first().line, 4);
        QVERIFY2(parse->message.contains(QStringLiteral("20240102000000_broken.sql:4")), qPrintable(parse->message));
        // The files around it are still analysed.
        QVERIFY2(findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.things")), qPrintable(all));
        QVERIFY2(findingFor(*r, K::CreatedThenDropped, QStringLiteral("public.\"a \"\"quoted\"\" thing\"")), qPrintable(all));
        QCOMPARE(r->count(K::NotAnalyzed), 1);
        QCOMPARE(r->findings.size(), 4);
    }

    void unreadableAndOddFiles()
    {
        // Invalid UTF-8, an empty up section and a file name that is not a migration:
        // folder findings, never a crash.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("20240101000000_a.sql"), "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n");
        write(QStringLiteral("20240102000000_b.sql"), "-- migrate:up\nCREATE TABLE b (x text DEFAULT '\xff\xfe');\n");
        write(QStringLiteral("20240103000000_c.sql"), "-- migrate:up\n-- migrate:down\nDROP TABLE a;\n");
        write(QStringLiteral("notes.sql"), "-- migrate:up\nDROP TABLE a;\n");
        auto r = Consolidation::analyze(dir.path(), QStringLiteral("dbmate"));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QCOMPARE(r->files, 1);
        QVERIFY(r->findings.isEmpty());
        QVERIFY(r->folderFindings.size() >= 2);
    }

    void errors()
    {
        auto missing = Consolidation::analyze(fixture(QStringLiteral("no-such-folder")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        auto file = Consolidation::analyze(fixture(QStringLiteral("baseline-equivalent.sql")));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, Error::Kind::Usage);
        QTemporaryDir empty;
        auto none = Consolidation::analyze(empty.path());
        QVERIFY(!none.ok());
        QVERIFY(!none.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSquashConsolidation)
#include "tst_squash_consolidation.moc"
