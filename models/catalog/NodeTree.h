#pragma once
// A reader for PostgreSQL's pg_node_tree text (the nodeToString() form the catalogs keep
// in pg_constraint.conbin, pg_index.indexprs/indpred, pg_attrdef.adbin): "{OPEXPR :opno
// 525 :args ({VAR ...} {CONST ...})}". It builds a small generic tree; ExprDeparse.h
// turns the expression kinds it knows back into SQL.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace strata::catalog::nodes {

struct Node
{
    enum class Kind : unsigned char { Null, Scalar, Struct, List };
    Kind kind = Kind::Null;
    // Scalar: the token, unescaped. Struct: the node type ("OPEXPR"). List: the tag of a
    // list of plain values ("i" integers, "o" oids, "b" a bitmapset), empty for nodes.
    // Views into the parsed text (which must outlive the tree) or into `unescaped`.
    std::string_view text;
    std::vector<std::string_view> names; // Struct: field names, without the colon
    std::vector<Node> values;            // Struct: field values; List: the items
    QByteArray datum;                    // a Const's value bytes (":constvalue 4 [ 1 0 0 0 ... ]")
    QByteArray unescaped;                // a token that had backslashes, without them

    bool isNull() const { return kind == Kind::Null; }
    bool is(std::string_view type) const;
    const Node *field(std::string_view name) const; // nullptr when absent
    qint64 integer(std::string_view name, qint64 fallback = 0) const;
    quint32 oid(std::string_view name) const { return quint32(integer(name)); }
    bool flag(std::string_view name) const; // "true"
};

// The tree, or nothing with a sentence in *error when the text is not a node tree. The
// tree points into `text`: keep it alive while the tree is used.
std::optional<Node> parse(QByteArrayView text, QString *error = nullptr);

// A struct node as scan() meets it: its type and its scalar fields (fields holding a node,
// a list or "<>" are left out). Valid during the visit only.
class StructFields
{
public:
    std::string_view type;
    // The field's value as Node::integer() reads it; fallback when absent or not a number.
    qint64 integer(std::string_view name, qint64 fallback = 0) const;

private:
    friend class Scanner;
    const std::vector<std::pair<std::string_view, std::string_view>> *m_fields = nullptr; // name, raw token
};

// Visits every struct node of the text (children before their parent) without building a
// tree: for a pass that only needs some fields, several times cheaper than parse(). False
// when the text is not a node tree; the nodes before the fault have been visited then.
bool scan(QByteArrayView text, const std::function<void(const StructFields &)> &visit);

} // namespace strata::catalog::nodes
