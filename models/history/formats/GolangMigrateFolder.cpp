#include "GolangMigrateFolder.h"

#include <QMap>

namespace strata {

namespace {
const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(.*)\\.(up|down)\\.sql$"));
    return re;
}
} // namespace

int GolangMigrateFolder::detect(const QDir &dir) const
{
    const QStringList names = listFiles(dir, {QStringLiteral("*.up.sql")});
    if (countMatching(names, nameRe()) == 0)
        return 0;
    // atlas.sum: Atlas keeps the folder in golang-migrate's format (sqlx has no such file).
    if (dir.exists(QStringLiteral("atlas.sum")))
        return 90;
    // Every golang-migrate file is .up.sql or .down.sql; plain numbered .sql files point elsewhere (sqlx).
    static const QRegularExpression plainRe(QStringLiteral("^\\d+_.*(?<!\\.up|\\.down)\\.sql$"));
    if (countMatching(listFiles(dir, {QStringLiteral("*.sql")}), plainRe) > 0)
        return 20;
    // Short, unpadded numbers are golang-migrate's habit; sqlx uses timestamps.
    static const QRegularExpression shortNumber(QStringLiteral("^\\d{1,6}_"));
    return countMatching(names, shortNumber) > 0 ? 70 : 55;
}

Result<FolderReadResult> GolangMigrateFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    struct Pair { QString up, down; };
    QMap<QString, Pair> byName; // "version\x1fname" -> files
    for (const QString &n : listFiles(*dir, {QStringLiteral("*.sql")})) {
        const auto m = nameRe().match(n);
        if (!m.hasMatch()) {
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-name"), n, 0,
                                      tr("“%1” is not a golang-migrate file name (expected <number>_<title>.up.sql or .down.sql).").arg(n)));
            continue;
        }
        Pair &p = byName[m.captured(1) + u'\x1f' + m.captured(2)];
        (m.captured(3) == u"up" ? p.up : p.down) = n;
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QString version = it.key().section(u'\x1f', 0, 0);
        if (it->up.isEmpty()) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("missing-up"), it->down, 0,
                                      tr("“%1” has no matching .up.sql file.").arg(it->down)));
            continue;
        }
        bool tooBig = false;
        version.toULongLong(&tooBig);
        if (!tooBig) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("malformed-name"), it->up, 0,
                                      tr("The version of “%1” does not fit in 64 bits.").arg(it->up)));
            continue;
        }
        MigrationFile f;
        f.version = version;
        f.name = it.key().section(u'\x1f', 1);
        f.fileName = it->up;
        f.path = dir->absoluteFilePath(it->up);
        const TextFile up = readText(f.path, it->up, r.findings);
        if (!up.ok)
            continue;
        f.upSql = up.text;
        if (!it->down.isEmpty()) {
            const TextFile down = readText(dir->absoluteFilePath(it->down), it->down, r.findings);
            f.downSql = down.text;
        }
        r.files.append(f);
    }
    sortByVersion(r.files);
    reportDuplicates(r.files, r.findings);
    return r;
}

} // namespace strata
