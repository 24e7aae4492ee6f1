#include "SqlScanner.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <string_view>
#include <vector>

namespace strata {

namespace {

using Cat = SqlToken::Category;
using KwKind = SqlToken::KeywordKind;

// A token in UTF-8 byte offsets of the whole input.
struct RawToken
{
    int start = 0;
    int end = 0;
    Cat category = Cat::Other;
    KwKind keyword = KwKind::None;
    bool unterminated = false;
    int token = 0; // libpg_query token number, 0 for recovered pieces
};

// Error recoveries per scan; past this the rest of the text is Other. Keeps the
// work bounded (each recovery rescans the remainder) on garbage input.
constexpr int kMaxRecoveries = 64;
constexpr int kMaxDepth = 8;

KwKind keywordKind(PgQuery__KeywordKind k)
{
    switch (k) {
    case PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD: return KwKind::Unreserved;
    case PG_QUERY__KEYWORD_KIND__COL_NAME_KEYWORD: return KwKind::ColumnName;
    case PG_QUERY__KEYWORD_KIND__TYPE_FUNC_NAME_KEYWORD: return KwKind::TypeFunctionName;
    case PG_QUERY__KEYWORD_KIND__RESERVED_KEYWORD: return KwKind::Reserved;
    default: return KwKind::None;
    }
}

Cat categoryFor(int token, KwKind kw, const QByteArray &utf8, int start)
{
    if (kw != KwKind::None)
        return Cat::Keyword;
    switch (token) {
    case PG_QUERY__TOKEN__SQL_COMMENT:
    case PG_QUERY__TOKEN__C_COMMENT:
        return Cat::Comment;
    case PG_QUERY__TOKEN__IDENT:
        return (start < utf8.size() && utf8[start] == '"') ? Cat::QuotedIdentifier : Cat::Identifier;
    case PG_QUERY__TOKEN__UIDENT:
        return Cat::QuotedIdentifier;
    case PG_QUERY__TOKEN__SCONST:
    case PG_QUERY__TOKEN__USCONST:
    case PG_QUERY__TOKEN__BCONST:
    case PG_QUERY__TOKEN__XCONST:
        return Cat::String;
    case PG_QUERY__TOKEN__ICONST:
    case PG_QUERY__TOKEN__FCONST:
        return Cat::Number;
    case PG_QUERY__TOKEN__PARAM:
        return Cat::Parameter;
    case '(': case ')': case '[': case ']': case ',': case ';': case '.': case ':':
        return Cat::Punctuation;
    case '%': case '*': case '+': case '-': case '/': case '<': case '=': case '>':
    case '?': case '\\': case '^':
    case PG_QUERY__TOKEN__Op:
    case PG_QUERY__TOKEN__TYPECAST:
    case PG_QUERY__TOKEN__DOT_DOT:
    case PG_QUERY__TOKEN__COLON_EQUALS:
    case PG_QUERY__TOKEN__EQUALS_GREATER:
    case PG_QUERY__TOKEN__LESS_EQUALS:
    case PG_QUERY__TOKEN__GREATER_EQUALS:
    case PG_QUERY__TOKEN__NOT_EQUALS:
        return Cat::Operator;
    default:
        return Cat::Other;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isTagStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isTagChar(uchar c)
{
    return isTagStart(c) || (c >= '0' && c <= '9');
}

int utf8Length(uchar lead)
{
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

// End of a quoted run starting at the quote byte `q` (doubled quotes escape);
// -1 when the text ends first.
int quotedEnd(const QByteArray &utf8, int q, int limit)
{
    const char quote = utf8[q];
    int i = q + 1;
    while (i < limit) {
        if (utf8[i] == quote) {
            if (i + 1 < limit && utf8[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return -1;
}

// Describes the construct the lexer choked on at `at`, up to `limit`.
RawToken recover(const QByteArray &utf8, int at, int limit)
{
    RawToken t;
    t.start = at;
    auto startsWith = [&](const char *s) {
        for (int k = 0; s[k]; ++k)
            if (at + k >= limit || utf8[at + k] != s[k])
                return false;
        return true;
    };
    auto toEnd = [&](Cat c) {
        t.end = limit;
        t.category = c;
        t.unterminated = true;
        return t;
    };
    const char c = utf8[at];
    const char next = at + 1 < limit ? utf8[at + 1] : '\0';
    if (startsWith("/*"))
        return toEnd(Cat::Comment);
    if (c == '\'' || (next == '\'' && std::string_view("eEbBxXnN").find(c) != std::string_view::npos)
        || startsWith("U&'") || startsWith("u&'"))
        return toEnd(Cat::String);
    if (c == '"' || startsWith("U&\"") || startsWith("u&\""))
        return toEnd(Cat::QuotedIdentifier);
    if (c == '$') {
        int i = at + 1;
        if (i < limit && isTagStart(uchar(utf8[i])))
            while (i < limit && isTagChar(uchar(utf8[i])))
                ++i;
        if (i < limit && utf8[i] == '$')
            return toEnd(Cat::String);
    }
    // Junk such as "1e" or "$1x": up to the next space or bracket, at least one character.
    int i = at + utf8Length(uchar(c));
    while (i < limit && !isSpace(utf8[i]) && std::string_view(",;()[]").find(utf8[i]) == std::string_view::npos)
        i += utf8Length(uchar(utf8[i]));
    t.end = qMin(i, limit);
    t.category = Cat::Other;
    return t;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &utf8) : m_utf8(utf8) {}

    void scanRange(int from, int to, int depth)
    {
        int pos = from;
        while (pos < to) {
            int err = scanOnce(pos, to);
            if (err < 0)
                return;
            if (depth >= kMaxDepth || m_recoveries >= kMaxRecoveries) {
                m_out.append(RawToken{pos, to, Cat::Other, KwKind::None, false, 0});
                return;
            }
            ++m_recoveries;
            const int at = qBound(pos, pos + err, to);
            if (at > pos)
                scanRange(pos, at, depth + 1);
            if (at >= to)
                return;
            const RawToken r = recover(m_utf8, at, to);
            m_out.append(r);
            pos = qMax(r.end, at + 1);
        }
    }

    QList<RawToken> take() { return std::move(m_out); }

private:
    // Scans [from, to); on success appends the tokens and returns -1, else returns
    // the error's byte offset relative to `from` (and appends nothing).
    int scanOnce(int from, int to)
    {
        const QByteArray piece = m_utf8.mid(from, to - from); // NUL-terminated copy
        PgQueryScanResult r = pg_query_scan(piece.constData());
        int err = -1;
        if (r.error) {
            // cursorpos counts characters (1-based), not bytes.
            int bytes = 0;
            for (int cp = 1; cp < r.error->cursorpos && bytes < piece.size(); ++cp)
                bytes += utf8Length(uchar(piece[bytes]));
            err = qMin(bytes, int(piece.size()));
        } else {
            PgQuery__ScanResult *sr = pg_query__scan_result__unpack(
                nullptr, r.pbuf.len, reinterpret_cast<const uint8_t *>(r.pbuf.data));
            if (!sr) {
                err = 0;
            } else {
                for (size_t i = 0; i < sr->n_tokens; ++i) {
                    const PgQuery__ScanToken *t = sr->tokens[i];
                    RawToken raw;
                    raw.start = from + qBound(0, int(t->start), int(piece.size()));
                    raw.end = from + qBound(0, int(t->end), int(piece.size()));
                    raw.token = int(t->token);
                    raw.keyword = keywordKind(t->keyword_kind);
                    raw.category = categoryFor(raw.token, raw.keyword, m_utf8, raw.start);
                    fixUnicodeQuoted(raw, to);
                    m_out.append(raw);
                }
                pg_query__scan_result__free_unpacked(sr, nullptr);
            }
        }
        pg_query_free_scan_result(r);
        return err;
    }

    // libpg_query reports U&"..." and U&'...' with a wrong end; measure them here.
    void fixUnicodeQuoted(RawToken &raw, int limit) const
    {
        if (raw.token != PG_QUERY__TOKEN__UIDENT && raw.token != PG_QUERY__TOKEN__USCONST)
            return;
        const int q = raw.start + 2;
        if (q >= limit || (m_utf8[q] != '"' && m_utf8[q] != '\''))
            return;
        const int e = quotedEnd(m_utf8, q, limit);
        raw.end = e < 0 ? limit : e;
    }

    const QByteArray &m_utf8;
    QList<RawToken> m_out;
    int m_recoveries = 0;
};

// byte offset -> QString offset, for every byte offset 0..size.
std::vector<int> byteToCharMap(const QByteArray &utf8)
{
    std::vector<int> map(size_t(utf8.size()) + 1);
    int ch = 0;
    qsizetype i = 0;
    while (i < utf8.size()) {
        const int len = utf8Length(uchar(utf8[i]));
        for (int k = 0; k < len && i + k < utf8.size(); ++k)
            map[size_t(i + k)] = ch;
        i += len;
        ch += len == 4 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    map[size_t(utf8.size())] = ch;
    return map;
}

} // namespace

QList<SqlToken> SqlScanner::scan(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (utf8.isEmpty())
        return {};
    utf8.replace('\0', ' '); // the lexer reads C strings
    Scanner scanner(utf8);
    scanner.scanRange(0, int(utf8.size()), 0);
    const QList<RawToken> raw = scanner.take();
    const std::vector<int> map = byteToCharMap(utf8);
    const int textSize = int(sql.size());

    QList<SqlToken> out;
    out.reserve(raw.size());
    int lastEnd = 0;
    for (const RawToken &r : raw) {
        SqlToken t;
        t.start = qMin(map[size_t(r.start)], textSize);
        t.end = qMin(map[size_t(r.end)], textSize);
        if (t.start < lastEnd)
            t.start = lastEnd;
        if (t.end <= t.start)
            continue;
        t.category = r.category;
        t.keywordKind = r.keyword;
        t.unterminated = r.unterminated;
        out.append(t);
        lastEnd = t.end;
    }
    return out;
}

QString SqlScanner::categoryName(SqlToken::Category c)
{
    switch (c) {
    case Cat::Keyword: return QStringLiteral("keyword");
    case Cat::Identifier: return QStringLiteral("identifier");
    case Cat::QuotedIdentifier: return QStringLiteral("quoted-identifier");
    case Cat::String: return QStringLiteral("string");
    case Cat::Number: return QStringLiteral("number");
    case Cat::Comment: return QStringLiteral("comment");
    case Cat::Operator: return QStringLiteral("operator");
    case Cat::Punctuation: return QStringLiteral("punctuation");
    case Cat::Parameter: return QStringLiteral("parameter");
    case Cat::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace strata
