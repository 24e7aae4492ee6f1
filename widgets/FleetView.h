#pragma once
// The Fleet tab: a target group (targets file, or one database and its tenant schemas,
// or a saved group), the status of every target (ledger state, applied version,
// pending, drift) in a table with a chart of drift and pending per target, the
// pre-flight of a migration on every target, and a staged rollout with per-target
// progress, pause and stop. All database work runs off the GUI thread; results of a
// superseded request are dropped.

#include "fleet/FleetPreflight.h"
#include "fleet/FleetStatus.h"
#include "fleet/Rollout.h"
#include "fleet/TargetGroup.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace strata {

class ErrorBanner;
class FleetChart;

namespace fleet {
class FleetTargetsModel;
}

class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(QWidget *parent = nullptr);
    ~FleetView() override;

    // Programmatic setup (tests, screenshots): a targets file or a tenant database.
    void setTargetsFile(const QString &path);
    void setTenantDatabase(const QString &uri, const QString &tenantSchemas);
    void setMigrationFolder(const QString &dir);
    void setMigrationFile(const QString &file);
    void setJournalDir(const QString &dir);
    // Where passwords come from for connections that carry none (default: the system
    // keychain, asked from the worker thread); ~/.pgpass still applies after it.
    void setPasswordLookup(fleet::TargetGroup::PasswordLookup lookup) { m_passwordLookup = std::move(lookup); }

    void checkStatus();     // resolves the targets, then reads their status
    void runPreflight();    // the migration file on every target
    void startRollout();    // the migration file as a staged rollout
    void pauseRollout(bool paused);
    void stopRollout();
    void cancel();          // the running status or pre-flight

    fleet::FleetTargetsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FleetChart *chart() const { return m_chart; }
    ErrorBanner *banner() const { return m_banner; }
    QString detailText() const;
    bool isBusy() const { return m_busy; }
    bool isRolloutRunning() const { return bool(m_rollout); }

signals:
    void statusFinished(bool ok);
    void preflightFinished(bool ok);
    void rolloutFinished(bool ok);
    // "Open in Diff": the target's database against the migration folder.
    void diffRequested(const QString &a, const QString &b);

private:
    void setBusy(bool busy, const QString &text = {});
    void progress(int done, int total, const QString &text);
    int startJob(); // a new generation with its FleetControl (m_control); returns the generation
    void showSelected();
    void fail(const Error &e);
    void saveGroup();
    void loadGroup(int index);
    void reloadGroups();
    fleet::TargetGroup currentGroup() const;
    void updateButtons();

    ErrorBanner *m_banner;
    QComboBox *m_mode;
    QStackedWidget *m_modeStack;
    QLineEdit *m_targetsFile;
    QLineEdit *m_database;
    QLineEdit *m_tenants;
    QComboBox *m_groups;
    QLineEdit *m_folder;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QLabel *m_summary;
    fleet::FleetTargetsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    FleetChart *m_chart;
    QPlainTextEdit *m_detail;
    QPushButton *m_openDiff;
    QLineEdit *m_migration;
    QLineEdit *m_journalDir;
    QSpinBox *m_canary;
    QSpinBox *m_wave;
    QSpinBox *m_maxFailures;
    QSpinBox *m_maxLag;
    QLineEdit *m_confirmTables;
    QPushButton *m_preflight;
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_progressText;

    bool m_busy = false;
    fleet::TargetGroup::PasswordLookup m_passwordLookup;
    int m_generation = 0;                          // results of older requests are dropped
    std::shared_ptr<fleet::FleetControl> m_control; // the running status / pre-flight
    std::shared_ptr<fleet::Rollout> m_rollout;      // the running rollout
    QList<fleet::Target> m_targets;
};

} // namespace strata
