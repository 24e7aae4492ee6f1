#pragma once
// Pass 1 of the snapshot reader (SnapshotJsonReader): a strict one-pass JSON scanner
// that records where every value and key starts and ends in a flat "tape" of
// 8 bytes per entry, checking the grammar (strings, escapes, UTF-8, numbers,
// nesting) on the way. Internal to models/catalog.

#include <QJsonParseError>
#include <QtGlobal>

#include <cstddef>

namespace strata::catalog::jsontape {

// ---- pass 1: the tape ------------------------------------------------------------
//
// One entry per JSON value and per object key, in document order. pos is the byte
// offset of the value's first character. aux depends on the value:
//   object/array: index of the first entry after the container (to skip it)
//   string:       byte length of the contents (without quotes) | kEscaped when it has escapes
//   number:       byte length | kNotInteger when it has a fraction or an exponent
struct Token
{
    quint32 pos;
    quint32 aux;
};

constexpr quint32 kEscaped = 0x80000000u;
constexpr quint32 kNotInteger = 0x80000000u;
constexpr qsizetype kMaxSize = 0x7fffffff; // offsets and lengths fit in 31 bits
constexpr int kMaxDepth = 1024;            // as QJsonDocument

// The tape's memory: one block for the worst case (a value or key takes two bytes
// at least), so it never moves and pages past the real count are never touched.
// On Linux it asks for transparent huge pages: a 20 MB file needs about 16 MB of
// tape, and 2 MB pages save thousands of page faults.
class TokenBuffer
{
public:
    TokenBuffer() = default;
    TokenBuffer(const TokenBuffer &) = delete;
    TokenBuffer &operator=(const TokenBuffer &) = delete;
    ~TokenBuffer() { release(); }

    bool allocate(size_t capacity);
    bool push_back(Token t)
    {
        if (m_size == m_capacity)
            return false;
        m_data[m_size++] = t;
        return true;
    }
    size_t size() const { return m_size; }
    Token &operator[](size_t i) { return m_data[i]; }
    const Token &operator[](size_t i) const { return m_data[i]; }

private:
    void release();

    Token *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
    size_t m_mapped = 0;
};

class Tape
{
public:
    Tape(const char *data, qsizetype size) : m_begin(data), m_p(data), m_end(data + size) {}

    // The byte offset and the problem (QJsonParseError's codes, for its translated texts).
    bool build(QJsonParseError &error);
    const TokenBuffer &tokens() const { return m_tokens; }

private:
    enum class State { Value, Key, AfterValue };

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool fail(QJsonParseError &error, QJsonParseError::ParseError code)
    {
        error.error = code;
        error.offset = int(m_p - m_begin);
        return false;
    }
    quint32 here() const { return quint32(m_p - m_begin); }
    QJsonParseError::ParseError scanString();
    QJsonParseError::ParseError scanNumber();
    QJsonParseError::ParseError scanUtf8();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    TokenBuffer m_tokens;
};

} // namespace strata::catalog::jsontape
