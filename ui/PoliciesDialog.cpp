#include "PoliciesDialog.h"

#include "governance/Policies.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace meshdesk {

PoliciesDialog::PoliciesDialog(ledger::Ledger &ledger, const QString &user, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_user(user)
{
    CatalogStore &store = ledger.store();
    setWindowTitle(tr("Policies of this catalog"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("policyList"));
    const QStringList enabled = store.enabledPolicies();
    const bool admin = store.hasRole(user, QStringLiteral("admin"), {});
    for (const governance::Policy &p : governance::builtinPolicies()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2)")
                .arg(QCoreApplication::translate("meshdesk::governance",
                                                 p.description.toUtf8().constData()),
                     p.id),
            m_list);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(admin ? item->flags() | Qt::ItemIsUserCheckable
                             : item->flags() & ~Qt::ItemIsEnabled);
        item->setCheckState(enabled.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_message = new QLabel(
        admin ? QString()
              : tr("Only an admin of this catalog changes its policies; %1 is not one.").arg(user));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(admin ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                               : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &PoliciesDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 320);
}

void PoliciesDialog::apply()
{
    const QStringList enabled = m_ledger.store().enabledPolicies();
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        if (on == enabled.contains(id))
            continue;
        const ledger::ActResult r = m_ledger.setPolicy(m_user, id, on);
        if (!r.ok) {
            m_message->setText(r.error);
            return;
        }
    }
    accept();
}

} // namespace meshdesk
