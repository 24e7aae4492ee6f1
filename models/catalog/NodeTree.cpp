#include "NodeTree.h"

#include <QCoreApplication>
#include <array>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace strata::catalog::nodes {

namespace {

// A character's kind for the tokenizer: one table lookup instead of seven comparisons.
enum : unsigned char { Space = 1, Bracket = 2, Backslash = 4 };
struct Kinds
{
    std::array<unsigned char, 256> of{};
    constexpr Kinds()
    {
        of[' '] = of['\n'] = of['\t'] = Space;
        of['('] = of[')'] = of['{'] = of['}'] = Bracket;
        of['\\'] = Backslash;
    }
};
constexpr Kinds kKinds{};

// The tokens of PostgreSQL's read.c: whitespace separates them, the four brackets are
// tokens of their own, a backslash protects the next character, and "<>" is the empty
// token (a NULL pointer or an empty list).
class Tokens
{
public:
    explicit Tokens(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    // The next token; `raw` keeps the backslashes. False at the end.
    bool next(QByteArrayView *raw)
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        const char *start = m_p;
        if (kind(*m_p) & Bracket) {
            ++m_p;
        } else {
            while (m_p < m_end) {
                const unsigned char k = kind(*m_p);
                if (k & (Space | Bracket))
                    break;
                m_p += (k == Backslash && m_p + 1 < m_end) ? 2 : 1;
            }
        }
        *raw = QByteArrayView(start, m_p - start);
        return true;
    }
    bool peek(QByteArrayView *raw)
    {
        const char *saved = m_p;
        const bool ok = next(raw);
        m_p = saved;
        return ok;
    }
    // Whether the next token is the bracket c (without reading it).
    bool nextIs(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }

private:
    static unsigned char kind(char c) { return kKinds.of[static_cast<unsigned char>(c)]; }
    void skipSpace()
    {
        while (m_p < m_end && (kind(*m_p) & Space))
            ++m_p;
    }
    const char *m_p;
    const char *m_end;
};

// tok == literal, compared inline (a token is mostly one character).
template<size_t N>
bool same(QByteArrayView tok, const char (&literal)[N])
{
    return tok.size() == qsizetype(N - 1) && std::memcmp(tok.data(), literal, N - 1) == 0;
}

// A scalar token without the double quotes around it (a string's value).
QByteArrayView unquoted(QByteArrayView tok)
{
    return tok.size() >= 2 && tok.front() == '"' && tok.back() == '"' ? tok.sliced(1, tok.size() - 2) : tok;
}

// The tag that opens a list of plain values: integers, oids, a bitmapset, xids.
bool isListTag(QByteArrayView tok)
{
    return same(tok, "i") || same(tok, "o") || same(tok, "b") || same(tok, "x");
}

std::string_view view(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}

// Node::integer()'s reading of a scalar: the whole text a decimal number ("-12").
qint64 toInteger(std::string_view text, qint64 fallback)
{
    size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
    if (i == text.size() || text.size() - i > 19)
        return fallback;
    quint64 v = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return fallback;
        v = v * 10 + quint64(text[i] - '0');
    }
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return fallback;
    return text[0] == '-' ? -qint64(v) : qint64(v);
}

// One byte of a Const's value ("0".."255", or "-128".."-1" from older servers).
bool datumByte(QByteArrayView tok, char *out)
{
    const qint64 v = tok.size() <= 4 ? toInteger(std::string_view(tok.data(), size_t(tok.size())), -1000) : -1000;
    if (v < -128 || v > 255)
        return false;
    *out = char(v);
    return true;
}

