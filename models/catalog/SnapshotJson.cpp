#include "SnapshotJson.h"
#include "SnapshotFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <climits>
#include <type_traits>

namespace strata::catalog {

namespace {

// A snapshot struct (described in SnapshotFields.h), not a plain value.
template<class T>
concept IsRecord = std::is_class_v<T> && !std::is_same_v<T, QString> && !std::is_same_v<T, QStringList>;

// ---- writing: a streaming writer (a snapshot of 100,000 columns should not build a DOM)

void appendString(QByteArray &out, const QString &s)
{
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

class WriteVisitor
{
public:
    WriteVisitor(QByteArray &out, int depth) : m_out(out), m_depth(depth) {}

    void req(const char *name, const QString &v) { key(name); appendString(m_out, v); }
    void req(const char *name, bool v) { key(name); m_out += v ? "true" : "false"; }
    void req(const char *name, qint64 v) { key(name); m_out += QByteArray::number(v); }
    void req(const char *name, int v) { key(name); m_out += QByteArray::number(v); }
    void req(const char *name, double v) { key(name); m_out += QByteArray::number(v, 'g', 17); }
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

    QByteArray &m_out;
    int m_depth;
    bool m_first = true;
};

// ---- reading: a visitor over QJsonObject that stops at the first problem

class ReadVisitor
{
public:
    ReadVisitor(const QJsonObject &obj, QString path, Error &error)
        : m_obj(obj), m_path(std::move(path)), m_error(error) {}

    void req(const char *name, QString &v) { read(name, v, true); }
    void opt(const char *name, QString &v) { read(name, v, false); }
    void req(const char *name, bool &v) { read(name, v, true); }
    void opt(const char *name, bool &v) { read(name, v, false); }
    void req(const char *name, qint64 &v) { read(name, v, true); }
    void req(const char *name, int &v)
    {
        qint64 x = v;
        read(name, x, true);
        if (!m_error && (x < INT_MIN || x > INT_MAX))
            fail(name, SnapshotJson::tr("a whole number"));
        v = int(x);
    }
    void req(const char *name, double &v) { read(name, v, true); }
    void req(const char *name, QStringList &v) { read(name, v, true); }
    void opt(const char *name, QStringList &v) { read(name, v, false); }

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
        QString s;
        read(name, s, true);
        if (m_error)
            return;
        for (size_t i = 0; i < N; ++i) {
            if (s == QLatin1StringView(names[i])) {
                v = E(i);
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
        return m_path.isEmpty() ? QString::fromLatin1(name) : m_path + u'.' + QLatin1StringView(name);
    }
    void fail(const char *name, const QString &expected)
    {
        if (m_error)
            return;
        m_error = Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged or was not written by Strata."),
                        SnapshotJson::tr("The field “%1” should be %2.").arg(fieldPath(name), expected));
    }
    void missing(const char *name)
    {
        if (m_error)
            return;
        m_error = Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged or was not written by Strata."),
                        SnapshotJson::tr("The field “%1” is missing.").arg(fieldPath(name)));
    }

private:
    // The value, or undefined (with an error when required and missing).
    QJsonValue value(const char *name, bool required)
    {
        if (m_error)
            return {};
        const QJsonValue v = m_obj.value(QLatin1StringView(name));
        if (v.isUndefined() && required)
            missing(name);
        return v;
    }
    void read(const char *name, QString &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(name, SnapshotJson::tr("a string"));
        out = v.toString();
    }
    void read(const char *name, bool &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(name, SnapshotJson::tr("true or false"));
        out = v.toBool();
    }
    void read(const char *name, qint64 &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        const qint64 x = v.toInteger(0);
        if (!v.isDouble() || double(x) != v.toDouble())
            return fail(name, SnapshotJson::tr("a whole number"));
        out = x;
    }
    void read(const char *name, double &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            return fail(name, SnapshotJson::tr("a number"));
        out = v.toDouble();
    }
    void read(const char *name, QStringList &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(name, SnapshotJson::tr("a list of strings"));
        const QJsonArray a = v.toArray();
        out.clear();
        out.reserve(a.size());
        for (const QJsonValue &e : a) {
            if (!e.isString())
                return fail(name, SnapshotJson::tr("a list of strings"));
            out.append(e.toString());
        }
    }
    template<class T>
    void readObject(const char *name, T &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isObject())
            return fail(name, SnapshotJson::tr("an object"));
        ReadVisitor inner(v.toObject(), fieldPath(name), m_error);
        fields::describe(inner, out);
    }
    template<class T>
    void readList(const char *name, QList<T> &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(name, SnapshotJson::tr("a list"));
        const QJsonArray a = v.toArray();
        out.clear();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size() && !m_error; ++i) {
            const QString itemPath = fieldPath(name) + u'[' + QString::number(i) + u']';
            if (!a.at(i).isObject()) {
                m_error = Error(Error::Kind::Parse, SnapshotJson::tr("The snapshot file is damaged or was not written by Strata."),
                                SnapshotJson::tr("The entry “%1” should be an object.").arg(itemPath));
                return;
            }
            T item;
            ReadVisitor inner(a.at(i).toObject(), itemPath, m_error);
            fields::describe(inner, item);
            out.append(std::move(item));
        }
    }

