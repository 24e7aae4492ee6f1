#include "SafeText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace strata {

namespace {

const QString kMask = QStringLiteral("****");

// Characters that move text to another line or reorder it on screen.
bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || c == u'\\' || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
           || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void appendEscaped(QString &out, char16_t c)
{
    switch (c) {
    case u'\\': out += QStringLiteral("\\\\"); return;
    case u'\n': out += QStringLiteral("\\n"); return;
    case u'\r': out += QStringLiteral("\\r"); return;
    case u'\t': out += QStringLiteral("\\t"); return;
    default: break;
    }
    const QString hex = QString::number(uint(c), 16).toUpper();
    if (c < 0x100)
        out += QStringLiteral("\\x") + hex.rightJustified(2, u'0');
    else
        out += QStringLiteral("\\u{") + hex.rightJustified(4, u'0') + u'}';
}

// Where the user info of a URI-like text starts: after "scheme://" (any scheme) or after
// "postgres:"/"postgresql:" with any number of slashes (a mistyped URI still carries its
// password).
const QRegularExpression &schemeStart()
{
    static const QRegularExpression re(QStringLiteral("\\b(?:[A-Za-z][A-Za-z0-9+.\\-]*://+|postgres(?:ql)?:/*)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// password=... as a URI query parameter (ends at & or #) or a key=value pair (a quoted
// value, or up to the next blank).
const QRegularExpression &queryPassword()
{
    static const QRegularExpression re(QStringLiteral("([?&](?:pg)?password=)[^&#\\s]*"), QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &keyValuePassword()
{
    static const QRegularExpression re(QStringLiteral("(\\b(?:pg)?password\\s*=\\s*)(?:'(?:[^'\\\\]|\\\\.)*'?|\\S+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// [from, to) of each URI password in `text`, as libpq reads a URI: the user info runs
// from the scheme to the first '@' (a '/' or the end of the line first: no user info),
// the password from its first ':'.
QList<std::pair<qsizetype, qsizetype>> uriPasswords(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    auto it = schemeStart().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype start = m.capturedEnd();
        qsizetype q = start;
        while (q < text.size() && text[q] != u'@' && text[q] != u'/' && text[q] != u'\n' && text[q] != u'\r')
            ++q;
        if (q >= text.size() || text[q] != u'@')
            continue;
        const qsizetype colon = text.indexOf(u':', start);
        if (colon >= 0 && colon < q && colon + 1 < q)
            spans.append({colon + 1, q});
    }
    return spans;
}

} // namespace

QString commentText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (needsEscape(c))
            appendEscaped(out, c);
        else
            out += ch;
    }
    return out;
}

QString lineComment(QStringView text)
{
    return QStringLiteral("-- ") + commentText(text);
}

QString blockCommentText(QStringView text)
{
    const QString one = commentText(text);
    QString out;
    out.reserve(one.size() + 4);
    for (const QChar c : one) {
        if (!out.isEmpty()) {
            const QChar prev = out.back();
            if ((prev == u'*' && c == u'/') || (prev == u'/' && c == u'*'))
                out += u' ';
        }
        out += c;
    }
    return out;
}

QString blockComment(QStringView text)
{
    return QStringLiteral("/* ") + blockCommentText(text) + QStringLiteral(" */");
}

QString markdownInline(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // one space for CR LF
        if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
            out += u' ';
        else if (c != u'\\' && needsEscape(c))
            appendEscaped(out, c);
        else
            out += text[i];
    }
    return out;
}

QString markdownCell(const QString &text)
{
    return markdownInline(text).replace(u'|', QStringLiteral("\\|"));
}

QString markdownFence(const QString &code, const QString &language)
{
    qsizetype longest = 0, run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString ticks(std::max<qsizetype>(3, longest + 1), u'`');
    return ticks + language + u'\n' + code + u'\n' + ticks + u'\n';
}

QString quoteLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 3);
    bool backslash = false;
    for (const QChar c : text) {
        if (c == u'\'') {
            out += u'\'';
        } else if (c == u'\\') {
            out += u'\\';
            backslash = true;
        }
        out += c;
    }
    return (backslash ? QStringLiteral("E'") : QStringLiteral("'")) + out + u'\'';
}

QString shellQuote(const QString &word)
{
    bool plain = !word.isEmpty() && word.front() != u'=' && word.front() != u'+';
    for (qsizetype i = 0; plain && i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'/' || c == u'.'
                || c == u'_' || c == u'-' || c == u':' || c == u'@' || c == u'=' || c == u'+' || c == u',';
    }
    if (plain)
        return word;
    QString q = word;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QString maskPasswords(const QString &text)
{
    const bool uriLike = text.contains(u':') && text.contains(u'@');
    const bool keyword = text.contains(QLatin1StringView("password"), Qt::CaseInsensitive);
    if (!uriLike && !keyword)
        return text;
    QString out = text;
    if (uriLike) {
        const auto spans = uriPasswords(out);
        for (auto it = spans.crbegin(); it != spans.crend(); ++it)
            out.replace(it->first, it->second - it->first, kMask);
    }
    if (keyword) {
        out.replace(queryPassword(), QStringLiteral("\\1") + kMask);
        // Pairs not already masked as query parameters.
        QString done;
        qsizetype from = 0;
        auto it = keyValuePassword().globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype at = m.capturedStart();
            if (at > 0 && (out[at - 1] == u'?' || out[at - 1] == u'&'))
                continue;
            done += QStringView(out).mid(from, m.capturedEnd(1) - from);
            done += kMask;
            from = m.capturedEnd();
        }
        done += QStringView(out).mid(from);
        out = done;
    }
    return out;
}

QString maskPasswords(const QString &text, const QString &connectionString)
{
    QString out = text;
    // The whole string, as libpq quotes it in its URI errors.
    const QString trimmed = connectionString.trimmed();
    if (!trimmed.isEmpty() && out.contains(trimmed))
        out.replace(trimmed, maskPasswords(trimmed));
    // Each password it carries, as libpq quotes single tokens ("invalid percent-encoded
    // token: ..."): quoted anywhere, bare when long enough not to hit ordinary words.
    QStringList secrets;
    for (const auto &[from, to] : uriPasswords(trimmed))
        secrets.append(trimmed.mid(from, to - from));
    static const QRegularExpression kv(QStringLiteral("\\b(?:pg)?password\\s*=?\\s*('(?:[^'\\\\]|\\\\.)*'?|[^&#\\s]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    auto it = kv.globalMatch(trimmed);
    while (it.hasNext()) {
        QString v = it.next().captured(1);
        secrets.append(v);
        if (v.size() > 1 && v.startsWith(u'\''))
            secrets.append(v.mid(1, v.endsWith(u'\'') ? v.size() - 2 : -1));
    }
    for (const QString &s : std::as_const(secrets))
        out = maskSecret(out, s);
    return maskPasswords(out);
}

QString maskSecret(const QString &text, const QString &secret)
{
    if (secret.isEmpty() || !text.contains(secret))
        return text;
    QString out = text;
    out.replace(u'"' + secret + u'"', u'"' + kMask + u'"');
    if (secret.size() >= 4)
        out.replace(secret, kMask);
    return out;
}

} // namespace strata
