#include "ScratchServer.h"
#include "ClusterTemplate.h"
#include "Connection.h"
#include "ProcessUtil.h"
#include "common/FileIo.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <libpq-fe.h>
#include <cerrno>
#include <fcntl.h>
#include <cstring>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata {

namespace {

const QString kOwnerFile = QStringLiteral("owner");
const QString kLogFile = QStringLiteral("server.log");

bool hasServerBinaries(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
           && QFileInfo(dir + QStringLiteral("/postgres")).isExecutable();
}

QString readFirstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine()).trimmed();
}

bool waitGone(qint64 pid, int ms)
{
    QElapsedTimer t;
    t.start();
    while (proc::processAlive(pid)) {
        proc::reap(pid);
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    // processAlive counts a zombie as gone: reap it, or our own child stays <defunct>.
    proc::reap(pid);
    return true;
}

// Stops a postmaster: SIGINT (fast shutdown), then SIGQUIT (immediate), then SIGKILL.
void shutdownPostmaster(qint64 pid, int firstSignal = SIGINT)
{
    if (!proc::processAlive(pid))
        return;
    ::kill(pid_t(pid), firstSignal);
    if (waitGone(pid, 30000))
        return;
    ::kill(pid_t(pid), SIGQUIT);
    if (waitGone(pid, 5000))
        return;
    ::kill(pid_t(pid), SIGKILL);
    waitGone(pid, 5000);
}

// Removes a leftover instance that another process may be removing at the same time
// (parallel starts clean the same base directory): QDir::removeRecursively fails on an
// entry the other one removed first and then skips the rmdir, so each of the two could
// leave the tree behind. Again until it is gone; every pass finds fewer entries.
bool removeLeftover(const QString &path)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (QDir(path).removeRecursively() || !QFileInfo::exists(path))
            return true;
        QThread::msleep(20);
    }
    return !QFileInfo::exists(path);
}

// True when pid is a postgres process serving dataDir (guards against pid reuse).
bool isPostmasterOf(qint64 pid, const QString &dataDir)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray cmd = f.readAll();
    return cmd.contains("postgres") && cmd.contains(QFile::encodeName(dataDir));
}

} // namespace

ScratchServer::ScratchServer(ScratchOptions options) : m_opt(std::move(options)) {}

ScratchServer::~ScratchServer()
{
    stop();
}

QString ScratchServer::defaultBaseDir()
{
    // When root drops to another account, that account must reach the directory: /tmp is
    // world-traversable; a TMPDIR under /root would not be.
    const QString tmp = ::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
    return tmp + QStringLiteral("/strata-%1").arg(::geteuid());
}

Result<QString> ScratchServer::findBinDir(const QString &preferred)
{
    if (!preferred.isEmpty()) {
        if (hasServerBinaries(preferred))
            return preferred;
        return Error(Error::Kind::Environment,
                     tr("No PostgreSQL server binaries (initdb, postgres) in “%1”.").arg(preferred));
    }
    QStringList candidates;
    const QString envDir = qEnvironmentVariable("STRATA_PG_BINDIR");
    if (!envDir.isEmpty())
        candidates << envDir;
    {
        QProcess p;
        p.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            candidates << QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    }
    // Debian/Ubuntu keep the server binaries off PATH: newest first.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &v : versions)
        candidates << lib.filePath(v + QStringLiteral("/bin"));
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!onPath.isEmpty())
        candidates << QFileInfo(QFileInfo(onPath).canonicalFilePath()).absolutePath();
    for (const QString &c : candidates)
        if (hasServerBinaries(c))
            return c;
    return Error(Error::Kind::Environment,
                 tr("No PostgreSQL server binaries were found on this machine."),
                 tr("Looked in: %1").arg(candidates.isEmpty() ? tr("(nothing)") : candidates.join(u", ")),
                 tr("Install them (Debian: apt install postgresql-15) or set STRATA_PG_BINDIR."));
}

