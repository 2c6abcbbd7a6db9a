// "Add to Mesh": a Kafka topic becomes a data product. The topic is sampled and a contract
// inferred from its messages off the GUI thread (kafka::inferMessages); the user edits the draft
// (a form over the schema tree) and describes the product (domain, owner, description, quality
// tier, SLA); the catalog's enabled policies say whether it may be published and what is missing
// (governance::checkPublish), live as the user types; publishing writes an ODPS product and an
// ODCS contract into a folder the user chooses (a Git checkout, usually) and hands the files to
// the main window, which imports them like any other: a new product is added, a changed one waits
// for review.
#pragma once

#include "catalog/Catalog.h"
#include "governance/Policies.h"
#include "kafka/Connection.h"
#include "kafka/SchemaInference.h"

#include <QDialog>
#include <QJsonValue>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace meshdesk {

class AddToMeshDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        kafka::ConnectionProfile profile; // the cluster (bootstrap, security)
        QString password;
        QString topic;
        QString domain;      // what the topic browser's naming rule found
        QStringList domains; // the catalog's
        QStringList enabledPolicies;
        QStringList contractIds; // the catalog's
        QStringList productIds;
        QString user; // the acting user: the default owner
        // why the acting user cannot propose the documents (no key here, not a member): shown
        // with governance's findings, and Publish stays disabled ("" = may)
        QString cannotAct;
    };
    explicit AddToMeshDialog(const Context &context, QWidget *parent = nullptr);
    ~AddToMeshDialog() override;

    // Samples the topic and infers the draft (off the GUI thread); inferred() follows.
    void infer();
    const Contract &contract() const { return m_contract; }
    const DataProduct &product() const { return m_product; }
    const governance::PublishCheck &check() const { return m_check; }
    const kafka::InferResult &inference() const { return m_inferred; }
    int conformingSamples() const { return m_conforming; }
    QTreeWidget *schemaTree() const { return m_schema; }
    QTreeWidget *findings() const { return m_findings; }
    void setFolder(const QString &folder);
    // Writes the two documents into the folder and emits published(); false with the reason
    // shown when the policies block it or a file cannot be written.
    bool publish();
    QStringList writtenFiles() const { return m_written; }
    QString message() const; // the status line

Q_SIGNALS:
    void inferred(bool ok);
    void published(const QStringList &files);

private:
    struct Sampled;
    void applyInference(const Sampled &sampled);
    void rebuildSchemaTree();
    void fillItem(QTreeWidgetItem *item, const Field &f);
    Field *fieldAt(const QList<int> &path);
    void showField();
    void editField();
    void removeField();
    void collect(); // the product form into m_product and the contract's product-level parts
    void refresh(); // policies, conformance of the samples, previews, the Publish button
    void setStatus(const QString &text, bool error = false);

    Context m_context;
    Contract m_contract;
    DataProduct m_product;
    kafka::InferResult m_inferred;
    QList<QByteArray> m_jsonValues; // the samples, to check the edited draft against
    QList<QJsonValue> m_avroValues;
    int m_conforming = 0;
    governance::PublishCheck m_check;
    QStringList m_written;
    int m_generation = 0;
    bool m_loadingField = false;

    QComboBox *m_format = nullptr;
    QLineEdit *m_formatSource = nullptr; // the .avsc file or the Schema Registry URL
    QPushButton *m_browseSchema = nullptr;
    QSpinBox *m_last = nullptr;
    QPushButton *m_inferButton = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_schema = nullptr;
    QLineEdit *m_fieldName = nullptr;
    QComboBox *m_fieldType = nullptr;
    QCheckBox *m_fieldRequired = nullptr;
    QComboBox *m_fieldFormat = nullptr;
    QLineEdit *m_fieldEnum = nullptr;
    QComboBox *m_fieldClassification = nullptr;
    QCheckBox *m_fieldPii = nullptr;
    QPlainTextEdit *m_fieldDescription = nullptr;
    QLabel *m_fieldExamples = nullptr;
    QPushButton *m_removeField = nullptr;
    QWidget *m_fieldForm = nullptr;
    QLineEdit *m_productId = nullptr;
    QLineEdit *m_productName = nullptr;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_team = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_tier = nullptr;
    QDoubleSpinBox *m_availability = nullptr;
    QSpinBox *m_latency = nullptr;
    QComboBox *m_latencyUnit = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_retentionUnit = nullptr;
    QComboBox *m_status2 = nullptr;
    QLineEdit *m_version = nullptr;
    QPlainTextEdit *m_productYaml = nullptr;
    QPlainTextEdit *m_contractYaml = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace meshdesk
