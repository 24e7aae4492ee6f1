// Snapshot JSON: exact round trip of a real snapshot, and clear errors (never a
// crash) for garbage: not JSON, other formats, newer versions, missing or mistyped fields.

#include "CatalogTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::catalog;

class TestSnapshotJson : public QObject
{
    Q_OBJECT
    Snapshot m_s;
    QByteArray m_json;

    Error readError(const QByteArray &json)
    {
        auto r = SnapshotJson::read(json);
        if (r.ok())
            return Error();
        return r.error();
    }

    // The valid file with one change made to its JSON object.
    QByteArray mutated(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = QJsonDocument::fromJson(m_json).object();
        change(root);
        return QJsonDocument(root).toJson();
    }

private slots:
    void initTestCase()
    {
        auto db = test::fixtureDatabase(QStringLiteral("json"));
        STRATA_VERIFY_RESULT(db);
        auto s = test::snapshotOf(*db);
        STRATA_VERIFY_RESULT(s);
        m_s = *s;
        m_json = SnapshotJson::write(m_s);
    }

    void roundTripIsExact()
    {
        auto back = SnapshotJson::read(m_json);
        STRATA_VERIFY_RESULT(back);
        QVERIFY(*back == m_s);
        // Everything, not only the compared parts.
        QCOMPARE(back->serverVersion, m_s.serverVersion);
        QCOMPARE(back->serverVersionNum, m_s.serverVersionNum);
        QCOMPARE(back->database, m_s.database);
        QCOMPARE(back->takenAt, m_s.takenAt);
        QVERIFY(back->scope == m_s.scope);
        QVERIFY(back->tableStats == m_s.tableStats);
        QCOMPARE(SnapshotJson::write(*back), m_json);
    }

    void extremeValuesSurvive()
    {
        Snapshot s;
        s.takenAt = QDateTime::currentDateTimeUtc();
        SequenceDef seq;
        seq.schema = QStringLiteral("s\"ch\\ema\n\t\x01");
        seq.name = QStringLiteral("üñí©ødé 😀");
        seq.options.minValue = std::numeric_limits<qint64>::min();
        seq.options.maxValue = std::numeric_limits<qint64>::max();
        seq.options.increment = -1;
        s.sequences.append(seq);
        TableDef t;
        t.schema = QStringLiteral("a");
        t.name = QString(63, u'x');
        Column c;
        c.name = QString();
        c.type = QStringLiteral("int");
        t.columns.append(c);
        s.tables.append(t);
        s.tableStats.insert(t.key(), {1.0 / 3.0, 7, 8192, 16384, true});
        auto back = SnapshotJson::read(SnapshotJson::write(s));
        STRATA_VERIFY_RESULT(back);
        QVERIFY(*back == s);
        QCOMPARE(back->sequences[0].options.minValue, std::numeric_limits<qint64>::min());
        QCOMPARE(back->sequences[0].options.maxValue, std::numeric_limits<qint64>::max());
        QVERIFY(back->tableStats == s.tableStats);
    }

