#include "SelfServeActions.h"

#include "CreateProductWizard.h"
#include "CurateDialog.h"
#include "catalog/DisplayText.h"
#include "formats/ModelEdits.h"
#include "ledger/Ledger.h"
#include "selfserve/Export.h"
#include "store/CatalogStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QStandardPaths>
#include <QToolBar>

namespace meshdesk {

SelfServeActions::SelfServeActions(Host host, QWidget *window)
    : QObject(window), m_host(std::move(host)), m_window(window)
{
    m_export = new QAction(tr("E&xport as standard document…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setToolTip(tr("Write the open product or contract as its standard document "
                            "(unknown fields, key order and comments kept)"));
    connect(m_export, &QAction::triggered, this, [this] { exportCurrent(); });
    m_edit = new QAction(tr("Propose an &edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_edit->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_edit->setToolTip(tr("Change the description, tags or owner: a new version for review"));
    connect(m_edit, &QAction::triggered, this, &SelfServeActions::editCurrent);
    m_editField = new QAction(tr("Propose an edit of this &field…"), this);
    m_editField->setObjectName(QStringLiteral("editFieldAction"));
    m_editField->setToolTip(tr("Change the field's description, classification or PII flag"));
    connect(m_editField, &QAction::triggered, this,
            [this] { editField(m_host.schemaPath ? m_host.schemaPath() : QString()); });
    m_remove = new QAction(tr("&Remove from Mesh…"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setToolTip(tr("Deprecate, then retire the product: proposals that show who still "
                            "reads it"));
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_kind == QLatin1String("product") && m_host.removeFromMesh)
            m_host.removeFromMesh(m_key);
    });
    m_create = new QAction(tr("&Create data product…"), this);
    m_create->setObjectName(QStringLiteral("createAction"));
    m_create->setShortcut(QKeySequence::New);
    m_create->setToolTip(tr("A new data product from existing products' output ports"));
    connect(m_create, &QAction::triggered, this, &SelfServeActions::createProduct);

    m_bar = new QToolBar;
    m_bar->setObjectName(QStringLiteral("selfServeBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->addAction(m_edit);
    m_bar->addAction(m_export);
    m_bar->addSeparator();
    m_bar->addAction(m_remove);
    setCurrent({}, {});
}

void SelfServeActions::setCurrent(const QString &kind, const QString &key)
{
    m_kind = kind;
    m_key = key;
    const bool any = !kind.isEmpty() && !key.isEmpty();
    for (QAction *a : {m_export, m_edit})
        a->setEnabled(any);
    m_editField->setEnabled(any && kind == QLatin1String("contract"));
    m_remove->setEnabled(any && kind == QLatin1String("product"));
    m_remove->setVisible(kind == QLatin1String("product"));
    m_bar->setVisible(any);
}

void SelfServeActions::exportCurrent(const QString &path)
{
    if (m_kind.isEmpty())
        return;
    selfserve::ExportResult r;
    try {
        r = selfserve::exportDocument(m_host.ledger().store(), m_kind, m_key);
    } catch (const StoreError &e) {
        m_host.banner(e.message, true);
        return;
    }
    if (!r.ok) {
        m_host.banner(r.error, true);
        return;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = QFileDialog::getSaveFileName(
            m_window, tr("Export %1 %2").arg(kindDisplayName(m_kind), m_key),
            dir + QLatin1Char('/') + r.fileName,
            tr("YAML and JSON (*.yaml *.yml *.json *.avsc);;All "
               "files (*)"));
        if (target.isEmpty())
            return;
    }
    QString error;
    if (!selfserve::writeExport(r.text, target, &error)) {
        m_host.banner(error, true);
        return;
    }
    m_host.banner(tr("%1 %2, version %3 (%4), written to %5")
                      .arg(kindDisplayName(m_kind), m_key, r.version.version,
                           statusDisplayName(r.version.state), target),
                  false);
}

void SelfServeActions::editCurrent()
{
    if (m_kind.isEmpty())
        return;
    CurateDialog dialog(m_host.ledger(), m_kind, m_key, {}, m_host.user(), m_window);
    Q_EMIT dialogShown(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        m_host.proposed(dialog.changeId(),
                        dialog.queued()
                            ? tr("%1 %2 version %3: proposed; it reaches the review once the "
                                 "team log has it.")
                                  .arg(kindDisplayName(m_kind), m_key, dialog.newVersion())
                            : tr("Change #%1 proposed: %2 %3 version %4 waits for review.")
                                  .arg(dialog.changeId())
                                  .arg(kindDisplayName(m_kind), m_key, dialog.newVersion()));
}

void SelfServeActions::editField(const QString &schemaPath)
{
    if (m_kind != QLatin1String("contract") || schemaPath.isEmpty())
        return;
    QStringList field;
    try {
        CatalogStore &store = m_host.ledger().store();
        if (const auto v = store.currentVersion(m_kind, m_key))
            if (const auto doc = store.document(*v))
                field = fieldSegments(doc->contract, schemaPath);
    } catch (const StoreError &e) {
        m_host.banner(e.message, true);
        return;
    }
    if (field.size() < 2) {
        m_host.banner(tr("Select a field of the schema to edit it."), true);
        return;
    }
    CurateDialog dialog(m_host.ledger(), m_kind, m_key, field, m_host.user(), m_window);
    Q_EMIT dialogShown(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        m_host.proposed(dialog.changeId(),
                        dialog.queued()
                            ? tr("Field %1 of %2: proposed; it reaches the review once the team "
                                 "log has it.")
                                  .arg(field.join(QLatin1Char('.')), m_key)
                            : tr("Change #%1 proposed: field %2 of %3 waits for review.")
                                  .arg(dialog.changeId())
                                  .arg(field.join(QLatin1Char('.')), m_key));
}

void SelfServeActions::createProduct()
{
    CreateProductWizard wizard(m_host.ledger(), m_host.user(), m_host.kafkaBootstrap(),
                               m_host.adminBootstrap ? m_host.adminBootstrap() : QString(),
                               m_window);
    Q_EMIT dialogShown(&wizard);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const selfserve::NewProductSpec spec = wizard.spec();
    QString message = tr("Data product %1 proposed (status 'proposed') with contract %2")
                          .arg(spec.id, spec.effectiveContractId());
    if (wizard.topicCreated())
        message += tr("; topic %1 created on %2").arg(spec.topic, spec.bootstrap);
    if (!wizard.writtenFiles().isEmpty())
        message += tr("; written to %1").arg(wizard.writtenFiles().join(QStringLiteral(", ")));
    if (wizard.queued()) { // a team catalog: it is here once the team log brings it back
        m_host.proposed(0, message + QLatin1Char('.') + QLatin1Char(' ') +
                               tr("It reaches the catalog once the team log has it."));
        return;
    }
    m_host.created(wizard.createdProduct(), message + QLatin1Char('.'));
}

} // namespace meshdesk
