// Governance > Audit log: every recorded act (imports, proposals, decisions, role and policy
// changes) filterable by actor, action and period, the selected row's details in full, and
// the log verified (in the background). Reads the log through ledger::auditLog() only.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace meshdesk {

class CatalogStore;
class AuditLogModel;
class AuditLogFilter;

class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(CatalogStore &store, QWidget *parent = nullptr);
    void setActor(const QString &actor);   // empty: all
    void setAction(const QString &action); // empty: all
    // dates in the user's time zone, `to` inclusive; invalid: open
    void setPeriod(const QDate &from, const QDate &to);
    int visibleRows() const;
    QTableView *table() const { return m_table; }
    QString details() const;      // of the selected row
    QString verification() const; // what the check found (or that it is running)

Q_SIGNALS:
    void verified(bool intact);

private:
    void applyFilter();
    AuditLogModel *m_model = nullptr;
    AuditLogFilter *m_filter = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_verified = nullptr;
};

} // namespace meshdesk
