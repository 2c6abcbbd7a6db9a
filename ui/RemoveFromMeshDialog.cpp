#include "RemoveFromMeshDialog.h"

#include "Palette.h"
#include "store/CatalogStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meshdesk {

RemoveFromMeshDialog::RemoveFromMeshDialog(CatalogStore &store, const QString &productId,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_productId(productId)
{
    setWindowTitle(tr("Remove from Mesh"));
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_deprecate = new QRadioButton(tr("&Deprecate: its readers are told; it stays readable"));
    m_deprecate->setObjectName(QStringLiteral("deprecate"));
    m_retire = new QRadioButton(tr("&Retire: it leaves the mesh (only once deprecated)"));
    m_retire->setObjectName(QStringLiteral("retire"));
    m_readersLabel = new QLabel;
    m_readers = new QTreeWidget;
    m_readers->setObjectName(QStringLiteral("readers"));
    m_readers->setHeaderLabels(
        {tr("Product"), tr("Owner"), tr("Domain"), tr("Reads"), tr("Depth")});
    m_readers->setRootIsDecorated(false);
    m_readers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readersLabel->setBuddy(m_readers);
    m_override = new QCheckBox;
    m_override->setObjectName(QStringLiteral("override"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(
        tr("Why it goes although they read it (recorded in the proposal)"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_propose = new QPushButton(tr("&Propose"));
    m_propose->setObjectName(QStringLiteral("propose"));
    m_propose->setToolTip(tr("A new version of the product with this status, signed by you and "
                             "reviewed by a governance owner (four-eyes)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_propose, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_deprecate);
    layout->addWidget(m_retire);
    layout->addWidget(m_readersLabel);
    layout->addWidget(m_readers, 1);
    layout->addWidget(m_override);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // the next step of its lifecycle is preselected
    const governance::RemovalProposal probe = governance::proposeRemoval(
        m_store, m_productId, governance::RemovalStep::Retire, QStringLiteral("-"));
    (probe.fromStatus == QLatin1String("deprecated") ? m_retire : m_deprecate)->setChecked(true);

    connect(m_deprecate, &QRadioButton::toggled, this, &RemoveFromMeshDialog::refresh);
    connect(m_override, &QCheckBox::toggled, this, &RemoveFromMeshDialog::refresh);
    connect(m_reason, &QLineEdit::textChanged, this, &RemoveFromMeshDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_propose, &QPushButton::clicked, this, [this] {
        refresh();
        if (m_proposal.ok()) {
            Q_EMIT proposed(m_proposal);
            accept();
        }
    });
    resize(720, 480);
    refresh();
}

governance::RemovalStep RemoveFromMeshDialog::step() const
{
    return m_retire->isChecked() ? governance::RemovalStep::Retire
                                 : governance::RemovalStep::Deprecate;
}

QString RemoveFromMeshDialog::message() const
{
    return m_message->text();
}

void RemoveFromMeshDialog::refresh()
{
    const bool retire = step() == governance::RemovalStep::Retire;
    const QString reason = m_override->isChecked() ? m_reason->text().trimmed() : QString();
    m_proposal = governance::proposeRemoval(m_store, m_productId, step(), reason);
    const governance::RemovalProposal &p = m_proposal;
    m_header->setText(
        tr("<b>%1</b> (%2), now <b>%3</b>")
            .arg(p.productName.toHtmlEscaped(), m_productId.toHtmlEscaped(),
                 p.fromStatus.isEmpty() ? tr("without status") : p.fromStatus.toHtmlEscaped()));
    m_readers->clear();
    for (const Consumer &c : p.readers) {
        auto *item = new QTreeWidgetItem(
            m_readers, {c.name, c.owner, c.domain, c.viaContract, QString::number(c.depth)});
        item->setData(0, Qt::UserRole, c.productId);
        item->setToolTip(0, c.productId);
    }
    m_readersLabel->setText(
        p.readers.isEmpty()
            ? tr("No product reads it.")
            : tr("%n product(s) still read it (transitively):", nullptr, int(p.readers.size())));
    m_readers->setVisible(!p.readers.isEmpty());
    const bool needsOverride = retire && !p.readers.isEmpty();
    m_override->setText(
        tr("Retire it &although %n product(s) still read it", nullptr, int(p.readers.size())));
    m_override->setVisible(needsOverride);
    m_reason->setVisible(needsOverride);
    m_reason->setEnabled(m_override->isChecked());
    if (p.ok()) {
        m_message->setText(retire ? tr("Proposes the product with status retired; it leaves "
                                       "the mesh when a governance owner approves.")
                                  : tr("Proposes the product with status deprecated; the "
                                       "review shows its readers to the governance owner."));
        m_message->setStyleSheet({});
    } else {
        // the model's reason, said in the dialog's words where the user can act on it
        QString text = p.error;
        if (needsOverride && reason.isEmpty())
            text = m_override->isChecked()
                       ? tr("Give the reason it is retired although others read it.")
                       : tr("Others still read it: tick the override and give a reason, or "
                            "wait until they have moved.");
        m_message->setText(text);
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(meshdesk::palette::bad.name()));
    }
    m_propose->setEnabled(p.ok());
}

} // namespace meshdesk
