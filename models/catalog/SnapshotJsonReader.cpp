#include "SnapshotJsonReader.h"
#include "SnapshotFields.h"
#include "SnapshotJson.h"

#include <QJsonParseError>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <type_traits>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace strata::catalog {

namespace {

template<class T>
concept IsRecord = std::is_class_v<T> && !std::is_same_v<T, QString> && !std::is_same_v<T, QStringList>;

// ---- pass 1: the tape ------------------------------------------------------------
//
// One entry per JSON value and per object key, in document order. pos is the byte
// offset of the value's first character. aux depends on the value:
//   object/array: index of the first entry after the container (to skip it)
//   string:       byte length of the contents (without quotes) | kEscaped when it has escapes
//   number:       byte length | kNotInteger when it has a fraction or an exponent
struct Token
{
    quint32 pos;
    quint32 aux;
};

constexpr quint32 kEscaped = 0x80000000u;
constexpr quint32 kNotInteger = 0x80000000u;
constexpr qsizetype kMaxSize = 0x7fffffff; // offsets and lengths fit in 31 bits
constexpr int kMaxDepth = 1024;            // as QJsonDocument

// The tape's memory: one block for the worst case (a value or key takes two bytes
// at least), so it never moves and pages past the real count are never touched.
// On Linux it asks for transparent huge pages: a 20 MB file needs about 16 MB of
// tape, and 2 MB pages save thousands of page faults.
class TokenBuffer
{
public:
    TokenBuffer() = default;
    TokenBuffer(const TokenBuffer &) = delete;
    TokenBuffer &operator=(const TokenBuffer &) = delete;
    ~TokenBuffer() { release(); }

    bool allocate(size_t capacity)
    {
        release();
        const size_t bytes = std::max<size_t>(capacity * sizeof(Token), 1);
#ifdef Q_OS_LINUX
        if (bytes >= (size_t(4) << 20)) {
            void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p != MAP_FAILED) {
                madvise(p, bytes, MADV_HUGEPAGE); // a hint: fine when refused
                m_data = static_cast<Token *>(p);
                m_mapped = bytes;
                m_capacity = capacity;
                return true;
            }
        }
#endif
        m_data = static_cast<Token *>(std::malloc(bytes));
        m_capacity = m_data ? capacity : 0;
        return m_data != nullptr;
    }
    bool push_back(Token t)
    {
        if (m_size == m_capacity)
            return false;
        m_data[m_size++] = t;
        return true;
    }
    size_t size() const { return m_size; }
    Token &operator[](size_t i) { return m_data[i]; }
    const Token &operator[](size_t i) const { return m_data[i]; }

private:
    void release()
    {
#ifdef Q_OS_LINUX
        if (m_mapped) {
            munmap(m_data, m_mapped);
            m_data = nullptr;
            m_mapped = 0;
        }
#endif
        std::free(m_data);
        m_data = nullptr;
        m_size = m_capacity = 0;
    }

    Token *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
    size_t m_mapped = 0;
};

class Tape
{
public:
    Tape(const char *data, qsizetype size) : m_begin(data), m_p(data), m_end(data + size) {}

    // The byte offset and the problem (QJsonParseError's codes, for its translated texts).
    bool build(QJsonParseError &error);
    const TokenBuffer &tokens() const { return m_tokens; }

private:
    enum class State { Value, Key, AfterValue };

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool fail(QJsonParseError &error, QJsonParseError::ParseError code)
    {
        error.error = code;
        error.offset = int(m_p - m_begin);
        return false;
    }
    quint32 here() const { return quint32(m_p - m_begin); }
    QJsonParseError::ParseError scanString();
    QJsonParseError::ParseError scanNumber();
    QJsonParseError::ParseError scanUtf8();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    TokenBuffer m_tokens;
};

// Raw control characters inside strings are accepted, as QJsonDocument did (the
// writer always escapes them, but a file edited by hand may hold a tab).

