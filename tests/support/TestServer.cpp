#include "TestServer.h"

#include <QAtomicInt>
#include <memory>

namespace strata::test {

namespace {
std::unique_ptr<ScratchServer> &instance()
{
    static std::unique_ptr<ScratchServer> s;
    return s;
}
Error &startError()
{
    static Error e;
    return e;
}
} // namespace

Error ensureServer()
{
    if (!instance()) {
        instance() = std::make_unique<ScratchServer>();
        startError() = instance()->start();
    }
    return startError();
}

ScratchServer &server()
{
    ensureServer();
    return *instance();
}

Result<ConnectionProfile> freshDatabase(const QString &prefix)
{
    if (Error e = ensureServer())
        return e;
    static QAtomicInt counter;
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
    if (Error e = server().createDatabase(name))
        return e;
    return server().profile(name);
}

Result<std::unique_ptr<Connection>> connectRw(const ConnectionProfile &p)
{
    SessionOptions o;
    o.readOnly = false;
    o.statementTimeoutMs = 0;
    return Connection::open(p, o);
}

bool makeRwDb(RwDb &d, const QString &prefix, const QString &sql)
{
    auto p = freshDatabase(prefix);
    if (!p || runScript(*p, sql))
        return false;
    d.profile = *p;
    d.uri = p->displayString();
    auto c = connectRw(*p);
    if (!c)
        return false;
    d.c = std::move(*c);
    return true;
}

Error runScript(const ConnectionProfile &p, const QString &sql)
{
    auto c = connectRw(p);
    if (!c)
        return c.error();
    return (*c)->execScript(sql).error;
}

} // namespace strata::test
