#include "MaragudkFolder.h"

#include <QHash>
#include <QMap>

namespace strata {

namespace {
const QRegularExpression &numberedUp()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(.+)\\.up\\.sql$"));
    return re;
}
} // namespace

int MaragudkFolder::detect(const QDir &dir) const
{
    // golang-migrate refuses two files with one number; maragudk/migrate names a migration
    // by its whole file name, so a shared prefix with different names points here.
    QHash<QString, QString> names; // number -> first name
    for (const QString &n : listFiles(dir, {QStringLiteral("*.up.sql")})) {
        const auto m = numberedUp().match(n);
        if (!m.hasMatch())
            continue;
        const auto it = names.constFind(m.captured(1));
        if (it != names.constEnd() && *it != m.captured(2))
            return 75;
        names.insert(m.captured(1), m.captured(2));
    }
    return 0;
}

Result<FolderReadResult> MaragudkFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    static const QString up = QStringLiteral(".up.sql");
    static const QString down = QStringLiteral(".down.sql");
    const QStringList all = listFiles(*dir, {QStringLiteral("*.sql")});
    QSet<QString> downs;
    for (const QString &n : all)
        if (n.endsWith(down))
            downs.insert(n.chopped(down.size()));
    for (const QString &n : all) {
        if (n.endsWith(down))
            continue;
        if (!n.endsWith(up)) {
            r.findings.append(finding(Finding::Severity::Info, QStringLiteral("stray-file"), n, 0,
                                      tr("“%1” is neither <name>.up.sql nor <name>.down.sql; maragudk/migrate ignores it.").arg(n)));
            continue;
        }
        MigrationFile f;
        f.version = n.chopped(up.size()); // what the tool records
        f.name = f.version.contains(u'_') ? f.version.section(u'_', 1) : f.version;
        f.fileName = n;
        f.path = dir->absoluteFilePath(n);
        const TextFile t = readText(f.path, n, r.findings);
        if (!t.ok)
            continue;
        f.upSql = t.text;
        if (downs.contains(f.version))
            f.downSql = readText(dir->absoluteFilePath(f.version + down), f.version + down, r.findings).text;
        r.files.append(f);
    }
    // File-name order (listFiles sorts), which is the tool's order.
    for (const QString &d : std::as_const(downs))
        if (!all.contains(d + up))
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("missing-up"), d + down, 0,
                                      tr("“%1” has no matching .up.sql file.").arg(d + down)));
    return r;
}

} // namespace strata