// A UTF-8 sequence at m_p (first byte >= 0x80): strict (no overlong forms, no
// surrogates, nothing past U+10FFFF), as QJsonDocument.
QJsonParseError::ParseError Tape::scanUtf8()
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_p);
    const auto *e = reinterpret_cast<const unsigned char *>(m_end);
    const unsigned char c = s[0];
    int n;
    char32_t cp;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
        cp = c & 0x07;
    } else {
        return QJsonParseError::IllegalUTF8String;
    }
    if (e - s <= n)
        return QJsonParseError::IllegalUTF8String;
    for (int i = 1; i <= n; ++i) {
        if ((s[i] & 0xc0) != 0x80)
            return QJsonParseError::IllegalUTF8String;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
        return QJsonParseError::IllegalUTF8String;
    m_p += n + 1;
    return QJsonParseError::NoError;
}

// m_p at the opening quote; leaves m_p after the closing quote.
QJsonParseError::ParseError Tape::scanString()
{
    const quint32 pos = here();
    ++m_p;
    const char *start = m_p;
    bool escaped = false;
    for (;;) {
        // The common case: plain ASCII.
        while (m_p < m_end) {
            const auto u = static_cast<unsigned char>(*m_p);
            if (u >= 0x80 || u == '"' || u == '\\')
                break;
            ++m_p;
        }
        if (m_p >= m_end)
            return QJsonParseError::UnterminatedString;
        const auto u = static_cast<unsigned char>(*m_p);
        if (u == '"')
            break;
        if (u == '\\') {
            escaped = true;
            if (m_end - m_p < 2)
                return QJsonParseError::UnterminatedString;
            const char x = m_p[1];
            if (x == 'u') {
                if (m_end - m_p < 6)
                    return QJsonParseError::IllegalEscapeSequence;
                for (int i = 2; i < 6; ++i)
                    if (!std::isxdigit(static_cast<unsigned char>(m_p[i])))
                        return QJsonParseError::IllegalEscapeSequence;
                m_p += 6;
            } else if (x == '"' || x == '\\' || x == '/' || x == 'b' || x == 'f' || x == 'n' || x == 'r' || x == 't') {
                m_p += 2;
            } else {
                return QJsonParseError::IllegalEscapeSequence;
            }
        } else if (const auto e = scanUtf8(); e != QJsonParseError::NoError) {
            return e;
        }
    }
    const qsizetype len = m_p - start;
    ++m_p;
    if (!m_tokens.push_back({pos, quint32(len) | (escaped ? kEscaped : 0)}))
        return QJsonParseError::DocumentTooLarge;
    return QJsonParseError::NoError;
}

