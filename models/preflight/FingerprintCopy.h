#pragma once
// The fingerprint pass of a key check, de-duplicated in Strata instead of on the server.
//
// The server streams the 64-bit key fingerprints with one COPY ... TO STDOUT (FORMAT
// binary): one scan, no sort, nothing held on the server. Strata files each value into one
// of 256 buckets by its high bits as it arrives, then finds the repeats bucket by bucket
// with a hash set that stays in the CPU cache (the values are hashes already). On 5,000,000 rows this replaces a server-side sort
// of 5,000,000 datums (count(DISTINCT) or GROUP BY ... HAVING), the dominant cost of the
// check. The result is exact in the same sense as the server pass:
// fingerprints that occur more than once; the caller confirms them on the real key.

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <array>
#include <cstdint>
#include <vector>

namespace strata {
class Connection;
}

namespace strata::preflight {

struct RepeatedFingerprints
{
    qint64 rows = 0;             // non-NULL fingerprints read
    bool overLimit = false;      // more rows than allowed: nothing was kept, use the server pass
    QList<qint64> repeated;      // fingerprints that occur at least twice, ascending (as unsigned)
    // The int8[] literal of `repeated` ("{-12,7}"), the parameter of the candidate-rows pass.
    QString arrayLiteral() const;
};

class FingerprintCopy
{
    Q_DECLARE_TR_FUNCTIONS(FingerprintCopy)
public:
    // Runs `copySql` (COPY (SELECT <one int8 column> ...) TO STDOUT (FORMAT binary)) on `c`
    // and returns the repeated values. More than maxRows non-NULL rows: the rest of the
    // stream is read and dropped, and the result says overLimit (the caller falls back to
    // the server-side pass). expectedRows (an estimate, may be <= 0) only sizes the buffer.
    static Result<RepeatedFingerprints> repeated(Connection &c, const QString &copySql, qint64 expectedRows, qint64 maxRows);

    // The values that occur twice or more, ascending (as unsigned). Exposed for tests.
    static QList<qint64> repeatedValues(const std::vector<quint64> &values);

    // A set of 64-bit hash values (open addressing, linear probing on the low bits, at most
    // 70% full) that remembers the values inserted more than once.
    class Set
    {
    public:
        explicit Set(qint64 expected);
        void insert(quint64 v);
        void clear();                   // empty, same capacity
        QList<qint64> repeated() const; // ascending (as unsigned), each once

    private:
        static constexpr double kMaxLoad = 0.7;
        void resize(size_t capacity);
        bool place(quint64 v); // false: it was there already
        std::vector<quint64> m_slots; // 0 = empty
        size_t m_size = 0;
        size_t m_growAt = 0;
        qint64 m_zeros = 0;
        std::vector<quint64> m_repeated;
    };

    // Collects values into 256 buckets by their high 8 bits as they arrive (appends only,
    // cheap enough to keep up with the stream), then de-duplicates bucket by bucket with a
    // Set small enough for the CPU cache. The buckets share one block sized from the
    // estimate (8 bytes a value and an eighth more, backed by huge pages where the kernel
    // has them: a few dozen page faults instead of thousands); a bucket that outgrows its
    // part goes on in a vector of its own.
    class Collector
    {
    public:
        explicit Collector(qint64 expected);
        ~Collector();
        Collector(const Collector &) = delete;
        Collector &operator=(const Collector &) = delete;
        void add(quint64 v)
        {
            const size_t b = size_t(v >> 56);
            if (m_fill[b] < m_per)
                m_block[b * m_per + m_fill[b]++] = v;
            else
                m_overflow[b].push_back(v);
        }
        // Drops every value and the memory (the caller gave up on this pass).
        void release();
        QList<qint64> repeated() const; // ascending (as unsigned), each once

    private:
        static constexpr size_t kBuckets = 256;
        quint64 *m_block = nullptr;
        size_t m_blockBytes = 0;
        size_t m_per = 0; // values per bucket in m_block
        std::array<size_t, kBuckets> m_fill{};
        std::array<std::vector<quint64>, kBuckets> m_overflow;
    };

    // Parses a binary COPY stream of single int8 columns, fed in arbitrary chunks.
    class Parser
    {
    public:
        // Appends the non-NULL values of `data` to `out`. False on a malformed stream
        // (error() says why); true also after the end marker (done()).
        bool feed(const char *data, qsizetype size, std::vector<quint64> &out);
        bool done() const { return m_state == State::Done; }
        QString error() const { return m_error; }

    private:
        enum class State { Header, Tuple, Done, Failed };
        bool fail(const QString &message);
        State m_state = State::Header;
        QByteArray m_pending; // an incomplete header or tuple carried to the next chunk
        QString m_error;
    };
};

} // namespace strata::preflight
