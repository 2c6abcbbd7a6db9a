// Governance > Team: the catalog's team log as this desk sees it: the binding and sync state
// (connected or offline, acts queued here, the offset read), the members with their key
// fingerprints and roles per domain, the desks asking to join (an admin admits them), and the
// events set aside with the reason. Not bound yet: create a team log or join one.
#pragma once

#include "team/Team.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace meshdesk {

namespace ledger {
class Ledger;
}

class TeamPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TeamPanel(QWidget *parent = nullptr);

    // Refreshes from the catalog (after a sync round, an act, a reload).
    void refresh(ledger::Ledger *ledger, const QString &actingUser);
    void setSyncState(bool connected, const QString &detail);
    void setProgress(const team::SyncReport &report, int queued);

    QString stateText() const;
    QTableWidget *members() const { return m_members; }
    QTableWidget *setAside() const { return m_setAside; }
    QTableWidget *requests() const { return m_requests; }

Q_SIGNALS:
    void createRequested();
    void joinRequested();
    void admitRequested(const QString &name, const QString &publicKey);

private:
    QLabel *m_binding = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_admit = nullptr;
    QTableWidget *m_members = nullptr;
    QTableWidget *m_requests = nullptr;
    QTableWidget *m_setAside = nullptr;
    bool m_connected = false;
    QString m_detail;
    qint64 m_offset = 0;
    int m_queued = 0;
    QList<team::JoinRequest> m_pending;
};

} // namespace meshdesk
