#include "LockTable.h"

#include <QJsonArray>

namespace strata::preflight {

QString lockName(LockLevel level)
{
    switch (level) {
    case LockLevel::None: return QStringLiteral("none");
    case LockLevel::AccessShare: return QStringLiteral("ACCESS SHARE");
    case LockLevel::RowShare: return QStringLiteral("ROW SHARE");
    case LockLevel::RowExclusive: return QStringLiteral("ROW EXCLUSIVE");
    case LockLevel::ShareUpdateExclusive: return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockLevel::Share: return QStringLiteral("SHARE");
    case LockLevel::ShareRowExclusive: return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockLevel::Exclusive: return QStringLiteral("EXCLUSIVE");
    case LockLevel::AccessExclusive: return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

QString pgLockMode(LockLevel level)
{
    switch (level) {
    case LockLevel::None: return {};
    case LockLevel::AccessShare: return QStringLiteral("AccessShareLock");
    case LockLevel::RowShare: return QStringLiteral("RowShareLock");
    case LockLevel::RowExclusive: return QStringLiteral("RowExclusiveLock");
    case LockLevel::ShareUpdateExclusive: return QStringLiteral("ShareUpdateExclusiveLock");
    case LockLevel::Share: return QStringLiteral("ShareLock");
    case LockLevel::ShareRowExclusive: return QStringLiteral("ShareRowExclusiveLock");
    case LockLevel::Exclusive: return QStringLiteral("ExclusiveLock");
    case LockLevel::AccessExclusive: return QStringLiteral("AccessExclusiveLock");
    }
    return {};
}

LockLevel lockFromPgMode(const QString &mode)
{
    for (int i = 1; i <= int(LockLevel::AccessExclusive); ++i)
        if (pgLockMode(LockLevel(i)) == mode)
            return LockLevel(i);
    return LockLevel::None;
}

bool locksConflict(LockLevel a, LockLevel b)
{
    if (a == LockLevel::None || b == LockLevel::None)
        return false;
    // Row i lists the modes that conflict with mode i (documentation table 13.2).
    static const unsigned masks[] = {
        0,
        1u << int(LockLevel::AccessExclusive),
        (1u << int(LockLevel::Exclusive)) | (1u << int(LockLevel::AccessExclusive)),
        (1u << int(LockLevel::Share)) | (1u << int(LockLevel::ShareRowExclusive)) | (1u << int(LockLevel::Exclusive))
            | (1u << int(LockLevel::AccessExclusive)),
        (1u << int(LockLevel::ShareUpdateExclusive)) | (1u << int(LockLevel::Share)) | (1u << int(LockLevel::ShareRowExclusive))
            | (1u << int(LockLevel::Exclusive)) | (1u << int(LockLevel::AccessExclusive)),
        (1u << int(LockLevel::RowExclusive)) | (1u << int(LockLevel::ShareUpdateExclusive)) | (1u << int(LockLevel::ShareRowExclusive))
            | (1u << int(LockLevel::Exclusive)) | (1u << int(LockLevel::AccessExclusive)),
        (1u << int(LockLevel::RowExclusive)) | (1u << int(LockLevel::ShareUpdateExclusive)) | (1u << int(LockLevel::Share))
            | (1u << int(LockLevel::ShareRowExclusive)) | (1u << int(LockLevel::Exclusive)) | (1u << int(LockLevel::AccessExclusive)),
        (1u << int(LockLevel::RowShare)) | (1u << int(LockLevel::RowExclusive)) | (1u << int(LockLevel::ShareUpdateExclusive))
            | (1u << int(LockLevel::Share)) | (1u << int(LockLevel::ShareRowExclusive)) | (1u << int(LockLevel::Exclusive))
            | (1u << int(LockLevel::AccessExclusive)),
        0x1FEu, // ACCESS EXCLUSIVE conflicts with everything
    };
    return (masks[int(a)] >> int(b)) & 1u;
}

QString lockImpact(LockLevel level)
{
    switch (level) {
    case LockLevel::AccessExclusive:
        return LockTable::tr("blocks all reads and writes");
    case LockLevel::Exclusive:
        return LockTable::tr("blocks writes and most reads (plain SELECT still runs)");
    case LockLevel::ShareRowExclusive:
    case LockLevel::Share:
        return LockTable::tr("blocks writes (INSERT, UPDATE, DELETE); reads continue");
    case LockLevel::ShareUpdateExclusive:
        return LockTable::tr("blocks other schema changes and VACUUM; reads and writes continue");
    case LockLevel::RowExclusive:
    case LockLevel::RowShare:
    case LockLevel::AccessShare:
        return LockTable::tr("blocks only conflicting schema changes");
    case LockLevel::None:
        break;
    }
    return {};
}

QString LockTable::subtypeForm(const QString &subtype)
{
    static const QHash<QString, QString> forms = {
        {QStringLiteral("AT_AddColumn"), QStringLiteral("ADD COLUMN")},
        {QStringLiteral("AT_ColumnDefault"), QStringLiteral("ALTER COLUMN SET/DROP DEFAULT")},
        {QStringLiteral("AT_DropNotNull"), QStringLiteral("ALTER COLUMN DROP NOT NULL")},
        {QStringLiteral("AT_SetNotNull"), QStringLiteral("ALTER COLUMN SET NOT NULL")},
        {QStringLiteral("AT_DropExpression"), QStringLiteral("ALTER COLUMN DROP EXPRESSION")},
        {QStringLiteral("AT_SetStatistics"), QStringLiteral("ALTER COLUMN SET STATISTICS")},
        {QStringLiteral("AT_SetOptions"), QStringLiteral("ALTER COLUMN SET (...)")},
        {QStringLiteral("AT_ResetOptions"), QStringLiteral("ALTER COLUMN RESET (...)")},
        {QStringLiteral("AT_SetStorage"), QStringLiteral("ALTER COLUMN SET STORAGE")},
        {QStringLiteral("AT_SetCompression"), QStringLiteral("ALTER COLUMN SET COMPRESSION")},
        {QStringLiteral("AT_DropColumn"), QStringLiteral("DROP COLUMN")},
        {QStringLiteral("AT_AddIndex"), QStringLiteral("ADD INDEX")},
        {QStringLiteral("AT_AddConstraint"), QStringLiteral("ADD CONSTRAINT")},
        {QStringLiteral("AT_AlterConstraint"), QStringLiteral("ALTER CONSTRAINT")},
        {QStringLiteral("AT_ValidateConstraint"), QStringLiteral("VALIDATE CONSTRAINT")},
        {QStringLiteral("AT_DropConstraint"), QStringLiteral("DROP CONSTRAINT")},
        {QStringLiteral("AT_AlterColumnType"), QStringLiteral("ALTER COLUMN TYPE")},
        {QStringLiteral("AT_ChangeOwner"), QStringLiteral("OWNER TO")},
        {QStringLiteral("AT_ClusterOn"), QStringLiteral("CLUSTER ON")},
        {QStringLiteral("AT_DropCluster"), QStringLiteral("SET WITHOUT CLUSTER")},
        {QStringLiteral("AT_SetLogged"), QStringLiteral("SET LOGGED")},
        {QStringLiteral("AT_SetUnLogged"), QStringLiteral("SET UNLOGGED")},
        {QStringLiteral("AT_SetAccessMethod"), QStringLiteral("SET ACCESS METHOD")},
        {QStringLiteral("AT_SetTableSpace"), QStringLiteral("SET TABLESPACE")},
        {QStringLiteral("AT_SetRelOptions"), QStringLiteral("SET (storage parameters)")},
        {QStringLiteral("AT_ResetRelOptions"), QStringLiteral("RESET (storage parameters)")},
        {QStringLiteral("AT_EnableTrig"), QStringLiteral("ENABLE TRIGGER")},
        {QStringLiteral("AT_DisableTrig"), QStringLiteral("DISABLE TRIGGER")},
        {QStringLiteral("AT_EnableTrigAll"), QStringLiteral("ENABLE TRIGGER ALL")},
        {QStringLiteral("AT_DisableTrigAll"), QStringLiteral("DISABLE TRIGGER ALL")},
        {QStringLiteral("AT_EnableTrigUser"), QStringLiteral("ENABLE TRIGGER USER")},
        {QStringLiteral("AT_DisableTrigUser"), QStringLiteral("DISABLE TRIGGER USER")},
        {QStringLiteral("AT_AddInherit"), QStringLiteral("INHERIT")},
        {QStringLiteral("AT_DropInherit"), QStringLiteral("NO INHERIT")},
        {QStringLiteral("AT_AddIdentity"), QStringLiteral("ALTER COLUMN ADD GENERATED AS IDENTITY")},
        {QStringLiteral("AT_SetIdentity"), QStringLiteral("ALTER COLUMN SET GENERATED")},
        {QStringLiteral("AT_DropIdentity"), QStringLiteral("ALTER COLUMN DROP IDENTITY")},
        {QStringLiteral("AT_AttachPartition"), QStringLiteral("ATTACH PARTITION")},
        {QStringLiteral("AT_DetachPartition"), QStringLiteral("DETACH PARTITION")},
        {QStringLiteral("AT_ReplicaIdentity"), QStringLiteral("REPLICA IDENTITY")},
        {QStringLiteral("AT_EnableRowSecurity"), QStringLiteral("ENABLE ROW LEVEL SECURITY")},
        {QStringLiteral("AT_DisableRowSecurity"), QStringLiteral("DISABLE ROW LEVEL SECURITY")},
    };
    return forms.value(subtype, subtype.startsWith(u"AT_") ? subtype.mid(3) : subtype);
}

namespace {

QString str(const QJsonValue &v)
{
    return v.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
}

bool hasConstraint(const QJsonObject &columnDef, const QString &contype)
{
    for (const QJsonValue &c : columnDef.value(QStringLiteral("constraints")).toArray())
        if (c.toObject().value(QStringLiteral("Constraint")).toObject().value(QStringLiteral("contype")).toString() == contype)
            return true;
    return false;
}

} // namespace

LockEffect LockTable::alterTableCmd(const QJsonObject &cmd, const QString &objtype)
{
    using L = LockLevel;
    LockEffect e;
    const QString subtype = cmd.value(QStringLiteral("subtype")).toString();
    e.form = QStringLiteral("ALTER TABLE ... ") + subtypeForm(subtype);
    e.level = L::AccessExclusive; // "An ACCESS EXCLUSIVE lock is acquired unless explicitly noted."

    if (subtype == u"AT_SetStatistics" || subtype == u"AT_SetOptions" || subtype == u"AT_ResetOptions"
        || subtype == u"AT_ClusterOn" || subtype == u"AT_DropCluster" || subtype == u"AT_SetRelOptions"
        || subtype == u"AT_ResetRelOptions") {
        // Storage parameters: most take SHARE UPDATE EXCLUSIVE (fillfactor, autovacuum, toast
        // settings, parallel_workers); the docs say so for each. We report that level.
        e.level = L::ShareUpdateExclusive;
    } else if (subtype == u"AT_ValidateConstraint") {
        e.level = L::ShareUpdateExclusive;
        e.scan = true;
    } else if (subtype.startsWith(u"AT_EnableTrig") || subtype.startsWith(u"AT_DisableTrig")
               || subtype == u"AT_EnableAlwaysTrig" || subtype == u"AT_EnableReplicaTrig"
               || subtype == u"AT_AlterConstraint") {
        e.level = L::ShareRowExclusive;
    } else if (subtype == u"AT_AttachPartition") {
        // SHARE UPDATE EXCLUSIVE on the parent, ACCESS EXCLUSIVE on the partition; the
        // partition is scanned unless a valid CHECK constraint proves the bound.
        e.level = L::ShareUpdateExclusive;
        e.scan = true;
    } else if (subtype == u"AT_DetachPartition") {
        e.level = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("PartitionCmd")).toObject()
                          .value(QStringLiteral("concurrent")).toBool()
                      ? L::ShareUpdateExclusive
                      : L::AccessExclusive;
    } else if (subtype == u"AT_SetNotNull") {
        e.scan = true; // skipped when a valid CHECK (col IS NOT NULL) exists (analyzer)
    } else if (subtype == u"AT_AlterColumnType") {
        e.rewrite = true; // unless binary-coercible (analyzer refines with the catalog)
    } else if (subtype == u"AT_SetTableSpace" || subtype == u"AT_SetLogged" || subtype == u"AT_SetUnLogged"
               || subtype == u"AT_SetAccessMethod") {
        e.rewrite = true;
    } else if (subtype == u"AT_AddColumn") {
        const QJsonObject def = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("ColumnDef")).toObject();
        // Identity and stored generated columns are computed for every row: rewrite. Serial
        // types get a nextval() default (volatile): rewrite. Other volatile defaults are
        // detected by the analyzer (needs pg_proc).
        const QJsonArray names = def.value(QStringLiteral("typeName")).toObject().value(QStringLiteral("names")).toArray();
        const QString type = names.isEmpty() ? QString() : str(names.last());
        if (hasConstraint(def, QStringLiteral("CONSTR_IDENTITY")) || hasConstraint(def, QStringLiteral("CONSTR_GENERATED"))
            || type == u"serial" || type == u"bigserial" || type == u"smallserial" || type == u"serial4"
            || type == u"serial8" || type == u"serial2")
            e.rewrite = true;
        if (hasConstraint(def, QStringLiteral("CONSTR_PRIMARY")) || hasConstraint(def, QStringLiteral("CONSTR_UNIQUE")))
            e.indexBuild = true;
        if (hasConstraint(def, QStringLiteral("CONSTR_FOREIGN"))) {
            for (const QJsonValue &c : def.value(QStringLiteral("constraints")).toArray()) {
                const QJsonObject con = c.toObject().value(QStringLiteral("Constraint")).toObject();
                if (con.value(QStringLiteral("contype")).toString() == u"CONSTR_FOREIGN") {
                    const QJsonObject pk = con.value(QStringLiteral("pktable")).toObject();
                    e.otherSchema = pk.value(QStringLiteral("schemaname")).toString();
                    e.otherTable = pk.value(QStringLiteral("relname")).toString();
                    e.otherLevel = L::ShareRowExclusive;
                }
            }
        }
    } else if (subtype == u"AT_AddConstraint") {
        const QJsonObject con = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("Constraint")).toObject();
        const QString contype = con.value(QStringLiteral("contype")).toString();
        const bool notValid = con.value(QStringLiteral("skip_validation")).toBool();
        const bool usingIndex = !con.value(QStringLiteral("indexname")).toString().isEmpty();
        if (contype == u"CONSTR_FOREIGN") {
            e.form = QStringLiteral("ALTER TABLE ... ADD FOREIGN KEY") + (notValid ? QStringLiteral(" NOT VALID") : QString());
            e.level = L::ShareRowExclusive; // on both tables
            e.scan = !notValid;
            const QJsonObject pk = con.value(QStringLiteral("pktable")).toObject();
            e.otherSchema = pk.value(QStringLiteral("schemaname")).toString();
            e.otherTable = pk.value(QStringLiteral("relname")).toString();
            e.otherLevel = L::ShareRowExclusive;
        } else if (contype == u"CONSTR_CHECK") {
            e.form = QStringLiteral("ALTER TABLE ... ADD CHECK") + (notValid ? QStringLiteral(" NOT VALID") : QString());
            e.scan = !notValid;
        } else if (contype == u"CONSTR_PRIMARY" || contype == u"CONSTR_UNIQUE") {
            const QString kind = contype == u"CONSTR_PRIMARY" ? QStringLiteral("PRIMARY KEY") : QStringLiteral("UNIQUE");
            e.form = QStringLiteral("ALTER TABLE ... ADD ") + kind + (usingIndex ? QStringLiteral(" USING INDEX") : QString());
            e.indexBuild = !usingIndex;
            // PRIMARY KEY sets NOT NULL on its columns: a scan unless they already are.
            e.scan = contype == u"CONSTR_PRIMARY";
        } else if (contype == u"CONSTR_EXCLUSION") {
            e.form = QStringLiteral("ALTER TABLE ... ADD EXCLUDE");
            e.indexBuild = true;
        }
    }
    if (objtype == u"OBJECT_INDEX" && (subtype == u"AT_SetRelOptions" || subtype == u"AT_ResetRelOptions"))
        e.form = QStringLiteral("ALTER INDEX ... SET (...)");
    if (subtype == u"AT_AttachPartition" || subtype == u"AT_DetachPartition") {
        // The partition itself: ACCESS EXCLUSIVE, SHARE UPDATE EXCLUSIVE for DETACH ... CONCURRENTLY.
        const QJsonObject part = cmd.value(QStringLiteral("def")).toObject().value(QStringLiteral("PartitionCmd")).toObject()
                                     .value(QStringLiteral("name")).toObject();
        e.otherSchema = part.value(QStringLiteral("schemaname")).toString();
        e.otherTable = part.value(QStringLiteral("relname")).toString();
        e.otherLevel = subtype == u"AT_DetachPartition" ? e.level : L::AccessExclusive;
    }
    return e;
}

