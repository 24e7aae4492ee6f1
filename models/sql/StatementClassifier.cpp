#include "StatementClassifier.h"
#include "ParseNodes.h"

namespace strata {

using namespace parsenodes;

namespace {

using K = StatementKind;

AlterTableCommand alterCommand(const QJsonObject &cmdNode, Relations &rels)
{
    const QJsonObject c = unwrap(cmdNode, "AlterTableCmd");
    AlterTableCommand a;
    a.node = c;
    a.subtype = str(c, "subtype");
    a.name = str(c, "name");
    a.missingOk = flag(c, "missing_ok");
    a.cascade = str(c, "behavior") == u"DROP_CASCADE";
    const QJsonObject def = obj(c, "def");
    if (def.contains(QLatin1StringView("ColumnDef"))) {
        const QJsonObject col = obj(def, "ColumnDef");
        if (a.name.isEmpty())
            a.name = str(col, "colname");
        if (col.contains(QLatin1StringView("typeName")))
            a.typeName = typeNameText(obj(col, "typeName"));
        a.hasUsing = col.contains(QLatin1StringView("raw_default")) && a.subtype == u"AT_AlterColumnType";
        if (col.contains(QLatin1StringView("raw_default")) && a.subtype == u"AT_AddColumn")
            a.hasDefault = true;
        for (const QJsonValue &v : arr(col, "constraints")) {
            const QJsonObject con = v.toObject().value(QLatin1StringView("Constraint")).toObject();
            const QString type = str(con, "contype");
            a.columnConstraints.append(type);
            if (type == u"CONSTR_NOTNULL")
                a.notNull = true;
            else if (type == u"CONSTR_DEFAULT" || type == u"CONSTR_IDENTITY" || type == u"CONSTR_GENERATED")
                a.hasDefault = true;
            if (con.contains(QLatin1StringView("pktable")))
                a.referencedTable = fromRangeVar(obj(con, "pktable"), A::Read);
        }
    } else if (def.contains(QLatin1StringView("Constraint"))) {
        const QJsonObject con = obj(def, "Constraint");
        a.constraintType = str(con, "contype");
        if (a.name.isEmpty())
            a.name = str(con, "conname");
        a.notValid = flag(con, "skip_validation");
        a.usingIndex = str(con, "indexname");
        if (con.contains(QLatin1StringView("pktable")))
            a.referencedTable = fromRangeVar(obj(con, "pktable"), A::Read);
    } else if (def.contains(QLatin1StringView("PartitionCmd"))) {
        const QJsonObject pc = obj(def, "PartitionCmd");
        a.concurrent = flag(pc, "concurrent");
        const RelationRef part = fromRangeVar(obj(pc, "name"), A::Ddl);
        if (a.name.isEmpty())
            a.name = part.name;
        rels.add(part);
    } else if (a.subtype == u"AT_ColumnDefault") {
        a.hasDefault = !def.isEmpty();
    }
    if (!a.referencedTable.name.isEmpty())
        rels.add(a.referencedTable);
    return a;
}

TransactionAction transactionAction(const QString &kind)
{
    if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START")
        return TransactionAction::Begin;
    if (kind == u"TRANS_STMT_COMMIT")
        return TransactionAction::Commit;
    if (kind == u"TRANS_STMT_ROLLBACK")
        return TransactionAction::Rollback;
    if (kind == u"TRANS_STMT_SAVEPOINT")
        return TransactionAction::Savepoint;
    if (kind == u"TRANS_STMT_RELEASE")
        return TransactionAction::ReleaseSavepoint;
    if (kind == u"TRANS_STMT_ROLLBACK_TO")
        return TransactionAction::RollbackToSavepoint;
    if (kind == u"TRANS_STMT_PREPARE")
        return TransactionAction::PrepareTransaction;
    if (kind == u"TRANS_STMT_COMMIT_PREPARED")
        return TransactionAction::CommitPrepared;
    if (kind == u"TRANS_STMT_ROLLBACK_PREPARED")
        return TransactionAction::RollbackPrepared;
    return TransactionAction::None;
}

void markDestructive(ClassifiedStatement &c, const QString &reason)
{
    if (c.isDestructive)
        return; // keep the first (most specific) reason
    c.isDestructive = true;
    c.destructiveReason = reason;
}

} // namespace

ClassifiedStatement StatementClassifier::classify(const ParsedStatement &parsed)
{
    ClassifiedStatement c;
    c.statement = parsed.statement;
    c.nodeType = parsed.nodeType;
    c.node = parsed.node;
    const QJsonObject &n = parsed.node;
    const QString &t = parsed.nodeType;

    Relations rels;
    {
        QSet<QString> ctes;
        collectCteNames(n, ctes);
        rels.setCteNames(std::move(ctes));
    }
    auto setTarget = [&](const RelationRef &r) {
        c.target = r;
        rels.add(r);
    };
    auto relationTarget = [&](const char *key, A access) { setTarget(fromRangeVar(obj(n, key), access)); };

    if (t == u"CreateStmt") {
        c.kind = K::CreateTable;
        relationTarget("relation", A::Ddl);
        rels.walk(n.value(QLatin1StringView("inhRelations")), A::Read);
        rels.walkKey(n.value(QLatin1StringView("tableElts")), QLatin1StringView("pktable"), A::Read);
    } else if (t == u"CreateTableAsStmt") {
        c.kind = str(n, "objtype") == u"OBJECT_MATVIEW" ? K::CreateMaterializedView : K::CreateTableAs;
        c.objectType = str(n, "objtype");
        setTarget(fromRangeVar(obj(obj(n, "into"), "rel"), A::Ddl));
        rels.walk(n.value(QLatin1StringView("query")), A::Read);
    } else if (t == u"AlterTableStmt") {
        c.objectType = str(n, "objtype");
        c.kind = c.objectType == u"OBJECT_TYPE" ? K::AlterType : K::AlterTable;
        relationTarget("relation", A::Ddl);
        for (const QJsonValue &v : arr(n, "cmds")) {
            AlterTableCommand a = alterCommand(v.toObject(), rels);
            if (a.concurrent) {
                c.concurrently = true;
                c.mustRunOutsideTransaction = true; // DETACH PARTITION ... CONCURRENTLY
            }
            if (a.subtype == u"AT_DropColumn")
                markDestructive(c, tr("Drops column %1 of %2 and its data.")
                                       .arg(displayIdent(a.name), displayName(c.target)));
            c.alterCommands.append(std::move(a));
        }
    } else if (t == u"RenameStmt") {
        c.kind = K::Rename;
        c.objectType = str(n, "renameType");
        if (n.contains(QLatin1StringView("relation")))
            relationTarget("relation", A::Ddl);
        else
            c.target = fromObjectNode(obj(n, "object"), A::Ddl);
    } else if (t == u"IndexStmt") {
        c.kind = K::CreateIndex;
        c.objectType = QStringLiteral("OBJECT_INDEX");
        const RelationRef table = fromRangeVar(obj(n, "relation"), A::Ddl);
        rels.add(table);
        c.target = RelationRef{table.schema, str(n, "idxname"), A::Ddl};
        c.concurrently = flag(n, "concurrent");
        c.mustRunOutsideTransaction = c.concurrently;
    } else if (t == u"DropStmt") {
        c.objectType = str(n, "removeType");
        c.kind = c.objectType == u"OBJECT_INDEX" ? K::DropIndex : K::Drop;
        c.concurrently = flag(n, "concurrent");
        c.mustRunOutsideTransaction = c.concurrently;
        QStringList names;
        for (const QJsonValue &v : arr(n, "objects")) {
            const RelationRef r = fromObjectNode(v.toObject(), A::Ddl);
            if (c.target.name.isEmpty())
                c.target = r;
            if (isRelationObject(c.objectType))
                rels.add(r);
            names.append(displayName(r));
        }
        const bool cascade = str(n, "behavior") == u"DROP_CASCADE";
        if (c.objectType == u"OBJECT_TABLE" || c.objectType == u"OBJECT_FOREIGN_TABLE")
            markDestructive(c, tr("Drops %1 and all its data.").arg(names.join(QStringLiteral(", "))));
        else if (c.objectType == u"OBJECT_SCHEMA")
            markDestructive(c, tr("Drops schema %1 and everything in it.").arg(names.join(QStringLiteral(", "))));
        else if (cascade)
            markDestructive(c, tr("DROP ... CASCADE also drops every object that depends on %1, "
                                  "including table columns.").arg(names.join(QStringLiteral(", "))));
    } else if (t == u"ReindexStmt") {
        c.kind = K::Reindex;
        for (const QJsonValue &v : arr(n, "params"))
            if (str(obj(v.toObject(), "DefElem"), "defname") == u"concurrently")
                c.concurrently = true;
        const QString kind = str(n, "kind");
        c.mustRunOutsideTransaction = c.concurrently || kind == u"REINDEX_OBJECT_DATABASE"
                                      || kind == u"REINDEX_OBJECT_SYSTEM";
        if (n.contains(QLatin1StringView("relation")))
            relationTarget("relation", A::Ddl);
    } else if (t == u"ViewStmt") {
        c.kind = K::CreateView;
        relationTarget("view", A::Ddl);
        rels.walk(n.value(QLatin1StringView("query")), A::Read);
    } else if (t == u"RefreshMatViewStmt") {
        c.kind = K::RefreshMaterializedView;
        c.concurrently = flag(n, "concurrent");
        relationTarget("relation", A::Write);
    } else if (t == u"CreateFunctionStmt") {
        c.kind = K::CreateFunction;
        c.target = fromNameList(arr(n, "funcname"), A::Ddl);
    } else if (t == u"CreateTrigStmt") {
        c.kind = K::CreateTrigger;
        const RelationRef table = fromRangeVar(obj(n, "relation"), A::Ddl);
        rels.add(table);
        c.target = RelationRef{table.schema, str(n, "trigname"), A::Ddl};
    } else if (t == u"CreateSeqStmt" || t == u"AlterSeqStmt") {
        c.kind = t == u"CreateSeqStmt" ? K::CreateSequence : K::AlterSequence;
        relationTarget("sequence", A::Ddl);
    } else if (t == u"CreateSchemaStmt") {
        c.kind = K::CreateSchema;
        c.target = RelationRef{{}, str(n, "schemaname"), A::Ddl};
    } else if (t == u"CreateExtensionStmt") {
        c.kind = K::CreateExtension;
        c.target = RelationRef{{}, str(n, "extname"), A::Ddl};
    } else if (t == u"CompositeTypeStmt") {
        c.kind = K::CreateType;
        c.target = fromRangeVar(obj(n, "typevar"), A::Ddl);
    } else if (t == u"CreateEnumStmt" || t == u"CreateRangeStmt") {
        c.kind = t == u"CreateEnumStmt" ? K::CreateEnum : K::CreateType;
        c.target = fromNameList(arr(n, "typeName"), A::Ddl);
    } else if (t == u"DefineStmt" && str(n, "kind") == u"OBJECT_TYPE") {
        c.kind = K::CreateType;
        c.target = fromNameList(arr(n, "defnames"), A::Ddl);
    } else if (t == u"CreateDomainStmt") {
        c.kind = K::CreateDomain;
        c.target = fromNameList(arr(n, "domainname"), A::Ddl);
    } else if (t == u"AlterEnumStmt" || t == u"AlterTypeStmt") {
        c.kind = K::AlterType;
        c.target = fromNameList(arr(n, "typeName"), A::Ddl);
    } else if (t == u"CreatePolicyStmt" || t == u"AlterPolicyStmt") {
        c.kind = t == u"CreatePolicyStmt" ? K::CreatePolicy : K::AlterPolicy;
        const RelationRef table = fromRangeVar(obj(n, "table"), A::Ddl);
        rels.add(table);
        c.target = RelationRef{table.schema, str(n, "policy_name"), A::Ddl};
    } else if (t == u"GrantStmt") {
        c.kind = flag(n, "is_grant") ? K::Grant : K::Revoke;
        c.objectType = str(n, "objtype");
        if (str(n, "targtype") == u"ACL_TARGET_OBJECT" && isRelationObject(c.objectType)) {
            for (const QJsonValue &v : arr(n, "objects"))
                rels.add(fromRangeVar(v.toObject(), A::Ddl));
        }
    } else if (t == u"InsertStmt") {
        c.kind = K::Insert;
        relationTarget("relation", A::Write);
        rels.walk(n, A::Read);
    } else if (t == u"UpdateStmt" || t == u"DeleteStmt") {
        const bool update = t == u"UpdateStmt";
        c.kind = update ? K::Update : K::Delete;
        relationTarget("relation", A::Write);
        rels.walk(n, A::Read);
        if (!n.contains(QLatin1StringView("whereClause"))) {
            markDestructive(c, update ? tr("UPDATE without WHERE changes every row of %1.").arg(displayName(c.target))
                                      : tr("DELETE without WHERE removes every row of %1.").arg(displayName(c.target)));
        }
    } else if (t == u"MergeStmt") {
        c.kind = K::Merge;
        relationTarget("relation", A::Write);
        rels.walk(n, A::Read);
    } else if (t == u"TruncateStmt") {
        c.kind = K::Truncate;
        QStringList names;
        for (const QJsonValue &v : arr(n, "relations")) {
            const RelationRef r = fromRangeVar(v.toObject(), A::Write);
            if (c.target.name.isEmpty())
                c.target = r;
            rels.add(r);
            names.append(displayName(r));
        }
        markDestructive(c, tr("TRUNCATE removes every row of %1.").arg(names.join(QStringLiteral(", "))));
    } else if (t == u"CopyStmt") {
        c.kind = K::Copy;
        if (n.contains(QLatin1StringView("relation")))
            relationTarget("relation", flag(n, "is_from") ? A::Write : A::Read);
        rels.walk(n.value(QLatin1StringView("query")), A::Read);
    } else if (t == u"SelectStmt") {
        if (n.contains(QLatin1StringView("intoClause"))) { // SELECT ... INTO new_table
            c.kind = K::CreateTableAs;
            setTarget(fromRangeVar(obj(obj(n, "intoClause"), "rel"), A::Ddl));
        } else {
            c.kind = K::Select;
        }
        rels.walk(n, A::Read);
    } else if (t == u"TransactionStmt") {
        c.kind = K::TransactionControl;
        c.isTransactionControl = true;
        c.transaction = transactionAction(str(n, "kind"));
    } else if (t == u"VariableSetStmt") {
        c.kind = K::Set;
    } else if (t == u"VariableShowStmt") {
        c.kind = K::Show;
    } else if (t == u"VacuumStmt") {
        const bool vacuum = flag(n, "is_vacuumcmd");
        c.kind = vacuum ? K::Vacuum : K::Analyze;
        c.mustRunOutsideTransaction = vacuum;
        for (const QJsonValue &v : arr(n, "rels"))
            rels.add(fromRangeVar(obj(obj(v.toObject(), "VacuumRelation"), "relation"), vacuum ? A::Write : A::Read));
    } else if (t == u"ClusterStmt") {
        c.kind = K::Cluster;
        if (n.contains(QLatin1StringView("relation")))
            relationTarget("relation", A::Ddl);
        else
            c.mustRunOutsideTransaction = true; // CLUSTER of every table
    } else if (t == u"LockStmt") {
        c.kind = K::Lock;
        for (const QJsonValue &v : arr(n, "relations"))
            rels.add(fromRangeVar(v.toObject(), A::Read));
    } else if (t == u"CreatedbStmt") {
        c.kind = K::CreateDatabase;
        c.target = RelationRef{{}, str(n, "dbname"), A::Ddl};
        c.mustRunOutsideTransaction = true;
    } else if (t == u"DropdbStmt") {
        c.kind = K::DropDatabase;
        c.target = RelationRef{{}, str(n, "dbname"), A::Ddl};
        c.mustRunOutsideTransaction = true;
        markDestructive(c, tr("Drops database %1 and all its data.").arg(displayIdent(c.target.name)));
    } else if (t == u"AlterDatabaseStmt" || t == u"AlterDatabaseSetStmt" || t == u"AlterDatabaseRefreshCollStmt") {
        c.kind = K::AlterDatabase;
        c.target = RelationRef{{}, str(n, "dbname"), A::Ddl};
        for (const QJsonValue &v : arr(n, "options"))
            if (str(obj(v.toObject(), "DefElem"), "defname") == u"tablespace")
                c.mustRunOutsideTransaction = true; // ALTER DATABASE ... SET TABLESPACE
    } else if (t == u"AlterSystemStmt") {
        c.kind = K::AlterSystem;
        c.mustRunOutsideTransaction = true;
    } else if (t == u"CommentStmt") {
        c.kind = K::Comment;
        c.objectType = str(n, "objtype");
        c.target = fromObjectNode(obj(n, "object"), A::Ddl);
        if (isRelationObject(c.objectType)) {
            rels.add(c.target);
        } else if (c.objectType == u"OBJECT_COLUMN") {
            // schema.table.column: the table is touched
            QJsonArray items = arr(obj(obj(n, "object"), "List"), "items");
            if (items.size() >= 2) {
                items.removeLast();
                rels.add(fromNameList(items, A::Ddl));
            }
        }
    } else if (t == u"DoStmt") {
        c.kind = K::Do;
    } else if (t == u"DropOwnedStmt") {
        markDestructive(c, tr("DROP OWNED drops every object the role owns, including tables and their data."));
    } else if (t == u"CreateTableSpaceStmt" || t == u"DropTableSpaceStmt" || t == u"CreateSubscriptionStmt"
               || t == u"DropSubscriptionStmt") {
        // Subscriptions: only when they create/drop a replication slot, which is the default.
        c.mustRunOutsideTransaction = true;
    }

    c.relations = rels.take();
    return c;
}

Result<QList<ClassifiedStatement>> StatementClassifier::classify(const QString &sql)
{
    auto parsed = ParseTree::parse(sql);
    if (!parsed)
        return parsed.error();
    QList<ClassifiedStatement> out;
    out.reserve(parsed->size());
    for (const ParsedStatement &p : *parsed)
        out.append(classify(p));
    return out;
}

} // namespace strata
