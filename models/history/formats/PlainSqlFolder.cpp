#include "PlainSqlFolder.h"

namespace strata {

namespace {
const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:[-_. ](.*))?\\.sql$"));
    return re;
}
} // namespace

int PlainSqlFolder::detect(const QDir &dir) const
{
    return countMatching(listFiles(dir, {QStringLiteral("*.sql")}), nameRe()) > 0 ? 30 : 0;
}

Result<FolderReadResult> PlainSqlFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    for (const QString &n : listFiles(*dir, {QStringLiteral("*.sql")})) {
        const auto m = nameRe().match(n);
        if (!m.hasMatch()) {
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-name"), n, 0,
                                      tr("“%1” does not start with a number; it is not part of the numbered history.").arg(n)));
            continue;
        }
        MigrationFile f;
        f.version = m.captured(1);
        f.name = m.captured(2);
        f.fileName = n;
        f.path = dir->absoluteFilePath(n);
        const TextFile t = readText(f.path, n, r.findings);
        if (!t.ok)
            continue;
        f.upSql = t.text;
        r.files.append(f);
    }
    sortByVersion(r.files);
    reportDuplicates(r.files, r.findings);
    return r;
}

} // namespace strata
