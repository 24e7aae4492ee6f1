#include "FolderFormat.h"

#include <QFileInfo>

#include "Version.h"
#include "formats/AlembicFolder.h"
#include "formats/DbmateFolder.h"
#include "formats/DjangoFolder.h"
#include "formats/FlywayFolder.h"
#include "formats/GolangMigrateFolder.h"
#include "formats/MaragudkFolder.h"
#include "formats/PlainSqlFolder.h"
#include "formats/PrismaFolder.h"
#include "formats/RailsFolder.h"
#include "formats/SqitchFolder.h"
#include "formats/SqlxFolder.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace strata {

const QList<const FolderFormat *> &FolderFormat::all()
{
    static const SqitchFolder sqitch;
    static const PrismaFolder prisma;
    static const AlembicFolder alembic;
    static const DjangoFolder django;
    static const RailsFolder rails;
    static const FlywayFolder flyway;
    static const DbmateFolder dbmate;
    static const GolangMigrateFolder golang;
    static const MaragudkFolder maragudk;
    static const SqlxFolder sqlx;
    static const PlainSqlFolder plain;
    static const QList<const FolderFormat *> list{&sqitch, &prisma, &alembic, &django, &rails,
                                                  &flyway, &dbmate, &maragudk, &golang, &sqlx, &plain};
    return list;
}

const FolderFormat *FolderFormat::byId(const QString &id)
{
    for (const FolderFormat *f : all())
        if (f->id() == id)
            return f;
    return nullptr;
}

QStringList FolderFormat::ids()
{
    QStringList out;
    for (const FolderFormat *f : all())
        out.append(f->id());
    return out;
}

Error FolderFormat::checkFolder(const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || (!info.exists() && !info.isSymLink()))
        return Error(Error::Kind::Io, tr("The migration folder “%1” does not exist.").arg(dir));
    if (!info.isDir())
        return Error(Error::Kind::Usage, tr("“%1” is not a folder.").arg(dir), {},
                     tr("Give the folder that holds the migrations, not one file."));
    return {};
}

