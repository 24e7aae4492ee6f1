#include "JsonTape.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace strata::catalog::jsontape {

bool TokenBuffer::allocate(size_t capacity)
{
    release();
    const size_t bytes = std::max<size_t>(capacity * sizeof(Token), 1);
#ifdef Q_OS_LINUX
    if (bytes >= (size_t(4) << 20)) {
        void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            madvise(p, bytes, MADV_HUGEPAGE); // a hint: fine when refused
            m_data = static_cast<Token *>(p);
            m_mapped = bytes;
            m_capacity = capacity;
            return true;
        }
    }
#endif
    m_data = static_cast<Token *>(std::malloc(bytes));
    m_capacity = m_data ? capacity : 0;
    return m_data != nullptr;
}

void TokenBuffer::release()
{
#ifdef Q_OS_LINUX
    if (m_mapped) {
        munmap(m_data, m_mapped);
        m_data = nullptr;
        m_mapped = 0;
    }
#endif
    std::free(m_data);
    m_data = nullptr;
    m_size = m_capacity = 0;
}

// Raw control characters inside strings are accepted, as QJsonDocument did (the
// writer always escapes them, but a file edited by hand may hold a tab).

// A UTF-8 sequence at m_p (first byte >= 0x80): strict (no overlong forms, no
// surrogates, nothing past U+10FFFF), as QJsonDocument.
QJsonParseError::ParseError Tape::scanUtf8()
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_p);
    const auto *e = reinterpret_cast<const unsigned char *>(m_end);
    const unsigned char c = s[0];
    int n;
    char32_t cp;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
        cp = c & 0x07;
    } else {
        return QJsonParseError::IllegalUTF8String;
    }
    if (e - s <= n)
        return QJsonParseError::IllegalUTF8String;
    for (int i = 1; i <= n; ++i) {
        if ((s[i] & 0xc0) != 0x80)
            return QJsonParseError::IllegalUTF8String;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
        return QJsonParseError::IllegalUTF8String;
    m_p += n + 1;
    return QJsonParseError::NoError;
}

// m_p at the opening quote; leaves m_p after the closing quote.
QJsonParseError::ParseError Tape::scanString()
{
    const quint32 pos = here();
    ++m_p;
    const char *start = m_p;
    bool escaped = false;
    for (;;) {
        // The common case: plain ASCII.
        while (m_p < m_end) {
            const auto u = static_cast<unsigned char>(*m_p);
            if (u >= 0x80 || u == '"' || u == '\\')
                break;
            ++m_p;
        }
        if (m_p >= m_end)
            return QJsonParseError::UnterminatedString;
        const auto u = static_cast<unsigned char>(*m_p);
        if (u == '"')
            break;
        if (u == '\\') {
            escaped = true;
            if (m_end - m_p < 2)
                return QJsonParseError::UnterminatedString;
            const char x = m_p[1];
            if (x == 'u') {
                if (m_end - m_p < 6)
                    return QJsonParseError::IllegalEscapeSequence;
                for (int i = 2; i < 6; ++i)
                    if (!std::isxdigit(static_cast<unsigned char>(m_p[i])))
                        return QJsonParseError::IllegalEscapeSequence;
                m_p += 6;
            } else if (x == '"' || x == '\\' || x == '/' || x == 'b' || x == 'f' || x == 'n' || x == 'r' || x == 't') {
                m_p += 2;
            } else {
                return QJsonParseError::IllegalEscapeSequence;
            }
        } else if (const auto e = scanUtf8(); e != QJsonParseError::NoError) {
            return e;
        }
    }
    const qsizetype len = m_p - start;
    ++m_p;
    if (!m_tokens.push_back({pos, quint32(len) | (escaped ? kEscaped : 0)}))
        return QJsonParseError::DocumentTooLarge;
    return QJsonParseError::NoError;
}

