#pragma once
// Every file Strata writes or reads on the user's behalf goes through here, so a full
// disk, a device, a FIFO or a huge input is a sentence, never a silent loss or a hang.
//
// Writing: a regular file (or a path that does not exist yet) is written to a temporary
// file in the same folder, flushed, optionally fsync'd, closed and renamed over the
// target; any failure on the way leaves the target as it was and returns the reason.
// A path that exists and is not a regular file (a FIFO, /dev/stdout, a terminal) is
// written in place and never replaced; a FIFO nobody reads from and a directory are
// refused. Private files are created 0600; others with the mode the umask allows (or the
// mode of the file they replace).
//
// Reading: only regular files (a FIFO, a device or a directory is a clear error, never a
// blocking open), and no more than a cap per kind of input (ReadLimit), checked before
// the read and again while reading.

#include "Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace strata {

struct WriteOptions
{
    bool privateFile = false; // 0600: the file may hold table data (backups, reports, snapshots of a run)
    bool durable = false;     // fsync the file before the rename and the folder after it
};

// Size caps for inputs, in bytes (documented in SECURITY.md).
namespace ReadLimit {
inline constexpr qint64 SqlScript = 256LL << 20;     // a migration, SQL script or baseline
inline constexpr qint64 Runbook = 256LL << 20;       // a saved runbook (.json)
inline constexpr qint64 Journal = 256LL << 20;       // a runbook journal
inline constexpr qint64 Manifest = 64LL << 20;       // a backup manifest
inline constexpr qint64 Snapshot = 4LL << 30;        // a schema snapshot (.json)
} // namespace ReadLimit

// A file written in pieces: open(), write() as often as needed, then commit(). Destroying
// it without commit() (or calling discard()) leaves the target untouched.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
public:
    explicit FileWriter(QString path, WriteOptions options = {});
    ~FileWriter();
    FileWriter(const FileWriter &) = delete;
    FileWriter &operator=(const FileWriter &) = delete;

    Error open();
    // False once a write failed; the first error is kept and returned by commit().
    bool write(QByteArrayView data);
    Error commit();
    void discard();
    // The error so far (after a failed write), for callers that stop early.
    const Error &error() const { return m_error; }
    QString path() const { return m_path; }

private:
    Error fail(int err, const QString &what);

    QString m_path;
    WriteOptions m_opt;
    QByteArray m_target;   // the file the rename goes to (the symlink's target when the path is one)
    QByteArray m_temp;     // empty: written in place
    int m_fd = -1;
    bool m_inPlace = false;
    Error m_error;
};

// Writes data to path as described above.
Error writeFile(const QString &path, QByteArrayView data, const WriteOptions &options = {});

// Reads a whole regular file of at most maxBytes.
Result<QByteArray> readFile(const QString &path, qint64 maxBytes);
// Opens a regular file of at most maxBytes for reading; the caller closes the descriptor.
Result<int> openForReading(const QString &path, qint64 maxBytes);
// Reads standard input (or any descriptor) to its end, at most maxBytes.
Result<QByteArray> readDescriptor(int fd, const QString &name, qint64 maxBytes);
// "" when path can be read by readFile (a regular file), else the sentence why not.
Error checkRegularFile(const QString &path);
// Creates a folder that only its owner may enter (0700); an existing folder is kept as it is.
Error makePrivateFolder(const QString &path);

} // namespace strata
