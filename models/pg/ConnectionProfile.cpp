#include "ConnectionProfile.h"

#include "common/SafeText.h"

#include <QUrl>
#include <libpq-fe.h>

namespace strata {

namespace {
struct ConninfoOptionsDeleter {
    void operator()(PQconninfoOption *o) const { PQconninfoFree(o); }
};
} // namespace

Result<ConnectionProfile> ConnectionProfile::fromConnectionString(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return Error(Error::Kind::Usage, tr("The connection string is empty."));
    char *err = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoOptionsDeleter> opts(PQconninfoParse(utf8.constData(), &err));
    if (!opts) {
        // libpq quotes the string, or single tokens of it, in its message.
        const QString detail = err ? maskPasswords(QString::fromUtf8(err).trimmed(), text) : QString();
        if (err)
            PQfreemem(err);
        return Error(Error::Kind::Usage,
                     tr("This is not a valid PostgreSQL connection string."), detail,
                     tr("Use a URI such as postgresql://user@host:5432/dbname or key=value pairs such as host=localhost dbname=app."));
    }
    ConnectionProfile p;
    for (PQconninfoOption *o = opts.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == u"host" || (key == u"hostaddr" && p.host.isEmpty()))
            p.host = val;
        else if (key == u"port")
            p.port = val;
        else if (key == u"dbname")
            p.dbname = val;
        else if (key == u"user")
            p.user = val;
        else if (key == u"sslmode")
            p.sslmode = val;
        else if (key == u"service")
            p.service = val;
        else if (key == u"options")
            p.options = val;
        else if (key == u"password")
            p.transientPassword = val;
        else if (key == u"application_name")
            continue; // we always set our own
        else
            p.extra.append({key, val});
    }
    return p;
}

QList<QPair<QByteArray, QByteArray>> ConnectionProfile::libpqParams(const QString &applicationName) const
{
    QList<QPair<QByteArray, QByteArray>> out;
    auto add = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out.append({QByteArray(key), value.toUtf8()});
    };
    add("service", service);
    add("host", host);
    add("port", port);
    add("dbname", dbname);
    add("user", user);
    add("sslmode", sslmode);
    add("options", options);
    for (const auto &kv : extra)
        out.append({kv.first.toUtf8(), kv.second.toUtf8()});
    add("password", transientPassword);
    add("application_name", applicationName);
    bool hasTimeout = false;
    for (const auto &kv : extra)
        hasTimeout |= kv.first == u"connect_timeout";
    if (!hasTimeout)
        out.append({QByteArrayLiteral("connect_timeout"), QByteArrayLiteral("10")});
    return out;
}

QString ConnectionProfile::displayString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    const bool socketDir = host.startsWith(u'/');
    if (!host.isEmpty() && !socketDir)
        url.setHost(host);
    if (!port.isEmpty())
        url.setPort(port.toInt());
    if (!dbname.isEmpty())
        url.setPath(u'/' + dbname);
    QList<QPair<QString, QString>> query;
    if (socketDir)
        query.append({QStringLiteral("host"), host});
    if (!sslmode.isEmpty())
        query.append({QStringLiteral("sslmode"), sslmode});
    if (!service.isEmpty())
        query.append({QStringLiteral("service"), service});
    QString q;
    for (const auto &kv : query) {
        q += q.isEmpty() ? u'?' : u'&';
        q += QString::fromUtf8(QUrl::toPercentEncoding(kv.first)) + u'='
             + QString::fromUtf8(QUrl::toPercentEncoding(kv.second, "/"));
    }
    QString base = url.toString(QUrl::FullyEncoded);
    if (host.isEmpty() || socketDir) {
        // QUrl drops the "//" without a host; libpq wants postgresql://[user@]/db
        const QString prefix = QStringLiteral("postgresql:");
        if (base.startsWith(prefix) && !base.startsWith(prefix + u"//"))
            base.insert(prefix.size(), QStringLiteral("//"));
    }
    return base + q;
}

QString ConnectionProfile::keychainKey() const
{
    return (user.isEmpty() ? QStringLiteral("-") : user) + u'@'
           + (service.isEmpty() ? QString(host + u':' + port) : QString(QStringLiteral("service:") + service))
           + u'/' + dbname;
}

QVariantMap ConnectionProfile::toSettings() const
{
    QVariantMap m;
    m[QStringLiteral("name")] = name;
    m[QStringLiteral("host")] = host;
    m[QStringLiteral("port")] = port;
    m[QStringLiteral("dbname")] = dbname;
    m[QStringLiteral("user")] = user;
    m[QStringLiteral("sslmode")] = sslmode;
    m[QStringLiteral("service")] = service;
    m[QStringLiteral("options")] = options;
    QVariantMap ex;
    for (const auto &kv : extra)
        if (kv.first != u"password")
            ex[kv.first] = kv.second;
    m[QStringLiteral("extra")] = ex;
    return m;
}

ConnectionProfile ConnectionProfile::fromSettings(const QVariantMap &m)
{
    ConnectionProfile p;
    p.name = m.value(QStringLiteral("name")).toString();
    p.host = m.value(QStringLiteral("host")).toString();
    p.port = m.value(QStringLiteral("port")).toString();
    p.dbname = m.value(QStringLiteral("dbname")).toString();
    p.user = m.value(QStringLiteral("user")).toString();
    p.sslmode = m.value(QStringLiteral("sslmode")).toString();
    p.service = m.value(QStringLiteral("service")).toString();
    p.options = m.value(QStringLiteral("options")).toString();
    const QVariantMap ex = m.value(QStringLiteral("extra")).toMap();
    for (auto it = ex.cbegin(); it != ex.cend(); ++it)
        p.extra.append({it.key(), it.value().toString()});
    return p;
}

} // namespace strata
