#pragma once
// The Diff tab's verification strip: a badge saying whether the generated script was
// proven on a scratch copy (diff::PlanVerifier: A's schema built on a private scratch
// server, the script applied as the runbook runs it, the result compared with B), a
// "Verify" button, progress and Cancel.
//
// A comparison of at most kAutoVerifyObjects objects (A's and B's together) is verified
// as soon as it is shown; above that, on request ("Verify"). The limit comes from
// tests/bench/catalog/bench_verify_sizes.sh (README, Verification): from 156 to 4,400
// objects the verification cost the same (10-17 s on 2 cores at load 10, a few seconds on
// a quiet machine), nearly all of it the scratch server's start; it grows with the schema
// only past that, to about a minute at 10,000 tables.
//
// The verification runs off the GUI thread; a new comparison, Cancel or clear() drops a
// running one, whose result is then never shown.

#include "common/Error.h"
#include "diff/PlanVerifier.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace strata {

namespace diff {
struct Comparison;
}

class DiffVerifyBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutoVerifyObjects = 5000;

    enum class State { None, NotVerified, Running, Verified, StepFailed, Residual, Error, Canceled };
    Q_ENUM(State)

    explicit DiffVerifyBar(QWidget *parent = nullptr);
    ~DiffVerifyBar() override;

    // A new comparison: drops a running verification, and starts one when the comparison
    // is small enough (and its plan has steps or its sides differ).
    // ignoreColumnOrder: the result is compared with B as the comparison was made.
    void setComparison(const diff::Comparison *comparison, bool ignoreColumnOrder = false);
    // Verifies the comparison last given (the "Verify" button).
    void verify();
    void cancel();
    // No comparison: the strip is empty (a running verification is dropped).
    void clear();
    // Automatic verification up to this many objects (kAutoVerifyObjects; 0: never).
    void setAutoVerifyLimit(int objects) { m_autoVerifyLimit = objects; }
    int autoVerifyLimit() const { return m_autoVerifyLimit; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Running; }
    const std::optional<diff::VerifyResult> &result() const { return m_result; }
    QLabel *badge() const { return m_badge; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void finished(strata::DiffVerifyBar::State state);

private:
    void setState(State state, const QString &text, const QString &tooltip = {});
    void showResult(const diff::VerifyResult &r);
    void dropRunning();

    State m_state = State::None;
    int m_autoVerifyLimit = kAutoVerifyObjects;
    quint64 m_generation = 0;
    std::function<void()> m_cancelRunning;
    const diff::Comparison *m_comparison = nullptr;
    bool m_ignoreColumnOrder = false;
    std::optional<diff::VerifyResult> m_result;
    QLabel *m_badge;
    QLabel *m_progress;
    QProgressBar *m_bar;
    QPushButton *m_verify;
    QPushButton *m_cancel;
};

} // namespace strata
