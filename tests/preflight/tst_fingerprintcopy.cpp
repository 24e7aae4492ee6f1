// The client-side fingerprint pass without a server: the binary COPY reader (any chunking,
// NULLs, malformed streams) and the bucket sort that names repeated fingerprints, against
// a plain std::sort reference.

#include "preflight/FingerprintCopy.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>
#include <algorithm>
#include <random>

using namespace strata::preflight;

namespace {

QByteArray header()
{
    QByteArray h("PGCOPY\n\377\r\n\0", 11);
    h.append(QByteArray(8, '\0')); // flags, extension length
    return h;
}

QByteArray be16(qint16 v) { QByteArray b(2, '\0'); qToBigEndian(v, b.data()); return b; }
QByteArray be32(qint32 v) { QByteArray b(4, '\0'); qToBigEndian(v, b.data()); return b; }
QByteArray be64(quint64 v) { QByteArray b(8, '\0'); qToBigEndian(v, b.data()); return b; }

QByteArray tuple(quint64 v) { return be16(1) + be32(8) + be64(v); }
QByteArray nullTuple() { return be16(1) + be32(-1); }
QByteArray trailer() { return be16(-1); }

// Feeds `stream` in chunks whose sizes come from `sizes` (cycled); returns the values.
std::vector<quint64> parse(const QByteArray &stream, const QList<int> &sizes, bool *ok, bool *done, QString *error = nullptr)
{
    FingerprintCopy::Parser p;
    std::vector<quint64> out;
    *ok = true;
    qsizetype at = 0;
    for (int i = 0; at < stream.size(); ++i) {
        const qsizetype n = std::min<qsizetype>(sizes[i % sizes.size()], stream.size() - at);
        if (!p.feed(stream.constData() + at, n, out)) {
            *ok = false;
            break;
        }
        at += n;
    }
    *done = p.done();
    if (error)
        *error = p.error();
    return out;
}

QList<qint64> reference(std::vector<quint64> v)
{
    std::sort(v.begin(), v.end());
    QList<qint64> out;
    for (size_t i = 1; i < v.size(); ++i)
        if (v[i] == v[i - 1] && (out.isEmpty() || out.last() != qint64(v[i])))
            out.append(qint64(v[i]));
    return out;
}

} // namespace

class TestFingerprintCopy : public QObject
{
    Q_OBJECT
private slots:
    void parsesAnyChunking()
    {
        std::vector<quint64> expected;
        QByteArray stream = header();
        QRandomGenerator rng(7);
        for (int i = 0; i < 300; ++i) {
            if (i % 17 == 0) {
                stream += nullTuple(); // a key with a NULL part: no fingerprint
                continue;
            }
            const quint64 v = rng.generate64();
            expected.push_back(v);
            stream += tuple(v);
        }
        stream += trailer();
        // One piece, byte by byte, and sizes that cut the header, field counts, lengths and values.
        const QList<QList<int>> chunkings = {{int(stream.size())}, {1}, {3}, {5, 7}, {13}, {14}, {15}, {19, 1, 2}, {100, 3, 11}};
        for (const QList<int> &sizes : chunkings) {
            bool ok = false, done = false;
            const std::vector<quint64> got = parse(stream, sizes, &ok, &done);
            QVERIFY(ok);
            QVERIFY(done);
            QVERIFY(got == expected);
        }
        // Random chunkings.
        for (int round = 0; round < 50; ++round) {
            QList<int> sizes;
            for (int i = 0; i < 40; ++i)
                sizes.append(1 + int(rng.bounded(40)));
            bool ok = false, done = false;
            QVERIFY(parse(stream, sizes, &ok, &done) == expected);
            QVERIFY(ok && done);
        }
    }

    void emptyResultAndIncompleteStream()
    {
        bool ok = false, done = false;
        QVERIFY(parse(header() + trailer(), {3}, &ok, &done).empty());
        QVERIFY(ok && done);
        // Cut before the end marker: no error yet, but not done either (the caller reports it).
        const QByteArray cut = header() + tuple(42);
        const std::vector<quint64> got = parse(cut, {5}, &ok, &done);
        QVERIFY(ok);
        QVERIFY(!done);
        QCOMPARE(got.size(), size_t(1));
    }

