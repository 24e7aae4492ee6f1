#pragma once
// The Pre-flight tab: SQL in (typed, a file, or a pending migration handed over by the
// History tab), Preflight::run on the session's worker thread (read-only checks,
// cancellable), and the report out: a findings table with a filter, a drill-down to
// the rows behind a finding, a bar chart per table, and Markdown/HTML/JSON export.

#include "common/Error.h"
#include "preflight/Findings.h"

#include <QFuture>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace strata {

class ErrorBanner;
class FindingsChart;
class FindingsDetail;
class FindingsModel;
class Session;
class SqlHighlighter;

class PreflightView : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Markdown, Html, Json };

    explicit PreflightView(QWidget *parent = nullptr);
    ~PreflightView() override;

    // The (read-only) session the checks run on; nullptr = offline analysis only.
    void setSession(Session *session);
    // Replaces the editor's SQL; sourceName goes into the report ("20240701_x.sql").
    // rollbackSql: the migration's down section, if it has one; the unique keys it would
    // restore are checked against today's data ("could we still go back?"). SQL with a
    // dbmate "-- migrate:down" marker is split the same way.
    // firstLine / rollbackFirstLine: the file lines the SQL and the down section start at
    // (a migration's sections from History), so the report names file lines.
    void setSql(const QString &sql, const QString &sourceName, const QString &rollbackSql = {}, int firstLine = 1,
                int rollbackFirstLine = 1);
    QString sql() const;
    QString sourceName() const { return m_sourceName; }
    QString rollbackSql() const { return m_rollbackSql; }
    // Runs the pre-flight on the current SQL; a run in progress is canceled and its result
    // dropped. Emits finished(ok) when done (ok = a report was produced).
    void run();
    void cancel();
    bool isRunning() const { return m_running; }
    // Writes the current report (off the GUI thread); the future carries the write error.
    QFuture<Error> exportReport(ExportFormat format, const QString &fileName) const;

    const preflight::PreflightReport &report() const;
    FindingsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    FindingsChart *chart() const { return m_chart; }
    FindingsDetail *detail() const { return m_detail; }
    ErrorBanner *banner() const { return m_banner; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void finished(bool ok);

private:
    void openFile();
    void chooseExport(ExportFormat format);
    void showReport(const preflight::PreflightReport &report, const QString &script, int firstLine);
    void showFailure(const Error &error, const QString &script);
    void markErrorPosition(const QString &script, int position);
    void selectionChanged();
    void setRunning(bool running);
    void updateSummary();

    Session *m_session = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_sourceName;
    QString m_rollbackSql;
    int m_firstLine = 1;
    int m_rollbackFirstLine = 1;
    int m_reportFirstLine = 1;  // the file line m_reportScript starts at
    QString m_reportScript;    // the SQL the shown report was made from
    QPlainTextEdit *m_editor;
    SqlHighlighter *m_highlighter;
    QLabel *m_source;
    QCheckBox *m_inTransaction;
    QCheckBox *m_dataChecks;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QList<QPushButton *> m_exports;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    FindingsChart *m_chart;
    FindingsDetail *m_detail;
};

} // namespace strata
