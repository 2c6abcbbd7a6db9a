// The review of one change: the semantic diff (filterable by severity; a row opens the field in
// the schema view), the policy results and the downstream products a breaking change reaches,
// with approve / reject (comment required) for the acting user.
#pragma once

#include "governance/Review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace meshdesk {

class CatalogStore;
class DiffModel;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    // Shows a review (built by governance::buildReview) for the acting user.
    void setReview(const governance::Review &review, const QString &actingUser);
    // Disables Approve/Reject with the reason shown beside them ("" = may decide).
    void setDecisionBlocked(const QString &reason);
    QString decisionBlockedText() const;
    const governance::Review &review() const { return m_review; }
    DiffModel *diffModel() const { return m_diffModel; }
    void setSeverityFilter(int index); // 0 all, 1 breaking, 2 non-breaking, 3 info

Q_SIGNALS:
    void decisionRequested(qint64 changeId, bool approve, const QString &comment);
    void fieldActivated(const QString &kind, const QString &key, const QString &schemaPath);
    void productActivated(const QString &productId);
    void exportRequested(qint64 changeId);
    void lineageRequested(const QString &kind, const QString &key);

private:
    governance::Review m_review;
    DiffModel *m_diffModel = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_severity = nullptr;
    QTableView *m_diffView = nullptr;
    QTreeWidget *m_policies = nullptr;
    QTreeWidget *m_impact = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_blocked = nullptr; // why the acting identity may not decide
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace meshdesk