    void files()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snap shot.json"));
        STRATA_VERIFY_OK(SnapshotJson::writeFile(m_s, path));
        auto back = SnapshotJson::readFile(path);
        STRATA_VERIFY_RESULT(back);
        QVERIFY(*back == m_s);
        auto missing = SnapshotJson::readFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        const Error cannotWrite = SnapshotJson::writeFile(m_s, dir.filePath(QStringLiteral("no/such/dir/x.json")));
        QCOMPARE(cannotWrite.kind, Error::Kind::Io);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("text") << QByteArrayLiteral("hello") << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"", 5) << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << m_json.left(m_json.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArrayLiteral("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("other format") << QByteArrayLiteral("{\"format\":\"something-else\",\"format_version\":1}") << QStringLiteral("format");
        QTest::newRow("no version") << QByteArrayLiteral("{\"format\":\"strata-snapshot\"}") << QStringLiteral("format_version");
        QTest::newRow("text version") << QByteArrayLiteral("{\"format\":\"strata-snapshot\",\"format_version\":\"1\"}") << QStringLiteral("format_version");
        QTest::newRow("fraction version") << QByteArrayLiteral("{\"format\":\"strata-snapshot\",\"format_version\":1.5}") << QStringLiteral("format_version");
        QTest::newRow("newer") << mutated([](QJsonObject &o) { o[QStringLiteral("format_version")] = 2; }) << QStringLiteral("newer");
        QTest::newRow("no tables") << mutated([](QJsonObject &o) { o.remove(QStringLiteral("tables")); }) << QStringLiteral("“tables” is missing");
        QTest::newRow("tables not a list") << mutated([](QJsonObject &o) { o[QStringLiteral("tables")] = 3; }) << QStringLiteral("“tables” should be a list");
        QTest::newRow("table not an object") << mutated([](QJsonObject &o) { o[QStringLiteral("tables")] = QJsonArray{1}; }) << QStringLiteral("tables[0]");
        QTest::newRow("column name missing") << mutated([](QJsonObject &o) {
            QJsonArray tables = o[QStringLiteral("tables")].toArray();
            QJsonObject t = tables[0].toObject();
            QJsonArray cols = t[QStringLiteral("columns")].toArray();
            QJsonObject c = cols[0].toObject();
            c.remove(QStringLiteral("name"));
            cols[0] = c;
            t[QStringLiteral("columns")] = cols;
            tables[0] = t;
            o[QStringLiteral("tables")] = tables;
        }) << QStringLiteral("tables[0].columns[0].name");
        QTest::newRow("not null as text") << mutated([](QJsonObject &o) {
            QJsonArray tables = o[QStringLiteral("tables")].toArray();
            QJsonObject t = tables[0].toObject();
            QJsonArray cols = t[QStringLiteral("columns")].toArray();
            QJsonObject c = cols[0].toObject();
            c[QStringLiteral("not_null")] = QStringLiteral("yes");
            cols[0] = c;
            t[QStringLiteral("columns")] = cols;
            tables[0] = t;
            o[QStringLiteral("tables")] = tables;
        }) << QStringLiteral("true or false");
        QTest::newRow("unknown type kind") << mutated([](QJsonObject &o) {
            QJsonArray types = o[QStringLiteral("types")].toArray();
            QJsonObject t = types[0].toObject();
            t[QStringLiteral("kind")] = QStringLiteral("hyper");
            types[0] = t;
            o[QStringLiteral("types")] = types;
        }) << QStringLiteral("one of enum");
        QTest::newRow("sequence start fraction") << mutated([](QJsonObject &o) {
            QJsonArray seqs = o[QStringLiteral("sequences")].toArray();
            QJsonObject s = seqs[0].toObject();
            QJsonObject opts = s[QStringLiteral("options")].toObject();
            opts[QStringLiteral("start")] = 1.5;
            s[QStringLiteral("options")] = opts;
            seqs[0] = s;
            o[QStringLiteral("sequences")] = seqs;
        }) << QStringLiteral("sequences[0].options.start");
        QTest::newRow("labels not strings") << mutated([](QJsonObject &o) {
            QJsonArray types = o[QStringLiteral("types")].toArray();
            for (qsizetype i = 0; i < types.size(); ++i) {
                QJsonObject t = types[i].toObject();
                if (t[QStringLiteral("kind")] == QStringLiteral("enum")) {
                    t[QStringLiteral("labels")] = QJsonArray{1, 2};
                    types[i] = t;
                }
            }
            o[QStringLiteral("types")] = types;
        }) << QStringLiteral("list of strings");
        QTest::newRow("bad date") << mutated([](QJsonObject &o) { o[QStringLiteral("taken_at")] = QStringLiteral("yesterday"); }) << QStringLiteral("taken_at");
        QTest::newRow("stats not objects") << mutated([](QJsonObject &o) { o[QStringLiteral("table_stats")] = QJsonObject{{QStringLiteral("x"), 1}}; }) << QStringLiteral("table_stats");
        QTest::newRow("scope missing") << mutated([](QJsonObject &o) { o.remove(QStringLiteral("scope")); }) << QStringLiteral("scope");
    }

    void garbage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Error e = readError(json);
        QVERIFY2(e.isError(), "garbage was accepted");
        QCOMPARE(e.kind, Error::Kind::Parse);
        QVERIFY(!e.message.isEmpty());
        const QString all = e.message + u' ' + e.detail;
        QVERIFY2(all.contains(mentions), qPrintable(all));
    }

    void randomDamageNeverCrashes()
    {
        // Flip bytes of a valid file: every result is either a snapshot or an error.
        QRandomGenerator rng(20240611);
        int errors = 0;
        for (int round = 0; round < 200; ++round) {
            QByteArray damaged = m_json;
            for (int k = 0; k < 4; ++k)
                damaged[rng.bounded(int(damaged.size()))] = char(rng.bounded(256));
            auto r = SnapshotJson::read(damaged);
            if (!r.ok()) {
                ++errors;
                QVERIFY(!r.error().message.isEmpty());
            }
        }
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "tst_snapshotjson.moc"
