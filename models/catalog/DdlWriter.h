#pragma once
// Canonical DDL for snapshot objects: the same object always prints the same text
// (identifiers quoted only where quote_ident would, columns in attnum order, lists
// in key order). script() prints a whole snapshot in an order that runs on an
// empty database and recreates it: introspecting the result gives an equal snapshot.

#include "Snapshot.h"

#include <QCoreApplication>

namespace strata::catalog {

struct DdlOptions
{
    bool owners = true;    // ALTER ... OWNER TO
    bool grants = true;    // GRANT / REVOKE
    bool comments = true;  // COMMENT ON
};

class DdlWriter
{
public:
    explicit DdlWriter(DdlOptions options = {}) : m_o(options) {}

    // Each returns complete statements (each ending in ";\n"). Objects that the
    // server creates on its own (inherited constraints, constraint indexes, cloned
    // triggers) print nothing but their comment.
    QString schema(const SchemaDef &s) const;
    QString extension(const ExtensionDef &e) const;
    QString type(const TypeDef &t) const;
    QString sequence(const SequenceDef &s) const;          // CREATE + OWNED BY + ...
    // A partition's columns are printed relative to its parent when given.
    QString table(const TableDef &t, const TableDef *parent = nullptr) const;
    QString constraint(const ConstraintDef &c) const;
    QString index(const IndexDef &i) const;                // CREATE INDEX + ATTACH PARTITION
    QString view(const ViewDef &v) const;
    QString function(const FunctionDef &f) const;
    QString trigger(const TriggerDef &t) const;
    QString policy(const PolicyDef &p) const;

    // The whole snapshot, dependency-ordered, for an empty database.
    QString script(const Snapshot &snapshot) const;

    // 'text' with quotes doubled (standard_conforming_strings).
    static QString literal(const QString &text);

private:
    QString sequenceCreate(const SequenceDef &s) const;
    QString sequenceOwnedBy(const SequenceDef &s) const;
    QString indexCreate(const IndexDef &i) const;
    QString indexAttach(const IndexDef &i) const;
    QString owner(const char *objectType, const QString &target, const QString &role) const;
    QString comment(const char *objectType, const QString &target, const QString &text) const;
    QString grants(const char *objectType, const QString &target, const QList<Grant> &grants) const;

    DdlOptions m_o;
};

} // namespace strata::catalog
