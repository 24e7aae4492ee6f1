#include "FileIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata {

namespace {

QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

// The process's umask without changing it (umask(2) would race with other threads).
mode_t currentUmask()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("Umask:"))
                return mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
    }
    return 022;
}

QString kindOf(mode_t m)
{
    if (S_ISFIFO(m))
        return FileWriter::tr("a FIFO");
    if (S_ISCHR(m) || S_ISBLK(m))
        return FileWriter::tr("a device");
    if (S_ISDIR(m))
        return FileWriter::tr("a folder");
    if (S_ISSOCK(m))
        return FileWriter::tr("a socket");
    return FileWriter::tr("not a regular file");
}

QString sizeText(qint64 bytes)
{
    if (bytes >= (1LL << 30))
        return FileWriter::tr("%1 GB").arg(double(bytes) / double(1LL << 30), 0, 'f', 1);
    return FileWriter::tr("%1 MB").arg(double(bytes) / double(1LL << 20), 0, 'f', 1);
}

bool fullDisk(int err) { return err == ENOSPC || err == EDQUOT || err == EFBIG; }

Error fsyncFolderOf(const QByteArray &file)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(QFile::decodeName(file)).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error(Error::Kind::Io, FileWriter::tr("Cannot open the folder %1: %2").arg(QFile::decodeName(dir), errnoText(errno)));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Error(Error::Kind::Io, FileWriter::tr("Cannot flush the folder %1 to disk: %2").arg(QFile::decodeName(dir), errnoText(err)));
    return {};
}

} // namespace

FileWriter::FileWriter(QString path, WriteOptions options) : m_path(std::move(path)), m_opt(options) {}

FileWriter::~FileWriter()
{
    discard();
}

Error FileWriter::fail(int err, const QString &what)
{
    if (m_error)
        return m_error;
    m_error = Error(Error::Kind::Io, tr("Cannot write %1: %2").arg(m_path, what.isEmpty() ? errnoText(err) : what));
    if (fullDisk(err))
        m_error.hint = m_inPlace ? tr("The disk is full or the file is over a size limit.")
                                 : tr("The disk is full or the file is over a size limit; %1 was left as it was.").arg(m_path);
    return m_error;
}

Error FileWriter::open()
{
    if (m_path.isEmpty())
        return m_error = Error(Error::Kind::Usage, tr("No file name was given to write to."));
    const QByteArray path = QFile::encodeName(m_path);
    struct stat st {};
    mode_t mode = 0;
    if (::stat(path.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fail(EISDIR, tr("it is a folder"));
        if (S_ISREG(st.st_mode)) {
            // Replaced by a rename; through a symlink, the file it points to is replaced.
            char resolved[PATH_MAX];
            if (!::realpath(path.constData(), resolved))
                return fail(errno, {});
            m_target = resolved;
            mode = m_opt.privateFile ? 0600 : (st.st_mode & 07777);
        } else {
            // A FIFO, a device, a terminal: written in place, never replaced. O_NONBLOCK so
            // that a FIFO nobody reads from is an error (ENXIO) instead of a hang.
            m_inPlace = true;
            m_fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
            if (m_fd < 0) {
                const int err = errno;
                if (err == ENXIO && S_ISFIFO(st.st_mode))
                    return fail(err, tr("it is a FIFO that nobody reads from"));
                return fail(err, {});
            }
            const int flags = ::fcntl(m_fd, F_GETFL);
            if (flags >= 0)
                ::fcntl(m_fd, F_SETFL, flags & ~O_NONBLOCK);
            return {};
        }
    } else {
        const int err = errno;
        struct stat lst {};
        if (err == ENOENT && ::lstat(path.constData(), &lst) == 0 && S_ISLNK(lst.st_mode))
            return fail(err, tr("it is a symbolic link to a file that does not exist"));
        if (err != ENOENT)
            return fail(err, {});
        m_target = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
        mode = m_opt.privateFile ? 0600 : (0666 & ~currentUmask());
    }
    const QFileInfo target(QFile::decodeName(m_target));
    m_temp = QFile::encodeName(target.absolutePath() + QStringLiteral("/.") + target.fileName().left(180) + QStringLiteral(".strata-XXXXXX"));
    m_fd = ::mkostemp(m_temp.data(), O_CLOEXEC);
    if (m_fd < 0) {
        const int err = errno;
        m_temp.clear();
        return fail(err, {});
    }
    if (::fchmod(m_fd, mode) != 0)
        return fail(errno, {});
    return {};
}

bool FileWriter::write(QByteArrayView data)
{
    if (m_error)
        return false;
    if (m_fd < 0) {
        fail(EBADF, tr("the file is not open"));
        return false;
    }
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail(errno, {});
            return false;
        }
        if (n == 0) {
            fail(ENOSPC, {});
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

Error FileWriter::commit()
{
    if (m_error) {
        discard();
        return m_error;
    }
    if (m_fd < 0)
        return fail(EBADF, tr("the file is not open"));
    if (!m_inPlace && m_opt.durable && ::fsync(m_fd) != 0) {
        fail(errno, {});
        discard();
        return m_error;
    }
    const int rc = ::close(m_fd);
    const int err = errno;
    m_fd = -1;
    if (rc != 0) {
        fail(err, {});
        discard();
        return m_error;
    }
    if (m_inPlace)
        return {};
    if (::rename(m_temp.constData(), m_target.constData()) != 0) {
        fail(errno, {});
        discard();
        return m_error;
    }
    m_temp.clear();
    if (m_opt.durable)
        if (Error e = fsyncFolderOf(m_target))
            return m_error = e;
    return {};
}

void FileWriter::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temp.isEmpty()) {
        ::unlink(m_temp.constData());
        m_temp.clear();
    }
}

