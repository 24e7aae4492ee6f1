#include "SqlxFolder.h"

#include "history/Checksums.h"

#include <QMap>

namespace strata {

namespace {
const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(.*?)(\\.up|\\.down)?\\.sql$"));
    return re;
}
} // namespace

int SqlxFolder::detect(const QDir &dir) const
{
    const QStringList names = listFiles(dir, {QStringLiteral("*.sql")});
    const int n = countMatching(names, nameRe());
    if (n == 0)
        return 0;
    // sqlx names its files by timestamp; short numbers look more like a plain numbered folder.
    static const QRegularExpression timestamp(QStringLiteral("^\\d{14}_"));
    return countMatching(names, timestamp) > 0 ? 60 : 25;
}

Result<FolderReadResult> SqlxFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    struct Entry { QString up, down; QString name; };
    QMap<QString, Entry> byKey;
    for (const QString &n : listFiles(*dir, {QStringLiteral("*.sql")})) {
        const auto m = nameRe().match(n);
        if (!m.hasMatch()) {
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-name"), n, 0,
                                      tr("“%1” is not an sqlx migration name (expected <version>_<description>.sql).").arg(n)));
            continue;
        }
        Entry &e = byKey[m.captured(1) + u'\x1f' + m.captured(2)];
        e.name = m.captured(2);
        (m.captured(3) == u".down" ? e.down : e.up) = n;
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QString version = it.key().section(u'\x1f', 0, 0);
        if (it->up.isEmpty()) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("missing-up"), it->down, 0,
                                      tr("“%1” has no matching .up.sql file.").arg(it->down)));
            continue;
        }
        bool ok = false;
        version.toLongLong(&ok);
        if (!ok) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("malformed-name"), it->up, 0,
                                      tr("The version of “%1” does not fit in a signed 64-bit integer.").arg(it->up)));
            continue;
        }
        MigrationFile f;
        f.version = version;
        f.name = QString(it->name).replace(u'_', u' '); // sqlx records the description with spaces
        f.fileName = it->up;
        f.path = dir->absoluteFilePath(it->up);
        const TextFile up = readText(f.path, it->up, r.findings);
        if (up.bytes.isEmpty() && !up.ok)
            continue;
        f.upSql = up.text;
        f.checksum = checksums::sqlx(up.bytes);
        if (!it->down.isEmpty())
            f.downSql = readText(dir->absoluteFilePath(it->down), it->down, r.findings).text;
        r.files.append(f);
    }
    sortByVersion(r.files);
    reportDuplicates(r.files, r.findings);
    return r;
}

} // namespace strata
