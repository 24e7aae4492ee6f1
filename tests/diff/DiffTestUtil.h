#pragma once
// Shared helpers of the diff tests: snapshot a test database, describe two snapshots'
// differences for a failure message.

#include "TestServer.h"
#include "catalog/Introspector.h"
#include "diff/SchemaDiff.h"

namespace strata::test {

// Snapshot through a read-write test connection (the tests create and change these databases).
inline Result<catalog::Snapshot> snapshotOf(const ConnectionProfile &p)
{
    auto c = connectRw(p);
    if (!c)
        return c.error();
    return catalog::Introspector::capture(**c);
}

// One line per differing object: state, key, changed fields and changed columns.
inline QString describeDiff(const catalog::Snapshot &x, const catalog::Snapshot &y)
{
    using namespace strata::diff;
    QStringList lines;
    for (const ObjectDiff &o : SchemaDiff::compare(x, y).objects) {
        QString line = stateId(o.state) + u' ' + o.key;
        if (!o.fields.isEmpty())
            line += QStringLiteral(" [") + o.fields.join(QStringLiteral(", ")) + u']';
        for (const ColumnChange &c : o.columns)
            line += QStringLiteral(" {%1: %2}").arg(c.name, c.fields.join(QStringLiteral(",")));
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace strata::test
