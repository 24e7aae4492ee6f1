#pragma once
// A problem found while reading a migration folder or a ledger: a value with the file,
// the line and a translated sentence. Readers report findings and go on; they never fail
// a whole folder because of one bad file.

#include <QList>
#include <QString>

namespace strata {

struct Finding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString code;    // stable identifier: "duplicate-version", "malformed-name", "invalid-utf8", ...
    QString file;    // path relative to the folder ("" for the folder itself or the ledger)
    int line = 0;    // 1-based, 0 = whole file
    QString message; // translated sentence

    static QString severityName(Severity s)
    {
        switch (s) {
        case Severity::Info: return QStringLiteral("info");
        case Severity::Warning: return QStringLiteral("warning");
        case Severity::Error: return QStringLiteral("error");
        }
        return {};
    }
};

using Findings = QList<Finding>;

} // namespace strata