QJsonParseError::ParseError Tape::scanNumber()
{
    const char *start = m_p;
    auto digits = [this] {
        const char *d = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > d;
    };
    bool integer = true;
    if (*m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (!digits()) {
        return QJsonParseError::IllegalNumber;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        integer = false;
        if (!digits())
            return QJsonParseError::IllegalNumber;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        integer = false;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return QJsonParseError::IllegalNumber;
    }
    if (m_p >= m_end)
        return QJsonParseError::TerminationByNumber;
    if (!integer || m_p - start > 18) {
        // Out of the range of a double (1e400, 1e-400): invalid, as QJsonDocument has it.
        qint64 i = 0;
        double d = 0;
        const bool fitsInteger = integer && std::from_chars(start, m_p, i).ec == std::errc();
        if (!fitsInteger && std::from_chars(start, m_p, d).ec != std::errc())
            return QJsonParseError::IllegalNumber;
    }
    if (!m_tokens.push_back({quint32(start - m_begin), quint32(m_p - start) | (integer ? 0 : kNotInteger)}))
        return QJsonParseError::DocumentTooLarge;
    return QJsonParseError::NoError;
}

bool Tape::build(QJsonParseError &error)
{
    if (m_end - m_begin > kMaxSize)
        return fail(error, QJsonParseError::DocumentTooLarge);
    if (!m_tokens.allocate(size_t((m_end - m_begin) / 2 + 2)))
        return fail(error, QJsonParseError::DocumentTooLarge);
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xef\xbb\xbf", 3) == 0)
        m_p += 3; // a UTF-8 byte order mark, as QJsonDocument allows
    std::vector<quint32> open; // tape indices of the open containers
    State state = State::Value;
    for (;;) {
        ws();
        if (state == State::Key) {
            if (m_p >= m_end)
                return fail(error, QJsonParseError::UnterminatedObject);
            if (*m_p != '"')
                return fail(error, QJsonParseError::IllegalValue);
            if (const auto e = scanString(); e != QJsonParseError::NoError)
                return fail(error, e);
            ws();
            if (m_p >= m_end || *m_p != ':')
                return fail(error, QJsonParseError::MissingNameSeparator);
            ++m_p;
            state = State::Value;
            continue;
        }
        if (state == State::Value) {
            if (m_p >= m_end)
                return fail(error, open.empty() ? QJsonParseError::IllegalValue : QJsonParseError::UnterminatedObject);
            const char c = *m_p;
            if (c == '{' || c == '[') {
                if (open.size() >= size_t(kMaxDepth))
                    return fail(error, QJsonParseError::DeepNesting);
                open.push_back(quint32(m_tokens.size()));
                if (!m_tokens.push_back({here(), 0}))
                    return fail(error, QJsonParseError::DocumentTooLarge);
                ++m_p;
                ws();
                if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p;
                    m_tokens[open.back()].aux = quint32(m_tokens.size());
                    open.pop_back();
                    state = State::AfterValue;
                } else {
                    state = c == '{' ? State::Key : State::Value;
                }
                continue;
            }
            QJsonParseError::ParseError e = QJsonParseError::NoError;
            if (c == '"') {
                e = scanString();
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                e = scanNumber();
            } else {
                static constexpr const char *literals[] = {"true", "false", "null"};
                e = QJsonParseError::IllegalValue;
                for (const char *lit : literals) {
                    const auto n = qsizetype(std::strlen(lit));
                    if (m_end - m_p >= n && std::memcmp(m_p, lit, size_t(n)) == 0) {
                        if (!m_tokens.push_back({here(), 0}))
                            return fail(error, QJsonParseError::DocumentTooLarge);
                        m_p += n;
                        e = QJsonParseError::NoError;
                        break;
                    }
                }
            }
            if (e != QJsonParseError::NoError)
                return fail(error, e);
            state = State::AfterValue;
            continue;
        }
        // After a value: the end of the document, or a separator or closer of the container.
        if (open.empty()) {
            if (m_p != m_end)
                return fail(error, QJsonParseError::GarbageAtEnd);
            return true;
        }
        const bool inObject = m_begin[m_tokens[open.back()].pos] == '{';
        if (m_p >= m_end)
            return fail(error, inObject ? QJsonParseError::UnterminatedObject : QJsonParseError::UnterminatedArray);
        if (*m_p == ',') {
            ++m_p;
            state = inObject ? State::Key : State::Value;
        } else if (*m_p == (inObject ? '}' : ']')) {
            ++m_p;
            m_tokens[open.back()].aux = quint32(m_tokens.size());
            open.pop_back();
        } else {
            return fail(error, inObject ? QJsonParseError::UnterminatedObject : QJsonParseError::MissingValueSeparator);
        }
    }
}

} // namespace strata::catalog::jsontape
