#include "PgRestoreStream.h"

#include "PgTools.h"

namespace strata::runbook {

PgRestoreStream::~PgRestoreStream()
{
    if (m_started && m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

Error PgRestoreStream::start(const QString &archive, int minMajor)
{
    const auto tool = PgTools::find(QStringLiteral("pg_restore"), minMajor);
    if (!tool)
        return Error(Error::Kind::Environment,
                     tr("No pg_restore of version %1 or newer is installed; it is needed to read the pg_dump backup.").arg(minMajor));
    m_proc.setProgram(tool->path);
    m_proc.setArguments({QStringLiteral("--data-only"), QStringLiteral("--file=-"), archive});
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
    m_proc.start();
    if (!m_proc.waitForStarted(10000))
        return Error(Error::Kind::Environment, tr("Cannot start pg_restore: %1").arg(m_proc.errorString()));
    m_started = true;
    return {};
}

Result<std::optional<QByteArray>> PgRestoreStream::readLine()
{
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n');
        if (nl >= 0) {
            QByteArray line = m_buf.left(nl + 1);
            m_buf.remove(0, nl + 1);
            return std::optional<QByteArray>(line);
        }
        if (m_proc.state() == QProcess::NotRunning) {
            m_buf += m_proc.readAllStandardOutput();
            if (m_buf.indexOf('\n') >= 0)
                continue;
            if (m_proc.exitStatus() != QProcess::NormalExit || m_proc.exitCode() != 0)
                return Error(Error::Kind::Io, tr("pg_restore could not read the backup."),
                             QString::fromLocal8Bit(m_proc.readAllStandardError()).trimmed());
            if (!m_buf.isEmpty())
                return Error(Error::Kind::Parse, tr("pg_restore's output ends in the middle of a line."));
            return std::optional<QByteArray>();
        }
        m_proc.waitForReadyRead(1000);
        m_buf += m_proc.readAllStandardOutput();
    }
}

Result<PgRestoreStream::Item> PgRestoreStream::next()
{
    for (;;) {
        auto line = readLine();
        if (!line)
            return line.error();
        if (!line->has_value()) {
            if (m_inCopy)
                return Error(Error::Kind::Parse, tr("The backup's data ends inside a COPY block."));
            return Item{};
        }
        const QByteArray &l = **line;
        if (m_inCopy) {
            if (l == "\\.\n") {
                m_inCopy = false;
                continue;
            }
            return Item{Item::Kind::Row, l};
        }
        if (l.startsWith("COPY ") && l.trimmed().endsWith("FROM stdin;")) {
            m_inCopy = true;
            return Item{Item::Kind::CopyHeader, l.trimmed()};
        }
    }
}

QByteArray PgRestoreStream::columnList(const QByteArray &h)
{
    // Skip the (possibly quoted) table name after "COPY ".
    qsizetype i = 5;
    bool quoted = false;
    for (; i < h.size(); ++i) {
        const char ch = h[i];
        if (ch == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (ch == ' ' && !quoted)
            break;
    }
    const qsizetype open = h.indexOf("(", i) == i + 1 ? i : -1;
    const qsizetype close = h.lastIndexOf(") FROM stdin;");
    if (open < 0 || close < open)
        return {};
    return h.mid(open + 2, close - open - 2);
}

} // namespace strata::runbook
