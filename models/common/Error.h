#pragma once
// Errors are values: a translated, human sentence plus the technical parts a
// view may show beside it (server detail, hint, SQLSTATE, position).

#include <QString>
#include <QMetaType>
#include <optional>
#include <utility>

namespace strata {

struct Error
{
    enum class Kind {
        None,
        Usage,            // bad input from the user (connection string, file name, option)
        Environment,      // something missing on this machine (server binaries, account)
        Io,               // file system
        Parse,            // SQL or file format
        Connection,       // could not reach the server
        Authentication,   // password rejected
        NeedsPassword,    // server wants a password and none was given
        MissingDatabase,  // database does not exist
        ServerGone,       // connection lost during work
        Canceled,         // the user (or a superseding request) canceled
        Timeout,          // statement_timeout / lock_timeout
        ReadOnly,         // write attempted in a review session
        Query,            // any other server error
        Internal,
    };

    Kind kind = Kind::None;
    QString message;   // translated sentence for the user
    QString detail;    // server DETAIL, or the technical cause
    QString hint;      // server HINT, or our advice
    QString sqlState;  // five-character SQLSTATE when the server sent one
    int position = 0;  // 1-based character position in the statement, 0 = none

    Error() = default;
    Error(Kind k, QString msg, QString det = {}, QString hnt = {})
        : kind(k), message(std::move(msg)), detail(std::move(det)), hint(std::move(hnt)) {}

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // Message, detail and hint in one block, for logs and the CLI.
    QString fullText() const;
};

// A value or an error. Small on purpose: C++20 has no std::expected.
template<class T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    Result() : m_error(Error::Kind::Internal, QStringLiteral("empty result")) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::Error)
