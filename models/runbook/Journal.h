#pragma once
// The runbook's journal: an append-only file with one JSON object per line, each
// written and fsync'd (file, and the directory when the file is new) before the
// caller goes on. The first line is the header (the runbook itself, its sha256, the
// server and database); every later line is an event carrying the same sha256, so a
// journal cannot be applied to a different runbook.
//
// The file is flock'ed while a Journal holds it: one process per journal.
//
// A crash can leave a torn last line (no newline): it was never acted upon (nothing
// happens before an append returns), so open() drops it and truncates it away.

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace strata::runbook {

namespace event {
// Event names (stable, written to disk).
inline const QString Header = QStringLiteral("header");
inline const QString Started = QStringLiteral("started");     // a step begins (attempt n)
inline const QString Retry = QStringLiteral("retry");         // lock timeout: rolled back, will try again
inline const QString Txid = QStringLiteral("txid");           // txid_current(), written BEFORE COMMIT is sent
inline const QString Committed = QStringLiteral("committed"); // COMMIT returned ok
inline const QString Done = QStringLiteral("done");           // the step's work is finished
inline const QString Failed = QStringLiteral("failed");       // error; the transaction rolled back
inline const QString Skipped = QStringLiteral("skipped");     // the operator skipped it
inline const QString Resolved = QStringLiteral("resolved");   // an in-doubt step resolved after a crash
inline const QString Backup = QStringLiteral("backup");       // a table was backed up and verified
inline const QString Note = QStringLiteral("note");           // anything else for the audit (invalid index dropped, ...)
inline const QString Stopped = QStringLiteral("stopped");     // the operator stopped the run
} // namespace event

class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    Journal() = default;
    ~Journal();
    Journal(Journal &&other) noexcept;
    Journal &operator=(Journal &&other) noexcept;
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // Refuses a path where a journal must not be created: an existing journal or other
    // file with content, a FIFO, a device, a folder or a symlink. Empty regular files pass.
    static Error checkNewPath(const QString &path);
    // Creates a new journal; the file must not exist or be an empty regular file.
    static Result<Journal> create(const QString &path, const QJsonObject &header);
    // Opens an existing journal for reading and appending.
    static Result<Journal> open(const QString &path);

    // Appends one event ("event" and "step" fields set by the caller); adds the runbook's
    // sha256, a sequence number and the time; returns only after fsync.
    Error append(QJsonObject event);

    const QJsonObject &header() const { return m_header; }
    const QList<QJsonObject> &events() const { return m_events; }
    QString runbookSha() const;
    QString path() const { return m_path; }
    bool droppedTornLine() const { return m_droppedTorn; }

private:
    enum class OpenMode { Create, EmptyFile, Existing };
    Error openForAppend(OpenMode mode);
    Error writeLine(const QJsonObject &o);

    QString m_path;
    int m_fd = -1;
    QJsonObject m_header;
    QList<QJsonObject> m_events;
    qint64 m_seq = 0;
    bool m_droppedTorn = false;
};

} // namespace strata::runbook
