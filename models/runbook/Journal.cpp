#include "Journal.h"

#include "common/FileIo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata::runbook {

namespace {

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

Error fsyncDirectory(const QString &file)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(file).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error(Error::Kind::Io, Journal::tr("Cannot open the journal's folder %1: %2").arg(QString::fromLocal8Bit(dir), errnoText()));
    const int rc = ::fsync(fd);
    const QString why = errnoText();
    ::close(fd);
    if (rc != 0)
        return Error(Error::Kind::Io, Journal::tr("Cannot flush the journal's folder to disk: %1").arg(why));
    return {};
}

} // namespace

Journal::~Journal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Journal::Journal(Journal &&o) noexcept
{
    *this = std::move(o);
}

Journal &Journal::operator=(Journal &&o) noexcept
{
    if (this != &o) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_path = std::move(o.m_path);
        m_fd = o.m_fd;
        o.m_fd = -1;
        m_header = std::move(o.m_header);
        m_events = std::move(o.m_events);
        m_seq = o.m_seq;
        m_droppedTorn = o.m_droppedTorn;
    }
    return *this;
}

QString Journal::runbookSha() const
{
    return m_header.value(QLatin1StringView("runbook_sha256")).toString();
}

Error Journal::checkNewPath(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? Error() : Error(Error::Kind::Io, tr("Cannot use %1 as the journal: %2").arg(path, errnoText()));
    if (S_ISREG(st.st_mode) && st.st_size == 0)
        return {}; // empty: left by a start that failed; written in place, nothing in it to lose
    if (S_ISREG(st.st_mode))
        return Error(Error::Kind::Usage, tr("The journal %1 already exists. Resume it, or choose a new journal file.").arg(path));
    // A FIFO, a device, a folder or a symlink is never replaced by a journal.
    return Error(Error::Kind::Usage, tr("%1 exists and is not a regular file; Strata does not replace it with a journal. Choose a new journal file.").arg(path));
}

Result<Journal> Journal::create(const QString &path, const QJsonObject &header)
{
    QFileInfo fi(path);
    if (Error e = checkNewPath(path))
        return e;
    if (header.value(QLatin1StringView("runbook_sha256")).toString().isEmpty())
        return Error(Error::Kind::Internal, QStringLiteral("journal header without runbook_sha256"));
    if (!QDir().mkpath(fi.absolutePath()))
        return Error(Error::Kind::Io, tr("Cannot create the folder for the journal %1.").arg(path));
    Journal j;
    j.m_path = fi.absoluteFilePath();
    j.m_header = header;
    j.m_header.insert(QStringLiteral("event"), event::Header);
    j.m_header.insert(QStringLiteral("journal_format"), 1);
    if (Error e = j.openForAppend(fi.exists() ? OpenMode::EmptyFile : OpenMode::Create))
        return e;
    if (Error e = fsyncDirectory(j.m_path))
        return e;
    j.m_header.insert(QStringLiteral("seq"), double(++j.m_seq));
    j.m_header.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (Error e = j.writeLine(j.m_header))
        return e;
    return j;
}

