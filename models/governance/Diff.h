// Semantic diff of two versions of a contract or a data product, through the internal model
// (so any two supported formats compare). Lists are matched by natural key (objects and
// fields by name, servers by `server`, roles by `role`, members by `username`, custom and SLA
// properties by `property`, support by `channel`, ports by name+version): reordering is no
// change. Each change carries a severity; the rules are documented in the README.
#pragma once

#include "catalog/Catalog.h"

#include <QJsonObject>
#include <vector>

namespace meshdesk::governance {

enum class Severity
{
    Breaking,
    NonBreaking,
    Info
};
QString severityName(Severity s); // "breaking", "non-breaking", "info"

struct Change
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    QString path; // e.g. schema.orders.properties.customer_id.logicalType
    Kind kind = Kind::Changed;
    QString oldValue;
    QString newValue;
    Severity severity = Severity::Info;
    QString rule; // why this severity, e.g. "type narrowed"
};
QString kindName(Change::Kind k); // "added", "removed", "changed"

struct DiffResult
{
    std::vector<Change> changes;
    bool breaking() const;
    int count(Severity s) const;
    QJsonObject toJson()
        const; // {"breaking": bool, "changes": [{"path","kind","old","new","severity","rule"}]}
};

DiffResult diffContracts(const Contract &oldC, const Contract &newC);
DiffResult diffProducts(const DataProduct &oldP, const DataProduct &newP);
// Dispatches on the kind; documents of different kinds or ids are an error (returns false).
bool diffDocuments(const ImportedDocument &oldD, const ImportedDocument &newD, DiffResult &out,
                   QString *error);

// Physical/logical type change that every old value survives (int -> long, float -> double,
// varchar(10) -> varchar(20), integer -> number ...).
bool isWideningTypeChange(const QString &from, const QString &to);

// Semantic version comparison helpers ("v1.2.3", "1.2" ...): the major number, or -1.
int majorVersion(const QString &version);

} // namespace meshdesk::governance