QJsonParseError::ParseError Tape::scanNumber()
{
    const char *start = m_p;
    auto digits = [this] {
        const char *d = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > d;
    };
    bool integer = true;
    if (*m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (!digits()) {
        return QJsonParseError::IllegalNumber;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        integer = false;
        if (!digits())
            return QJsonParseError::IllegalNumber;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        integer = false;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return QJsonParseError::IllegalNumber;
    }
    if (m_p >= m_end)
        return QJsonParseError::TerminationByNumber;
    if (!integer || m_p - start > 18) {
        // Out of the range of a double (1e400, 1e-400): invalid, as QJsonDocument has it.
        qint64 i = 0;
        double d = 0;
        const bool fitsInteger = integer && std::from_chars(start, m_p, i).ec == std::errc();
        if (!fitsInteger && std::from_chars(start, m_p, d).ec != std::errc())
            return QJsonParseError::IllegalNumber;
    }
    if (!m_tokens.push_back({quint32(start - m_begin), quint32(m_p - start) | (integer ? 0 : kNotInteger)}))
        return QJsonParseError::DocumentTooLarge;
    return QJsonParseError::NoError;
}

bool Tape::build(QJsonParseError &error)
{
    if (m_end - m_begin > kMaxSize)
        return fail(error, QJsonParseError::DocumentTooLarge);
    if (!m_tokens.allocate(size_t((m_end - m_begin) / 2 + 2)))
        return fail(error, QJsonParseError::DocumentTooLarge);
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xef\xbb\xbf", 3) == 0)
        m_p += 3; // a UTF-8 byte order mark, as QJsonDocument allows
    std::vector<quint32> open; // tape indices of the open containers
    State state = State::Value;
    for (;;) {
        ws();
        if (state == State::Key) {
            if (m_p >= m_end)
                return fail(error, QJsonParseError::UnterminatedObject);
            if (*m_p != '"')
                return fail(error, QJsonParseError::IllegalValue);
            if (const auto e = scanString(); e != QJsonParseError::NoError)
                return fail(error, e);
            ws();
            if (m_p >= m_end || *m_p != ':')
                return fail(error, QJsonParseError::MissingNameSeparator);
            ++m_p;
            state = State::Value;
            continue;
        }
        if (state == State::Value) {
            if (m_p >= m_end)
                return fail(error, open.empty() ? QJsonParseError::IllegalValue : QJsonParseError::UnterminatedObject);
            const char c = *m_p;
            if (c == '{' || c == '[') {
                if (open.size() >= size_t(kMaxDepth))
                    return fail(error, QJsonParseError::DeepNesting);
                open.push_back(quint32(m_tokens.size()));
                if (!m_tokens.push_back({here(), 0}))
                    return fail(error, QJsonParseError::DocumentTooLarge);
                ++m_p;
                ws();
                if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p;
                    m_tokens[open.back()].aux = quint32(m_tokens.size());
                    open.pop_back();
                    state = State::AfterValue;
                } else {
                    state = c == '{' ? State::Key : State::Value;
                }
                continue;
            }
            QJsonParseError::ParseError e = QJsonParseError::NoError;
            if (c == '"') {
                e = scanString();
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                e = scanNumber();
            } else {
                static constexpr const char *literals[] = {"true", "false", "null"};
                e = QJsonParseError::IllegalValue;
                for (const char *lit : literals) {
                    const auto n = qsizetype(std::strlen(lit));
                    if (m_end - m_p >= n && std::memcmp(m_p, lit, size_t(n)) == 0) {
                        if (!m_tokens.push_back({here(), 0}))
                            return fail(error, QJsonParseError::DocumentTooLarge);
                        m_p += n;
                        e = QJsonParseError::NoError;
                        break;
                    }
                }
            }
            if (e != QJsonParseError::NoError)
                return fail(error, e);
            state = State::AfterValue;
            continue;
        }
        // After a value: the end of the document, or a separator or closer of the container.
        if (open.empty()) {
            if (m_p != m_end)
                return fail(error, QJsonParseError::GarbageAtEnd);
            return true;
        }
        const bool inObject = m_begin[m_tokens[open.back()].pos] == '{';
        if (m_p >= m_end)
            return fail(error, inObject ? QJsonParseError::UnterminatedObject : QJsonParseError::UnterminatedArray);
        if (*m_p == ',') {
            ++m_p;
            state = inObject ? State::Key : State::Value;
        } else if (*m_p == (inObject ? '}' : ']')) {
            ++m_p;
            m_tokens[open.back()].aux = quint32(m_tokens.size());
            open.pop_back();
        } else {
            return fail(error, inObject ? QJsonParseError::UnterminatedObject : QJsonParseError::MissingValueSeparator);
        }
    }
}

// ---- pass 2: reading the fields ------------------------------------------------

// Where a value is, for error messages; built into a string only on error.
struct PathNode
{
    const PathNode *parent = nullptr;
    const char *name = nullptr; // ".name"
    qsizetype index = -1;       // "[index]"
    const QString *key = nullptr; // ".key" (table_stats)

    QString toString() const
    {
        QString s = parent ? parent->toString() : QString();
        if (index >= 0)
            return s + u'[' + QString::number(index) + u']';
        if (!s.isEmpty())
            s += u'.';
        return key ? QString(s + *key) : QString(s + QLatin1StringView(name));
    }
};

class Document
{
public:
    Document(const char *data, const TokenBuffer &tokens) : m_data(data), m_tokens(tokens) {}

    char first(quint32 i) const { return m_data[m_tokens[i].pos]; }
    bool isObject(quint32 i) const { return first(i) == '{'; }
    bool isArray(quint32 i) const { return first(i) == '['; }
    bool isString(quint32 i) const { return first(i) == '"'; }
    bool isNumber(quint32 i) const { const char c = first(i); return c == '-' || (c >= '0' && c <= '9'); }
    bool isBool(quint32 i) const { return first(i) == 't' || first(i) == 'f'; }
    bool boolValue(quint32 i) const { return first(i) == 't'; }
    quint32 next(quint32 i) const { return isObject(i) || isArray(i) ? m_tokens[i].aux : i + 1; }
    quint32 end(quint32 container) const { return m_tokens[container].aux; }
    qsizetype count(quint32 container) const
    {
        qsizetype n = 0;
        for (quint32 j = container + 1; j < end(container); j = next(j))
            ++n;
        return n;
    }