Error ScratchServer::prepareDirectories()
{
    const QString base = m_opt.baseDir.isEmpty() ? defaultBaseDir() : m_opt.baseDir;
    QDir().mkpath(base);
    // The base folder must be ours (in /tmp another account could have made it first) and
    // a real folder, not a symlink.
    struct stat bst {};
    if (::lstat(QFile::encodeName(base).constData(), &bst) != 0 || !S_ISDIR(bst.st_mode) || bst.st_uid != ::geteuid())
        return Error(Error::Kind::Environment, tr("The scratch server folder “%1” is not a folder owned by this account.").arg(base),
                     {}, tr("Remove it, or set TMPDIR to a folder of your own."));
    ::chmod(QFile::encodeName(base).constData(), 0711);
    const QString name = QStringLiteral("i-%1-%2").arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate() % 0xFFFFFF, 6, 16, QLatin1Char('0'));
    m_instanceDir = base + u'/' + name;
    // A new folder only its owner may enter: the unix socket (trust) lives in it.
    const QByteArray instance = QFile::encodeName(m_instanceDir);
    if (::mkdir(instance.constData(), 0700) != 0 || ::chmod(instance.constData(), 0700) != 0)
        return Error(Error::Kind::Io, tr("Could not create the scratch server directory “%1”.").arg(m_instanceDir),
                     QString::fromLocal8Bit(std::strerror(errno)));
    // unix socket paths are limited to 107 bytes
    if (QFile::encodeName(m_instanceDir).size() + 20 > 107)
        return Error(Error::Kind::Environment, tr("The scratch directory path is too long for a unix socket: “%1”.").arg(m_instanceDir),
                     {}, tr("Set TMPDIR to a shorter directory."));
    const qint64 me = QCoreApplication::applicationPid();
    const QByteArray owner = QByteArray::number(me) + ' ' + QByteArray::number(proc::processStartTime(me)) + '\n';
    if (Error e = writeFile(m_instanceDir + u'/' + kOwnerFile, owner))
        return Error(Error::Kind::Io, tr("Could not write in “%1”.").arg(m_instanceDir), e.message);

    m_dropPrivileges = ::geteuid() == 0;
    if (m_dropPrivileges) {
        const proc::Account acc = proc::unprivilegedAccount();
        if (!acc.valid)
            return Error(Error::Kind::Environment,
                         tr("Running as root, but there is no unprivileged account (postgres or nobody) to run the scratch server as."),
                         {}, tr("PostgreSQL refuses to run as root. Create a “postgres” user, or run Strata as a normal user."));
        m_runUid = acc.uid;
        m_runGid = acc.gid;
        if (!proc::chownRecursive(m_instanceDir, m_runUid, m_runGid))
            return Error(Error::Kind::Io, tr("Could not hand “%1” to the account “%2”.").arg(m_instanceDir, acc.name));
    }
    return {};
}

QString ScratchOptions::defaultTemplateCache()
{
    return cluster_template::defaultCacheDir();
}

QStringList ScratchServer::initdbArguments() const
{
    return {QStringLiteral("-U"), m_opt.superuser,
            QStringLiteral("--auth-local=trust"),        // the socket sits in our 0700 folder
            QStringLiteral("--auth-host=scram-sha-256"), // TCP: the generated password only
            QStringLiteral("-E"), QStringLiteral("UTF8"),
            QStringLiteral("--locale=C")};
}

// The cluster: a copy of the cached fresh one when there is one, else initdb (whose
// result is then cached for the next start).
Error ScratchServer::makeCluster()
{
    m_fromTemplate = false;
    const QString key = m_opt.templateCache.isEmpty() ? QString() : cluster_template::keyFor(m_binDir, initdbArguments());
    const QString cached = cluster_template::cachedDataDir(m_opt.templateCache, key);
    if (!cached.isEmpty()) {
        const QString failed = cluster_template::copyTree(cached, dataDir());
        if (failed.isEmpty() && (!m_dropPrivileges || proc::chownRecursive(dataDir(), m_runUid, m_runGid))) {
            m_major = readFirstLine(dataDir() + QStringLiteral("/PG_VERSION")).toInt();
            m_fromTemplate = m_major > 0;
            if (m_fromTemplate && m_opt.durable) { // initdb would have synced what it wrote
                const int fd = ::open(QFile::encodeName(dataDir()).constData(), O_RDONLY | O_DIRECTORY);
                m_fromTemplate = fd >= 0 && ::syncfs(fd) == 0;
                if (fd >= 0)
                    ::close(fd);
            }
            if (m_fromTemplate)
                return {};
        }
        QDir(dataDir()).removeRecursively(); // a partial copy: initdb instead
    }
    if (Error e = runInitdb())
        return e;
    if (!key.isEmpty())
        cluster_template::store(m_opt.templateCache, key, QFileInfo(m_binDir).canonicalFilePath(), dataDir());
    return {};
}