QByteArray unescape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size())
            ++i;
        out += raw[i];
    }
    return out;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text) : m_t(text) {}

    bool value(QByteArrayView tok, Node *out, int depth)
    {
        if (depth > 200)
            return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression is nested too deeply."));
        if (same(tok, "<>")) {
            out->kind = Node::Kind::Null;
            return true;
        }
        if (same(tok, "{"))
            return structNode(out, depth);
        if (same(tok, "("))
            return list(out, depth);
        if (same(tok, ")") || same(tok, "}"))
            return fail(QCoreApplication::translate("strata::catalog::nodes", "Unexpected “%1” in the expression.").arg(QString::fromLatin1(tok)));
        out->kind = Node::Kind::Scalar;
        tok = unquoted(tok);
        if (tok.contains('\\')) {
            out->unescaped = unescape(tok);
            out->text = std::string_view(out->unescaped.constData(), size_t(out->unescaped.size()));
        } else {
            out->text = view(tok);
        }
        return true;
    }

    bool structNode(Node *out, int depth)
    {
        QByteArrayView tok;
        if (!m_t.next(&tok) || tok.isEmpty() || same(tok, "}"))
            return fail(QCoreApplication::translate("strata::catalog::nodes", "An expression node has no type."));
        out->kind = Node::Kind::Struct;
        out->text = view(tok);
        for (;;) {
            if (!m_t.next(&tok))
                return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a node."));
            if (same(tok, "}"))
                return true;
            if (tok.size() < 2 || tok.front() != ':')
                return fail(QCoreApplication::translate("strata::catalog::nodes", "Expected a field name, found “%1”.").arg(QString::fromUtf8(tok)));
            if (out->names.empty()) { // most node types have up to ten fields
                out->names.reserve(10);
                out->values.reserve(10);
            }
            out->names.push_back(view(tok.sliced(1)));
            out->values.emplace_back();
            Node &v = out->values.back();
            if (!m_t.next(&tok))
                return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a node."));
            if (!value(tok, &v, depth + 1))
                return false;
            // A Const's value: "<length> [ b0 b1 ... ]".
            if (v.kind == Node::Kind::Scalar && m_t.nextIs('[')) {
                m_t.next(&tok);
                const qint64 length = toInteger(v.text, 0);
                if (length > 0 && length < (1 << 20))
                    v.datum.reserve(length);
                for (;;) {
                    if (!m_t.next(&tok))
                        return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a constant."));
                    if (same(tok, "]"))
                        break;
                    char b;
                    if (!datumByte(tok, &b))
                        return fail(QCoreApplication::translate("strata::catalog::nodes", "A constant holds “%1”, which is not a byte.").arg(QString::fromUtf8(tok)));
                    v.datum += b;
                }
            }
        }
    }

    bool list(Node *out, int depth)
    {
        out->kind = Node::Kind::List;
        QByteArrayView tok;
        if (m_t.peek(&tok) && isListTag(tok)) {
            m_t.next(&tok);
            out->text = view(tok);
        }
        for (;;) {
            if (!m_t.next(&tok))
                return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a list."));
            if (same(tok, ")"))
                return true;
            out->values.emplace_back();
            if (!value(tok, &out->values.back(), depth + 1))
                return false;
        }
    }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    Tokens m_t;
    QString m_error;
};

} // namespace

bool Node::is(std::string_view type) const
{
    return kind == Kind::Struct && text == type;
}

const Node *Node::field(std::string_view name) const
{
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return &values[i];
    return nullptr;
}

qint64 Node::integer(std::string_view name, qint64 fallback) const
{
    const Node *f = field(name);
    if (!f || f->kind != Kind::Scalar)
        return fallback;
    return toInteger(f->text, fallback);
}

bool Node::flag(std::string_view name) const
{
    const Node *f = field(name);
    return f && f->kind == Kind::Scalar && f->text == "true";
}

std::optional<Node> parse(QByteArrayView text, QString *error)
{
    Reader r(text);
    QByteArrayView tok;
    Node root;
    if (!r.m_t.next(&tok)) {
        r.fail(QCoreApplication::translate("strata::catalog::nodes", "The expression is empty."));
    } else if (r.value(tok, &root, 0)) {
        if (!r.m_t.next(&tok))
            return root;
        r.fail(QCoreApplication::translate("strata::catalog::nodes", "Unexpected text after the expression."));
    }
    if (error)
        *error = r.m_error;
    return std::nullopt;
}

