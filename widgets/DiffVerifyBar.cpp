#include "DiffVerifyBar.h"
#include "DarkPalette.h"
#include "DiffStateColors.h"
#include "ElidedLabel.h"
#include "diff/Comparison.h"
#include "pg/Session.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace strata {

using diff::ChangeState;
using diff::VerifyResult;

DiffVerifyBar::DiffVerifyBar(QWidget *parent) : QWidget(parent)
{
    m_badge = new ElidedLabel(this); // a long server error must not widen the window
    m_badge->setObjectName(QStringLiteral("verifyBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setMargin(3);
    m_progress = new ElidedLabel(this);
    m_progress->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Build schema A on a private scratch server, apply the script there as the runbook would, and "
                            "compare the result with B"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("verifyCancel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Verification:"), this));
    layout->addWidget(m_badge, 2);
    layout->addWidget(m_verify);
    layout->addWidget(m_cancel);
    layout->addWidget(m_bar);
    layout->addWidget(m_progress, 1);

    connect(m_verify, &QPushButton::clicked, this, &DiffVerifyBar::verify);
    connect(m_cancel, &QPushButton::clicked, this, &DiffVerifyBar::cancel);
    setState(State::None, QString());
}

DiffVerifyBar::~DiffVerifyBar()
{
    dropRunning();
}

void DiffVerifyBar::dropRunning()
{
    ++m_generation; // whatever a running job still delivers is dropped
    if (m_cancelRunning)
        m_cancelRunning();
    m_cancelRunning = nullptr;
}

void DiffVerifyBar::setState(State state, const QString &text, const QString &tooltip)
{
    m_state = state;
    const bool dark = isDarkPalette(palette());
    QColor color;
    switch (state) {
    case State::Verified: color = diffStateColor(ChangeState::Added, dark); break;
    case State::StepFailed:
    case State::Error: color = diffStateColor(ChangeState::Removed, dark); break;
    case State::Residual: color = diffStateColor(ChangeState::Changed, dark); break;
    default: break;
    }
    m_badge->setText(text);
    m_badge->setToolTip(tooltip);
    if (color.isValid())
        m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px; }")
                                   .arg(color.name()));
    else
        m_badge->setStyleSheet(QString());
    const bool running = state == State::Running;
    m_bar->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_verify->setEnabled(!running && m_comparison);
    m_verify->setVisible(state != State::None);
    if (!running)
        m_progress->clear();
}

void DiffVerifyBar::clear()
{
    dropRunning();
    m_comparison = nullptr;
    m_result.reset();
    setState(State::None, QString());
}

void DiffVerifyBar::setComparison(const diff::Comparison *comparison, bool ignoreColumnOrder)
{
    dropRunning();
    m_comparison = comparison;
    m_ignoreColumnOrder = ignoreColumnOrder;
    m_result.reset();
    if (!comparison)
        return setState(State::None, QString());
    if (comparison->plan.isEmpty() && !comparison->diff.hasDifferences())
        return setState(State::NotVerified, tr("nothing to verify: the schemas are the same"));
    const int objects = comparison->snapshotA.objectCount() + comparison->snapshotB.objectCount();
    if (objects <= m_autoVerifyLimit)
        return verify();
    setState(State::NotVerified,
             tr("not verified (%n object(s): above %1, verification runs on request)", nullptr, objects).arg(m_autoVerifyLimit));
}

void DiffVerifyBar::cancel()
{
    if (m_state != State::Running)
        return;
    dropRunning();
    setState(State::Canceled, tr("verification canceled"));
    emit finished(m_state);
}

void DiffVerifyBar::verify()
{
    if (!m_comparison)
        return;
    dropRunning();
    m_result.reset();
    const quint64 gen = m_generation;
    diff::VerifyOptions o;
    o.diff.ignoreOwners = m_comparison->ownersIgnored;
    o.diff.ignoreGrants = m_comparison->grantsIgnored;
    o.diff.ignoreColumnOrder = m_ignoreColumnOrder;
    // Copies share their data with the comparison (implicitly shared lists): cheap, and
    // the job keeps them when the view moves on to another comparison.
    QFuture<Result<VerifyResult>> future = QtConcurrent::run(
        [a = m_comparison->snapshotA, b = m_comparison->snapshotB, plan = m_comparison->plan, o](QPromise<Result<VerifyResult>> &promise) {
            JobControl ctl([&promise] { return promise.isCanceled(); },
                           [&promise](int v, int m, const QString &t) {
                               promise.setProgressRange(0, m);
                               promise.setProgressValueAndText(v, t);
                           });
            promise.addResult(diff::PlanVerifier::verify(a, b, plan, o, &ctl));
        });
    m_cancelRunning = [future]() mutable { future.cancel(); };
    auto *watcher = new QFutureWatcher<Result<VerifyResult>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, gen](int min, int max) {
        if (gen == m_generation)
            m_bar->setRange(min, max);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, gen](int v) {
        if (gen == m_generation)
            m_bar->setValue(v);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, gen](const QString &t) {
        if (gen == m_generation && !t.isEmpty())
            m_progress->setText(t);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return; // superseded or canceled
        m_cancelRunning = nullptr;
        QFuture<Result<VerifyResult>> f = watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) {
            setState(State::Canceled, tr("verification canceled"));
            emit finished(m_state);
            return;
        }
        Result<VerifyResult> r = f.takeResult();
        if (!r) {
            setState(State::Error, tr("could not verify: %1").arg(r.error().message), r.error().fullText());
            emit finished(m_state);
            return;
        }
        showResult(*r);
        emit finished(m_state);
    });
    watcher->setFuture(future);
    setState(State::Running, tr("verifying on a scratch server…"));
    m_bar->setRange(0, 0);
}

void DiffVerifyBar::showResult(const VerifyResult &r)
{
    m_result = r;
    const QString notes = r.notes.isEmpty() ? QString() : u'\n' + r.notes.join(u'\n');
    const QString timing = tr("Built A in %1 ms, applied the script in %2 ms, compared in %3 ms.").arg(r.buildMs).arg(r.applyMs).arg(r.compareMs);
    switch (r.outcome) {
    case VerifyResult::Outcome::Verified:
        setState(State::Verified, tr("✔ verified: the script applies to a copy of A and gives B"), timing + notes);
        break;
    case VerifyResult::Outcome::StepFailed:
        setState(State::StepFailed, tr("✘ failed at step %1: %2").arg(r.failedStep).arg(r.serverError),
                 tr("Step %1: %2\nThe server said: %3").arg(r.failedStep).arg(r.failedSql.left(2000), r.serverError) + notes);
        break;
    case VerifyResult::Outcome::Residual: {
        const int count = r.residual.added + r.residual.removed + r.residual.changed;
        setState(State::Residual, tr("≠ %n residual difference(s) after the script", nullptr, count),
                 r.residualLines().mid(0, 30).join(u'\n') + notes);
        break;
    }
    }
}

} // namespace strata
