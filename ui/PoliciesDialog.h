// Governance > Policies: which computational-governance policies this catalog enforces.
// Only admins may change them (the ledger refuses others; the dialog says why); each change
// is an act signed by the acting identity.
#pragma once

#include <QDialog>

class QListWidget;
class QLabel;

namespace meshdesk {

namespace ledger {
class Ledger;
}

class PoliciesDialog : public QDialog
{
    Q_OBJECT
public:
    PoliciesDialog(ledger::Ledger &ledger, const QString &user, QWidget *parent = nullptr);

private:
    void apply();
    ledger::Ledger &m_ledger;
    QString m_user;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace meshdesk
