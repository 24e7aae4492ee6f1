#include "ProcessUtil.h"

#include <QDirIterator>
#include <QFile>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace strata::proc {

Account unprivilegedAccount()
{
    for (const char *name : {"postgres", "nobody"}) {
        if (const passwd *pw = getpwnam(name)) {
            if (pw->pw_uid == 0)
                continue;
            return Account{QString::fromUtf8(name), pw->pw_uid, pw->pw_gid, true};
        }
    }
    return {};
}

static QByteArray procStat(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    const QByteArray st = procStat(pid);
    if (st.isEmpty())
        return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
    // "pid (comm) S ..." - comm may contain spaces and parentheses: state follows the last ')'
    const qsizetype close = st.lastIndexOf(')');
    if (close < 0 || close + 2 >= st.size())
        return true;
    return st.at(close + 2) != 'Z' && st.at(close + 2) != 'X';
}

quint64 processStartTime(qint64 pid)
{
    const QByteArray st = procStat(pid);
    const qsizetype close = st.lastIndexOf(')');
    if (close < 0)
        return 0;
    // fields after comm: state(3) ppid(4) ... starttime is field 22
    const QList<QByteArray> f = st.mid(close + 2).split(' ');
    return f.size() > 19 ? f.at(19).toULongLong() : 0;
}

qint64 spawnDetached(const QString &program, const QStringList &args, const QString &logFile,
                     uint uid, uint gid, bool dropPrivileges, QString *error)
{
    // Everything the child needs is prepared before fork(): after it, only
    // async-signal-safe calls are allowed.
    const QByteArray prog = QFile::encodeName(program);
    std::vector<QByteArray> argStore;
    argStore.push_back(prog);
    for (const QString &a : args)
        argStore.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray log = QFile::encodeName(logFile);

    int errPipe[2];
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(errPipe[0]);
        ::close(errPipe[1]);
        return -1;
    }
    if (pid == 0) {
        ::close(errPipe[0]);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr); // the server must see SIGINT/SIGQUIT
        ::setsid();
        int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (devnull >= 0)
            ::dup2(devnull, 0);
        if (fd >= 0) {
            ::dup2(fd, 1);
            ::dup2(fd, 2);
        }
        if (dropPrivileges) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                int e = errno;
                (void)!::write(errPipe[1], &e, sizeof e);
                ::_exit(127);
            }
        }
        ::execv(argv[0], argv.data());
        int e = errno;
        (void)!::write(errPipe[1], &e, sizeof e);
        ::_exit(127);
    }
    ::close(errPipe[1]);
    int childErr = 0;
    const ssize_t n = ::read(errPipe[0], &childErr, sizeof childErr);
    ::close(errPipe[0]);
    if (n == sizeof childErr) {
        ::waitpid(pid, nullptr, 0);
        *error = QString::fromLocal8Bit(std::strerror(childErr));
        return -1;
    }
    return pid;
}

void reap(qint64 pid)
{
    if (pid > 0)
        ::waitpid(pid_t(pid), nullptr, WNOHANG);
}

bool chownRecursive(const QString &path, uint uid, uint gid)
{
    bool ok = ::lchown(QFile::encodeName(path).constData(), uid, gid) == 0;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok &= ::lchown(QFile::encodeName(it.next()).constData(), uid, gid) == 0;
    return ok;
}

int freeTcpPort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof addr;
    if (::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(s, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(s);
    return port;
}

} // namespace strata::proc
