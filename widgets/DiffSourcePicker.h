#pragma once
// One side of the diff view: what kind of source (connection string, the current
// connection, a snapshot file or a migration folder), its text and a Browse button.

#include "common/Error.h"
#include "diff/DiffSource.h"
#include "pg/ConnectionProfile.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace strata {

class DiffSourcePicker : public QWidget
{
    Q_OBJECT
public:
    enum Kind { ConnectionString, CurrentConnection, SnapshotFile, MigrationFolder };

    explicit DiffSourcePicker(const QString &label, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    void setText(const QString &text);
    QString text() const;
    // Sets kind and text from a spec as `strata-cli diff` takes it (URI or key=value: connection;
    // *.json: snapshot file; anything else: migration folder).
    void setSpec(const QString &spec);
    // The "current connection" entry: enabled with a profile, disabled without.
    void setCurrentProfile(const std::optional<ConnectionProfile> &profile);

    // The source to load; an Error with a sentence when the input cannot be one.
    Result<diff::DiffSource> source() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void returnPressed();

private:
    void updateForKind();
    void browse();

    QComboBox *m_kind;
    QLineEdit *m_edit;
    QPushButton *m_browse;
    std::optional<ConnectionProfile> m_current;
};

} // namespace strata
