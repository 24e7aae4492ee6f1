#include "DbmateFolder.h"

#include "history/DbmateFormat.h"

namespace strata {

int DbmateFolder::detect(const QDir &dir) const
{
    const QStringList names = listFiles(dir, {QStringLiteral("*.sql")});
    int checked = 0;
    for (const QString &n : names) {
        if (++checked > 20)
            break;
        QFile f(dir.filePath(n));
        if (f.open(QIODevice::ReadOnly) && f.read(64 * 1024).contains("migrate:up"))
            return 90;
    }
    return 0;
}

Result<FolderReadResult> DbmateFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    for (const QString &n : listFiles(*dir, {QStringLiteral("*.sql")})) {
        const TextFile t = readText(dir->filePath(n), n, r.findings);
        if (!t.ok)
            continue;
        auto f = DbmateFormat::parse(n, t.text, r.findings);
        if (!f)
            continue;
        f->path = dir->absoluteFilePath(n);
        r.files.append(*f);
    }
    sortByVersion(r.files);
    reportDuplicates(r.files, r.findings);
    return r;
}

} // namespace strata
