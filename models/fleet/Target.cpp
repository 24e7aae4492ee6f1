#include "Target.h"

#include "common/FileIo.h"

#include "catalog/QuoteIdent.h"
#include "pg/Connection.h"
#include "sql/StatementClassifier.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace strata::fleet {

ConnectionProfile Target::sessionProfile() const
{
    if (schema.isEmpty())
        return profile;
    // libpq "options": -c name=value, with backslash escapes for spaces and backslashes.
    QString value = QStringLiteral("search_path=") + catalog::quoteIdent(schema);
    QString escaped;
    for (QChar ch : std::as_const(value)) {
        if (ch == u' ' || ch == u'\\')
            escaped += u'\\';
        escaped += ch;
    }
    ConnectionProfile p = profile;
    p.options = (p.options.isEmpty() ? QString() : p.options + u' ') + QStringLiteral("-c ") + escaped;
    return p;
}

Result<QList<Target>> TargetsFile::parse(const QString &text, const QString &fileName)
{
    const QString where = fileName.isEmpty() ? tr("targets") : fileName;
    QList<Target> out;
    QSet<QString> names;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString name;
        QString uri = trimmed;
        if (const qsizetype tab = line.indexOf(u'\t'); tab >= 0) {
            name = line.left(tab).trimmed();
            uri = line.mid(tab + 1).trimmed();
            if (name.isEmpty())
                return Error(Error::Kind::Parse, tr("%1, line %2: the name before the tab is empty.").arg(where).arg(lineNo));
            if (uri.isEmpty())
                return Error(Error::Kind::Parse, tr("%1, line %2: “%3” has no connection URI after the tab.").arg(where).arg(lineNo).arg(name));
        } else if (trimmed.contains(u' ') && !trimmed.contains(u'=')) {
            return Error(Error::Kind::Parse, tr("%1, line %2: expected “name<TAB>URI” or a URI, got “%3”.").arg(where).arg(lineNo).arg(trimmed.left(80)),
                         {}, tr("Separate the name from the URI with a tab character."));
        }
        auto profile = ConnectionProfile::fromConnectionString(uri);
        if (!profile)
            return Error(Error::Kind::Parse, tr("%1, line %2: %3").arg(where).arg(lineNo).arg(profile.error().message), profile.error().detail);
        if (!profile->transientPassword.isEmpty())
            return Error(Error::Kind::Usage, tr("%1, line %2: the connection string carries a password; a targets file must not hold passwords.").arg(where).arg(lineNo),
                         {}, tr("Put the password in ~/.pgpass or the keychain and remove it from the file."));
        if (name.isEmpty())
            name = profile->dbname.isEmpty() ? profile->displayString() : profile->dbname;
        if (names.contains(name))
            return Error(Error::Kind::Parse, tr("%1, line %2: the name “%3” is used twice; give each target its own name.").arg(where).arg(lineNo).arg(name));
        names.insert(name);
        Target t;
        t.name = name;
        t.profile = *profile;
        out.append(t);
    }
    if (out.isEmpty())
        return Error(Error::Kind::Parse, tr("%1 lists no targets.").arg(where));
    return out;
}

Result<QList<Target>> TargetsFile::read(const QString &path)
{
    // A regular file of bounded size: a FIFO or a device is a sentence, never a hang.
    const auto bytes = readFile(path, ReadLimit::SqlScript);
    if (!bytes)
        return bytes.error();
    return parse(QString::fromUtf8(*bytes), QFileInfo(path).fileName());
}

bool TenantSchemas::isQuery(const QString &spec)
{
    auto parsed = StatementClassifier::classify(spec);
    if (!parsed || parsed->size() != 1)
        return false;
    return parsed->first().kind == StatementKind::Select;
}

Result<QStringList> TenantSchemas::resolve(Connection &c, const QString &spec)
{
    const bool query = isQuery(spec);
    if (!query && spec.trimmed().isEmpty())
        return Error(Error::Kind::Usage, tr("The tenant schemas need a query or a LIKE pattern."));
    if (!query && spec.contains(QRegularExpression(QStringLiteral("^\\s*(select|with|values|table)\\b"), QRegularExpression::CaseInsensitiveOption))) {
        // Looks like SQL but does not parse as one query: say so instead of matching nothing.
        auto parsed = StatementClassifier::classify(spec);
        return Error(Error::Kind::Parse, tr("The tenant schema query is not one SELECT statement."),
                     parsed ? QString() : parsed.error().message);
    }
    ResultSet r;
    if (query) {
        // A user's query: read-only whatever the session's settings are.
        if (Error e = c.exec(QStringLiteral("BEGIN READ ONLY")).error)
            return e;
        r = c.exec(spec);
        c.exec(QStringLiteral("ROLLBACK"));
    } else {
        r = c.exec(QStringLiteral("SELECT nspname::text FROM pg_catalog.pg_namespace WHERE nspname LIKE $1 "
                                  "AND nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY 1"),
                   {spec});
    }
    if (!r.ok()) {
        Error e = r.error;
        e.message = tr("The tenant schema query failed: %1").arg(e.message);
        return e;
    }
    if (r.columnCount() < 1)
        return Error(Error::Kind::Usage, tr("The tenant schema query returns no column."));
    QStringList out;
    QSet<QString> seen;
    for (int i = 0; i < r.rowCount(); ++i) {
        const QString s = r.text(i, 0);
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s);
            out.append(s);
        }
    }
    std::sort(out.begin(), out.end());
    if (out.isEmpty())
        return Error(Error::Kind::Usage, query ? tr("The tenant schema query returned no schemas.")
                                               : tr("No schema matches the pattern “%1”.").arg(spec));
    return out;
}

QList<Target> TenantSchemas::targets(const ConnectionProfile &db, const QStringList &schemas)
{
    QList<Target> out;
    out.reserve(schemas.size());
    for (const QString &s : schemas) {
        Target t;
        t.name = s;
        t.profile = db;
        t.schema = s;
        out.append(t);
    }
    return out;
}

} // namespace strata::fleet