LockEffect LockTable::statement(const QString &nodeType, const QJsonObject &node)
{
    using L = LockLevel;
    LockEffect e;
    if (nodeType == u"IndexStmt") {
        const bool conc = node.value(QStringLiteral("concurrent")).toBool();
        e.level = conc ? L::ShareUpdateExclusive : L::Share;
        e.indexBuild = true;
        e.form = QStringLiteral("CREATE ") + (node.value(QStringLiteral("unique")).toBool() ? QStringLiteral("UNIQUE ") : QString())
                 + QStringLiteral("INDEX") + (conc ? QStringLiteral(" CONCURRENTLY") : QString());
    } else if (nodeType == u"DropStmt") {
        const QString rt = node.value(QStringLiteral("removeType")).toString();
        const bool conc = node.value(QStringLiteral("concurrent")).toBool();
        if (rt == u"OBJECT_INDEX") {
            e.level = conc ? L::ShareUpdateExclusive : L::AccessExclusive;
            e.form = QStringLiteral("DROP INDEX") + (conc ? QStringLiteral(" CONCURRENTLY") : QString());
        } else if (rt == u"OBJECT_TABLE" || rt == u"OBJECT_VIEW" || rt == u"OBJECT_MATVIEW" || rt == u"OBJECT_SEQUENCE"
                   || rt == u"OBJECT_FOREIGN_TABLE") {
            e.level = L::AccessExclusive;
            e.form = QStringLiteral("DROP ") + rt.mid(7).replace(u'_', u' ');
        } else if (rt == u"OBJECT_TRIGGER" || rt == u"OBJECT_RULE" || rt == u"OBJECT_POLICY") {
            e.level = L::AccessExclusive;
            e.form = QStringLiteral("DROP ") + rt.mid(7);
        }
    } else if (nodeType == u"RenameStmt") {
        const QString rt = node.value(QStringLiteral("renameType")).toString();
        e.level = rt == u"OBJECT_INDEX" ? L::ShareUpdateExclusive : L::AccessExclusive;
        e.form = QStringLiteral("RENAME (") + rt.mid(7).toLower() + u')';
    } else if (nodeType == u"TruncateStmt") {
        e.level = L::AccessExclusive;
        e.form = QStringLiteral("TRUNCATE");
    } else if (nodeType == u"CreateTrigStmt") {
        e.level = L::ShareRowExclusive;
        e.form = QStringLiteral("CREATE TRIGGER");
    } else if (nodeType == u"ReindexStmt") {
        bool conc = false;
        for (const QJsonValue &o : node.value(QStringLiteral("params")).toArray())
            if (o.toObject().value(QStringLiteral("DefElem")).toObject().value(QStringLiteral("defname")).toString() == u"concurrently")
                conc = true;
        e.level = conc ? L::ShareUpdateExclusive : L::Share;
        e.indexBuild = true;
        e.form = QStringLiteral("REINDEX") + (conc ? QStringLiteral(" CONCURRENTLY") : QString());
    } else if (nodeType == u"ClusterStmt") {
        e.level = L::AccessExclusive;
        e.rewrite = true;
        e.form = QStringLiteral("CLUSTER");
    } else if (nodeType == u"VacuumStmt") {
        bool full = false;
        for (const QJsonValue &o : node.value(QStringLiteral("options")).toArray())
            if (o.toObject().value(QStringLiteral("DefElem")).toObject().value(QStringLiteral("defname")).toString() == u"full")
                full = true;
        e.level = full ? L::AccessExclusive : L::ShareUpdateExclusive;
        e.rewrite = full;
        e.scan = !full;
        e.form = node.value(QStringLiteral("is_vacuumcmd")).toBool() ? (full ? QStringLiteral("VACUUM FULL") : QStringLiteral("VACUUM"))
                                                                     : QStringLiteral("ANALYZE");
    } else if (nodeType == u"RefreshMatViewStmt") {
        const bool conc = node.value(QStringLiteral("concurrent")).toBool();
        e.level = conc ? L::Exclusive : L::AccessExclusive;
        e.rewrite = true;
        e.form = QStringLiteral("REFRESH MATERIALIZED VIEW") + (conc ? QStringLiteral(" CONCURRENTLY") : QString());
    } else if (nodeType == u"CreateStatsStmt") {
        e.level = L::ShareUpdateExclusive;
        e.form = QStringLiteral("CREATE STATISTICS");
    } else if (nodeType == u"CommentStmt") {
        e.level = L::ShareUpdateExclusive;
        e.form = QStringLiteral("COMMENT ON");
    } else if (nodeType == u"InsertStmt" || nodeType == u"UpdateStmt" || nodeType == u"DeleteStmt" || nodeType == u"MergeStmt") {
        e.level = L::RowExclusive;
        e.form = nodeType.chopped(4).toUpper();
        e.scan = nodeType != u"InsertStmt";
    } else if (nodeType == u"LockStmt") {
        static const L modes[] = {L::None, L::AccessShare, L::RowShare, L::RowExclusive, L::ShareUpdateExclusive,
                                  L::Share, L::ShareRowExclusive, L::Exclusive, L::AccessExclusive};
        const int m = node.value(QStringLiteral("mode")).toInt();
        e.level = m >= 1 && m <= 8 ? modes[m] : L::AccessExclusive;
        e.form = QStringLiteral("LOCK TABLE");
    } else if (nodeType == u"SelectStmt") {
        e.level = L::AccessShare;
        e.form = QStringLiteral("SELECT");
    } else if (nodeType == u"CreateStmt") {
        e.form = QStringLiteral("CREATE TABLE"); // new table; FOREIGN KEYs lock their targets (analyzer)
    }
    return e;
}

} // namespace strata::preflight
