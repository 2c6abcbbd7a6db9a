// Governance > Policies: which computational-governance policies this catalog enforces.
// Only admins may change them (the store refuses others; the dialog says why).
#pragma once

#include <QDialog>

class QListWidget;
class QLabel;

namespace meshdesk {

class CatalogStore;

class PoliciesDialog : public QDialog
{
    Q_OBJECT
public:
    PoliciesDialog(CatalogStore &store, const QString &user, QWidget *parent = nullptr);

private:
    void apply();
    CatalogStore &m_store;
    QString m_user;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace meshdesk
