#include "FingerprintCopy.h"

#include "pg/Connection.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>
#ifdef __linux__
#include <sys/mman.h>
#else
#include <cstdlib>
#endif

namespace strata::preflight {

namespace {
// "PGCOPY\n\377\r\n\0", then a 32-bit flags field and a 32-bit header extension length.
constexpr char kSignature[11] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
constexpr qsizetype kHeaderSize = 11 + 4 + 4;
} // namespace

QString RepeatedFingerprints::arrayLiteral() const
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < repeated.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(repeated[i]);
    }
    out += u'}';
    return out;
}

bool FingerprintCopy::Parser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    return false;
}

bool FingerprintCopy::Parser::feed(const char *data, qsizetype size, std::vector<quint64> &out)
{
    // A tuple is an int16 field count (-1 ends the stream), then per field an int32 length
    // (-1 = NULL) and the value. Whole tuples are read straight from `data`; only one cut by
    // a chunk boundary is gathered in m_pending first.
    const char *p = data;
    const char *const end = data + size;
    // Length of the unit starting at `u` given `have` bytes of it: 0 = not known yet (need
    // more bytes), -1 = malformed (m_error set).
    auto unitLength = [this](const char *u, qsizetype have) -> qsizetype {
        if (m_state == State::Header)
            return kHeaderSize;
        if (have < 2)
            return 0;
        const qint16 fields = qFromBigEndian<qint16>(u);
        if (fields == -1)
            return 2;
        if (fields != 1) {
            fail(tr("The COPY stream has %1 columns; the fingerprint pass reads one.").arg(fields));
            return -1;
        }
        if (have < 6)
            return 0;
        const qint32 length = qFromBigEndian<qint32>(u + 2);
        if (length == -1)
            return 6;
        if (length != 8) {
            fail(tr("The COPY stream has a value of %1 bytes; a fingerprint has 8.").arg(length));
            return -1;
        }
        return 14;
    };
    auto consume = [&](const char *u, qsizetype length) -> bool {
        if (m_state == State::Header) {
            if (std::memcmp(u, kSignature, sizeof kSignature) != 0)
                return fail(tr("The COPY stream does not start with the binary COPY signature."));
            if (qFromBigEndian<qint32>(u + 15) != 0)
                return fail(tr("The COPY stream has a header extension, which this reader does not expect."));
            m_state = State::Tuple;
        } else if (length == 2) {
            m_state = State::Done;
        } else if (length == 14) {
            out.push_back(qFromBigEndian<quint64>(u + 6));
        } // 6: a NULL fingerprint (a NULL key part), which never collides
        return true;
    };
    while (p < end) {
        if (m_state == State::Failed)
            return false;
        if (m_state == State::Done)
            return fail(tr("The server sent data after the end of the COPY stream."));
        if (m_pending.isEmpty()) {
            const qsizetype length = unitLength(p, end - p);
            if (length < 0)
                return false;
            if (length > 0 && end - p >= length) {
                if (!consume(p, length))
                    return false;
                p += length;
                continue;
            }
        }
        // Gather the unit in m_pending, a few bytes at a time until its length is known.
        for (;;) {
            qsizetype length = unitLength(m_pending.constData(), m_pending.size());
            if (length < 0)
                return false;
            const qsizetype want = length > 0 ? length : m_pending.size() + 1;
            const qsizetype add = std::min<qsizetype>(want - m_pending.size(), end - p);
            m_pending.append(p, add);
            p += add;
            length = unitLength(m_pending.constData(), m_pending.size());
            if (length < 0)
                return false;
            if (length > 0 && m_pending.size() >= length) {
                const bool ok = consume(m_pending.constData(), length);
                m_pending.clear();
                if (!ok)
                    return false;
                break;
            }
            if (p == end)
                return true;
        }
    }
    return m_state != State::Failed;
}

FingerprintCopy::Set::Set(qint64 expected)
{
    size_t capacity = 1024;
    while (expected > 0 && double(capacity) * kMaxLoad < double(expected))
        capacity *= 2;
    resize(capacity);
}

void FingerprintCopy::Set::resize(size_t capacity)
{
    std::vector<quint64> old;
    old.swap(m_slots);
    m_slots.assign(capacity, 0);
    m_growAt = size_t(double(capacity) * kMaxLoad);
    m_size = 0;
    for (const quint64 v : old)
        if (v != 0)
            place(v);
}