    const QJsonObject m_obj;
    QString m_path;
    Error &m_error;
};

Error formatError(const QString &detail)
{
    return Error(Error::Kind::Parse, SnapshotJson::tr("This is not a Strata snapshot file."), detail);
}

} // namespace

QByteArray SnapshotJson::write(const Snapshot &snapshot)
{
    // The visitors take non-const references so one description serves both ways;
    // writing never modifies.
    auto &s = const_cast<Snapshot &>(snapshot);
    QByteArray out;
    out.reserve(1 << 16);
    out += '{';
    WriteVisitor w(out, 0);
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
    }
    out += "}\n}\n";
    return out;
}

Result<Snapshot> SnapshotJson::read(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return formatError(tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return formatError(tr("The file holds JSON, but not a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(kFormatName))
        return formatError(tr("The “format” field is not “%1”.").arg(QLatin1StringView(kFormatName)));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1)
        return formatError(tr("The “format_version” field is missing or not a positive whole number."));
    if (version.toInteger() > kFormatVersion)
        return Error(Error::Kind::Parse,
                     tr("This snapshot was written by a newer Strata (format version %1; this Strata reads up to version %2).")
                         .arg(version.toInteger()).arg(kFormatVersion),
                     {}, tr("Update Strata to read it, or take the snapshot again with this version."));

    Snapshot s;
    Error error;
    ReadVisitor r(root, QString(), error);
    QString takenAt;
    r.req("server_version", s.serverVersion);
    r.req("server_version_num", s.serverVersionNum);
    r.req("taken_at", takenAt);
    r.req("database", s.database);
    r.req("scope", s.scope);
    fields::describeObjects(r, s);
    if (error)
        return error;
    s.takenAt = QDateTime::fromString(takenAt, Qt::ISODateWithMs);
    if (!takenAt.isEmpty() && !s.takenAt.isValid()) {
        r.fail("taken_at", tr("a date and time (ISO 8601)"));
        return error;
    }
    s.takenAt = s.takenAt.toUTC();

    const QJsonValue stats = root.value(QStringLiteral("table_stats"));
    if (!stats.isUndefined()) {
        if (!stats.isObject()) {
            r.fail("table_stats", tr("an object"));
            return error;
        }
        const QJsonObject so = stats.toObject();
        for (auto it = so.begin(); it != so.end() && !error; ++it) {
            if (!it.value().isObject()) {
                r.fail("table_stats", tr("an object of objects"));
                break;
            }
            TableStats ts;
            ReadVisitor inner(it.value().toObject(), QStringLiteral("table_stats.") + it.key(), error);
            fields::describe(inner, ts);
            s.tableStats.insert(it.key(), ts);
        }
        if (error)
            return error;
    }
    s.sort();
    return s;
}

Error SnapshotJson::writeFile(const Snapshot &snapshot, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Io, tr("Could not write the snapshot to “%1”.").arg(path), f.errorString());
    const QByteArray data = write(snapshot);
    if (f.write(data) != data.size() || !f.commit())
        return Error(Error::Kind::Io, tr("Could not write the snapshot to “%1”.").arg(path), f.errorString());
    return {};
}

Result<Snapshot> SnapshotJson::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, tr("Could not read the snapshot file “%1”.").arg(path), f.errorString());
    Result<Snapshot> r = read(f.readAll());
    if (!r.ok()) {
        Error e = r.error();
        e.detail = e.detail.isEmpty() ? path : path + QStringLiteral(": ") + e.detail;
        return e;
    }
    return r;
}

} // namespace strata::catalog
