#include "NodeTree.h"

#include <QCoreApplication>
#include <cstdlib>

namespace strata::catalog::nodes {

namespace {

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
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\t'))
            ++m_p;
        if (m_p >= m_end)
            return false;
        const char *start = m_p;
        if (isBracket(*m_p)) {
            ++m_p;
        } else {
            while (m_p < m_end && *m_p != ' ' && *m_p != '\n' && *m_p != '\t' && !isBracket(*m_p))
                m_p += (*m_p == '\\' && m_p + 1 < m_end) ? 2 : 1;
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

private:
    static bool isBracket(char c) { return c == '(' || c == ')' || c == '{' || c == '}'; }
    const char *m_p;
    const char *m_end;
};

std::string_view view(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
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
        if (tok == "<>") {
            out->kind = Node::Kind::Null;
            return true;
        }
        if (tok == "{")
            return structNode(out, depth);
        if (tok == "(")
            return list(out, depth);
        if (tok == ")" || tok == "}")
            return fail(QCoreApplication::translate("strata::catalog::nodes", "Unexpected “%1” in the expression.").arg(QString::fromLatin1(tok)));
        out->kind = Node::Kind::Scalar;
        if (tok.size() >= 2 && tok.front() == '"' && tok.back() == '"')
            tok = tok.sliced(1, tok.size() - 2);
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
        if (!m_t.next(&tok) || tok.isEmpty() || tok == "}")
            return fail(QCoreApplication::translate("strata::catalog::nodes", "An expression node has no type."));
        out->kind = Node::Kind::Struct;
        out->text = view(tok);
        for (;;) {
            if (!m_t.next(&tok))
                return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a node."));
            if (tok == "}")
                return true;
            if (tok.size() < 2 || tok.front() != ':')
                return fail(QCoreApplication::translate("strata::catalog::nodes", "Expected a field name, found “%1”.").arg(QString::fromUtf8(tok)));
            out->names.push_back(view(tok.sliced(1)));
            out->values.emplace_back();
            Node &v = out->values.back();
            if (!m_t.next(&tok))
                return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a node."));
            if (!value(tok, &v, depth + 1))
                return false;
            // A Const's value: "<length> [ b0 b1 ... ]".
            QByteArrayView after;
            if (v.kind == Node::Kind::Scalar && m_t.peek(&after) && after == "[") {
                m_t.next(&after);
                for (;;) {
                    if (!m_t.next(&tok))
                        return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a constant."));
                    if (tok == "]")
                        break;
                    bool ok = false;
                    const int b = QByteArray(tok.data(), tok.size()).toInt(&ok);
                    if (!ok || b < -128 || b > 255)
                        return fail(QCoreApplication::translate("strata::catalog::nodes", "A constant holds “%1”, which is not a byte.").arg(QString::fromUtf8(tok)));
                    v.datum += char(b);
                }
            }
        }
    }

    bool list(Node *out, int depth)
    {
        out->kind = Node::Kind::List;
        QByteArrayView tok;
        if (m_t.peek(&tok) && (tok == "i" || tok == "o" || tok == "b" || tok == "x")) {
            m_t.next(&tok);
            out->text = view(tok);
        }
        for (;;) {
            if (!m_t.next(&tok))
                return fail(QCoreApplication::translate("strata::catalog::nodes", "The expression ends inside a list."));
            if (tok == ")")
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
    if (f->text.empty() || f->text.size() > 20)
        return fallback;
    char buf[24];
    f->text.copy(buf, f->text.size());
    buf[f->text.size()] = '\0';
    char *end = nullptr;
    const qint64 v = std::strtoll(buf, &end, 10);
    return end == buf + f->text.size() ? v : fallback;
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

} // namespace strata::catalog::nodes