    // Raw bytes of a string without escapes.
    QByteArrayView raw(quint32 i) const { return {m_data + m_tokens[i].pos + 1, qsizetype(m_tokens[i].aux & ~kEscaped)}; }
    bool escaped(quint32 i) const { return m_tokens[i].aux & kEscaped; }

    bool keyIs(quint32 i, QByteArrayView name) const
    {
        if (!escaped(i))
            return raw(i) == name;
        return string(i) == QLatin1StringView(name);
    }

    QString string(quint32 i) const;
    QString sharedString(quint32 i);

    // An integer in a number token; false when it is not a whole number in range.
    bool integerValue(quint32 i, qint64 &out) const;
    double doubleValue(quint32 i) const;

    Error error;

private:
    const char *m_data;
    const TokenBuffer &m_tokens;
    // Short strings seen lately, by a hash of their bytes: a string that repeats
    // (a type, a schema, an owner, a column name) is shared rather than allocated
    // again. Fixed size, so unique strings cost a hash and never a rehash.
    struct Shared
    {
        QByteArrayView raw;
        QString string;
    };
    static constexpr size_t kSharedSlots = 4096;
    std::vector<Shared> m_shared = std::vector<Shared>(kSharedSlots);
};

QString Document::string(quint32 i) const
{
    const QByteArrayView r = raw(i);
    if (!escaped(i))
        return QString::fromUtf8(r);
    QString out;
    out.reserve(r.size());
    const char *p = r.data();
    const char *end = p + r.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out += QString::fromUtf8(QByteArrayView(run, p - run));
        if (p >= end)
            break;
        const char x = p[1];
        p += 2;
        switch (x) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            ushort code = 0;
            std::from_chars(p, p + 4, code, 16); // four hex digits, checked by the tape
            out += QChar(code);
            p += 4;
            break;
        }
        default: out += QLatin1Char(x); break; // " \ /
        }
    }
    return out;
}

QString Document::sharedString(quint32 i)
{
    if (escaped(i) || (m_tokens[i].aux & ~kEscaped) > 48)
        return string(i);
    const QByteArrayView r = raw(i);
    quint32 h = 2166136261u; // FNV-1a
    for (const char c : r)
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    Shared &slot = m_shared[h % kSharedSlots];
    if (slot.raw == r && !slot.raw.isNull())
        return slot.string;
    slot.raw = r;
    slot.string = QString::fromUtf8(r);
    return slot.string;
}

