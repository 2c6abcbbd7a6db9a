// "Remove from Mesh" for one data product: deprecate it (its readers are told; it stays
// readable) or, once deprecated, retire it. The dialog lists every product still reading it with
// its owner, and retiring a product others read needs the override box ticked and a reason. What
// it proposes is governance::proposeRemoval's document; the main window submits it as a signed
// proposal that governance owners review like any change.
#pragma once

#include "governance/Removal.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace meshdesk {

class CatalogStore;

class RemoveFromMeshDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveFromMeshDialog(CatalogStore &store, const QString &productId, QWidget *parent = nullptr);

    governance::RemovalStep step() const;
    const governance::RemovalProposal &proposal() const { return m_proposal; }
    QString message() const;

Q_SIGNALS:
    // Propose was pressed with a proposal that may be submitted
    void proposed(const governance::RemovalProposal &proposal);

private:
    void refresh();

    CatalogStore &m_store;
    QString m_productId;
    governance::RemovalProposal m_proposal;
    QLabel *m_header = nullptr;
    QRadioButton *m_deprecate = nullptr;
    QRadioButton *m_retire = nullptr;
    QLabel *m_readersLabel = nullptr;
    QTreeWidget *m_readers = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_propose = nullptr;
};

} // namespace meshdesk
