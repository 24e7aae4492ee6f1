#include "RailsFolder.h"

namespace strata {

namespace {
const QRegularExpression &nameRe()
{
    // Rails' own pattern: <version>_<name>[.<scope>].rb, where the scope names the engine a
    // migration was copied from (railties:install:migrations), e.g. 2024…_create_x.active_storage.rb.
    static const QRegularExpression re(QStringLiteral("^(\\d+)_([a-z0-9_]+)(?:\\.([a-z0-9_]+))?\\.rb$"));
    return re;
}
} // namespace

int RailsFolder::detect(const QDir &dir) const
{
    const QStringList names = listFiles(dir, {QStringLiteral("*.rb")});
    return countMatching(names, nameRe()) > 0 ? 85 : 0;
}

Result<FolderReadResult> RailsFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    static const QRegularExpression classRe(QStringLiteral("^\\s*class\\s+\\w+\\s*<\\s*ActiveRecord::Migration"),
                                            QRegularExpression::MultilineOption);
    for (const QString &n : listFiles(*dir, {QStringLiteral("*.rb")})) {
        const auto m = nameRe().match(n);
        if (!m.hasMatch()) {
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-name"), n, 0,
                                      tr("“%1” is not a Rails migration name (expected <version>_<snake_case_name>.rb or <version>_<name>.<engine>.rb).").arg(n)));
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
        if (!classRe.match(t.text).hasMatch())
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-file"), n, 0,
                                      tr("“%1” defines no ActiveRecord::Migration class.").arg(n)));
        r.files.append(f);
    }
    sortByVersion(r.files);
    reportDuplicates(r.files, r.findings);
    return r;
}

} // namespace strata