bool Document::integerValue(quint32 i, qint64 &out) const
{
    const Token &t = m_tokens[i];
    const char *p = m_data + t.pos;
    const char *e = p + (t.aux & ~kNotInteger);
    if (!(t.aux & kNotInteger)) {
        const auto r = std::from_chars(p, e, out);
        if (r.ec == std::errc() && r.ptr == e)
            return true;
    }
    // A fraction, an exponent or too large: whole numbers written as doubles still count.
    const double d = doubleValue(i);
    if (!std::isfinite(d) || d != std::floor(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
        return false;
    out = qint64(d);
    return true;
}

double Document::doubleValue(quint32 i) const
{
    const Token &t = m_tokens[i];
    const char *p = m_data + t.pos;
    double d = 0;
    std::from_chars(p, p + (t.aux & ~kNotInteger), d); // in range: checked by the tape
    return d;
}

// Reads the fields of one object as SnapshotFields.h describes them; stops at the first problem.
class ObjectReader
{
public:
    ObjectReader(Document &doc, quint32 object, const PathNode *path) : m_doc(doc), m_obj(object), m_path(path) {}

    void req(const char *name, QString &v) { readString(name, v, true); }
    void opt(const char *name, QString &v) { readString(name, v, false); }
    void req(const char *name, bool &v) { readBool(name, v, true); }
    void opt(const char *name, bool &v) { readBool(name, v, false); }
    void req(const char *name, qint64 &v)
    {
        if (const quint32 i = value(name, true)) {
            if (!m_doc.isNumber(i) || !m_doc.integerValue(i, v))
                fail(name, SnapshotJson::tr("a whole number"));
        }
    }
    void req(const char *name, int &v)
    {
        qint64 x = v;
        req(name, x);
        if (!m_doc.error && (x < INT_MIN || x > INT_MAX))
            fail(name, SnapshotJson::tr("a whole number"));
        if (!m_doc.error)
            v = int(x);
    }
    void req(const char *name, double &v)
    {
        if (const quint32 i = value(name, true)) {
            if (!m_doc.isNumber(i))
                return fail(name, SnapshotJson::tr("a number"));
            v = m_doc.doubleValue(i);
        }
    }
    void req(const char *name, QStringList &v) { readStrings(name, v, true); }
    void opt(const char *name, QStringList &v) { readStrings(name, v, false); }

    template<class T>
        requires IsRecord<T>
    void req(const char *name, T &v) { readObject(name, v, true); }
    template<class T>
    void object(const char *name, T &v) { readObject(name, v, false); }
    template<class T>
    void list(const char *name, QList<T> &v) { readList(name, v, false); }
    template<class T>
    void reqList(const char *name, QList<T> &v) { readList(name, v, true); }

    template<class E, size_t N>
    void kind(const char *name, E &v, const std::array<const char *, N> &names)
    {
        const quint32 i = value(name, true);
        if (!i)
            return;
        if (!m_doc.isString(i))
            return fail(name, SnapshotJson::tr("a string"));
        for (size_t k = 0; k < N; ++k) {
            if (m_doc.keyIs(i, QByteArrayView(names[k]))) {
                v = E(k);
                return;
            }
        }
        QStringList allowed;
        for (const char *n : names)
            allowed << QLatin1StringView(n);
        fail(name, SnapshotJson::tr("one of %1").arg(allowed.join(QStringLiteral(", "))));
    }

    QString fieldPath(const char *name) const
    {
        const PathNode here{m_path, name};
        return here.toString();
    }
    void fail(const char *name, const QString &expected)
    {
        if (m_doc.error)
            return;
        m_doc.error = Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged or was not written by Strata."),
                            SnapshotJson::tr("The field “%1” should be %2.").arg(fieldPath(name), expected));
    }
    void missing(const char *name)
    {
        if (m_doc.error)
            return;
        m_doc.error = Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged or was not written by Strata."),
                            SnapshotJson::tr("The field “%1” is missing.").arg(fieldPath(name)));
    }

    // The tape index of the member's value (the last one when a key repeats, as
    // QJsonDocument), or 0 when absent (with an error when required) or after an error.
    quint32 value(const char *name, bool required)
    {
        if (m_doc.error)
            return 0;
        const QByteArrayView n(name);
        quint32 found = 0;
        for (quint32 k = m_obj + 1; k < m_doc.end(m_obj); k = m_doc.next(k + 1)) {
            if (m_doc.keyIs(k, n))
                found = k + 1;
        }
        if (!found && required)
            missing(name);
        return found;
    }

private:
    void readString(const char *name, QString &out, bool required)
    {
        if (const quint32 i = value(name, required)) {
            if (!m_doc.isString(i))
                return fail(name, SnapshotJson::tr("a string"));
            out = m_doc.sharedString(i);
        }
    }
    void readBool(const char *name, bool &out, bool required)
    {
        if (const quint32 i = value(name, required)) {
            if (!m_doc.isBool(i))
                return fail(name, SnapshotJson::tr("true or false"));
            out = m_doc.boolValue(i);
        }
    }
    void readStrings(const char *name, QStringList &out, bool required)
    {
        const quint32 i = value(name, required);
        if (!i)
            return;
        if (!m_doc.isArray(i))
            return fail(name, SnapshotJson::tr("a list of strings"));
        out.clear();
        out.reserve(m_doc.count(i));
        for (quint32 e = i + 1; e < m_doc.end(i); e = m_doc.next(e)) {
            if (!m_doc.isString(e))
                return fail(name, SnapshotJson::tr("a list of strings"));
            out.append(m_doc.sharedString(e));
        }
    }
    template<class T>
    void readObject(const char *name, T &out, bool required)
    {
        const quint32 i = value(name, required);
        if (!i)
            return;
        if (!m_doc.isObject(i))
            return fail(name, SnapshotJson::tr("an object"));
        const PathNode path{m_path, name};
        ObjectReader inner(m_doc, i, &path);
        fields::describe(inner, out);
    }
    template<class T>
    void readList(const char *name, QList<T> &out, bool required)
    {
        const quint32 i = value(name, required);
        if (!i)
            return;
        if (!m_doc.isArray(i))
            return fail(name, SnapshotJson::tr("a list"));
        out.clear();
        out.reserve(m_doc.count(i));
        const PathNode listPath{m_path, name};
        qsizetype index = 0;
        for (quint32 e = i + 1; e < m_doc.end(i) && !m_doc.error; e = m_doc.next(e), ++index) {
            const PathNode itemPath{&listPath, nullptr, index};
            if (!m_doc.isObject(e)) {
                m_doc.error = Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged or was not written by Strata."),
                                    SnapshotJson::tr("The entry “%1” should be an object.").arg(itemPath.toString()));
                return;
            }
            ObjectReader inner(m_doc, e, &itemPath);
            fields::describe(inner, out.emplace_back());
        }
    }

    Document &m_doc;
    quint32 m_obj;
    const PathNode *m_path;
};

