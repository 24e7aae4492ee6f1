// ALTER TABLE subcommands and ADD CONSTRAINT for the statement walker.
#include "StatementWalker.h"

namespace strata::preflight::walker {

void Walker::onAlterTable(const QJsonObject &n)
{
    const QString objtype = txt(n, "objtype");
    const QJsonObject rv = obj(n, "relation");
    SimTable &t = table(rv);
    if (!t.exists && !t.created && !flag(n, "missing_ok") && objtype == u"OBJECT_TABLE" && facts)
        add(LintRules::make(S("relation-missing"), {S("ALTER TABLE"), t.name, facts->searchPath.join(u',')}),
            t.name, t.schema);
    for (const QJsonValue &c : arr(n, "cmds"))
        onAlterCmd(t, obj(c.toObject(), "AlterTableCmd"), objtype);
}

void Walker::onAlterCmd(SimTable &t, const QJsonObject &cmd, const QString &objtype)
{
    const QString sub = txt(cmd, "subtype");
    LockEffect e = LockTable::alterTableCmd(cmd, objtype);
    const QString col = txt(cmd, "name");
    const QString what = QStringLiteral("ALTER TABLE %1 %2").arg(t.name, LockTable::subtypeForm(sub));
    const ColumnFact *cf = t.fact && !col.isEmpty() ? t.fact->column(col) : nullptr;

    if (sub == u"AT_AddColumn") {
        const QJsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QString name = txt(def, "colname");
        if (t.columns.contains(name) && !flag(cmd, "missing_ok"))
            add(LintRules::make(S("column-exists"), {name, t.name}), t.name, t.schema);
        columnTypeLints(name, obj(def, "typeName"));
        bool hasDefault = false, notNull = false;
        QStringList volatileFns;
        for (const QJsonValue &cv : arr(def, "constraints")) {
            const QJsonObject con = obj(cv.toObject(), "Constraint");
            const QString ct = txt(con, "contype");
            if (ct == u"CONSTR_DEFAULT") {
                hasDefault = true;
                static const QStringList knownVolatile = {S("random"), S("clock_timestamp"), S("gen_random_uuid"),
                                                          S("uuid_generate_v4"), S("uuid_generate_v1"), S("nextval"),
                                                          S("timeofday"), S("txid_current")};
                for (const QString &fn : calledFunctions(con.value(QStringLiteral("raw_expr")))) {
                    const bool vol = facts && facts->knownFunctions.contains(fn) ? facts->volatileFunctions.contains(fn)
                                                                                 : knownVolatile.contains(fn);
                    if (vol)
                        volatileFns.append(fn + QStringLiteral("()"));
                }
            }
            if (ct == u"CONSTR_NOTNULL" || ct == u"CONSTR_PRIMARY")
                notNull = true;
            if (ct == u"CONSTR_IDENTITY" || ct == u"CONSTR_GENERATED")
                hasDefault = true;
        }
        const QString tn = typeNameBase(obj(def, "typeName"));
        const bool serial = tn.contains(QStringLiteral("serial"));
        if (!volatileFns.isEmpty()) {
            e.rewrite = true;
            if (t.exists)
                add(LintRules::make(S("adding-field-with-volatile-default"), {name, volatileFns.join(QStringLiteral(", "))}), t.name, t.schema);
        }
        if (t.exists && (serial || e.rewrite) && volatileFns.isEmpty())
            add(LintRules::make(S("adding-serial-primary-key-field"), {name}), t.name, t.schema);
        if (notNull && !hasDefault && !serial && t.exists) {
            add(LintRules::make(S("adding-required-field"), {name}), t.name, t.schema);
            DataCheck c;
            c.kind = DataCheck::Kind::TableNotEmpty;
            c.statement = cur;
            c.line = ps->statement.line;
            c.schema = t.schema;
            c.table = t.name;
            c.columns = {name};
            c.label = QStringLiteral("ADD COLUMN %1 NOT NULL (no default)").arg(catalog::quoteIdent(name));
            out.checks.append(c);
        }
        t.columns.append(name);
    } else if (sub == u"AT_DropColumn") {
        if (!t.columns.contains(col) && !flag(cmd, "missing_ok"))
            checkColumn(t, col, what);
        if (t.exists)
            add(LintRules::make(S("ban-drop-column"), {t.name + u'.' + col}), t.name, t.schema);
        t.columns.removeAll(col);
    } else if (sub == u"AT_AlterColumnType") {
        checkColumn(t, col, what);
        const QJsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QJsonObject tn = obj(def, "typeName");
        const QString target = typeNameBase(tn);
        const QList<int> mods = typeNameMods(tn);
        const bool hasUsing = def.contains(QStringLiteral("raw_default"));
        QString usingText;
        if (hasUsing) {
            const int from = src.charPos(def.value(QStringLiteral("location")).toInt());
            const int stmtEnd = ps->statement.offset + int(ps->statement.text.size());
            const int u = src.findKeyword(QStringLiteral("USING"), from, stmtEnd);
            if (u >= 0) {
                const auto parts = src.splitTopLevel(u + 5, stmtEnd);
                usingText = src.mid(parts.first().first, parts.first().second);
                if (!isSingleExpression(usingText))
                    usingText.clear();
            }
        }
        if (cf) {
            // Binary-coercible changes keep the data files (PostgreSQL skips the rewrite).
            const QString from = cf->typname;
            const int oldLen = cf->typmod >= 4 ? cf->typmod - 4 : -1;
            bool noRewrite = false;
            if (!hasUsing) {
                if ((from == u"varchar" || from == u"text") && target == u"text")
                    noRewrite = true;
                else if ((from == u"varchar" || from == u"text") && target == u"varchar")
                    noRewrite = mods.isEmpty() || (from == u"varchar" && oldLen >= 0 && mods.first() >= oldLen);
                else if (from == u"numeric" && target == u"numeric") {
                    if (mods.isEmpty())
                        noRewrite = true;
                    else if (oldLen >= 0) {
                        const int p = (oldLen >> 16) & 0xffff, s = oldLen & 0xffff;
                        noRewrite = mods.value(0) >= p && mods.value(1, 0) == s;
                    }
                } else if (from == u"varbit" && target == u"varbit")
                    noRewrite = mods.isEmpty() || (oldLen >= 0 && mods.first() >= oldLen);
                else if (from == u"cidr" && target == u"inet")
                    noRewrite = true;
                else if (from == target && mods.isEmpty() && cf->typmod < 0)
                    noRewrite = true;
            }
            const QString targetSql = typeNameSql(tn);
            if (noRewrite) {
                e.rewrite = false;
                rep->notes.append(tr("%1 → %2 is binary-coercible: no table rewrite.").arg(cf->type, targetSql));
            } else if (t.exists) {
                add(LintRules::make(S("changing-column-type"), {t.name + u'.' + col, cf->type, targetSql, QString(), t.name}), t.name, t.schema);
                const bool sameFamily = from == target;
                if (!sameFamily || hasUsing || !mods.isEmpty()) {
                    DataCheck c;
                    c.kind = DataCheck::Kind::CastFailure;
                    c.statement = cur;
                    c.line = ps->statement.line;
                    c.schema = t.schema;
                    c.table = t.name;
                    c.columns = {col};
                    c.expression = usingText;
                    c.sourceTypname = from;
                    c.targetTypname = target;
                    c.targetType = targetSql;
                    c.label = QStringLiteral("%1: %2 → %3").arg(catalog::quoteIdent(col), cf->type, targetSql);
                    if (!hasUsing || !usingText.isEmpty())
                        out.checks.append(c);
                }
            }
        }
    } else if (sub == u"AT_SetNotNull") {
        checkColumn(t, col, what);
        // PostgreSQL 12+: a valid CHECK (col IS NOT NULL) proves it without a scan.
        bool proven = cf && cf->notNull;
        if (t.fact)
            for (const ConstraintFact &c : t.fact->constraints)
                if (c.type == u'c' && c.validated
                    && c.definition == QStringLiteral("CHECK ((%1 IS NOT NULL))").arg(catalog::quoteIdent(col)))
                    proven = true;
        if (proven) {
            e.scan = false;
            rep->notes.append(tr("%1 is already proven NOT NULL (column constraint or a valid CHECK): no scan.").arg(col));
        } else if (t.exists) {
            add(LintRules::make(S("setting-not-nullable-field"), {t.name, col}), t.name, t.schema);
            DataCheck c;
            c.kind = DataCheck::Kind::NullValues;
            c.statement = cur;
            c.line = ps->statement.line;
            c.schema = t.schema;
            c.table = t.name;
            c.columns = {col};
            c.label = QStringLiteral("SET NOT NULL %1").arg(catalog::quoteIdent(col));
            attachBackfills(c);
            out.checks.append(c);
        }
    } else if (sub == u"AT_DropNotNull") {
        checkColumn(t, col, what);
        if (t.exists)
            add(LintRules::make(S("ban-drop-not-null"), {t.name + u'.' + col}), t.name, t.schema);
    } else if (sub == u"AT_ColumnDefault" || sub == u"AT_SetStatistics" || sub == u"AT_SetStorage" || sub == u"AT_DropIdentity"
               || sub == u"AT_AddIdentity" || sub == u"AT_SetOptions" || sub == u"AT_ResetOptions" || sub == u"AT_SetCompression") {
        checkColumn(t, col, what);
    } else if (sub == u"AT_AddConstraint") {
        onAddConstraint(t, obj(obj(cmd, "def"), "Constraint"), false);
    } else if (sub == u"AT_DropConstraint") {
        const ConstraintFact *c = t.fact ? t.fact->constraint(col) : nullptr;
        if (!t.constraints.contains(col) && !flag(cmd, "missing_ok") && t.exists && (facts || t.created))
            add(LintRules::make(S("constraint-missing"), {what, t.name, col}), t.name, t.schema);
        if (c && (c->type == u'p' || c->type == u'u')) {
            KeyDef k;
            k.statement = cur;
            k.schema = t.schema;
            k.table = t.name;
            k.name = c->name;
            for (const QString &cn : c->columns)
                k.parts.append({cn, {}});
            if (const IndexFact *i = t.fact->index(c->index)) {
                k.nullsNotDistinct = i->nullsNotDistinct;
                k.enforcedNow = i->valid;
            }
            droppedKeys.append(k);
        }
        // A key or exclusion constraint takes its index with it: the name is free again
        // (DROP CONSTRAINT x, ADD CONSTRAINT x ... in one ALTER TABLE is the usual form).
        if (c && !c->index.isEmpty()) {
            relnamesBySchema[t.schema].remove(c->index);
            droppedRelations.insert(t.schema + u'.' + c->index);
        }
        t.constraints.remove(col);
    } else if (sub == u"AT_ValidateConstraint") {
        const ConstraintFact *c = t.fact ? t.fact->constraint(col) : nullptr;
        if (!t.constraints.contains(col) && t.exists && (facts || t.created))
            add(LintRules::make(S("constraint-missing"), {what, t.name, col}), t.name, t.schema);
        if (c && !c->validated && (c->type == u'c' || c->type == u'f')) {
            // Re-parse the catalog definition as an ADD CONSTRAINT to reuse its data check.
            auto p = ParseTree::parse(QStringLiteral("ALTER TABLE x ADD CONSTRAINT x ") + c->definition);
            if (p && p->size() == 1) {
                const QJsonArray cmds = arr(p->first().node, "cmds");
                const QJsonObject con = obj(obj(obj(cmds.first().toObject(), "AlterTableCmd"), "def"), "Constraint");
                if (con.value(QStringLiteral("contype")).toString() == u"CONSTR_FOREIGN") {
                    const QJsonObject pk = obj(con, "pktable");
                    e.otherTable = txt(pk, "relname");
                    e.otherSchema = txt(pk, "schemaname");
                    e.otherLevel = LockLevel::RowShare;
                }
                SourceText saved = src;
                src = SourceText(QStringLiteral("ALTER TABLE x ADD CONSTRAINT x ") + c->definition);
                QJsonObject named = con;
                named.insert(QStringLiteral("conname"), c->name);
                named.insert(QStringLiteral("skip_validation"), false);
                onAddConstraint(t, named, true);
                src = saved;
            }
        }
    } else if (sub == u"AT_SetTableSpace" || sub == u"AT_SetLogged" || sub == u"AT_SetUnLogged" || sub == u"AT_SetAccessMethod") {
        if (t.exists)
            add(LintRules::make(S("table-rewrite"), {e.form, t.name}), t.name, t.schema);
    }
    apply(t.schema, t.name, e);
}

void Walker::onAddConstraint(SimTable &t, const QJsonObject &con, bool fromCatalog)
{
    const QString ct = txt(con, "contype");
    const QString name = txt(con, "conname");
    const bool notValid = flag(con, "skip_validation");
    const QString what = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2").arg(t.name, name);
    if (!fromCatalog && !name.isEmpty() && (t.constraints.contains(name) || (ct != u"CONSTR_CHECK" && ct != u"CONSTR_FOREIGN" && relationExists(t.schema, name))))
        add(LintRules::make(S("constraint-exists"), {name, t.name}), t.name, t.schema);
    if (!name.isEmpty())
        t.constraints.insert(name);
    auto base = [&](DataCheck::Kind kind, const QString &label) {
        DataCheck c;
        c.kind = kind;
        c.statement = cur;
        c.line = ps->statement.line;
        c.schema = t.schema;
        c.table = t.name;
        c.label = label;
        return c;
    };
    if (ct == u"CONSTR_FOREIGN") {
        const QStringList fk = jsonStrings(arr(con, "fk_attrs"));
        QStringList pkc = jsonStrings(arr(con, "pk_attrs"));
        const QJsonObject pkt = obj(con, "pktable");
        const QString rs = schemaFor(pkt);
        SimTable &ref = table(rs, txt(pkt, "relname"));
        if (!ref.exists && !ref.created && facts)
            add(LintRules::make(S("relation-missing"), {what, ref.name, facts->searchPath.join(u',')}), t.name, t.schema);
        for (const QString &c : fk)
            checkColumn(t, c, what);
        if (pkc.isEmpty() && ref.fact)
            for (const ConstraintFact &c : ref.fact->constraints)
                if (c.type == u'p')
                    pkc = c.columns;
        for (const QString &c : pkc)
            checkColumn(ref, c, what);
        if (!notValid && t.exists && !fromCatalog)
            add(LintRules::make(S("adding-foreign-key-constraint"), {S("FOREIGN KEY (") + fk.join(S(", ")) + u')', t.name, S("SHARE ROW EXCLUSIVE"), name}), t.name, t.schema);
        if (t.exists && ref.exists && !fk.isEmpty() && fk.size() == pkc.size()) {
            DataCheck c = base(DataCheck::Kind::ForeignKeyOrphans, QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)%4")
                                                                     .arg(catalog::quotedList(fk), catalog::quoteIdent(ref.name), catalog::quotedList(pkc),
                                                                          notValid ? S(" NOT VALID") : QString()));
            c.columns = fk;
            c.refSchema = ref.schema;
            c.refTable = ref.name;
            c.refColumns = pkc;
            c.nullsNotDistinct = notValid; // reused as "only a warning": NOT VALID skips existing rows
            out.checks.append(c);
        }
    } else if (ct == u"CONSTR_CHECK") {
        // The CHECK body: the parenthesized text after the CHECK keyword.
        const int from = src.charPos(con.value(QStringLiteral("location")).toInt());
        const int k = src.findKeyword(QStringLiteral("CHECK"), from, int(src.text().size()));
        const int open = k >= 0 ? src.findOpenParen(k, int(src.text().size())) : -1;
        const int close = open >= 0 ? src.matchParen(open) : -1;
        const QString body = close > 0 ? src.mid(open + 1, close - 1) : QString();
        if (!notValid && t.exists && !fromCatalog)
            add(LintRules::make(S("constraint-missing-not-valid"), {S("CHECK (") + body + u')', t.name, S("ACCESS EXCLUSIVE"), name}), t.name, t.schema);
        if (t.exists && isSingleExpression(body)) {
            DataCheck c = base(DataCheck::Kind::CheckViolation, QStringLiteral("CHECK (%1)%2").arg(body, notValid ? S(" NOT VALID") : QString()));
            c.expression = body;
            c.nullsNotDistinct = notValid;
            out.checks.append(c);
        }
    } else if (ct == u"CONSTR_PRIMARY" || ct == u"CONSTR_UNIQUE") {
        const QString indexName = txt(con, "indexname");
        KeyDef k;
        k.statement = cur;
        k.schema = t.schema;
        k.table = t.name;
        k.name = name;
        k.nullsNotDistinct = flag(con, "nulls_not_distinct");
        const bool pk = ct == u"CONSTR_PRIMARY";
        if (!indexName.isEmpty()) {
            const IndexFact *i = t.fact ? t.fact->index(indexName) : nullptr;
            if (!i && !relnamesBySchema.value(t.schema).contains(indexName))
                add(LintRules::make(S("constraint-missing"), {what, t.name, indexName}), t.name, t.schema);
            if (i)
                for (const QString &c : i->columns)
                    k.parts.append({c, {}});
        } else {
            for (const QString &c : jsonStrings(arr(con, "keys"))) {
                checkColumn(t, c, what);
                k.parts.append({c, {}});
            }
            if (t.exists)
                add(LintRules::make(pk ? S("adding-primary-key-without-index") : S("disallowed-unique-constraint"), {t.name}), t.name, t.schema);
        }
        newKeys.append(k);
        if (t.exists && !k.parts.isEmpty()) {
            QStringList cols = k.plainColumns();
            DataCheck c = base(DataCheck::Kind::DuplicateKey, QStringLiteral("%1 (%2)%3").arg(pk ? S("PRIMARY KEY") : S("UNIQUE"), cols.join(S(", ")),
                                                                                             k.nullsNotDistinct ? S(" NULLS NOT DISTINCT") : QString()));
            c.key = k.parts;
            c.nullsNotDistinct = k.nullsNotDistinct;
            c.tenantColumn = tenantIn(cols);
            c.provenBy = proofFor(t, k);
            if (indexName.isEmpty())
                out.checks.append(c);
            if (pk) {
                QStringList nullable;
                for (const QString &cn : cols) {
                    const ColumnFact *cf = t.fact ? t.fact->column(cn) : nullptr;
                    if (cf && !cf->notNull)
                        nullable.append(cn);
                }
                if (!nullable.isEmpty()) {
                    DataCheck n = base(DataCheck::Kind::NullValues, QStringLiteral("PRIMARY KEY (%1): NOT NULL %2").arg(cols.join(S(", ")), nullable.join(S(", "))));
                    n.columns = nullable;
                    attachBackfills(n);
                    out.checks.append(n);
                } else {
                    rep->scan = rep->scan && false;
                }
            }
        }
    } else if (ct == u"CONSTR_EXCLUSION") {
        if (t.exists)
            add(LintRules::make(S("disallowed-unique-constraint"), {t.name}), t.name, t.schema);
    }
}

} // namespace strata::preflight::walker