Error ScratchServer::runInitdb()
{
    QProcess p;
    p.setProgram(m_binDir + QStringLiteral("/initdb"));
    QStringList args = QStringList{QStringLiteral("-D"), dataDir()} + initdbArguments();
    if (!m_opt.durable)
        args << QStringLiteral("--no-sync");
    p.setArguments(args);
    p.setWorkingDirectory(m_instanceDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(u"PG"))
            env.remove(k);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_dropPrivileges) {
        const uid_t uid = m_runUid;
        const gid_t gid = m_runGid;
        p.setChildProcessModifier([uid, gid] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    p.start();
    if (!p.waitForStarted(10000))
        return Error(Error::Kind::Environment, tr("initdb could not be started."), p.errorString());
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString out = QString::fromLocal8Bit(p.readAll()).trimmed();
        return Error(Error::Kind::Environment, tr("initdb failed to create the scratch cluster."),
                     out.isEmpty() ? p.errorString() : out.right(2000));
    }
    m_major = readFirstLine(dataDir() + QStringLiteral("/PG_VERSION")).toInt();
    return {};
}

Error ScratchServer::spawnPostmaster()
{
    QStringList args{QStringLiteral("-D"), dataDir(),
                     QStringLiteral("-k"), m_instanceDir,
                     QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-c"), m_opt.listenTcp ? QStringLiteral("listen_addresses=127.0.0.1") : QStringLiteral("listen_addresses="),
                     QStringLiteral("-c"), QStringLiteral("unix_socket_permissions=0700"),
                     QStringLiteral("-c"), QStringLiteral("max_connections=60"),
                     QStringLiteral("-c"), QStringLiteral("max_locks_per_transaction=1024"),
                     QStringLiteral("-c"), QStringLiteral("logging_collector=off")};
    if (!m_opt.durable)
        args << QStringLiteral("-c") << QStringLiteral("fsync=off")
             << QStringLiteral("-c") << QStringLiteral("full_page_writes=off")
             << QStringLiteral("-c") << QStringLiteral("synchronous_commit=off");
    QString err;
    m_pid = proc::spawnDetached(m_binDir + QStringLiteral("/postgres"), args,
                                m_instanceDir + u'/' + kLogFile, m_runUid, m_runGid, m_dropPrivileges, &err);
    if (m_pid < 0)
        return Error(Error::Kind::Environment, tr("The PostgreSQL server could not be started."), err);
    return {};
}

Error ScratchServer::waitReady()
{
    const QByteArray host = QFile::encodeName(m_instanceDir);
    const QByteArray port = QByteArray::number(m_port);
    const QByteArray user = m_opt.superuser.toUtf8();
    const char *keys[] = {"host", "port", "dbname", "user", nullptr};
    const char *vals[] = {host.constData(), port.constData(), "postgres", user.constData(), nullptr};
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < m_opt.startTimeoutMs) {
        if (PQpingParams(keys, vals, 0) == PQPING_OK) {
            m_running = true;
            return {};
        }
        if (!proc::processAlive(m_pid)) {
            proc::reap(m_pid);
            return Error(Error::Kind::Environment, tr("The scratch PostgreSQL server stopped while starting."), logTail());
        }
        QThread::msleep(25);
    }
    return Error(Error::Kind::Environment, tr("The scratch PostgreSQL server did not become ready in time."), logTail());
}

Error ScratchServer::start()
{
    if (m_running)
        return {};
    auto bin = findBinDir(m_opt.binDir);
    if (!bin)
        return bin.error();
    m_binDir = *bin;
    cleanupLeftovers(m_opt.baseDir);
    if (Error e = prepareDirectories())
        return e;
    if (Error e = makeCluster())
        return e;
    m_port = proc::freeTcpPort();
    if (m_port <= 0)
        m_port = 54329;
    if (Error e = spawnPostmaster())
        return e;
    if (Error e = waitReady())
        return e;
    return m_opt.listenTcp ? setTcpPassword() : Error();
}

