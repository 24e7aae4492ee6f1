// Functions whose arguments or result name a type the plan makes anew (an enum losing a
// value, a domain changing its base type, a composite retyping an attribute under a table
// column). The plan renames the old type before the functions phase, so such a function is
// dropped by the old type's new name and created again with the new type, changed or not;
// what calls it is made again after it (recreatedFunctions, FunctionDependents.cpp).

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

namespace {

bool identChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'"';
}

// Positions where the qualified type name stands as a whole name in a signature or type list.
QList<qsizetype> typeMentions(const QString &text, const QString &type)
{
    QList<qsizetype> out;
    for (qsizetype at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + 1)) {
        const qsizetype end = at + type.size();
        if ((at > 0 && (identChar(text.at(at - 1)) || text.at(at - 1) == u'.')) || (end < text.size() && identChar(text.at(end))))
            continue;
        out.append(at);
    }
    return out;
}

} // namespace

void PlanBuilder::decideTypeBoundFunctions()
{
    // Functions whose signature names a type made anew: the old type is renamed, so they
    // are dropped by that name and created again with the new type.
    if (recreatedTypes.isEmpty())
        return;
    for (const FunctionDef &f : A.functions) {
        bool bound = false;
        for (const QString &t : std::as_const(recreatedTypes))
            bound = bound || !typeMentions(f.identityArguments, t).isEmpty() || !typeMentions(f.result, t).isEmpty();
        const ObjectDiff *d = diffOf(f);
        if (!bound || (d && d->state == ChangeState::Removed))
            continue;
        typeBoundFunctions.insert(f.key());
        recreatedFunctions.insert(qualifiedName(f.schema, f.name));
        recreated.insert(f.key());
    }
}

QString PlanBuilder::dropFunctionOfA(const FunctionDef &f) const
{
    FunctionDef renamed = f;
    for (const QString &t : std::as_const(recreatedTypes)) {
        const QList<qsizetype> at = typeMentions(renamed.identityArguments, t);
        if (at.isEmpty())
            continue;
        const TypeDef *b = nullptr;
        for (const TypeDef &x : B.types)
            if (x.qualifiedName() == t)
                b = &x;
        if (!b)
            continue;
        const QString oldQ = sql::qname(b->schema, truncatedName(b->name, QStringLiteral("_old")));
        for (qsizetype i = at.size() - 1; i >= 0; --i)
            renamed.identityArguments.replace(at[i], t.size(), oldQ);
    }
    return sql::dropFunction(renamed);
}

bool PlanBuilder::planTypeBoundFunctions()
{
    bool any = false;
    // Unchanged functions bound to a type made anew: dropped by the old type's new name and
    // created again as they are (changed ones follow below).
    for (const FunctionDef &f : A.functions) {
        const ObjectDiff *d = diffOf(f);
        if (!typeBoundFunctions.contains(f.key()) || (d && d->state != ChangeState::Same))
            continue;
        qsizetype j = -1;
        for (qsizetype k = 0; k < B.functions.size() && j < 0; ++k)
            if (B.functions[k].key() == f.key())
                j = k;
        if (j < 0)
            continue;
        add(Functions, dropFunctionOfA(f), f.key(), f.procedure ? ObjectKind::Procedure : ObjectKind::Function, QStringLiteral("drop"),
            Planner::tr("%1 uses a type that is made anew: it is dropped and created again with the new type.").arg(f.signature()));
        add(Functions, sql::functionDefinition(B.functions[j]), f.key(), f.procedure ? ObjectKind::Procedure : ObjectKind::Function,
            QStringLiteral("create"), Planner::tr("%1 again, with the new type.").arg(f.signature()));
        any = true;
    }
    return any;
}

} // namespace strata::diff
