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

bool identChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

// The scanner's answer without the scanner, for a text with no quotes, dollar signs or
// comments: there every run of identifier characters is one token, so `from.` preceded by
// no identifier character is a qualifier, unless a number or a ".." follows the dot (the
// lexer reads ".5" and ".." as tokens of their own). Returns false when the text needs the
// scanner (it has such characters, or a digit right before an occurrence).
bool renamePlain(const QString &text, const QString &fromQ, const QString &toQ, QString *out)
{
    for (QChar c : text)
        if (c == u'\'' || c == u'"' || c == u'$')
            return false;
    if (text.contains(u"--") || text.contains(u"/*"))
        return false;
    const QString needle = fromQ + u'.';
    qsizetype pos = 0, last = 0;
    QString r;
    for (;;) {
        const qsizetype hit = text.indexOf(needle, pos);
        if (hit < 0)
            break;
        pos = hit + 1;
        if (hit > 0 && text[hit - 1].isDigit())
            return false;
        if (hit > 0 && identChar(text[hit - 1]))
            continue;
        const qsizetype after = hit + needle.size();
        if (after < text.size() && (text[after].isDigit() || text[after] == u'.'))
            continue;
        r += QStringView(text).mid(last, hit - last);
        r += toQ;
        last = hit + fromQ.size();
    }
    if (last == 0) {
        *out = text;
        return true;
    }
    r += QStringView(text).mid(last);
    *out = r;
    return true;
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
    if (QString plain; renamePlain(text, fromQ, toQ, &plain))
        return plain;
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
    // The dependency graph's keys: key in `all` -> (part, key in the part), noted as each
    // object is copied into its part.
    QHash<QString, std::pair<QString, QString>> renamedKeys;
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
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->types.append(std::move(y));
        }
    for (const SequenceDef &x : all.sequences)
        if (auto [p, r] = part(x.schema); p) {
            SequenceDef y = x;
            r->name(y.schema);
            r->name(y.ownedBySchema);
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->sequences.append(std::move(y));
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
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->tables.append(std::move(y));
        }
    for (const ConstraintDef &x : all.constraints)
        if (auto [p, r] = part(x.schema); p) {
            ConstraintDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            r->name(y.refSchema);
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->constraints.append(std::move(y));
        }
    for (const IndexDef &x : all.indexes)
        if (auto [p, r] = part(x.schema); p) {
            IndexDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            r->fix(y.expressions);
            r->fix(y.predicate);
            r->fix(y.parentIndex);
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->indexes.append(std::move(y));
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
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->views.append(std::move(y));
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
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->functions.append(std::move(y));
        }
    for (const TriggerDef &x : all.triggers)
        if (auto [p, r] = part(x.schema); p) {
            TriggerDef y = x;
            r->name(y.schema);
            r->fix(y.definition);
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->triggers.append(std::move(y));
        }
    for (const PolicyDef &x : all.policies)
        if (auto [p, r] = part(x.schema); p) {
            PolicyDef y = x;
            r->name(y.schema);
            r->fix(y.usingExpr);
            r->fix(y.withCheckExpr);
            renamedKeys.insert(x.key(), {x.schema, y.key()});
            p->policies.append(std::move(y));
        }
    // The dependency graph: an edge between two objects of one part, under the part's
    // names (edges to other schemas' objects have nothing to point at in the part). A part
    // plans in the same order as the whole snapshot would.
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
