// Snapshot JSON: exact round trip of a real snapshot, and clear errors (never a
// crash) for garbage: not JSON, other formats, newer versions, missing or mistyped fields.
// The fast reader (SnapshotJsonReader) is checked against the QJsonDocument reader it
// replaced (tst_snapshotjson_domreader.h): same snapshot or an error for the same bytes.

#include "CatalogTestUtil.h"
#include "tst_snapshotjson_domreader.h"

#include <QFile>
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

    void charactersAtEveryPositionSurvive()
    {
        // The writer copies plain ASCII eight characters at a time: a character that needs
        // escaping or UTF-8 must be caught wherever it falls in a block, and in the tail.
        const char16_t specials[] = {0x01, 0x1f, u'"', u'\\', u'\n', 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xfffd};
        Snapshot s;
        s.takenAt = QDateTime::currentDateTimeUtc();
        TableDef t;
        t.schema = QStringLiteral("s");
        t.name = QStringLiteral("t");
        QStringList expected;
        for (int length = 1; length <= 34; ++length) {
            for (int at = 0; at < length; ++at) {
                for (const char16_t special : specials) {
                    QString name(length, u'a');
                    name[at] = QChar(special);
                    Column c;
                    c.name = name;
                    c.type = QStringLiteral("int");
                    t.columns.append(c);
                    expected << name;
                }
            }
            Column plain; // all plain: the whole string in blocks and the tail
            plain.name = QString(length, u'~');
            plain.type = QStringLiteral("int");
            t.columns.append(plain);
            expected << plain.name;
        }
        Column pair;
        pair.name = QStringLiteral("abcdefg") + QString::fromUtf16(u"\U0001F600") + QStringLiteral("hij");
        t.columns.append(pair);
        expected << pair.name;
        s.tables.append(t);
        const QByteArray json = SnapshotJson::write(s);
        auto back = SnapshotJson::read(json);
        STRATA_VERIFY_RESULT(back);
        QCOMPARE(back->tables.size(), 1);
        QStringList read;
        for (const Column &c : back->tables[0].columns)
            read << c.name;
        QCOMPARE(read, expected);
        // And what Qt's own parser reads from it.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray columns = doc[QStringLiteral("tables")][0][QStringLiteral("columns")].toArray();
        QCOMPARE(columns.size(), expected.size());
        for (qsizetype i = 0; i < columns.size(); ++i)
            QCOMPARE(columns[i][QStringLiteral("name")].toString(), expected[i]);
    }

    void streamedInPieces()
    {
        // A large snapshot goes to the sink in pieces of about 1 MB; together they are
        // exactly the whole document, and a failing sink makes write() return false.
        Snapshot s;
        s.takenAt = QDateTime::currentDateTimeUtc();
        const QStringList odd{QStringLiteral("plain"), QStringLiteral("with \"quote\" and \\"), QStringLiteral("üñí©ødé"),
                              QStringLiteral("tab\there"), QStringLiteral("del\x7f"), QStringLiteral("😀")};
        for (int i = 0; i < 20000; ++i) {
            TableDef t;
            t.schema = QStringLiteral("s%1").arg(i % 7);
            t.name = odd[i % odd.size()] + QString::number(i);
            Column c;
            c.name = odd[(i + 1) % odd.size()];
            c.type = QStringLiteral("integer");
            c.comment = odd[(i + 2) % odd.size()];
            t.columns.append(c);
            s.tables.append(t);
            s.tableStats.insert(t.key(), {double(i), i, qint64(i) * 8192, qint64(i) * 16384, false});
        }
        s.sort();
        QList<QByteArray> pieces;
        QVERIFY(SnapshotJson::write(s, [&pieces](QByteArrayView piece) {
            pieces.append(piece.toByteArray());
            return true;
        }));
        QVERIFY2(pieces.size() > 2, qPrintable(QString::number(pieces.size())));
        QByteArray joined;
        for (const QByteArray &piece : std::as_const(pieces)) {
            QVERIFY(!piece.isEmpty());
            QVERIFY2(piece.size() < (1 << 20) + (1 << 16), qPrintable(QString::number(piece.size())));
            joined += piece;
        }
        const QByteArray whole = SnapshotJson::write(s);
        QCOMPARE(joined, whole);
        auto back = SnapshotJson::read(whole);
        STRATA_VERIFY_RESULT(back);
        QVERIFY(*back == s);
        QCOMPARE(back->tables[0].name, s.tables[0].name);
        // The same text as a JSON library writes for the odd strings.
        for (const QString &text : odd) {
            Snapshot one;
            SchemaDef d;
            d.name = text;
            one.schemas.append(d);
            const QJsonDocument doc = QJsonDocument::fromJson(SnapshotJson::write(one));
            QCOMPARE(doc.object().value(QStringLiteral("schemas")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), text);
        }
        int calls = 0;
        QVERIFY(!SnapshotJson::write(s, [&calls](QByteArrayView) { return ++calls == 1; }));
        QCOMPARE(calls, 2); // nothing more is sent after the sink failed
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
        QTest::newRow("newer") << mutated([](QJsonObject &o) { o[QStringLiteral("format_version")] = SnapshotJson::kFormatVersion + 1; }) << QStringLiteral("newer");
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

    // JSON the grammar forbids, read by both readers: an error from each.
    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray head = QByteArrayLiteral("{\"format\":\"strata-snapshot\",\"format_version\":1,\"x\":");
        QTest::newRow("trailing comma in list") << head + "[1,2,]}";
        QTest::newRow("trailing comma in object") << head + "{\"a\":1,}}";
        QTest::newRow("missing colon") << head + "{\"a\" 1}}";
        QTest::newRow("missing comma") << head + "[1 2]}";
        QTest::newRow("unquoted key") << head + "{a:1}}";
        QTest::newRow("single quotes") << head + "'x'}";
        QTest::newRow("bad escape") << head + "\"a\\qb\"}";
        QTest::newRow("short unicode escape") << head + "\"\\u12\"}";
        QTest::newRow("invalid utf-8") << head + "\"a\xff\"}";
        QTest::newRow("overlong utf-8") << head + "\"\xc0\xaf\"}";
        QTest::newRow("utf-8 surrogate") << head + "\"\xed\xa0\x80\"}";
        QTest::newRow("cut utf-8") << head + "\"\xe2\x82\"}";
        QTest::newRow("leading zero") << head + "01}";
        QTest::newRow("plus sign") << head + "+1}";
        QTest::newRow("bare minus") << head + "-}";
        QTest::newRow("dot without digits") << head + "1.}";
        QTest::newRow("exponent without digits") << head + "1e}";
        QTest::newRow("hex number") << head + "0x10}";
        QTest::newRow("NaN") << head + "NaN}";
        QTest::newRow("number too large") << head + "1e400}";
        QTest::newRow("number too small") << head + "1e-400}";
        QTest::newRow("integer too large") << head + QByteArray(400, '9') + '}';
        QTest::newRow("bad literal") << head + "tru}";
        QTest::newRow("capital literal") << head + "True}";
        QTest::newRow("unterminated string") << head + "\"abc";
        QTest::newRow("unterminated object") << head + "{\"a\":1";
        QTest::newRow("unterminated list") << head + "[1,2";
        QTest::newRow("number at the end") << QByteArrayLiteral("12");
        QTest::newRow("two documents") << QByteArrayLiteral("{}{}");
        QTest::newRow("garbage after") << QByteArrayLiteral("{} x");
        QTest::newRow("only whitespace") << QByteArrayLiteral(" \n\t ");
        QTest::newRow("deep nesting") << head + QByteArray(5000, '[') + QByteArray(5000, ']') + '}';
    }

    void badJson()
    {
        QFETCH(QByteArray, json);
        const Error e = readError(json);
        QVERIFY2(e.isError(), "bad JSON was accepted");
        QCOMPARE(e.kind, Error::Kind::Parse);
        QVERIFY2(e.detail.contains(QStringLiteral("not valid JSON")), qPrintable(e.message + u' ' + e.detail));
        QVERIFY2(!domreader::domReadSnapshot(json).ok(), "the reference reader accepts it");
    }

    // What older files or other writers may hold: any key order, whitespace,
    // escapes where none are needed, a byte order mark, repeated keys (the last
    // wins), numbers written as 1.0 or 1e0, unknown fields. All read as before.
    void tolerantInput()
    {
        // Keys sorted and indented (QJsonDocument's own output).
        const QByteArray indented = QJsonDocument::fromJson(m_json).toJson(QJsonDocument::Indented);
        QVERIFY(indented != m_json);
        auto back = SnapshotJson::read(indented);
        STRATA_VERIFY_RESULT(back);
        QVERIFY(*back == m_s);
        QCOMPARE(SnapshotJson::write(*back), m_json);
        // A byte order mark, CRLF line ends.
        QByteArray crlf = m_json;
        crlf.replace("\n", "\r\n");
        back = SnapshotJson::read(QByteArray("\xef\xbb\xbf") + crlf);
        STRATA_VERIFY_RESULT(back);
        QCOMPARE(SnapshotJson::write(*back), m_json);

        const QByteArray small = QByteArrayLiteral(
            "{\"format\":\"strata-snapshot\",\"format_version\":1.0,\"server_version\":\"15.4\","
            "\"server_version_num\":1.50004e5,\"taken_at\":\"2024-06-11T10:00:00.000Z\",\"database\":\"d\\u00e9\","
            "\"scope\":{\"grants\":true,\"owners\":false,\"future_field\":[1,{\"a\":null}]},"
            "\"schemas\":[{\"name\":\"old\",\"name\":\"s\\u0063h\\/x\",\"grants\":[{\"privilege\":\"USAGE\",\"grantee\":\"\"}]}],"
            "\"extensions\":[],\"types\":[],\"sequences\":[{\"schema\":\"s\",\"name\":\"q\",\"options\":{\"data_type\":\"bigint\","
            "\"start\":-5,\"increment\":2E0,\"min\":-9223372036854775808,\"max\":9223372036854775807,\"cache\":1}}],"
            "\"tables\":[{\"name\":\"t\",\"schema\":\"s\",\"columns\":[{\"type\":\"text\",\"name\":\"\\ud83d\\ude00\"}]}],"
            "\"constraints\":[],\"indexes\":[],\"views\":[],\"functions\":[],\"triggers\":[],\"policies\":[],"
            "\"table_stats\":{\"table:s.t\":{\"rows\":-1,\"pages\":0,\"table_bytes\":0,\"total_bytes\":8192}}}");
        auto r = SnapshotJson::read(small);
        STRATA_VERIFY_RESULT(r);
        QCOMPARE(r->serverVersionNum, 150004);
        QCOMPARE(r->database, QStringLiteral("d\u00e9"));
        QVERIFY(!r->scope.owners);
        QCOMPARE(r->schemas.size(), 1);
        QCOMPARE(r->schemas[0].name, QStringLiteral("sch/x"));
        QCOMPARE(r->schemas[0].grants.size(), 1);
        QCOMPARE(r->sequences[0].options.start, qint64(-5));
        QCOMPARE(r->sequences[0].options.increment, qint64(2));
        QCOMPARE(r->sequences[0].options.minValue, std::numeric_limits<qint64>::min());
        QCOMPARE(r->tables[0].columns[0].name, QString::fromUtf8("\xf0\x9f\x98\x80"));
        QCOMPARE(r->tableStats.value(QStringLiteral("table:s.t")).totalBytes, qint64(8192));
        auto ref = domreader::domReadSnapshot(small);
        STRATA_VERIFY_RESULT(ref);
        QCOMPARE(SnapshotJson::write(*r), SnapshotJson::write(*ref));
    }

    // Lists in any order read back sorted by key; Snapshot::sort checks the order
    // without building keys, and must agree with key() for names that need quoting.
    void readSortsByKey()
    {
        Snapshot shuffled = m_s;
        std::reverse(shuffled.tables.begin(), shuffled.tables.end());
        std::reverse(shuffled.constraints.begin(), shuffled.constraints.end());
        std::reverse(shuffled.functions.begin(), shuffled.functions.end());
        auto back = SnapshotJson::read(SnapshotJson::write(shuffled));
        STRATA_VERIFY_RESULT(back);
        QVERIFY(*back == m_s);

        const QStringList names = {QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("\"x"),
                                   QStringLiteral("select"), QStringLiteral("a.b"), QStringLiteral("a b"), QString(),
                                   QStringLiteral("\u00e4"), QStringLiteral("a_"), QStringLiteral("a("), QStringLiteral("_1")};
        QRandomGenerator rng(7);
        for (int round = 0; round < 3000; ++round) {
            Snapshot s;
            const int count = 2 + int(rng.bounded(2)); // short lists: often in order already, which sort() must judge right
            for (int k = 0; k < count; ++k) {
                const QString &schema = names[rng.bounded(int(names.size()))];
                const QString &name = names[rng.bounded(int(names.size()))];
                TableDef t;
                t.schema = schema;
                t.name = name;
                s.tables.append(t);
                ConstraintDef c;
                c.schema = schema;
                c.table = name;
                c.name = names[rng.bounded(int(names.size()))];
                s.constraints.append(c);
                FunctionDef f;
                f.schema = schema;
                f.name = name;
                f.procedure = rng.bounded(2);
                f.argumentTypes = names[rng.bounded(int(names.size()))];
                s.functions.append(f);
                ViewDef v;
                v.schema = schema;
                v.name = name;
                v.materialized = rng.bounded(2);
                s.views.append(v);
            }
            s.sort();
            auto sortedKeys = [](const auto &list) {
                for (qsizetype i = 1; i < list.size(); ++i)
                    if (list[i].key() < list[i - 1].key())
                        return false;
                return true;
            };
            QVERIFY(sortedKeys(s.tables));
            QVERIFY(sortedKeys(s.constraints));
            QVERIFY(sortedKeys(s.functions));
            QVERIFY(sortedKeys(s.views));
        }
    }

    // A file written before this reader (the fuzz seed, indented by hand) still reads,
    // to the same snapshot as the reference reader gives.
    void oldFileStillReads()
    {
        const QString path = QFINDTESTDATA("../fuzz/corpus_snapshot/small.json");
        QVERIFY2(!path.isEmpty(), "tests/fuzz/corpus_snapshot/small.json not found");
        auto fast = SnapshotJson::readFile(path);
        STRATA_VERIFY_RESULT(fast);
        QVERIFY(fast->objectCount() > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto ref = domreader::domReadSnapshot(f.readAll());
        STRATA_VERIFY_RESULT(ref);
        QCOMPARE(SnapshotJson::write(*fast), SnapshotJson::write(*ref));
    }

    // A format-1 file (no dependency graph) still reads, and says it has no graph.
    void formatOneHasNoGraph()
    {
        const QString path = QFINDTESTDATA("../fuzz/corpus_snapshot/small.json");
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        QVERIFY(json.contains("\"format_version\": 1,"));
        auto old = SnapshotJson::read(json);
        STRATA_VERIFY_RESULT(old);
        QVERIFY(!old->dependenciesKnown);
        QVERIFY(old->dependencies.isEmpty());
        Snapshot withGraph = *old;
        withGraph.dependencies = {{QStringLiteral("view:public.v"), QStringLiteral("table:public.t")}};
        auto back = SnapshotJson::read(SnapshotJson::write(withGraph));
        STRATA_VERIFY_RESULT(back);
        QVERIFY(back->dependenciesKnown);
        QCOMPARE(back->dependencies, withGraph.dependencies);
    }

    // The same snapshot as the reference reader for every valid file, and the same
    // field in the message for every invalid one.
    void sameAsReferenceReader()
    {
        auto ref = domreader::domReadSnapshot(m_json);
        STRATA_VERIFY_RESULT(ref);
        auto fast = SnapshotJson::read(m_json);
        STRATA_VERIFY_RESULT(fast);
        QVERIFY(*fast == *ref);
        QVERIFY(fast->tableStats == ref->tableStats);
        QCOMPARE(fast->takenAt, ref->takenAt);
        QCOMPARE(SnapshotJson::write(*fast), SnapshotJson::write(*ref));
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
        // The reference reader refuses it too, for the same reason.
        auto ref = domreader::domReadSnapshot(json);
        QVERIFY(!ref.ok());
        if (!mentions.contains(QStringLiteral("not valid JSON")))
            QCOMPARE(e.message + u' ' + e.detail, ref.error().message + u' ' + ref.error().detail);
    }

    void randomDamageNeverCrashes()
    {
        // Flip bytes of a valid file: every result is either a snapshot or an error.
        QRandomGenerator rng(20240611);
        int errors = 0;
        for (int round = 0; round < 1000; ++round) {
            QByteArray damaged = m_json;
            for (int k = 0; k < 4; ++k)
                damaged[rng.bounded(int(damaged.size()))] = char(rng.bounded(256));
            auto r = SnapshotJson::read(damaged);
            auto ref = domreader::domReadSnapshot(damaged);
            // QJsonDocument takes an unknown escape ("\q") as the character itself; the
            // reader rejects it, as JSON does. Only that may differ.
            if (!r.ok() && ref.ok() && r.error().detail.contains(QStringLiteral("invalid escape sequence"))) {
                ++errors;
                continue;
            }
            QVERIFY2(r.ok() == ref.ok(), qPrintable(QStringLiteral("round %1: fast %2, reference %3")
                                                        .arg(round)
                                                        .arg(r.ok() ? QStringLiteral("ok") : r.error().detail,
                                                             ref.ok() ? QStringLiteral("ok") : ref.error().detail)));
            if (!r.ok()) {
                ++errors;
                QVERIFY(!r.error().message.isEmpty());
                if (!r.error().detail.contains(QStringLiteral("not valid JSON")))
                    QCOMPARE(r.error().detail, ref.error().detail);
            } else {
                QCOMPARE(SnapshotJson::write(*r), SnapshotJson::write(*ref));
            }
        }
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "tst_snapshotjson.moc"