qint64 StructFields::integer(std::string_view name, qint64 fallback) const
{
    for (const auto &[field, raw] : *m_fields) {
        if (field != name)
            continue;
        const QByteArrayView text = unquoted(QByteArrayView(raw.data(), qsizetype(raw.size())));
        if (!text.contains('\\'))
            return toInteger(view(text), fallback);
        return toInteger(view(unescape(text)), fallback);
    }
    return fallback;
}

// scan(): the same grammar as Reader, with a stack of open structs and lists instead of
// a tree. The stack's entries are reused from node to node, so it allocates only while
// it grows to the deepest nesting.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_t(text) {}

    bool run(const std::function<void(const StructFields &)> &visit)
    {
        QByteArrayView tok;
        if (!m_t.next(&tok) || !value(tok))
            return false;
        while (m_depth > 0) {
            Open &top = m_stack[m_depth - 1];
            if (!m_t.next(&tok))
                return false;
            if (top.isStruct) {
                if (same(tok, "}")) {
                    if (!top.hidden) {
                        StructFields fields;
                        fields.type = top.type;
                        fields.m_fields = &top.fields;
                        visit(fields);
                    }
                    --m_depth;
                    continue;
                }
                if (tok.size() < 2 || tok.front() != ':')
                    return false;
                const std::string_view name = view(tok.sliced(1));
                if (!m_t.next(&tok))
                    return false;
                if (isScalar(tok)) {
                    m_stack[m_depth - 1].fields.emplace_back(name, view(tok));
                    if (m_t.nextIs('[') && !skipDatum())
                        return false;
                } else if (!value(tok)) {
                    return false;
                }
            } else {
                if (same(tok, ")")) {
                    --m_depth;
                    continue;
                }
                if (!value(tok))
                    return false;
            }
        }
        return !m_t.next(&tok);
    }

private:
    struct Open
    {
        bool isStruct = false;
        bool tagged = false; // a list of plain values ("(o 1 2)")
        bool hidden = false; // inside a tagged list: not a node of the tree (walks skip it)
        std::string_view type;
        std::vector<std::pair<std::string_view, std::string_view>> fields;
    };

    static bool isScalar(QByteArrayView tok)
    {
        return !same(tok, "<>") && !same(tok, "{") && !same(tok, "(") && !same(tok, ")") && !same(tok, "}");
    }

    // A value token in a struct's field or a list: opens a struct or a list, or is a
    // plain value (kept only as a struct's field, by the caller).
    bool value(QByteArrayView tok)
    {
        if (same(tok, "{")) {
            if (!m_t.next(&tok) || tok.isEmpty() || same(tok, "}"))
                return false;
            Open &o = push(true);
            o.type = view(tok);
            return m_depth <= 201;
        }
        if (same(tok, "(")) {
            Open &o = push(false);
            QByteArrayView tag; // a list of plain values: its tag
            if (m_t.peek(&tag) && isListTag(tag)) {
                m_t.next(&tag);
                o.tagged = true;
            }
            return m_depth <= 201;
        }
        return !same(tok, ")") && !same(tok, "}");
    }

    Open &push(bool isStruct)
    {
        if (m_depth == m_stack.size())
            m_stack.emplace_back();
        const bool hidden = m_depth > 0 && (m_stack[m_depth - 1].hidden || m_stack[m_depth - 1].tagged);
        Open &o = m_stack[m_depth++];
        o.isStruct = isStruct;
        o.tagged = false;
        o.hidden = hidden;
        o.type = {};
        o.fields.clear();
        return o;
    }

    bool skipDatum()
    {
        QByteArrayView tok;
        m_t.next(&tok); // "["
        for (;;) {
            if (!m_t.next(&tok))
                return false;
            if (same(tok, "]"))
                return true;
        }
    }

    Tokens m_t;
    std::vector<Open> m_stack;
    size_t m_depth = 0;
};

bool scan(QByteArrayView text, const std::function<void(const StructFields &)> &visit)
{
    return Scanner(text).run(visit);
}

} // namespace strata::catalog::nodes