Error formatError(const QString &detail)
{
    return Error(Error::Kind::Parse, SnapshotJson::tr("This is not a Strata snapshot file."), detail);
}

} // namespace

Result<Snapshot> readSnapshotJson(QByteArrayView json)
{
    Tape tape(json.data(), json.size());
    QJsonParseError pe{};
    if (!tape.build(pe))
        return formatError(SnapshotJson::tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    Document doc(json.data(), tape.tokens());
    if (!doc.isObject(0))
        return formatError(SnapshotJson::tr("The file holds JSON, but not a JSON object."));
    ObjectReader r(doc, 0, nullptr);
    const quint32 format = r.value("format", false);
    if (!format || !doc.isString(format) || doc.string(format) != QLatin1StringView(SnapshotJson::kFormatName))
        return formatError(SnapshotJson::tr("The “format” field is not “%1”.").arg(QLatin1StringView(SnapshotJson::kFormatName)));
    const quint32 version = r.value("format_version", false);
    qint64 v = 0;
    if (!version || !doc.isNumber(version) || !doc.integerValue(version, v) || v < 1)
        return formatError(SnapshotJson::tr("The “format_version” field is missing or not a positive whole number."));
    if (v > SnapshotJson::kFormatVersion)
        return Error(Error::Kind::Parse,
                     SnapshotJson::tr("This snapshot was written by a newer Strata (format version %1; this Strata reads up to version %2).")
                         .arg(v).arg(SnapshotJson::kFormatVersion),
                     {}, SnapshotJson::tr("Update Strata to read it, or take the snapshot again with this version."));

    Snapshot s;
    QString takenAt;
    r.req("server_version", s.serverVersion);
    r.req("server_version_num", s.serverVersionNum);
    r.req("taken_at", takenAt);
    r.req("database", s.database);
    r.req("scope", s.scope);
    fields::describeObjects(r, s);
    if (doc.error)
        return doc.error;
    s.takenAt = QDateTime::fromString(takenAt, Qt::ISODateWithMs);
    if (!takenAt.isEmpty() && !s.takenAt.isValid()) {
        r.fail("taken_at", SnapshotJson::tr("a date and time (ISO 8601)"));
        return doc.error;
    }
    s.takenAt = s.takenAt.toUTC();

    if (const quint32 stats = r.value("table_stats", false)) {
        if (!doc.isObject(stats)) {
            r.fail("table_stats", SnapshotJson::tr("an object"));
            return doc.error;
        }
        const PathNode statsPath{nullptr, "table_stats"};
        for (quint32 k = stats + 1; k < doc.end(stats) && !doc.error; k = doc.next(k + 1)) {
            if (!doc.isObject(k + 1)) {
                r.fail("table_stats", SnapshotJson::tr("an object of objects"));
                break;
            }
            const QString key = doc.string(k);
            const PathNode path{&statsPath, nullptr, -1, &key};
            TableStats ts;
            ObjectReader inner(doc, k + 1, &path);
            fields::describe(inner, ts);
            s.tableStats.insert(key, ts);
        }
        if (doc.error)
            return doc.error;
    }
    s.sort();
    return s;
}

} // namespace strata::catalog