Error ScratchServer::setTcpPassword()
{
    // A fresh random password; the server gets only its SCRAM verifier, computed here, so
    // the password itself is neither sent nor logged. Until it is set, a TCP login fails
    // (scram with no password set), never succeeds.
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString pw;
    for (int i = 0; i < 24; ++i)
        pw += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet - 1))]);
    SessionOptions o;
    o.readOnly = false;
    o.statementTimeoutMs = 0;
    auto c = Connection::open(profile(), o);
    if (!c)
        return c.error();
    const QByteArray user = m_opt.superuser.toUtf8();
    char *verifier = PQencryptPasswordConn((*c)->raw(), pw.toUtf8().constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        return Error(Error::Kind::Internal, tr("Could not make a password for the scratch server."),
                     QString::fromUtf8(PQerrorMessage((*c)->raw())).trimmed());
    char *literal = PQescapeLiteral((*c)->raw(), verifier, std::strlen(verifier));
    PQfreemem(verifier);
    if (!literal)
        return Error(Error::Kind::Internal, tr("Could not make a password for the scratch server."));
    const QString sql = QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg((*c)->quoteIdentifier(m_opt.superuser), QString::fromUtf8(literal));
    PQfreemem(literal);
    if (Error e = (*c)->exec(sql).error)
        return e;
    m_password = pw;
    return {};
}

Error ScratchServer::restart()
{
    if (m_running)
        return {};
    if (m_instanceDir.isEmpty())
        return start();
    if (Error e = spawnPostmaster())
        return e;
    return waitReady();
}

Error ScratchServer::stopImmediate()
{
    if (!m_running)
        return {};
    shutdownPostmaster(m_pid, SIGQUIT);
    m_running = false;
    return {};
}

Error ScratchServer::stop()
{
    if (m_instanceDir.isEmpty())
        return {};
    if (m_pid > 0)
        shutdownPostmaster(m_pid, SIGINT);
    m_running = false;
    m_pid = 0;
    m_password.clear();
    QDir(m_instanceDir).removeRecursively();
    m_instanceDir.clear();
    return {};
}

bool ScratchServer::isRunning() const
{
    return m_running && proc::processAlive(m_pid);
}

qint64 ScratchServer::postmasterPid() const
{
    return m_pid;
}

QString ScratchServer::dataDir() const
{
    return m_instanceDir + QStringLiteral("/data");
}

QString ScratchServer::logTail(int lines) const
{
    QFile f(m_instanceDir + u'/' + kLogFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(qMax(0, int(all.size()) - lines)).join(u'\n');
}

ConnectionProfile ScratchServer::profile(const QString &dbname) const
{
    ConnectionProfile p;
    p.name = tr("Scratch server");
    p.host = m_instanceDir;
    p.port = QString::number(m_port);
    p.dbname = dbname;
    p.user = m_opt.superuser;
    p.sslmode = QStringLiteral("disable");
    return p;
}

ConnectionProfile ScratchServer::tcpProfile(const QString &dbname) const
{
    ConnectionProfile p = profile(dbname);
    p.host = QStringLiteral("127.0.0.1");
    p.transientPassword = m_password;
    return p;
}

static Error adminExec(const ScratchServer &s, const QString &sqlPrefix, const QString &name)
{
    SessionOptions o;
    o.readOnly = false;
    o.statementTimeoutMs = 0;
    auto c = Connection::open(s.profile(), o);
    if (!c)
        return c.error();
    return (*c)->exec(sqlPrefix + (*c)->quoteIdentifier(name)).error;
}

Error ScratchServer::createDatabase(const QString &name)
{
    return adminExec(*this, QStringLiteral("CREATE DATABASE "), name);
}

Error ScratchServer::dropDatabase(const QString &name)
{
    return adminExec(*this, QStringLiteral("DROP DATABASE IF EXISTS "), name);
}

int ScratchServer::cleanupLeftovers(const QString &baseDir)
{
    const QString base = baseDir.isEmpty() ? defaultBaseDir() : baseDir;
    QDir dir(base);
    int removed = 0;
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral("i-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        const QString path = fi.absoluteFilePath();
        const QStringList owner = readFirstLine(path + u'/' + kOwnerFile).split(u' ');
        if (owner.size() == 2) {
            const qint64 pid = owner[0].toLongLong();
            const quint64 started = owner[1].toULongLong();
            if (proc::processAlive(pid) && proc::processStartTime(pid) == started)
                continue; // its owner still runs
        } else if (fi.lastModified().secsTo(QDateTime::currentDateTime()) < 120) {
            continue; // being created right now
        }
        const QString data = path + QStringLiteral("/data");
        const qint64 pm = readFirstLine(data + QStringLiteral("/postmaster.pid")).toLongLong();
        if (pm > 0 && proc::processAlive(pm) && isPostmasterOf(pm, data))
            shutdownPostmaster(pm, SIGQUIT);
        if (removeLeftover(path))
            ++removed;
    }
    return removed;
}

} // namespace strata
