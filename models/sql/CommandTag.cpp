#include "CommandTag.h"

#include <QHash>

namespace strata {

namespace {

QString field(const QJsonObject &node, const char *key)
{
    return node.value(QLatin1StringView(key)).toString();
}

bool flag(const QJsonObject &node, const char *key)
{
    return node.value(QLatin1StringView(key)).toBool();
}

// "OBJECT_MATVIEW" -> "MATERIALIZED VIEW", "OBJECT_FOREIGN_TABLE" -> "FOREIGN TABLE".
QString objectWords(const QString &objectType)
{
    static const QHash<QString, QString> special = {
        {QStringLiteral("OBJECT_MATVIEW"), QStringLiteral("MATERIALIZED VIEW")},
        {QStringLiteral("OBJECT_TABCONSTRAINT"), QStringLiteral("CONSTRAINT")},
        {QStringLiteral("OBJECT_DOMCONSTRAINT"), QStringLiteral("CONSTRAINT")},
        {QStringLiteral("OBJECT_ATTRIBUTE"), QStringLiteral("TYPE")},
        {QStringLiteral("OBJECT_COLUMN"), QStringLiteral("TABLE")},
        {QStringLiteral("OBJECT_FDW"), QStringLiteral("FOREIGN DATA WRAPPER")},
        {QStringLiteral("OBJECT_TSCONFIGURATION"), QStringLiteral("TEXT SEARCH CONFIGURATION")},
        {QStringLiteral("OBJECT_TSDICTIONARY"), QStringLiteral("TEXT SEARCH DICTIONARY")},
        {QStringLiteral("OBJECT_TSPARSER"), QStringLiteral("TEXT SEARCH PARSER")},
        {QStringLiteral("OBJECT_TSTEMPLATE"), QStringLiteral("TEXT SEARCH TEMPLATE")},
        {QStringLiteral("OBJECT_STATISTIC_EXT"), QStringLiteral("STATISTICS")},
        {QStringLiteral("OBJECT_USER_MAPPING"), QStringLiteral("USER MAPPING")},
        {QStringLiteral("OBJECT_LARGEOBJECT"), QStringLiteral("LARGE OBJECT")},
        {QStringLiteral("OBJECT_OPCLASS"), QStringLiteral("OPERATOR CLASS")},
        {QStringLiteral("OBJECT_OPFAMILY"), QStringLiteral("OPERATOR FAMILY")},
        {QStringLiteral("OBJECT_EVENT_TRIGGER"), QStringLiteral("EVENT TRIGGER")},
    };
    if (const auto it = special.constFind(objectType); it != special.cend())
        return *it;
    QString w = objectType;
    if (w.startsWith(QLatin1StringView("OBJECT_")))
        w.remove(0, 7);
    return w.replace(u'_', u' ');
}

// "AlterOwnerStmt" -> "ALTER OWNER".
QString fromNodeName(const QString &nodeType)
{
    QString base = nodeType;
    if (base.endsWith(QLatin1StringView("Stmt")))
        base.chop(4);
    QString out;
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (i > 0 && base[i].isUpper() && !base[i - 1].isUpper())
            out += u' ';
        out += base[i].toUpper();
    }
    return out;
}

QString transactionWord(const QString &kind)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("TRANS_STMT_BEGIN"), QStringLiteral("BEGIN")},
        {QStringLiteral("TRANS_STMT_START"), QStringLiteral("START TRANSACTION")},
        {QStringLiteral("TRANS_STMT_COMMIT"), QStringLiteral("COMMIT")},
        {QStringLiteral("TRANS_STMT_ROLLBACK"), QStringLiteral("ROLLBACK")},
        {QStringLiteral("TRANS_STMT_SAVEPOINT"), QStringLiteral("SAVEPOINT")},
        {QStringLiteral("TRANS_STMT_RELEASE"), QStringLiteral("RELEASE")},
        {QStringLiteral("TRANS_STMT_ROLLBACK_TO"), QStringLiteral("ROLLBACK TO SAVEPOINT")},
        {QStringLiteral("TRANS_STMT_PREPARE"), QStringLiteral("PREPARE TRANSACTION")},
        {QStringLiteral("TRANS_STMT_COMMIT_PREPARED"), QStringLiteral("COMMIT PREPARED")},
        {QStringLiteral("TRANS_STMT_ROLLBACK_PREPARED"), QStringLiteral("ROLLBACK PREPARED")},
    };
    return words.value(kind, QStringLiteral("TRANSACTION"));
}

} // namespace

