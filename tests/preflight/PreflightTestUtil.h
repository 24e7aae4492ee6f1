#pragma once
// Shared helpers for the pre-flight tests (real server through tests/support).
#include "TestServer.h"
#include "preflight/Preflight.h"

#include <QTest>

namespace strata::test {

inline Result<preflight::PreflightReport> preflightOn(const ConnectionProfile &p, const QString &sql,
                                                      preflight::PreflightOptions o = {})
{
    auto c = Connection::open(p); // read-only review session
    if (!c)
        return c.error();
    return preflight::Preflight::run(sql, c->get(), o);
}

inline QList<preflight::Finding> findingsFor(const preflight::PreflightReport &r, const QString &rule)
{
    QList<preflight::Finding> out;
    for (const preflight::Finding &f : r.findings)
        if (f.rule == rule)
            out.append(f);
    return out;
}

inline bool hasRule(const preflight::PreflightReport &r, const QString &rule)
{
    return !findingsFor(r, rule).isEmpty();
}

inline QString rulesOf(const preflight::PreflightReport &r)
{
    QStringList s;
    for (const preflight::Finding &f : r.findings)
        s.append(f.rule + QStringLiteral("(") + QString::number(f.count) + QStringLiteral(")"));
    return s.join(QStringLiteral(", "));
}

} // namespace strata::test

#define STRATA_REPORT(var, expr)                                        \
    auto var##_r = (expr);                                              \
    if (!var##_r)                                                       \
        QFAIL(qPrintable(var##_r.error().fullText()));                  \
    const ::strata::preflight::PreflightReport &var = *var##_r
