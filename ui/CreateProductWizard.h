// Create a data product from existing ones: pick input products' output ports, choose the fields
// the new product exposes (its schema, with field-level lineage), name it, its output port and
// topic, choose a service level (the topic's partitions, replication, retention and cleanup
// policy), preview where it sits in the lineage graph and its two documents, then create the
// topic on the cluster (off the GUI thread) and propose the product and its contract.
#pragma once

#include "selfserve/NewProduct.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace meshdesk {

namespace ledger {
class Ledger;
}
class LineageView;

class CreateProductWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        InputsPage,
        FieldsPage,
        ProductPage,
        PreviewPage
    };
    // kafkaBootstrap: the cluster to create the topic on unless a profile is chosen;
    // adminBootstrap (optional): where that cluster answers the Admin API when not at
    // kafkaBootstrap itself (the demo broker's admin front, kafka/MockAdminFront.h)
    CreateProductWizard(ledger::Ledger &ledger, const QString &user, const QString &kafkaBootstrap,
                        const QString &adminBootstrap = {}, QWidget *parent = nullptr);
    bool queued() const { return m_queued; } // a team catalog: the acts wait for the team log
    bool topicCreated() const { return m_topicCreated; }

    selfserve::NewProductSpec spec() const; // what the pages hold now
    QString createdProduct() const { return m_created; }
    QStringList writtenFiles() const { return m_files; }

    // widgets, for tests and scripted runs
    QTreeWidget *inputsTree() const { return m_inputs; }
    QTreeWidget *fieldsTree() const { return m_fields; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *domainBox() const { return m_domain; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *topicEdit() const { return m_topic; }
    QComboBox *serviceLevelBox() const { return m_serviceLevel; }
    QLineEdit *bootstrapEdit() const { return m_bootstrap; }
    QCheckBox *createTopicBox() const { return m_createTopic; }
    QLineEdit *folderEdit() const { return m_folder; }
    LineageView *lineagePreview() const { return m_lineage; }
    QLabel *statusLabel() const { return m_status; }
    const selfserve::NewProductDocuments &documents() const { return m_docs; }

Q_SIGNALS:
    void finishedCreating(bool ok); // after a Finish: the topic and the proposal are done (or not)

public Q_SLOTS:
    void accept() override;

private:
    struct Port
    {
        QString productId;
        QString productName;
        QString portName;
        QString contractId;
        QString version;
    };
    QWizardPage *buildInputsPage();
    QWizardPage *buildFieldsPage();
    QWizardPage *buildProductPage();
    QWizardPage *buildPreviewPage();
    void fillFields();
    void fillPreview();
    void showServiceLevel();
    void finish(const kafka::TopicCreation &topic);
    QList<Port> checkedPorts() const;
    std::optional<Contract> contract(const QString &id);

    ledger::Ledger &m_ledger;
    CatalogStore &m_store;
    QString m_user;
    QString m_defaultBootstrap;
    QString m_adminBootstrap;
    bool m_queued = false;
    bool m_topicCreated = false;
    QHash<QString, Contract> m_contracts; // loaded when first needed
    QStringList m_productIds;
    QStringList m_contractIds;
    selfserve::NewProductDocuments m_docs;
    QString m_created;
    QStringList m_files;
    bool m_busy = false;
    bool m_idEdited = false;

    QTreeWidget *m_inputs = nullptr;
    QLineEdit *m_inputFilter = nullptr;
    QTreeWidget *m_fields = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_topic = nullptr;
    QComboBox *m_serviceLevel = nullptr;
    QLabel *m_serviceLevelInfo = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QCheckBox *m_createTopic = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_problems = nullptr;
    LineageView *m_lineage = nullptr;
    QPlainTextEdit *m_productText = nullptr;
    QPlainTextEdit *m_contractText = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace meshdesk
