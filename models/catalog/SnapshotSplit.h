#pragma once
// One snapshot of many schemas (one bulk capture of a database's tenant schemas) split
// into one snapshot per schema, each schema renamed to a common name so that tenants
// compare with each other and with a reference. Names are renamed in the objects'
// fields and, with libpg_query's scanner, in their definitions: a qualifier
// `tenant_7.` (bare or quoted) before a name, and 'tenant_7.x' inside string literals
// (regclass casts such as nextval('tenant_7.t_id_seq'::regclass)).
// Extensions and objects of other schemas are left out of every part.

#include "Snapshot.h"

#include <QHash>

namespace strata::catalog {

class SnapshotSplit
{
public:
    static QHash<QString, Snapshot> bySchema(const Snapshot &all, const QStringList &schemas, const QString &commonName);
    // Renames one schema in a text (see above); `from` and `to` are plain names.
    static QString renameSchemaInText(const QString &text, const QString &from, const QString &to);
};

} // namespace strata::catalog
