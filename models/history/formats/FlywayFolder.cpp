#include "FlywayFolder.h"

#include "history/Checksums.h"
#include "history/Version.h"

namespace strata {

namespace {
const QRegularExpression &versionedRe()
{
    // Prefix, version, "__", description. The version may use dots or underscores.
    static const QRegularExpression re(QStringLiteral("^([VUB])([^_]*(?:_[^_]+)*?)__(.*)\\.sql$"));
    return re;
}
const QRegularExpression &repeatableRe()
{
    static const QRegularExpression re(QStringLiteral("^R__(.+)\\.sql$"));
    return re;
}
} // namespace

int FlywayFolder::detect(const QDir &dir) const
{
    const QStringList names = listFiles(dir, {QStringLiteral("*.sql")}, true);
    static const QRegularExpression v(QStringLiteral("^[VUBR]\\d*[\\d._]*__.+\\.sql$"));
    const int n = countMatching(names, v);
    return n == 0 ? 0 : (n * 2 >= names.size() ? 80 : 40);
}

Result<FolderReadResult> FlywayFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    for (const QString &rel : listFiles(*dir, {QStringLiteral("*.sql")}, true)) {
        const QString base = rel.section(u'/', -1);
        MigrationFile f;
        f.fileName = rel;
        f.path = dir->absoluteFilePath(rel);
        if (const auto m = repeatableRe().match(base); m.hasMatch()) {
            f.kind = MigrationFile::Kind::Repeatable;
            f.name = m.captured(1).replace(u'_', u' ');
        } else if (const auto m2 = versionedRe().match(base); m2.hasMatch() && version::isNumeric(m2.captured(2))) {
            const QChar prefix = m2.captured(1).at(0);
            f.kind = prefix == u'V' ? MigrationFile::Kind::Versioned
                   : prefix == u'U' ? MigrationFile::Kind::Undo : MigrationFile::Kind::Baseline;
            f.version = m2.captured(2).replace(u'_', u'.');
            f.name = m2.captured(3).replace(u'_', u' ');
        } else {
            r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-name"), rel, 0,
                                      tr("“%1” is not a Flyway migration name (expected V<version>__<description>.sql, "
                                         "U…, B… or R__<description>.sql); Flyway ignores it.").arg(rel)));
            continue;
        }
        const TextFile t = readText(f.path, rel, r.findings);
        if (t.bytes.isEmpty() && !t.ok)
            continue; // unreadable
        f.upSql = t.text;
        f.checksum = QString::number(checksums::flyway(t.bytes));
        r.files.append(f);
    }
    sortByVersion(r.files);
    reportDuplicates(r.files, r.findings);
    // Repeatables are identified by their description: two with one description clash.
    QHash<QString, QString> repeatables;
    for (const MigrationFile &f : std::as_const(r.files)) {
        if (f.kind != MigrationFile::Kind::Repeatable)
            continue;
        if (repeatables.contains(f.name))
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("duplicate-version"), f.fileName, 0,
                                      tr("The repeatable migration “%1” is also defined by “%2”.").arg(f.fileName, repeatables.value(f.name))));
        else
            repeatables.insert(f.name, f.fileName);
    }
    return r;
}

} // namespace strata
