// A new data product made from existing ones (the Create wizard): its input ports read other
// products' output ports, its schema is the fields chosen from their contracts, each with
// field-level lineage (ODCS transformSourceObjects: contract.object.field), and its output port
// is a Kafka topic with the settings of the service level chosen. The product (ODPS v1.0.0) and
// its contract (ODCS v3.1.0) are written as YAML here; they enter the catalog with status
// 'proposed' through CatalogStore::store, like any import.
//
// (The documents are built as text in this file for now; DocumentWriter, the writer issue 17a
// adds for Add to Mesh, could later build both.)
#pragma once

#include "ServiceLevels.h"
#include "catalog/Catalog.h"
#include "lineage/LineageGraph.h"
#include "store/CatalogStore.h"

namespace meshdesk::ledger {
class Ledger;
}

namespace meshdesk::selfserve {

struct ChosenField // a field of an input's contract that the new product exposes
{
    QString contractId;
    QStringList path;    // schema object, then field names ("[]" for array items)
    Field field;         // as the input contract defines it
    QString exposedName; // its name in the new product (default: the field's own)
};

struct NewProductSpec
{
    QString id;
    QString name;
    QString domain;
    QString owner; // the owning team
    QString description;
    QString version = QStringLiteral("0.1.0");
    struct Input
    {
        QString productId; // the producing product
        QString portName;  // its output port, becomes the input port's name
        QString contractId;
        QString version;
    };
    QList<Input> inputs;
    QList<ChosenField> fields;
    QString outputPort;
    QString contractId; // default: id + "-v1"
    QString objectName; // the schema object (default: the product id)
    QString topic;
    QString bootstrap; // the Kafka server the contract names
    QString valueFormat = QStringLiteral("json");
    ServiceLevel serviceLevel;

    QString effectiveContractId() const;
    QString effectiveObjectName() const;
};

struct NewProductDocuments
{
    bool ok = false;
    QStringList problems; // what must be fixed first (for people)
    QByteArray product;   // ODPS
    QByteArray contract;  // ODCS
    QString productFile;  // suggested file names
    QString contractFile;
};

// Checks the spec against the catalog (ids free, names given, topic name legal, fields chosen)
// and builds both documents; they are imported back before they are returned.
NewProductDocuments buildNewProduct(const NewProductSpec &spec,
                                    const QStringList &existingProductIds = {},
                                    const QStringList &existingContractIds = {});

// The new product as the lineage graph sees it (for the preview before it is proposed).
lineage::ProductInput lineageNode(const NewProductSpec &spec);

struct CreateResult
{
    bool ok = false;
    bool queued = false; // a team catalog: the acts wait for the team log
    QString error;
    QStringList files; // written, when a folder was given
};

// Writes the documents to folder (when not empty), then submits contract and product as user's
// signed acts in one batch (both or neither), their note naming the wizard, inputs, topic and
// service level.
CreateResult proposeNewProduct(ledger::Ledger &ledger, const NewProductSpec &spec,
                               const NewProductDocuments &docs, const QString &user,
                               const QString &folder = {});

} // namespace meshdesk::selfserve
