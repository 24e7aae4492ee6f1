#include "SnapshotJson.h"
#include "SnapshotFields.h"
#include "SnapshotJsonReader.h"

#include <QFile>

#include <unistd.h>
#include <charconv>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>
#include <type_traits>

namespace strata::catalog {

namespace {

// A snapshot struct (described in SnapshotFields.h), not a plain value.
template<class T>
concept IsRecord = std::is_class_v<T> && !std::is_same_v<T, QString> && !std::is_same_v<T, QStringList>;

// ---- writing: a streaming writer (a snapshot of 100,000 columns should not build a DOM)
// into a std::string, whose appends are inline (QByteArray's are library calls).

using Out = std::string;

void appendNumber(Out &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

// Copies the leading run of printable ASCII other than '"' and '\\' of p[0, n) to d as
// bytes; returns its length. Eight characters at a time where SSE2 is there (x86-64
// always): the JSON of a snapshot is mostly such runs.
qsizetype copyPlainAscii(const char16_t *p, qsizetype n, char *d)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i k20 = _mm_set1_epi16(0x20), k5f = _mm_set1_epi16(0x5f), zero = _mm_setzero_si128();
    const __m128i quote = _mm_set1_epi16('"'), backslash = _mm_set1_epi16('\\');
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // 0x20 <= c < 0x80 as c - 0x20 <= 0x5f, unsigned: their saturating difference is 0.
        const __m128i printable = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, k20), k5f), zero);
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, printable)) != 0xffff)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(d + i), _mm_packus_epi16(v, v));
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        d[i] = char(c);
    }
    return i;
}

void appendString(Out &out, const QString &s)
{
    // Most strings (names, types) are printable ASCII: copied straight into the output.
    const size_t start = out.size();
    const qsizetype n = s.size();
    out.resize(start + size_t(n) + 2);
    char *d = out.data() + start;
    *d++ = '"';
    const auto *p = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype i = copyPlainAscii(p, n, d);
    d += i;
    if (i == n) {
        *d = '"';
        return;
    }
    out.resize(start); // the rest needs escapes or UTF-8: the careful way

    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Hands the output to a sink in pieces of about 1 MB (a 20 MB snapshot is never held
// whole) and keeps the buffer's memory for the next piece.
struct Flusher
{
    const SnapshotJson::Sink *sink = nullptr;
    bool failed = false;
    void maybeFlush(Out &out, size_t at = 1 << 20)
    {
        if (!sink || out.size() < at)
            return;
        if (!failed && !(*sink)(QByteArrayView(out.data(), qsizetype(out.size()))))
            failed = true;
        out.clear(); // keeps the capacity
    }
};

class WriteVisitor
{
public:
    WriteVisitor(Out &out, int depth, Flusher *flusher = nullptr) : m_out(out), m_depth(depth), m_flusher(flusher) {}

    void req(const char *name, const QString &v) { key(name); appendString(m_out, v); }
    void req(const char *name, bool v) { key(name); m_out += v ? "true" : "false"; }
    void req(const char *name, qint64 v) { key(name); appendNumber(m_out, v); }
    void req(const char *name, int v) { key(name); appendNumber(m_out, v); }
    void req(const char *name, double v) { key(name); m_out += QByteArray::number(v, 'g', 17).toStdString(); }
    void req(const char *name, const QStringList &v)
    {
        key(name);
        m_out += '[';
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (i)
                m_out += ',';
            appendString(m_out, v[i]);
        }
        m_out += ']';
    }
    template<class T>
        requires IsRecord<T>
    void req(const char *name, T &v)
    {
        key(name);
        writeObject(v);
    }

    void opt(const char *name, const QString &v) { if (!v.isEmpty()) req(name, v); }
    void opt(const char *name, bool v) { if (v) req(name, v); }
    void opt(const char *name, const QStringList &v) { if (!v.isEmpty()) req(name, v); }

    template<class T>
    void object(const char *name, T &v) { if (!(v == T{})) req(name, v); }

    template<class T>
    void list(const char *name, QList<T> &v) { if (!v.isEmpty()) reqList(name, v); }

    template<class T>
    void reqList(const char *name, QList<T> &v)
    {
        key(name);
        m_out += '[';
        const bool lines = m_depth == 0; // top-level lists: one object per line
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (i)
                m_out += ',';
            if (lines)
                m_out += "\n  ";
            writeObject(v[i]);
            if (m_flusher)
                m_flusher->maybeFlush(m_out);
        }
        if (lines && !v.isEmpty())
            m_out += '\n';
        m_out += ']';
    }

    template<class E, size_t N>
    void kind(const char *name, E &v, const std::array<const char *, N> &names)
    {
        key(name);
        m_out += '"';
        m_out += names[size_t(v)];
        m_out += '"';
    }

    template<class T>
    void writeObject(T &v)
    {
        m_out += '{';
        WriteVisitor inner(m_out, m_depth + 1);
        fields::describe(inner, v);
        m_out += '}';
    }

private:
    void key(const char *name)
    {
        if (!m_first)
            m_out += ',';
        if (m_depth == 0)
            m_out += "\n";
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }

    Out &m_out;
    int m_depth;
    Flusher *m_flusher;
    bool m_first = true;
};

} // namespace

