#include "DiffSourcePicker.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace strata {

DiffSourcePicker::DiffSourcePicker(const QString &label, QWidget *parent) : QWidget(parent)
{
    auto *name = new QLabel(label, this);
    name->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Connection string"), int(ConnectionString));
    m_kind->addItem(tr("Current connection"), int(CurrentConnection));
    m_kind->addItem(tr("Snapshot file"), int(SnapshotFile));
    m_kind->addItem(tr("Migration folder"), int(MigrationFolder));
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Browse…"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name);
    layout->addWidget(m_kind);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setCurrentProfile(std::nullopt);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DiffSourcePicker::updateForKind);
    connect(m_browse, &QPushButton::clicked, this, &DiffSourcePicker::browse);
    connect(m_edit, &QLineEdit::returnPressed, this, &DiffSourcePicker::returnPressed);
    updateForKind();
}

void DiffSourcePicker::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    updateForKind();
}

DiffSourcePicker::Kind DiffSourcePicker::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void DiffSourcePicker::setText(const QString &text)
{
    m_edit->setText(text);
}

QString DiffSourcePicker::text() const
{
    return m_edit->text().trimmed();
}

void DiffSourcePicker::setSpec(const QString &spec)
{
    // Decided by the text alone (no file system access on the GUI thread).
    Kind k = MigrationFolder;
    if (spec.startsWith(QStringLiteral("postgres://")) || spec.startsWith(QStringLiteral("postgresql://")) || spec.contains(u'='))
        k = ConnectionString;
    else if (spec.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        k = SnapshotFile;
    setKind(k);
    m_edit->setText(spec);
}

void DiffSourcePicker::setCurrentProfile(const std::optional<ConnectionProfile> &profile)
{
    m_current = profile;
    auto *model = qobject_cast<QStandardItemModel *>(m_kind->model());
    if (QStandardItem *item = model ? model->item(m_kind->findData(int(CurrentConnection))) : nullptr)
        item->setEnabled(profile.has_value());
    if (!profile && kind() == CurrentConnection)
        setKind(ConnectionString);
    updateForKind();
}

void DiffSourcePicker::updateForKind()
{
    const Kind k = kind();
    m_edit->setEnabled(k != CurrentConnection);
    m_browse->setEnabled(k == SnapshotFile || k == MigrationFolder);
    switch (k) {
    case ConnectionString:
        m_edit->setPlaceholderText(tr("postgresql://user@host/db or host=… dbname=…"));
        break;
    case CurrentConnection:
        m_edit->setPlaceholderText(m_current ? m_current->displayString() : tr("Not connected"));
        break;
    case SnapshotFile:
        m_edit->setPlaceholderText(tr("A snapshot file written by Strata (*.json)"));
        break;
    case MigrationFolder:
        m_edit->setPlaceholderText(tr("A folder of migrations, replayed on a private server"));
        break;
    }
}

void DiffSourcePicker::browse()
{
    QString chosen;
    if (kind() == SnapshotFile)
        chosen = QFileDialog::getOpenFileName(this, tr("Snapshot file"), text(), tr("Strata snapshots (*.json);;All files (*)"));
    else if (kind() == MigrationFolder)
        chosen = QFileDialog::getExistingDirectory(this, tr("Migration folder"), text());
    if (!chosen.isEmpty())
        m_edit->setText(chosen);
}

Result<diff::DiffSource> DiffSourcePicker::source() const
{
    using diff::DiffSource;
    switch (kind()) {
    case CurrentConnection:
        if (!m_current)
            return Error(Error::Kind::Usage, tr("There is no current connection to compare."), {},
                         tr("Connect to a database first, or choose another kind of source."));
        return DiffSource::fromProfile(*m_current);
    case ConnectionString: {
        if (text().isEmpty())
            return Error(Error::Kind::Usage, tr("Enter a connection string."));
        auto p = ConnectionProfile::fromConnectionString(text());
        if (!p)
            return p.error();
        DiffSource s;
        s.kind = DiffSource::Kind::Database;
        s.spec = text();
        return s;
    }
    case SnapshotFile:
    case MigrationFolder: {
        if (text().isEmpty())
            return Error(Error::Kind::Usage, kind() == SnapshotFile ? tr("Choose a snapshot file.") : tr("Choose a migration folder."));
        // The file system check runs with the load, off the GUI thread.
        DiffSource s;
        s.kind = kind() == SnapshotFile ? DiffSource::Kind::SnapshotFile : DiffSource::Kind::MigrationFolder;
        s.spec = text();
        return s;
    }
    }
    return Error(Error::Kind::Internal, QStringLiteral("unknown source kind"));
}

} // namespace strata
