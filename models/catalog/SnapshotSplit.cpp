#include "SnapshotSplit.h"

#include "sql/SqlScanner.h"

namespace strata::catalog {

namespace {

// Replaces "<from>." by "<to>." inside a string literal's text where it starts a name.
QString renameInsideString(QStringView body, const QString &fromQ, const QString &toQ)
{
    QString out;
    const QString needle = fromQ + u'.';
    qsizetype pos = 0;
    for (;;) {
        const qsizetype hit = body.indexOf(needle, pos);
        if (hit < 0)
            break;
        const bool boundary = hit == 0 || !(body[hit - 1].isLetterOrNumber() || body[hit - 1] == u'_' || body[hit - 1] == u'"');
        out += body.mid(pos, hit - pos);
        out += boundary ? toQ + u'.' : needle;
        pos = hit + needle.size();
    }
    out += body.mid(pos);
    return out;
}

struct Renamer
{
    QString from, to, fromQ, toQ;
    QHash<QString, QString> cache;

    QString operator()(const QString &text)
    {
        if (text.isEmpty() || !text.contains(from))
            return text;
        if (auto it = cache.constFind(text); it != cache.constEnd())
            return *it;
        QString r = SnapshotSplit::renameSchemaInText(text, from, to);
        cache.insert(text, r);
        return r;
    }
    void fix(QString &s) { s = (*this)(s); }
    void name(QString &schema)
    {
        if (schema == from)
            schema = to;
    }
    void columns(QList<Column> &cols)
    {
        for (Column &c : cols) {
            fix(c.type);
            fix(c.collation);
            fix(c.defaultExpr);
            fix(c.generatedExpr);
            fix(c.identitySequence);
        }
    }
};

} // namespace

QString SnapshotSplit::renameSchemaInText(const QString &text, const QString &from, const QString &to)
{
    const QString fromQ = quoteIdent(from);
    const QString toQ = quoteIdent(to);
    const QString quotedFrom = QString(u'"' + QString(from).replace(u'"', QStringLiteral("\"\"")) + u'"');
    const QString fromDot = QString(fromQ + u'.');
    const QList<SqlToken> tokens = SqlScanner::scan(text);
    QString out;
    out.reserve(text.size());
    int last = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens[i];
        const QStringView word = QStringView(text).mid(t.start, t.length());
        const bool nextIsDot = i + 1 < tokens.size() && tokens[i + 1].start == t.end && tokens[i + 1].length() == 1
                               && text[tokens[i + 1].start] == u'.';
        QString replacement;
        bool replace = false;
        if (nextIsDot && (t.category == SqlToken::Category::Identifier || t.category == SqlToken::Category::Keyword)
            && word == fromQ) {
            replacement = toQ;
            replace = true;
        } else if (nextIsDot && t.category == SqlToken::Category::QuotedIdentifier
                   && word == quotedFrom) {
            replacement = toQ;
            replace = true;
        } else if (t.category == SqlToken::Category::String && word.contains(fromDot)) {
            replacement = renameInsideString(word, fromQ, toQ);
            replace = replacement != word;
        }
        if (replace) {
            out += QStringView(text).mid(last, t.start - last);
            out += replacement;
            last = t.end;
        }
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

QHash<QString, Snapshot> SnapshotSplit::bySchema(const Snapshot &all, const QStringList &schemas, const QString &commonName)
{
    QHash<QString, Snapshot> parts;
    QHash<QString, Renamer> renamers;
    for (const QString &s : schemas) {
        Snapshot p;
        p.serverVersion = all.serverVersion;
        p.serverVersionNum = all.serverVersionNum;
        p.database = all.database;
        p.takenAt = all.takenAt;
        p.scope = all.scope;
        p.scope.includeSchemas = {commonName};
        parts.insert(s, p);
        renamers.insert(s, Renamer{s, commonName, quoteIdent(s), quoteIdent(commonName), {}});
    }
    auto part = [&](const QString &schema) -> std::pair<Snapshot *, Renamer *> {
        auto it = parts.find(schema);
        if (it == parts.end())
            return {nullptr, nullptr};
        return {&*it, &renamers[schema]};
    };
    for (const SchemaDef &x : all.schemas)
        if (auto [p, r] = part(x.name); p) {
            SchemaDef y = x;
            y.name = commonName;
            p->schemas.append(y);
        }
    for (const TypeDef &x : all.types)
        if (auto [p, r] = part(x.schema); p) {
            TypeDef y = x;
            r->name(y.schema);
            r->fix(y.baseType);
            r->fix(y.collation);
            r->fix(y.defaultExpr);
            for (DomainConstraint &c : y.constraints)
                r->fix(c.definition);
            r->columns(y.attributes);
            r->fix(y.subtype);
            r->fix(y.subtypeOpclass);
            r->fix(y.canonicalFunction);
            r->fix(y.subtypeDiffFunction);
            r->fix(y.multirangeName);
            p->types.append(y);
        }
    for (const SequenceDef &x : all.sequences)
        if (auto [p, r] = part(x.schema); p) {
            SequenceDef y = x;
            r->name(y.schema);
            r->name(y.ownedBySchema);
            p->sequences.append(y);
        }
    for (const TableDef &x : all.tables)
        if (auto [p, r] = part(x.schema); p) {
            TableDef y = x;
            r->name(y.schema);
            r->columns(y.columns);
            r->fix(y.partitionKey);
            r->name(y.parentSchema);
            r->fix(y.partitionBound);
            if (auto st = all.tableStats.constFind(x.key()); st != all.tableStats.constEnd())
                p->tableStats.insert(y.key(), *st);
            p->tables.append(y);
        }
    for (const ConstraintDef &x : all.constraints)
        if (auto [p, r] = part(x.schema); p) {
            ConstraintDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            r->name(y.refSchema);
            p->constraints.append(y);
        }
    for (const IndexDef &x : all.indexes)
        if (auto [p, r] = part(x.schema); p) {
            IndexDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            r->fix(y.expressions);
            r->fix(y.predicate);
            r->fix(y.parentIndex);
            p->indexes.append(y);
        }
    for (const ViewDef &x : all.views)
        if (auto [p, r] = part(x.schema); p) {
            ViewDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            r->columns(y.columns);
            for (QString &d : y.dependsOn) {
                // "view:tenant.v": the part after the kind is a qualified name.
                const qsizetype colon = d.indexOf(u':');
                d = d.left(colon + 1) + (*r)(d.mid(colon + 1));
            }
            p->views.append(y);
        }
    for (const FunctionDef &x : all.functions)
        if (auto [p, r] = part(x.schema); p) {
            FunctionDef y = x;
            r->name(y.schema);
            r->fix(y.argumentTypes);
            r->fix(y.arguments);
            r->fix(y.identityArguments);
            r->fix(y.result);
            r->fix(y.definition);
            p->functions.append(y);
        }
    for (const TriggerDef &x : all.triggers)
        if (auto [p, r] = part(x.schema); p) {
            TriggerDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            p->triggers.append(y);
        }
    for (const PolicyDef &x : all.policies)
        if (auto [p, r] = part(x.schema); p) {
            PolicyDef y = x;
            r->name(y.schema);
            r->fix(y.usingExpr);
            r->fix(y.withCheckExpr);
            p->policies.append(y);
        }
    // The dependency graph: an edge between two objects of one part, under the part's
    // names (edges to other schemas' objects have nothing to point at in the part). A part
    // plans in the same order as the whole snapshot would.
    QHash<QString, std::pair<QString, QString>> renamedKeys; // key in `all` -> (part, key in the part)
    auto keep = [&](const QString &schema, const QString &oldKey, const QString &newKey) {
        if (parts.contains(schema))
            renamedKeys.insert(oldKey, {schema, newKey});
    };
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // The part's lists hold the renamed objects in the order of `all`'s lists, so the
        // n-th object of a kind in schema s is the n-th of that kind in the part.
        const Snapshot &p = it.value();
        const QString &s = it.key();
        auto pair = [&](const auto &allList, const auto &partList, auto schemaOf) {
            qsizetype n = 0;
            for (const auto &x : allList)
                if (schemaOf(x) == s && n < partList.size())
                    keep(s, x.key(), partList[n++].key());
        };
        auto bySchema = [](const auto &x) { return x.schema; };
        pair(all.types, p.types, bySchema);
        pair(all.sequences, p.sequences, bySchema);
        pair(all.tables, p.tables, bySchema);
        pair(all.constraints, p.constraints, bySchema);
        pair(all.indexes, p.indexes, bySchema);
        pair(all.views, p.views, bySchema);
        pair(all.functions, p.functions, bySchema);
        pair(all.triggers, p.triggers, bySchema);
        pair(all.policies, p.policies, bySchema);
    }
    for (const Dependency &d : all.dependencies) {
        const auto from = renamedKeys.constFind(d.from), to = renamedKeys.constFind(d.to);
        if (from == renamedKeys.cend() || to == renamedKeys.cend() || from->first != to->first)
            continue;
        parts[from->first].dependencies.append({from->second, to->second});
    }
    for (Snapshot &p : parts) {
        p.dependenciesKnown = all.dependenciesKnown;
        p.sort();
    }
    return parts;
}

} // namespace strata::catalog
