// Curation edits in the terms of the internal model (a product's description, tags and owner, a
// field's description, classification and PII flag, a status or version), written into a stored
// document in the place its standard keeps them (ODCS, ODPS, Data Contract Specification, Data
// Product Specification, Witboost, Avro), through DocumentEditor so nothing else changes. The
// edited document is imported again and each edit must show in the model, else it is refused.
#pragma once

#include "DocumentImporter.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace meshdesk {

struct ModelEdit
{
    enum class Target
    {
        Description, // the purpose (ODCS/ODPS description.purpose, info.description, Avro doc)
        Usage,
        Limitations,
        Tags,
        Owner,
        Status,
        Version,
        FieldDescription,
        FieldClassification,
        FieldPii
    };
    Target target = Target::Description;
    // field edits: the schema object, then field names down to the field ("[]" for an array's
    // items, "{}" for a map's values), as the schema tree shows them
    QStringList field;
    QJsonValue value; // text (empty removes it); a list of texts for Tags; a boolean for FieldPii

    bool isFieldEdit() const { return target >= Target::FieldDescription; }
    // "description", "tags", "schema.orders.customer.email.pii" ... (the CLI's names)
    QString name() const;
};

struct ModelEditResult
{
    bool ok = false;
    QString error;
    QByteArray source;         // the edited document
    ImportedDocument document; // it, imported again
};

// Applies the edits in order to one stored document (path: where it came from, for messages).
ModelEditResult applyModelEdits(const QByteArray &source, const QString &path,
                                const QList<ModelEdit> &edits);

// Parses "NAME=VALUE" as the command line gives it: description, usage, limitations, tags
// (comma-separated), owner, status, version, schema.OBJECT.FIELD[.SUB...].description |
// classification | pii (true/false). The contract resolves field names that contain dots.
bool parseModelEdit(const QString &assignment, const Contract *contract, ModelEdit &out,
                    QString *error);

// Splits a schema tree path ("orders.address.city", "orders.events[].code") into the object and
// field names, matching the contract's names (which may contain dots); empty when not found.
QStringList fieldSegments(const Contract &contract, const QString &path);
// The field a path names in a contract, or nullptr.
const Field *findField(const Contract &contract, const QStringList &segments);

// The next patch version: 1.2.3 -> 1.2.4, v2.0.0 -> v2.0.1, 1.0 -> 1.1; empty when the version
// is not numeric that way.
QString nextPatchVersion(const QString &version);

} // namespace meshdesk