    void rejectsMalformedStreams()
    {
        struct Case { const char *name; QByteArray stream; const char *expect; };
        QByteArray badSignature = header();
        badSignature[1] = 'X';
        QByteArray extension = header();
        extension[18] = 4;
        const QList<Case> cases = {
            {"signature", badSignature + trailer(), "signature"},
            {"header extension", extension + trailer(), "extension"},
            {"two columns", header() + be16(2) + be32(8) + be64(1) + be32(8) + be64(2) + trailer(), "2 columns"},
            {"4-byte value", header() + be16(1) + be32(4) + be32(7) + trailer(), "4 bytes"},
            {"data after the end", header() + trailer() + tuple(1), "after the end"},
        };
        for (const Case &c : cases) {
            for (const QList<int> &sizes : {QList<int>{int(c.stream.size())}, QList<int>{1}}) {
                bool ok = true, done = false;
                QString error;
                parse(c.stream, sizes, &ok, &done, &error);
                QVERIFY2(!ok, c.name);
                QVERIFY2(error.contains(QLatin1StringView(c.expect)), qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(c.name), error)));
            }
        }
    }

    void repeatedValuesMatchAPlainSort()
    {
        QRandomGenerator rng(11);
        // Uniform values with planted repeats (some three times), values that share their high
        // bits (one probe run), 0 (the empty-slot marker) and the extremes, and tiny inputs.
        std::vector<std::vector<quint64>> inputs;
        {
            std::vector<quint64> v;
            for (int i = 0; i < 200000; ++i)
                v.push_back(rng.generate64());
            for (int i = 0; i < 500; ++i)
                v.push_back(v[size_t(rng.bounded(200000))]);
            for (int i = 0; i < 20; ++i)
                v.push_back(v[size_t(i) * 7]);
            std::shuffle(v.begin(), v.end(), std::mt19937_64(3));
            inputs.push_back(v);
        }
        {
            std::vector<quint64> v;
            for (int i = 0; i < 5000; ++i)
                v.push_back((quint64(0xabcd) << 48) | rng.bounded(2000)); // one bucket, many repeats
            inputs.push_back(v);
        }
        inputs.push_back({0, ~quint64(0), 0, ~quint64(0), quint64(1) << 63, quint64(1) << 63, 5, 0});
        inputs.push_back({0, 7});
        inputs.push_back({});
        inputs.push_back({9});
        inputs.push_back({9, 9});
        for (const std::vector<quint64> &v : inputs) {
            QCOMPARE(FingerprintCopy::repeatedValues(v), reference(v));
            // No estimate (a table never analyzed): every bucket lives in its overflow vector.
            FingerprintCopy::Collector unsized(0);
            for (const quint64 x : v)
                unsized.add(x);
            QCOMPARE(unsized.repeated(), reference(v));
            // An estimate far too low: most values overflow their bucket's part of the block.
            FingerprintCopy::Collector low(qint64(v.size() / 50 + 1));
            for (const quint64 x : v)
                low.add(x);
            QCOMPARE(low.repeated(), reference(v));
            low.release();
            QVERIFY(low.repeated().isEmpty());
            // A set sized for far fewer values grows on the way and finds the same.
            FingerprintCopy::Set small(1);
            for (const quint64 x : v)
                small.insert(x);
            QCOMPARE(small.repeated(), reference(v));
        }
        RepeatedFingerprints r;
        r.repeated = {-5, 12, qint64(1) << 62};
        QCOMPARE(r.arrayLiteral(), QStringLiteral("{-5,12,4611686018427387904}"));
        QCOMPARE(RepeatedFingerprints().arrayLiteral(), QStringLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestFingerprintCopy)
#include "tst_fingerprintcopy.moc"