Error writeFile(const QString &path, QByteArrayView data, const WriteOptions &options)
{
    FileWriter w(path, options);
    if (Error e = w.open())
        return e;
    w.write(data);
    return w.commit();
}

Error checkRegularFile(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Error(Error::Kind::Io, FileWriter::tr("Cannot read %1: %2").arg(path, errnoText(errno)));
    if (!S_ISREG(st.st_mode))
        return Error(Error::Kind::Usage, FileWriter::tr("Cannot read %1: it is %2; Strata reads only regular files.").arg(path, kindOf(st.st_mode)));
    return {};
}

Result<QByteArray> readDescriptor(int fd, const QString &name, qint64 maxBytes)
{
    QByteArray all;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error(Error::Kind::Io, FileWriter::tr("Cannot read %1: %2").arg(name, errnoText(errno)));
        }
        if (n == 0)
            return all;
        if (all.size() + n > maxBytes)
            return Error(Error::Kind::Usage, FileWriter::tr("%1 holds more than %2, the most Strata reads from such an input.")
                                                 .arg(name, sizeText(maxBytes)));
        all.append(buf, n);
    }
}

Result<int> openForReading(const QString &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO without a writer must not hang; fstat then refuses it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error(Error::Kind::Io, FileWriter::tr("Cannot read %1: %2").arg(path, errnoText(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error(Error::Kind::Io, FileWriter::tr("Cannot read %1: %2").arg(path, errnoText(err)));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error(Error::Kind::Usage, FileWriter::tr("Cannot read %1: it is %2; Strata reads only regular files.").arg(path, kindOf(st.st_mode)));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return Error(Error::Kind::Usage, FileWriter::tr("%1 is %2, more than the %3 Strata reads from such a file.")
                                             .arg(path, sizeText(st.st_size), sizeText(maxBytes)));
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    auto fd = openForReading(path, maxBytes);
    if (!fd)
        return fd.error();
    auto r = readDescriptor(*fd, path, maxBytes);
    ::close(*fd);
    return r;
}

Error makePrivateFolder(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir())
        return {};
    if (path.isEmpty() || !QDir().mkpath(fi.absolutePath()))
        return Error(Error::Kind::Io, FileWriter::tr("Cannot create the folder %1.").arg(path));
    const QByteArray p = QFile::encodeName(fi.absoluteFilePath());
    if (::mkdir(p.constData(), 0700) == 0) {
        // mkdir applies the umask: the mode is set explicitly.
        if (::chmod(p.constData(), 0700) != 0)
            return Error(Error::Kind::Io, FileWriter::tr("Cannot make the folder %1 private: %2").arg(path, errnoText(errno)));
        return {};
    }
    if (errno != EEXIST)
        return Error(Error::Kind::Io, FileWriter::tr("Cannot create the folder %1: %2").arg(path, errnoText(errno)));
    if (!QFileInfo(path).isDir())
        return Error(Error::Kind::Io, FileWriter::tr("Cannot create the folder %1: a file of that name is in the way.").arg(path));
    return {};
}

} // namespace strata
