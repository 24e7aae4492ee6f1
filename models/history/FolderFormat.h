#pragma once
// A migration folder format: detect() says how sure it is that a folder is in its format,
// read() turns the folder into MigrationFile values plus findings (duplicate versions,
// malformed names, unreadable files, ...). read() never fails because of one bad file;
// it returns an Error only when the folder itself cannot be read.

#include "Finding.h"
#include "MigrationFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QRegularExpression>
#include <memory>

namespace strata {

struct FolderReadResult
{
    QString format;              // the format's id ("flyway", "dbmate", ...)
    QString dir;                 // absolute folder the files were read from
    QList<MigrationFile> files;  // in the tool's order
    Findings findings;
};

class FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(FolderFormat)
public:
    virtual ~FolderFormat() = default;

    virtual QString id() const = 0;          // "flyway"
    virtual QString displayName() const = 0; // "Flyway"
    // The ledger tool whose table records what this format's files did ("flyway").
    virtual QString ledgerTool() const { return id(); }
    // 0 = surely not this format, 100 = certainly this format.
    virtual int detect(const QDir &dir) const = 0;
    // The folder's migrations (readFiles) plus a warning for every entry that is neither a
    // regular file nor a folder (a FIFO, a socket, a device) and every symbolic link whose
    // target does not exist: tools skip or trip over them, Strata says so.
    Result<FolderReadResult> read(const QString &dir) const;

    // Every known format, most specific first.
    static const QList<const FolderFormat *> &all();
    static const FolderFormat *byId(const QString &id);
    static QStringList ids();
    // The format that recognises dir best; nullptr when none does. preferredLedgerTool
    // breaks ties (and wins over weaker guesses) when a database ledger is known.
    static const FolderFormat *detectFormat(const QString &dir, const QString &preferredLedgerTool = {});
    // The format of an existing folder: formatId when given, else detected. Errors: the
    // folder is missing or not a folder, the id is unknown, nothing looks like a migration.
    static Result<const FolderFormat *> resolve(const QString &dir, const QString &formatId = {});
    // An Error when `dir` is missing ("does not exist") or not a folder ("is not a folder").
    static Error checkFolder(const QString &dir);
    // The special entries and dangling links under dir (see read()), as findings.
    static Findings specialEntries(const QString &dir);

protected:
    virtual Result<FolderReadResult> readFiles(const QString &dir) const = 0;

    // Helpers for the parsers.
    struct TextFile {
        QByteArray bytes;
        QString text;
        bool ok = false; // readable and valid UTF-8
    };
    // Reads a file; reports an unreadable file or invalid UTF-8 as a finding (ok = false).
    // For invalid UTF-8 the bytes are still returned (checksums can be computed).
    static TextFile readText(const QString &absPath, const QString &relPath, Findings &findings);
    static Finding finding(Finding::Severity s, const QString &code, const QString &file, int line, const QString &message);
    static Result<QDir> openDir(const QString &dir);
    // Reports files whose (canonical) version occurs more than once; keeps them all.
    static void reportDuplicates(const QList<MigrationFile> &files, Findings &findings);
    static void sortByVersion(QList<MigrationFile> &files);
    static int lineOf(const QString &text, qsizetype offset);
    // File names (relative, '/'-separated) in dir, sorted; recursive descends into subfolders.
    static QStringList listFiles(const QDir &dir, const QStringList &nameFilters, bool recursive = false);
    // The version-like prefix every tool's example folder uses, for detect() scores.
    static int countMatching(const QStringList &names, const QRegularExpression &re);
};

} // namespace strata
