// Avro schema evolution in Confluent Schema Registry terms: BACKWARD (consumers on the new
// schema read data written with the old), FORWARD (consumers on the old schema read data
// written with the new), FULL (both). Follows the Avro specification's resolution rules:
// promotions int->long->float->double and string<->bytes, defaults for reader-only fields,
// enum symbols, unions, nested records, arrays and maps.
#pragma once

#include "catalog/Catalog.h"

namespace meshdesk::governance {

struct AvroCompatibility
{
    bool backward = false;
    bool forward = false;
    QStringList backwardProblems; // why a new reader cannot read old data
    QStringList forwardProblems;  // why an old reader cannot read new data
    bool full() const { return backward && forward; }
    QString level() const; // "FULL", "BACKWARD", "FORWARD" or "NONE"
};

// Problems a reader schema has reading data written with a writer schema (empty: compatible).
QStringList avroReadProblems(const SchemaObject &writer, const SchemaObject &reader);
AvroCompatibility avroCompatibility(const SchemaObject &oldSchema, const SchemaObject &newSchema);

} // namespace meshdesk::governance