bool SnapshotJson::write(const Snapshot &snapshot, const Sink &sink)
{
    // The visitors take non-const references so one description serves both ways;
    // writing never modifies.
    auto &s = const_cast<Snapshot &>(snapshot);
    Flusher flusher{&sink};
    Out out;
    out.reserve((1 << 20) + (1 << 16));
    out += '{';
    WriteVisitor w(out, 0, &flusher);
    w.req("format", QString::fromLatin1(kFormatName));
    w.req("format_version", kFormatVersion);
    w.req("server_version", s.serverVersion);
    w.req("server_version_num", s.serverVersionNum);
    w.req("taken_at", s.takenAt.toUTC().toString(Qt::ISODateWithMs));
    w.req("database", s.database);
    w.req("scope", s.scope);
    fields::describeObjects(w, s);
    // table_stats: {"<key>": {...}, ...}
    out += ",\n\"table_stats\":{";
    bool first = true;
    for (auto it = s.tableStats.begin(); it != s.tableStats.end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        out += "\n  ";
        appendString(out, it.key());
        out += ':';
        WriteVisitor inner(out, 1);
        inner.writeObject(it.value());
        flusher.maybeFlush(out);
    }
    out += "}\n}\n";
    flusher.maybeFlush(out, 0);
    return !flusher.failed;
}

QByteArray SnapshotJson::write(const Snapshot &snapshot)
{
    QByteArray all;
    write(snapshot, [&all](QByteArrayView piece) {
        all += piece;
        return true;
    });
    return all;
}

Result<Snapshot> SnapshotJson::read(const QByteArray &json)
{
    return readSnapshotJson(json);
}

Error SnapshotJson::writeFile(const Snapshot &snapshot, const QString &path, const WriteOptions &options)
{
    FileWriter f(path, options);
    Error e = f.open();
    if (!e) {
        write(snapshot, [&f](QByteArrayView piece) { return f.write(piece); });
        e = f.commit();
    }
    if (e)
        return Error(Error::Kind::Io, tr("Could not write the snapshot to “%1”.").arg(path), e.message, e.hint);
    return {};
}

Result<Snapshot> SnapshotJson::readFile(const QString &path)
{
    // Only a regular file of a sane size: a FIFO, a device or /dev/zero is refused.
    auto fd = openForReading(path, ReadLimit::Snapshot);
    if (!fd)
        return Error(fd.error().kind, tr("Could not read the snapshot file “%1”.").arg(path), fd.error().message);
    QFile f;
    if (!f.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*fd);
        return Error(Error::Kind::Io, tr("Could not read the snapshot file “%1”.").arg(path), f.errorString());
    }
    // Mapped rather than read: the reader needs the bytes only while it runs.
    QByteArray copy;
    QByteArrayView bytes;
    if (const uchar *mapped = f.size() > 0 ? f.map(0, f.size()) : nullptr) {
        bytes = QByteArrayView(reinterpret_cast<const char *>(mapped), f.size());
    } else {
        copy = f.readAll();
        bytes = copy;
    }
    Result<Snapshot> r = readSnapshotJson(bytes);
    if (!r.ok()) {
        Error e = r.error();
        e.detail = e.detail.isEmpty() ? path : path + QStringLiteral(": ") + e.detail;
        return e;
    }
    return r;
}

} // namespace strata::catalog