Result<Journal> Journal::open(const QString &path)
{
    Journal j;
    j.m_path = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(j.m_path))
        return Error(Error::Kind::Io, tr("The journal %1 does not exist.").arg(path));
    // Nothing is written to the file before it is proven to be a journal: it must be a
    // regular file whose first line is a journal header, and only then may a torn last
    // line be cut away. Locked before it is read: another process may be running it.
    if (Error e = checkRegularFile(j.m_path))
        return e;
    if (Error e = j.openForAppend(OpenMode::Existing))
        return e;
    if (::lseek(j.m_fd, 0, SEEK_SET) < 0)
        return Error(Error::Kind::Io, tr("Cannot read the journal %1: %2").arg(path, errnoText()));
    auto read = readDescriptor(j.m_fd, path, ReadLimit::Journal);
    if (!read)
        return read.error();
    QByteArray all = std::move(*read);
    const qsizetype firstNewline = all.indexOf('\n');
    const QJsonObject first = firstNewline < 0 ? QJsonObject() : QJsonDocument::fromJson(all.left(firstNewline)).object();
    if (first.value(QLatin1StringView("event")).toString() != event::Header
        || first.value(QLatin1StringView("journal_format")).toInt() != 1)
        return Error(Error::Kind::Parse, tr("%1 is not a Strata runbook journal; it was left as it is.").arg(path));
    const qsizetype lastNewline = all.lastIndexOf('\n');
    const bool torn = lastNewline + 1 < all.size();
    all.truncate(lastNewline + 1);
    const QList<QByteArray> lines = all.split('\n');
    int lineNo = 0;
    for (const QByteArray &line : lines) {
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return Error(Error::Kind::Parse, tr("The journal %1 is damaged at line %2: %3").arg(path).arg(lineNo).arg(pe.errorString()));
        const QJsonObject o = doc.object();
        if (j.m_header.isEmpty()) {
            if (o.value(QLatin1StringView("event")).toString() != event::Header
                || o.value(QLatin1StringView("journal_format")).toInt() != 1)
                return Error(Error::Kind::Parse, tr("%1 is not a Strata runbook journal.").arg(path));
            j.m_header = o;
        } else {
            if (o.value(QLatin1StringView("runbook_sha256")).toString() != j.runbookSha())
                return Error(Error::Kind::Parse, tr("Line %1 of the journal %2 belongs to a different runbook.").arg(lineNo).arg(path));
            j.m_events.append(o);
        }
        j.m_seq = std::max(j.m_seq, qint64(o.value(QLatin1StringView("seq")).toDouble()));
    }
    if (j.m_header.isEmpty())
        return Error(Error::Kind::Parse, tr("The journal %1 is empty.").arg(path));
    if (torn) {
        // A torn last line: written when the process died; never acted upon.
        j.m_droppedTorn = true;
        if (::ftruncate(j.m_fd, off_t(all.size())) != 0 || ::fsync(j.m_fd) != 0)
            return Error(Error::Kind::Io, tr("Cannot repair the journal %1: %2").arg(path, errnoText()));
    }
    return j;
}

Error Journal::openForAppend(OpenMode mode)
{
    // Read and append, never truncate; O_NONBLOCK and O_NOFOLLOW so that a FIFO swapped in
    // cannot block the open and a symlink is not followed; fstat below refuses anything
    // but a regular file.
    int flags = O_RDWR | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
    if (mode == OpenMode::Create)
        flags |= O_CREAT | O_EXCL;
    if (mode != OpenMode::Existing)
        flags |= O_NOFOLLOW;
    m_fd = ::open(QFile::encodeName(m_path).constData(), flags, 0600);
    if (m_fd < 0)
        return Error(Error::Kind::Io, tr("Cannot open the journal %1 for writing: %2").arg(m_path, errnoText()));
    struct stat st {};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode) || (mode == OpenMode::EmptyFile && st.st_size != 0)) {
        ::close(m_fd);
        m_fd = -1;
        return Error(Error::Kind::Usage, tr("%1 is not a regular, empty file; Strata does not write a journal into it.").arg(m_path));
    }
    const int fl = ::fcntl(m_fd, F_GETFL);
    if (fl >= 0)
        ::fcntl(m_fd, F_SETFL, fl & ~O_NONBLOCK);
    if (mode == OpenMode::EmptyFile)
        ::fchmod(m_fd, 0600);
    // One process per journal: a second run or resume of the same journal is refused
    // while the first one lives (the lock goes away with a killed process).
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const bool busy = errno == EWOULDBLOCK;
        const QString why = errnoText();
        ::close(m_fd);
        m_fd = -1;
        if (busy)
            return Error(Error::Kind::Usage, tr("Another Strata process is running the journal %1.").arg(m_path), {},
                         tr("Wait for it to finish, or stop it, before resuming."));
        return Error(Error::Kind::Io, tr("Cannot lock the journal %1: %2").arg(m_path, why));
    }
    return {};
}

Error Journal::append(QJsonObject o)
{
    if (m_fd < 0)
        return Error(Error::Kind::Internal, QStringLiteral("journal not open"));
    o.insert(QStringLiteral("runbook_sha256"), runbookSha());
    o.insert(QStringLiteral("seq"), double(++m_seq));
    o.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (Error e = writeLine(o))
        return e;
    if (o.value(QLatin1StringView("event")).toString() != event::Header)
        m_events.append(o);
    return {};
}

Error Journal::writeLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_fd, line.constData() + done, size_t(line.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error(Error::Kind::Io, tr("Cannot write the journal %1: %2").arg(m_path, errnoText()),
                         {}, tr("Nothing more runs until the journal can be written."));
        }
        done += n;
    }
    if (::fsync(m_fd) != 0)
        return Error(Error::Kind::Io, tr("Cannot flush the journal %1 to disk: %2").arg(m_path, errnoText()));
    return {};
}

} // namespace strata::runbook
