#include "PrismaFolder.h"

#include "history/Checksums.h"

namespace strata {

int PrismaFolder::detect(const QDir &dir) const
{
    if (dir.exists(QStringLiteral("migration_lock.toml")))
        return 95;
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &s : subdirs)
        if (QFileInfo::exists(dir.filePath(s + QStringLiteral("/migration.sql"))))
            return 85;
    return 0;
}

Result<FolderReadResult> PrismaFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();

    const QString lockPath = dir->filePath(QStringLiteral("migration_lock.toml"));
    if (QFileInfo::exists(lockPath)) {
        const TextFile lock = readText(lockPath, QStringLiteral("migration_lock.toml"), r.findings);
        static const QRegularExpression providerRe(QStringLiteral("^\\s*provider\\s*=\\s*\"([^\"]*)\""),
                                                   QRegularExpression::MultilineOption);
        const auto m = providerRe.match(lock.text);
        if (lock.ok && m.hasMatch() && m.captured(1) != u"postgresql" && m.captured(1) != u"cockroachdb")
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("provider"), QStringLiteral("migration_lock.toml"),
                                      lineOf(lock.text, m.capturedStart(1)),
                                      tr("migration_lock.toml names the provider “%1”, not PostgreSQL.").arg(m.captured(1))));
    }

    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)_(.*)$"));
    for (const QString &s : dir->entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString rel = s + QStringLiteral("/migration.sql");
        if (!QFileInfo::exists(dir->filePath(rel))) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("missing-script"), s, 0,
                                      tr("The Prisma migration folder “%1” has no migration.sql.").arg(s)));
            continue;
        }
        MigrationFile f;
        const auto m = nameRe.match(s);
        if (m.hasMatch()) {
            f.version = m.captured(1);
            f.name = m.captured(2);
        } else {
            f.version = s;
            f.name = s;
            r.findings.append(finding(Finding::Severity::Info, QStringLiteral("malformed-name"), s, 0,
                                      tr("“%1” does not start with a timestamp; Prisma orders it by name.").arg(s)));
        }
        f.group = s; // the full folder name is what _prisma_migrations.migration_name records
        f.fileName = rel;
        f.path = dir->absoluteFilePath(rel);
        const TextFile t = readText(f.path, rel, r.findings);
        if (t.bytes.isEmpty() && !t.ok)
            continue;
        f.upSql = t.text;
        f.checksum = checksums::prisma(t.bytes);
        f.altChecksums = checksums::prismaAlternatives(t.bytes);
        r.files.append(f);
    }
    // Prisma orders by folder name; keep that (group sort first would do the same).
    std::stable_sort(r.files.begin(), r.files.end(),
                     [](const MigrationFile &a, const MigrationFile &b) { return a.group < b.group; });
    // Shared timestamps are legal: Prisma identifies a migration by its whole folder name
    // and runs both in name order. Worth knowing, nothing more.
    QHash<QString, QString> seen;
    for (const MigrationFile &f : std::as_const(r.files)) {
        if (f.version == f.group)
            continue;
        if (seen.contains(f.version))
            r.findings.append(finding(Finding::Severity::Info, QStringLiteral("shared-timestamp"), f.group, 0,
                                      tr("“%1” has the same timestamp as “%2”; Prisma runs both, in folder-name order.")
                                          .arg(f.group, seen.value(f.version))));
        else
            seen.insert(f.version, f.group);
    }
    return r;
}

} // namespace strata
