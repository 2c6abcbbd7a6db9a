// Writes NEW documents in the standards MeshDesk reads: a contract as ODCS v3.1.0, a data product
// as ODPS v1.0.0, both YAML with the standards' usual key order, only what the model holds (empty
// and default values left out), valid against the standards' JSON Schemas. For the documents
// MeshDesk creates (Add to Mesh); a stored document keeps its own source text.
//
// Where the standard has no place for something the model holds, it goes where the importers
// read it back: an enum as an ODCS library quality rule (metric invalidValues with validValues),
// a PII flag without a 'pii' classification or tag as the custom property pii.
#pragma once

#include "catalog/Catalog.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace meshdesk::formats {

// headerComment: lines written first as YAML comments (e.g. where a draft came from).
QByteArray writeOdcs(const Contract &contract, const QString &headerComment = {});
QByteArray writeOdps(const DataProduct &product, const QString &headerComment = {});

// A YAML scalar for a JSON value: plain where that reads back as the same string, else
// double-quoted with JSON escapes (valid YAML 1.1 and 1.2).
QByteArray yamlScalar(const QJsonValue &value);

// The ODCS library rule that carries an enum: {metric: invalidValues, arguments: {validValues},
// mustBe: 0}; and the enum such a rule declares (empty when it is not one).
QJsonObject enumQualityRule(const QStringList &values);
QStringList enumOfQualityRule(const QJsonObject &rule);

} // namespace meshdesk::formats
