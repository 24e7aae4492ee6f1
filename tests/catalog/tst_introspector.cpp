// The Introspector against a real server: the fixture's objects come back with
// their attributes; filters and options work; the number of statements does not
// grow with the number of tables; cancel stops the capture.

#include "CatalogTestUtil.h"
#include "catalog/CopyRows.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QThread>

using namespace strata;
using namespace strata::catalog;

class TestIntrospector : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;
    Snapshot m_s;

private slots:
    void initTestCase()
    {
        auto db = test::fixtureDatabase(QStringLiteral("introspect"));
        STRATA_VERIFY_RESULT(db);
        m_db = *db;
        auto s = test::snapshotOf(m_db);
        STRATA_VERIFY_RESULT(s);
        m_s = *s;
    }

    void metadata()
    {
        QVERIFY(m_s.serverVersionNum >= 140000);
        QVERIFY(!m_s.serverVersion.isEmpty());
        QCOMPARE(m_s.database, m_db.dbname);
        QVERIFY(m_s.takenAt.isValid());
        QVERIFY(m_s.takenAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    }

    void schemasAndExtensions()
    {
        const SchemaDef *app = test::findByKey(m_s.schemas, QStringLiteral("schema:app"));
        QVERIFY(app);
        QCOMPARE(app->comment, QStringLiteral("application objects"));
        QCOMPARE(app->owner, QStringLiteral("strata"));
        QCOMPARE(app->grants.size(), 1);
        QCOMPARE(app->grants[0].grantee, QStringLiteral("strata_reader"));
        QCOMPARE(app->grants[0].privilege, QStringLiteral("USAGE"));
        QVERIFY(test::findByKey(m_s.schemas, QStringLiteral("schema:\"Odd Schema\"")));
        for (const SchemaDef &s : m_s.schemas)
            QVERIFY2(!s.name.startsWith(u"pg_") && s.name != u"information_schema", qPrintable(s.name));
        const ExtensionDef *gist = test::findByKey(m_s.extensions, QStringLiteral("extension:btree_gist"));
        QVERIFY(gist);
        QCOMPARE(gist->schema, QStringLiteral("public"));
        QVERIFY(!gist->version.isEmpty());
        // Objects that belong to the extension are not listed as the database's own.
        for (const FunctionDef &f : m_s.functions)
            QVERIFY2(f.schema != u"public", qPrintable(f.key()));
        for (const TypeDef &t : m_s.types)
            QVERIFY2(t.schema != u"public", qPrintable(t.key()));
    }

    void types()
    {
        const TypeDef *mood = test::findByKey(m_s.types, QStringLiteral("type:app.mood"));
        QVERIFY(mood);
        QCOMPARE(mood->kind, TypeDef::Kind::Enum);
        QCOMPARE(mood->labels, QStringList({QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy"), QStringLiteral("it's \"fine\"")}));
        QCOMPARE(mood->grants.size(), 1);

        const TypeDef *pos = test::findByKey(m_s.types, QStringLiteral("type:app.positive_int"));
        QVERIFY(pos);
        QCOMPARE(pos->kind, TypeDef::Kind::Domain);
        QCOMPARE(pos->baseType, QStringLiteral("integer"));
        QVERIFY(pos->notNull);
        QCOMPARE(pos->defaultExpr, QStringLiteral("1"));
        QCOMPARE(pos->comment, QStringLiteral("strictly positive"));
        QCOMPARE(pos->constraints.size(), 2);
        QCOMPARE(pos->constraints[0].name, QStringLiteral("positive_int_check"));
        QVERIFY(pos->constraints[0].definition.contains(u"VALUE > 0"));
        QVERIFY(pos->constraints[0].validated);
        QCOMPARE(pos->constraints[1].name, QStringLiteral("small_enough"));
        QVERIFY(!pos->constraints[1].validated);

        const TypeDef *shortText = test::findByKey(m_s.types, QStringLiteral("type:app.short_text"));
        QVERIFY(shortText);
        QCOMPARE(shortText->collation, QStringLiteral("pg_catalog.\"C\""));

        const TypeDef *addr = test::findByKey(m_s.types, QStringLiteral("type:app.address"));
        QVERIFY(addr);
        QCOMPARE(addr->kind, TypeDef::Kind::Composite);
        QCOMPARE(addr->attributes.size(), 3);
        QCOMPARE(addr->attributes[1].name, QStringLiteral("city"));
        QCOMPARE(addr->attributes[1].collation, QStringLiteral("pg_catalog.\"C\""));
        QCOMPARE(addr->attributes[2].type, QStringLiteral("app.short_text"));

        const TypeDef *range = test::findByKey(m_s.types, QStringLiteral("type:app.floatrange"));
        QVERIFY(range);
        QCOMPARE(range->kind, TypeDef::Kind::Range);
        QCOMPARE(range->subtype, QStringLiteral("double precision"));
        QCOMPARE(range->subtypeDiffFunction, QStringLiteral("float8mi"));
        QCOMPARE(range->multirangeName, QStringLiteral("app.floatmultirange"));
        // The range's constructor functions belong to the type, not to the function list.
        for (const FunctionDef &f : m_s.functions)
            QVERIFY2(!f.name.startsWith(u"float"), qPrintable(f.key()));
    }

    void sequences()
    {
        const SequenceDef *inv = test::findByKey(m_s.sequences, QStringLiteral("sequence:app.invoice_no"));
        QVERIFY(inv);
        QCOMPARE(inv->options.dataType, QStringLiteral("integer"));
        QCOMPARE(inv->options.start, 1000);
        QCOMPARE(inv->options.increment, 5);
        QCOMPARE(inv->options.minValue, 1000);
        QCOMPARE(inv->options.maxValue, 999999);
        QCOMPARE(inv->options.cache, 10);
        QVERIFY(inv->options.cycle);
        QCOMPARE(inv->ownedByTable, QStringLiteral("orders"));
        QCOMPARE(inv->ownedByColumn, QStringLiteral("invoice"));
        QCOMPARE(inv->comment, QStringLiteral("invoice numbers"));
        QCOMPARE(inv->grants.size(), 2);
        QVERIFY(test::findByKey(m_s.sequences, QStringLiteral("sequence:app.orders_id_seq")));
        // An identity column's sequence is part of the column.
        QVERIFY(!test::findByKey(m_s.sequences, QStringLiteral("sequence:app.users_id_seq")));
    }

    void tablesAndColumns()
    {
        const TableDef *users = test::findByKey(m_s.tables, QStringLiteral("table:app.users"));
        QVERIFY(users);
        QCOMPARE(users->columns.size(), 10);
        QCOMPARE(users->columns[0].name, QStringLiteral("id"));
        QCOMPARE(users->columns[0].identity, QStringLiteral("ALWAYS"));
        QCOMPARE(users->columns[0].identitySequence, QStringLiteral("app.users_id_seq"));
        QCOMPARE(users->columns[0].identityOptions.start, 100);
        QCOMPARE(users->columns[0].identityOptions.increment, 2);
        QVERIFY(users->columns[0].notNull);
        const Column *email = users->column(QStringLiteral("email"));
        QVERIFY(email && email->notNull && email->comment == u"login e-mail");
        const Column *display = users->column(QStringLiteral("Display Name"));
        QVERIFY(display);
        QCOMPARE(display->collation, QStringLiteral("pg_catalog.\"C\""));
        QCOMPARE(users->column(QStringLiteral("mood"))->defaultExpr, QStringLiteral("'ok'::app.mood"));
        QCOMPARE(users->column(QStringLiteral("score"))->type, QStringLiteral("app.positive_int"));
        QCOMPARE(users->column(QStringLiteral("created_at"))->defaultExpr, QStringLiteral("now()"));
        QCOMPARE(users->column(QStringLiteral("email_lower"))->generatedExpr, QStringLiteral("lower(email)"));
        QVERIFY(users->column(QStringLiteral("email_lower"))->defaultExpr.isEmpty());
        QCOMPARE(users->column(QStringLiteral("tags"))->type, QStringLiteral("text[]"));
        QCOMPARE(users->options, QStringList{QStringLiteral("fillfactor=80")});
        QVERIFY(users->rlsEnabled);
        QVERIFY(users->rlsForced);
        QCOMPARE(users->comment, QStringLiteral("people who log in"));
        QCOMPARE(users->grants.size(), 3);
        QCOMPARE(users->grants[0].grantee, QStringLiteral("Strata Writer"));
        QVERIFY(users->grants[0].grantable);

        const TableDef *orders = test::findByKey(m_s.tables, QStringLiteral("table:app.orders"));
        QVERIFY(orders);
        QCOMPARE(orders->column(QStringLiteral("id"))->defaultExpr, QStringLiteral("nextval('app.orders_id_seq'::regclass)"));
        QCOMPARE(orders->column(QStringLiteral("amount"))->type, QStringLiteral("numeric(12,2)"));
        QVERIFY(test::findByKey(m_s.tables, QStringLiteral("table:app.scratchpad"))->unlogged);

        const TableDef *odd = test::findByKey(m_s.tables, QStringLiteral("table:\"Odd Schema\".\"Mixed Case \"\"Table\"\"\""));
        QVERIFY(odd);
        QCOMPARE(odd->name, QStringLiteral("Mixed Case \"Table\""));
        QStringList names;
        for (const Column &c : odd->columns)
            names << c.name;
        QCOMPARE(names, QStringList({QStringLiteral("Id"), QStringLiteral("select"), QStringLiteral("üñí©ødé"),
                                     QStringLiteral("a_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxxxxxxxxx")}));
        QCOMPARE(names[3].toUtf8().size(), 63);
        QVERIFY(test::findByKey(m_s.tables, QStringLiteral("table:\"Odd Schema\".\"ÄÖÜ straße\"")));
        QVERIFY(test::findByKey(m_s.tables, QStringLiteral("table:\"Odd Schema\".") + QString(63, u'a')));
    }

    void partitions()
    {
        const TableDef *events = test::findByKey(m_s.tables, QStringLiteral("table:app.events"));
        QVERIFY(events);
        QCOMPARE(events->partitionKey, QStringLiteral("RANGE (at)"));
        QVERIFY(!events->isPartition());
        const TableDef *p2024 = test::findByKey(m_s.tables, QStringLiteral("table:app.events_2024"));
        QVERIFY(p2024);
        QCOMPARE(p2024->parentName, QStringLiteral("events"));
        QCOMPARE(p2024->partitionBound, QStringLiteral("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
        QVERIFY(p2024->columns[0].inherited);
        QCOMPARE(p2024->columns.size(), 5); // the column added to the parent later is there too
        const TableDef *p2025 = test::findByKey(m_s.tables, QStringLiteral("table:app.events_2025"));
        QVERIFY(p2025 && p2025->isPartition() && p2025->isPartitioned());
        QCOMPARE(p2025->column(QStringLiteral("kind"))->defaultExpr, QStringLiteral("'y2025'::text"));
        const TableDef *h1 = test::findByKey(m_s.tables, QStringLiteral("table:app.events_2025_h1"));
        QVERIFY(h1);
        QCOMPARE(h1->parentName, QStringLiteral("events_2025"));
        QCOMPARE(test::findByKey(m_s.tables, QStringLiteral("table:app.events_other"))->partitionBound, QStringLiteral("DEFAULT"));
        // Constraints and triggers cloned onto partitions are marked inherited.
        const ConstraintDef *pk = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.events_2024.events_2024_pkey"));
        QVERIFY(pk && pk->inherited);
        const ConstraintDef *check = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.events_2024.events_kind_check"));
        QVERIFY(check && check->inherited);
        QVERIFY(!test::findByKey(m_s.constraints, QStringLiteral("constraint:app.events.events_pkey"))->inherited);
        const TriggerDef *trg = test::findByKey(m_s.triggers, QStringLiteral("trigger:app.events_2024.events_touch"));
        QVERIFY(trg && trg->inherited);
        const IndexDef *childIdx = test::findByKey(m_s.indexes, QStringLiteral("index:app.events_2024_kind_idx"));
        QVERIFY(childIdx);
        QCOMPARE(childIdx->parentIndex, QStringLiteral("app.events_kind_idx"));
    }

    void constraints()
    {
        const ConstraintDef *fk = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.orders.orders_user_fk"));
        QVERIFY(fk);
        QCOMPARE(fk->type, ConstraintDef::Type::ForeignKey);
        QCOMPARE(fk->columns, QStringList{QStringLiteral("user_id")});
        QCOMPARE(fk->refSchema, QStringLiteral("app"));
        QCOMPARE(fk->refTable, QStringLiteral("users"));
        QCOMPARE(fk->refColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(fk->onUpdate, QStringLiteral("CASCADE"));
        QCOMPARE(fk->onDelete, QStringLiteral("SET NULL"));
        QVERIFY(fk->deferrable);
        QVERIFY(fk->initiallyDeferred);
        QVERIFY(!fk->validated);
        QVERIFY(fk->definition.contains(u"NOT VALID"));

        const ConstraintDef *uq = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.users.users_email_key"));
        QVERIFY(uq);
        QCOMPARE(uq->type, ConstraintDef::Type::Unique);
        QVERIFY(uq->nullsNotDistinct);
        QCOMPARE(uq->comment, QStringLiteral("one account per address"));
        QVERIFY(!test::findByKey(m_s.constraints, QStringLiteral("constraint:app.users.users_pkey"))->nullsNotDistinct);

        const ConstraintDef *ex = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.orders.orders_no_overlap"));
        QVERIFY(ex);
        QCOMPARE(ex->type, ConstraintDef::Type::Exclude);
        QCOMPARE(ex->definition, QStringLiteral("EXCLUDE USING gist (room WITH =, during WITH &&)"));

        const ConstraintDef *ck = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.users.users_score_check"));
        QVERIFY(ck && ck->type == ConstraintDef::Type::Check && !ck->validated);

        const ConstraintDef *oddFk = test::findByKey(m_s.constraints, QStringLiteral("constraint:\"Odd Schema\".\"ÄÖÜ straße\".\"ÄÖÜ straße_id_fkey\""));
        QVERIFY(oddFk);
        QCOMPARE(oddFk->refTable, QStringLiteral("Mixed Case \"Table\""));
        QCOMPARE(oddFk->refColumns, QStringList{QStringLiteral("Id")});
        QCOMPARE(oddFk->onDelete, QStringLiteral("CASCADE"));
    }

    void definitionsMatchTheServer()
    {
        // Keys, foreign keys and plain indexes are composed client-side (for speed);
        // the text must be exactly what pg_get_constraintdef / pg_get_indexdef print.
        auto c = test::connectRw(m_db);
        STRATA_VERIFY_RESULT(c);
        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("SET search_path = ''")).error);
        ResultSet cons = (*c)->exec(QStringLiteral(
            "SELECT n.nspname, r.relname, co.conname, pg_get_constraintdef(co.oid) FROM pg_constraint co"
            " JOIN pg_class r ON r.oid = co.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
            " WHERE n.nspname IN ('app', 'Odd Schema')"));
        STRATA_VERIFY_OK(cons.error);
        QVERIFY(cons.rowCount() > 20);
        for (int i = 0; i < cons.rowCount(); ++i) {
            ConstraintDef probe;
            probe.schema = cons.text(i, 0);
            probe.table = cons.text(i, 1);
            probe.name = cons.text(i, 2);
            const ConstraintDef *mine = test::findByKey(m_s.constraints, probe.key());
            QVERIFY2(mine, qPrintable(probe.key()));
            QCOMPARE(mine->definition, cons.text(i, 3));
        }
        ResultSet idx = (*c)->exec(QStringLiteral(
            "SELECT n.nspname, c.relname, pg_get_indexdef(c.oid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('app', 'Odd Schema')"));
        STRATA_VERIFY_OK(idx.error);
        QVERIFY(idx.rowCount() > 20);
        for (int i = 0; i < idx.rowCount(); ++i) {
            const IndexDef *mine = test::findByKey(m_s.indexes, QStringLiteral("index:") + qualifiedName(idx.text(i, 0), idx.text(i, 1)));
            QVERIFY2(mine, qPrintable(idx.text(i, 1)));
            QCOMPARE(mine->definition, idx.text(i, 2));
        }
        const ConstraintDef *setNull = nullptr;
        for (const ConstraintDef &x : m_s.constraints)
            if (x.table == u"tag_links" && x.columns.size() == 2)
                setNull = &x;
        QVERIFY(setNull);
        QVERIFY(setNull->definition.contains(u"ON DELETE SET NULL (tag_label)"));
        const ConstraintDef *include = test::findByKey(m_s.constraints, QStringLiteral("constraint:app.tags.tags_label_key"));
        QVERIFY(include);
        QCOMPARE(include->definition, QStringLiteral("UNIQUE (label) INCLUDE (id) DEFERRABLE"));
    }

    void indexes()
    {
        const IndexDef *expr = test::findByKey(m_s.indexes, QStringLiteral("index:app.users_email_lower_idx"));
        QVERIFY(expr);
        QCOMPARE(expr->expressions, QStringLiteral("lower(email)"));
        QCOMPARE(expr->comment, QStringLiteral("case-insensitive lookup"));
        QVERIFY(expr->valid);
        const IndexDef *partial = test::findByKey(m_s.indexes, QStringLiteral("index:app.users_recent_idx"));
        QVERIFY(partial);
        QCOMPARE(partial->predicate, QStringLiteral("(updated_at IS NOT NULL)"));
        QCOMPARE(partial->includeColumns, QStringList{QStringLiteral("email")});
        QCOMPARE(partial->columns, QStringList{QStringLiteral("created_at")});
        QVERIFY(partial->definition.contains(u"DESC"));
        const IndexDef *opclass = test::findByKey(m_s.indexes, QStringLiteral("index:app.users_email_pattern_idx"));
        QVERIFY(opclass && opclass->definition.contains(u"text_pattern_ops"));
        QCOMPARE(test::findByKey(m_s.indexes, QStringLiteral("index:app.users_tags_gin"))->method, QStringLiteral("gin"));
        const IndexDef *uq = test::findByKey(m_s.indexes, QStringLiteral("index:app.users_email_key"));
        QVERIFY(uq && uq->unique);
        QCOMPARE(uq->constraintName, QStringLiteral("users_email_key"));
        QVERIFY(uq->definition.contains(u"NULLS NOT DISTINCT"));
        const IndexDef *spaced = test::findByKey(m_s.indexes, QStringLiteral("index:\"Odd Schema\".\"Index With Spaces\""));
        QVERIFY(spaced);
        QCOMPARE(spaced->columns, QStringList({QStringLiteral("select"), QStringLiteral("üñí©ødé")}));
        QVERIFY(test::findByKey(m_s.indexes, QStringLiteral("index:app.order_totals_user_idx"))); // on a materialized view
    }

    void viewsAndMaterializedViews()
    {
        const ViewDef *active = test::findByKey(m_s.views, QStringLiteral("view:app.active_users"));
        QVERIFY(active);
        QVERIFY(!active->materialized);
        QVERIFY(active->definition.contains(u"FROM app.users"));
        QCOMPARE(active->options, QStringList{QStringLiteral("check_option=cascaded")});
        QCOMPARE(active->comment, QStringLiteral("not sad"));
        QCOMPARE(active->columns.size(), 3);
        QCOMPARE(active->grants.size(), 1);
        const ViewDef *happy = test::findByKey(m_s.views, QStringLiteral("view:app.happy_users"));
        QVERIFY(happy);
        QCOMPARE(happy->dependsOn, QStringList{QStringLiteral("view:app.active_users")});
        QCOMPARE(happy->options, QStringList{QStringLiteral("security_barrier=true")});
        const ViewDef *mv = test::findByKey(m_s.views, QStringLiteral("materialized_view:app.order_totals"));
        QVERIFY(mv && mv->materialized && mv->populated);
        QCOMPARE(mv->comment, QStringLiteral("per user"));
        const ViewDef *empty = test::findByKey(m_s.views, QStringLiteral("materialized_view:app.empty_mv"));
        QVERIFY(empty && !empty->populated);
    }

    void functionsAndProcedures()
    {
        const FunctionDef *addInt = test::findByKey(m_s.functions, QStringLiteral("function:app.add(integer, integer)"));
        const FunctionDef *addText = test::findByKey(m_s.functions, QStringLiteral("function:app.add(text, text)"));
        QVERIFY(addInt);
        QVERIFY(addText);
        QCOMPARE(addInt->volatility, QStringLiteral("IMMUTABLE"));
        QVERIFY(addInt->strict);
        QCOMPARE(addInt->result, QStringLiteral("integer"));
        QCOMPARE(addInt->language, QStringLiteral("sql"));
        QCOMPARE(addInt->comment, QStringLiteral("adds integers"));
        QVERIFY(addText->arguments.contains(u"DEFAULT 'x'::text"));
        QVERIFY(addInt->definition.startsWith(u"CREATE OR REPLACE FUNCTION app.add(a integer, b integer)"));
        const FunctionDef *secret = test::findByKey(m_s.functions, QStringLiteral("function:app.secret()"));
        QVERIFY(secret);
        QVERIFY(secret->securityDefiner);
        QCOMPARE(secret->grants.size(), 2);
        QVERIFY(secret->grants[0].revoked);             // EXECUTE taken from PUBLIC
        QVERIFY(secret->grants[0].grantee.isEmpty());
        QCOMPARE(secret->grants[1].grantee, QStringLiteral("strata_reader"));
        QVERIFY(secret->grants[1].grantable);
        const FunctionDef *proc = test::findByKey(m_s.functions, QStringLiteral("procedure:app.reset_counter(integer)"));
        QVERIFY(proc && proc->procedure);
        QVERIFY(proc->result.isEmpty());
        QCOMPARE(proc->comment, QStringLiteral("does nothing"));
    }

    void triggersAndPolicies()
    {
        const TriggerDef *touch = test::findByKey(m_s.triggers, QStringLiteral("trigger:app.users.users_touch"));
        QVERIFY(touch);
        QCOMPARE(touch->enabled, QStringLiteral("ORIGIN"));
        QCOMPARE(touch->comment, QStringLiteral("keeps updated_at"));
        QVERIFY(touch->definition.contains(u"EXECUTE FUNCTION app.touch()"));
        const TriggerDef *off = test::findByKey(m_s.triggers, QStringLiteral("trigger:app.users.users_touch_disabled"));
        QVERIFY(off);
        QCOMPARE(off->enabled, QStringLiteral("DISABLED"));
        QVERIFY(off->definition.contains(u"WHEN"));

        const PolicyDef *own = test::findByKey(m_s.policies, QStringLiteral("policy:app.users.own_rows"));
        QVERIFY(own);
        QVERIFY(own->permissive);
        QCOMPARE(own->command, QStringLiteral("SELECT"));
        QCOMPARE(own->roles, QStringList({QStringLiteral("Strata Writer"), QStringLiteral("strata_reader")}));
        QCOMPARE(own->usingExpr, QStringLiteral("(email = CURRENT_USER)"));
        QCOMPARE(own->comment, QStringLiteral("see your own row"));
        const PolicyDef *bad = test::findByKey(m_s.policies, QStringLiteral("policy:app.users.no_bad_mood"));
        QVERIFY(bad);
        QVERIFY(!bad->permissive);
        QCOMPARE(bad->command, QStringLiteral("INSERT"));
        QCOMPARE(bad->roles, QStringList{QString()}); // PUBLIC
        QVERIFY(bad->withCheckExpr.contains(u"'sad'::app.mood"));
    }

    void statisticsAreKeptButNotCompared()
    {
        const QString users = QStringLiteral("table:app.users");
        QVERIFY(m_s.tableStats.contains(users));
        QVERIFY(!m_s.tableStats.value(users).exactSizes);
        QVERIFY(!m_s.tableStats.contains(QStringLiteral("table:app.events"))); // partitioned: no storage of its own
        QVERIFY(m_s.tableStats.contains(QStringLiteral("table:app.events_2024")));
        QVERIFY(m_s.tableStats.contains(QStringLiteral("materialized_view:app.order_totals")));

        // Estimates follow ANALYZE; exact sizes are measured.
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "INSERT INTO app.users (email) SELECT 'user' || g || '@example.com' FROM generate_series(1, 3000) g;"
            "ANALYZE app.users;")));
        auto estimated = test::snapshotOf(m_db);
        STRATA_VERIFY_RESULT(estimated);
        const TableStats e = estimated->tableStats.value(users);
        QVERIFY2(e.rowEstimate > 2000 && e.rowEstimate < 4000, qPrintable(QString::number(e.rowEstimate)));
        QVERIFY(e.pages > 0);
        QCOMPARE(e.tableBytes, e.pages * 8192);
        QVERIFY(e.totalBytes > e.tableBytes); // indexes count too
        {
            // The estimate is the table's, its TOAST table's and its indexes' relpages.
            auto c = test::connectRw(m_db);
            STRATA_VERIFY_OK(c ? Error() : c.error());
            const ResultSet r = (*c)->exec(QStringLiteral(
                "SELECT (c.relpages::int8 + COALESCE((SELECT t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0)"
                " + COALESCE((SELECT sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = c.oid), 0)) * 8192"
                " FROM pg_class c WHERE c.oid = 'app.users'::regclass"));
            QVERIFY2(r.ok() && r.rowCount() == 1, qPrintable(r.error.message));
            QCOMPARE(e.totalBytes, r.toInt64(0, 0));
        }
        IntrospectOptions exactOptions;
        exactOptions.stats = IntrospectOptions::Stats::Exact;
        auto exact = test::snapshotOf(m_db, exactOptions);
        STRATA_VERIFY_RESULT(exact);
        const TableStats x = exact->tableStats.value(users);
        QVERIFY(x.exactSizes);
        QVERIFY(x.tableBytes >= e.tableBytes);
        QVERIFY(x.totalBytes > x.tableBytes);
        IntrospectOptions noStats;
        noStats.stats = IntrospectOptions::Stats::None;
        auto none = test::snapshotOf(m_db, noStats);
        STRATA_VERIFY_RESULT(none);
        QVERIFY(none->tableStats.isEmpty());
        QVERIFY(*none == m_s);
        QVERIFY(*exact == m_s);
        Snapshot other = m_s;
        other.tableStats[QStringLiteral("table:app.users")].rowEstimate = 12345;
        other.takenAt = other.takenAt.addDays(1);
        other.database = QStringLiteral("elsewhere");
        QVERIFY(other == m_s);
        other.tables[0].columns[0].notNull = !other.tables[0].columns[0].notNull;
        QVERIFY(other != m_s);
    }

    void listsAreSortedByKey()
    {
        for (qsizetype i = 1; i < m_s.tables.size(); ++i)
            QVERIFY(m_s.tables[i - 1].key() < m_s.tables[i].key());
        for (qsizetype i = 1; i < m_s.indexes.size(); ++i)
            QVERIFY(m_s.indexes[i - 1].key() < m_s.indexes[i].key());
        for (qsizetype i = 1; i < m_s.functions.size(); ++i)
            QVERIFY(m_s.functions[i - 1].key() < m_s.functions[i].key());
    }

    void schemaFilter()
    {
        IntrospectOptions only;
        only.includeSchemas = {QStringLiteral("Odd Schema")};
        auto s = test::snapshotOf(m_db, only);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(s->tables.size(), 3);
        for (const TableDef &t : s->tables)
            QCOMPARE(t.schema, QStringLiteral("Odd Schema"));
        QVERIFY(s->functions.isEmpty());
        QCOMPARE(s->schemas.size(), 1);
        QCOMPARE(s->scope.includeSchemas, only.includeSchemas);

        IntrospectOptions without;
        without.excludeSchemas = {QStringLiteral("app")};
        auto w = test::snapshotOf(m_db, without);
        STRATA_VERIFY_RESULT(w);
        for (const TableDef &t : w->tables)
            QVERIFY(t.schema != u"app");
        QVERIFY(w->types.isEmpty());
        QVERIFY(!w->tables.isEmpty());

        IntrospectOptions none;
        none.includeSchemas = {QStringLiteral("no such schema"), QStringLiteral("x'); DROP TABLE app.users; --")};
        auto n = test::snapshotOf(m_db, none);
        STRATA_VERIFY_RESULT(n);
        QVERIFY(n->tables.isEmpty());
        QVERIFY(test::snapshotOf(m_db)->table(QStringLiteral("app"), QStringLiteral("users")));
    }

    void ownersAndGrantsCanBeIgnored()
    {
        IntrospectOptions o;
        o.owners = false;
        o.grants = false;
        auto s = test::snapshotOf(m_db, o);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(s->tables.size(), m_s.tables.size());
        for (const TableDef &t : s->tables) {
            QVERIFY(t.owner.isEmpty());
            QVERIFY(t.grants.isEmpty());
        }
        for (const FunctionDef &f : s->functions) {
            QVERIFY(f.owner.isEmpty());
            QVERIFY(f.grants.isEmpty());
        }
        QVERIFY(!s->scope.owners);
        QVERIFY(!s->scope.grants);
        QVERIFY(*s != m_s);
    }

    void rawRowsJoinedByTheClient()
    {
        // The columns come as raw pg_attribute rows in heap order, which after an ALTER
        // COLUMN TYPE is not attnum order; defaults, comments and type names are joined
        // to them by the client. Index column options (only pg_get_indexdef prints them)
        // are found in the same scan.
        auto db = test::freshDatabase(QStringLiteral("raw_rows"));
        STRATA_VERIFY_RESULT(db);
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral(
            "CREATE TABLE t (a int DEFAULT 1, b text COLLATE \"C\" DEFAULT 'x', c numeric(9,3), d int GENERATED ALWAYS AS (length(b)) STORED,"
            "  doc tsvector, CONSTRAINT t_b_key UNIQUE (b));"
            "CREATE TABLE filler AS SELECT g FROM generate_series(1, 10) g;"
            "ALTER TABLE t ALTER COLUMN a TYPE bigint;"
            "ALTER TABLE t ALTER COLUMN a SET DEFAULT 7;"
            "COMMENT ON COLUMN t.a IS 'first';"
            "COMMENT ON COLUMN t.c IS 'third';"
            "CREATE INDEX t_doc_idx ON t USING gist (doc tsvector_ops (siglen = 100));"
            "CREATE INDEX t_expr_idx ON t USING gist ((to_tsvector('simple', b)) tsvector_ops (siglen = 64)) WHERE a > 0;"
            "COMMENT ON INDEX t_doc_idx IS 'with options';")));
        // Plans as on a large catalog (sequential scans, hash joins), where rows come in heap order.
        ConnectionProfile heapOrder = *db;
        heapOrder.options = QStringLiteral("-c enable_indexscan=off -c enable_bitmapscan=off -c enable_nestloop=off");
        auto c = test::connectRw(heapOrder);
        STRATA_VERIFY_RESULT(c);
        const ResultSet order = (*c)->exec(QStringLiteral(
            "SELECT string_agg(attname, ',') FROM (SELECT attname FROM pg_attribute WHERE attrelid = 'public.t'::regclass"
            " AND attnum > 0) x"));
        STRATA_VERIFY_OK(order.error);
        QVERIFY2(!order.text(0, 0).startsWith(u"a,"), qPrintable(order.text(0, 0))); // heap order differs from attnum order
        auto s = test::snapshotOf(heapOrder);
        STRATA_VERIFY_RESULT(s);
        auto indexed = test::snapshotOf(*db);
        STRATA_VERIFY_RESULT(indexed);
        QVERIFY(*s == *indexed);
        const TableDef *t = test::findByKey(s->tables, QStringLiteral("table:public.t"));
        QVERIFY(t);
        QStringList names, types;
        for (const Column &col : t->columns) {
            names << col.name;
            types << col.type;
        }
        QCOMPARE(names.join(u','), QStringLiteral("a,b,c,d,doc"));
        QCOMPARE(types.join(u','), QStringLiteral("bigint,text,numeric(9,3),integer,tsvector"));
        QCOMPARE(t->columns[0].defaultExpr, QStringLiteral("7"));
        QCOMPARE(t->columns[0].comment, QStringLiteral("first"));
        QCOMPARE(t->columns[1].collation, QStringLiteral("pg_catalog.\"C\""));
        QCOMPARE(t->columns[1].defaultExpr, QStringLiteral("'x'::text"));
        QCOMPARE(t->columns[2].comment, QStringLiteral("third"));
        QVERIFY(t->columns[2].defaultExpr.isEmpty());
        QCOMPARE(t->columns[3].generatedExpr, QStringLiteral("length(b)"));
        QVERIFY(t->columns[3].defaultExpr.isEmpty());

        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("SET search_path = ''")).error);
        for (const char *name : {"t_doc_idx", "t_expr_idx", "t_b_key"}) {
            const ResultSet def = (*c)->exec(QStringLiteral("SELECT pg_catalog.pg_get_indexdef($1::text::regclass)"),
                                             QVariantList{QVariant(QStringLiteral("public.") + QLatin1StringView(name))});
            STRATA_VERIFY_OK(def.error);
            const IndexDef *i = test::findByKey(s->indexes, QStringLiteral("index:public.") + QLatin1StringView(name));
            QVERIFY2(i, name);
            QCOMPARE(i->definition, def.text(0, 0));
        }
        QVERIFY(test::findByKey(s->indexes, QStringLiteral("index:public.t_doc_idx"))->definition.contains(u"siglen='100'"));
        QCOMPARE(test::findByKey(s->indexes, QStringLiteral("index:public.t_doc_idx"))->comment, QStringLiteral("with options"));
        QCOMPARE(test::findByKey(s->indexes, QStringLiteral("index:public.t_expr_idx"))->predicate, QStringLiteral("(a > 0)"));
        QCOMPARE(test::findByKey(s->indexes, QStringLiteral("index:public.t_b_key"))->constraintName, QStringLiteral("t_b_key"));
    }

    // The catalog queries come back as COPY text: tabs, newlines, carriage returns and
    // backslashes in names, comments and defaults are escaped by the server and must come
    // back as they were; \N is NULL, the text "\N" is not.
    void copyRowsAreSplitAndUnescaped()
    {
        using strata::catalog::detail::CopyRows;
        using strata::catalog::detail::splitCopyRow;
        auto split = [](QByteArray row) {
            row.append('\n');
            const char *values[8];
            int lengths[8];
            const int n = splitCopyRow(row.data(), row.size() - 1, values, lengths, 8);
            QStringList out;
            for (int i = 0; i < n; ++i)
                out << (values[i] ? QStringLiteral("[") + QString::fromUtf8(values[i], lengths[i]) + u']' : QStringLiteral("NULL"));
            return n < 0 ? QStringLiteral("too many") : out.join(u',');
        };
        QCOMPARE(split("a\tb\tc"), QStringLiteral("[a],[b],[c]"));
        QCOMPARE(split("a\t\tb"), QStringLiteral("[a],[],[b]"));
        QCOMPARE(split("1\t\\N\t\\\\N\t"), QStringLiteral("[1],NULL,[\\N],[]"));
        QCOMPARE(split("tab\\there\tnew\\nline\tcr\\r\tback\\\\slash"),
                 QString::fromUtf8("[tab\there],[new\nline],[cr\r],[back\\slash]"));
        QCOMPARE(split("\\101\\x42\\7\\b\\f\\v"), QStringLiteral("[AB\a\b\f\v]"));
        QCOMPARE(split("\\N"), QStringLiteral("NULL"));
        QCOMPARE(split("\\Nx"), QStringLiteral("[Nx]"));
        QCOMPARE(split(""), QStringLiteral("[]"));
        QCOMPARE(split("1\t2\t3\t4\t5\t6\t7\t8\t9"), QStringLiteral("too many"));

        CopyRows rows;
        rows.append("1\tx\n", 4);
        rows.append("2\t\\N", 4); // no newline: one is added
        QCOMPARE(rows.rowCount(), 2);
        QStringList seen;
        QVERIFY(rows.forEach([&](const char *const *values, const int *, int count) {
            seen << QString::number(count) + u':' + QString::fromUtf8(values[0]) + u':' + (values[1] ? QString::fromUtf8(values[1]) : QStringLiteral("NULL"));
        }));
        QCOMPARE(seen, (QStringList{QStringLiteral("2:1:x"), QStringLiteral("2:2:NULL")}));
    }

    void namesWithTabsNewlinesAndBackslashes()
    {
        auto db = test::freshDatabase(QStringLiteral("copy_escapes"));
        STRATA_VERIFY_RESULT(db);
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral(
            "CREATE SCHEMA \"tab\there\";"
            "CREATE TABLE \"tab\there\".\"new\nline\\back\" (\"c\r1\" text DEFAULT E'a\\tb\\\\c', \"\\N\" int);"
            "COMMENT ON TABLE \"tab\there\".\"new\nline\\back\" IS E'line one\\nline two\\ttabbed \\\\ done';"
            "CREATE INDEX \"ix\tname\" ON \"tab\there\".\"new\nline\\back\" ((\"c\r1\" || E'\\t'));")));
        auto s = test::snapshotOf(*db);
        STRATA_VERIFY_RESULT(s);
        const TableDef *t = s->table(QStringLiteral("tab\there"), QStringLiteral("new\nline\\back"));
        QVERIFY(t);
        QCOMPARE(t->comment, QStringLiteral("line one\nline two\ttabbed \\ done"));
        QCOMPARE(t->columns.size(), 2);
        QCOMPARE(t->columns[0].name, QStringLiteral("c\r1"));
        QCOMPARE(t->columns[0].defaultExpr, QStringLiteral("'a\tb\\c'::text"));
        QCOMPARE(t->columns[1].name, QStringLiteral("\\N"));
        QCOMPARE(t->columns[1].type, QStringLiteral("integer"));
        bool found = false;
        for (const IndexDef &i : s->indexes)
            found = found || i.name == u"ix\tname";
        QVERIFY(found);
    }

    void statementsDoNotGrowWithTables()
    {
        // The same number of statements for 3 tables and for 300 tables with indexes,
        // constraints, triggers and policies: bulk queries, never one per table.
        auto small = test::freshDatabase(QStringLiteral("bulk_small"));
        auto large = test::freshDatabase(QStringLiteral("bulk_large"));
        STRATA_VERIFY_RESULT(small);
        STRATA_VERIFY_RESULT(large);
        auto makeTables = [](int n) {
            return QStringLiteral(
                       "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                       "DO $$ BEGIN FOR i IN 1..%1 LOOP"
                       " EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, a text UNIQUE, b int CHECK (b > 0), c int REFERENCES t%s(id))', i, i);"
                       " EXECUTE format('CREATE INDEX ON t%s (b)', i);"
                       " EXECUTE format('CREATE TRIGGER trg BEFORE INSERT ON t%s FOR EACH ROW EXECUTE FUNCTION f()', i);"
                       " EXECUTE format('CREATE POLICY p ON t%s USING (true)', i);"
                       " EXECUTE format('COMMENT ON TABLE t%s IS %L', i, 'table ' || i);"
                       " END LOOP; END $$;")
                .arg(n);
        };
        STRATA_VERIFY_OK(test::runScript(*small, makeTables(3)));
        STRATA_VERIFY_OK(test::runScript(*large, makeTables(300)));
        IntrospectReport rs, rl;
        auto s = test::snapshotOf(*small, {}, &rs);
        auto l = test::snapshotOf(*large, {}, &rl);
        STRATA_VERIFY_RESULT(s);
        STRATA_VERIFY_RESULT(l);
        QCOMPARE(s->tables.size(), 3);
        QCOMPARE(l->tables.size(), 300);
        QCOMPARE(l->indexes.size(), 900);
        QCOMPARE(l->triggers.size(), 300);
        QCOMPARE(l->policies.size(), 300);
        QCOMPARE(rl.statements, rs.statements);
        // 20 catalog reads (16 queries with the dependency graph, BEGIN, settings, COMMIT,
        // and the one for the column types' names), plus ExprDeparse's two bulk follow-ups:
        // the objects the printed expressions name, and the server's text for a sample.
        QVERIFY2(rl.statements <= 22, qPrintable(QString::number(rl.statements)));
        // The dependency graph grows with the tables (each foreign key leans on a key).
        QVERIFY2(l->dependencies.size() >= 300, qPrintable(QString::number(l->dependencies.size())));
        QCOMPARE(rl.stepMs.size(), rs.stepMs.size());
        QVERIFY(rl.stepMs.size() >= 13);
    }

    // The dependency graph: pg_depend read in one query, every edge between two objects
    // of the snapshot, parts folded into their objects.
    void dependenciesFromTheCatalog()
    {
        auto db = test::freshDatabase(QStringLiteral("deps"));
        STRATA_VERIFY_RESULT(db);
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral(R"(
            CREATE DOMAIN public.pos AS int CHECK (VALUE > public.zero());
            CREATE TYPE public.mood AS ENUM ('ok', 'sad');
            CREATE FUNCTION public.zz_inner(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN upper(t);
            CREATE FUNCTION public.aa_outer(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN public.zz_inner(t);
            CREATE SEQUENCE public.counter;
            CREATE TABLE public.a (id int PRIMARY KEY, n public.pos, m public.mood[],
                                   c bigint DEFAULT nextval('public.counter'),
                                   g text GENERATED ALWAYS AS (public.aa_outer(id::text)) STORED);
            CREATE TABLE public.b (id int PRIMARY KEY, a_id int REFERENCES public.a);
            CREATE INDEX b_expr ON public.b (public.aa_outer(a_id::text));
            CREATE VIEW public.v1 AS SELECT id FROM public.a;
            CREATE VIEW public.v2 AS SELECT id FROM public.v1;
            CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER t BEFORE INSERT ON public.b FOR EACH ROW EXECUTE FUNCTION public.trg();
            CREATE POLICY p ON public.b USING (public.zz_inner(id::text) <> '');
            CREATE TABLE public.parted (id int, at date) PARTITION BY RANGE (at);
            CREATE TABLE public.parted_1 PARTITION OF public.parted FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TYPE public.pair AS (x public.pos, y public.mood[]);
            CREATE FUNCTION public.rows_of_a() RETURNS SETOF public.a LANGUAGE sql STABLE AS 'SELECT * FROM public.a';
            CREATE FUNCTION public.takes_b(x public.b[]) RETURNS int LANGUAGE sql STABLE RETURN 1;
            CREATE TABLE public.log (id int);
            CREATE RULE b_log AS ON INSERT TO public.b DO ALSO INSERT INTO public.log VALUES (NEW.id);
        )").replace(QStringLiteral("CREATE DOMAIN public.pos AS int CHECK (VALUE > public.zero());"),
                    QStringLiteral("CREATE FUNCTION public.zero() RETURNS int LANGUAGE sql IMMUTABLE RETURN 0;"
                                   " CREATE DOMAIN public.pos AS int CHECK (VALUE > public.zero());"))));
        IntrospectReport report;
        auto s = test::snapshotOf(*db, {}, &report);
        STRATA_VERIFY_RESULT(s);
        QVERIFY(s->dependenciesKnown);
        QSet<QPair<QString, QString>> edges;
        for (const Dependency &d : s->dependencies)
            edges.insert({d.from, d.to});
        auto has = [&edges](const char *from, const char *to) { return edges.contains({QString::fromUtf8(from), QString::fromUtf8(to)}); };
        QVERIFY(has("function:public.aa_outer(text)", "function:public.zz_inner(text)"));   // SQL-standard body
        QVERIFY(has("type:public.pos", "function:public.zero()"));                          // a domain's CHECK
        QVERIFY(has("table:public.a", "type:public.pos"));                                   // a column's domain
        QVERIFY(has("table:public.a", "type:public.mood"));                                  // an array of an enum
        QVERIFY(has("table:public.a", "sequence:public.counter"));                           // a default
        QVERIFY(has("table:public.a", "function:public.aa_outer(text)"));                    // a generated column
        QVERIFY(has("constraint:public.b.b_a_id_fkey", "constraint:public.a.a_pkey"));       // the key's index
        QVERIFY(has("constraint:public.b.b_a_id_fkey", "table:public.a"));
        QVERIFY(has("index:public.b_expr", "function:public.aa_outer(text)"));               // an index expression
        QVERIFY(has("view:public.v1", "table:public.a"));                                    // pg_rewrite
        QVERIFY(has("view:public.v2", "view:public.v1"));
        QVERIFY(has("trigger:public.b.t", "function:public.trg()"));
        QVERIFY(has("policy:public.b.p", "function:public.zz_inner(text)"));
        QVERIFY(has("table:public.parted_1", "table:public.parted"));                        // a partition
        QVERIFY(has("type:public.pair", "type:public.pos"));                                 // a composite type's attribute
        QVERIFY(has("type:public.pair", "type:public.mood"));                                // ... of an array type
        QVERIFY(has("function:public.rows_of_a()", "table:public.a"));                       // a table's row type
        QVERIFY(has("function:public.takes_b(public.b[])", "table:public.b"));               // an array of it
        QVERIFY(has("table:public.b", "table:public.log"));                                  // a rule's action
        // A part on its own table is not an edge (the key says so); nor a self-reference.
        QVERIFY(!has("constraint:public.b.b_a_id_fkey", "table:public.b"));
        QVERIFY(!has("sequence:public.counter", "table:public.a"));
        for (const Dependency &d : s->dependencies)
            QVERIFY(d.from != d.to);
        // One query for the whole graph.
        int graphQueries = 0;
        for (const auto &[name, ms] : report.stepMs)
            graphQueries += name == u"dependencies";
        QCOMPARE(graphQueries, 1);
        // Kept in the snapshot file (format 2).
        const QByteArray json = SnapshotJson::write(*s);
        QVERIFY(json.contains("\"format_version\":2"));
        auto back = SnapshotJson::read(json);
        STRATA_VERIFY_RESULT(back);
        QCOMPARE(back->dependencies, s->dependencies);
        QVERIFY(back->dependenciesKnown);
    }

    void cancelStopsTheCapture()
    {
        auto c = Connection::open(m_db);
        STRATA_VERIFY_RESULT(c);
        int calls = 0;
        JobControl ctl([&calls] { return ++calls > 3; }, [](int, int, const QString &) {});
        IntrospectReport report;
        auto s = Introspector::capture(**c, {}, &ctl, &report);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Canceled);
        QVERIFY(report.stepMs.size() < 13);
        // The connection is usable afterwards (the transaction was rolled back).
        ResultSet r = (*c)->exec(QStringLiteral("SELECT 1"));
        STRATA_VERIFY_OK(r.error);
        auto again = Introspector::capture(**c);
        STRATA_VERIFY_RESULT(again);
        QVERIFY(*again == m_s);
    }

    void runsAsASessionJob()
    {
        Session session;
        auto opened = session.open(m_db);
        opened.waitForFinished();
        STRATA_VERIFY_OK(opened.result() ? Error() : opened.result().error());
        QList<int> progress;
        QFuture<Result<Snapshot>> f = session.run<Snapshot>([](Connection &c, JobControl &ctl) {
            return Introspector::capture(c, {}, &ctl);
        });
        QElapsedTimer t;
        t.start();
        while (!f.isFinished() && t.elapsed() < 60000) {
            QCoreApplication::processEvents();
            progress << f.progressValue();
            QThread::msleep(2);
        }
        QVERIFY(f.isFinished());
        STRATA_VERIFY_RESULT(f.result());
        QVERIFY(f.result().value() == m_s);
        QCOMPARE(f.progressMaximum(), 20); // 16 catalog queries, 4 follow-ups
        QCOMPARE(f.progressValue(), 20);
    }

    void insideAnOpenTransaction()
    {
        // A caller's transaction is used as it is, and its search_path is restored.
        auto c = test::connectRw(m_db);
        STRATA_VERIFY_RESULT(c);
        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("BEGIN")).error);
        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("SET LOCAL search_path = app, public")).error);
        auto s = Introspector::capture(**c);
        STRATA_VERIFY_RESULT(s);
        QVERIFY(*s == m_s);
        ResultSet r = (*c)->exec(QStringLiteral("SHOW search_path"));
        STRATA_VERIFY_OK(r.error);
        QCOMPARE(r.text(0, 0), QStringLiteral("app, public"));
        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("COMMIT")).error);
    }
};

QTEST_GUILESS_MAIN(TestIntrospector)
#include "tst_introspector.moc"
