#include "SnapshotJsonReader.h"
#include "JsonTape.h"
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


namespace strata::catalog {

namespace {

using namespace jsontape;

template<class T>
concept IsRecord = std::is_class_v<T> && !std::is_same_v<T, QString> && !std::is_same_v<T, QStringList>;

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
    s.dependenciesKnown = v >= 2;
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
    // Two entries for one object would diff as if one were new: the file is refused.
    if (const QString dup = s.firstDuplicate(); !dup.isEmpty())
        return Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged: it lists “%1” twice.").arg(dup),
                     {}, SnapshotJson::tr("Take the snapshot again, or remove the second entry."));
    return s;
}

} // namespace strata::catalog