QString commandTag(const QString &t, const QJsonObject &n)
{
    static const QHash<QString, QString> fixed = {
        {QStringLiteral("CreateStmt"), QStringLiteral("CREATE TABLE")},
        {QStringLiteral("IndexStmt"), QStringLiteral("CREATE INDEX")},
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE VIEW")},
        {QStringLiteral("CreateSeqStmt"), QStringLiteral("CREATE SEQUENCE")},
        {QStringLiteral("AlterSeqStmt"), QStringLiteral("ALTER SEQUENCE")},
        {QStringLiteral("CreateTrigStmt"), QStringLiteral("CREATE TRIGGER")},
        {QStringLiteral("CreateEnumStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CreateRangeStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("AlterEnumStmt"), QStringLiteral("ALTER TYPE")},
        {QStringLiteral("CreateDomainStmt"), QStringLiteral("CREATE DOMAIN")},
        {QStringLiteral("AlterDomainStmt"), QStringLiteral("ALTER DOMAIN")},
        {QStringLiteral("CreateSchemaStmt"), QStringLiteral("CREATE SCHEMA")},
        {QStringLiteral("CreateExtensionStmt"), QStringLiteral("CREATE EXTENSION")},
        {QStringLiteral("AlterExtensionStmt"), QStringLiteral("ALTER EXTENSION")},
        {QStringLiteral("CreatePolicyStmt"), QStringLiteral("CREATE POLICY")},
        {QStringLiteral("AlterPolicyStmt"), QStringLiteral("ALTER POLICY")},
        {QStringLiteral("CreateStatsStmt"), QStringLiteral("CREATE STATISTICS")},
        {QStringLiteral("RefreshMatViewStmt"), QStringLiteral("REFRESH MATERIALIZED VIEW")},
        {QStringLiteral("VariableShowStmt"), QStringLiteral("SHOW")},
        {QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
        {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
        {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
        {QStringLiteral("MergeStmt"), QStringLiteral("MERGE")},
        {QStringLiteral("SelectStmt"), QStringLiteral("SELECT")},
        {QStringLiteral("CopyStmt"), QStringLiteral("COPY")},
        {QStringLiteral("TruncateStmt"), QStringLiteral("TRUNCATE")},
        {QStringLiteral("LockStmt"), QStringLiteral("LOCK TABLE")},
        {QStringLiteral("ClusterStmt"), QStringLiteral("CLUSTER")},
        {QStringLiteral("ReindexStmt"), QStringLiteral("REINDEX")},
        {QStringLiteral("CommentStmt"), QStringLiteral("COMMENT")},
        {QStringLiteral("DoStmt"), QStringLiteral("DO")},
        {QStringLiteral("CallStmt"), QStringLiteral("CALL")},
        {QStringLiteral("CreatedbStmt"), QStringLiteral("CREATE DATABASE")},
        {QStringLiteral("DropdbStmt"), QStringLiteral("DROP DATABASE")},
        {QStringLiteral("AlterDatabaseStmt"), QStringLiteral("ALTER DATABASE")},
        {QStringLiteral("AlterDatabaseSetStmt"), QStringLiteral("ALTER DATABASE")},
        {QStringLiteral("AlterSystemStmt"), QStringLiteral("ALTER SYSTEM")},
        {QStringLiteral("CreateRoleStmt"), QStringLiteral("CREATE ROLE")},
        {QStringLiteral("AlterRoleStmt"), QStringLiteral("ALTER ROLE")},
        {QStringLiteral("AlterRoleSetStmt"), QStringLiteral("ALTER ROLE")},
        {QStringLiteral("DropRoleStmt"), QStringLiteral("DROP ROLE")},
        {QStringLiteral("GrantRoleStmt"), QStringLiteral("GRANT ROLE")},
        {QStringLiteral("AlterDefaultPrivilegesStmt"), QStringLiteral("ALTER DEFAULT PRIVILEGES")},
        {QStringLiteral("ExplainStmt"), QStringLiteral("EXPLAIN")},
        {QStringLiteral("PrepareStmt"), QStringLiteral("PREPARE")},
        {QStringLiteral("ExecuteStmt"), QStringLiteral("EXECUTE")},
        {QStringLiteral("DeallocateStmt"), QStringLiteral("DEALLOCATE")},
        {QStringLiteral("ListenStmt"), QStringLiteral("LISTEN")},
        {QStringLiteral("NotifyStmt"), QStringLiteral("NOTIFY")},
        {QStringLiteral("CheckPointStmt"), QStringLiteral("CHECKPOINT")},
        {QStringLiteral("DiscardStmt"), QStringLiteral("DISCARD")},
        {QStringLiteral("ConstraintsSetStmt"), QStringLiteral("SET CONSTRAINTS")},
    };
    if (const auto it = fixed.constFind(t); it != fixed.cend())
        return *it;
    if (t == u"VariableSetStmt")
        return field(n, "kind").startsWith(QLatin1StringView("VAR_RESET")) ? QStringLiteral("RESET") : QStringLiteral("SET");
    if (t == u"TransactionStmt")
        return transactionWord(field(n, "kind"));
    if (t == u"DropStmt")
        return QStringLiteral("DROP ") + objectWords(field(n, "removeType"));
    if (t == u"AlterTableStmt")
        return QStringLiteral("ALTER ") + objectWords(field(n, "objtype"));
    if (t == u"RenameStmt")
        return QStringLiteral("ALTER ") + objectWords(field(n, "renameType"));
    if (t == u"AlterObjectSchemaStmt" || t == u"AlterOwnerStmt")
        return QStringLiteral("ALTER ") + objectWords(field(n, "objectType"));
    if (t == u"CreateTableAsStmt")
        return field(n, "objtype") == u"OBJECT_MATVIEW" ? QStringLiteral("CREATE MATERIALIZED VIEW") : QStringLiteral("CREATE TABLE AS");
    if (t == u"CreateFunctionStmt")
        return flag(n, "is_procedure") ? QStringLiteral("CREATE PROCEDURE") : QStringLiteral("CREATE FUNCTION");
    if (t == u"AlterFunctionStmt")
        return field(n, "objtype") == u"OBJECT_PROCEDURE" ? QStringLiteral("ALTER PROCEDURE") : QStringLiteral("ALTER FUNCTION");
    if (t == u"GrantStmt")
        return flag(n, "is_grant") ? QStringLiteral("GRANT") : QStringLiteral("REVOKE");
    if (t == u"VacuumStmt")
        return flag(n, "is_vacuumcmd") ? QStringLiteral("VACUUM") : QStringLiteral("ANALYZE");
    if (t == u"DefineStmt")
        return QStringLiteral("CREATE ") + objectWords(field(n, "kind"));
    return fromNodeName(t);
}

} // namespace strata