Findings FolderFormat::specialEntries(const QString &dirPath)
{
    Findings out;
    const QDir dir(dirPath);
    // Hidden and system entries too; links are not followed into folders (no loops).
    QDirIterator it(dirPath, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    int seen = 0;
    while (it.hasNext() && seen < 100000) {
        ++seen;
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = dir.relativeFilePath(info.filePath());
        if (info.isSymLink() && !info.exists()) {
            out.append(finding(Finding::Severity::Warning, QStringLiteral("dangling-link"), rel, 0,
                               tr("“%1” is a symbolic link to “%2”, which does not exist; it is skipped.")
                                   .arg(rel, info.symLinkTarget())));
            continue;
        }
        if (info.exists() && !info.isFile() && !info.isDir())
            out.append(finding(Finding::Severity::Warning, QStringLiteral("special-file"), rel, 0,
                               tr("“%1” is not a regular file (a FIFO, socket or device); it is not read and is skipped.").arg(rel)));
    }
    return out;
}

Result<FolderReadResult> FolderFormat::read(const QString &dir) const
{
    if (Error e = checkFolder(dir))
        return e;
    auto r = readFiles(dir);
    if (r)
        r->findings.append(specialEntries(dir));
    return r;
}

Result<const FolderFormat *> FolderFormat::resolve(const QString &dir, const QString &formatId)
{
    if (Error e = checkFolder(dir))
        return e;
    const FolderFormat *format = formatId.isEmpty() ? detectFormat(dir) : byId(formatId);
    if (format)
        return format;
    const QString known = tr("Known formats: %1.").arg(ids().join(QStringLiteral(", ")));
    if (!formatId.isEmpty())
        return Error(Error::Kind::Usage, tr("Unknown migration folder format “%1”.").arg(formatId), {}, known);
    return Error(Error::Kind::Parse, tr("“%1” does not look like a migration folder: no file is named like a migration.").arg(dir), {},
                 known);
}

const FolderFormat *FolderFormat::detectFormat(const QString &dirPath, const QString &preferredLedgerTool)
{
    const QDir dir(dirPath);
    if (!dir.exists())
        return nullptr;
    const FolderFormat *best = nullptr;
    int bestScore = 0;
    for (const FolderFormat *f : all()) {
        int score = f->detect(dir);
        if (score <= 0)
            continue;
        // A ledger in the database is strong evidence: a folder the ledger's tool can
        // read at all beats a better-looking guess (sqlx and golang-migrate names look alike).
        if (!preferredLedgerTool.isEmpty() && f->ledgerTool() == preferredLedgerTool && f->id() != u"plain")
            score += 100;
        if (score > bestScore) {
            best = f;
            bestScore = score;
        }
    }
    return best;
}

FolderFormat::TextFile FolderFormat::readText(const QString &absPath, const QString &relPath, Findings &findings)
{
    TextFile t;
    // A FIFO would block the read, a device never end: only regular files are read
    // (specialEntries() reports the others).
    if (const QFileInfo info(absPath); info.exists() && !info.isFile())
        return t;
    QFile file(absPath);
    if (!file.open(QIODevice::ReadOnly)) {
        findings.append(finding(Finding::Severity::Error, QStringLiteral("unreadable"), relPath, 0,
                                tr("“%1” could not be read: %2").arg(relPath, file.errorString())));
        return t;
    }
    t.bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    t.text = decoder(t.bytes);
    if (decoder.hasError()) {
        // Find the line of the first bad byte for the finding.
        const int line = int(t.text.left(t.text.indexOf(QChar::ReplacementCharacter)).count(u'\n')) + 1;
        findings.append(finding(Finding::Severity::Error, QStringLiteral("invalid-utf8"), relPath, line,
                                tr("“%1” is not valid UTF-8 text (first bad byte on line %2).").arg(relPath).arg(line)));
        return t;
    }
    if (t.text.startsWith(QChar(0xFEFF)))
        t.text.remove(0, 1);
    t.ok = true;
    return t;
}

Finding FolderFormat::finding(Finding::Severity s, const QString &code, const QString &file, int line, const QString &message)
{
    Finding f;
    f.severity = s;
    f.code = code;
    f.file = file;
    f.line = line;
    f.message = message;
    return f;
}

Result<QDir> FolderFormat::openDir(const QString &dirPath)
{
    QDir dir(dirPath);
    if (dirPath.isEmpty() || !dir.exists())
        return Error(Error::Kind::Io, tr("The migration folder “%1” does not exist.").arg(dirPath));
    if (!dir.isReadable())
        return Error(Error::Kind::Io, tr("The migration folder “%1” cannot be read.").arg(dirPath));
    dir.makeAbsolute();
    return dir;
}

void FolderFormat::reportDuplicates(const QList<MigrationFile> &files, Findings &findings)
{
    QHash<QString, QString> seen; // canonical version -> first file
    for (const MigrationFile &f : files) {
        if (f.kind != MigrationFile::Kind::Versioned || f.version.isEmpty())
            continue;
        const QString key = f.group + u'\x1f' + version::canonical(f.version);
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            findings.append(finding(Finding::Severity::Error, QStringLiteral("duplicate-version"), f.fileName, 0,
                                    tr("Version %1 of “%2” is also used by “%3”.").arg(f.version, f.fileName, *it)));
        } else {
            seen.insert(key, f.fileName);
        }
    }
}

void FolderFormat::sortByVersion(QList<MigrationFile> &files)
{
    std::stable_sort(files.begin(), files.end(), [](const MigrationFile &a, const MigrationFile &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.kind != b.kind) // versioned first, then repeatables, undo and baseline scripts
            return int(a.kind) < int(b.kind);
        const int c = version::compare(a.version, b.version);
        return c != 0 ? c < 0 : a.fileName < b.fileName;
    });
}

int FolderFormat::lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

QStringList FolderFormat::listFiles(const QDir &dir, const QStringList &nameFilters, bool recursive)
{
    QStringList out;
    QDirIterator it(dir.absolutePath(), nameFilters, QDir::Files | QDir::Hidden,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        out.append(dir.relativeFilePath(it.filePath()));
    }
    out.sort();
    return out;
}

int FolderFormat::countMatching(const QStringList &names, const QRegularExpression &re)
{
    int n = 0;
    for (const QString &name : names)
        if (re.match(name.section(u'/', -1)).hasMatch())
            ++n;
    return n;
}

} // namespace strata
