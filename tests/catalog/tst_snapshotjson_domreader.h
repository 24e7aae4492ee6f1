#pragma once
// The snapshot reader as it was before SnapshotJsonReader: QJsonDocument::fromJson
// and a visitor over the QJsonObject DOM. Kept only as the reference the fast reader
// is checked against (same snapshot or an error for the same inputs).

#include "catalog/SnapshotFields.h"
#include "catalog/SnapshotJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <climits>
#include <type_traits>

namespace strata::catalog::domreader {

inline QString tr(const char *s) { return SnapshotJson::tr(s); }

template<class T>
concept IsRecord = std::is_class_v<T> && !std::is_same_v<T, QString> && !std::is_same_v<T, QStringList>;

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
            fail(name, tr("a whole number"));
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
        fail(name, tr("one of %1").arg(allowed.join(QStringLiteral(", "))));
    }

    QString fieldPath(const char *name) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(name) : m_path + u'.' + QLatin1StringView(name);
    }
    void fail(const char *name, const QString &expected)
    {
        if (m_error)
            return;
        m_error = Error(Error::Kind::Parse, tr("The snapshot file is damaged or was not written by Strata."),
                        tr("The field “%1” should be %2.").arg(fieldPath(name), expected));
    }
    void missing(const char *name)
    {
        if (m_error)
            return;
        m_error = Error(Error::Kind::Parse, tr("The snapshot file is damaged or was not written by Strata."),
                        tr("The field “%1” is missing.").arg(fieldPath(name)));
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
            return fail(name, tr("a string"));
        out = v.toString();
    }
    void read(const char *name, bool &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(name, tr("true or false"));
        out = v.toBool();
    }
    void read(const char *name, qint64 &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        const qint64 x = v.toInteger(0);
        if (!v.isDouble() || double(x) != v.toDouble())
            return fail(name, tr("a whole number"));
        out = x;
    }
    void read(const char *name, double &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            return fail(name, tr("a number"));
        out = v.toDouble();
    }
    void read(const char *name, QStringList &out, bool required)
    {
        const QJsonValue v = value(name, required);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(name, tr("a list of strings"));
        const QJsonArray a = v.toArray();
        out.clear();
        out.reserve(a.size());
        for (const QJsonValue &e : a) {
            if (!e.isString())
                return fail(name, tr("a list of strings"));
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
            return fail(name, tr("an object"));
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
            return fail(name, tr("a list"));
        const QJsonArray a = v.toArray();
        out.clear();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size() && !m_error; ++i) {
            const QString itemPath = fieldPath(name) + u'[' + QString::number(i) + u']';
            if (!a.at(i).isObject()) {
                m_error = Error(Error::Kind::Parse, tr("The snapshot file is damaged or was not written by Strata."),
                                tr("The entry “%1” should be an object.").arg(itemPath));
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

inline Error formatError(const QString &detail)
{
    return Error(Error::Kind::Parse, tr("This is not a Strata snapshot file."), detail);
}

inline Result<Snapshot> domReadSnapshot(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return formatError(tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return formatError(tr("The file holds JSON, but not a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1StringView(SnapshotJson::kFormatName))
        return formatError(tr("The “format” field is not “%1”.").arg(QLatin1StringView(SnapshotJson::kFormatName)));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1)
        return formatError(tr("The “format_version” field is missing or not a positive whole number."));
    if (version.toInteger() > SnapshotJson::kFormatVersion)
        return Error(Error::Kind::Parse,
                     tr("This snapshot was written by a newer Strata (format version %1; this Strata reads up to version %2).")
                         .arg(version.toInteger()).arg(SnapshotJson::kFormatVersion),
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


} // namespace strata::catalog::domreader
