#include "StatementClassifier.h"

// Runbook step grouping and the stable names of StatementClassifier's enums.

namespace strata {

using K = StatementKind;
using A = RelationAccess;

StepPlan StatementClassifier::groupSteps(const QList<ClassifiedStatement> &statements)
{
    StepPlan plan;
    const int n = int(statements.size());
    auto problem = [&](StepProblem::Kind kind, int index, const QString &message) {
        plan.problems.append(StepProblem{kind, index, message});
    };
    int i = 0;
    while (i < n) {
        const ClassifiedStatement &s = statements[i];
        StatementStep step;
        step.first = i;
        if (s.opensTransaction()) {
            step.explicitTransaction = true;
            int j = i + 1;
            bool closed = false;
            for (; j < n; ++j) {
                const ClassifiedStatement &inner = statements[j];
                if (inner.opensTransaction()) {
                    problem(StepProblem::Kind::NestedBegin, j,
                            tr("BEGIN at line %1 is inside the transaction opened at line %2; "
                               "PostgreSQL ignores it.").arg(inner.statement.line).arg(s.statement.line));
                    continue;
                }
                if (inner.mustRunOutsideTransaction) {
                    problem(StepProblem::Kind::NotAllowedInBlock, j,
                            tr("The statement at line %1 cannot run inside a transaction block "
                               "(opened at line %2).").arg(inner.statement.line).arg(s.statement.line));
                }
                if (inner.closesTransaction()) {
                    closed = true;
                    step.endsWithRollback = inner.transaction == TransactionAction::Rollback;
                    break;
                }
            }
            if (closed) {
                step.last = j;
            } else {
                step.last = n - 1;
                step.unterminated = true;
                problem(StepProblem::Kind::UnterminatedBlock, i,
                        tr("The transaction opened at line %1 is never committed or rolled back.")
                            .arg(s.statement.line));
            }
        } else {
            if (s.closesTransaction())
                problem(StepProblem::Kind::UnmatchedEnd, i,
                        tr("%1 at line %2 has no matching BEGIN.")
                            .arg(s.transaction == TransactionAction::Commit     ? QStringLiteral("COMMIT")
                                 : s.transaction == TransactionAction::Rollback ? QStringLiteral("ROLLBACK")
                                                                                : QStringLiteral("PREPARE TRANSACTION"))
                            .arg(s.statement.line));
            step.last = i;
            step.mustRunOutsideTransaction = s.mustRunOutsideTransaction;
        }
        plan.steps.append(step);
        i = step.last + 1;
    }
    return plan;
}

QString StatementClassifier::kindName(StatementKind kind)
{
    switch (kind) {
    case K::CreateTable: return QStringLiteral("create_table");
    case K::CreateTableAs: return QStringLiteral("create_table_as");
    case K::AlterTable: return QStringLiteral("alter_table");
    case K::Rename: return QStringLiteral("rename");
    case K::CreateIndex: return QStringLiteral("create_index");
    case K::DropIndex: return QStringLiteral("drop_index");
    case K::Reindex: return QStringLiteral("reindex");
    case K::Drop: return QStringLiteral("drop");
    case K::CreateView: return QStringLiteral("create_view");
    case K::CreateMaterializedView: return QStringLiteral("create_materialized_view");
    case K::RefreshMaterializedView: return QStringLiteral("refresh_materialized_view");
    case K::CreateFunction: return QStringLiteral("create_function");
    case K::CreateTrigger: return QStringLiteral("create_trigger");
    case K::CreateSequence: return QStringLiteral("create_sequence");
    case K::AlterSequence: return QStringLiteral("alter_sequence");
    case K::CreateSchema: return QStringLiteral("create_schema");
    case K::CreateExtension: return QStringLiteral("create_extension");
    case K::CreateType: return QStringLiteral("create_type");
    case K::CreateEnum: return QStringLiteral("create_enum");
    case K::CreateDomain: return QStringLiteral("create_domain");
    case K::AlterType: return QStringLiteral("alter_type");
    case K::CreatePolicy: return QStringLiteral("create_policy");
    case K::AlterPolicy: return QStringLiteral("alter_policy");
    case K::Grant: return QStringLiteral("grant");
    case K::Revoke: return QStringLiteral("revoke");
    case K::Insert: return QStringLiteral("insert");
    case K::Update: return QStringLiteral("update");
    case K::Delete: return QStringLiteral("delete");
    case K::Merge: return QStringLiteral("merge");
    case K::Truncate: return QStringLiteral("truncate");
    case K::Copy: return QStringLiteral("copy");
    case K::Select: return QStringLiteral("select");
    case K::TransactionControl: return QStringLiteral("transaction_control");
    case K::Set: return QStringLiteral("set");
    case K::Show: return QStringLiteral("show");
    case K::Vacuum: return QStringLiteral("vacuum");
    case K::Analyze: return QStringLiteral("analyze");
    case K::Cluster: return QStringLiteral("cluster");
    case K::Lock: return QStringLiteral("lock");
    case K::CreateDatabase: return QStringLiteral("create_database");
    case K::DropDatabase: return QStringLiteral("drop_database");
    case K::AlterDatabase: return QStringLiteral("alter_database");
    case K::AlterSystem: return QStringLiteral("alter_system");
    case K::Comment: return QStringLiteral("comment");
    case K::Do: return QStringLiteral("do");
    case K::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString StatementClassifier::accessName(RelationAccess access)
{
    switch (access) {
    case A::Read: return QStringLiteral("read");
    case A::Write: return QStringLiteral("write");
    case A::Ddl: return QStringLiteral("ddl");
    }
    return QStringLiteral("read");
}

QString StatementClassifier::transactionName(TransactionAction action)
{
    using T = TransactionAction;
    switch (action) {
    case T::None: return QString();
    case T::Begin: return QStringLiteral("begin");
    case T::Commit: return QStringLiteral("commit");
    case T::Rollback: return QStringLiteral("rollback");
    case T::Savepoint: return QStringLiteral("savepoint");
    case T::ReleaseSavepoint: return QStringLiteral("release");
    case T::RollbackToSavepoint: return QStringLiteral("rollback_to");
    case T::PrepareTransaction: return QStringLiteral("prepare_transaction");
    case T::CommitPrepared: return QStringLiteral("commit_prepared");
    case T::RollbackPrepared: return QStringLiteral("rollback_prepared");
    }
    return QString();
}


} // namespace strata