void FingerprintCopy::Set::insert(quint64 v)
{
    if (v == 0) { // 0 marks an empty slot: counted on the side
        if (m_zeros++ == 1)
            m_repeated.push_back(0);
        return;
    }
    if (!place(v))
        return;
    if (m_size > m_growAt)
        resize(m_slots.size() * 2);
}

bool FingerprintCopy::Set::place(quint64 v)
{
    // The values are hashes already: their low bits pick the slot (the high bits pick the
    // Collector's bucket); linear probing after.
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(v) & mask;; i = (i + 1) & mask) {
        quint64 &slot = m_slots[i];
        if (slot == 0) {
            slot = v;
            ++m_size;
            return true;
        }
        if (slot == v) {
            m_repeated.push_back(v); // seen before (possibly more than once: deduplicated at the end)
            return false;
        }
    }
}

QList<qint64> FingerprintCopy::Set::repeated() const
{
    std::vector<quint64> r = m_repeated;
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    QList<qint64> out;
    out.reserve(qsizetype(r.size()));
    for (const quint64 v : r)
        out.append(qint64(v));
    return out;
}

void FingerprintCopy::Set::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_size = 0;
    m_zeros = 0;
    m_repeated.clear();
}

FingerprintCopy::Collector::Collector(qint64 expected)
{
    if (expected <= 0)
        return;
    m_per = size_t(expected) / kBuckets + size_t(expected) / kBuckets / 8 + 64;
    m_blockBytes = m_per * kBuckets * sizeof(quint64);
#ifdef __linux__
    void *p = mmap(nullptr, m_blockBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        m_per = 0;
        m_blockBytes = 0;
        return;
    }
    madvise(p, m_blockBytes, MADV_HUGEPAGE); // a hint: no huge pages, no harm
    m_block = static_cast<quint64 *>(p);
#else
    m_block = static_cast<quint64 *>(std::malloc(m_blockBytes));
    if (!m_block) {
        m_per = 0;
        m_blockBytes = 0;
    }
#endif
}

FingerprintCopy::Collector::~Collector()
{
    release();
}

void FingerprintCopy::Collector::release()
{
    if (m_block) {
#ifdef __linux__
        munmap(m_block, m_blockBytes);
#else
        std::free(m_block);
#endif
    }
    m_block = nullptr;
    m_blockBytes = 0;
    m_per = 0;
    m_fill.fill(0);
    for (std::vector<quint64> &o : m_overflow)
        std::vector<quint64>().swap(o);
}

QList<qint64> FingerprintCopy::Collector::repeated() const
{
    // Bucket by bucket: a set that fits in the CPU cache instead of one over every value.
    size_t largest = 0;
    for (size_t b = 0; b < kBuckets; ++b)
        largest = std::max(largest, m_fill[b] + m_overflow[b].size());
    Set set{qint64(largest)};
    QList<qint64> out;
    for (size_t b = 0; b < kBuckets; ++b) {
        if (m_fill[b] + m_overflow[b].size() < 2)
            continue;
        set.clear();
        for (size_t i = 0; i < m_fill[b]; ++i)
            set.insert(m_block[b * m_per + i]);
        for (const quint64 v : m_overflow[b])
            set.insert(v);
        out.append(set.repeated()); // buckets ascend by their high bits, so the list stays sorted
    }
    return out;
}

QList<qint64> FingerprintCopy::repeatedValues(const std::vector<quint64> &values)
{
    Collector c(qint64(values.size()));
    for (const quint64 v : values)
        c.add(v);
    return c.repeated();
}

Result<RepeatedFingerprints> FingerprintCopy::repeated(Connection &c, const QString &copySql, qint64 expectedRows, qint64 maxRows)
{
    RepeatedFingerprints out;
    Collector values(std::min(expectedRows, maxRows));
    std::vector<quint64> chunk;
    Parser parser;
    bool parsed = true;
    const Result<qint64> read = c.copyOut(copySql, [&](const char *buf, int n) {
        if (!parsed || out.overLimit)
            return;
        chunk.clear();
        parsed = parser.feed(buf, n, chunk);
        for (const quint64 v : chunk)
            values.add(v);
        out.rows += qint64(chunk.size());
        if (out.rows > maxRows) {
            out.overLimit = true; // read on to the end (the statement finishes cleanly), keep nothing
            values.release();
        }
    });
    if (!read)
        return read.error();
    if (out.overLimit)
        return out;
    if (!parsed || !parser.done())
        return Error(Error::Kind::Internal, tr("Could not read the fingerprints the server sent."),
                     parsed ? tr("The COPY stream ended before its end marker.") : parser.error());
    out.repeated = values.repeated();
    return out;
}

} // namespace strata::preflight
